// The one CSV reader of wkr (libcsv, RFC 4180 quoting): every CSV input — whole texts and the
// streaming items evaluation alike — goes through CsvReader, which refuses UTF-16, drops a UTF-8
// byte-order mark, finds the delimiter in the header line, knows the line each record starts on and
// says what is wrong and where when the quoting is malformed. Then the header row read by column name
// (any case, English or Dutch names), the data rows read one by one with every problem collected as
// "line N: …", and amounts read with the file's decimal separator (an amount that reads two ways is
// refused, never guessed).
#pragma once

#include <csv.h>

#include <exception>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "utf8.hpp"
#include "wkr/allowances/common.hpp"
#include "wkr/csv_format.hpp"
#include "wkr/decimal.hpp"

namespace wkr::detail {

/// The decimal separator of a file once read: known, or not (then amounts that read two ways are refused).
enum class DecimalMark { unknown, point, comma };

/// How a file turned out to be written.
struct CsvDialect {
  char delimiter = ',';
  DecimalMark decimal = DecimalMark::unknown;
};

/// Where CsvReader hands its records: `fields` are valid during the call only. Rows of only empty
/// fields and blank lines are not handed over.
class CsvRecordSink {
 public:
  virtual ~CsvRecordSink() = default;
  virtual void record(int line, std::span<const std::string> fields) = 0;
};

/// Reads CSV bytes fed in chunks of any size (the whole text, or a stream). Throws Error(parse) for
/// malformed quoting and for a text that is not UTF-8 (UTF-16, or a byte that is not UTF-8); an exception a sink throws leaves
/// feed() or finish() unchanged.
class CsvReader {
 public:
  CsvReader(std::string source, const CsvFormat& format, CsvRecordSink& sink);
  ~CsvReader();
  CsvReader(const CsvReader&) = delete;
  CsvReader& operator=(const CsvReader&) = delete;

  void feed(std::string_view bytes);
  void finish();

  /// The delimiter and decimal separator: known before the first record is handed over.
  [[nodiscard]] const CsvDialect& dialect() const { return dialect_; }
  [[nodiscard]] const std::string& source() const { return source_; }

 private:
  void start();  // the header line is in `head_`: the encoding, the byte-order mark, the delimiter
  void parse(std::string_view bytes);
  [[nodiscard]] Error malformed(std::string_view bytes, std::size_t at) const;
  void field(const char* data, std::size_t size);
  void record_end(int terminator);
  static void on_field(void* data, std::size_t size, void* user);
  static void on_record(int terminator, void* user);

  std::string source_;
  CsvFormat format_;
  CsvRecordSink& sink_;
  CsvDialect dialect_;
  csv_parser parser_{};
  std::string head_;  // the first bytes, kept until the header line is complete
  bool started_ = false;
  std::exception_ptr failure_;  // thrown in a callback, rethrown when libcsv returns
  Utf8Stream utf8_;             // every byte parsed is UTF-8

  int line_ = 1;                     // the line libcsv is on, from the records and fields it reported
  int record_line_ = 0;              // the line the current record started on
  std::vector<std::string> fields_;  // reused from record to record: no allocation per row
  std::size_t field_count_ = 0;
  int chunk_line_ = 1;    // the line and column (in characters) where the next chunk starts,
  int chunk_column_ = 0;  // for the message of malformed quoting
};

struct CsvRecord {
  int line = 0;  ///< 1-based line of the record's first character
  std::vector<std::string> fields;
};

/// The records of a whole text and how it is written.
struct CsvTable {
  std::vector<CsvRecord> records;
  CsvDialect dialect;
};

/// The records of `text` through CsvReader.
[[nodiscard]] CsvTable parse_csv(std::string_view text, const std::string& source, const CsvFormat& format);

/// Throws Error(parse) naming `source` when `head` (the first bytes of a file) is UTF-16 — a
/// byte-order mark, or NUL bytes — rather than UTF-8.
void require_not_utf16(std::string_view head, const std::string& source);

/// Column name → index, from the header row. Names are read in any case, with spaces or '-' for
/// '_', and in Dutch (docs/cli.md); unknown, duplicate and missing columns are reported together in
/// one Error(invalid_argument) naming the line and the header expected; so is an empty file.
class CsvHeader {
 public:
  /// From the first record of `table` (Error when there is none).
  CsvHeader(const std::string& source, const CsvTable& table, const std::vector<std::string>& required,
            const std::vector<std::string>& optional);
  /// From a header row read on its own, at `line`.
  CsvHeader(const std::string& source, int line, std::span<const std::string> names, DecimalMark decimal,
            const std::vector<std::string>& required, const std::vector<std::string>& optional);

  /// The header a text must start with, for the message of an empty text.
  [[nodiscard]] static std::string expected(const std::vector<std::string>& required);

  [[nodiscard]] std::size_t width() const { return width_; }
  [[nodiscard]] DecimalMark decimal_mark() const { return decimal_; }

  /// The index of `column` (its English name), or none when the header does not have it.
  [[nodiscard]] std::optional<std::size_t> index(std::string_view column) const;

  /// The field of `column` in `fields`, or nothing when the column is absent or the field empty.
  [[nodiscard]] std::optional<std::string_view> field(std::span<const std::string> fields,
                                                      std::string_view column) const {
    const auto i = index(column);
    if (!i || fields[*i].empty()) return std::nullopt;
    return fields[*i];
  }
  [[nodiscard]] std::optional<std::string> field(const CsvRecord& record, std::string_view column) const {
    const auto text = field(record.fields, column);
    return text ? std::optional<std::string>(*text) : std::nullopt;
  }

  /// The decimal in `column` of `record` (read_decimal), nothing when it is empty or absent.
  [[nodiscard]] std::optional<Decimal> decimal(const CsvRecord& record, std::string_view column,
                                               const std::string& what, std::vector<Phrase>& problems) const;

 private:
  std::vector<std::pair<std::string, std::size_t>> columns_;
  std::size_t width_ = 0;
  DecimalMark decimal_ = DecimalMark::unknown;
};

/// A row of `fields` fields where the header has `width`.
[[nodiscard]] inline Phrase field_count_problem(std::size_t fields, std::size_t width) {
  return say("error.csv.field_count", num(fields), num(width));
}

/// Runs `read` on every data row, collecting "line N: problem" in `problems` for each problem it
/// reports; only rows without a problem are returned.
template <class T, class Read>
std::vector<T> read_rows(const std::vector<CsvRecord>& records, const CsvHeader& header, std::vector<Phrase>& problems,
                         Read read) {
  std::vector<T> out;
  for (std::size_t r = 1; r < records.size(); ++r) {
    const CsvRecord& record = records[r];
    const std::string where = "line " + std::to_string(record.line);
    if (record.fields.size() != header.width()) {
      problems.push_back(allowance::at_origin(where, field_count_problem(record.fields.size(), header.width())));
      continue;
    }
    std::vector<Phrase> row_problems;
    T value = read(record, where, row_problems);
    for (auto& p : row_problems) problems.push_back(allowance::at_origin(where, std::move(p)));
    if (row_problems.empty()) out.push_back(std::move(value));
  }
  return out;
}

/// A yes/no field: yes/true/1 or no/false/0 (also ja/nee/waar/onwaar), any case; nothing for any other text.
[[nodiscard]] std::optional<bool> parse_yes_no(std::string_view text);

/// The decimal `text` written with the decimal separator `mark`, or nothing and a problem that names
/// the column (1-based `column`, `what` its meaning) and says what was wrong: a thousands separator,
/// the other decimal separator, or — when `mark` is unknown — an amount that reads two ways ("1.000"),
/// with both readings. Nothing (and no problem) for no text. No allocation on the way of a good field.
[[nodiscard]] std::optional<Decimal> read_decimal(std::optional<std::string_view> text, DecimalMark mark,
                                                  std::size_t column, std::string_view what,
                                                  std::vector<Phrase>& problems);

}  // namespace wkr::detail
