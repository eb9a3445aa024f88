// The C ABI as a payroll vendor calls it (libwkr.so through wkr.h): one settlement, a batch of
// 100,000 structs, and the columnar call over the same 100,000 rows as BM_SettleColumns of
// batch_bench.cpp (target: BM_CapiBatch within 10% of it).
#include <benchmark/benchmark.h>
#include <wkr/wkr.h>

#include <vector>

namespace {

wkr_context* context() {
  static wkr_context* shared = [] {
    wkr_context* c = nullptr;
    return wkr_context_new(&c) == WKR_OK ? c : nullptr;
  }();
  return shared;
}

wkr_settle_input row(std::int64_t i) {
  wkr_settle_input in = WKR_SETTLE_INPUT_INIT;
  in.year = 2025;
  in.wage_bill_cents = 10'000'000 + (i % 1000) * 1'234'567;  // € 100,000 to about € 12.4 million
  in.designated_cents = 500'000 + (i % 333) * 12'345;
  return in;
}

void BM_CapiSettle(benchmark::State& state) {
  const wkr_settle_input in = row(7);
  wkr_settlement out = WKR_SETTLEMENT_INIT;
  for (auto _ : state) {
    benchmark::DoNotOptimize(wkr_settle(context(), &in, &out));
    benchmark::DoNotOptimize(out);
  }
}
BENCHMARK(BM_CapiSettle);

void BM_CapiSettleBatch(benchmark::State& state) {
  const std::size_t rows = 100'000;
  std::vector<wkr_settle_input> in;
  for (std::size_t i = 0; i < rows; ++i) in.push_back(row(static_cast<std::int64_t>(i)));
  std::vector<wkr_settlement> out(rows, wkr_settlement WKR_SETTLEMENT_INIT);
  std::vector<std::int32_t> status(rows);
  for (auto _ : state) {
    benchmark::DoNotOptimize(wkr_settle_batch(context(), in.data(), rows, sizeof(wkr_settle_input), out.data(),
                                              sizeof(wkr_settlement), status.data()));
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(rows));
}
BENCHMARK(BM_CapiSettleBatch)->Unit(benchmark::kMillisecond);

void BM_CapiBatch(benchmark::State& state) {
  const std::size_t rows = 100'000;
  std::vector<std::int64_t> wage_bill, designated;
  for (std::size_t i = 0; i < rows; ++i) {
    const wkr_settle_input in = row(static_cast<std::int64_t>(i));
    wage_bill.push_back(in.wage_bill_cents);
    designated.push_back(in.designated_cents);
  }
  std::vector<std::int64_t> free_space(rows), excess(rows), levy(rows), levy_return(rows);
  std::vector<std::int32_t> due(rows), status(rows);
  const std::int32_t year = 2025;
  wkr_columns_options options = WKR_COLUMNS_OPTIONS_INIT;
  options.threads = static_cast<std::int32_t>(state.range(0));
  for (auto _ : state) {
    benchmark::DoNotOptimize(wkr_settle_columns(context(), &options, &year, 1, rows, wage_bill.data(),
                                                designated.data(), free_space.data(), excess.data(), levy.data(),
                                                levy_return.data(), due.data(), status.data()));
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(rows));
}
BENCHMARK(BM_CapiBatch)->ArgName("threads")->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
