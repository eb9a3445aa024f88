// wkr free-space and wkr settle (docs/cli.md).
#include <fmt/format.h>

#include "cli_common.hpp"
#include "wkr/free_space.hpp"
#include "wkr/json.hpp"

namespace wkr::cli {

namespace {

struct FreeSpaceArgs {
  CommonOptions common;
  std::vector<std::string> wage_bills;
  std::string rounding;
  std::string designated;  // settle only

  [[nodiscard]] std::vector<GroupMember> members() const {
    std::vector<GroupMember> out;
    for (std::size_t i = 0; i < wage_bills.size(); ++i) {
      const std::string name = wage_bills.size() > 1 ? "member " + std::to_string(i + 1) : "";
      out.push_back({name, Decimal::parse(wage_bills[i]), true});
    }
    return out;
  }

  [[nodiscard]] FreeSpaceOptions options() const {
    FreeSpaceOptions o;
    if (!rounding.empty()) o.rounding = parse_rounding(rounding);
    return o;
  }
};

void add_wage_bill_options(CLI::App& command, FreeSpaceArgs& args) {
  add_common(command, args.common);
  command
      .add_option("--wage-bill", args.wage_bills,
                  "Fiscal wage bill (fiscale loonsom) in euros; repeat it for the members of a group scheme")
      ->required()
      ->type_name("AMOUNT")
      ->check(amount_validator());
  command
      .add_option("--free-space-rounding", args.rounding,
                  "Round the free space to cents with this mode instead of the tables' (floor)")
      ->check(CLI::IsMember({"half-up", "half-even", "floor", "ceiling", "toward-zero"}))
      ->type_name("MODE");
}

int run_free_space(const FreeSpaceArgs& args) {
  const CommonOptions& o = args.common;
  const auto result = group_free_space(o.parameters(), o.year, args.members(), args.options(), o.explanation());
  if (o.json) {
    fmt::print("{}\n", to_json(result).dump(2));
    return 0;
  }
  const Language lang = o.language();
  fmt::print("{} {}\n", lang == Language::nl ? "Vrije ruimte" : "Free space", o.year);
  Table table;
  table.add(label("wage_bill", lang), format_money(result.wage_bill, lang));
  table.add(label("free_space", lang), format_money(result.free_space, lang));
  table.print();
  if (o.explain) print_explanation(result.explanation, lang);
  return 0;
}

int run_settle(const FreeSpaceArgs& args) {
  const CommonOptions& o = args.common;
  const auto result =
      settle(o.parameters(), o.year, args.members(), Decimal::parse(args.designated), args.options(),
             o.explanation());
  if (o.json) {
    fmt::print("{}\n", to_json(result).dump(2));
    return 0;
  }
  const Language lang = o.language();
  const bool nl = lang == Language::nl;
  fmt::print("{} {}\n", nl ? "Afrekening werkkostenregeling" : "Work-related costs scheme settlement", o.year);
  Table table;
  table.add(label("wage_bill", lang), format_money(result.wage_bill, lang));
  table.add(label("free_space", lang), format_money(result.free_space, lang));
  table.add(label("designated", lang), format_money(result.designated, lang));
  table.add(label("excess", lang), format_money(result.excess, lang));
  table.add(label("final_levy", lang), format_money(result.final_levy, lang));
  table.add(nl ? "in de aangifte (hele euro's)" : "in the return (whole euros)",
            format_money(result.final_levy_return, lang, 0));
  table.add(nl ? "uiterlijk in de aangifte over" : "due at the latest in the return for",
            nl ? fmt::format("tijdvak {} van {}", result.due.period, result.due.year)
               : fmt::format("period {} of {}", result.due.period, result.due.year));
  table.print();
  if (o.explain) print_explanation(result.explanation, lang);
  return 0;
}

}  // namespace

void add_free_space_commands(CLI::App& app, Commands& commands) {
  // Owned for the life of the program: CLI11 writes the parsed values into them.
  static FreeSpaceArgs free_space_args;
  static FreeSpaceArgs settle_args;

  CLI::App* free_space = app.add_subcommand("free-space", "The free space (vrije ruimte) for a wage bill");
  add_wage_bill_options(*free_space, free_space_args);
  commands.push_back({free_space, [] { return run_free_space(free_space_args); }});

  CLI::App* settle_command =
      app.add_subcommand("settle", "Settle the year: excess, final levy and the return it is due in");
  add_wage_bill_options(*settle_command, settle_args);
  settle_command
      ->add_option("--designated", settle_args.designated,
                   "Total designated to the free space (aangewezen eindheffingsloon) in euros")
      ->required()
      ->type_name("AMOUNT")
      ->check(amount_validator());
  commands.push_back({settle_command, [] { return run_settle(settle_args); }});
}

}  // namespace wkr::cli
