// The readers of the requests of the policy engine (docs/policy.md): budget, levy-or-wage and
// scenario. Keys are the command's long options with '_' for '-'; a file is, in JSON, its text
// (`population_csv`, `policy_yaml`, `items_csv`, `rates_csv`) with an optional name for messages
// (`population_file`, …), on the command line its path. Registered in request.cpp.
#pragma once

#include "request_fields.hpp"
#include "wkr/request.hpp"

namespace wkr::detail {

Request read_budget(RequestFields& fields);
Request read_levy_or_wage(RequestFields& fields);
Request read_scenario(RequestFields& fields);

/// levy-or-wage: the free space left, the items evaluated, each employee's designated total
/// joined with his marginal rate, and the allocation (request.cpp's compute()).
[[nodiscard]] LevyOrWage compute_levy_or_wage(const Parameters& parameters, const LevyOrWageRequest& request,
                                              Explain explain);

}  // namespace wkr::detail
