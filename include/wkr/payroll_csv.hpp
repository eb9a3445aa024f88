// wkr — reading the payroll for the wage bill from CSV: one row per employee (or per income
// relationship) with the fiscal wage of the year, column 14 of the payroll record, and whether it
// is wage from former employment (format in docs/group-scheme.md). Every bad row is reported with
// its line number — all of them in one error — and nothing is returned when any row is bad.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "wkr/csv_format.hpp"
#include "wkr/wage_bill.hpp"

namespace wkr {

/// The rows of CSV text with the header `employee,fiscal_wage,former` (columns in any order):
/// `employee` not empty, `fiscal_wage` a plain decimal (may be negative), `former` one of yes, no,
/// true, false, 1, 0. `source` names the text in messages (a file name). Throws
/// Error(invalid_argument) listing every bad row as "line N: …", or Error(parse) for malformed
/// quoting.
/// `format`: the delimiter and decimal separator (wkr/csv_format.hpp; by default found in the text);
/// column names in any case or in Dutch (docs/cli.md).
[[nodiscard]] std::vector<EmployeeWage> read_payroll_csv(std::string_view text, const std::string& source,
                                                         const CsvFormat& format = {});

}  // namespace wkr
