// wkr — reading the CSV inputs of the targeted exemptions: the items of `wkr evaluate` and the
// day calendar of `wkr same-day` (formats in docs/cli.md). The text is parsed with libcsv; every
// bad row is reported with its line number — all of them in one error — and nothing is returned
// when any row is bad, so a partial file is never taken for a whole one.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "wkr/allowances/items.hpp"
#include "wkr/allowances/same_day.hpp"
#include "wkr/csv_format.hpp"

namespace wkr {

/// Items from CSV text with the header `employee,category,amount,quantity` (columns in any order,
/// names in any case or in Dutch: medewerker,categorie,bedrag,aantal;
/// an optional `treatment` column holds designate or wage, an optional `own_contribution` column
/// what the employee pays towards the item). `source` names the text in messages
/// (a file name). Throws Error(invalid_argument) listing every bad row as "line N: …", or
/// Error(parse) for malformed quoting or UTF-16. `company_bicycle_designation`: see EvaluationOptions;
/// `format`: the delimiter and decimal separator (by default found in the text).
[[nodiscard]] std::vector<Item> read_items_csv(std::string_view text, const std::string& source,
                                               bool company_bicycle_designation = true, const CsvFormat& format = {});

/// A calendar of days from CSV text with the header `date,kind` and an optional `business_km`
/// column; every day must fall in `year`. Errors as read_items_csv.
[[nodiscard]] std::vector<CalendarDay> read_calendar_csv(std::string_view text, const std::string& source, int year,
                                                         const CsvFormat& format = {});

}  // namespace wkr
