// wkr ledger (docs/ledger.md): its options, and its text output — one table with a row per return
// period, then the year-end.
#include <fmt/format.h>

#include <algorithm>

#include "cli_common.hpp"

namespace wkr::cli {

namespace {

/// How the ledger was kept, in a sentence under the title.
std::string settings(const LedgerYear& result, Language lang) {
  const bool monthly = result.length == PeriodLength::month;
  const bool as_you_go = result.options.strategy == LevyStrategy::as_you_go;
  const bool on_estimate = result.options.basis == LevyBasis::estimate;
  return fmt::format("{}; {}.\n{}.\n",
                     sentence(monthly ? "cli.text.ledger.monthly" : "cli.text.ledger.four_weekly", lang),
                     sentence(as_you_go ? "cli.text.ledger.as_you_go" : "cli.text.ledger.after_the_year", lang),
                     sentence(on_estimate ? "cli.text.ledger.on_estimate" : "cli.text.ledger.so_far", lang));
}

}  // namespace

std::string text(const LedgerYear& result, const View& view) {
  const Language lang = view.language();
  std::string out = render(say("cli.text.ledger.title", std::to_string(result.year)), lang) + "\n";
  out += settings(result, lang);
  out += sentence("cli.text.ledger.amounts", lang) + "\n\n";
  const bool estimate = std::any_of(result.rows.begin(), result.rows.end(),
                                    [](const LedgerRow& row) { return row.free_space_estimate.has_value(); });
  std::vector<std::string> header =
      column_names("cli.text.ledger.column.", {"period", "wage_bill", "wage_bill_so_far", "free_space_so_far"}, lang);
  if (estimate) header.push_back(sentence("cli.text.ledger.column.free_space_estimate", lang));
  const std::vector<std::string> rest =
      column_names("cli.text.ledger.column.",
                   {"designated", "designated_so_far", "free_space_left", "excess_so_far", "levy_declared"}, lang);
  header.insert(header.end(), rest.begin(), rest.end());
  Grid grid(std::move(header));
  for (const LedgerRow& row : result.rows) {
    std::vector<std::string> cells = {std::to_string(row.period), amount_text(row.wage_bill, lang),
                                      amount_text(row.wage_bill_cumulative, lang),
                                      amount_text(row.free_space_cumulative, lang)};
    if (estimate) cells.push_back(row.free_space_estimate ? amount_text(*row.free_space_estimate, lang) : "");
    for (const Decimal* amount : {&row.designated, &row.designated_cumulative, &row.free_space_left,
                                  &row.excess_cumulative}) {
      cells.push_back(amount_text(*amount, lang));
    }
    cells.push_back(amount_text(row.levy_declared, lang, 0));
    grid.add(std::move(cells));
  }
  out += grid.text();

  const YearEnd& end = result.totals;
  const Settlement& s = end.settlement;
  Table totals;
  add_settlement_rows(totals, s, lang);
  totals.add(sentence("cli.text.ledger.declared", lang), format_money(end.levy_paid, lang, 0));
  totals.add(sentence(end.refund() ? "cli.text.ledger.refund" : "cli.text.ledger.still_to_declare", lang),
             format_money(end.refund() ? -end.correction : end.correction, lang, 0));
  totals.add(sentence("cli.text.ledger.in_return", lang),
             render(say("cli.text.settle.due_period", std::to_string(s.due.period), std::to_string(s.due.year)), lang));
  out += fmt::format("\n{}\n", sentence("cli.text.ledger.year_end", lang)) + totals.text();
  if (view.explain) out += explanation_text(result.explanation, lang);
  return out;
}

void add_ledger_command(CLI::App& app, Commands& commands) {
  declare(app, commands, "ledger", "cli.command.ledger", [](Command& command) {
    const Language lang = help_language();
    CLI::App& ledger = *command.app;
    add_year(ledger);
    add_input(ledger, "--periods", "FILE", sentence("cli.option.periods", lang));
    add_csv_format(ledger);
    add_switch(ledger, "--four-weekly", sentence("cli.option.four_weekly", lang));
    add_input(ledger, "--strategy", "after-year|as-you-go", sentence("cli.option.strategy", lang));
    add_input(ledger, "--basis", "actual|estimate", sentence("cli.option.basis", lang));
    add_input(ledger, "--estimate", "AMOUNT", sentence("cli.option.estimate", lang));
    add_input(ledger, "--threshold-to-date", "prorated|whole", sentence("cli.option.threshold_to_date", lang));
    add_free_space_rounding(ledger);
    add_view(ledger);
    command.guide = {{"wkr ledger --year 2025 --periods examples/periods.csv",
                      "wkr ledger --year 2025 --periods examples/periods.csv --strategy as-you-go --lang en"},
                     {sentence("cli.note.ledger.periods", lang), sentence("cli.note.ledger.year_end", lang)}};
  });
}

}  // namespace wkr::cli
