// The column batches of batch.hpp with 1 and 2 threads: settlements, free space and employee-years
// of the typical mix, 100,000 rows a call. items_per_second is rows (employees) a second.
#include <benchmark/benchmark.h>

#include "typical_mix.hpp"
#include "wkr/batch.hpp"

namespace {

constexpr std::size_t batch_rows = 100'000;

struct Employers {
  std::vector<std::int64_t> wage_bill, designated;
  Employers() {
    for (std::size_t i = 0; i < batch_rows; ++i) {
      wage_bill.push_back(10'000'000 + static_cast<std::int64_t>(i % 1000) * 1'234'567);
      designated.push_back(500'000 + static_cast<std::int64_t>(i % 333) * 12'345);
    }
  }
};

void BM_SettleColumns(benchmark::State& state) {
  const wkr::Parameters parameters = wkr::Parameters::embedded();
  const Employers in;
  std::vector<std::int64_t> free_space(batch_rows), excess(batch_rows), levy(batch_rows), levy_return(batch_rows);
  std::vector<std::int32_t> due(batch_rows), status(batch_rows);
  const std::int32_t year[] = {2025};
  const wkr::BatchOptions options{.threads = static_cast<unsigned>(state.range(0))};
  for (auto _ : state) {
    benchmark::DoNotOptimize(wkr::settle_columns(parameters, year, in.wage_bill, in.designated,
                                                 {free_space, excess, levy, levy_return, due, status}, options));
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(batch_rows));
}
BENCHMARK(BM_SettleColumns)->ArgName("threads")->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_FreeSpaceColumns(benchmark::State& state) {
  const wkr::Parameters parameters = wkr::Parameters::embedded();
  const Employers in;
  std::vector<std::int64_t> free_space(batch_rows);
  const std::int32_t year[] = {2026};
  const wkr::BatchOptions options{.threads = static_cast<unsigned>(state.range(0))};
  for (auto _ : state) {
    benchmark::DoNotOptimize(wkr::free_space_columns(parameters, year, in.wage_bill, free_space, {}, options));
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(batch_rows));
}
BENCHMARK(BM_FreeSpaceColumns)->ArgName("threads")->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_EmployeeColumns(benchmark::State& state) {
  const wkr::Parameters parameters = wkr::Parameters::embedded();
  const auto& categories = wkr::item_categories();
  const auto place = [&](wkr::ItemCategory c) {
    return static_cast<std::int32_t>(
        std::find_if(categories.begin(), categories.end(), [&](const auto& i) { return i.category == c; }) -
        categories.begin());
  };
  std::vector<std::int64_t> offsets{0}, amount, quantity;
  std::vector<std::int32_t> category;
  for (std::size_t e = 0; e < batch_rows; ++e) {
    for (const wkr::Item& item : wkr::bench::mix_items(static_cast<std::int64_t>(e))) {
      category.push_back(place(item.category));
      amount.push_back(item.amount.to_scaled_integer(2));
      quantity.push_back(item.quantity ? item.quantity->to_scaled_integer(0) : wkr::no_quantity);
    }
    offsets.push_back(static_cast<std::int64_t>(category.size()));
  }
  std::vector<std::int64_t> exempt(batch_rows), designated(batch_rows), wage(batch_rows);
  std::vector<std::uint8_t> review(batch_rows);
  std::vector<std::int32_t> status(batch_rows);
  const std::int32_t year[] = {2026};
  const wkr::ItemColumns items{offsets, category, amount, quantity, 0, {}};
  for (auto _ : state) {
    benchmark::DoNotOptimize(wkr::evaluate_employee_columns(parameters, year, items, {},
                                                            {exempt, {}, {}, designated, wage, review, status}, {},
                                                            static_cast<unsigned>(state.range(0))));
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(batch_rows));
}
BENCHMARK(BM_EmployeeColumns)->ArgName("threads")->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
