// Reading CSV text with libcsv (RFC 4180 quoting), keeping the line each record starts on so every
// bad row can be reported by its line number; the header row read by column name; the data rows
// read one by one with every problem collected as "line N: …".
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "wkr/decimal.hpp"

namespace wkr::detail {

struct CsvRecord {
  int line = 0;  ///< 1-based line of the record's first character
  std::vector<std::string> fields;
};

/// The records of `text`; blank lines and rows of only empty fields are left out. Throws
/// Error(parse) naming `source` and the line for malformed quoting.
[[nodiscard]] std::vector<CsvRecord> parse_csv(std::string_view text, const std::string& source);

/// Column name → index, from the header row. Unknown, duplicate and missing columns are reported
/// together in one Error(invalid_argument) naming the line and the header expected; so is an
/// empty file. Used by the readers of whole texts and by the streaming evaluation alike.
class CsvHeader {
 public:
  /// From the first record of `records` (Error when there is none).
  CsvHeader(const std::string& source, const std::vector<CsvRecord>& records, const std::vector<std::string>& required,
            const std::vector<std::string>& optional);
  /// From a header row read on its own, at `line`.
  CsvHeader(const std::string& source, int line, const std::vector<std::string>& names,
            const std::vector<std::string>& required, const std::vector<std::string>& optional);

  /// The header a text must start with, for the message of an empty text.
  [[nodiscard]] static std::string expected(const std::vector<std::string>& required);

  [[nodiscard]] std::size_t width() const { return width_; }

  /// The index of `column`, or none when the header does not have it.
  [[nodiscard]] std::optional<std::size_t> index(std::string_view column) const;

  /// The field of `column` in `fields`, or nothing when the column is absent or the field empty.
  [[nodiscard]] std::optional<std::string_view> field(const std::vector<std::string>& fields,
                                                      std::string_view column) const {
    const auto i = index(column);
    if (!i || fields[*i].empty()) return std::nullopt;
    return fields[*i];
  }
  [[nodiscard]] std::optional<std::string> field(const CsvRecord& record, std::string_view column) const {
    const auto text = field(record.fields, column);
    return text ? std::optional<std::string>(*text) : std::nullopt;
  }

 private:
  std::vector<std::pair<std::string, std::size_t>> columns_;
  std::size_t width_ = 0;
};

/// Runs `read` on every data row, collecting "line N: problem" in `problems` for each problem it
/// reports; only rows without a problem are returned.
template <class T, class Read>
std::vector<T> read_rows(const std::vector<CsvRecord>& records, const CsvHeader& header,
                         std::vector<std::string>& problems, Read read) {
  std::vector<T> out;
  for (std::size_t r = 1; r < records.size(); ++r) {
    const CsvRecord& record = records[r];
    const std::string where = "line " + std::to_string(record.line);
    if (record.fields.size() != header.width()) {
      problems.push_back(where + ": " + std::to_string(record.fields.size()) + " fields, the header has " +
                         std::to_string(header.width()));
      continue;
    }
    std::vector<std::string> row_problems;
    T value = read(record, where, row_problems);
    for (const auto& p : row_problems) problems.push_back(where + ": " + p);
    if (row_problems.empty()) out.push_back(std::move(value));
  }
  return out;
}

/// A yes/no field: yes/true/1 or no/false/0; nothing for any other text.
[[nodiscard]] std::optional<bool> parse_yes_no(std::string_view text);

/// A decimal field, or nothing and a problem saying what was wrong with it (`what` names it).
[[nodiscard]] std::optional<Decimal> decimal_field(std::optional<std::string_view> text, const std::string& what,
                                                   std::vector<std::string>& problems);

}  // namespace wkr::detail
