// Exact decimal arithmetic: the costs every rule pays (capi-decimal-notes §1.2 measured the
// underlying 128-bit operations at about 9–10 ns).
#include <benchmark/benchmark.h>

#include "wkr/decimal.hpp"

namespace {

using wkr::Decimal;

void BM_Parse(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(Decimal::parse("1600000.50"));
}
BENCHMARK(BM_Parse);

void BM_Format(benchmark::State& state) {
  const Decimal d = Decimal::parse("22160.00");
  for (auto _ : state) benchmark::DoNotOptimize(d.to_string());
}
BENCHMARK(BM_Format);

void BM_MultiplyAndRoundToCents(benchmark::State& state) {
  const Decimal amount = Decimal::parse("1234567.89");
  const Decimal rate = Decimal::parse("0.0118");
  for (auto _ : state) benchmark::DoNotOptimize((rate * amount).rounded(2, wkr::Rounding::half_up));
}
BENCHMARK(BM_MultiplyAndRoundToCents);

void BM_Add(benchmark::State& state) {
  const Decimal a = Decimal::parse("8000.000118");
  const Decimal b = Decimal::parse("14160.00");
  for (auto _ : state) benchmark::DoNotOptimize(a + b);
}
BENCHMARK(BM_Add);

}  // namespace
