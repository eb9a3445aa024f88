// wkr wage-bill, and the text output of the group scheme as the law has it and of the wage bill
// (docs/group-scheme.md): the group's figures as for one employer, then its members, the part-year
// members' own figures, the filing member and the levy shared to the members.
#include <fmt/format.h>

#include <string_view>

#include "cli_common.hpp"

namespace wkr::cli {

namespace {

std::string member_list(const std::vector<std::string>& members) {
  std::string names;
  for (const std::string& name : members) names += (names.empty() ? "" : ", ") + name;
  return names;
}

/// The line that names the members of the group scheme.
std::string scheme_line(const std::vector<std::string>& members, Language lang) {
  return render(say("cli.text.group.scheme", member_list(members)), lang) + "\n";
}

/// The title of a table of members (the catalogue's sentence `key`), with the unit of its amounts.
std::string members_title(const char* key, Language lang) {
  return "\n" + render(say("cli.text.group.members_title", say(key)), lang) + "\n";
}

/// The heading of a column of a members' table: the catalogue's "cli.text.group.column.<what>".
std::string group_column(std::string_view what, Language lang) {
  return sentence(fmt::format("cli.text.group.column.{}", what), lang);
}

/// The text of the group scheme's own free space or settlement (`figures`, as for one employer),
/// without its explanation, with the members of the scheme and `more` lines under the title.
template <class Figures, class Group>
std::string group_figures(const Figures& figures, const Group& group, const View& view, const std::string& more = "") {
  const std::string out = text(figures, View{view.json, false, view.lang, {}, false, {}});
  const std::size_t title_end = out.find('\n') + 1;
  return out.substr(0, title_end) + scheme_line(group.members, view.language()) + more + out.substr(title_end);
}

}  // namespace

std::string text(const GroupFreeSpace& result, const View& view) {
  const Language lang = view.language();
  std::string out = group_figures(static_cast<const FreeSpace&>(result), result, view);
  if (!result.part_year_members.empty()) {
    out += members_title("cli.text.group.part_year_free_space", lang);
    Grid grid({group_column("member", lang), group_column("wage_bill", lang), group_column("free_space", lang)}, 1);
    for (const MemberFreeSpace& m : result.part_year_members) {
      grid.add({m.name, amount_text(m.free_space.wage_bill, lang), amount_text(m.free_space.free_space, lang)});
    }
    out += grid.text();
  }
  if (view.explain) out += explanation_text(result.explanation, lang);
  return out;
}

std::string text(const GroupSettlement& result, const View& view) {
  const Language lang = view.language();
  const FilingMember& filer = result.filing_member;
  const char* why = !filer.named             ? "cli.text.group.filer_largest"
                    : filer.needs_permission ? "cli.text.group.filer_permission"
                                             : "cli.text.group.filer_named";
  std::string out = group_figures(static_cast<const Settlement&>(result), result, view,
                                  render(say("cli.text.group.filer", filer.name, say(why)), lang) + "\n");

  const AllocationKey key = result.allocation_key;
  out += members_title(key == AllocationKey::designated  ? "cli.text.group.shared_by_designated"
                       : key == AllocationKey::wage_bill ? "cli.text.group.shared_by_wage_bill"
                                                         : "cli.text.group.shared_by_own_key",
                       lang);
  Grid shares({group_column("member", lang),
               group_column(key == AllocationKey::designated  ? "designated"
                            : key == AllocationKey::wage_bill ? "wage_bill"
                                                              : "weight",
                            lang),
               group_column("final_levy", lang)},
              1);
  for (const LevyShare& share : result.allocation) {
    shares.add({share.member,
                key == AllocationKey::own ? share.weight.to_string() : amount_text(share.weight, lang),
                amount_text(share.share, lang)});
  }
  out += shares.text();

  if (!result.part_year_members.empty()) {
    out += members_title("cli.text.group.part_year_settlement", lang);
    Grid own({group_column("member", lang), group_column("wage_bill", lang), group_column("free_space", lang),
              group_column("designated", lang), group_column("excess", lang), group_column("final_levy", lang),
              group_column("in_return", lang)},
             1);
    for (const MemberSettlement& m : result.part_year_members) {
      const Settlement& s = m.settlement;
      own.add({m.name, amount_text(s.wage_bill, lang), amount_text(s.free_space, lang),
               amount_text(s.designated, lang), amount_text(s.excess, lang), amount_text(s.final_levy, lang),
               amount_text(s.final_levy_return, lang, 0)});
    }
    out += own.text();
  }
  if (view.explain) out += explanation_text(result.explanation, lang);
  return out;
}

std::string text(const WageBill& result, const View& view) {
  const Language lang = view.language();
  Table table;
  table.add(sentence("cli.text.wage_bill.current", lang), format_money(result.current, lang));
  const std::string former = format_money(result.former, lang);
  table.add(sentence("cli.text.wage_bill.former", lang),
            result.former_included ? former : render(say("cli.text.wage_bill.former_left_out", former), lang));
  table.add(label("wage_bill", lang), format_money(result.wage_bill, lang));
  std::string out = render(say("cli.text.wage_bill.title", std::to_string(result.year)), lang) + "\n";
  out += table.text();
  if (view.explain) out += explanation_text(result.explanation, lang);
  return out;
}

std::string text(const GroupWageBill& result, const View& view) {
  const Language lang = view.language();
  std::string out = render(say("cli.text.wage_bill.group_title", std::to_string(result.year)), lang) + "\n";
  out += sentence(result.method == FormerWageTest::group ? "cli.text.wage_bill.test_on_group"
                                                         : "cli.text.wage_bill.test_per_member",
                  lang) +
         "\n";
  out += sentence("cli.text.wage_bill.amounts_in_euros", lang) + "\n\n";
  Grid grid({group_column("member", lang), sentence("cli.text.wage_bill.column.whole_year", lang),
             sentence("cli.text.wage_bill.column.current", lang), sentence("cli.text.wage_bill.column.former", lang),
             sentence("cli.text.wage_bill.column.former_counted", lang), group_column("wage_bill", lang)},
            1);
  for (const MemberWageBill& m : result.members) {
    grid.add({m.name, render(yes_no(m.whole_year), lang), amount_text(m.current, lang), amount_text(m.former, lang),
              m.former_included ? render(yes_no(true), lang) : render(yes_no(false), lang) + ", > 10%",
              amount_text(m.wage_bill, lang)});
  }
  out += grid.text();
  Table total;
  total.add(sentence("cli.text.wage_bill.group_total", lang), format_money(result.wage_bill, lang));
  out += "\n" + total.text();
  if (view.explain) out += explanation_text(result.explanation, lang);
  return out;
}

void add_wage_bill_command(CLI::App& app, Commands& commands) {
  declare(app, commands, "wage-bill", "cli.command.wage_bill", [](Command& command) {
    const Language lang = help_language();
    CLI::App& wage_bill = *command.app;
    add_year(wage_bill);
    add_input(wage_bill, "--employees", "FILE", sentence("cli.option.employees", lang));
    add_input(wage_bill, "--members", "FILE", sentence("cli.option.payroll_members", lang));
    add_input(wage_bill, "--former-wage-test", "group|member", sentence("cli.option.former_wage_test", lang));
    add_csv_format(wage_bill);
    add_view(wage_bill);
    command.guide = {
        {"wkr wage-bill --year 2025 --employees examples/payroll.csv",
         "wkr wage-bill --year 2026 --members examples/group-payrolls.csv --former-wage-test member --lang en"},
        {sentence("cli.note.wage_bill.former", lang), sentence("cli.note.wage_bill.group", lang)}};
  });
}

}  // namespace wkr::cli
