// The text output of the group scheme as the law has it and of the wage bill (docs/group-scheme.md):
// the group's figures as for one employer, then its members, the part-year members' own figures,
// the filing member and the levy shared to the members.
#include <fmt/format.h>

#include "cli_common.hpp"

namespace wkr::cli {

namespace {

std::string member_list(const std::vector<std::string>& members) {
  std::string names;
  for (const std::string& name : members) names += (names.empty() ? "" : ", ") + name;
  return names;
}

void add_parts(Table& table, const WageBillParts& parts, Language lang) {
  const bool nl = lang == Language::nl;
  table.add(nl ? "loon uit tegenwoordige dienstbetrekking" : "wage from current employment",
            format_money(parts.current, lang));
  table.add(nl ? "loon uit vroegere dienstbetrekking" : "wage from former employment",
            format_money(parts.former, lang) +
                (parts.former_included ? "" : (nl ? " (niet meegeteld: meer dan 10%)" : " (left out: above 10%)")));
  table.add(label("wage_bill", lang), format_money(parts.wage_bill, lang));
}

}  // namespace

std::string text(const GroupFreeSpace& result, const View& view) {
  const Language lang = view.language();
  const bool nl = lang == Language::nl;
  std::string out = text(static_cast<const FreeSpace&>(result), View{view.json, false, view.lang, {}, {}});
  Table table;
  table.add(nl ? "leden van het concern" : "members of the group", member_list(result.members));
  for (const MemberFreeSpace& m : result.part_year_members) {
    table.add(fmt::format("{} ({})", m.name, nl ? "deel van het jaar, eigen vrije ruimte" : "part of the year, own free space"),
              format_money(m.free_space.free_space, lang));
  }
  out += table.text();
  if (view.explain) out += explanation_text(result.explanation, lang);
  return out;
}

std::string text(const GroupSettlement& result, const View& view) {
  const Language lang = view.language();
  const bool nl = lang == Language::nl;
  std::string out = text(static_cast<const Settlement&>(result), View{view.json, false, view.lang, {}, {}});
  Table table;
  table.add(nl ? "aangever van de eindheffing" : "member filing the levy",
            result.filing_member.name +
                (result.filing_member.needs_permission
                     ? (nl ? " (toestemming inspecteur nodig, art. 64 AWR)" : " (needs the inspector's permission, art. 64 AWR)")
                     : ""));
  for (const LevyShare& share : result.allocation) {
    table.add(fmt::format("{} {}", nl ? "eindheffing toegerekend aan" : "final levy allocated to", share.member),
              format_money(share.share, lang));
  }
  for (const MemberSettlement& m : result.part_year_members) {
    table.add(fmt::format("{} ({})", m.name, nl ? "deel van het jaar, eigen eindheffing" : "part of the year, own final levy"),
              format_money(m.settlement.final_levy, lang));
  }
  out += table.text();
  if (view.explain) out += explanation_text(result.explanation, lang);
  return out;
}

std::string text(const WageBill& result, const View& view) {
  const Language lang = view.language();
  Table table;
  add_parts(table, result, lang);
  std::string out = fmt::format("{} {}\n", lang == Language::nl ? "Fiscale loonsom" : "Wage bill", result.year);
  out += table.text();
  if (view.explain) out += explanation_text(result.explanation, lang);
  return out;
}

std::string text(const GroupWageBill& result, const View& view) {
  const Language lang = view.language();
  std::string out =
      fmt::format("{} {}\n", lang == Language::nl ? "Fiscale loonsom van het concern" : "Wage bill of the group", result.year);
  for (const MemberWageBill& m : result.members) {
    Table table;
    add_parts(table, m, lang);
    out += "\n" + m.name + "\n" + table.text();
  }
  Table total;
  total.add(label("wage_bill", lang), format_money(result.wage_bill, lang));
  out += "\n" + total.text();
  if (view.explain) out += explanation_text(result.explanation, lang);
  return out;
}

}  // namespace wkr::cli
