// Exports the golden cases of tests/golden/*.yaml for the tests that have no YAML reader: the C
// program (tests/capi/golden_c.c), the Python suite and the C# program. It converts, it does not
// compute: every expected value is the YAML's own text. Two files are written:
//
//   golden.json  [{id, file, command, request, data, expect | expect_error, warnings, cli_only, typed}]
//   golden.tsv   the same, one tab-separated record per line, for the C and C# readers:
//                  case <id> <file>          starts a case
//                  data <directory>          tables to layer on the embedded ones (optional)
//                  request <json>            the JSON request (compact, one line)
//                  cli_only <reason>         a usage error of the command line: skip it
//                  expect <path> <text>      a scalar of the result; path "due/year"; strings
//                                            without quotes, numbers as written
//                  expect_size <path> <n>    an array of the result has n elements
//                  error <exit> <message>    the call must fail, its message containing <message>
//                  warnings <keys>           the keys of the result's warnings, comma-separated, in
//                                            order; empty: none (every case that does not fail)
//                  typed <function> <year> <rounding> <designated_cents> <wage bills in cents,
//                                            comma-separated>   the same case through the typed
//                                            C entry points (free_space, group_free_space,
//                                            settle, group_settle)
//                  typed_expect <field> <integer>  a field of wkr_free_space_result/wkr_settlement
//                  end
//
// "typed" is present when the case maps onto the typed entry points: a free-space or settle
// request whose amounts are whole cents and whose only keys are year, wage_bill, designated and
// free_space_rounding. The YAML → JSON rules are shared with the C++ golden test
// (tests/golden/golden_yaml.hpp).
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "wkr/decimal.hpp"
#include "../golden/golden_yaml.hpp"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using wkr::golden::scalar_text;
using wkr::golden::to_json;


/// Whole cents of a JSON amount (string or integer), or nothing when it has a fraction of a cent,
/// is negative-zero-ish text the parser refuses, or does not fit int64.
std::optional<long long> cents_of(const json& value) {
  try {
    const wkr::Decimal amount = wkr::Decimal::parse(scalar_text(value));
    const wkr::Decimal cents = amount.rounded(2, wkr::Rounding::toward_zero);
    if (cents != amount) return std::nullopt;
    const auto& c = cents.coefficient();
    if (c > std::numeric_limits<long long>::max() || c < std::numeric_limits<long long>::min()) return std::nullopt;
    return static_cast<long long>(c);
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

std::optional<int> rounding_code(const std::string& name) {
  static const std::map<std::string, int> codes = {
      {"half-up", 1}, {"half-even", 2}, {"floor", 3}, {"ceiling", 4}, {"toward-zero", 5}};
  auto it = codes.find(name);
  if (it == codes.end()) return std::nullopt;
  return it->second;
}

/// The case through the typed entry points, or null when it does not map onto them.
json typed_of(const std::string& command, const json& args, const json& expect) {
  if (command != "free-space" && command != "settle") return nullptr;
  const std::set<std::string> allowed = {"year", "wage_bill", "designated", "free_space_rounding"};
  for (const auto& item : args.items()) {
    if (allowed.count(item.key()) == 0) return nullptr;
  }
  if (!args.contains("year") || !args["year"].is_number_integer() || !args.contains("wage_bill")) return nullptr;
  const json bills = args["wage_bill"].is_array() ? args["wage_bill"] : json::array({args["wage_bill"]});
  if (bills.empty()) return nullptr;
  json members = json::array();
  for (const auto& bill : bills) {
    auto cents = cents_of(bill);
    if (!cents) return nullptr;
    members.push_back(*cents);
  }
  long long designated = 0;
  if (command == "settle") {
    if (!args.contains("designated")) return nullptr;
    auto cents = cents_of(args["designated"]);
    if (!cents) return nullptr;
    designated = *cents;
  } else if (args.contains("designated")) {
    return nullptr;
  }
  int rounding = 0;
  if (args.contains("free_space_rounding")) {
    if (!args["free_space_rounding"].is_string()) return nullptr;
    auto code = rounding_code(args["free_space_rounding"].get<std::string>());
    if (!code) return nullptr;
    rounding = *code;
  }
  const bool group = members.size() > 1;
  json typed = {{"function", std::string(group ? "group_" : "") + (command == "settle" ? "settle" : "free_space")},
                {"year", args["year"]},
                {"rounding", rounding},
                {"designated_cents", designated},
                {"wage_bills_cents", members}};
  // The result fields the typed structs carry, from the expected JSON keys.
  json fields = json::object();
  if (expect.is_object()) {
    static const std::map<std::string, std::string> money = {
        {"wage_bill", "wage_bill_cents"}, {"free_space", "free_space_cents"}, {"designated", "designated_cents"},
        {"excess", "excess_cents"},       {"final_levy", "final_levy_cents"}, {"final_levy_return", "final_levy_return_cents"}};
    for (const auto& item : expect.items()) {
      if (auto it = money.find(item.key()); it != money.end()) {
        auto cents = cents_of(item.value());
        if (!cents) return nullptr;
        fields[it->second] = *cents;
      } else if (item.key() == "year" && item.value().is_number_integer()) {
        fields["year"] = item.value();
      } else if (item.key() == "due" && item.value().is_object()) {
        for (const auto& due : item.value().items()) {
          if (!due.value().is_number_integer()) return nullptr;
          fields["due_" + due.key()] = due.value();
        }
      }
    }
  }
  typed["expect"] = fields;
  return typed;
}

void flatten(const json& expected, const std::string& path, std::ostream& tsv) {
  if (expected.is_object()) {
    for (const auto& item : expected.items()) flatten(item.value(), path.empty() ? item.key() : path + "/" + item.key(), tsv);
  } else if (expected.is_array()) {
    tsv << "expect_size\t" << path << "\t" << expected.size() << "\n";
    for (std::size_t i = 0; i < expected.size(); ++i) flatten(expected[i], path + "/" + std::to_string(i), tsv);
  } else {
    tsv << "expect\t" << path << "\t" << scalar_text(expected) << "\n";
  }
}

void require_one_line(const std::string& text, const std::string& what) {
  if (text.find_first_of("\t\n\r") != std::string::npos) {
    throw std::runtime_error(what + " contains a tab or line break, which golden.tsv cannot hold: " + text);
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: wkr_golden_export <source dir> <golden.json> <golden.tsv>\n";
    return 2;
  }
  try {
    const fs::path source = argv[1];
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(source / "tests/golden")) {
      if (entry.path().extension() == ".yaml") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());

    json cases = json::array();
    std::ofstream tsv(argv[3]);
    for (const auto& file : files) {
      const YAML::Node root = YAML::LoadFile(file.string());
      for (const auto& node : root["cases"]) {
        const std::string id = node["id"].as<std::string>();
        const std::string command = node["command"].as<std::string>();
        const std::string rel = fs::relative(file, source).generic_string();
        json request = node["args"] ? to_json(node["args"]) : json::object();
        const json args = request;
        request["command"] = command;
        json entry = {{"id", id}, {"file", rel}, {"command", command}, {"request", request}, {"cli_only", false}};
        entry["data"] = node["data"] ? json((source / "data" / node["data"].as<std::string>()).lexically_normal().string())
                                     : json(nullptr);
        require_one_line(id, "id");
        tsv << "case\t" << id << "\t" << rel << "\n";
        if (!entry["data"].is_null()) {
          require_one_line(entry["data"].get<std::string>(), "data");
          tsv << "data\t" << entry["data"].get<std::string>() << "\n";
        }
        tsv << "request\t" << request.dump() << "\n";
        json expect = nullptr;
        if (const YAML::Node error = node["expect_error"]) {
          const int exit_code = error["exit"].as<int>();
          const std::string message = error["message"].as<std::string>();
          require_one_line(message, "message");
          entry["expect_error"] = {{"exit", exit_code}, {"message", message}};
          if (exit_code == 2) {
            entry["cli_only"] = true;
            tsv << "cli_only\ta usage error of the command line\n";
          }
          tsv << "error\t" << exit_code << "\t" << message << "\n";
        } else {
          expect = to_json(node["expect"]);
          entry["expect"] = expect;
          flatten(expect, "", tsv);
          const std::vector<std::string> warnings =
              node["warnings"] ? node["warnings"].as<std::vector<std::string>>() : std::vector<std::string>{};
          entry["warnings"] = warnings;
          tsv << "warnings\t";
          for (std::size_t i = 0; i < warnings.size(); ++i) {
            require_one_line(warnings[i], "warning");
            tsv << (i ? "," : "") << warnings[i];
          }
          tsv << "\n";
        }
        json typed = entry["cli_only"].get<bool>() ? json(nullptr) : typed_of(command, args, expect);
        entry["typed"] = typed;
        if (!typed.is_null()) {
          tsv << "typed\t" << typed["function"].get<std::string>() << "\t" << typed["year"] << "\t" << typed["rounding"]
              << "\t" << typed["designated_cents"] << "\t";
          const json& bills = typed["wage_bills_cents"];
          for (std::size_t i = 0; i < bills.size(); ++i) tsv << (i ? "," : "") << bills[i];
          tsv << "\n";
          for (const auto& item : typed["expect"].items()) tsv << "typed_expect\t" << item.key() << "\t" << item.value() << "\n";
        }
        tsv << "end\n";
        cases.push_back(std::move(entry));
      }
    }
    std::ofstream(argv[2]) << cases.dump(2) << "\n";
    if (!tsv) throw std::runtime_error(std::string("cannot write ") + argv[3]);
    std::cout << "exported " << cases.size() << " golden cases\n";
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "wkr_golden_export: " << e.what() << "\n";
    return 1;
  }
}
