// The group-scheme and wage-bill JSON requests (group_requests.hpp; keys in docs/group-scheme.md).
#include "group_requests.hpp"

#include "wkr/allowances/common.hpp"
#include "wkr/group_scheme.hpp"
#include "wkr/json.hpp"
#include "wkr/payroll_csv.hpp"
#include "wkr/wage_bill.hpp"

namespace wkr::detail {

namespace {

/// A true/false key that is true when absent.
bool flag_or_true(RequestFields& fields, const std::string& key) {
  const nlohmann::json* value = fields.optional_value(key);
  if (value == nullptr) return true;
  if (!value->is_boolean()) throw fields.bad(key, "must be true or false");
  return value->get<bool>();
}

/// The entries of the list `key`: each an object, read by `read` with its own strict fields
/// (named "<command> <key>[i]" in messages).
template <class T, class Read>
std::vector<T> objects(RequestFields& fields, const std::string& command, const std::string& key,
                       const std::string& shape, Read read) {
  const nlohmann::json& list = fields.required(key);
  if (!list.is_array() || list.empty()) throw fields.bad(key, "must be a list of " + shape);
  std::vector<T> out;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string where = key + "[" + std::to_string(i) + "]";
    if (!list[i].is_object()) throw fields.bad(where, "must be " + shape);
    RequestFields entry(list[i], command + " " + where);
    out.push_back(read(entry, where));
    entry.reject_unknown();
  }
  return out;
}

std::vector<GroupMember> group_members(RequestFields& fields, const std::string& command, bool settlement) {
  if (fields.optional_value("wage_bill") != nullptr) {
    throw fields.bad("wage_bill", "and \"members\" cannot both be given; each member carries its own wage_bill");
  }
  const std::string shape = settlement ? "{name, wage_bill, whole_year, designated, allocation_weight}"
                                       : "{name, wage_bill, whole_year}";
  return objects<GroupMember>(fields, command, "members", shape, [&](RequestFields& entry, const std::string&) {
    GroupMember m;
    m.name = entry.optional_string("name").value_or("");
    m.wage_bill = entry.decimal("wage_bill");
    m.whole_year = flag_or_true(entry, "whole_year");
    if (settlement) {
      m.designated = entry.optional_decimal("designated");
      m.allocation_weight = entry.optional_decimal("allocation_weight");
    }
    return m;
  });
}

/// The payroll of "employees" (a list of {employee, fiscal_wage, former}) or "employees_csv" (the
/// CSV text); every bad row is reported, and nothing is computed when one is bad.
std::vector<EmployeeWage> employees_of(RequestFields& fields, const std::string& where) {
  const bool inline_rows = fields.optional_value("employees") != nullptr;
  if (inline_rows == (fields.optional_value("employees_csv") != nullptr)) {
    throw fields.bad("employees", "or \"employees_csv\" is required, not both");
  }
  if (!inline_rows) return read_payroll_csv(*fields.optional_string("employees_csv"), where + "employees_csv");
  const nlohmann::json& list = fields.required("employees");
  if (!list.is_array()) throw fields.bad("employees", "must be a list of {employee, fiscal_wage, former}");
  std::vector<EmployeeWage> out;
  std::vector<std::string> problems;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string row = where + "employees[" + std::to_string(i) + "]";
    try {
      if (!list[i].is_object()) throw Error(ErrorCode::invalid_argument, "a row is {employee, fiscal_wage, former}");
      RequestFields entry(list[i], "wage-bill employee");
      EmployeeWage wage;
      wage.employee = entry.optional_string("employee").value_or("");
      if (wage.employee.empty()) throw entry.bad("employee", "is required and not empty");
      wage.fiscal_wage = entry.decimal("fiscal_wage");
      const nlohmann::json& former = entry.required("former");
      if (!former.is_boolean()) throw entry.bad("former", "must be true or false");
      wage.former = former.get<bool>();
      entry.reject_unknown();
      out.push_back(std::move(wage));
    } catch (const Error& e) {
      problems.push_back(row + ": " + e.what());
    }
  }
  if (!problems.empty()) throw allowance::bad_rows("the employees", problems);
  return out;
}

}  // namespace

bool is_group_scheme_request(RequestFields& fields) {
  return fields.optional_value("members") != nullptr || fields.optional_value("filing_member") != nullptr ||
         fields.optional_value("allocation_key") != nullptr;
}

nlohmann::json group_free_space_request(const Parameters& parameters, RequestFields& fields, int year,
                                        const FreeSpaceOptions& options) {
  for (const char* key : {"filing_member", "allocation_key"}) {
    if (fields.optional_value(key) != nullptr) throw fields.bad(key, "is an input of settle, not of free-space");
  }
  const std::vector<GroupMember> members = group_members(fields, "free-space", false);
  fields.reject_unknown();
  return to_json(group_scheme_free_space(parameters, year, members, options, Explain::yes));
}

nlohmann::json group_settle_request(const Parameters& parameters, RequestFields& fields, int year,
                                    const FreeSpaceOptions& options) {
  if (fields.optional_value("members") == nullptr) {
    throw fields.bad("members", "is required with \"filing_member\" or \"allocation_key\": the members of the group, "
                                "each {name, wage_bill, whole_year, designated, allocation_weight}");
  }
  const std::vector<GroupMember> members = group_members(fields, "settle", true);
  const std::optional<Decimal> designated = fields.optional_decimal("designated");
  GroupSchemeOptions group_options;
  group_options.free_space = options;
  group_options.filing_member = fields.optional_string("filing_member");
  if (auto key = fields.optional_string("allocation_key")) group_options.allocation_key = parse_allocation_key(*key);
  fields.reject_unknown();
  return to_json(settle_group_scheme(parameters, year, members, designated, group_options, Explain::yes));
}

nlohmann::json wage_bill_request(const Parameters& parameters, RequestFields& fields) {
  const int year = fields.integer("year");
  if (fields.optional_value("members") == nullptr) {
    if (fields.optional_value("former_wage_test") != nullptr) {
      throw fields.bad("former_wage_test", "is for a group; give the members' payrolls in \"members\"");
    }
    const std::vector<EmployeeWage> employees = employees_of(fields, "");
    fields.reject_unknown();
    return to_json(wage_bill(parameters, year, employees, Explain::yes));
  }
  const auto members = objects<MemberPayroll>(
      fields, "wage-bill", "members", "{name, whole_year, employees or employees_csv}",
      [&](RequestFields& entry, const std::string& where) {
        MemberPayroll payroll;
        payroll.name = entry.optional_string("name").value_or("");
        payroll.whole_year = flag_or_true(entry, "whole_year");
        payroll.employees = employees_of(entry, where + ".");
        return payroll;
      });
  const auto method = fields.optional_string("former_wage_test");
  fields.reject_unknown();
  return to_json(group_wage_bill(parameters, year, members,
                                 method ? parse_former_wage_test(*method) : FormerWageTest::group, Explain::yes));
}

}  // namespace wkr::detail
