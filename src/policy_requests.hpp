// The JSON requests of the policy engine (docs/policy.md): budget, levy-or-wage and scenario. Keys
// are the command's long options with '_' for '-'; a file the command reads is passed as its text
// (`population_csv`, `policy_yaml`, `items_csv`, `rates_csv`) with its name for messages. Registered
// in request.cpp.
#pragma once

#include <nlohmann/json.hpp>

#include "request_fields.hpp"
#include "wkr/parameters.hpp"

namespace wkr::detail {

nlohmann::json budget_request(const Parameters& parameters, RequestFields& fields);
nlohmann::json levy_or_wage_request(const Parameters& parameters, RequestFields& fields);
nlohmann::json scenario_request(const Parameters& parameters, RequestFields& fields);

}  // namespace wkr::detail
