// wkr — the fiscal wage bill (fiscale loonsom) that the free space is a percentage of, built from
// the payroll: per employee the fiscal wage of the year (column 14 of the payroll record, the
// loonstaat), as wage from current or from former employment, and the 10%-criterium: wage from
// former employment counts only while it is at most 10% of the total fiscal wage; above that it is
// left out entirely. In a group scheme the test is applied to the group or to each member, one
// method for all members in a year (FormerWageTest).
//
// Pure functions of (inputs, parameters), as free_space.hpp. The figure is
// wage_bill.former_employment_limit (data/nl/wage_bill.yaml); the sources, and what was not
// found, are in docs/group-scheme.md. Reading the payroll from CSV: payroll_csv.hpp.
#pragma once

#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "wkr/decimal.hpp"
#include "wkr/explanation.hpp"
#include "wkr/free_space.hpp"
#include "wkr/limits.hpp"
#include "wkr/parameters.hpp"

namespace wkr {

/// One employee's fiscal wage for the year: column 14 of the payroll record (loonstaat). `former`:
/// wage from former employment (loon uit vroegere dienstbetrekking, such as a pension or benefit the
/// employer pays a former employee); otherwise wage from current employment. An employee with more
/// than one income relationship has more than one row. A row may be negative (negative wage, such
/// as a repayment); the sums may not.
struct EmployeeWage {
  std::string employee;
  Decimal fiscal_wage;
  bool former = false;
};

/// A wage bill and how it came about.
struct WageBillParts {
  Decimal current;              ///< wage from current employment (tegenwoordige dienstbetrekking)
  Decimal former;               ///< wage from former employment (vroegere dienstbetrekking)
  bool former_included = true;  ///< the 10% test: former ≤ limit × (current + former)
  Decimal wage_bill;            ///< current + former when included, else current alone
};

/// The wage bill of one employer.
struct WageBill : WageBillParts {
  int year = 0;
  Explanation explanation;
};

/// Where the 10% test is applied in a group scheme (Kennisgroep Loonheffingen algemeen, 2024).
/// Whichever is chosen, all members of the group apply it in that year.
enum class FormerWageTest {
  group,   ///< the group's former wage against the group's total fiscal wage: the Kennisgroep's conclusion (default)
  member,  ///< each member's former wage against its own total: "also arguable" (pleitbaar), the Kennisgroep says
};

/// The names used in requests: "group", "member".
[[nodiscard]] inline std::string_view to_string(FormerWageTest method) {
  return method == FormerWageTest::group ? "group" : "member";
}

/// Parses a method name; throws Error(parse) naming the accepted names.
[[nodiscard]] inline FormerWageTest parse_former_wage_test(std::string_view name) {
  if (name == "group") return FormerWageTest::group;
  if (name == "member") return FormerWageTest::member;
  throw Error(ErrorCode::parse, say("error.wage_bill.method", std::string(name)));
}

/// A member's payroll in a group.
struct MemberPayroll {
  std::string name;
  std::vector<EmployeeWage> employees;
  bool whole_year = true;  ///< in the group the whole calendar year (art. 32 Wet LB 1964)
};

/// A member's wage bill in a group.
struct MemberWageBill : WageBillParts {
  std::string name;
  bool whole_year = true;
};

/// The wage bills of a group's members. A member outside the group scheme (not in it the whole
/// year) settles alone, so it is always tested on its own payroll.
struct GroupWageBill {
  int year = 0;
  FormerWageTest method = FormerWageTest::group;
  std::vector<MemberWageBill> members;  ///< in the order given
  Decimal wage_bill;                    ///< of the members in the group scheme together
  Explanation explanation;

  /// The members as group_scheme.hpp takes them: name, wage bill, whole year.
  [[nodiscard]] std::vector<GroupMember> group_members() const {
    std::vector<GroupMember> out;
    for (const MemberWageBill& m : members) out.push_back(GroupMember{m.name, m.wage_bill, m.whole_year});
    return out;
  }
};

namespace detail {

/// `key`, or `key:who` for a member's quantity in an explanation.
[[nodiscard]] inline std::string whose(const char* key, const std::string& who) {
  return who.empty() ? std::string(key) : std::string(key) + ":" + who;
}

/// Sums the payroll into wage from current and from former employment (each must not be negative).
inline void sum_payroll(std::span<const EmployeeWage> employees, const std::string& who, WageBillParts& parts,
                        const Trace& trace) {
  for (const EmployeeWage& e : employees) (e.former ? parts.former : parts.current) += e.fiscal_wage;
  const auto check = [&](const Decimal& sum, const char* what) {
    if (limits::is_amount(sum)) return;
    if (who.empty()) {
      limits::require_amount(sum, what);
    } else {
      limits::require_amount(sum, say(std::string("what.") + what + " of", member_phrase(who)));
    }
  };
  check(parts.current, "the wage from current employment");
  check(parts.former, "the wage from former employment");
  trace.step([&] {
    return Step{
        .rule = "wage_bill.payroll",
        .formula = say("wage_bill.payroll.formula", num(employees.size()), euro(parts.current), euro(parts.former)),
        .inputs = {{whose("current_wage", who), parts.current, Unit::eur},
                   {whose("former_wage", who), parts.former, Unit::eur}},
        .result = {whose("fiscal_wage_total", who), parts.current + parts.former, Unit::eur}};
  });
}

/// The 10%-criterium: is `former` at most the limit of `current + former`? Exactly the limit
/// counts ("meer dan 10%" leaves it out). Compared exactly, without dividing.
[[nodiscard]] inline bool former_within_limit(const YearTable& table, const Decimal& current, const Decimal& former,
                                              const std::string& who, const char* rule, const Trace& trace) {
  const Decimal& limit = table[param::wage_bill_former_employment_limit];
  const Decimal total = current + former;
  const Decimal allowed = limit * total;
  const bool within = former <= allowed;
  trace.step([&] {
    return Step{
        .rule = rule,
        .reference = "10%-criterium, Handboek Loonheffingen; Kennisgroep Loonheffingen algemeen (2024)",
        .formula = euro(former) + (within ? " ≤ " : " > ") + num(limit) + " × " + euro(total) + " = " + euro(allowed),
        .inputs = {{whose("former_wage", who), former, Unit::eur}, {whose("fiscal_wage_total", who), total, Unit::eur}},
        .parameters = {describe(table.use(param::wage_bill_former_employment_limit))},
        .result = {whose("former_wage_included", who), Decimal::from_integer(within ? 1 : 0), Unit::flag}};
  });
  return within;
}

/// Sets the wage bill of `parts` from the outcome of the 10% test.
inline void finish_wage_bill(bool former_included, const std::string& who, WageBillParts& parts, const Trace& trace) {
  parts.former_included = former_included;
  parts.wage_bill = former_included ? parts.current + parts.former : parts.current;
  trace.step([&] {
    return Step{.rule = former_included ? "wage_bill.total" : "wage_bill.total.without_former",
                .formula = former_included ? euro(parts.current) + " + " + euro(parts.former) : euro(parts.current),
                .inputs = {{whose("current_wage", who), parts.current, Unit::eur},
                           {whose("former_wage", who), parts.former, Unit::eur}},
                .result = {whose("wage_bill", who), parts.wage_bill, Unit::eur}};
  });
}

}  // namespace detail

/// The wage bill of one employer for `year` from its payroll (column 14 per employee), with the
/// 10%-criterium. Errors: a negative sum of current or of former wage (invalid_argument); a year
/// the tables do not cover (not_covered).
[[nodiscard]] inline WageBill wage_bill(const Parameters& parameters, int year, std::span<const EmployeeWage> employees,
                                        Explain explain = Explain::no) {
  WageBill result;
  const Trace trace(result.explanation, explain);
  const YearTable& table = parameters.year(year);
  trace.receipt(parameters);
  result.year = year;
  detail::sum_payroll(employees, "", result, trace);
  const bool included =
      detail::former_within_limit(table, result.current, result.former, "", "wage_bill.former_employment", trace);
  detail::finish_wage_bill(included, "", result, trace);
  return result;
}

/// The wage bills of the members of a group for `year`, with the 10%-criterium applied by
/// `method` to the members in the group scheme the whole year; a member outside it is tested on
/// its own payroll. Errors (invalid_argument): no members, no member in the group the whole year,
/// two members with one name, a negative sum; a year the tables do not cover (not_covered).
[[nodiscard]] inline GroupWageBill group_wage_bill(const Parameters& parameters, int year,
                                                   std::span<const MemberPayroll> members,
                                                   FormerWageTest method = FormerWageTest::group,
                                                   Explain explain = Explain::no) {
  GroupWageBill result;
  const Trace trace(result.explanation, explain);
  const YearTable& table = parameters.year(year);
  trace.receipt(parameters);
  result.year = year;
  result.method = method;
  if (members.empty()) throw Error(ErrorCode::invalid_argument, say("error.wage_bill.no_members"));

  std::set<std::string> names;
  WageBillParts group;  // the members in the group scheme together
  std::size_t in_group = 0;
  for (std::size_t i = 0; i < members.size(); ++i) {
    MemberWageBill member;
    member.name = detail::member_name(members[i].name, i);
    member.whole_year = members[i].whole_year;
    if (!names.insert(member.name).second) {
      throw Error(ErrorCode::invalid_argument, say("error.wage_bill.same_name", member.name));
    }
    detail::sum_payroll(members[i].employees, member.name, member, trace);
    if (member.whole_year) {
      group.current += member.current;
      group.former += member.former;
      ++in_group;
    }
    result.members.push_back(std::move(member));
  }
  if (in_group == 0) {
    throw Error(ErrorCode::invalid_argument, say("error.wage_bill.none_whole_year", std::to_string(year)));
  }

  const bool group_included =
      method == FormerWageTest::group &&
      detail::former_within_limit(table, group.current, group.former, "", "wage_bill.former_employment.group", trace);
  for (MemberWageBill& member : result.members) {
    const bool included = method == FormerWageTest::group && member.whole_year
                              ? group_included
                              : detail::former_within_limit(table, member.current, member.former, member.name,
                                                            member.whole_year ? "wage_bill.former_employment.member"
                                                                              : "wage_bill.former_employment.outside",
                                                            trace);
    detail::finish_wage_bill(included, member.name, member, trace);
    if (member.whole_year) result.wage_bill += member.wage_bill;
  }
  trace.step([&] {
    Step step{.rule = "wage_bill.group_total", .reference = "art. 32 Wet LB 1964"};
    for (const MemberWageBill& m : result.members) {
      if (!m.whole_year) continue;
      step.inputs.push_back({"wage_bill:" + m.name, m.wage_bill, Unit::eur});
      step.formula += (step.formula.empty() ? "" : " + ") + euro(m.wage_bill);
    }
    step.result = {"wage_bill", result.wage_bill, Unit::eur};
    return step;
  });
  return result;
}

}  // namespace wkr
