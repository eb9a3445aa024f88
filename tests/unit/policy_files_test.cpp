// The policy file (YAML) and the population (CSV) of a scenario: what they read, and that every
// error names file:line (and column for YAML) and what would be right.
#include <gtest/gtest.h>

#include "test_support.hpp"
#include "wkr/policy/policy_file.hpp"
#include "wkr/policy/population.hpp"

namespace {

using namespace wkr::literals;
using wkr::ErrorCode;
using wkr::test::expect_error;

TEST(PolicyFile, ReadsEveryPart) {
  const wkr::Policy p = wkr::read_policy_yaml(R"(# a comment
policy: Werken waar je wilt
ambition_level: 4
description: three home days
assumptions: {working_weeks: 46}
groups:
  henry: {home_days: 3}
  molly: {home_days: 2, coworking_days: 2}
travel: {kind: fixed, per_km: 0.21, fixed_days: working_week, modes: [car, company-bicycle]}
home_working: {per_day: 2.45}
internet: {per_month: 30.50, necessary: true, groups: [henry]}
arbo: {per_year: 150}
coworking: {per_day: 15}
excess: cheapest
)",
                                              "p.yaml");
  EXPECT_EQ(p.name, "Werken waar je wilt");
  EXPECT_EQ(p.ambition_level, 4);
  EXPECT_EQ(p.source, "p.yaml");
  EXPECT_EQ(p.working_weeks->to_string(), "46");
  EXPECT_EQ(*p.groups.at("henry").home_days, 3);
  EXPECT_FALSE(p.groups.at("henry").coworking_days.has_value());
  EXPECT_EQ(*p.groups.at("molly").coworking_days, 2);
  EXPECT_EQ(p.travel->kind, wkr::TravelKind::fixed);
  EXPECT_EQ(p.travel->per_km.to_string(), "0.21");
  EXPECT_EQ(p.travel->fixed_days, wkr::FixedDays::working_week);
  EXPECT_EQ(p.travel->modes, (std::vector<wkr::TravelMode>{wkr::TravelMode::car, wkr::TravelMode::company_bicycle}));
  EXPECT_EQ(p.home_working_per_day->to_string(), "2.45");
  EXPECT_EQ(p.internet->amount.to_string(), "30.50");
  EXPECT_TRUE(p.internet->necessary);
  EXPECT_TRUE(p.internet->applies_to("henry"));
  EXPECT_FALSE(p.internet->applies_to("dora"));
  EXPECT_TRUE(p.arbo->applies_to("dora"));
  EXPECT_EQ(p.coworking_per_day->to_string(), "15");
  EXPECT_EQ(p.excess, wkr::ExcessRule::cheapest);
  EXPECT_EQ(p.excess_where.to_string(), "p.yaml:14:9");

  const wkr::Policy b = wkr::read_policy_yaml("policy: b\nambition_level: 3\nbudget: {per_month: 150, groups: {fred: 200}}\n",
                                              "b.yaml");
  EXPECT_EQ(b.budget->per_year.to_string(), "1800");
  EXPECT_EQ(b.budget->of("fred").to_string(), "2400");
  EXPECT_EQ(b.budget->of("henry").to_string(), "1800");
  EXPECT_EQ(b.budget->rest, wkr::BudgetRest::keep);
  EXPECT_FALSE(b.travel.has_value());
}

void expect_policy_error(const std::string& text, ErrorCode code, const std::string& needle) {
  expect_error([&] { (void)wkr::read_policy_yaml(text, "p.yaml"); }, code, needle);
}

TEST(PolicyFile, ErrorsNameFileLineAndColumn) {
  const std::string head = "policy: x\nambition_level: 3\n";
  expect_policy_error("policy: [x\n", ErrorCode::parse, "p.yaml:2:1: YAML syntax error");
  expect_policy_error(head + "travell: {kind: fixed}\n", ErrorCode::invalid_argument,
                      "p.yaml:3:1: unknown key 'travell' in a policy file; the keys are 'policy', 'ambition_level'");
  expect_policy_error("policy: x\nambition_level: 7\n", ErrorCode::invalid_argument,
                      "p.yaml:2:17: ambition_level is '7'; give a whole number from 1 to 6");
  expect_policy_error("ambition_level: 3\n", ErrorCode::invalid_argument, "p.yaml:1:1: a policy file needs the key 'policy'");
  expect_policy_error(head + "travel:\n  kind: fixed\n  per_km: 0,23\n", ErrorCode::invalid_argument,
                      "p.yaml:5:11: per_km: '0,23' is not a plain decimal");
  expect_policy_error(head + "travel: {kind: daily, per_km: 0.23}\n", ErrorCode::invalid_argument,
                      "p.yaml:3:16: kind is 'daily'; expected fixed (on the weekly pattern) or flexible");
  expect_policy_error(head + "travel: {kind: flexible, per_km: 0.23, fixed_days: pattern}\n",
                      ErrorCode::invalid_argument, "fixed_days is for a fixed travel allowance (kind: fixed)");
  expect_policy_error(head + "travel: {kind: fixed, per_km: 0.23, modes: [car, train]}\n", ErrorCode::invalid_argument,
                      "p.yaml:3:50: 'train' is not a travel mode; expected car, bike, public-transport or company-bicycle");
  expect_policy_error(head + "home_working: {per_day: -2}\n", ErrorCode::invalid_argument,
                      "p.yaml:3:25: per_day is -2; it cannot be negative");
  expect_policy_error(head + "internet: {per_month: 30.001, necessary: true}\n", ErrorCode::invalid_argument,
                      "per_month is 30.001; give an amount in whole cents");
  expect_policy_error(head + "internet: {per_month: 30, necessary: yes}\n", ErrorCode::invalid_argument,
                      "p.yaml:3:38: necessary is 'yes'; give true when the employer judges internet necessary");
  expect_policy_error(head + "internet: {per_month: 30}\n", ErrorCode::invalid_argument,
                      "internet needs the key 'necessary'");
  expect_policy_error(head + "arbo: {per_year: 100, groups: []}\n", ErrorCode::invalid_argument,
                      "arbo.groups is a list of group names");
  expect_policy_error(head + "groups:\n  henry: {}\n", ErrorCode::invalid_argument,
                      "p.yaml:4:3: group 'henry' changes nothing");
  expect_policy_error(head + "groups:\n  henry: {home_days: 8}\n", ErrorCode::invalid_argument,
                      "home_days is '8'; give a whole number from 0 to 7");
  expect_policy_error(head + "budget: {per_year: 1000, per_month: 100}\n", ErrorCode::invalid_argument,
                      "a budget has per_year or per_month (one of the two)");
  expect_policy_error(head + "budget: {per_year: 1000, rest: spend}\n", ErrorCode::invalid_argument,
                      "'spend' is not a rule for the rest; expected pay-out or keep");
  expect_policy_error(head + "budget: {per_year: 1000}\ntravel: {kind: fixed, per_km: 0.23}\n",
                      ErrorCode::invalid_argument, "p.yaml:4:9: 'travel' does not go with a budget");
  expect_policy_error(head + "excess: wage\n", ErrorCode::invalid_argument,
                      "p.yaml:3:9: excess is 'wage'; expected designate or cheapest");
  expect_policy_error(head + "assumptions: {working_weeks: 60}\n", ErrorCode::invalid_argument,
                      "working_weeks is 60; give the weeks a year a full-timer travels");
}

const std::string header =
    "id,group,office_days,home_days,coworking_days,km_one_way,mode,minutes_one_way,coworking_km_one_way,"
    "coworking_minutes_one_way,fiscal_wage,marginal_rate\n";

TEST(Population, ReadsTheRows) {
  const wkr::Population p = wkr::read_population_csv(header +
                                                         "E1,henry,3,2,0,20.5,car,30,,,50000,0.3756\n"
                                                         "E2,molly,2,2,1,30,public-transport,60,5,20,60000,\n",
                                                     "pop.csv");
  ASSERT_EQ(p.employees.size(), 2u);
  EXPECT_TRUE(p.fiscal_wage);
  EXPECT_EQ(p.employees[0].km_one_way.to_string(), "20.5");
  EXPECT_EQ(p.employees[0].marginal_rate->to_string(), "0.3756");
  EXPECT_EQ(p.employees[1].mode, wkr::TravelMode::public_transport);
  EXPECT_EQ(p.employees[1].pattern.coworking_days, 1);
  EXPECT_FALSE(p.employees[1].marginal_rate.has_value());
  EXPECT_EQ(p.employees[1].line, 3);
  EXPECT_EQ(p.where(p.employees[1]), "pop.csv: line 3");
  const wkr::Population minimal = wkr::read_population_csv(
      "id,group,office_days,home_days,coworking_days,km_one_way,mode,minutes_one_way\nA,fred,5,0,0,3,bike,12\n",
      "m.csv");
  EXPECT_FALSE(minimal.fiscal_wage);
}

TEST(Population, EveryBadRowWithItsLine) {
  expect_error(
      [] {
        (void)wkr::read_population_csv(header +
                                           "E1,henry,3,2,0,20,car,30,,,50000,0.3756\n"
                                           "E1,henry,3,2,0,20,car,30,,,50000,0.3756\n"
                                           "E3,,8,0,0,20,train,30,,,50000,1.2\n"
                                           "E4,dora,5,3,0,-4,car,30,,,,\n"
                                           "E5,molly,2,2,1,20,car,30,,,50000,\n",
                                       "pop.csv");
      },
      ErrorCode::invalid_argument,
      "bad rows, nothing was evaluated — line 3: id 'E1' is given again (first on line 2); every "
      "employee appears once; line 4: the group is empty; line 4: office_days is '8'; give the days a week, a whole "
      "number from 0 to 7; line 4: 'train' is not a travel mode; expected car, bike, public-transport or "
      "company-bicycle; line 4: the marginal rate is 1.2; give a fraction from 0 up to but not including 1, e.g. "
      "0.3756; line 5: the office, home and co-working days a week add up to 8; a working week has 1 to 7 days; "
      "line 5: km_one_way is -4; it cannot be negative (give 0 or more); line 5: fiscal_wage is empty; line 6: "
      "co-working days need coworking_km_one_way and coworking_minutes_one_way");
  expect_error([] { (void)wkr::read_population_csv("id,group,mode\nA,b,car\n", "pop.csv"); },
               ErrorCode::invalid_argument, "pop.csv: line 1: the header lacks the column 'office_days'");
  expect_error([] { (void)wkr::read_population_csv(header, "pop.csv"); }, ErrorCode::invalid_argument,
               "no employees: the header is the only row");
}

TEST(MarginalRates, ReadStrictly) {
  const auto rates = wkr::read_marginal_rates_csv("employee,marginal_rate\nA,0.3756\nB,0\n", "r.csv");
  EXPECT_EQ(rates.at("A").to_string(), "0.3756");
  EXPECT_EQ(rates.at("B").to_string(), "0");
  expect_error([] { (void)wkr::read_marginal_rates_csv("employee,marginal_rate\nA,0.3\nA,0.4\nB,1\n", "r.csv"); },
               ErrorCode::invalid_argument,
               "r.csv: 2 bad rows, nothing was evaluated — line 3: employee 'A' is given again (first on line 2)");
}

}  // namespace
