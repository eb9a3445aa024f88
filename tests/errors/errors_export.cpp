// Exports what the error catalogue test (test_errors.py) and the generator of docs/errors.md read,
// for Python has no YAML reader: the library's sentence catalogue (wkr::catalogue(), every error
// key with its Dutch and English text) and the cases of tests/errors/*.yaml (the input that
// triggers each error, with its expected messages). It converts, it does not check.
//
//   errors.json  {"catalogue": [{key, nl, en}], "cases": [{file, line, key, code, title, files,
//                 command | json (the request as JSON text), nl, en}]}
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <regex>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "wkr/explanation_text.hpp"
#include "wkr/phrase.hpp"

namespace {

using nlohmann::json;

/// A JSON text for a YAML node as a request is written: a plain scalar that reads as a JSON number,
/// true, false or null is written as it stands (so 14180.50 stays a number with its digits), any
/// other scalar, and every quoted one, as a string.
std::string request_text(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Map: {
      std::string out = "{";
      for (const auto& item : node) {
        if (out.size() > 1) out += ", ";
        out += json(item.first.as<std::string>()).dump() + ": " + request_text(item.second);
      }
      return out + "}";
    }
    case YAML::NodeType::Sequence: {
      std::string out = "[";
      for (const auto& item : node) out += (out.size() > 1 ? ", " : "") + request_text(item);
      return out + "]";
    }
    case YAML::NodeType::Scalar: {
      const std::string text = node.Scalar();
      const bool plain = node.Tag() == "?";
      static const std::regex literal(R"(-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?|true|false|null)");
      return plain && std::regex_match(text, literal) ? text : json(text).dump();
    }
    default:
      return "null";
  }
}

/// A YAML node as JSON: maps, lists and every scalar as its text (the runner wants text); a
/// `!!binary` scalar (a file that is not UTF-8) as {"base64": its text}.
json to_json(const YAML::Node& node) {
  if (node.Tag() == "tag:yaml.org,2002:binary") return {{"base64", node.Scalar()}};
  switch (node.Type()) {
    case YAML::NodeType::Map: {
      json out = json::object();
      for (const auto& item : node) out[item.first.as<std::string>()] = to_json(item.second);
      return out;
    }
    case YAML::NodeType::Sequence: {
      json out = json::array();
      for (const auto& item : node) out.push_back(to_json(item));
      return out;
    }
    case YAML::NodeType::Scalar:
      return node.as<std::string>();
    default:
      return nullptr;
  }
}

json read_cases(const std::filesystem::path& directory) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(directory)) {
    if (entry.path().extension() == ".yaml") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  json cases = json::array();
  for (const auto& path : files) {
    const YAML::Node document = YAML::LoadFile(path.string());
    for (const YAML::Node& node : document["cases"]) {
      json c = to_json(node);
      if (node["json"]) c["json"] = request_text(node["json"]);
      c["file"] = "tests/errors/" + path.filename().string();
      c["line"] = node.Mark().line + 1;
      cases.push_back(std::move(c));
    }
  }
  return cases;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: wkr_errors_export SOURCE_DIR OUTPUT.json\n";
    return 2;
  }
  try {
    json catalogue = json::array();
    for (const wkr::CatalogueEntry& e : wkr::catalogue()) catalogue.push_back({{"key", e.key}, {"nl", e.nl}, {"en", e.en}});
    const json out = {{"catalogue", catalogue},
                      {"cases", read_cases(std::filesystem::path(argv[1]) / "tests" / "errors")}};
    std::ofstream file(argv[2], std::ios::binary);
    file << out.dump(1) << '\n';
    if (!file.flush()) throw std::runtime_error(std::string("cannot write ") + argv[2]);
  } catch (const std::exception& e) {
    std::cerr << "wkr_errors_export: " << e.what() << '\n';
    return 1;
  }
  return 0;
}
