// The readers of the requests of the group scheme as the law has it and of the wage bill:
// free-space and settle with "members" (each with its name, wage bill, whole year and — for settle
// — designated amount and allocation weight), and wage-bill (keys in docs/group-scheme.md).
// Registered in request.cpp.
#pragma once

#include "request_fields.hpp"
#include "wkr/request.hpp"

namespace wkr::detail {

/// Whether a free-space or settle request describes its group by "members" or asks for something
/// only such a group has (filing_member, allocation_key); then the readers below read it.
[[nodiscard]] bool is_group_scheme_request(RequestFields& fields);

Request read_group_free_space(RequestFields& fields);
Request read_group_settle(RequestFields& fields);
Request read_wage_bill(RequestFields& fields);

}  // namespace wkr::detail
