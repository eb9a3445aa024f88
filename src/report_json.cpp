// The annual report as JSON (wkr/report.hpp): the figures written exactly as `settle`, `evaluate`
// and `ledger` write them (their own to_json), in an order a person reads — year and totals first,
// the explanation last.
#include <nlohmann/json.hpp>

#include "wkr/allowances/json.hpp"
#include "wkr/json.hpp"
#include "wkr/report.hpp"

namespace wkr {

using nlohmann::json;
using nlohmann::ordered_json;

namespace {

/// An employee's totals and customary test, as `evaluate` writes them, without the items.
ordered_json employee_json(const json& evaluated) {
  ordered_json out{{"employee", evaluated["employee"]}};
  for (const auto& [key, value] : evaluated.items()) {
    if (key != "employee" && key != "items" && key != "customary_test") out[key] = value;
  }
  out["safe_harbour"] = evaluated["customary_test"]["safe_harbour"];
  out["safe_harbour_applies"] = evaluated["customary_test"]["safe_harbour_applies"];
  return out;
}

ordered_json rounding_json(const ReportRounding& r) {
  return ordered_json{{"rule", r.rule},
                      {"before", r.rounding.before.to_string()},
                      {"decimals", r.rounding.decimals},
                      {"mode", std::string(to_string(r.rounding.mode))},
                      {"result", r.result.to_string()}};
}

}  // namespace

ordered_json to_json(const Report& report) {
  const json settlement = to_json(report.settlement);
  const json evaluation = to_json(report.evaluation);
  ordered_json out{{"year", report.year}};
  for (const char* key :
       {"wage_bill", "free_space", "designated", "excess", "final_levy", "final_levy_return", "due"}) {
    out[key] = settlement.at(key);
  }
  out["categories"] = to_json(report.evaluation.totals);
  ordered_json by_category = ordered_json::array();
  for (const CategoryTotals& c : report.categories) {
    ordered_json entry{
        {"category", std::string(to_string(c.category))}, {"items", c.items}, {"amount", json_money(c.amount)}};
    const json parts = to_json(c.parts);
    for (const auto& [key, value] : parts.items()) entry[key] = value;
    by_category.push_back(std::move(entry));
  }
  out["item_categories"] = std::move(by_category);
  out["rows"] = evaluation.at("rows");
  ordered_json flags = ordered_json::array();
  ordered_json employees = ordered_json::array();
  for (const json& employee : evaluation.at("employees")) {
    ordered_json entry = employee_json(employee);
    if (entry["customary_review"].get<bool>()) {
      flags.push_back(ordered_json{{"employee", entry["employee"]},
                                   {"designated", entry["designated"]},
                                   {"safe_harbour", entry["safe_harbour"]},
                                   {"safe_harbour_applies", entry["safe_harbour_applies"]}});
    }
    employees.push_back(std::move(entry));
  }
  out["flags"] = std::move(flags);
  out["employees"] = std::move(employees);
  ordered_json roundings = ordered_json::array();
  for (const ReportRounding& r : report.roundings) roundings.push_back(rounding_json(r));
  out["roundings"] = std::move(roundings);
  if (report.ledger) {
    const json ledger = to_json(*report.ledger);
    out["strategy"] = ledger.at("strategy");
    out["periods"] = ledger.at("periods");
    out["year_end"] = ledger.at("totals");
  }
  ordered_json inputs = ordered_json::array();
  for (const ReportInput& input : report.inputs) {
    inputs.push_back(
        ordered_json{{"role", input.role}, {"name", input.name}, {"sha256", input.sha256}, {"bytes", input.bytes}});
  }
  out["inputs"] = std::move(inputs);
  out["receipt"] = to_json(report.receipt);
  out["explanation"] = to_json(report.explanation);
  return out;
}

}  // namespace wkr
