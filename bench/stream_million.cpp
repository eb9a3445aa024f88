// The streaming evaluation over a generated items CSV of 1,000,000 rows (250,000 employee-years of
// the typical mix, grouped by employee), read from a file in 64 KiB chunks, with every employee's
// totals written as a JSON line to /dev/null as a command would. Prints MB/s and the peak resident
// memory (getrusage). Usage: wkr_stream_million [rows] [file]; the file is written first when absent.
// A smoke run with few rows is a ctest test; the figures in docs/performance.md come from 1,000,000.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "typical_mix.hpp"
#include "wkr/item_stream.hpp"

namespace {

/// Writes each employee as one JSON line, the way a streaming `wkr evaluate --json` would.
class JsonLines : public wkr::EvaluationSink {
 public:
  explicit JsonLines(std::FILE* out) : out_(out) {}
  void employee(const wkr::EmployeeYearResult& e) override {
    line_.assign("{\"employee\":\"").append(e.employee).append("\",\"designated\":\"");
    line_.append(e.totals.designated.to_string()).append("\",\"exempt\":\"").append(e.totals.exempt().to_string());
    line_.append("\",\"wage\":\"").append(e.totals.wage.to_string()).append(e.customary.review ? "\",\"review\":true}\n" : "\"}\n");
    std::fwrite(line_.data(), 1, line_.size(), out_);
  }

 private:
  std::FILE* out_;
  std::string line_;
};

}  // namespace

int main(int argc, char** argv) {
  const long rows = argc > 1 ? std::stol(argv[1]) : 1'000'000;
  const std::filesystem::path file =
      argc > 2 ? argv[2] : std::filesystem::temp_directory_path() / ("wkr-items-" + std::to_string(rows) + ".csv");
  if (!std::filesystem::exists(file)) {
    std::ofstream out(file, std::ios::binary);
    out << wkr::bench::csv_header;
    for (long e = 0; e < rows / 4; ++e) out << wkr::bench::mix_csv_lines(e);
  }
  const auto bytes = std::filesystem::file_size(file);
  const wkr::Parameters parameters = wkr::Parameters::embedded();
  std::FILE* sink_file = std::fopen("/dev/null", "w");
  JsonLines sink(sink_file);
  std::ifstream in(file, std::ios::binary);
  const auto start = std::chrono::steady_clock::now();
  const wkr::StreamSummary summary =
      wkr::evaluate_items_stream(in, parameters, 2026, file.string(), {.grouped = true}, &sink);
  const std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;
  std::fclose(sink_file);
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("%zu rows, %zu employees, %.1f MB in %.3f s: %.1f MB/s; peak resident memory %.1f MB; designated %s\n",
              summary.rows, summary.employees, static_cast<double>(bytes) / 1e6, seconds.count(),
              static_cast<double>(bytes) / 1e6 / seconds.count(), static_cast<double>(usage.ru_maxrss) / 1024.0,
              summary.totals.designated.to_string().c_str());
  return 0;
}
