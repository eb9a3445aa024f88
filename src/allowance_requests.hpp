// The readers of the requests of the targeted exemptions: home-working, commute, same-day and
// evaluate (keys = the command's long options with '_' for '-'; docs/cli.md). Registered in
// request.cpp with the other commands.
#pragma once

#include "request_fields.hpp"
#include "wkr/request.hpp"

namespace wkr::detail {

Request read_home_working(RequestFields& fields);
Request read_commute(RequestFields& fields);
Request read_same_day(RequestFields& fields);
Request read_evaluate(RequestFields& fields);

// Keys that free-space, settle and evaluate share (request.cpp).

/// "wage_bill": one employer's wage bill or those of the members of a group scheme, who are named
/// "member N" (member_name()); none when absent.
std::vector<GroupMember> wage_bills(RequestFields& fields);
/// "free_space_rounding": the free space's rounding.
FreeSpaceOptions free_space_options(RequestFields& fields);

}  // namespace wkr::detail
