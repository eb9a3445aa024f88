// The group-scheme and wage-bill requests (group_requests.hpp; keys in docs/group-scheme.md).
#include "group_requests.hpp"

#include <filesystem>

#include "allowance_requests.hpp"
#include "csv_reader.hpp"
#include "wkr/allowances/common.hpp"
#include "wkr/members_csv.hpp"
#include "wkr/payroll_csv.hpp"

namespace wkr::detail {

namespace {

/// A true/false key that is true when absent.
bool flag_or_true(RequestFields& fields, const std::string& key) {
  if (!fields.has(key)) return true;
  const nlohmann::json& value = fields.required(key);
  if (!value.is_boolean()) throw fields.bad(key, say("error.field.boolean"));
  return value.get<bool>();
}

/// The entries of the list `key`: each an object, read by `read` with its own strict fields
/// (named "<command> <key>[i]" in messages).
template <class T, class Read>
std::vector<T> objects(RequestFields& fields, const std::string& command, const std::string& key,
                       const std::string& shape, Read read) {
  const nlohmann::json& list = fields.required(key);
  if (!list.is_array() || list.empty()) throw fields.bad(key, say("error.field.list_of", shape));
  std::vector<T> out;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string where = key + "[" + std::to_string(i) + "]";
    if (!list[i].is_object()) throw fields.bad(where, say("error.field.object", shape));
    RequestFields entry(list[i], command + " " + where, fields.syntax());
    out.push_back(read(entry, where));
    entry.reject_unknown();
  }
  return out;
}

/// The members of a group scheme: inline objects (JSON), or the members CSV — its text under
/// "members_csv" (JSON) or its file under --members (the command line; members_csv.hpp).
std::vector<GroupMember> group_members(RequestFields& fields, const std::string& command, bool settlement) {
  if (fields.has("wage_bill")) {
    throw fields.misplaced("wage_bill", say("error.field.members_wage_bill", fields.name("members")));
  }
  if (const auto csv = one_form_of(fields, "members")) return read_members_csv(csv->text, csv->name, csv->format);
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
  if (const auto csv = one_form_of(fields, "employees"))
    return read_payroll_csv(csv->text, where + csv->name, csv->format);
  const nlohmann::json& list = fields.required("employees");
  if (!list.is_array()) throw fields.bad("employees", say("error.field.list_of", "{employee, fiscal_wage, former}"));
  std::vector<EmployeeWage> out;
  std::vector<Phrase> problems;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string row = where + "employees[" + std::to_string(i) + "]";
    try {
      if (!list[i].is_object())
        throw Error(ErrorCode::invalid_argument, say("error.request.row_shape", "{employee, fiscal_wage, former}"));
      RequestFields entry(list[i], "wage-bill employee", fields.syntax());
      EmployeeWage wage;
      wage.employee = entry.optional_string("employee").value_or("");
      if (wage.employee.empty()) throw entry.bad("employee", say("error.field.required_not_empty"));
      wage.fiscal_wage = entry.decimal("fiscal_wage");
      const nlohmann::json& former = entry.required("former");
      if (!former.is_boolean()) throw entry.bad("former", say("error.field.boolean"));
      wage.former = former.get<bool>();
      entry.reject_unknown();
      out.push_back(std::move(wage));
    } catch (const Error& e) {
      problems.push_back(Phrase(row + ": ") + e.phrase());
    }
  }
  if (!problems.empty()) throw allowance::bad_rows(noun("the employees"), problems);
  return out;
}

/// The members of `wkr wage-bill --members FILE`: a CSV with the columns name, employees (the path
/// of the member's payroll CSV, relative to the members file) and optionally whole_year; every
/// member's payroll is read. Every bad row of the members file is reported at once; then each
/// payroll reports its own.
std::vector<MemberPayroll> member_payrolls(const CsvText& members_file) {
  const CsvTable table = parse_csv(members_file.text, members_file.name, members_file.format);
  const CsvHeader header(members_file.name, table, {"name", "employees"}, {"whole_year"});
  struct Row {
    MemberPayroll member;
    std::string payroll;
  };
  std::vector<Phrase> problems;
  const std::vector<Row> rows = read_rows<Row>(
      table.records, header, problems, [&](const CsvRecord& record, const std::string&, std::vector<Phrase>& row) {
        Row out;
        out.member.name = header.field(record, "name").value_or("");
        out.payroll = header.field(record, "employees").value_or("");
        if (out.payroll.empty()) row.push_back(say("error.csv.payroll_path"));
        if (const auto whole_year = header.field(record, "whole_year")) {
          const auto flag = parse_yes_no(*whole_year);
          if (!flag) row.push_back(say("error.csv.not_yes_no", "whole_year", *whole_year));
          out.member.whole_year = flag.value_or(true);
        }
        return out;
      });
  if (!problems.empty()) throw allowance::bad_rows(members_file.name, problems);
  const std::filesystem::path directory = std::filesystem::path(members_file.name).parent_path();
  std::vector<MemberPayroll> members;
  for (const Row& row : rows) {
    MemberPayroll member = row.member;
    const std::string path = (directory / row.payroll).lexically_normal().string();
    member.employees = read_payroll_csv(file_text(path), path, members_file.format);
    members.push_back(std::move(member));
  }
  if (members.empty()) throw Error(ErrorCode::invalid_argument, say("error.csv.no_members", members_file.name));
  return members;
}

}  // namespace

bool is_group_scheme_request(RequestFields& fields) {
  return fields.has("members") || (fields.syntax() == RequestSyntax::json && fields.has("members_csv")) ||
         fields.has("filing_member") || fields.has("allocation_key");
}

Request read_group_free_space(RequestFields& fields) {
  GroupFreeSpaceRequest r;
  r.year = fields.integer("year");
  r.options = free_space_options(fields);
  for (const char* key : {"filing_member", "allocation_key"}) {
    if (fields.has(key)) throw fields.misplaced(key, say("error.field.settle_only"));
  }
  r.members = group_members(fields, "free-space", false);
  return r;
}

Request read_group_settle(RequestFields& fields) {
  GroupSettleRequest r;
  r.year = fields.integer("year");
  r.options.free_space = free_space_options(fields);
  if (!fields.has("members") && !(fields.syntax() == RequestSyntax::json && fields.has("members_csv"))) {
    throw fields.misplaced(
        "members", say("error.field.members_required", fields.name("filing_member"), fields.name("allocation_key")));
  }
  r.members = group_members(fields, "settle", true);
  r.designated = fields.optional_amount("designated");
  r.options.filing_member = fields.optional_string("filing_member");
  if (auto key = fields.optional_string("allocation_key")) r.options.allocation_key = parse_allocation_key(*key);
  return r;
}

Request read_wage_bill(RequestFields& fields) {
  const int year = fields.integer("year");
  if (fields.has("members") && (fields.has("employees") || (fields.syntax() == RequestSyntax::json &&
                                                            fields.has("employees_csv")))) {
    throw fields.misplaced("members", say("error.field.members_or_employees", fields.name("employees")));
  }
  if (!fields.has("members")) {
    if (fields.has("former_wage_test")) {
      throw fields.misplaced("former_wage_test", say("error.field.group_only", fields.name("members")));
    }
    return WageBillRequest{year, employees_of(fields, "")};
  }
  GroupWageBillRequest r;
  r.year = year;
  if (auto method = fields.optional_string("former_wage_test")) r.method = parse_former_wage_test(*method);
  if (fields.syntax() == RequestSyntax::command_line) {
    r.members = member_payrolls(*fields.csv("members"));
    return r;
  }
  r.members = objects<MemberPayroll>(fields, "wage-bill", "members", "{name, whole_year, employees or employees_csv}",
                                     [&](RequestFields& entry, const std::string& where) {
                                       MemberPayroll payroll;
                                       payroll.name = entry.optional_string("name").value_or("");
                                       payroll.whole_year = flag_or_true(entry, "whole_year");
                                       payroll.employees = employees_of(entry, where + ".");
                                       return payroll;
                                     });
  return r;
}

}  // namespace wkr::detail
