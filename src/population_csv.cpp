// Reading the population of a policy scenario (include/wkr/policy/population.hpp; columns in
// docs/policy.md): header by name, strict fields, every bad row reported with its line number.
#include <algorithm>
#include <map>

#include "csv_reader.hpp"
#include "wkr/allowances/common.hpp"
#include "wkr/policy/population.hpp"

namespace wkr {

namespace {

using detail::CsvHeader;
using detail::CsvRecord;

/// A day count 0–7, or a problem.
int days_field(const CsvHeader& header, const CsvRecord& record, const std::string& column,
               std::vector<Phrase>& problems) {
  const auto text = header.field(record, column);
  const bool digit = text && text->size() == 1 && (*text)[0] >= '0' && (*text)[0] <= '7';
  if (!digit) {
    problems.push_back(say("error.population.days", column, text.value_or("")));
    return 0;
  }
  return (*text)[0] - '0';
}

/// A decimal that is not negative, or nothing and a problem; `required` makes an empty field one.
std::optional<Decimal> amount_field(const CsvHeader& header, const CsvRecord& record, const std::string& column,
                                    bool required, std::vector<Phrase>& problems) {
  if (!header.field(record, column)) {
    if (required) problems.push_back(say("error.items.empty", column));
    return std::nullopt;
  }
  auto value = header.decimal(record, column, column, problems);
  if (value && value->is_negative()) {
    problems.push_back(say("error.negative_amount", column, num(*value)));
    return std::nullopt;
  }
  return value;
}

}  // namespace

Population read_population_csv(std::string_view text, const std::string& source, const CsvFormat& format) {
  const detail::CsvTable table = detail::parse_csv(text, source, format);
  const std::vector<CsvRecord>& records = table.records;
  const CsvHeader header(
      source, table,
      {"id", "group", "office_days", "home_days", "coworking_days", "km_one_way", "mode", "minutes_one_way"},
      {"coworking_km_one_way", "coworking_minutes_one_way", "fiscal_wage", "marginal_rate"});
  Population population;
  population.source = source;
  population.fiscal_wage = header.index("fiscal_wage").has_value();
  std::map<std::string, int, std::less<>> first_line;  // id → the line it was first given on
  std::vector<Phrase> problems;
  population.employees = detail::read_rows<PopulationEmployee>(
      records, header, problems, [&](const CsvRecord& record, const std::string&, std::vector<Phrase>& row) {
        PopulationEmployee e;
        e.line = record.line;
        e.id = header.field(record, "id").value_or("");
        if (e.id.empty()) {
          row.push_back(say("error.items.empty", noun("the id")));
        } else if (auto [it, fresh] = first_line.emplace(e.id, record.line); !fresh) {
          row.push_back(say("error.population.again", "id", e.id, num(it->second)));
        }
        e.group = header.field(record, "group").value_or("");
        if (e.group.empty()) row.push_back(say("error.items.empty", noun("the group")));
        e.pattern.office_days = days_field(header, record, "office_days", row);
        e.pattern.home_days = days_field(header, record, "home_days", row);
        e.pattern.coworking_days = days_field(header, record, "coworking_days", row);
        if (row.empty()) {
          try {
            check_pattern(e.pattern);
          } catch (const Error& error) {
            row.push_back(error.phrase());
          }
        }
        e.km_one_way = amount_field(header, record, "km_one_way", true, row).value_or(Decimal());
        try {
          e.mode = parse_travel_mode(header.field(record, "mode").value_or(""));
        } catch (const Error& error) {
          row.push_back(error.phrase());
        }
        e.minutes_one_way = amount_field(header, record, "minutes_one_way", true, row).value_or(Decimal());
        e.coworking_km_one_way = amount_field(header, record, "coworking_km_one_way", false, row);
        e.coworking_minutes_one_way = amount_field(header, record, "coworking_minutes_one_way", false, row);
        e.fiscal_wage = amount_field(header, record, "fiscal_wage", population.fiscal_wage, row);
        e.marginal_rate = amount_field(header, record, "marginal_rate", false, row);
        if (e.marginal_rate) {
          try {
            require_marginal_rate(*e.marginal_rate);
          } catch (const Error& error) {
            row.push_back(error.phrase());
          }
        }
        if (e.pattern.coworking_days > 0 && (!e.coworking_km_one_way || !e.coworking_minutes_one_way)) {
          row.push_back(say("error.population.coworking"));
        }
        return e;
      });
  if (records.size() < 2 && problems.empty()) {
    problems.push_back(say("error.population.no_employees"));
  }
  if (!problems.empty()) throw detail::allowance::bad_rows(source, problems);
  return population;
}

std::map<std::string, Decimal, std::less<>> read_marginal_rates_csv(std::string_view text, const std::string& source,
                                                                    const CsvFormat& format) {
  const detail::CsvTable table = detail::parse_csv(text, source, format);
  const std::vector<CsvRecord>& records = table.records;
  const CsvHeader header(source, table, {"employee", "marginal_rate"}, {});
  std::map<std::string, int, std::less<>> first_line;
  std::vector<Phrase> problems;
  const auto rows = detail::read_rows<std::pair<std::string, Decimal>>(
      records, header, problems, [&](const CsvRecord& record, const std::string&, std::vector<Phrase>& row) {
        std::pair<std::string, Decimal> out;
        out.first = header.field(record, "employee").value_or("");
        if (out.first.empty()) {
          row.push_back(say("error.items.empty", noun("the employee")));
        } else if (auto [it, fresh] = first_line.emplace(out.first, record.line); !fresh) {
          row.push_back(say("error.population.again", "employee", out.first, num(it->second)));
        }
        const auto rate = amount_field(header, record, "marginal_rate", true, row);
        if (rate) {
          try {
            require_marginal_rate(*rate);
            out.second = *rate;
          } catch (const Error& error) {
            row.push_back(error.phrase());
          }
        }
        return out;
      });
  if (!problems.empty()) throw detail::allowance::bad_rows(source, problems);
  return {rows.begin(), rows.end()};
}

}  // namespace wkr
