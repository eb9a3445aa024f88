// The ledger as a JSON request: the periods CSV as text, the year and the options (docs/ledger.md).
#include "ledger_request.hpp"

#include "wkr/json.hpp"
#include "wkr/periods_csv.hpp"

namespace wkr::detail {

nlohmann::json ledger_request(const Parameters& parameters, RequestFields& fields) {
  const int year = fields.integer("year");
  const PeriodLength length = fields.flag("four_weekly") ? PeriodLength::four_weeks : PeriodLength::month;
  LedgerOptions options;
  if (auto text = fields.optional_string("strategy")) options.strategy = parse_levy_strategy(*text);
  if (auto text = fields.optional_string("basis")) options.basis = parse_levy_basis(*text);
  if (auto text = fields.optional_string("threshold_to_date")) options.threshold = parse_threshold_to_date(*text);
  if (auto text = fields.optional_string("free_space_rounding")) options.free_space.rounding = parse_rounding(*text);
  const std::optional<Decimal> estimate = fields.optional_decimal("estimated_wage_bill");
  const nlohmann::json& csv = fields.required("periods_csv");
  if (!csv.is_string()) throw fields.bad("periods_csv", "must be the CSV text as a string");
  fields.reject_unknown();
  std::vector<PeriodInput> periods = read_periods_csv(csv.get<std::string>(), "periods_csv", length);
  // The estimate of the year's wage bill is in force from period 1 (the CSV holds none).
  if (estimate) periods.front().estimated_wage_bill = estimate;
  return to_json(ledger(parameters, year, length, periods, options, Explain::yes));
}

}  // namespace wkr::detail
