// The JSON request of the ledger: {"command": "ledger", "year": …, "periods_csv": "…"} with the
// options of docs/ledger.md. Registered in request.cpp.
#pragma once

#include <nlohmann/json.hpp>

#include "request_fields.hpp"
#include "wkr/parameters.hpp"

namespace wkr::detail {

nlohmann::json ledger_request(const Parameters& parameters, RequestFields& fields);

}  // namespace wkr::detail
