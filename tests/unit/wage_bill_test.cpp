// The wage bill from the payroll (wage_bill.hpp, payroll_csv.hpp): the 10%-criterium at its
// boundary, both methods in a group, the CSV reader. Expected amounts are computed by hand in the
// comments.
#include "wkr/wage_bill.hpp"

#include <gtest/gtest.h>

#include "wkr/group_scheme.hpp"
#include "wkr/json.hpp"
#include "wkr/payroll_csv.hpp"

#include "test_support.hpp"

namespace {

using wkr::Decimal;
using wkr::EmployeeWage;
using wkr::ErrorCode;
using wkr::FormerWageTest;
using wkr::MemberPayroll;
using wkr::test::expect_error;
using wkr::test::tables;
using namespace wkr::literals;

std::vector<EmployeeWage> payroll(const Decimal& current, const Decimal& former) {
  return {{"Anna", current, false}, {"Piet (pension)", former, true}};
}

TEST(WageBill, ExactlyTenPercentFormerWageCounts) {
  // 100,000 of 1,000,000 is exactly 10%: not "more than 10%", so it stays in.
  const auto bill = wkr::wage_bill(tables(), 2025, payroll("900000.00"_d, "100000.00"_d), wkr::Explain::yes);
  EXPECT_TRUE(bill.former_included);
  EXPECT_EQ(bill.wage_bill.to_string(), "1000000.00");
  const wkr::Step& test = bill.explanation.steps.at(1);
  EXPECT_EQ(test.rule, "wage_bill.former_employment");
  EXPECT_EQ(wkr::to_plain_text(test.formula), "100000.00 ≤ 0.10 × 1000000.00 = 100000.0000");
  ASSERT_EQ(test.parameters.size(), 1u);
  EXPECT_EQ(test.parameters[0]->name, "wage_bill.former_employment_limit");
  EXPECT_EQ(test.parameters[0]->effective_from, "2023-01-01");
  EXPECT_EQ(bill.explanation.steps.at(2).rule, "wage_bill.total");
}

TEST(WageBill, OneCentMoreLeavesAllFormerWageOut) {
  // 100,000.01 > 0.10 × 1,000,000.01 = 100,000.001: all of it is left out, not only the excess.
  const auto bill = wkr::wage_bill(tables(), 2025, payroll("900000.00"_d, "100000.01"_d), wkr::Explain::yes);
  EXPECT_FALSE(bill.former_included);
  EXPECT_EQ(bill.former.to_string(), "100000.01");
  EXPECT_EQ(bill.wage_bill.to_string(), "900000.00");
  EXPECT_EQ(wkr::to_plain_text(bill.explanation.steps.at(1).formula), "100000.01 > 0.10 × 1000000.01 = 100000.0010");
  EXPECT_EQ(bill.explanation.steps.at(2).rule, "wage_bill.total.without_former");
}

TEST(WageBill, SumsEveryRowIncludingANegativeOne) {
  // Two income relationships of one employee, a repayment (negative wage) and two pensions:
  // current 30,000 + 12,000.50 − 500 = 41,500.50; former 2,000 + 1,000 = 3,000 (7.2% → in).
  const std::vector<EmployeeWage> rows = {{"Anna", "30000"_d, false},
                                          {"Anna", "12000.50"_d, false},
                                          {"Bram", "-500"_d, false},
                                          {"Cor", "2000"_d, true},
                                          {"Dirk", "1000"_d, true}};
  const auto bill = wkr::wage_bill(tables(), 2026, rows);
  EXPECT_EQ(bill.current.to_string(), "41500.50");
  EXPECT_EQ(bill.former.to_string(), "3000");
  EXPECT_EQ(bill.wage_bill.to_string(), "44500.50");
  EXPECT_TRUE(bill.explanation.steps.empty());
}

TEST(WageBill, NegativeSumsAreRefused) {
  expect_error([] { (void)wkr::wage_bill(tables(), 2026, payroll("-1"_d, "0"_d)); }, ErrorCode::invalid_argument,
               "the wage from current employment is -1; it cannot be negative");
  expect_error([] { (void)wkr::wage_bill(tables(), 2026, payroll("1"_d, "-1"_d)); }, ErrorCode::invalid_argument,
               "the wage from former employment is -1");
}

TEST(WageBill, EarlyYearsCiteTheUnconfirmedEntry) {
  const auto bill = wkr::wage_bill(tables(), 2020, payroll("1"_d, "0"_d), wkr::Explain::yes);
  EXPECT_EQ(bill.explanation.steps.at(1).parameters.at(0)->confidence, "unconfirmed");
  EXPECT_EQ(bill.explanation.steps.at(1).parameters.at(0)->effective_from, "2015-01-01");
  EXPECT_EQ(wkr::to_json(bill)["former_included"], true);
}

// ---- the two methods in a group ----------------------------------------------------------------

// A: 900,000 current + 150,000 former (14.3% of its own 1,050,000: out on its own).
// B: 1,000,000 current. Together 150,000 of 2,050,000 = 7.3%: in at group level.
std::vector<MemberPayroll> pensions_in_a() {
  return {{"A", payroll("900000"_d, "150000"_d), true}, {"B", payroll("1000000"_d, "0"_d), true}};
}

TEST(GroupWageBill, GroupMethodTestsTheGroupsTotals) {
  const auto group = wkr::group_wage_bill(tables(), 2026, pensions_in_a(), FormerWageTest::group, wkr::Explain::yes);
  EXPECT_EQ(group.members[0].wage_bill.to_string(), "1050000");
  EXPECT_TRUE(group.members[0].former_included);
  EXPECT_EQ(group.wage_bill.to_string(), "2050000");
  const auto step = std::find_if(group.explanation.steps.begin(), group.explanation.steps.end(),
                                 [](const wkr::Step& s) { return s.rule == "wage_bill.former_employment.group"; });
  ASSERT_NE(step, group.explanation.steps.end());
  EXPECT_EQ(wkr::to_plain_text(step->formula), "150000 ≤ 0.10 × 2050000 = 205000.00");
  // One group test, no member tests.
  EXPECT_EQ(std::count_if(group.explanation.steps.begin(), group.explanation.steps.end(),
                          [](const wkr::Step& s) { return s.rule.starts_with("wage_bill.former_employment"); }),
            1);
  // Its free space in 2026: 2% × 400,000 + 1.18% × 1,650,000 = 8,000 + 19,470 = 27,470.00.
  EXPECT_EQ(wkr::group_scheme_free_space(tables(), 2026, group.group_members()).free_space.to_string(), "27470.00");
}

TEST(GroupWageBill, MemberMethodTestsEachMember) {
  const auto group = wkr::group_wage_bill(tables(), 2026, pensions_in_a(), FormerWageTest::member, wkr::Explain::yes);
  EXPECT_FALSE(group.members[0].former_included);
  EXPECT_EQ(group.members[0].wage_bill.to_string(), "900000");
  EXPECT_TRUE(group.members[1].former_included);
  EXPECT_EQ(group.wage_bill.to_string(), "1900000");
  EXPECT_EQ(std::count_if(group.explanation.steps.begin(), group.explanation.steps.end(),
                          [](const wkr::Step& s) { return s.rule == "wage_bill.former_employment.member"; }),
            2);
  // 8,000 + 1.18% × 1,500,000 = 8,000 + 17,700 = 25,700.00.
  EXPECT_EQ(wkr::group_scheme_free_space(tables(), 2026, group.group_members()).free_space.to_string(), "25700.00");
}

TEST(GroupWageBill, TheGroupTestCanAlsoLeaveOutWhatAMemberWouldKeep) {
  // A: 1,000,000 + 100,000 former (9.1%: in on its own); B: 100,000 + 200,000 former (66.7%: out).
  // Together 300,000 of 1,400,000 = 21.4%: out — for both members.
  const std::vector<MemberPayroll> members = {{"A", payroll("1000000"_d, "100000"_d), true},
                                              {"B", payroll("100000"_d, "200000"_d), true}};
  const auto by_group = wkr::group_wage_bill(tables(), 2026, members, FormerWageTest::group);
  EXPECT_EQ(by_group.members[0].wage_bill.to_string(), "1000000");
  EXPECT_EQ(by_group.members[1].wage_bill.to_string(), "100000");
  EXPECT_EQ(by_group.wage_bill.to_string(), "1100000");
  const auto by_member = wkr::group_wage_bill(tables(), 2026, members, FormerWageTest::member);
  EXPECT_EQ(by_member.members[0].wage_bill.to_string(), "1100000");
  EXPECT_EQ(by_member.members[1].wage_bill.to_string(), "100000");
  EXPECT_EQ(by_member.wage_bill.to_string(), "1200000");
}

TEST(GroupWageBill, APartYearMemberIsTestedOnItsOwnAndNotCounted) {
  // C joined during the year: 100,000 + 50,000 former (33%: out), whatever the group's outcome.
  std::vector<MemberPayroll> members = pensions_in_a();
  members.push_back({"C", payroll("100000"_d, "50000"_d), false});
  const auto group = wkr::group_wage_bill(tables(), 2026, members, FormerWageTest::group, wkr::Explain::yes);
  EXPECT_TRUE(group.members[0].former_included);  // the group's test: 150,000 of 2,050,000
  EXPECT_FALSE(group.members[2].former_included);
  EXPECT_EQ(group.members[2].wage_bill.to_string(), "100000");
  EXPECT_EQ(group.wage_bill.to_string(), "2050000");
  EXPECT_EQ(std::count_if(group.explanation.steps.begin(), group.explanation.steps.end(),
                          [](const wkr::Step& s) { return s.rule == "wage_bill.former_employment.outside"; }),
            1);
  const auto as_members = group.group_members();
  EXPECT_FALSE(as_members[2].whole_year);
  EXPECT_EQ(as_members[2].wage_bill.to_string(), "100000");
}

TEST(GroupWageBill, Errors) {
  expect_error([] { (void)wkr::group_wage_bill(tables(), 2026, std::vector<MemberPayroll>{}); },
               ErrorCode::invalid_argument, "at least one member");
  expect_error(
      [] {
        (void)wkr::group_wage_bill(tables(), 2026, std::vector<MemberPayroll>{{"A", {}, true}, {"A", {}, true}});
      },
      ErrorCode::invalid_argument, "two members are named 'A'");
  expect_error([] { (void)wkr::group_wage_bill(tables(), 2026, std::vector<MemberPayroll>{{"A", {}, false}}); },
               ErrorCode::invalid_argument, "no member belonged to the group for the whole of 2026");
  expect_error(
      [] {
        (void)wkr::group_wage_bill(tables(), 2026, std::vector<MemberPayroll>{{"A", payroll("-5"_d, "0"_d), true}});
      },
      ErrorCode::invalid_argument, "the wage from current employment of A is -5");
}

// ---- the CSV reader -----------------------------------------------------------------------------

TEST(PayrollCsv, ReadsTheRows) {
  const auto rows = wkr::read_payroll_csv(
      "former,employee,fiscal_wage\nno,Anna,30000.50\nyes,\"Piet, sr.\",2000\ntrue,Cor,1\n0,Dirk,-5\n", "payroll.csv");
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[1].employee, "Piet, sr.");
  EXPECT_TRUE(rows[1].former);
  EXPECT_TRUE(rows[2].former);
  EXPECT_FALSE(rows[3].former);
  EXPECT_EQ(rows[3].fiscal_wage.to_string(), "-5");
}

TEST(PayrollCsv, ReportsEveryBadRowWithItsLine) {
  expect_error(
      [] {
        (void)wkr::read_payroll_csv(
            "employee,fiscal_wage,former\nAnna,30000,no\n,100,no\nBram,1.000,50,no\nCor,12,maybe\nDirk,,yes\n",
            "payroll.csv");
      },
      ErrorCode::invalid_argument,
      "payroll.csv: 4 bad rows, nothing was evaluated — line 3: the employee is empty; line 4: 4 fields, the header "
      "has 3; line 5: former 'maybe' is not yes or no (also true/false, 1/0); line 6: the fiscal wage is empty");
  expect_error([] { (void)wkr::read_payroll_csv("employee,wage,former\n", "payroll.csv"); },
               ErrorCode::invalid_argument, "unknown column 'wage'");
  expect_error([] { (void)wkr::read_payroll_csv("employee,fiscal_wage,former\nA,12.5x,no\n", "payroll.csv"); },
               ErrorCode::invalid_argument, "line 2: column 2: the fiscal wage '12.5x' is not a plain decimal");
  expect_error([] { (void)wkr::read_payroll_csv("", "payroll.csv"); }, ErrorCode::invalid_argument,
               "payroll.csv is empty; its first row is the header employee,fiscal_wage,former");
}

}  // namespace
