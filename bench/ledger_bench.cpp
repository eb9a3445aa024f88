// The ledger: one period added to a year in progress (what a payroll run pays per employer per
// period), and a whole year at once, with and without explanation.
#include <benchmark/benchmark.h>

#include "wkr/ledger.hpp"

namespace {

std::vector<wkr::PeriodInput> year_of_periods() {
  std::vector<wkr::PeriodInput> periods;
  for (int p = 1; p <= 12; ++p) {
    periods.push_back({.period = p, .wage_bill = wkr::Decimal::parse("133333.33"),
                       .designated = wkr::Decimal::parse(p == 12 ? "9000" : "1500")});
  }
  return periods;
}

wkr::LedgerOptions as_you_go() {
  wkr::LedgerOptions options;
  options.strategy = wkr::LevyStrategy::as_you_go;
  return options;
}

void BM_LedgerAddPeriod(benchmark::State& state) {
  // Period 7 onto a copy of a ledger holding periods 1–6: the prorated free space, the excess, the levy.
  const wkr::Parameters parameters = wkr::Parameters::embedded();
  const auto periods = year_of_periods();
  wkr::Ledger half(parameters, 2026, wkr::PeriodLength::month, as_you_go());
  for (int p = 0; p < 6; ++p) (void)half.add_period(periods[static_cast<std::size_t>(p)]);
  const auto explain = static_cast<wkr::Explain>(state.range(0));
  for (auto _ : state) {
    wkr::Ledger book = half;
    benchmark::DoNotOptimize(book.add_period(periods[6], explain));
  }
}
BENCHMARK(BM_LedgerAddPeriod)->ArgName("explain")->Arg(0)->Arg(1);

void BM_LedgerYear(benchmark::State& state) {
  const wkr::Parameters parameters = wkr::Parameters::embedded();
  const auto periods = year_of_periods();
  const auto explain = static_cast<wkr::Explain>(state.range(0));
  for (auto _ : state) {
    benchmark::DoNotOptimize(wkr::ledger(parameters, 2026, wkr::PeriodLength::month, periods, as_you_go(), explain));
  }
}
BENCHMARK(BM_LedgerYear)->ArgName("explain")->Arg(0)->Arg(1);

}  // namespace
