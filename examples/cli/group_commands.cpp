// wkr wage-bill, and the text output of the group scheme as the law has it and of the wage bill
// (docs/group-scheme.md): the group's figures as for one employer, then its members, the part-year
// members' own figures, the filing member and the levy shared to the members.
#include <fmt/format.h>

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
  return fmt::format("{} (art. 32 Wet LB 1964): {}\n", lang == Language::nl ? "Concernregeling" : "Group scheme",
                     member_list(members));
}

/// The title of a table of members, with the unit of its amounts.
std::string members_title(const char* nl, const char* en, Language lang) {
  return fmt::format("\n{} ({})\n", lang == Language::nl ? nl : en,
                     lang == Language::nl ? "bedragen in euro's" : "amounts in euros");
}

const char* member_header(Language lang) { return lang == Language::nl ? "lid" : "member"; }

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
  const bool nl = lang == Language::nl;
  std::string out = group_figures(static_cast<const FreeSpace&>(result), result, view);
  if (!result.part_year_members.empty()) {
    out += members_title("Niet het hele jaar in het concern: een eigen vrije ruimte",
                         "Not in the group all year: a free space of its own", lang);
    Grid grid({member_header(lang), nl ? "loonsom" : "wage bill", nl ? "vrije ruimte" : "free space"}, 1);
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
  const bool nl = lang == Language::nl;
  const FilingMember& filer = result.filing_member;
  const char* why = !filer.named              ? (nl ? "de grootste loonsom" : "the largest wage bill")
                    : filer.needs_permission ? (nl ? "genoemd; toestemming van de inspecteur nodig, art. 64 AWR"
                                                   : "named; needs the inspector's permission, art. 64 AWR")
                                             : (nl ? "genoemd" : "named");
  std::string out =
      group_figures(static_cast<const Settlement&>(result), result, view,
                    fmt::format("{}: {} ({})\n", nl ? "Aangever van de eindheffing" : "Member filing the levy",
                                filer.name, why));

  const AllocationKey key = result.allocation_key;
  out += members_title(key == AllocationKey::designated  ? "Eindheffing verdeeld naar het aangewezen loon"
                       : key == AllocationKey::wage_bill ? "Eindheffing verdeeld naar de loonsom"
                                                         : "Eindheffing verdeeld naar de eigen sleutel",
                       key == AllocationKey::designated  ? "Final levy shared by designated wage"
                       : key == AllocationKey::wage_bill ? "Final levy shared by wage bill"
                                                         : "Final levy shared by the group's own key",
                       lang);
  Grid shares({member_header(lang),
               key == AllocationKey::designated  ? (nl ? "aangewezen" : "designated")
               : key == AllocationKey::wage_bill ? (nl ? "loonsom" : "wage bill")
                                                 : (nl ? "gewicht" : "weight"),
               nl ? "eindheffing" : "final levy"},
              1);
  for (const LevyShare& share : result.allocation) {
    shares.add({share.member,
                key == AllocationKey::own ? share.weight.to_string() : amount_text(share.weight, lang),
                amount_text(share.share, lang)});
  }
  out += shares.text();

  if (!result.part_year_members.empty()) {
    out += members_title("Niet het hele jaar in het concern: een eigen afrekening",
                         "Not in the group all year: a settlement of its own", lang);
    Grid own({member_header(lang), nl ? "loonsom" : "wage bill", nl ? "vrije ruimte" : "free space",
              nl ? "aangewezen" : "designated", nl ? "overschrijding" : "excess", nl ? "eindheffing" : "final levy",
              nl ? "in de aangifte" : "in the return"},
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
  const bool nl = lang == Language::nl;
  Table table;
  table.add(nl ? "loon uit tegenwoordige dienstbetrekking" : "wage from current employment",
            format_money(result.current, lang));
  table.add(nl ? "loon uit vroegere dienstbetrekking" : "wage from former employment",
            format_money(result.former, lang) +
                (result.former_included ? "" : (nl ? " (niet meegeteld: meer dan 10%)" : " (left out: above 10%)")));
  table.add(label("wage_bill", lang), format_money(result.wage_bill, lang));
  std::string out = fmt::format("{} {}\n", nl ? "Fiscale loonsom" : "Wage bill", result.year);
  out += table.text();
  if (view.explain) out += explanation_text(result.explanation, lang);
  return out;
}

std::string text(const GroupWageBill& result, const View& view) {
  const Language lang = view.language();
  const bool nl = lang == Language::nl;
  std::string out =
      fmt::format("{} {}\n", nl ? "Fiscale loonsom van het concern" : "Wage bill of the group", result.year);
  out += result.method == FormerWageTest::group
             ? (nl ? "De 10%-toets op de totalen van de concernregeling.\n"
                   : "The 10% test on the totals of the group scheme.\n")
             : (nl ? "De 10%-toets per lid.\n" : "The 10% test per member.\n");
  out += nl ? "Bedragen in euro's.\n\n" : "Amounts in euros.\n\n";
  Grid grid({member_header(lang), nl ? "hele jaar\nin concern" : "in the group\nall year",
             nl ? "loon\ntegenwoordig" : "wage\ncurrent", nl ? "loon\nvroeger" : "wage\nformer",
             nl ? "vroeger\nmeegeteld" : "former\ncounted", nl ? "loonsom" : "wage bill"},
            1);
  for (const MemberWageBill& m : result.members) {
    grid.add({m.name, render(yes_no(m.whole_year), lang), amount_text(m.current, lang), amount_text(m.former, lang),
              m.former_included ? render(yes_no(true), lang) : render(yes_no(false), lang) + ", > 10%",
              amount_text(m.wage_bill, lang)});
  }
  out += grid.text();
  Table total;
  total.add(nl ? "fiscale loonsom van de concernregeling" : "wage bill of the group scheme",
            format_money(result.wage_bill, lang));
  out += "\n" + total.text();
  if (view.explain) out += explanation_text(result.explanation, lang);
  return out;
}

void add_wage_bill_command(CLI::App& app, Commands& commands) {
  const Language lang = help_language();
  CLI::App* wage_bill = app.add_subcommand("wage-bill", sentence("cli.command.wage_bill", lang));
  add_year(*wage_bill);
  add_input(*wage_bill, "--employees", "FILE", sentence("cli.option.employees", lang));
  add_input(*wage_bill, "--members", "FILE", sentence("cli.option.payroll_members", lang));
  add_input(*wage_bill, "--former-wage-test", "group|member", sentence("cli.option.former_wage_test", lang));
  add_csv_format(*wage_bill);
  add_view(*wage_bill);
  commands.push_back(
      {wage_bill,
       {{"wkr wage-bill --year 2025 --employees examples/payroll.csv",
         "wkr wage-bill --year 2026 --members examples/group-payrolls.csv --former-wage-test member --lang en"},
        {sentence("cli.note.wage_bill.former", lang), sentence("cli.note.wage_bill.group", lang)}}});
}

}  // namespace wkr::cli
