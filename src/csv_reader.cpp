// Reading CSV text with libcsv (csv_reader.hpp): records with the line each starts on, and a
// message that says what is wrong and where when the quoting is malformed.
#include "csv_reader.hpp"

#include <csv.h>

#include <algorithm>
#include <string>

#include "wkr/error.hpp"

namespace wkr::detail {

namespace {

struct State {
  std::vector<CsvRecord> records;
  std::vector<std::string> fields;
  int line = 1;
  int record_line = 0;
  bool in_record = false;
};

void on_field(void* data, std::size_t size, void* user) {
  auto* state = static_cast<State*>(user);
  state->fields.emplace_back(static_cast<const char*>(data), size);
}

void on_record(int /*terminator*/, void* user) {
  auto* state = static_cast<State*>(user);
  const bool blank =
      std::all_of(state->fields.begin(), state->fields.end(), [](const std::string& f) { return f.empty(); });
  if (!blank) state->records.push_back(CsvRecord{state->record_line, std::move(state->fields)});
  state->fields.clear();
  state->in_record = false;
}

/// Where the reader is in the quoting of a field, to say what is wrong when libcsv refuses a byte
/// (its own message, "error parsing data while strict checking enabled", says neither what nor where).
struct Quoting {
  enum { field_start, unquoted, quoted, quote_in_quoted } state = field_start;
  int opened_line = 0;    ///< where the last quoted field opened
  int opened_column = 0;

  /// Why strict CSV refuses `c` here.
  [[nodiscard]] std::string why_refused(char c) const {
    if (state == unquoted && c == '"') {
      return "a quote (\") inside a field that does not start with one";
    }
    if (state == quote_in_quoted) {
      return "'" + std::string(1, c) + "' after the closing quote of a field, where a comma or the end of the line "
                                       "must follow";
    }
    return "'" + std::string(1, c) + "' is not allowed here";
  }

  void read(char c, int line, int column) {
    switch (state) {
      case field_start:
        if (c == '"') {
          state = quoted;
          opened_line = line;
          opened_column = column;
        } else if (c != ',' && c != '\n' && c != '\r' && c != ' ' && c != '\t') {
          state = unquoted;
        }
        break;
      case unquoted:
        if (c == ',' || c == '\n') state = field_start;
        break;
      case quoted:
        if (c == '"') state = quote_in_quoted;
        break;
      case quote_in_quoted:
        if (c == '"') {
          state = quoted;  // "" is a quote inside the field
        } else if (c == ',' || c == '\n') {
          state = field_start;
        }
        break;
    }
  }
};

/// libcsv's own notion of space: leading spaces and tabs of an unquoted field are skipped, so a
/// line of only spaces starts no record.
bool starts_record(unsigned char c) { return c != ' ' && c != '\t' && c != '\r' && c != '\n'; }

}  // namespace

std::vector<CsvRecord> parse_csv(std::string_view text, const std::string& source) {
  csv_parser parser;
  if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0) {
    throw Error(ErrorCode::io, "cannot start the CSV reader for " + source);
  }
  State state;
  Quoting quoting;
  int column = 0;  // of the byte being read, in characters
  auto fail = [&](int line, const std::string& what) {
    csv_free(&parser);
    return Error(ErrorCode::parse, source + ": line " + std::to_string(line) + ": malformed CSV" + what +
                                       "; quote a field that holds a comma, quote or line break with \"…\" and "
                                       "write a quote inside it as two quotes");
  };
  // A byte-order mark (spreadsheets write one) is not part of the first column's name.
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  // One byte at a time, so the line a record starts on is known when libcsv reports it.
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte & 0xC0) != 0x80) ++column;  // a UTF-8 continuation byte is part of the character before
    if (!state.in_record && starts_record(byte)) {
      state.in_record = true;
      state.record_line = state.line;
    }
    if (csv_parse(&parser, &c, 1, on_field, on_record, &state) != 1) {
      throw fail(state.line, " at column " + std::to_string(column) + ": " + quoting.why_refused(c));
    }
    quoting.read(c, state.line, column);
    if (byte == '\n') {
      ++state.line;
      column = 0;
    }
  }
  if (csv_fini(&parser, on_field, on_record, &state) != 0) {
    throw fail(quoting.opened_line, ": the quoted field opened at column " + std::to_string(quoting.opened_column) +
                                        " is not closed by the end of the text");
  }
  csv_free(&parser);
  return std::move(state.records);
}

namespace {

/// The header row of `records`: Error(invalid_argument) when there is none.
const CsvRecord& first_record(const std::string& source, const std::vector<CsvRecord>& records,
                              const std::vector<std::string>& required) {
  if (records.empty()) {
    throw Error(ErrorCode::invalid_argument,
                source + " is empty; its first row is the header " + CsvHeader::expected(required));
  }
  return records.front();
}

}  // namespace

CsvHeader::CsvHeader(const std::string& source, const std::vector<CsvRecord>& records,
                     const std::vector<std::string>& required, const std::vector<std::string>& optional)
    : CsvHeader(source, first_record(source, records, required).line, records.front().fields, required, optional) {}

CsvHeader::CsvHeader(const std::string& source, int line, const std::vector<std::string>& names,
                     const std::vector<std::string>& required, const std::vector<std::string>& optional) {
  std::vector<std::string> problems;
  for (std::size_t i = 0; i < names.size(); ++i) {
    const std::string& name = names[i];
    const bool known = std::find(required.begin(), required.end(), name) != required.end() ||
                       std::find(optional.begin(), optional.end(), name) != optional.end();
    if (!known) {
      std::string all = expected(required);
      for (const auto& o : optional) all += "," + o;
      problems.push_back("unknown column '" + name + "'; the columns are " + all);
    } else if (index(name)) {
      problems.push_back("column '" + name + "' appears twice");
    } else {
      columns_.emplace_back(name, i);
    }
  }
  for (const auto& name : required) {
    if (!index(name)) problems.push_back("the header lacks the column '" + name + "'");
  }
  if (!problems.empty()) {
    std::string message = source + ": line " + std::to_string(line) + ": ";
    for (std::size_t i = 0; i < problems.size(); ++i) message += (i ? "; " : "") + problems[i];
    throw Error(ErrorCode::invalid_argument, message + " (the header is " + expected(required) + ")");
  }
  width_ = names.size();
}

std::string CsvHeader::expected(const std::vector<std::string>& required) {
  std::string names;
  for (const auto& name : required) names += (names.empty() ? "" : ",") + name;
  return names;
}

std::optional<std::size_t> CsvHeader::index(std::string_view column) const {
  for (const auto& [name, i] : columns_) {
    if (name == column) return i;
  }
  return std::nullopt;
}

std::optional<bool> parse_yes_no(std::string_view text) {
  if (text == "yes" || text == "true" || text == "1") return true;
  if (text == "no" || text == "false" || text == "0") return false;
  return std::nullopt;
}

std::optional<Decimal> decimal_field(std::optional<std::string_view> text, const std::string& what,
                                     std::vector<std::string>& problems) {
  if (!text) return std::nullopt;
  try {
    return Decimal::parse(*text);
  } catch (const Error&) {
    problems.push_back(what + " '" + std::string(*text) +
                       "' is not a plain decimal (write e.g. 120.50: digits, '.', no comma)");
    return std::nullopt;
  }
}

}  // namespace wkr::detail
