// wkr — how a CSV input is written: the delimiter between its fields and the decimal separator of
// its amounts (docs/cli.md, "CSV files"). Every CSV the library reads (items, calendar, periods,
// members, payroll, population, marginal rates) takes one; the default finds both in the file.
#pragma once

#include <string_view>

namespace wkr {

/// The decimal separator of a CSV's amounts.
enum class DecimalSeparator {
  /// As the file shows it: a ';' file (a Dutch spreadsheet's export) writes a decimal comma; in any
  /// other file an amount that reads two ways ("1.000": one thousand, or one with three decimals)
  /// is refused, never guessed.
  from_file,
  point,  ///< 12.50
  comma,  ///< 12,50
};

struct CsvFormat {
  /// ',', ';' or '\t'; 0: the one of the three the header line holds (',' when it holds none).
  char delimiter = 0;
  DecimalSeparator decimal = DecimalSeparator::from_file;
};

/// The delimiter `text` names: ",", ";", "tab" (or a tab character). Throws Error(invalid_argument)
/// for anything else.
[[nodiscard]] char parse_delimiter(std::string_view text);

}  // namespace wkr
