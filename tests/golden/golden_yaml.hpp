// How a golden case's YAML becomes JSON — one rule for every runner (the C++ golden test and the
// exporter for the C, Python and C# runners): a quoted scalar stays a string; a plain one becomes
// a boolean, an integer or a string. No scalar ever becomes a JSON number with a fraction.
#pragma once

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstddef>
#include <string>

#include <nlohmann/json.hpp>

namespace wkr::golden {

inline bool is_integer_text(const std::string& text) {
  if (text.empty() || text.size() > 18) return false;
  const std::size_t start = text[0] == '-' ? 1 : 0;
  return start < text.size() && std::all_of(text.begin() + static_cast<std::ptrdiff_t>(start), text.end(),
                                            [](char c) { return c >= '0' && c <= '9'; });
}

inline nlohmann::json to_json(const YAML::Node& node) {
  if (node.IsMap()) {
    nlohmann::json out = nlohmann::json::object();
    for (const auto& item : node) out[item.first.Scalar()] = to_json(item.second);
    return out;
  }
  if (node.IsSequence()) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& item : node) out.push_back(to_json(item));
    return out;
  }
  if (node.IsNull()) return nullptr;
  const std::string& text = node.Scalar();
  if (node.Tag() == "!") return text;  // quoted
  if (text == "true") return true;
  if (text == "false") return false;
  if (is_integer_text(text)) return std::stoll(text);
  return text;
}

/// A scalar as text: a string's own characters, anything else as JSON writes it.
inline std::string scalar_text(const nlohmann::json& value) {
  return value.is_string() ? value.get<std::string>() : value.dump();
}

}  // namespace wkr::golden
