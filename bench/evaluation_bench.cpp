// The per-employee annual evaluation: one employee-year of the typical mix (home working,
// commuting by the km, internet, a gift) with and without its explanation (target: ≥ 2 million
// employee-years a second on one core without).
#include <benchmark/benchmark.h>

#include "typical_mix.hpp"
#include "wkr/allowances/evaluation.hpp"

namespace {

void BM_EmployeeYear(benchmark::State& state) {
  const wkr::Parameters parameters = wkr::Parameters::embedded();
  const std::vector<wkr::Item> items = wkr::bench::mix_items(17);
  std::vector<wkr::ItemTreatment> results(items.size());
  const auto explain = static_cast<wkr::Explain>(state.range(0));
  for (auto _ : state) {
    benchmark::DoNotOptimize(wkr::evaluate_employee(parameters, 2026, items, results, {}, explain));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_EmployeeYear)->ArgName("explain")->Arg(0)->Arg(1);

}  // namespace
