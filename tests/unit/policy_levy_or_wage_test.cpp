// Final levy or wage per employee (include/wkr/policy/levy_or_wage.hpp): a worked example, the tie
// rule, and the exact optimum against a brute force over every allocation of small random
// populations, computed here independently (the exact levy 0.80 × the excess plus the gross-ups).
#include <gtest/gtest.h>

#include <random>

#include "test_support.hpp"
#include "wkr/policy/levy_or_wage.hpp"

namespace {

using namespace wkr::literals;
using wkr::Decimal;
using wkr::ErrorCode;
using wkr::LevyOrWage;
using wkr::LevyOrWageInput;
using wkr::test::expect_error;
using wkr::test::tables;

std::vector<bool> choices(const LevyOrWage& r) {
  std::vector<bool> out;
  for (const auto& c : r.choices) out.push_back(c.designate);
  return out;
}

// Free space 1000.00 (2026, levy 0.80).
//   A 800.00 at 0.3575: gross ceil(800 / 0.6425) = 1245.14, extra 445.14 < 640.00 levy: to the knapsack.
//   B 600.00 at 0.4950: gross ceil(600 / 0.505) = 1188.12, extra 588.12 ≥ 480.00 levy: designated.
//   C 500.00 at 0.3756: gross ceil(500 / 0.6244) = 800.77, extra 300.77 < 400.00 levy: to the knapsack.
// B takes 600, leaving 400 for A and C. Designate neither: 445.14 + 300.77 = 745.91; A only: 0.80 ×
// 400 + 300.77 = 620.77; C only: 0.80 × 100 + 445.14 = 525.14; both: 0.80 × 900 = 720. C only.
// Designating everything: 0.80 × 900 = 720.00, so the allocation saves 194.86.
TEST(LevyOrWage, AWorkedExample) {
  const std::vector<LevyOrWageInput> in = {
      {"A", "800.00"_d, "0.3575"_d}, {"B", "600.00"_d, "0.4950"_d}, {"C", "500.00"_d, "0.3756"_d}};
  const LevyOrWage r = wkr::levy_or_wage(tables(), 2026, "1000.00"_d, in);
  EXPECT_EQ(choices(r), (std::vector<bool>{false, true, true}));
  EXPECT_EQ(r.choices[0].gross.to_string(), "1245.14");
  EXPECT_EQ(r.choices[0].extra_cost.to_string(), "445.14");
  EXPECT_EQ(r.choices[2].extra_cost.to_string(), "300.77");
  EXPECT_EQ(r.designated.to_string(), "1100.00");
  EXPECT_EQ(r.excess.to_string(), "100.00");
  EXPECT_EQ(r.final_levy.to_string(), "80.00");
  EXPECT_EQ(r.wage.to_string(), "800.00");
  EXPECT_EQ(r.wage_gross.to_string(), "1245.14");
  EXPECT_EQ(r.cost.to_string(), "525.14");
  EXPECT_EQ(r.all_designated_levy.to_string(), "720.00");
  EXPECT_EQ(r.saving.to_string(), "194.86");
}

// Two identical employees and room for one: both allocations cost the same, and the earlier is
// designated. With room for both, both are designated; with none, both are wage.
TEST(LevyOrWage, TiesGoToTheEarliestEmployee) {
  const std::vector<LevyOrWageInput> in = {{"first", "500.00"_d, "0.3756"_d}, {"second", "500.00"_d, "0.3756"_d}};
  EXPECT_EQ(choices(wkr::levy_or_wage(tables(), 2026, "500.00"_d, in)), (std::vector<bool>{true, false}));
  EXPECT_EQ(choices(wkr::levy_or_wage(tables(), 2026, "1000.00"_d, in)), (std::vector<bool>{true, true}));
  EXPECT_EQ(choices(wkr::levy_or_wage(tables(), 2026, "0.00"_d, in)), (std::vector<bool>{false, false}));
  // A zero amount is designated, whatever the rate: designating it costs nothing.
  const std::vector<LevyOrWageInput> nothing = {{"zero", "0.00"_d, "0.3756"_d}};
  EXPECT_EQ(choices(wkr::levy_or_wage(tables(), 2026, "0.00"_d, nothing)), (std::vector<bool>{true}));
}

TEST(LevyOrWage, RefusesBadInput) {
  const std::vector<LevyOrWageInput> twice = {{"A", "1.00"_d, "0.3"_d}, {"A", "2.00"_d, "0.3"_d}};
  expect_error([&] { (void)wkr::levy_or_wage(tables(), 2026, "1.00"_d, twice); }, ErrorCode::invalid_argument,
               "'A' is named twice");
  const std::vector<LevyOrWageInput> rate = {{"A", "1.00"_d, "1.2"_d}};
  expect_error([&] { (void)wkr::levy_or_wage(tables(), 2026, "1.00"_d, rate); }, ErrorCode::invalid_argument,
               "the marginal rate of A is 1.2");
  const std::vector<LevyOrWageInput> cents = {{"A", "1.001"_d, "0.3"_d}};
  expect_error([&] { (void)wkr::levy_or_wage(tables(), 2026, "1.00"_d, cents); }, ErrorCode::invalid_argument,
               "the amount of A is 1.001");
  // A knapsack over more cents than wkr builds a table for is refused, not guessed.
  const std::vector<LevyOrWageInput> big = {{"A", "90000.00"_d, "0.3"_d}, {"B", "90000.00"_d, "0.3"_d}};
  expect_error([&] { (void)wkr::levy_or_wage(tables(), 2026, "100000.00"_d, big); }, ErrorCode::invalid_argument,
               "takes a table larger than wkr builds");
}

/// What the wage route costs on top of each amount: ceil(a / (1 − r)) − a, in cents.
std::vector<Decimal> gross_ups(const std::vector<LevyOrWageInput>& in) {
  std::vector<Decimal> out;
  for (const LevyOrWageInput& e : in) {
    out.push_back(Decimal::divide(e.amount, Decimal::from_integer(1) - e.marginal_rate, 2, wkr::Rounding::ceiling) -
                  e.amount);
  }
  return out;
}

/// The exact cost of an allocation, worked out here: 0.80 × max(0, designated − F) + Σ gross-ups.
Decimal exact_cost(const std::vector<LevyOrWageInput>& in, const std::vector<Decimal>& extra,
                   const Decimal& free_space, unsigned mask) {
  Decimal designated;
  Decimal wage;
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (mask & (1U << i)) {
      designated += in[i].amount;
    } else {
      wage += extra[i];
    }
  }
  const Decimal excess = designated - free_space;
  return (excess.is_negative() ? Decimal() : "0.80"_d * excess) + wage;
}

// Every allocation of 1–10 random employees: the library's is one of the cheapest, and among the
// cheapest it is the one that designates the earliest employees (compare the choices as a list with
// "designate" before "wage", employee by employee).
TEST(LevyOrWage, IsOptimalAgainstBruteForce) {
  std::mt19937 random(12);
  const auto below = [&](int n) { return static_cast<int>(random() % static_cast<unsigned>(n)); };
  const std::vector<Decimal> rates = {"0.3575"_d, "0.3756"_d, "0.4950"_d, "0.1"_d, "0.4444"_d, "0.4445"_d};
  for (int round = 0; round < 500; ++round) {
    const int n = 1 + below(10);
    std::vector<LevyOrWageInput> in;
    Decimal total;
    for (int i = 0; i < n; ++i) {
      // Few distinct amounts make ties common.
      const Decimal amount = below(3) == 0 ? Decimal::from_coefficient(below(5) * 10000, 2)
                                           : Decimal::from_coefficient(below(50000), 2);
      const Decimal rate = below(4) == 0 ? Decimal::from_coefficient(below(9000), 4) : rates[static_cast<std::size_t>(below(6))];
      in.push_back({"E" + std::to_string(i), amount, rate});
      total += amount;
    }
    const Decimal free_space = Decimal::from_coefficient(
        below(static_cast<int>(total.rounded(2, wkr::Rounding::floor).coefficient().convert_to<long long>() + 2)), 2);
    const std::vector<Decimal> extra = gross_ups(in);
    Decimal best;
    unsigned best_mask = 0;
    bool first = true;
    for (unsigned mask = 0; mask < (1U << n); ++mask) {
      const Decimal cost = exact_cost(in, extra, free_space, mask);
      // Ties: prefer designating employee 0, then 1, …: the mask with the larger bit-reversed value.
      const auto prefer = [&](unsigned a, unsigned b) {
        for (int i = 0; i < n; ++i) {
          const bool da = a & (1U << i);
          const bool db = b & (1U << i);
          if (da != db) return da;
        }
        return false;
      };
      if (first || cost < best || (cost == best && prefer(mask, best_mask))) {
        best = cost;
        best_mask = mask;
        first = false;
      }
    }
    const LevyOrWage r = wkr::levy_or_wage(tables(), 2026, free_space, in);
    std::vector<bool> expected;
    for (int i = 0; i < n; ++i) expected.push_back((best_mask & (1U << i)) != 0);
    SCOPED_TRACE("round " + std::to_string(round) + ", free space " + free_space.to_string());
    EXPECT_EQ(choices(r), expected);
    // The cost in cents: the levy rounded half-up from the exact levy, plus the gross-ups.
    unsigned mask = 0;
    for (int i = 0; i < n; ++i) mask |= r.choices[static_cast<std::size_t>(i)].designate ? (1U << i) : 0U;
    EXPECT_EQ(exact_cost(in, extra, free_space, mask), best);
    EXPECT_EQ(r.cost, r.final_levy + (r.wage_gross - r.wage));
    EXPECT_FALSE(r.saving.is_negative());
    EXPECT_EQ(r.designated + r.wage, total);
  }
}

}  // namespace
