#include "wkr/json.hpp"

namespace wkr {

using nlohmann::json;

namespace {
/// Money as a JSON string: at least two decimals ("4000.00"); an amount with more decimals keeps
/// them all, since padding is exact and rounding would hide a digit.
std::string money(const Decimal& amount) {
  return amount.scale() >= 2 ? amount.to_string() : amount.rounded(2, Rounding::half_up).to_string();
}
}  // namespace

json to_json(const Receipt& receipt) {
  return json{{"library_version", receipt.library_version},
              {"parameters_digest", receipt.parameters_digest},
              {"parameters_sources", receipt.sources}};
}

json to_json(const UsedParameter& p) {
  return json{{"name", p.name},
              {"value", p.value},
              {"unit", p.unit},
              {"effective_from", p.effective_from},
              {"reference", p.reference},
              {"source", p.source},
              {"confidence", p.confidence},
              {"location", p.location}};
}

json to_json(const Explanation& explanation) {
  json steps = json::array();
  for (const Step& step : explanation.steps) {
    json inputs = json::object();
    for (const Quantity& q : step.inputs) inputs[q.name] = q.value.to_string();
    json parameters = json::array();
    for (const UsedParameter& p : step.parameters) parameters.push_back(to_json(p));
    json entry{{"rule", step.rule},
               {"reference", step.reference},
               {"formula", step.formula},
               {"inputs", inputs},
               {"parameters", parameters},
               {"result", {{"name", step.result.name}, {"value", step.result.value.to_string()}}}};
    if (step.rounding) {
      entry["rounding"] = {{"before", step.rounding->before.to_string()},
                           {"decimals", step.rounding->decimals},
                           {"mode", std::string(to_string(step.rounding->mode))}};
    }
    steps.push_back(std::move(entry));
  }
  return steps;
}

json to_json(const FreeSpace& result) {
  return json{{"year", result.year},
              {"wage_bill", money(result.wage_bill)},
              {"free_space", money(result.free_space)},
              {"receipt", to_json(result.explanation.receipt)},
              {"explanation", to_json(result.explanation)}};
}

namespace {
/// The figures of a settlement, without its year and trail.
json settlement_figures(const Settlement& result) {
  return json{{"wage_bill", money(result.wage_bill)},
              {"free_space", money(result.free_space)},
              {"designated", money(result.designated)},
              {"excess", money(result.excess)},
              {"final_levy", money(result.final_levy)},
              {"final_levy_return", result.final_levy_return.to_string()},
              {"due", {{"year", result.due.year}, {"period", result.due.period}}}};
}
}  // namespace

json to_json(const Settlement& result) {
  json out = settlement_figures(result);
  out["year"] = result.year;
  out["receipt"] = to_json(result.explanation.receipt);
  out["explanation"] = to_json(result.explanation);
  return out;
}

json to_json(const LedgerRow& row) {
  json out{{"period", row.period},
           {"wage_bill", money(row.wage_bill)},
           {"wage_bill_cumulative", money(row.wage_bill_cumulative)},
           {"free_space_cumulative", money(row.free_space_cumulative)},
           {"designated", money(row.designated)},
           {"designated_cumulative", money(row.designated_cumulative)},
           {"free_space_left", money(row.free_space_left)},
           {"excess_cumulative", money(row.excess_cumulative)},
           {"levy_declared", money(row.levy_declared)}};
  if (row.free_space_estimate) out["free_space_estimate"] = money(*row.free_space_estimate);
  return out;
}

json to_json(const YearEnd& totals) {
  json out = settlement_figures(totals.settlement);
  out["levy_paid"] = money(totals.levy_paid);
  out["correction"] = money(totals.correction);
  return out;
}

json to_json(const LedgerYear& result) {
  json periods = json::array();
  for (const LedgerRow& row : result.rows) periods.push_back(to_json(row));
  return json{{"year", result.year},
              {"strategy", std::string(to_string(result.options.strategy))},
              {"periods", std::move(periods)},
              {"totals", to_json(result.totals)},
              {"receipt", to_json(result.explanation.receipt)},
              {"explanation", to_json(result.explanation)}};
}

}  // namespace wkr
