// wkr — the results of the targeted exemptions as JSON, with the conventions of json.hpp: money as
// strings with at least two decimals, day counts and distances as exact decimal strings, and the
// explanation and receipt of every result.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "wkr/allowances/evaluation.hpp"
#include "wkr/allowances/fixed_commute.hpp"
#include "wkr/allowances/home_working.hpp"
#include "wkr/allowances/same_day.hpp"
#include "wkr/allowances/travel.hpp"

namespace wkr {

[[nodiscard]] nlohmann::json to_json(const HomeWorking& result);
[[nodiscard]] nlohmann::json to_json(const TravelByKm& result);
[[nodiscard]] nlohmann::json to_json(const PublicTransport& result);
[[nodiscard]] nlohmann::json to_json(const FixedCommute& result);
[[nodiscard]] nlohmann::json to_json(const SameDay& result);
[[nodiscard]] nlohmann::json to_json(const ItemTreatment& result);
[[nodiscard]] nlohmann::json to_json(const Evaluation& result);
/// One employee of an Evaluation as to_json(Evaluation) writes it in "employees" (a stream writes
/// them one at a time).
[[nodiscard]] nlohmann::json to_json(const EmployeeEvaluation& employee);
/// The six parts added up (and exempt, their exempt sum), as an evaluation's totals are written.
[[nodiscard]] nlohmann::json to_json(const Totals& totals);

/// One employee of an evaluation written as text, without building a JSON tree (a stream of a
/// million rows writes each employee as it completes): the bytes are those of
/// to_json(EmployeeEvaluation) dumped without indentation — one line, as `wkr evaluate --json`
/// writes an employee. First each item: append_item_json() adds it to `items` (after a comma unless
/// `items` is empty); then append_employee_json() writes the employee's object with those items.
void append_item_json(std::string& items, const Item& item, const ItemTreatment& treatment);
void append_employee_json(std::string& out, std::string_view employee, const Totals& totals,
                          const CustomaryTest& customary, std::string_view items);

}  // namespace wkr
