// Loading the parameter tables: the embedded ones (compiled in at build time), a C API context over
// them (target ≤ 50 µs), and the embedded tables with a directory of newer ones layered on top.
#include <benchmark/benchmark.h>
#include <wkr/wkr.h>

#include "wkr/parameters.hpp"

namespace {

void BM_EmbeddedTables(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(wkr::Parameters::embedded());
}
BENCHMARK(BM_EmbeddedTables);

void BM_CapiContext(benchmark::State& state) {
  for (auto _ : state) {
    wkr_context* context = nullptr;
    if (wkr_context_new(&context) != WKR_OK) state.SkipWithError("wkr_context_new failed");
    wkr_context_free(context);
  }
}
BENCHMARK(BM_CapiContext);

void BM_TablesWithDirectory(benchmark::State& state) {
  // Parsing, validating and digesting the 2027 update on top of the embedded tables.
  for (auto _ : state) benchmark::DoNotOptimize(wkr::Parameters::with_directory(WKR_SOURCE_DIR "/data/updates/2027"));
}
BENCHMARK(BM_TablesWithDirectory);

}  // namespace
