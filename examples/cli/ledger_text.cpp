// The text output of the ledger (docs/ledger.md): one row per return period, then the year-end.
#include <fmt/format.h>

#include "cli_common.hpp"

namespace wkr::cli {

std::string text(const LedgerYear& result, const View& view) {
  const Language lang = view.language();
  const bool nl = lang == Language::nl;
  std::string out = fmt::format("{} {}\n", nl ? "Verloop werkkostenregeling" : "Work-related costs scheme ledger", result.year);
  for (const LedgerRow& row : result.rows) {
    Table table;
    table.add(label("wage_bill", lang), format_money(row.wage_bill, lang));
    table.add(nl ? "vrije ruimte tot nu toe" : "free space so far", format_money(row.free_space_cumulative, lang));
    table.add(label("designated", lang), format_money(row.designated, lang));
    table.add(nl ? "vrije ruimte over" : "free space left", format_money(row.free_space_left, lang));
    table.add(nl ? "overschrijding tot nu toe" : "excess so far", format_money(row.excess_cumulative, lang));
    table.add(nl ? "eindheffing aangegeven" : "levy declared", format_money(row.levy_declared, lang, 0));
    out += fmt::format("\n{} {}\n", nl ? "Tijdvak" : "Period", row.period) + table.text();
  }
  const YearEnd& end = result.totals;
  Table totals;
  totals.add(label("free_space", lang), format_money(end.settlement.free_space, lang));
  totals.add(label("excess", lang), format_money(end.settlement.excess, lang));
  totals.add(label("final_levy_return", lang), format_money(end.settlement.final_levy_return, lang, 0));
  totals.add(nl ? "al aangegeven" : "already declared", format_money(end.levy_paid, lang, 0));
  totals.add(end.refund() ? (nl ? "terug te ontvangen" : "refund") : (nl ? "correctie" : "correction"),
             format_money(end.correction, lang, 0));
  totals.add(nl ? "in de aangifte over" : "in the return for",
             nl ? fmt::format("tijdvak {} van {}", end.settlement.due.period, end.settlement.due.year)
                : fmt::format("period {} of {}", end.settlement.due.period, end.settlement.due.year));
  out += fmt::format("\n{}\n", nl ? "Jaareinde" : "Year end") + totals.text();
  if (view.explain) out += explanation_text(result.explanation, lang);
  return out;
}

}  // namespace wkr::cli
