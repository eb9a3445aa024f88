// The payroll CSV of the wage bill (payroll_csv.hpp): header by name, strict fields, every bad row
// reported with its line number.
#include "wkr/payroll_csv.hpp"

#include "csv_reader.hpp"
#include "wkr/allowances/common.hpp"

namespace wkr {

std::vector<EmployeeWage> read_payroll_csv(std::string_view text, const std::string& source, const CsvFormat& format) {
  const detail::CsvTable table = detail::parse_csv(text, source, format);
  const detail::CsvHeader header(source, table, {"employee", "fiscal_wage", "former"}, {});
  std::vector<Phrase> problems;
  std::vector<EmployeeWage> rows = detail::read_rows<EmployeeWage>(
      table.records, header, problems,
      [&](const detail::CsvRecord& record, const std::string&, std::vector<Phrase>& row) {
        EmployeeWage wage;
        wage.employee = header.field(record, "employee").value_or("");
        if (wage.employee.empty()) row.push_back(say("error.items.empty", noun("the employee")));
        if (!header.field(record, "fiscal_wage")) row.push_back(say("error.items.empty", noun("the fiscal wage")));
        wage.fiscal_wage = header.decimal(record, "fiscal_wage", "the fiscal wage", row).value_or(Decimal());
        const auto former = header.field(record, "former");
        const auto flag = former ? detail::parse_yes_no(*former) : std::nullopt;
        if (!flag) {
          row.push_back(former ? say("error.csv.not_yes_no", "former", *former)
                               : say("error.csv.yes_no_empty", "former"));
        }
        wage.former = flag.value_or(false);
        return wage;
      });
  if (!problems.empty()) throw detail::allowance::bad_rows(source, problems);
  return rows;
}

}  // namespace wkr
