// The ledger (ledger.hpp), the exact distribution (distribution.hpp), fixed allowances month by
// month (allowances/by_month.hpp) and the periods CSV (periods_csv.hpp). Expected amounts are
// worked out in the comments or computed independently of the code under test; the property
// tests compare the ledger's year-end with wkr::settle() on the year's totals.
#include "wkr/ledger.hpp"

#include <gtest/gtest.h>

#include <random>

#include "wkr/allowances/by_month.hpp"
#include "wkr/distribution.hpp"
#include "wkr/json.hpp"
#include "wkr/periods_csv.hpp"
#include "wkr/request.hpp"

#include "test_support.hpp"

namespace {

using wkr::test::expect_error;
using wkr::test::tables;

using wkr::Decimal;
using wkr::ErrorCode;
using wkr::Explain;
using wkr::GroupMember;
using wkr::Ledger;
using wkr::LedgerOptions;
using wkr::LevyBasis;
using wkr::LevyStrategy;
using wkr::PeriodInput;
using wkr::PeriodLength;
using wkr::ThresholdToDate;
using namespace wkr::literals;

/// A year of periods with the same wage bill and designated amount each period.
std::vector<PeriodInput> steady(int count, const Decimal& wage_bill, const Decimal& designated) {
  std::vector<PeriodInput> periods;
  for (int p = 1; p <= count; ++p) periods.push_back({.period = p, .wage_bill = wage_bill, .designated = designated});
  return periods;
}

/// W6 spread over 2025: €40,000 a month, €60,000 in December, €14,180 designated in December.
std::vector<PeriodInput> w6_year() {
  std::vector<PeriodInput> periods = steady(12, "40000"_d, "0"_d);
  periods[11].wage_bill = "60000"_d;
  periods[11].designated = "14180"_d;
  return periods;
}

LedgerOptions as_you_go(LevyBasis basis = LevyBasis::actual) {
  LedgerOptions options;
  options.strategy = LevyStrategy::as_you_go;
  options.basis = basis;
  return options;
}

// ---- the exact distribution ----------------------------------------------------------------------

TEST(Distribution, EvenSplitGivesTheSpareCentsToTheEarliestPeriods) {
  // 100000 cents / 12 = 8333 rest 4: periods 1–4 get 83.34, 5–12 get 83.33.
  const std::vector<Decimal> parts = wkr::distribute("1000"_d, 12);
  ASSERT_EQ(parts.size(), 12u);
  for (std::size_t i = 0; i < 12; ++i) EXPECT_EQ(parts[i].to_string(), i < 4 ? "83.34" : "83.33") << i;
  // 1575.04 (W14) / 12 = 131.2533…: 157504 cents = 12 × 13125 + 4.
  const std::vector<Decimal> commute = wkr::distribute("1575.04"_d, 12);
  EXPECT_EQ(commute[3].to_string(), "131.26");
  EXPECT_EQ(commute[4].to_string(), "131.25");
}

TEST(Distribution, WeightsTakeTheLargestRemainder) {
  // 10000 cents × 1/3 = 3333 rest 1; × 2/3 = 6666 rest 2: the cent left goes to the larger rest.
  const std::vector<int> weights = {1, 2};
  const std::vector<Decimal> parts = wkr::distribute("100"_d, weights);
  EXPECT_EQ(parts[0].to_string(), "33.33");
  EXPECT_EQ(parts[1].to_string(), "66.67");
  // A weight of 0 gets nothing.
  const std::vector<int> gap = {1, 0, 1};
  const std::vector<Decimal> with_gap = wkr::distribute("0.03"_d, gap);
  EXPECT_EQ(with_gap[0].to_string(), "0.02");
  EXPECT_EQ(with_gap[1].to_string(), "0.00");
  EXPECT_EQ(with_gap[2].to_string(), "0.01");
}

TEST(Distribution, SumsAreExactForRandomAmounts) {
  std::mt19937_64 random(20261201);
  std::uniform_int_distribution<std::int64_t> cents(0, 99'999'999'999);
  for (int trial = 0; trial < 500; ++trial) {
    const std::int64_t amount_cents = cents(random);
    const Decimal amount = Decimal::from_coefficient(amount_cents, 2);
    const int count = trial % 2 == 0 ? 12 : 13;
    const std::vector<Decimal> parts = wkr::distribute(amount, count);
    ASSERT_EQ(parts.size(), static_cast<std::size_t>(count));
    // Independently: the floor of the share, plus one cent for the first (amount mod count) periods.
    const std::int64_t base = amount_cents / count;
    const std::int64_t spare = amount_cents % count;
    Decimal sum;
    for (int i = 0; i < count; ++i) {
      EXPECT_EQ(parts[static_cast<std::size_t>(i)], Decimal::from_coefficient(base + (i < spare ? 1 : 0), 2));
      EXPECT_EQ(parts[static_cast<std::size_t>(i)].scale(), 2);
      sum += parts[static_cast<std::size_t>(i)];
    }
    EXPECT_EQ(sum, amount) << amount.to_string() << " over " << count;
  }
}

TEST(Distribution, RefusesWhatCannotBeSplitInCents) {
  expect_error([] { (void)wkr::distribute("10.005"_d, 12); }, ErrorCode::invalid_argument, "a fraction of a cent");
  expect_error([] { (void)wkr::distribute("-1"_d, 12); }, ErrorCode::invalid_argument, "cannot be negative");
  expect_error([] { (void)wkr::distribute("1"_d, 0); }, ErrorCode::invalid_argument, "at least one period");
  const std::vector<int> zeros = {0, 0};
  expect_error([&] { (void)wkr::distribute("1"_d, zeros); }, ErrorCode::invalid_argument, "all 0");
}

// ---- the ledger: worked years ------------------------------------------------------------------------

TEST(Ledger, ExcessInTheLastPeriodOnly) {
  // W6 (2025): the year's free space 0.02 × 400000 + 0.0118 × 100000 = 9180; excess 5000; levy 4000.
  const auto year = wkr::ledger(tables(), 2025, PeriodLength::month, w6_year());
  ASSERT_EQ(year.rows.size(), 12u);
  for (int p = 0; p < 11; ++p) {
    EXPECT_EQ(year.rows[static_cast<std::size_t>(p)].excess_cumulative.to_string(), "0.00") << p + 1;
    EXPECT_TRUE(year.rows[static_cast<std::size_t>(p)].levy_declared.is_zero()) << p + 1;
  }
  // November, threshold prorated 11/12: (0.02 × 4400000 + 0.0118 × 880000) / 12 = 98384 / 12 = 8198.666… → down.
  EXPECT_EQ(year.rows[10].free_space_cumulative.to_string(), "8198.66");
  EXPECT_EQ(year.rows[11].free_space_cumulative.to_string(), "9180.00");
  EXPECT_EQ(year.rows[11].excess_cumulative.to_string(), "5000.00");
  EXPECT_EQ(year.rows[11].final_levy_so_far.to_string(), "4000.00");
  EXPECT_EQ(year.totals.settlement.final_levy.to_string(), "4000.00");
  EXPECT_EQ(year.totals.levy_paid, "0"_d);
  EXPECT_EQ(year.totals.correction, "4000"_d);
  EXPECT_EQ(year.totals.settlement.due.year, 2026);
  EXPECT_EQ(year.totals.settlement.due.period, 2);

  const auto going = wkr::ledger(tables(), 2025, PeriodLength::month, w6_year(), as_you_go());
  EXPECT_EQ(going.rows[11].levy_declared, "4000"_d);
  EXPECT_EQ(going.totals.levy_paid, "4000"_d);
  EXPECT_TRUE(going.totals.correction.is_zero());
}

TEST(Ledger, WholeThresholdGivesMoreFreeSpaceEarly) {
  // November with the full €400,000 threshold on €440,000: 8000 + 0.0118 × 40000 = 8472.00 (> 8198.66).
  LedgerOptions options;
  options.threshold = ThresholdToDate::whole;
  const auto year = wkr::ledger(tables(), 2025, PeriodLength::month, w6_year(), options);
  EXPECT_EQ(year.rows[10].free_space_cumulative.to_string(), "8472.00");
  EXPECT_EQ(year.rows[11].free_space_cumulative.to_string(), "9180.00");
}

TEST(Ledger, FourWeeklyYearAtThe2023Rate) {
  // 2023, 3% below €400,000: 13 × €26,000 and €1,000 designated each. Free space so far 780 × p,
  // excess 220 × p, levy 176 × p: €176 declared every period; 13 × 176 = 2288 = 0.8 × (13000 − 10140).
  const auto year = wkr::ledger(tables(), 2023, PeriodLength::four_weeks, steady(13, "26000"_d, "1000"_d),
                                as_you_go());
  ASSERT_EQ(year.rows.size(), 13u);
  for (const auto& row : year.rows) {
    EXPECT_EQ(row.free_space_cumulative, Decimal::from_integer(780 * row.period)) << row.period;
    EXPECT_EQ(row.levy_declared, "176"_d) << row.period;
  }
  EXPECT_EQ(year.totals.settlement.free_space.to_string(), "10140.00");
  EXPECT_EQ(year.totals.settlement.final_levy.to_string(), "2288.00");
  EXPECT_TRUE(year.totals.correction.is_zero());
}

TEST(Ledger, MorePaidThanDueIsARefund) {
  std::vector<PeriodInput> periods = w6_year();
  periods[5].levy_paid = "500"_d;
  periods[11].levy_paid = "4000"_d;
  const auto year = wkr::ledger(tables(), 2025, PeriodLength::month, periods);
  EXPECT_EQ(year.rows[5].levy_declared, "500"_d);
  EXPECT_EQ(year.totals.levy_paid, "4500"_d);
  EXPECT_EQ(year.totals.correction, "-500"_d);
  EXPECT_TRUE(year.totals.refund());
}

TEST(Ledger, AsYouGoNeverDeclaresBackDuringTheYear) {
  // 2026, €100,000 a month, €5,000 designated in January only: January's free space 17440 / 12 =
  // 1453.33, levy 0.8 × 3546.67 = 2837.336 → €2,837; then the excess shrinks and nothing more is
  // declared; the year is within its 17440, so the correction refunds the 2837.
  std::vector<PeriodInput> periods = steady(12, "100000"_d, "0"_d);
  periods[0].designated = "5000"_d;
  const auto year = wkr::ledger(tables(), 2026, PeriodLength::month, periods, as_you_go(), Explain::yes);
  EXPECT_EQ(year.rows[0].levy_declared, "2837"_d);
  for (std::size_t p = 1; p < 12; ++p) EXPECT_TRUE(year.rows[p].levy_declared.is_zero()) << p + 1;
  EXPECT_EQ(year.totals.settlement.final_levy.to_string(), "0.00");
  EXPECT_EQ(year.totals.correction, "-2837"_d);
  // February's step says why nothing is declared.
  bool said = false;
  for (const auto& step : year.rows[1].explanation.steps) {
    if (step.rule == "ledger.levy_declared")
      said = wkr::to_plain_text(step.formula).find("nothing is declared back") != std::string::npos;
  }
  EXPECT_TRUE(said);
}

TEST(Ledger, EstimateBasis) {
  // 2026, the estimate €1,200,000: free space 17440.00. €2,000 designated in each of months 1–8
  // (16000, within) and €3,000 in month 9 (19000): the excess 1560 appears in month 9 and the levy
  // 0.8 × 1560 = 1248 is declared there. The year's wage bill is the estimate: no correction.
  std::vector<PeriodInput> periods = steady(12, "100000"_d, "0"_d);
  for (int p = 0; p < 8; ++p) periods[static_cast<std::size_t>(p)].designated = "2000"_d;
  periods[8].designated = "3000"_d;
  periods[0].estimated_wage_bill = "1200000"_d;
  const auto year = wkr::ledger(tables(), 2026, PeriodLength::month, periods, as_you_go(LevyBasis::estimate));
  for (int p = 0; p < 8; ++p) {
    const auto& row = year.rows[static_cast<std::size_t>(p)];
    EXPECT_EQ(row.free_space_estimate->to_string(), "17440.00");
    EXPECT_TRUE(row.levy_declared.is_zero()) << p + 1;
    EXPECT_EQ(row.free_space_left, "17440"_d - Decimal::from_integer(2000 * (p + 1)));
  }
  EXPECT_EQ(year.rows[8].excess_cumulative.to_string(), "1560.00");
  EXPECT_EQ(year.rows[8].levy_declared, "1248"_d);
  EXPECT_EQ(year.totals.levy_paid, "1248"_d);
  EXPECT_TRUE(year.totals.correction.is_zero());
  // The JSON names the free space on the estimate only when there is one.
  const auto document = wkr::to_json(year);
  EXPECT_EQ(document["periods"][0]["free_space_estimate"], "17440.00");
  periods[0].estimated_wage_bill.reset();
  EXPECT_FALSE(wkr::to_json(wkr::ledger(tables(), 2026, PeriodLength::month, periods))["periods"][0].contains(
      "free_space_estimate"));
}

TEST(Ledger, AnEstimateChangesFromThePeriodItIsGiven) {
  std::vector<PeriodInput> periods = steady(12, "100000"_d, "1000"_d);
  periods[0].estimated_wage_bill = "1200000"_d;  // 17440
  periods[6].estimated_wage_bill = "400000"_d;   // 8000
  const auto year = wkr::ledger(tables(), 2026, PeriodLength::month, periods, as_you_go(LevyBasis::estimate));
  EXPECT_EQ(year.rows[5].free_space_estimate->to_string(), "17440.00");
  EXPECT_EQ(year.rows[6].free_space_estimate->to_string(), "8000.00");
  EXPECT_EQ(year.rows[11].free_space_estimate->to_string(), "8000.00");
  // Month 9: 9000 designated against 8000: excess 1000, levy 800 declared in month 9 (8000 in
  // month 8 is not yet above it). The year: 12000 within 17440 → the 800 + 3 × 800 come back.
  EXPECT_TRUE(year.rows[7].levy_declared.is_zero());
  EXPECT_EQ(year.rows[8].levy_declared, "800"_d);
  EXPECT_EQ(year.totals.levy_paid, "3200"_d);
  EXPECT_EQ(year.totals.correction, "-3200"_d);
}

TEST(Ledger, GroupScheme) {
  // W4 (2022): five members of €1,000,000 each, paid monthly (distributed exactly: 83333.34 in
  // months 1–4, 83333.33 after). The group's free space is 61080 (not 5 × 13880); €6,000 a month
  // designated = 72000: excess 10920, levy 0.8 × 10920 = 8736.
  const std::vector<Decimal> monthly = wkr::distribute("1000000"_d, 12);
  std::vector<std::vector<GroupMember>> members(12);
  std::vector<PeriodInput> group;
  std::vector<PeriodInput> total;
  for (int p = 1; p <= 12; ++p) {
    auto& these = members[static_cast<std::size_t>(p - 1)];
    for (int m = 1; m <= 5; ++m) these.push_back({"BV " + std::to_string(m), monthly[static_cast<std::size_t>(p - 1)]});
    group.push_back({.period = p, .members = these, .designated = "6000"_d});
    total.push_back(
        {.period = p, .wage_bill = monthly[static_cast<std::size_t>(p - 1)] * "5"_d, .designated = "6000"_d});
  }
  const auto by_member = wkr::ledger(tables(), 2022, PeriodLength::month, group, as_you_go(), Explain::yes);
  EXPECT_EQ(by_member.totals.settlement.wage_bill.to_string(), "5000000.00");
  EXPECT_EQ(by_member.totals.settlement.free_space.to_string(), "61080.00");
  EXPECT_EQ(by_member.totals.settlement.final_levy.to_string(), "8736.00");
  EXPECT_EQ(by_member.totals.levy_paid + by_member.totals.correction, "8736"_d);
  // By member or as the group's total per period: the same ledger.
  const auto summed = wkr::ledger(tables(), 2022, PeriodLength::month, total, as_you_go());
  for (std::size_t p = 0; p < 12; ++p) {
    EXPECT_EQ(by_member.rows[p].wage_bill_cumulative, summed.rows[p].wage_bill_cumulative);
    EXPECT_EQ(by_member.rows[p].free_space_cumulative, summed.rows[p].free_space_cumulative);
    EXPECT_EQ(by_member.rows[p].levy_declared, summed.rows[p].levy_declared);
  }
  EXPECT_EQ(by_member.rows[0].explanation.steps.front().rule, "wage_bill.group_total");

  // A member that joined during the year is outside the group scheme.
  members[0][2].whole_year = false;
  expect_error([&] { (void)wkr::ledger(tables(), 2022, PeriodLength::month, group); }, ErrorCode::invalid_argument,
               "BV 3 did not belong to the group for the whole of 2022");
}

// ---- the ledger: one period at a time, and its errors --------------------------------------------------

TEST(Ledger, OnePeriodAtATimeIsTheWholeYear) {
  const std::vector<PeriodInput> periods = w6_year();
  Ledger book(tables(), 2025, PeriodLength::month, as_you_go());
  const auto year = wkr::ledger(tables(), 2025, PeriodLength::month, periods, as_you_go());
  for (const PeriodInput& in : periods) {
    Ledger preview = book;  // a copy previews without committing
    const auto previewed = preview.add_period(in);
    const auto row = book.add_period(in);
    EXPECT_EQ(row.levy_declared, previewed.levy_declared);
    EXPECT_EQ(row.free_space_left, year.rows[static_cast<std::size_t>(in.period - 1)].free_space_left);
    EXPECT_EQ(book.periods_added(), in.period);
  }
  EXPECT_TRUE(book.complete());
  EXPECT_EQ(book.close().correction, year.totals.correction);
}

TEST(Ledger, RefusesPeriodsOutOfOrderAndAnIncompleteYear) {
  Ledger book(tables(), 2025);
  expect_error([&] { (void)book.add_period({.period = 2}); }, ErrorCode::invalid_argument,
               "period 2 given where period 1 is next");
  (void)book.add_period({.period = 1, .wage_bill = "40000"_d});
  expect_error([&] { (void)book.close(); }, ErrorCode::invalid_argument, "has 1 of its 12 periods; add periods 2, 3");
  for (int p = 2; p <= 12; ++p) (void)book.add_period({.period = p});
  expect_error([&] { (void)book.add_period({.period = 13}); }, ErrorCode::invalid_argument,
               "all 12 periods of 2025 are in");
  expect_error([] { (void)wkr::ledger(tables(), 2025, PeriodLength::month, steady(11, "1"_d, "0"_d)); },
               ErrorCode::invalid_argument, "period 12 of 2025 is missing");
  expect_error([] { (void)wkr::ledger(tables(), 2025, PeriodLength::month, steady(13, "1"_d, "0"_d)); },
               ErrorCode::invalid_argument, "period 13 is outside 1–12");
}

TEST(Ledger, RefusesBadAmounts) {
  Ledger book(tables(), 2025);
  expect_error([&] { (void)book.add_period({.period = 1, .wage_bill = "-1"_d}); }, ErrorCode::invalid_argument,
               "the wage bill of period 1 is -1; it cannot be negative");
  expect_error([&] { (void)book.add_period({.period = 1, .designated = "-1"_d}); }, ErrorCode::invalid_argument,
               "the designated amount of period 1");
  try {  // the period named in Dutch too
    (void)book.add_period({.period = 1, .designated = "-1"_d});
  } catch (const wkr::Error& e) {
    EXPECT_TRUE(e.message(wkr::Language::nl).starts_with("het aangewezen bedrag van tijdvak 1 is ")) << e.what();
  }
  expect_error([&] { (void)book.add_period({.period = 1, .levy_paid = "12.50"_d}); }, ErrorCode::invalid_argument,
               "the return takes the final levy in whole euros");
  const std::vector<GroupMember> members = {{"A", "1"_d}};
  expect_error([&] { (void)book.add_period({.period = 1, .wage_bill = "1"_d, .members = members}); },
               ErrorCode::invalid_argument, "both as a total");
  Ledger on_estimate(tables(), 2025, PeriodLength::month, as_you_go(LevyBasis::estimate));
  expect_error([&] { (void)on_estimate.add_period({.period = 1}); }, ErrorCode::invalid_argument,
               "give the estimate from period 1 on");
  EXPECT_EQ(book.periods_added(), 0);  // nothing refused was counted
}

TEST(Ledger, AYearTheTablesDoNotCoverFailsAtOnce) {
  expect_error([] { Ledger book(tables(), 2027); }, ErrorCode::not_covered, "2027");
  expect_error([] { Ledger book(tables(), 2014); }, ErrorCode::not_covered, "2014");
}

// ---- properties over random years ----------------------------------------------------------------------

struct RandomYear {
  int year = 0;
  PeriodLength length = PeriodLength::month;
  std::vector<PeriodInput> periods;
};

RandomYear random_year(std::mt19937_64& random) {
  RandomYear y;
  y.year = std::uniform_int_distribution<int>(2015, 2026)(random);
  y.length = random() % 2 == 0 ? PeriodLength::month : PeriodLength::four_weeks;
  // Wage bills from €0 to €150,000 a period, designated up to about 3% of it, in cents; some
  // periods designate nothing, some a lot.
  std::uniform_int_distribution<std::int64_t> wage(0, 15'000'000);
  for (int p = 1; p <= wkr::period_count(y.length); ++p) {
    const std::int64_t w = wage(random);
    const std::int64_t d = random() % 4 == 0 ? 0 : std::uniform_int_distribution<std::int64_t>(0, w / 20 + 100)(random);
    y.periods.push_back(
        {.period = p, .wage_bill = Decimal::from_coefficient(w, 2), .designated = Decimal::from_coefficient(d, 2)});
  }
  return y;
}

TEST(LedgerProperty, BothStrategiesEndAtTheAnnualLevy) {
  std::mt19937_64 random(10);
  for (int trial = 0; trial < 300; ++trial) {
    const RandomYear y = random_year(random);
    Decimal wage_bill;
    Decimal designated;
    for (const auto& in : y.periods) {
      wage_bill += in.wage_bill;
      designated += in.designated;
    }
    const wkr::Settlement annual = wkr::settle(tables(), y.year, wage_bill, designated);
    LedgerOptions options;
    options.threshold = trial % 3 == 0 ? ThresholdToDate::whole : ThresholdToDate::prorated;
    const auto after = wkr::ledger(tables(), y.year, y.length, y.periods, options);
    options.strategy = LevyStrategy::as_you_go;
    const auto going = wkr::ledger(tables(), y.year, y.length, y.periods, options);
    for (const auto* result : {&after, &going}) {
      const wkr::YearEnd& end = result->totals;
      EXPECT_EQ(end.settlement.final_levy.to_string(), annual.final_levy.to_string()) << trial;
      EXPECT_EQ(end.settlement.final_levy_return.to_string(), annual.final_levy_return.to_string()) << trial;
      EXPECT_EQ(end.levy_paid + end.correction, annual.final_levy_return) << trial;
      EXPECT_EQ(result->rows.back().free_space_cumulative, annual.free_space) << trial;
    }
    EXPECT_TRUE(after.totals.levy_paid.is_zero());
    // As you go on the wage bill so far: the last period's levy so far is the year's, and what was
    // declared is the largest levy so far in whole euros — so the correction is 0 or a refund.
    Decimal largest;
    for (const auto& row : going.rows) {
      largest = wkr::max(largest, (row.excess_cumulative * "0.80"_d).rounded(0, wkr::Rounding::floor));
    }
    EXPECT_EQ(going.totals.levy_paid, largest) << trial;
    EXPECT_FALSE(wkr::Decimal() < going.totals.correction) << trial;
  }
}

TEST(LedgerProperty, ASteadyExcessLeavesNoCorrection) {
  // A steady wage bill and a designated amount above the period's share of the free space: the
  // excess so far only grows, so as you go declares exactly the annual levy.
  std::mt19937_64 random(11);
  for (int trial = 0; trial < 100; ++trial) {
    const int year = std::uniform_int_distribution<int>(2015, 2026)(random);
    const PeriodLength length = trial % 2 == 0 ? PeriodLength::month : PeriodLength::four_weeks;
    const int count = wkr::period_count(length);
    const Decimal wage =
        Decimal::from_coefficient(std::uniform_int_distribution<std::int64_t>(0, 20'000'000)(random), 2);
    const Decimal annual_space = wkr::free_space(tables(), year, wage * Decimal::from_integer(count)).free_space;
    const Decimal share = Decimal::divide(annual_space, Decimal::from_integer(count), 2, wkr::Rounding::ceiling);
    const Decimal designated =
        share + Decimal::from_coefficient(std::uniform_int_distribution<std::int64_t>(1, 500'000)(random), 2);
    const auto going = wkr::ledger(tables(), year, length, steady(count, wage, designated), as_you_go());
    EXPECT_TRUE(going.totals.correction.is_zero()) << year << " " << wage.to_string() << " " << designated.to_string();
    EXPECT_EQ(going.totals.levy_paid, going.totals.settlement.final_levy_return);
  }
}

TEST(LedgerProperty, ProratedFreeSpaceMatchesAnIndependentFormula) {
  // From 2020: P × free space so far = r1 × min(P·W, p·T) + r2 × max(0, P·W − p·T), rounded down
  // after dividing by P; before 2020 one rate: r × W.
  std::mt19937_64 random(12);
  for (int trial = 0; trial < 100; ++trial) {
    const RandomYear y = random_year(random);
    const auto result = wkr::ledger(tables(), y.year, y.length, y.periods);
    const auto& rates = tables().brackets("free_space.rates", y.year);
    const Decimal count = Decimal::from_integer(wkr::period_count(y.length));
    for (const auto& row : result.rows) {
      const Decimal scaled = row.wage_bill_cumulative * count;
      Decimal exact = rates[0].rate * scaled;
      if (rates.size() == 2) {
        const Decimal bound = rates[1].from * Decimal::from_integer(row.period);
        exact = rates[0].rate * wkr::min(scaled, bound) +
                rates[1].rate * (bound < scaled ? scaled - bound : Decimal());
      }
      EXPECT_EQ(row.free_space_cumulative, Decimal::divide(exact, count, 2, wkr::Rounding::floor))
          << y.year << " period " << row.period;
    }
  }
}

TEST(LedgerProperty, ExplainingChangesNoNumber) {
  std::mt19937_64 random(13);
  for (int trial = 0; trial < 30; ++trial) {
    const RandomYear y = random_year(random);
    const auto options = as_you_go();
    const auto plain = wkr::ledger(tables(), y.year, y.length, y.periods, options);
    const auto explained = wkr::ledger(tables(), y.year, y.length, y.periods, options, Explain::yes);
    auto numbers = [](const wkr::LedgerYear& r) {
      auto document = wkr::to_json(r);
      document.erase("explanation");
      document.erase("receipt");
      return document;
    };
    EXPECT_EQ(numbers(plain), numbers(explained));
    EXPECT_TRUE(plain.explanation.steps.empty());
    EXPECT_FALSE(explained.explanation.steps.empty());
    EXPECT_FALSE(explained.explanation.receipt->parameters_digest.empty());
  }
}

// ---- JSON ----------------------------------------------------------------------------------------------

TEST(LedgerJson, HasExactlyTheKeysOfTheIssue) {
  const auto document = wkr::to_json(wkr::ledger(tables(), 2025, PeriodLength::month, w6_year()));
  std::vector<std::string> keys;
  for (const auto& item : document.items()) keys.push_back(item.key());
  EXPECT_EQ(keys, (std::vector<std::string>{"explanation", "periods", "receipt", "strategy", "totals", "year"}));
  keys.clear();
  for (const auto& item : document["periods"][0].items()) keys.push_back(item.key());
  EXPECT_EQ(keys, (std::vector<std::string>{"designated", "designated_cumulative", "excess_cumulative",
                                            "free_space_cumulative", "free_space_left", "levy_declared", "period",
                                            "wage_bill", "wage_bill_cumulative"}));
  keys.clear();
  for (const auto& item : document["totals"].items()) keys.push_back(item.key());
  EXPECT_EQ(keys, (std::vector<std::string>{"correction", "designated", "due", "excess", "final_levy",
                                            "final_levy_return", "free_space", "levy_paid", "wage_bill"}));
  EXPECT_EQ(document["totals"]["correction"], "4000.00");
}

TEST(LedgerJson, TheRequestTakesTheOptions) {
  std::string csv = "period,wage_bill,designated\n";
  for (int p = 1; p <= 12; ++p) {
    csv += std::to_string(p) + ",100000," + (p <= 8 ? "2000" : p == 9 ? "3000" : "0") + "\n";
  }
  const auto result = wkr::evaluate_request(tables(), {{"command", "ledger"},
                                                       {"year", 2026},
                                                       {"strategy", "as-you-go"},
                                                       {"basis", "estimate"},
                                                       {"estimate", "1200000"},
                                                       {"periods_csv", csv}});
  // As in EstimateBasis: the levy 1248 is declared in month 9.
  EXPECT_EQ(result["periods"][8]["levy_declared"], "1248.00");
  EXPECT_EQ(result["periods"][0]["free_space_estimate"], "17440.00");
  EXPECT_EQ(result["totals"]["correction"], "0.00");
  const auto request = [&](const nlohmann::json& r) { (void)wkr::evaluate_request(tables(), r); };
  expect_error([&] { request({{"command", "ledger"}, {"year", 2026}, {"periods_csv", csv}, {"strategy", "monthly"}}); },
               ErrorCode::parse, "expected after-year or as-you-go");
  expect_error([&] { request({{"command", "ledger"}, {"year", 2026}, {"periods", csv}}); },
               ErrorCode::invalid_argument, "\"periods_csv\" is required");
}

// ---- the periods CSV -------------------------------------------------------------------------------------

std::string monthly_csv(const std::string& header = "period,wage_bill,designated") {
  std::string csv = header + "\n";
  for (int p = 1; p <= 12; ++p) csv += std::to_string(p) + ",40000," + (p == 12 ? "14180" : "0") + "\n";
  return csv;
}

TEST(PeriodsCsv, ReadsAYearInPeriodOrder) {
  // Rows in any order, columns in any order, an optional levy_paid.
  const std::string csv = "designated,period,levy_paid,wage_bill\n0,2,,40000\n100,1,80,40000\n" + [] {
    std::string rest;
    for (int p = 3; p <= 13; ++p) rest += "0," + std::to_string(p) + ",,1\n";
    return rest;
  }();
  const auto periods = wkr::read_periods_csv(csv, "periods.csv", PeriodLength::four_weeks);
  ASSERT_EQ(periods.size(), 13u);
  EXPECT_EQ(periods[0].period, 1);
  EXPECT_EQ(periods[0].designated, "100"_d);
  EXPECT_EQ(*periods[0].levy_paid, "80"_d);
  EXPECT_FALSE(periods[1].levy_paid);
  EXPECT_EQ(periods[12].period, 13);
}

TEST(PeriodsCsv, EveryBadRowIsReportedWithItsLine) {
  // Line 3 (period 2): a negative wage; line 5 (period 4): a malformed amount; line 13: period 14;
  // and so period 12 is missing.
  std::string csv = "period,wage_bill,designated\n";
  for (int p = 1; p <= 11; ++p) {
    csv += std::to_string(p) + "," + (p == 2 ? "-100" : p == 4 ? "1,250" : "40000") + ",0\n";
  }
  csv += "14,60000,14180\n";
  csv.replace(csv.find("1,250"), 5, "\"1,250\"");
  expect_error([&] { (void)wkr::read_periods_csv(csv, "periods.csv", PeriodLength::month); },
               ErrorCode::invalid_argument,
               "periods.csv: 4 bad rows, nothing was evaluated — line 3: the wage bill is -100; it cannot be "
               "negative (give 0 or more); line 5: column 2: the wage bill '1,250' reads two ways: 1250 (with ',' "
               "separating thousands) or 1.250 (with a decimal comma); give the decimal separator (wkr: "
               "--decimal-comma or --decimal-point; JSON: \"decimal_comma\": true or \"decimal_point\": true); line "
               "13: period '14' is not one of 1–12 (monthly returns; four-weekly returns "
               "have 1–13); period 12 is missing; every period 1–12 appears once");
}

TEST(PeriodsCsv, EachProblemOnItsOwn) {
  const auto fails = [](const std::string& csv, const std::string& needle,
                        PeriodLength length = PeriodLength::month) {
    expect_error([&] { (void)wkr::read_periods_csv(csv, "p.csv", length); }, ErrorCode::invalid_argument, needle);
  };
  std::string missing = monthly_csv();
  missing.erase(missing.find("7,40000,0\n"), 10);
  fails(missing, "period 7 is missing");
  fails(monthly_csv() + "3,1,1\n", "line 14: period 3 is given again (first on line 4)");
  fails(monthly_csv() + "13,1,1\n", "line 14: period '13' is not one of 1–12");
  fails(monthly_csv(), "period 13 is missing", PeriodLength::four_weeks);
  fails(monthly_csv() + ",1,1\n", "line 14: the period is empty");
  fails(monthly_csv() + "x,1,1\n", "line 14: period 'x' is not one of 1–12");
  fails(monthly_csv() + "0,1,1\n", "line 14: period '0' is not one of 1–12");
  fails(monthly_csv("period,wage_bill"), "the header lacks the column 'designated'");
  fails(monthly_csv("period,wage_bill,designated,levy"), "unknown column 'levy'");
  fails("period,wage_bill,designated,levy_paid\n1,1,1,12.50\n", "line 2: the levy paid is 12.50; the return takes");
  fails("period,wage_bill,designated\n1,1,\n", "line 2: the designated amount is empty");
  fails("period,wage_bill,designated\n1,1,-2\n", "line 2: the designated amount is -2; it cannot be negative");
  fails("", "p.csv is empty; its first row is the header period,wage_bill,designated");
}

// ---- fixed allowances month by month ---------------------------------------------------------------------

TEST(ByMonth, HomeWorkingPatternChangesAtMidYear) {
  // 2025, €2.40 a day: 2 home days a week January–June = 214 × 2/5 × 6/12 = 42.8 days = 102.72
  // (= W14's 214 × 2.40 × 1/5); 3 days July–December = 64.2 days = 154.08. Per month 102.72 / 6 =
  // 17.12 and 154.08 / 6 = 25.68, both exact.
  const std::vector<wkr::HomeWorkingStretch> stretches = {{2, {1, 6}}, {3, {7, 12}}};
  const std::vector<Decimal> paid(12, "20"_d);
  const auto result = wkr::home_working_by_month(tables(), 2025, stretches, paid, {}, Explain::yes);
  for (std::size_t m = 0; m < 12; ++m) EXPECT_EQ(result.caps[m].to_string(), m < 6 ? "17.12" : "25.68") << m + 1;
  EXPECT_EQ(result.cap.to_string(), "256.80");
  ASSERT_EQ(result.splits.size(), 12u);
  // €20 a month: 2.88 above the cap in months 1–6, within it after.
  Decimal designated;
  for (const auto& s : result.splits) designated += s.designated;
  EXPECT_EQ(designated.to_string(), "17.28");
  EXPECT_EQ(result.splits[0].excess.to_string(), "2.88");
  bool spread = false;
  for (const auto& step : result.explanation.steps) spread = spread || step.rule == "allowance.by_month";
  EXPECT_TRUE(spread);
}

TEST(ByMonth, FixedCommuteStartsInApril) {
  // W14 (2025, 20 km, 4 office days): the year is 1575.04, spread 131.26 × 4 + 131.25 × 8. From
  // April: 214 × 4/5 × 9/12 = 128.4 days × 40 km × 0.23 = 1181.28 = 131.26 × 3 + 131.25 × 6.
  wkr::FixedCommuteInput whole;
  whole.km_one_way = "20"_d;
  whole.office_days_per_week = 4;
  const auto year = wkr::fixed_commute_by_month(tables(), 2025, std::span(&whole, 1));
  EXPECT_EQ(year.cap.to_string(), "1575.04");
  EXPECT_EQ(year.caps[0].to_string(), "131.26");
  EXPECT_EQ(year.caps[11].to_string(), "131.25");

  wkr::FixedCommuteInput april = whole;
  april.period = {4, 12};
  const auto late = wkr::fixed_commute_by_month(tables(), 2025, std::span(&april, 1));
  EXPECT_EQ(late.cap.to_string(), "1181.28");
  EXPECT_EQ(late.caps[2].to_string(), "0.00");
  EXPECT_EQ(late.caps[3].to_string(), "131.26");
  EXPECT_EQ(late.caps[5].to_string(), "131.26");
  EXPECT_EQ(late.caps[6].to_string(), "131.25");
  Decimal sum;
  for (const auto& c : late.caps) sum += c;
  EXPECT_EQ(sum, late.cap);
}

TEST(ByMonth, ALongAbsenceEmptiesTheStoppedMonths) {
  // W16: long absence from 7 September, back 11 December → not exempt in November and December.
  // 1575.04 × 10/12 = 1312.533… → 1312.53 (down), over the ten other months: 131.26 × 3 + 131.25 × 7.
  wkr::FixedCommuteInput in;
  in.km_one_way = "20"_d;
  in.office_days_per_week = 4;
  in.absences.push_back({wkr::parse_date("2025-09-07"), wkr::parse_date("2025-12-11")});
  const auto result = wkr::fixed_commute_by_month(tables(), 2025, std::span(&in, 1));
  EXPECT_EQ(result.cap.to_string(), "1312.53");
  EXPECT_EQ(result.caps[10].to_string(), "0.00");
  EXPECT_EQ(result.caps[11].to_string(), "0.00");
  EXPECT_EQ(result.caps[9].to_string(), "131.25");
  EXPECT_EQ(result.caps[2].to_string(), "131.26");
}

TEST(ByMonth, Refusals) {
  const std::vector<wkr::HomeWorkingStretch> overlap = {{2, {1, 6}}, {3, {6, 12}}};
  expect_error([&] { (void)wkr::home_working_by_month(tables(), 2025, overlap); }, ErrorCode::invalid_argument,
               "stretches 1 and 2 both run in month 6");
  const std::vector<wkr::HomeWorkingStretch> one = {{2, {1, 12}}};
  const std::vector<Decimal> eleven(11, "1"_d);
  expect_error([&] { (void)wkr::home_working_by_month(tables(), 2025, one, eleven); }, ErrorCode::invalid_argument,
               "give 12, one for each month");
  wkr::FixedCommuteInput in;
  in.km_one_way = "100"_d;
  in.actual_km = "40000"_d;
  expect_error([&] { (void)wkr::fixed_commute_by_month(tables(), 2025, std::span(&in, 1)); },
               ErrorCode::invalid_argument, "the year-end recalculation and the annual split are fixed_commute()'s");
}

}  // namespace
