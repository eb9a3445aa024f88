// The ledger's request (ledger_request.hpp): the periods CSV, the year and the options (docs/ledger.md).
#include "ledger_request.hpp"

#include "allowance_requests.hpp"
#include "wkr/periods_csv.hpp"

namespace wkr::detail {

Request read_ledger(RequestFields& fields) {
  LedgerRequest r;
  r.year = fields.integer("year");
  r.length = fields.flag("four_weekly") ? PeriodLength::four_weeks : PeriodLength::month;
  if (auto text = fields.optional_string("strategy")) r.options.strategy = parse_levy_strategy(*text);
  if (auto text = fields.optional_string("basis")) r.options.basis = parse_levy_basis(*text);
  if (auto text = fields.optional_string("threshold_to_date")) r.options.threshold = parse_threshold_to_date(*text);
  r.options.free_space = free_space_options(fields);
  const std::optional<Decimal> estimate = fields.optional_amount("estimate");
  const std::optional<CsvText> csv = fields.csv("periods");
  if (!csv) {
    throw fields.misplaced(fields.syntax() == RequestSyntax::json ? "periods_csv" : "periods",
                           say("error.field.periods_required"));
  }
  if (r.options.basis == LevyBasis::estimate && !estimate) {
    throw fields.misplaced("estimate", say("error.field.estimate_required", fields.name("basis")));
  }
  r.periods = read_periods_csv(csv->text, csv->name, r.length, csv->format);
  // The estimate of the year's wage bill is in force from period 1 (the CSV holds none).
  if (estimate) r.periods.front().estimated_wage_bill = estimate;
  return r;
}

}  // namespace wkr::detail
