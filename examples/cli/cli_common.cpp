// Shared parts of the wkr command (cli_common.hpp): the validators of amounts and options, the
// output tables and the registry of subcommands.
#include "cli_common.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace wkr::cli {

const CLI::Validator& amount_validator() {
  static const CLI::Validator validator(
      [](const std::string& text) -> std::string {
        bool point = false;
        int decimals = 0;
        int digits = 0;
        for (char c : text) {
          if (c == '.' && !point && digits > 0) {
            point = true;
          } else if (c >= '0' && c <= '9') {
            point ? ++decimals : ++digits;
          } else {
            digits = -1;
            break;
          }
        }
        if (digits > 0 && (!point || (decimals >= 1 && decimals <= 2))) return {};
        return "'" + text +
               "' is not an AMOUNT: write euros as a plain decimal with '.' and at most two decimals, "
               "e.g. 1600000 or 1600000.50 (no sign, spaces, thousands separators or comma)";
      },
      "AMOUNT", "amount");
  return validator;
}

void add_common(CLI::App& command, CommonOptions& o) {
  command.add_option("--year", o.year, "Calendar year, e.g. 2026")->required();
  command.add_flag("--json", o.json, "Print one JSON object");
  command.add_flag("--explain", o.explain, "Show every step with its legal source");
  command.add_option("--lang", o.lang, "Language of the text output (nl or en)")
      ->check(CLI::IsMember({"nl", "en"}))
      ->default_str("nl");
  command.add_option("--data", o.data_dir, "Directory of parameter tables to layer over the embedded ones")
      ->type_name("DIR");
}

Parameters CommonOptions::parameters() const {
  return data_dir.empty() ? Parameters::embedded() : Parameters::with_directory(data_dir);
}

void Table::print() const {
  std::size_t width = 0;
  for (const auto& row : rows_) width = std::max(width, row.first.size());
  for (const auto& row : rows_) fmt::print("  {:<{}}  {}\n", row.first, width, row.second);
}

void print_explanation(const Explanation& explanation, Language language) {
  fmt::print("\n{}", render_text(explanation, language));
}

}  // namespace wkr::cli
