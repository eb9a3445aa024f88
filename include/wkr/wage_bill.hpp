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

/// The wage bill of one employer for `year` from its payroll (column 14 per employee), with the
/// 10%-criterium. Errors: a negative sum of current or of former wage (invalid_argument); a year
/// the tables do not cover (not_covered).
[[nodiscard]] WageBill wage_bill(const Parameters& parameters, int year, std::span<const EmployeeWage> employees,
                                 Explain explain = Explain::no);

/// The wage bills of the members of a group for `year`, with the 10%-criterium applied by
/// `method` to the members in the group scheme the whole year; a member outside it is tested on
/// its own payroll. Errors (invalid_argument): no members, no member in the group the whole year,
/// two members with one name, a negative sum; a year the tables do not cover (not_covered).
[[nodiscard]] GroupWageBill group_wage_bill(const Parameters& parameters, int year,
                                            std::span<const MemberPayroll> members,
                                            FormerWageTest method = FormerWageTest::group,
                                            Explain explain = Explain::no);

}  // namespace wkr
