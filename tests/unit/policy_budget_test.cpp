// The where-you-work budget (include/wkr/policy/budget.hpp): worked examples computed by hand in the
// comments from the 2026 figures (€2.45 a home-working day, €0.23 a km, 214 days for a full week,
// final levy 80%), the errors, and a randomized check that the budget never gives the employee less
// than three simple rules computed independently here: everything as wage, everything designated,
// and the exemptions only.
#include <gtest/gtest.h>

#include <random>

#include "test_support.hpp"
#include "wkr/policy/budget.hpp"

namespace {

using namespace wkr::literals;
using wkr::Budget;
using wkr::BudgetCategory;
using wkr::BudgetInput;
using wkr::Decimal;
using wkr::ErrorCode;
using wkr::TravelMode;
using wkr::test::expect_error;
using wkr::test::tables;

BudgetInput henry() {
  BudgetInput in;
  in.budget = "3000"_d;
  in.pattern = {3, 2, 0};
  in.km_one_way = "20"_d;
  in.mode = TravelMode::car;
  in.internet_necessary = true;
  in.internet_per_month = "30"_d;
  in.marginal_rate = "0.3756"_d;
  in.free_space_left = "500"_d;
  return in;
}

std::string share(const Budget& b, BudgetCategory c) { return b.share(c).net().to_string(); }

// Exempt: 2/5 × 214 = 85.6 days × 2.45 = 209.72; 3/5 × 214 = 128.4 × 20 × 2 × 0.23 = 1181.28;
// internet 12 × 30 = 360 — 1751.00. Left 1249.00: 500.00 in the free space, 749.00 beyond it.
// Final levy: floor(749 / 1.80) = 416.11 net. Wage at 0.3756: floor(749 × 0.6244) = 467.67 net,
// gross ceil(467.67 / 0.6244) = ceil(748.991…) = 749.00. The wage gives more: 2718.67 net.
TEST(Budget, ExemptionsThenFreeSpaceThenTheWageRoute) {
  const Budget b = wkr::budget(tables(), 2026, henry());
  EXPECT_EQ(share(b, BudgetCategory::home_working), "209.72");
  EXPECT_EQ(share(b, BudgetCategory::commuting), "1181.28");
  EXPECT_EQ(share(b, BudgetCategory::internet), "360.00");
  EXPECT_EQ(b.exempt.to_string(), "1751.00");
  EXPECT_EQ(b.free_space_used.to_string(), "500.00");
  EXPECT_EQ(b.route, wkr::TaxRoute::wage);
  EXPECT_EQ(b.wage_net.to_string(), "467.67");
  EXPECT_EQ(b.wage_gross.to_string(), "749.00");
  EXPECT_EQ(b.gross_up().to_string(), "281.33");
  EXPECT_EQ(b.net_value.to_string(), "2718.67");
  EXPECT_EQ(b.employer_cost.to_string(), "3000.00");
  EXPECT_EQ(b.left_over.to_string(), "0.00");
  EXPECT_EQ(b.free_space_left.to_string(), "0.00");
  EXPECT_EQ(b.share(BudgetCategory::rest).free_space.to_string(), "500.00");
  EXPECT_EQ(b.share(BudgetCategory::rest).wage.to_string(), "467.67");
  EXPECT_FALSE(b.customary.review);
}

// At 0.4950 the wage gives floor(749 × 0.505) = 378.24 < 416.11: the final levy. Levy 0.80 ×
// 416.11 = 332.888 (exact; the employer's levy is rounded at its total); cost 416.11 + 332.888 =
// 748.998, so 0.002 of the budget is left over.
TEST(Budget, TheFinalLevyWhenItGivesMore) {
  BudgetInput in = henry();
  in.marginal_rate = "0.4950"_d;
  const Budget b = wkr::budget(tables(), 2026, in);
  EXPECT_EQ(b.route, wkr::TaxRoute::final_levy);
  EXPECT_EQ(b.above_free_space.to_string(), "416.11");
  EXPECT_EQ(b.final_levy.to_string(), "332.888");
  EXPECT_EQ(b.net_value.to_string(), "2667.11");
  EXPECT_EQ(b.employer_cost.to_string(), "2999.998");
  EXPECT_EQ(b.left_over.to_string(), "0.002");
  EXPECT_EQ(b.designated().to_string(), "916.11");
}

// € 100 a month is 1200 a year: home working 209.72, then commuting min(1181.28, 990.28).
TEST(Budget, AMonthlyBudgetRunsOutInTheExemptions) {
  BudgetInput in = henry();
  in.budget = "100"_d;
  in.period = wkr::BudgetPeriod::month;
  const Budget b = wkr::budget(tables(), 2026, in);
  EXPECT_EQ(b.budget.to_string(), "1200.00");
  EXPECT_EQ(share(b, BudgetCategory::home_working), "209.72");
  EXPECT_EQ(share(b, BudgetCategory::commuting), "990.28");
  EXPECT_EQ(b.share(BudgetCategory::commuting).wanted.to_string(), "1181.28");
  EXPECT_EQ(share(b, BudgetCategory::internet), "0.00");
  EXPECT_EQ(b.net_value.to_string(), "1200.00");
  EXPECT_EQ(b.left_over.to_string(), "0.00");
  EXPECT_EQ(b.route, wkr::TaxRoute::none);
}

// Two office days at 15 km, two at home, one at a co-working space 4 km away by bicycle; the
// co-working space costs 300 a year; 100 of free space left, no marginal rate, the rest kept.
// Home 209.72; commuting 85.6 × 15 × 2 × 0.23 = 590.64; co-working travel 42.8 × 4 × 2 × 0.23 =
// 78.752 → 78.75 (down); the space: 100.00 in the free space, 200.00 above it, levy 160.00.
// Cost 209.72 + 590.64 + 78.75 + 100 + 200 + 160 = 1339.11; left over 2000 − 1339.11 = 660.89.
TEST(Budget, CoworkingTravelIsExemptTheSpaceIsNot) {
  BudgetInput in;
  in.budget = "2000"_d;
  in.pattern = {2, 2, 1};
  in.km_one_way = "15"_d;
  in.mode = TravelMode::bike;
  in.coworking_km_one_way = "4"_d;
  in.coworking_cost = "300"_d;
  in.free_space_left = "100"_d;
  in.rest = wkr::BudgetRest::keep;
  const Budget b = wkr::budget(tables(), 2026, in);
  EXPECT_EQ(share(b, BudgetCategory::commuting), "590.64");
  EXPECT_EQ(share(b, BudgetCategory::coworking_travel), "78.75");
  EXPECT_NE(b.share(BudgetCategory::coworking_travel).reference.find("KG:204:2024:6"), std::string_view::npos);
  EXPECT_EQ(b.share(BudgetCategory::coworking_space).exempt.to_string(), "0.00");
  EXPECT_EQ(b.share(BudgetCategory::coworking_space).free_space.to_string(), "100.00");
  EXPECT_EQ(b.share(BudgetCategory::coworking_space).above_free_space.to_string(), "200.00");
  EXPECT_EQ(b.final_levy.to_string(), "160.00");
  EXPECT_EQ(b.employer_cost.to_string(), "1339.11");
  EXPECT_EQ(b.left_over.to_string(), "660.89");
  EXPECT_EQ(share(b, BudgetCategory::rest), "0.00");
}

// Public transport at the tickets' actual cost: 4/5 × 214 = 171.2 days × 12.40 = 2122.88; home
// 1/5 × 214 = 42.8 × 2.45 = 104.86. The rest kept: 5000 − 2227.74 = 2772.26.
TEST(Budget, PublicTransportAtActualCost) {
  BudgetInput in;
  in.budget = "5000"_d;
  in.pattern = {4, 1, 0};
  in.km_one_way = "40"_d;
  in.mode = TravelMode::public_transport;
  in.fare_per_day = "12.40"_d;
  in.rest = wkr::BudgetRest::keep;
  const Budget b = wkr::budget(tables(), 2026, in);
  EXPECT_EQ(share(b, BudgetCategory::commuting), "2122.88");
  EXPECT_EQ(b.share(BudgetCategory::commuting).rule, "public_transport.cap");
  EXPECT_EQ(share(b, BudgetCategory::home_working), "104.86");
  EXPECT_EQ(b.left_over.to_string(), "2772.26");
}

// A company bicycle: no exemption by the km. The whole 1000 goes beyond a free space of 0, with no
// marginal rate: floor(1000 / 1.80) = 555.55 net, levy 444.44, left over 0.01.
TEST(Budget, ACompanyBicycleHasNoKmExemption) {
  BudgetInput in;
  in.budget = "1000"_d;
  in.pattern = {5, 0, 0};
  in.km_one_way = "8"_d;
  in.mode = TravelMode::company_bicycle;
  const Budget b = wkr::budget(tables(), 2026, in);
  EXPECT_EQ(b.share(BudgetCategory::commuting).wanted.to_string(), "0.00");
  EXPECT_EQ(b.share(BudgetCategory::commuting).rule, "budget.company_bicycle");
  EXPECT_EQ(b.above_free_space.to_string(), "555.55");
  EXPECT_EQ(b.final_levy.to_string(), "444.44");
  EXPECT_EQ(b.left_over.to_string(), "0.01");
}

// 2021: no home-working exemption yet, and the office days (3 × 214 ≥ 5 × 128) keep the working
// week: 214 × 20 × 2 × 0.19 = 1626.40.
TEST(Budget, FollowsTheYearsRules) {
  BudgetInput in = henry();
  in.budget = "2000"_d;
  in.internet_necessary = false;
  in.internet_per_month = Decimal();
  in.rest = wkr::BudgetRest::keep;
  const Budget b = wkr::budget(tables(), 2021, in);
  EXPECT_EQ(share(b, BudgetCategory::home_working), "0.00");
  EXPECT_EQ(share(b, BudgetCategory::commuting), "1626.40");
  EXPECT_EQ(b.left_over.to_string(), "373.60");
}

TEST(Budget, RefusesWhatItCannotUse) {
  const auto with = [](auto change) {
    BudgetInput in = henry();
    change(in);
    return [in] { (void)wkr::budget(tables(), 2026, in); };
  };
  expect_error(with([](BudgetInput& in) { in.marginal_rate = "1"_d; }), ErrorCode::invalid_argument,
               "the marginal rate is 1; give a fraction from 0 up to but not including 1");
  expect_error(with([](BudgetInput& in) { in.marginal_rate = "-0.1"_d; }), ErrorCode::invalid_argument,
               "the marginal rate is -0.1");
  expect_error(with([](BudgetInput& in) { in.budget = "10.001"_d; }), ErrorCode::invalid_argument,
               "the budget is 10.001; give whole cents");
  expect_error(with([](BudgetInput& in) { in.fare_per_day = "10"_d; }), ErrorCode::invalid_argument,
               "the fare a day is for public transport; the mode is car");
  expect_error(with([](BudgetInput& in) { in.pattern = {2, 2, 1}; }), ErrorCode::invalid_argument,
               "the distance to the co-working space is needed");
  expect_error(with([](BudgetInput& in) { in.internet_per_month = Decimal(); }), ErrorCode::invalid_argument,
               "internet is necessary but its cost is not given");
  expect_error(with([](BudgetInput& in) { in.pattern = {0, 0, 0}; }), ErrorCode::invalid_argument,
               "add up to 0; a working week has 1 to 7 days");
  expect_error(with([](BudgetInput& in) { in.pattern = {5, 3, 0}; }), ErrorCode::invalid_argument,
               "add up to 8");
  expect_error([] { (void)wkr::budget(tables(), 2027, henry()); }, ErrorCode::not_covered, "2027");
}

TEST(Budget, TheNumbersDoNotDependOnExplaining) {
  for (const char* rate : {"0.3756", "0.4950"}) {
    BudgetInput in = henry();
    in.marginal_rate = Decimal::parse(rate);
    const Budget plain = wkr::budget(tables(), 2026, in);
    const Budget explained = wkr::budget(tables(), 2026, in, wkr::Explain::yes);
    EXPECT_TRUE(plain.explanation.steps.empty());
    EXPECT_FALSE(explained.explanation.steps.empty());
    EXPECT_EQ(plain.net_value.to_string(), explained.net_value.to_string());
    EXPECT_EQ(plain.employer_cost.to_string(), explained.employer_cost.to_string());
    for (std::size_t c = 0; c < wkr::budget_category_count; ++c) {
      EXPECT_EQ(plain.shares[c].net().to_string(), explained.shares[c].net().to_string());
    }
  }
}

// ---- never worse than a simple rule -----------------------------------------------------------

Decimal cents_down(const Decimal& value) { return value.rounded(2, wkr::Rounding::floor); }

/// A decimal of `cents` whole cents.
Decimal from_cents(long long cents) { return Decimal::from_coefficient(cents, 2); }

// Random employees (car or bicycle, 1–5 days, internet, arbo, a budget, free space, a rate). The
// simple rules, computed here from the 2026 figures and not by the library:
//   all as wage:       floor(B × (1 − r))
//   all designated:    f + floor((B − f) / 1.80), f = min(B, F)
//   exemptions only:   min(B, the exempt maxima), the rest unspent
// The budget's net value is at least each of them, it never spends more than B, and its parts add up.
TEST(Budget, NeverLosesToASimpleRule) {
  std::mt19937 random(20261201);
  const auto below = [&](int n) { return static_cast<int>(random() % static_cast<unsigned>(n)); };
  const Decimal daily = "2.45"_d;
  const Decimal per_km = "0.23"_d;
  const Decimal levy = "1.80"_d;
  const Decimal basis_a_day = "42.8"_d;  // 214 / 5
  const Decimal one = Decimal::from_integer(1);
  const std::vector<Decimal> rates = {"0.3575"_d, "0.3756"_d, "0.4950"_d, "0"_d, "0.4444"_d, "0.9999"_d};
  for (int round = 0; round < 400; ++round) {
    BudgetInput in;
    const int week = 1 + below(5);
    in.pattern.home_days = below(week + 1);
    in.pattern.office_days = week - in.pattern.home_days;
    in.km_one_way = Decimal::from_coefficient(below(800), 1);
    in.mode = below(2) == 0 ? TravelMode::car : TravelMode::bike;
    in.internet_necessary = below(2) == 0;
    in.internet_per_month = from_cents(below(2) == 0 ? 0 : below(6000));
    if (in.internet_necessary && in.internet_per_month.is_zero()) in.internet_per_month = "25"_d;
    in.arbo_cost = from_cents(below(3) == 0 ? below(50000) : 0);
    in.budget = from_cents(below(800000));
    in.free_space_left = from_cents(below(300000));
    in.marginal_rate = round % 7 == 0 ? Decimal::from_coefficient(below(10000), 4) : rates[static_cast<std::size_t>(round) % rates.size()];
    const Budget b = wkr::budget(tables(), 2026, in);

    const Decimal B = in.budget;
    const Decimal r = *in.marginal_rate;
    const Decimal caps = cents_down(Decimal::from_integer(in.pattern.home_days) * basis_a_day * daily) +
                         cents_down(Decimal::from_integer(in.pattern.office_days) * basis_a_day * in.km_one_way *
                                    Decimal::from_integer(2) * per_km) +
                         (in.internet_necessary ? in.internet_per_month * Decimal::from_integer(12) : Decimal()) +
                         in.arbo_cost;
    const Decimal all_wage = cents_down(B * (one - r));
    const Decimal f = wkr::min(B, in.free_space_left);
    const Decimal all_designated = f + Decimal::divide(B - f, levy, 2, wkr::Rounding::floor);
    const Decimal exemptions_only = wkr::min(B, caps);
    SCOPED_TRACE("round " + std::to_string(round) + ": budget " + B.to_string() + ", rate " + r.to_string() +
                 ", free space " + in.free_space_left.to_string() + ", exempt maxima " + caps.to_string());
    EXPECT_GE(b.net_value, all_wage);
    EXPECT_GE(b.net_value, all_designated);
    EXPECT_GE(b.net_value, exemptions_only);
    EXPECT_EQ(b.exempt, exemptions_only);  // the exemptions are used to the full
    EXPECT_LE(b.employer_cost, B);
    EXPECT_FALSE(b.left_over.is_negative());
    EXPECT_LT(b.left_over, "0.02"_d);  // the rest is paid out: only a rounding remainder is left
    Decimal net;
    for (const auto& s : b.shares) net += s.net();
    EXPECT_EQ(net, b.net_value);
    EXPECT_EQ(b.employer_cost + b.left_over, B);
  }
}

}  // namespace
