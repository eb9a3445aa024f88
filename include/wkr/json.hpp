// wkr — results as JSON (nlohmann::json). Money values are strings with their exact decimals;
// nothing passes through a binary floating-point number.
#pragma once

#include <nlohmann/json.hpp>

#include "wkr/explanation.hpp"
#include "wkr/free_space.hpp"
#include "wkr/group_scheme.hpp"
#include "wkr/wage_bill.hpp"

namespace wkr {

[[nodiscard]] nlohmann::json to_json(const Receipt& receipt);
[[nodiscard]] nlohmann::json to_json(const UsedParameter& parameter);
[[nodiscard]] nlohmann::json to_json(const Explanation& explanation);  ///< the list of steps
[[nodiscard]] nlohmann::json to_json(const FreeSpace& result);
[[nodiscard]] nlohmann::json to_json(const Settlement& result);
[[nodiscard]] nlohmann::json to_json(const GroupFreeSpace& result);   ///< the group's FreeSpace keys and more
[[nodiscard]] nlohmann::json to_json(const GroupSettlement& result);  ///< the group's Settlement keys and more
[[nodiscard]] nlohmann::json to_json(const WageBill& result);
[[nodiscard]] nlohmann::json to_json(const GroupWageBill& result);

}  // namespace wkr
