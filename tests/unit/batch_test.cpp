// The column batches (batch.hpp) against the single calls they are made of: every row of a seeded
// random batch — bad rows included — must give what settle(), free_space() and evaluate_items()
// give for it, and the same for 1, 2, 3 and "all hardware" threads.
#include "wkr/batch.hpp"

#include <gtest/gtest.h>

#include <vector>

#include "random_inputs.hpp"
#include "test_support.hpp"

namespace {

using wkr::Decimal;
using wkr::ErrorCode;
using wkr::test::tables;

constexpr unsigned thread_counts[] = {1, 2, 3, 0};

/// The status the single call gives, and its result when there is one.
template <class F>
auto single(F&& f) -> std::pair<wkr::RowStatus, std::optional<decltype(f())>> {
  try {
    return {wkr::row_ok, f()};
  } catch (const wkr::Error& e) {
    return {static_cast<wkr::RowStatus>(e.code()), std::nullopt};
  }
}

std::int64_t cents(const Decimal& d) { return d.to_scaled_integer(2); }

/// Wage bills and designated totals with some bad rows: negative amounts and uncovered years.
struct SettleRows {
  std::vector<std::int32_t> years;
  std::vector<std::int64_t> wage_bill;
  std::vector<std::int64_t> designated;
};

SettleRows settle_rows(std::size_t n) {
  wkr::test::RandomInputs random(8);
  SettleRows rows;
  for (std::size_t i = 0; i < n; ++i) {
    rows.years.push_back(random.chance(2) ? 2014 : random.year());
    rows.wage_bill.push_back(random.chance(2) ? -100 : random.between(0, 5'000'000'000));  // up to € 50 million
    rows.designated.push_back(random.chance(2) ? -1 : random.between(0, 200'000'000));
  }
  return rows;
}

TEST(Batch, SettlementsAreTheSingleCallsForAnyThreadCount) {
  const SettleRows rows = settle_rows(9000);  // enough rows for every thread count to split them
  const std::size_t n = rows.years.size();
  for (unsigned threads : thread_counts) {
    std::vector<std::int64_t> free_space(n, -7), excess(n, -7), levy(n, -7), levy_return(n, -7);
    std::vector<std::int32_t> due(n, -7), status(n, -7);
    const wkr::BatchReport report =
        wkr::settle_columns(tables(), rows.years, rows.wage_bill, rows.designated,
                            {free_space, excess, levy, levy_return, due, status}, {.threads = threads});
    std::size_t failed = 0;
    std::optional<std::size_t> first_failed;
    for (std::size_t i = 0; i < n; ++i) {
      const auto [code, s] = single([&] {
        return wkr::settle(tables(), rows.years[i], Decimal::from_coefficient(rows.wage_bill[i], 2),
                           Decimal::from_coefficient(rows.designated[i], 2));
      });
      ASSERT_EQ(status[i], code) << "row " << i << ", " << threads << " threads";
      if (code != wkr::row_ok) {
        ++failed;
        if (!first_failed) first_failed = i;
        EXPECT_EQ(free_space[i], 0);  // every output of a failed row, not the -7 it held
        EXPECT_EQ(excess[i], 0);
        EXPECT_EQ(levy[i], 0);
        EXPECT_EQ(levy_return[i], 0);
        EXPECT_EQ(due[i], 0);
        continue;
      }
      EXPECT_EQ(free_space[i], cents(s->free_space)) << i;
      EXPECT_EQ(excess[i], cents(s->excess)) << i;
      EXPECT_EQ(levy[i], cents(s->final_levy)) << i;
      EXPECT_EQ(levy_return[i], cents(s->final_levy_return)) << i;
      EXPECT_EQ(due[i], s->due.period) << i;
    }
    ASSERT_GT(failed, 0U) << "the rows should include bad ones";
    EXPECT_EQ(report.failed, failed);
    EXPECT_EQ(report.first_failed, *first_failed);
    EXPECT_TRUE(report.first_error.has_value());
  }
}

TEST(Batch, FreeSpaceForOneYearAndOutputsLeftOut) {
  const SettleRows rows = settle_rows(5000);
  const std::int32_t year[] = {2026};
  std::vector<std::int64_t> free_space(rows.wage_bill.size());
  for (unsigned threads : thread_counts) {
    const wkr::BatchReport report = wkr::free_space_columns(tables(), year, rows.wage_bill, free_space, {},
                                                            {.threads = threads});
    std::size_t failed = 0;
    for (std::size_t i = 0; i < rows.wage_bill.size(); ++i) {
      const auto [code, f] =
          single([&] { return wkr::free_space(tables(), 2026, Decimal::from_coefficient(rows.wage_bill[i], 2)); });
      failed += code != wkr::row_ok;
      EXPECT_EQ(free_space[i], code == wkr::row_ok ? cents(f->free_space) : 0) << i;
    }
    EXPECT_EQ(report.failed, failed);
  }
}

TEST(Batch, AColumnOfTheWrongSizeIsRefusedBeforeAnything) {
  const std::int32_t year[] = {2026};
  std::vector<std::int64_t> wage_bill(10, 100), designated(9, 0), out(10);
  wkr::test::expect_error([&] { (void)wkr::settle_columns(tables(), year, wage_bill, designated, {}); },
                          ErrorCode::invalid_argument, "designated_cents has 9 elements");
  const std::int32_t two_years[] = {2025, 2026};
  wkr::test::expect_error([&] { (void)wkr::free_space_columns(tables(), two_years, wage_bill, out, {}); },
                          ErrorCode::invalid_argument, "years");
}

TEST(Batch, EmployeesAreEvaluateItemsForAnyThreadCount) {
  // 3000 employees of 0 to 6 random items each, some with a bad item, against evaluate_items().
  wkr::test::RandomInputs random(2026);
  std::vector<wkr::Item> items;
  std::vector<std::int64_t> offsets{0};
  std::vector<std::int32_t> category;
  std::vector<std::int64_t> amount, quantity;
  std::vector<std::int8_t> treatment;
  std::vector<wkr::CustomaryTestExclusion> exclusions;
  std::vector<bool> bad;
  const auto& categories = wkr::item_categories();
  for (int e = 0; e < 3000; ++e) {
    const std::string name = "employee " + std::to_string(e);
    const auto count = random.between(0, 6);
    bad.push_back(false);
    for (std::int64_t k = 0; k < count; ++k) {
      wkr::Item item = random.item(name);
      if (random.chance(1)) {
        item.amount = -item.amount - Decimal::from_integer(1);  // a negative amount: the employee fails
        bad.back() = true;
      }
      items.push_back(item);
      const auto place = std::find_if(categories.begin(), categories.end(),
                                      [&](const wkr::CategoryInfo& c) { return c.category == item.category; });
      category.push_back(static_cast<std::int32_t>(place - categories.begin()));
      amount.push_back(item.amount.to_scaled_integer(2));
      quantity.push_back(item.quantity ? item.quantity->to_scaled_integer(2) : wkr::no_quantity);
      treatment.push_back(item.treatment ? static_cast<std::int8_t>(*item.treatment) : std::int8_t{-1});
    }
    offsets.push_back(static_cast<std::int64_t>(items.size()));
    exclusions.push_back(random.chance(10) ? wkr::CustomaryTestExclusion::intern : wkr::CustomaryTestExclusion::none);
  }
  const std::size_t employees = exclusions.size();
  const std::int32_t year[] = {2025};
  const wkr::ItemColumns columns{offsets, category, amount, quantity, 2, treatment};
  for (unsigned threads : thread_counts) {
    std::vector<std::int64_t> exempt(employees), nil(employees), intermediary(employees), designated(employees),
        wage(employees);
    std::vector<std::uint8_t> review(employees);
    std::vector<std::int32_t> status(employees);
    const wkr::BatchReport report = wkr::evaluate_employee_columns(
        tables(), year, columns, exclusions, {exempt, nil, intermediary, designated, wage, review, status}, {},
        threads);
    std::size_t failed = 0;
    for (std::size_t e = 0; e < employees; ++e) {
      const std::vector<wkr::Item> own(items.begin() + offsets[e], items.begin() + offsets[e + 1]);
      wkr::EvaluationOptions options;
      if (!own.empty() && exclusions[e] != wkr::CustomaryTestExclusion::none) {
        options.customary_exclusions.emplace(own.front().employee, exclusions[e]);
      }
      const auto [code, evaluation] = single([&] { return wkr::evaluate_items(tables(), 2025, own, options); });
      ASSERT_EQ(status[e], code) << "employee " << e << ", " << threads << " threads";
      ASSERT_EQ(code != wkr::row_ok, static_cast<bool>(bad[e])) << e;
      if (code != wkr::row_ok) {
        ++failed;
        EXPECT_EQ(designated[e], 0);
        continue;
      }
      const wkr::Totals& totals = evaluation->totals;
      EXPECT_EQ(exempt[e], cents(totals.targeted_exempt)) << e;
      EXPECT_EQ(nil[e], cents(totals.nil_valued)) << e;
      EXPECT_EQ(intermediary[e], cents(totals.intermediary)) << e;
      EXPECT_EQ(designated[e], cents(totals.designated)) << e;
      EXPECT_EQ(wage[e], cents(totals.wage)) << e;
      EXPECT_EQ(review[e], evaluation->customary_review.empty() ? 0 : 1) << e;
    }
    EXPECT_GT(failed, 0U);
    EXPECT_EQ(report.failed, failed);
  }
}

TEST(Batch, AnUnknownCategoryOrTreatmentFailsItsEmployee) {
  const std::int64_t offsets[] = {0, 1, 2};
  const auto& all = wkr::item_categories();
  const auto free_space = std::find_if(all.begin(), all.end(), [](const wkr::CategoryInfo& c) {
    return c.category == wkr::ItemCategory::free_space;
  });
  const std::int32_t category[] = {999, static_cast<std::int32_t>(free_space - all.begin())};
  const std::int64_t amount[] = {100, 100};
  const std::int8_t treatment[] = {-1, 5};
  const std::int32_t year[] = {2026};
  std::int32_t status[2] = {-1, -1};
  const wkr::BatchReport report = wkr::evaluate_employee_columns(
      tables(), year, {offsets, category, amount, {}, 2, treatment}, {}, {.status = status});
  EXPECT_EQ(status[0], static_cast<int>(ErrorCode::invalid_argument));
  EXPECT_EQ(status[1], static_cast<int>(ErrorCode::invalid_argument));
  EXPECT_EQ(report.failed, 2U);
  ASSERT_TRUE(report.first_error.has_value());
  EXPECT_NE(std::string(report.first_error->what()).find("category 999"), std::string::npos)
      << report.first_error->what();
}

}  // namespace
