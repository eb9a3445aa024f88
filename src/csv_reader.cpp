// The one CSV reader of wkr (csv_reader.hpp): libcsv fed in chunks, the encoding and delimiter found
// in the header line, line numbers, messages that say what is wrong and where; header names; amounts
// with the file's decimal separator.
#include "csv_reader.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <string>

#include "wkr/error.hpp"
#include "wkr/phrase.hpp"

namespace wkr {

char parse_delimiter(std::string_view text) {
  if (text == "," || text == ";" || text == "\t") return text[0];
  if (text == "tab" || text == "\\t") return '\t';
  throw Error(ErrorCode::invalid_argument, say("error.csv.delimiter", std::string(text)));
}

namespace detail {

namespace {

/// How a delimiter is named in a message.
std::string delimiter_name(char delimiter) { return delimiter == '\t' ? "tab" : "'" + std::string(1, delimiter) + "'"; }

/// The characters of UTF-8 `bytes` (the bytes that do not continue a character).
int characters(std::string_view bytes) {
  return static_cast<int>(
      std::count_if(bytes.begin(), bytes.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";
constexpr std::size_t longest_header = 1 << 16;  // a header line longer than this is read as it is

/// The first line of `head` that holds more than spaces (the header), without its line break.
std::string_view header_line(std::string_view head) {
  while (!head.empty()) {
    const std::size_t end = head.find('\n');
    const std::string_view line = head.substr(0, end);
    if (line.find_first_not_of(" \t\r") != std::string_view::npos) return line;
    if (end == std::string_view::npos) break;
    head.remove_prefix(end + 1);
  }
  return {};
}

/// The delimiter the header line uses: the one of ',', ';' and tab it holds (outside quotes) most
/// often; ',' when it holds none. Error when two are held equally often: that is not a guess to make.
char found_delimiter(std::string_view line, const std::string& source) {
  std::array<int, 3> counts{};  // ',', ';', tab
  bool quoted = false;
  for (char c : line) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == ',') ++counts[0];
    if (c == ';') ++counts[1];
    if (c == '\t') ++counts[2];
  }
  const auto most = static_cast<std::size_t>(std::max_element(counts.begin(), counts.end()) - counts.begin());
  if (counts.at(most) == 0) return ',';
  if (std::count(counts.begin(), counts.end(), counts.at(most)) > 1) {
    throw Error(ErrorCode::parse, say("error.csv.delimiter_tie", source));
  }
  constexpr std::array<char, 3> delimiters = {',', ';', '\t'};
  return delimiters.at(most);
}

}  // namespace

void require_not_utf16(std::string_view head, const std::string& source) {
  const bool bom = head.substr(0, 2) == "\xFF\xFE" || head.substr(0, 2) == "\xFE\xFF";
  if (bom || head.substr(0, 512).find('\0') != std::string_view::npos) {
    throw Error(ErrorCode::parse, say(bom ? "error.csv.utf16" : "error.csv.utf16_nul", source));
  }
}

CsvReader::CsvReader(std::string source, const CsvFormat& format, CsvRecordSink& sink)
    : source_(std::move(source)), format_(format), sink_(sink) {
  // CSV_REPALL_NL: line breaks outside a record are reported too, so every line is counted.
  if (csv_init(&parser_, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL) != 0) {
    throw Error(ErrorCode::io, say("error.csv.reader", source_));
  }
}

CsvReader::~CsvReader() { csv_free(&parser_); }

void CsvReader::feed(std::string_view bytes) {
  if (started_) {
    parse(bytes);
    return;
  }
  // Until the header line is complete: it says the encoding and the delimiter.
  head_.append(bytes);
  const std::size_t content = head_.find_first_not_of(" \t\r\n");
  if (content != std::string::npos &&
      (head_.find('\n', content) != std::string::npos || head_.size() >= longest_header)) {
    start();
  }
}

void CsvReader::finish() {
  if (!started_) start();
  utf8_.check({}, true, source_);
  if (csv_fini(&parser_, on_field, on_record, this) != 0) {
    throw Error(ErrorCode::parse,
                say("error.csv.unclosed_quote", source_, num(field_count_ > 0 ? record_line_ : line_)));
  }
  if (failure_) std::rethrow_exception(std::exchange(failure_, nullptr));
}

void CsvReader::start() {
  started_ = true;
  require_not_utf16(head_, source_);
  std::string_view text = head_;
  // A byte-order mark (spreadsheets write one) is not part of the first column's name.
  if (text.substr(0, byte_order_mark.size()) == byte_order_mark) text.remove_prefix(byte_order_mark.size());
  dialect_.delimiter = format_.delimiter != 0 ? format_.delimiter : found_delimiter(header_line(text), source_);
  switch (format_.decimal) {
    case DecimalSeparator::point: dialect_.decimal = DecimalMark::point; break;
    case DecimalSeparator::comma: dialect_.decimal = DecimalMark::comma; break;
    case DecimalSeparator::from_file:
      dialect_.decimal = dialect_.delimiter == ';' ? DecimalMark::comma : DecimalMark::unknown;
      break;
  }
  csv_set_delim(&parser_, static_cast<unsigned char>(dialect_.delimiter));
  parse(text);
  std::string().swap(head_);
}

void CsvReader::parse(std::string_view bytes) {
  utf8_.check(bytes, false, source_);
  const std::size_t used = csv_parse(&parser_, bytes.data(), bytes.size(), on_field, on_record, this);
  if (failure_) std::rethrow_exception(std::exchange(failure_, nullptr));
  if (used != bytes.size()) throw malformed(bytes, used);
  // Where the next chunk starts, for the message of malformed quoting.
  const std::size_t last_break = bytes.rfind('\n');
  chunk_line_ += static_cast<int>(std::count(bytes.begin(), bytes.end(), '\n'));
  chunk_column_ = last_break == std::string_view::npos ? chunk_column_ + characters(bytes)
                                                       : characters(bytes.substr(last_break + 1));
}

Error CsvReader::malformed(std::string_view bytes, std::size_t at) const {
  // libcsv stops at the byte strict CSV refuses: a quote in a field that did not start with one, or
  // anything but a delimiter or line break after the closing quote of a field.
  const std::string_view before = bytes.substr(0, at);
  const std::size_t last_break = before.rfind('\n');
  const int line = chunk_line_ + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
  const int column = (last_break == std::string_view::npos ? chunk_column_ + characters(before)
                                                           : characters(before.substr(last_break + 1))) +
                     1;
  const char c = at < bytes.size() ? bytes[at] : '"';
  const std::string delimiter = delimiter_name(dialect_.delimiter);
  const Phrase why =
      c == '"' ? say("error.csv.stray_quote") : say("error.csv.after_quote", std::string(1, c), delimiter);
  return {ErrorCode::parse, say("error.csv.malformed", source_, num(line), num(column), why, delimiter)};
}

void CsvReader::field(const char* data, std::size_t size) {
  if (field_count_ == 0) record_line_ = line_;
  if (fields_.size() == field_count_) fields_.emplace_back();
  std::string& text = fields_[field_count_++];
  if (data == nullptr) {
    text.clear();
    return;
  }
  // clear() and append(), not assign(): assign() allows for `data` within `text` (its _M_replace
  // costs about a hundred instructions more a field); libcsv's buffer never is.
  text.clear();
  text.append(data, size);
  // A quoted field may hold line breaks; memchr passes over a field without one at once.
  const char* const end = data + size;
  for (const char* p = data;
       (p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)))) != nullptr; ++p) {
    ++line_;
  }
}

void CsvReader::record_end(int terminator) {
  if (terminator == '\n') ++line_;
  if (field_count_ == 0) return;  // a line break outside a record
  const std::size_t count = field_count_;
  field_count_ = 0;
  const std::span<const std::string> fields(fields_.data(), count);
  if (std::all_of(fields.begin(), fields.end(), [](const std::string& f) { return f.empty(); })) {
    return;  // a row of only empty fields counts as blank
  }
  sink_.record(record_line_, fields);
}

void CsvReader::on_field(void* data, std::size_t size, void* user) {
  auto* reader = static_cast<CsvReader*>(user);
  if (reader->failure_) return;
  try {
    reader->field(static_cast<const char*>(data), size);
  } catch (...) {
    reader->failure_ = std::current_exception();  // no exception may cross libcsv's C frames
  }
}

void CsvReader::on_record(int terminator, void* user) {
  auto* reader = static_cast<CsvReader*>(user);
  if (reader->failure_) return;
  try {
    reader->record_end(terminator);
  } catch (...) {
    reader->failure_ = std::current_exception();
  }
}

CsvTable parse_csv(std::string_view text, const std::string& source, const CsvFormat& format) {
  struct Collect : CsvRecordSink {
    std::vector<CsvRecord> records;
    void record(int line, std::span<const std::string> fields) override {
      records.push_back(CsvRecord{line, {fields.begin(), fields.end()}});
    }
  } collect;
  CsvReader reader(source, format, collect);
  reader.feed(text);
  reader.finish();
  return CsvTable{std::move(collect.records), reader.dialect()};
}

namespace {

/// The Dutch names of the columns of wkr's CSV files (docs/cli.md), and the English name each stands for.
constexpr std::array<std::pair<std::string_view, std::string_view>, 29> dutch_columns = {{
    {"medewerker", "employee"},
    {"werknemer", "employee"},
    {"categorie", "category"},
    {"bedrag", "amount"},
    {"aantal", "quantity"},
    {"behandeling", "treatment"},
    {"eigen_bijdrage", "own_contribution"},
    {"datum", "date"},
    {"soort", "kind"},
    {"zakelijke_km", "business_km"},
    {"periode", "period"},
    {"loonsom", "wage_bill"},
    {"aangewezen", "designated"},
    {"eindheffing_betaald", "levy_paid"},
    {"naam", "name"},
    {"hele_jaar", "whole_year"},
    {"verdeelsleutel", "allocation_weight"},
    {"fiscaal_loon", "fiscal_wage"},
    {"vertrokken", "former"},
    {"groep", "group"},
    {"kantoordagen", "office_days"},
    {"thuiswerkdagen", "home_days"},
    {"coworkingdagen", "coworking_days"},
    {"km_enkele_reis", "km_one_way"},
    {"vervoer", "mode"},
    {"minuten_enkele_reis", "minutes_one_way"},
    {"coworking_km_enkele_reis", "coworking_km_one_way"},
    {"coworking_minuten_enkele_reis", "coworking_minutes_one_way"},
    {"marginaal_tarief", "marginal_rate"},
}};

/// A header cell as wkr names the column: trimmed, lower case, '_' for a space or '-', English.
std::string column_name(std::string_view cell) {
  const std::size_t first = cell.find_first_not_of(" \t");
  cell = first == std::string_view::npos ? std::string_view()
                                         : cell.substr(first, cell.find_last_not_of(" \t") - first + 1);
  std::string name(cell);
  for (char& c : name) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == ' ' || c == '-') c = '_';
  }
  for (const auto& [dutch, english] : dutch_columns) {
    if (name == dutch) return std::string(english);
  }
  return name;
}

}  // namespace

CsvHeader::CsvHeader(const std::string& source, const CsvTable& table, const std::vector<std::string>& required,
                     const std::vector<std::string>& optional)
    : CsvHeader(source, table.records.empty() ? 0 : table.records.front().line,
                table.records.empty() ? std::span<const std::string>() : table.records.front().fields,
                table.dialect.decimal, required, optional) {
  if (table.records.empty()) {
    throw Error(ErrorCode::invalid_argument, say("error.csv.empty", source, expected(required)));
  }
}

CsvHeader::CsvHeader(const std::string& source, int line, std::span<const std::string> names, DecimalMark decimal,
                     const std::vector<std::string>& required, const std::vector<std::string>& optional)
    : decimal_(decimal) {
  if (names.empty()) return;  // an empty text: the caller says so
  std::vector<Phrase> problems;
  for (std::size_t i = 0; i < names.size(); ++i) {
    const std::string name = column_name(names[i]);
    const bool known = std::find(required.begin(), required.end(), name) != required.end() ||
                       std::find(optional.begin(), optional.end(), name) != optional.end();
    if (!known) {
      std::string all = expected(required);
      for (const auto& o : optional) all += "," + o;
      problems.push_back(say("error.csv.unknown_column", names[i], all));
    } else if (index(name)) {
      problems.push_back(say("error.csv.column_twice", name));
    } else {
      columns_.emplace_back(name, i);
    }
  }
  for (const auto& name : required) {
    if (!index(name)) problems.push_back(say("error.csv.column_missing", name));
  }
  if (!problems.empty()) {
    throw Error(ErrorCode::invalid_argument,
                say("error.csv.header", source, num(line), allowance::joined(problems), expected(required)));
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

std::optional<Decimal> CsvHeader::decimal(const CsvRecord& record, std::string_view column, const std::string& what,
                                          std::vector<Phrase>& problems) const {
  const auto i = index(column);
  return i ? read_decimal(field(record.fields, column), decimal_, *i + 1, what, problems) : std::nullopt;
}

std::optional<bool> parse_yes_no(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  if (lower == "yes" || lower == "true" || lower == "1" || lower == "ja" || lower == "waar") return true;
  if (lower == "no" || lower == "false" || lower == "0" || lower == "nee" || lower == "onwaar") return false;
  return std::nullopt;
}

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// Whether `digits.fraction` could be a number with a thousands separator between them: 1–3 digits
/// not starting with 0, then exactly three.
bool reads_as_thousands(std::string_view digits, std::string_view fraction) {
  return !digits.empty() && digits.size() <= 3 && digits[0] != '0' && fraction.size() == 3 &&
         std::all_of(digits.begin(), digits.end(), is_digit) && std::all_of(fraction.begin(), fraction.end(), is_digit);
}

/// Whether `value` is digits in groups split by '.' or ',' as thousands are: 1–3 digits first, then
/// groups of three, and perhaps a last group of any length after the other separator ("1.000.000,50").
bool grouped(std::string_view value) {
  if (!value.empty() && (value[0] == '-' || value[0] == '+')) value.remove_prefix(1);
  std::size_t group = 0;
  std::size_t length = 0;
  char separator = 0;
  for (char c : value) {
    if (is_digit(c)) {
      ++length;
      continue;
    }
    if (c != '.' && c != ',') return false;
    if (length == 0 || (group == 0 ? length > 3 : length != 3)) return false;
    if (separator != 0 && c != separator) return true;  // the decimal separator after the groups
    separator = c;
    ++group;
    length = 0;
  }
  return group > 0 && length == 3;
}

}  // namespace

std::optional<Decimal> read_decimal(std::optional<std::string_view> text, DecimalMark mark, std::size_t column,
                                    std::string_view what, std::vector<Phrase>& problems) {
  if (!text) return std::nullopt;
  const std::string_view value = *text;
  const auto problem = [&](Phrase why) {  // only a bad field builds a message
    problems.push_back(say("error.csv.field", num(column), noun(what), std::string(value), std::move(why)));
    return std::nullopt;
  };
  std::size_t dots = 0;  // one pass for both (a million rows have two amounts each)
  std::size_t commas = 0;
  for (const char c : value) {
    dots += c == '.' ? 1 : 0;
    commas += c == ',' ? 1 : 0;
  }
  const char* plain = mark == DecimalMark::comma ? "error.decimal.not_plain_comma" : "error.decimal.not_plain_point";
  if (dots + commas > 1) {
    return problem(grouped(value)
                       ? say("error.decimal.thousands_or", mark == DecimalMark::comma ? "1000,50" : "1000.50")
                       : say(plain));
  }
  constexpr std::size_t longest = 64;
  if (value.size() > longest) return problem(say("error.decimal.too_long"));
  const auto parsed = [&](std::string_view decimal) -> std::optional<Decimal> {
    try {
      return Decimal::parse(decimal);
    } catch (const Error&) {
      return problem(say(plain));
    }
  };
  if (dots + commas == 1) {
    const char separator = dots == 1 ? '.' : ',';
    const std::size_t at = value.find(separator);
    const std::size_t sign = value[0] == '-' || value[0] == '+' ? 1 : 0;
    const std::string_view whole = value.substr(sign, at - sign);
    const bool thousands = reads_as_thousands(whole, value.substr(at + 1));
    const bool is_mark =
        (mark == DecimalMark::point && separator == '.') || (mark == DecimalMark::comma && separator == ',');
    if (mark != DecimalMark::unknown && !is_mark) {
      if (thousands) return problem(say("error.decimal.thousands"));
      return problem(
          say(mark == DecimalMark::comma ? "error.decimal.point_in_comma_file" : "error.decimal.comma_in_point_file"));
    }
    if (mark == DecimalMark::unknown && thousands) {
      const std::string digits =
          std::string(value[0] == '-' ? "-" : "") + std::string(whole) + std::string(value.substr(at + 1));
      const std::string decimal = std::string(value.substr(0, at)) + "." + std::string(value.substr(at + 1));
      return problem(
          say(separator == ',' ? "error.decimal.two_ways_comma" : "error.decimal.two_ways_point", digits, decimal));
    }
    if (separator == ',') {  // Decimal::parse reads a point: the text with its comma replaced, no allocation
      std::array<char, longest> buffer{};
      std::copy(value.begin(), value.end(), buffer.begin());
      buffer.at(at) = '.';
      return parsed(std::string_view(buffer.data(), value.size()));
    }
  }
  return parsed(value);
}

}  // namespace detail

}  // namespace wkr
