// The reader of the ledger's request: {"command": "ledger", "year": …, "periods_csv": "…"} with the
// options of docs/ledger.md (on the command line --periods FILE). Registered in request.cpp.
#pragma once

#include "request_fields.hpp"
#include "wkr/request.hpp"

namespace wkr::detail {

Request read_ledger(RequestFields& fields);

}  // namespace wkr::detail
