// The JSON requests of the targeted exemptions: home-working, commute, same-day and evaluate
// (keys = the command's long options with '_' for '-'; docs/cli.md). Registered in request.cpp.
#pragma once

#include <nlohmann/json.hpp>

#include "request_fields.hpp"
#include "wkr/parameters.hpp"

namespace wkr::detail {

nlohmann::json home_working_request(const Parameters& parameters, RequestFields& fields);
nlohmann::json commute_request(const Parameters& parameters, RequestFields& fields);
nlohmann::json same_day_request(const Parameters& parameters, RequestFields& fields);
nlohmann::json evaluate_items_request(const Parameters& parameters, RequestFields& fields);

}  // namespace wkr::detail
