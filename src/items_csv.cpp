// The items and calendar CSV files (docs/cli.md): header by name, strict fields, every bad row
// reported with its line number.
#include "wkr/items_csv.hpp"

#include <optional>

#include "csv_reader.hpp"
#include "items_rows.hpp"

namespace wkr {

namespace {

using detail::CsvRecord;
using detail::Header;

/// The header of `records` (their first row): Error(invalid_argument) when there is none.
const CsvRecord& header_row(const std::string& source, const std::vector<CsvRecord>& records,
                            const std::vector<std::string>& required) {
  if (records.empty()) {
    throw Error(ErrorCode::invalid_argument,
                source + " is empty; its first row is the header " + Header::expected(required));
  }
  return records.front();
}

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

}  // namespace

std::vector<Item> read_items_csv(std::string_view text, const std::string& source, bool company_bicycle_designation) {
  const std::vector<CsvRecord> records = detail::parse_csv(text, source);
  const CsvRecord& names = header_row(source, records, detail::items_required_columns());
  const Header header = detail::items_header(source, names.line, names.fields);
  const detail::ItemFields columns(header);
  std::vector<std::string> problems;
  std::vector<Item> items = read_rows<Item>(
      records, header, problems, [&](const CsvRecord& record, const std::string& where, std::vector<std::string>& row) {
        Item item;
        item.origin = where;
        detail::read_item_row(columns, record.fields, item, company_bicycle_designation, row);
        return item;
      });
  if (!problems.empty()) throw detail::allowance::bad_rows(source, problems);
  return items;
}

std::vector<CalendarDay> read_calendar_csv(std::string_view text, const std::string& source, int year) {
  const std::vector<CsvRecord> records = detail::parse_csv(text, source);
  const CsvRecord& names = header_row(source, records, {"date", "kind"});
  const Header header(source, names.line, names.fields, {"date", "kind"}, {"business_km"});
  std::vector<std::string> problems;
  std::vector<CalendarDay> days = read_rows<CalendarDay>(
      records, header, problems, [&](const CsvRecord& record, const std::string& where, std::vector<std::string>& row) {
        CalendarDay day;
        day.origin = where;
        const auto date = header.field(record.fields, "date");
        try {
          day.date = parse_date(date.value_or(""));
        } catch (const Error& e) {
          row.push_back(e.what());
        }
        try {
          day.kind = parse_day_kind(header.field(record.fields, "kind").value_or(""));
        } catch (const Error& e) {
          row.push_back(e.what());
        }
        day.business_km =
            detail::decimal_field(header.field(record.fields, "business_km"), "the business km", row).value_or(Decimal());
        return day;
      });
  // The days that read well are checked together (their year, a date twice), in the same report.
  for (auto& p : detail::allowance::calendar_problems(year, days)) problems.push_back(std::move(p));
  if (!problems.empty()) throw detail::allowance::bad_rows(source, problems);
  return days;
}

}  // namespace wkr
