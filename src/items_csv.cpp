// The items and calendar CSV files (docs/cli.md): header by name, strict fields, every bad row
// reported with its line number.
#include "wkr/items_csv.hpp"

#include <algorithm>
#include <map>
#include <optional>

#include "csv_reader.hpp"

namespace wkr {

namespace {

using detail::CsvRecord;

/// Column name → index, from the header row; unknown, duplicate and missing columns are problems.
class Header {
 public:
  Header(const std::string& source, const std::vector<CsvRecord>& records, std::vector<std::string> required,
         std::vector<std::string> optional)
      : required_(std::move(required)), optional_(std::move(optional)) {
    std::string expected;
    for (const auto& name : required_) expected += (expected.empty() ? "" : ",") + name;
    if (records.empty()) {
      throw Error(ErrorCode::invalid_argument, source + " is empty; its first row is the header " + expected);
    }
    const CsvRecord& header = records.front();
    std::vector<std::string> problems;
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
      const std::string& name = header.fields[i];
      const bool known = std::find(required_.begin(), required_.end(), name) != required_.end() ||
                         std::find(optional_.begin(), optional_.end(), name) != optional_.end();
      if (!known) {
        std::string all = expected;
        for (const auto& o : optional_) all += "," + o;
        problems.push_back("unknown column '" + name + "'; the columns are " + all);
      } else if (!columns_.emplace(name, i).second) {
        problems.push_back("column '" + name + "' appears twice");
      }
    }
    for (const auto& name : required_) {
      if (columns_.count(name) == 0) problems.push_back("the header lacks the column '" + name + "'");
    }
    if (!problems.empty()) {
      std::string message = source + ": line " + std::to_string(header.line) + ": ";
      for (std::size_t i = 0; i < problems.size(); ++i) message += (i ? "; " : "") + problems[i];
      throw Error(ErrorCode::invalid_argument, message + " (the header is " + expected + ")");
    }
    width_ = header.fields.size();
  }

  [[nodiscard]] std::size_t width() const { return width_; }

  /// The field of `column` in `record`, or nothing when the column is absent or the field empty.
  [[nodiscard]] std::optional<std::string> field(const CsvRecord& record, const std::string& column) const {
    auto it = columns_.find(column);
    if (it == columns_.end() || record.fields[it->second].empty()) return std::nullopt;
    return record.fields[it->second];
  }

 private:
  std::vector<std::string> required_;
  std::vector<std::string> optional_;
  std::map<std::string, std::size_t> columns_;
  std::size_t width_ = 0;
};

/// Runs `read` on every data row, collecting "line N: problem" in `problems` for each problem it
/// reports; only rows without a problem are returned.
template <class T, class Read>
std::vector<T> read_rows(const std::vector<CsvRecord>& records, const Header& header,
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

/// A decimal field, or a problem saying what was wrong with it.
std::optional<Decimal> decimal_field(const std::optional<std::string>& text, const std::string& what,
                                     std::vector<std::string>& problems) {
  if (!text) return std::nullopt;
  try {
    return Decimal::parse(*text);
  } catch (const Error&) {
    problems.push_back(what + " '" + *text + "' is not a plain decimal (write e.g. 120.50: digits, '.', no comma)");
    return std::nullopt;
  }
}

}  // namespace

std::vector<Item> read_items_csv(std::string_view text, const std::string& source, bool company_bicycle_designation) {
  const std::vector<CsvRecord> records = detail::parse_csv(text, source);
  const Header header(source, records, {"employee", "category", "amount", "quantity"},
                      {"treatment", "own_contribution"});
  std::vector<std::string> problems;
  std::vector<Item> items = read_rows<Item>(
      records, header, problems, [&](const CsvRecord& record, const std::string& where, std::vector<std::string>& row) {
        Item item;
        item.origin = where;
        item.employee = header.field(record, "employee").value_or("");
        const auto category = header.field(record, "category");
        const auto found = category ? find_category(*category) : std::nullopt;
        if (!found) {
          row.push_back(category ? "unknown category '" + *category + "'; the categories are " + category_names()
                                 : "the category is empty");
        }
        const auto amount = header.field(record, "amount");
        if (!amount) row.push_back("the amount is empty");
        const auto amount_value = decimal_field(amount, "the amount", row);
        item.quantity = decimal_field(header.field(record, "quantity"), "the quantity", row);
        item.own_contribution =
            decimal_field(header.field(record, "own_contribution"), "the own contribution", row);
        if (const auto treatment = header.field(record, "treatment")) {
          try {
            item.treatment = parse_excess_treatment(*treatment);
          } catch (const Error& e) {
            row.push_back(e.what());
          }
        }
        if (!found || !amount_value || !row.empty()) return item;
        item.category = *found;
        item.amount = *amount_value;
        for (auto& p : item_problems(item, company_bicycle_designation)) {
          row.push_back(std::move(p));
        }
        return item;
      });
  if (!problems.empty()) throw detail::allowance::bad_rows(source, problems);
  return items;
}

std::vector<CalendarDay> read_calendar_csv(std::string_view text, const std::string& source, int year) {
  const std::vector<CsvRecord> records = detail::parse_csv(text, source);
  const Header header(source, records, {"date", "kind"}, {"business_km"});
  std::vector<std::string> problems;
  std::vector<CalendarDay> days = read_rows<CalendarDay>(
      records, header, problems, [&](const CsvRecord& record, const std::string& where, std::vector<std::string>& row) {
        CalendarDay day;
        day.origin = where;
        const auto date = header.field(record, "date");
        try {
          day.date = parse_date(date.value_or(""));
        } catch (const Error& e) {
          row.push_back(e.what());
        }
        try {
          day.kind = parse_day_kind(header.field(record, "kind").value_or(""));
        } catch (const Error& e) {
          row.push_back(e.what());
        }
        day.business_km =
            decimal_field(header.field(record, "business_km"), "the business km", row).value_or(Decimal());
        return day;
      });
  // The days that read well are checked together (their year, a date twice), in the same report.
  for (auto& p : detail::allowance::calendar_problems(year, days)) problems.push_back(std::move(p));
  if (!problems.empty()) throw detail::allowance::bad_rows(source, problems);
  return days;
}

}  // namespace wkr
