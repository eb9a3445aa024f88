// wkr — reading the periods CSV of the ledger (ledger.hpp; format in docs/ledger.md): one row per
// return period with its wage bill, its designated amount and optionally the levy declared in it.
// Parsed with libcsv; every bad row is reported with its line number — all of them in one error —
// and nothing is returned when any row is bad, so a partial year is never taken for a whole one.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "wkr/csv_format.hpp"
#include "wkr/ledger.hpp"

namespace wkr {

/// The periods of one year from CSV text with the header `period,wage_bill,designated` and an
/// optional `levy_paid` column (columns in any order). Every period of `length` (1–12 monthly,
/// 1–13 four-weekly) must appear exactly once; the result is in period order. `source` names the
/// text in messages (a file name). Throws Error(invalid_argument) listing every problem — "line N:
/// …" for a bad row (an empty, malformed, out-of-range or repeated period; an empty, malformed or
/// negative amount; a levy paid that is not whole euros) and the periods missing — or Error(parse)
/// for malformed quoting or UTF-16.
/// `format`: the delimiter and decimal separator (wkr/csv_format.hpp; by default found in the text);
/// column names in any case or in Dutch (docs/cli.md).
[[nodiscard]] std::vector<PeriodInput> read_periods_csv(std::string_view text, const std::string& source,
                                                        PeriodLength length, const CsvFormat& format = {});

}  // namespace wkr
