// Ingesting an items CSV, in MB a second (bytes_per_second): the whole-text reader of today's
// `wkr evaluate` (read_items_csv + evaluate_items) against the streaming engine (item_stream.hpp),
// on 20,000 employee-years of the typical mix (80,000 rows).
#include <benchmark/benchmark.h>

#include <sstream>

#include "typical_mix.hpp"
#include "wkr/item_stream.hpp"
#include "wkr/items_csv.hpp"

namespace {

const std::string& csv() {
  static const std::string text = [] {
    std::string t = wkr::bench::csv_header;
    for (std::int64_t e = 0; e < 20'000; ++e) t += wkr::bench::mix_csv_lines(e);
    return t;
  }();
  return text;
}

void BM_WholeTextEvaluation(benchmark::State& state) {
  const wkr::Parameters parameters = wkr::Parameters::embedded();
  for (auto _ : state) {
    benchmark::DoNotOptimize(wkr::evaluate_items(parameters, 2026, wkr::read_items_csv(csv(), "items.csv")));
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(csv().size()));
}
BENCHMARK(BM_WholeTextEvaluation)->Unit(benchmark::kMillisecond);

void BM_StreamEvaluation(benchmark::State& state) {
  const wkr::Parameters parameters = wkr::Parameters::embedded();
  const wkr::ItemStreamOptions options{.grouped = state.range(0) == 1, .evaluate = state.range(1) == 1};
  for (auto _ : state) {
    wkr::ItemStream stream(parameters, 2026, "items.csv", options);
    for (std::size_t at = 0; at < csv().size(); at += 1 << 16) stream.feed(std::string_view(csv()).substr(at, 1 << 16));
    benchmark::DoNotOptimize(stream.finish());
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(csv().size()));
}
BENCHMARK(BM_StreamEvaluation)
    ->ArgNames({"grouped", "evaluate"})
    ->Args({1, 1})
    ->Args({0, 1})
    ->Args({1, 0})
    ->Unit(benchmark::kMillisecond);

}  // namespace
