// The items and calendar CSV files (docs/cli.md): header by name, strict fields, every bad row
// reported with its line number.
#include "wkr/items_csv.hpp"

#include "csv_reader.hpp"

namespace wkr {

using detail::CsvRecord;
using detail::CsvHeader;
using detail::decimal_field;
using detail::read_rows;

std::vector<Item> read_items_csv(std::string_view text, const std::string& source, bool company_bicycle_designation) {
  const std::vector<CsvRecord> records = detail::parse_csv(text, source);
  const CsvHeader header(source, records, {"employee", "category", "amount", "quantity"},
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
  const CsvHeader header(source, records, {"date", "kind"}, {"business_km"});
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
