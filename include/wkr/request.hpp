// wkr — one calculation described as JSON: the same inputs as the wkr command, the same result
// object as `wkr … --json`. The C API's JSON entry point, the golden tests and scripting all go
// through here, so every front end answers a question the same way.
//
// Request: {"command": "settle", "year": 2025, "wage_bill": ["500000"], "designated": "14180"}.
// Keys are the command's long options with '_' for '-'. Amounts are JSON strings holding plain
// decimals ("14180.50") or JSON integers; a JSON number with a fraction or exponent is refused,
// because it would have passed through binary floating point. docs/cli.md lists the commands.
#pragma once

#include <nlohmann/json.hpp>

#include "wkr/parameters.hpp"

namespace wkr {

/// Computes one request with `parameters`; returns the result object (with "explanation" and
/// "receipt"). Throws wkr::Error: invalid_argument naming the key for a missing, unknown or
/// malformed input, and whatever the rule itself reports.
[[nodiscard]] nlohmann::json evaluate_request(const Parameters& parameters, const nlohmann::json& request);

}  // namespace wkr
