// wkr — the command for accountants: one subcommand per question (docs/cli.md).
//
// Exit codes: 0 success, 2 usage error, 3 bad input or data. Errors are one line on stderr.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "wkr/free_space.hpp"
#include "wkr/json.hpp"
#include "wkr/version.hpp"

namespace {

constexpr int exit_usage = 2;
constexpr int exit_bad_input = 3;

/// AMOUNT on the command line: a plain decimal with '.', at most two decimals (cents).
const CLI::Validator amount_validator(
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

struct CommonOptions {
  int year = 0;
  std::vector<std::string> wage_bills;
  bool json = false;
  bool explain = false;
  std::string lang = "nl";
  std::string data_dir;
  std::string free_space_rounding;
};

void add_common(CLI::App& command, CommonOptions& o) {
  command.add_option("--year", o.year, "Calendar year, e.g. 2026")->required();
  command.add_option("--wage-bill", o.wage_bills,
                     "Fiscal wage bill (fiscale loonsom) in euros; repeat it for the members of a group scheme")
      ->required()
      ->type_name("AMOUNT")
      ->check(amount_validator);
  command.add_flag("--json", o.json, "Print one JSON object");
  command.add_flag("--explain", o.explain, "Show every step with its legal source");
  command.add_option("--lang", o.lang, "Language of the text output")
      ->check(CLI::IsMember({"nl", "en"}))
      ->default_str("nl");
  command.add_option("--data", o.data_dir, "Directory of parameter tables to layer over the embedded ones")
      ->type_name("DIR");
  command.add_option("--free-space-rounding", o.free_space_rounding,
                     "Round the free space to cents with this mode instead of the tables' (floor)")
      ->check(CLI::IsMember({"half-up", "half-even", "floor", "ceiling", "toward-zero"}))
      ->type_name("MODE");
}

wkr::Parameters load_parameters(const CommonOptions& o) {
  return o.data_dir.empty() ? wkr::Parameters::embedded() : wkr::Parameters::with_directory(o.data_dir);
}

wkr::FreeSpaceOptions free_space_options(const CommonOptions& o) {
  wkr::FreeSpaceOptions options;
  if (!o.free_space_rounding.empty()) options.rounding = wkr::parse_rounding(o.free_space_rounding);
  return options;
}

std::vector<wkr::GroupMember> members(const CommonOptions& o) {
  std::vector<wkr::GroupMember> out;
  for (std::size_t i = 0; i < o.wage_bills.size(); ++i) {
    const std::string name = o.wage_bills.size() > 1 ? "member " + std::to_string(i + 1) : "";
    out.push_back({name, wkr::Decimal::parse(o.wage_bills[i]), true});
  }
  return out;
}

wkr::Language language(const CommonOptions& o) { return o.lang == "en" ? wkr::Language::en : wkr::Language::nl; }

/// "  label ........ € 9.180,00" lines with the amounts aligned.
struct Table {
  std::vector<std::pair<std::string, std::string>> rows;
  void add(std::string label, std::string value) { rows.emplace_back(std::move(label), std::move(value)); }
  void print() const {
    std::size_t width = 0;
    for (const auto& row : rows) width = std::max(width, row.first.size());
    for (const auto& row : rows) fmt::print("  {:<{}}  {}\n", row.first, width, row.second);
  }
};

void print_explanation(const wkr::Explanation& explanation, const CommonOptions& o) {
  fmt::print("\n{}", wkr::render_text(explanation, language(o)));
}

int run_free_space(const CommonOptions& o) {
  const wkr::Parameters parameters = load_parameters(o);
  const auto result = wkr::group_free_space(parameters, o.year, members(o), free_space_options(o));
  if (o.json) {
    fmt::print("{}\n", wkr::to_json(result).dump(2));
    return 0;
  }
  const wkr::Language lang = language(o);
  fmt::print("{} {}\n", lang == wkr::Language::nl ? "Vrije ruimte" : "Free space", o.year);
  Table table;
  table.add(wkr::label("wage_bill", lang), wkr::format_money(result.wage_bill, lang));
  table.add(wkr::label("free_space", lang), wkr::format_money(result.free_space, lang));
  table.print();
  if (o.explain) print_explanation(result.explanation, o);
  return 0;
}

int run_settle(const CommonOptions& o, const std::string& designated) {
  const wkr::Parameters parameters = load_parameters(o);
  const auto result =
      wkr::settle(parameters, o.year, members(o), wkr::Decimal::parse(designated), free_space_options(o));
  if (o.json) {
    fmt::print("{}\n", wkr::to_json(result).dump(2));
    return 0;
  }
  const wkr::Language lang = language(o);
  const bool nl = lang == wkr::Language::nl;
  fmt::print("{} {}\n", nl ? "Afrekening werkkostenregeling" : "Work-related costs scheme settlement", o.year);
  Table table;
  table.add(wkr::label("wage_bill", lang), wkr::format_money(result.wage_bill, lang));
  table.add(wkr::label("free_space", lang), wkr::format_money(result.free_space, lang));
  table.add(wkr::label("designated", lang), wkr::format_money(result.designated, lang));
  table.add(wkr::label("excess", lang), wkr::format_money(result.excess, lang));
  table.add(wkr::label("final_levy", lang), wkr::format_money(result.final_levy, lang));
  table.add(nl ? "in de aangifte (hele euro's)" : "in the return (whole euros)",
            wkr::format_money(result.final_levy_return, lang));
  table.add(nl ? "uiterlijk in de aangifte over" : "due at the latest in the return for",
            nl ? fmt::format("tijdvak {} van {}", result.due.period, result.due.year)
               : fmt::format("period {} of {}", result.due.period, result.due.year));
  table.print();
  if (o.explain) print_explanation(result.explanation, o);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"wkr — exact calculations for the Dutch werkkostenregeling (WKR)", "wkr"};
  app.require_subcommand(1);
  app.set_version_flag("--version", WKR_VERSION_STRING);

  CommonOptions free_space_opts;
  CLI::App* free_space = app.add_subcommand("free-space", "The free space (vrije ruimte) for a wage bill");
  add_common(*free_space, free_space_opts);

  CommonOptions settle_opts;
  std::string designated;
  CLI::App* settle = app.add_subcommand("settle", "Settle the year: excess, final levy and the return it is due in");
  add_common(*settle, settle_opts);
  settle->add_option("--designated", designated, "Total designated to the free space (aangewezen eindheffingsloon)")
      ->required()
      ->type_name("AMOUNT")
      ->check(amount_validator);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "wkr: usage error: " << e.what() << " (see 'wkr --help')\n";
    return exit_usage;
  }

  try {
    if (free_space->parsed()) return run_free_space(free_space_opts);
    return run_settle(settle_opts, designated);
  } catch (const wkr::Error& e) {
    std::cerr << "wkr: error: " << e.what() << "\n";
    return exit_bad_input;
  } catch (const std::exception& e) {
    std::cerr << "wkr: internal error: " << e.what() << "\n";
    return 1;
  }
}
