// wkr ledger (docs/ledger.md): its options, and its text output — one table with a row per return
// period, then the year-end.
#include <fmt/format.h>

#include <algorithm>
#include <initializer_list>

#include "cli_common.hpp"

namespace wkr::cli {

namespace {

/// How the ledger was kept, in a sentence under the title.
std::string settings(const LedgerYear& result, Language lang) {
  const bool nl = lang == Language::nl;
  const bool monthly = result.length == PeriodLength::month;
  const bool as_you_go = result.options.strategy == LevyStrategy::as_you_go;
  const bool on_estimate = result.options.basis == LevyBasis::estimate;
  return fmt::format(
      "{}; {}.\n{}.\n",
      nl ? (monthly ? "maandaangiften" : "vierwekenaangiften") : (monthly ? "monthly returns" : "four-weekly returns"),
      nl ? (as_you_go ? "eindheffing aangegeven zodra de vrije ruimte tot nu toe is overschreden"
                      : "eindheffing na afloop van het jaar")
         : (as_you_go ? "final levy declared as soon as the free space so far is exceeded"
                      : "final levy after the year"),
      nl ? (on_estimate ? "aangewezen loon gemeten tegen de vrije ruimte op de geraamde loonsom"
                        : "aangewezen loon gemeten tegen de vrije ruimte op de loonsom tot nu toe")
         : (on_estimate ? "designated wage measured against the free space on the estimated wage bill"
                        : "designated wage measured against the free space on the wage bill so far"));
}

}  // namespace

std::string text(const LedgerYear& result, const View& view) {
  const Language lang = view.language();
  const bool nl = lang == Language::nl;
  std::string out = fmt::format("{} {}\n", nl ? "Verloop werkkostenregeling" : "Work-related costs scheme ledger",
                                result.year);
  out += settings(result, lang);
  out += nl ? "Bedragen in euro's; de eindheffing in de aangifte in hele euro's.\n\n"
            : "Amounts in euros; the final levy in the return in whole euros.\n\n";
  const bool estimate = std::any_of(result.rows.begin(), result.rows.end(),
                                    [](const LedgerRow& row) { return row.free_space_estimate.has_value(); });
  std::vector<std::string> header =
      nl ? std::vector<std::string>{"tijdvak", "loonsom", "loonsom\ntot nu toe", "vrije ruimte\ntot nu toe"}
         : std::vector<std::string>{"period", "wage bill", "wage bill\nso far", "free space\nso far"};
  if (estimate) header.push_back(nl ? "vrije ruimte\nop raming" : "free space\non estimate");
  for (const char* column : nl ? std::initializer_list<const char*>{"aangewezen", "aangewezen\ntot nu toe",
                                                                    "vrije ruimte\nover", "overschrijding\ntot nu toe",
                                                                    "eindheffing\naangegeven"}
                               : std::initializer_list<const char*>{"designated", "designated\nso far",
                                                                    "free space\nleft", "excess\nso far",
                                                                    "levy\ndeclared"}) {
    header.emplace_back(column);
  }
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
  totals.add(nl ? "al aangegeven in het jaar" : "declared during the year", format_money(end.levy_paid, lang, 0));
  totals.add(end.refund() ? (nl ? "terug te ontvangen" : "refund") : (nl ? "nog aan te geven" : "still to declare"),
             format_money(end.refund() ? -end.correction : end.correction, lang, 0));
  totals.add(nl ? "in de aangifte over" : "in the return for",
             nl ? fmt::format("tijdvak {} van {}", s.due.period, s.due.year)
                : fmt::format("period {} of {}", s.due.period, s.due.year));
  out += fmt::format("\n{}\n", nl ? "Jaareinde" : "Year end") + totals.text();
  if (view.explain) out += explanation_text(result.explanation, lang);
  return out;
}

void add_ledger_command(CLI::App& app, Commands& commands) {
  const Language lang = help_language();
  CLI::App* ledger = app.add_subcommand("ledger", sentence("cli.command.ledger", lang));
  add_year(*ledger);
  add_input(*ledger, "--periods", "FILE", sentence("cli.option.periods", lang));
  add_csv_format(*ledger);
  add_switch(*ledger, "--four-weekly", sentence("cli.option.four_weekly", lang));
  add_input(*ledger, "--strategy", "after-year|as-you-go", sentence("cli.option.strategy", lang));
  add_input(*ledger, "--basis", "actual|estimate", sentence("cli.option.basis", lang));
  add_input(*ledger, "--estimate", "AMOUNT", sentence("cli.option.estimate", lang));
  add_input(*ledger, "--threshold-to-date", "prorated|whole", sentence("cli.option.threshold_to_date", lang));
  add_free_space_rounding(*ledger);
  add_view(*ledger);
  commands.push_back({ledger,
                      {{"wkr ledger --year 2025 --periods examples/periods.csv",
                        "wkr ledger --year 2025 --periods examples/periods.csv --strategy as-you-go --lang en"},
                       {sentence("cli.note.ledger.periods", lang), sentence("cli.note.ledger.year_end", lang)}}});
}

}  // namespace wkr::cli
