// wkr — the results of the policy engine as JSON, with the conventions of wkr/json.hpp: money as
// strings with at least two decimals (exact: a levy share may have three), counts and distances as
// exact decimal strings, the receipt and the explanation of every result. The keys are listed in
// docs/policy.md.
#pragma once

#include <nlohmann/json.hpp>

#include "wkr/policy/budget.hpp"
#include "wkr/policy/levy_or_wage.hpp"
#include "wkr/policy/scenario.hpp"

namespace wkr {

[[nodiscard]] nlohmann::json to_json(const Budget& result);
[[nodiscard]] nlohmann::json to_json(const LevyOrWage& result);
/// `employees`: include every employee's figures under every policy (large for a big population).
[[nodiscard]] nlohmann::json to_json(const Scenario& result, bool employees = false);

}  // namespace wkr
