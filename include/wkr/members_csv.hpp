// wkr — reading the members of a group scheme (concernregeling, art. 32 Wet LB 1964) from CSV: one
// row per member with its wage bill, whether it was in the group the whole year, and for the
// settlement its designated amount and its weight in the group's own key (format in
// docs/group-scheme.md). Every bad row is reported with its line number — all of them in one error —
// and nothing is returned when any row is bad.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "wkr/csv_format.hpp"
#include "wkr/free_space.hpp"

namespace wkr {

/// The members of CSV text with the header `name,wage_bill` and optionally `whole_year`,
/// `designated` and `allocation_weight` (columns in any order): `wage_bill` a plain decimal;
/// `whole_year` yes/no (also true/false, 1/0; empty: yes); `designated` and `allocation_weight`
/// plain decimals or empty (not given). An empty name is "member N" as in every group call.
/// `source` names the text in messages (a file name). Throws Error(invalid_argument) listing every
/// bad row as "line N: …", or Error(parse) for malformed quoting.
/// `format`: the delimiter and decimal separator (wkr/csv_format.hpp; by default found in the text);
/// column names in any case or in Dutch (docs/cli.md).
[[nodiscard]] std::vector<GroupMember> read_members_csv(std::string_view text, const std::string& source,
                                                        const CsvFormat& format = {});

}  // namespace wkr
