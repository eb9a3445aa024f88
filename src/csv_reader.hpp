// Reading CSV text with libcsv (RFC 4180 quoting), keeping the line each record starts on so every
// bad row can be reported by its line number.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace wkr::detail {

struct CsvRecord {
  int line = 0;  ///< 1-based line of the record's first character
  std::vector<std::string> fields;
};

/// The records of `text`; blank lines and rows of only empty fields are left out. Throws
/// Error(parse) naming `source` and the line for malformed quoting.
[[nodiscard]] std::vector<CsvRecord> parse_csv(std::string_view text, const std::string& source);

}  // namespace wkr::detail
