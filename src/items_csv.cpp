// The items and calendar CSV files (docs/cli.md): header by name, strict fields, every bad row
// reported with its line number. An items row is read as the streaming evaluation reads it
// (items_rows.hpp).
#include "wkr/items_csv.hpp"

#include "csv_reader.hpp"
#include "items_rows.hpp"

namespace wkr {

using detail::CsvHeader;
using detail::CsvRecord;
using detail::read_rows;

std::vector<Item> read_items_csv(std::string_view text, const std::string& source, bool company_bicycle_designation,
                                 const CsvFormat& format) {
  const detail::CsvTable table = detail::parse_csv(text, source, format);
  const std::vector<CsvRecord>& records = table.records;
  if (records.empty()) {
    throw Error(ErrorCode::invalid_argument,
                say("error.csv.empty", source, CsvHeader::expected(detail::items_required_columns())));
  }
  const CsvHeader header =
      detail::items_header(source, records.front().line, records.front().fields, table.dialect.decimal);
  const detail::ItemFields columns(header);
  std::vector<Phrase> problems;
  std::vector<Item> items = read_rows<Item>(
      records, header, problems, [&](const CsvRecord& record, const std::string& where, std::vector<Phrase>& row) {
        Item item;
        item.origin = where;
        detail::read_item_row(columns, record.fields, item, company_bicycle_designation, row);
        return item;
      });
  if (!problems.empty()) throw detail::allowance::bad_rows(source, problems);
  return items;
}

std::vector<CalendarDay> read_calendar_csv(std::string_view text, const std::string& source, int year,
                                           const CsvFormat& format) {
  const detail::CsvTable table = detail::parse_csv(text, source, format);
  const CsvHeader header(source, table, {"date", "kind"}, {"business_km"});
  std::vector<Phrase> problems;
  std::vector<CalendarDay> days = read_rows<CalendarDay>(
      table.records, header, problems,
      [&](const CsvRecord& record, const std::string& where, std::vector<Phrase>& row) {
        CalendarDay day;
        day.origin = where;
        const auto date = header.field(record.fields, "date");
        try {
          day.date = parse_date(date.value_or(""));
        } catch (const Error& e) {
          row.push_back(e.phrase());
        }
        try {
          day.kind = parse_day_kind(header.field(record.fields, "kind").value_or(""));
        } catch (const Error& e) {
          row.push_back(e.phrase());
        }
        day.business_km = header.decimal(record, "business_km", "the business km", row).value_or(Decimal());
        return day;
      });
  // The days that read well are checked together (their year, a date twice), in the same report.
  for (auto& p : detail::allowance::calendar_problems(year, days)) problems.push_back(std::move(p));
  if (!problems.empty()) throw detail::allowance::bad_rows(source, problems);
  return days;
}

}  // namespace wkr
