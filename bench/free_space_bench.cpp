// The free space and the settlement end to end, with and without their explanation: what a payroll
// run pays per employer (targets in docs/performance.md: ≤ 100 ns without, ≤ 3 µs with).
#include <benchmark/benchmark.h>

#include "wkr/free_space.hpp"
#include "wkr/json.hpp"

namespace {

void BM_FreeSpace(benchmark::State& state) {
  const wkr::Parameters parameters = wkr::Parameters::embedded();
  const wkr::Decimal wage_bill = wkr::Decimal::parse("1600000");
  const auto explain = static_cast<wkr::Explain>(state.range(0));
  for (auto _ : state) benchmark::DoNotOptimize(wkr::free_space(parameters, 2026, wage_bill, {}, explain));
}
BENCHMARK(BM_FreeSpace)->ArgName("explain")->Arg(0)->Arg(1);

void BM_Settle(benchmark::State& state) {
  const wkr::Parameters parameters = wkr::Parameters::embedded();
  const wkr::Decimal wage_bill = wkr::Decimal::parse("500000");
  const wkr::Decimal designated = wkr::Decimal::parse("14180");
  const auto explain = static_cast<wkr::Explain>(state.range(0));
  for (auto _ : state) benchmark::DoNotOptimize(wkr::settle(parameters, 2025, wage_bill, designated, {}, explain));
}
BENCHMARK(BM_Settle)->ArgName("explain")->Arg(0)->Arg(1);

void BM_SettleToJson(benchmark::State& state) {
  const wkr::Parameters parameters = wkr::Parameters::embedded();
  const auto settlement = wkr::settle(parameters, 2025, wkr::Decimal::parse("500000"), wkr::Decimal::parse("14180"),
                                      {}, wkr::Explain::yes);
  for (auto _ : state) benchmark::DoNotOptimize(wkr::to_json(settlement).dump());
}
BENCHMARK(BM_SettleToJson);

}  // namespace
