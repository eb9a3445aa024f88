// The JSON requests of the group scheme as the law has it and of the wage bill: free-space and
// settle with "members" (each with its name, wage bill, whole year and — for settle — designated
// amount and allocation weight), and wage-bill (keys in docs/group-scheme.md). Called from
// request.cpp.
#pragma once

#include <nlohmann/json.hpp>

#include "request_fields.hpp"
#include "wkr/free_space.hpp"
#include "wkr/parameters.hpp"

namespace wkr::detail {

/// Whether a free-space or settle request describes its group by "members" or asks for something
/// only such a group has (filing_member, allocation_key); then the group_* requests below answer it.
[[nodiscard]] bool is_group_scheme_request(RequestFields& fields);

nlohmann::json group_free_space_request(const Parameters& parameters, RequestFields& fields, int year,
                                        const FreeSpaceOptions& options);
nlohmann::json group_settle_request(const Parameters& parameters, RequestFields& fields, int year,
                                    const FreeSpaceOptions& options);
nlohmann::json wage_bill_request(const Parameters& parameters, RequestFields& fields);

}  // namespace wkr::detail
