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
  rusage before{};
  getrusage(RUSAGE_SELF, &before);
  const double cpu_before = static_cast<double>(before.ru_utime.tv_sec + before.ru_stime.tv_sec) +
                            static_cast<double>(before.ru_utime.tv_usec + before.ru_stime.tv_usec) / 1e6;
  const auto start = std::chrono::steady_clock::now();
  const wkr::StreamSummary summary =
      wkr::evaluate_items_stream(in, parameters, 2026, file.string(), {.grouped = true}, &sink);
  const std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;
  std::fclose(sink_file);
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  const auto cpu = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
  const double cpu_seconds = cpu(usage.ru_utime) + cpu(usage.ru_stime) - cpu_before;
  const double megabytes = static_cast<double>(bytes) / 1e6;
  std::printf("%zu rows, %zu employees, %.1f MB: %.3f s wall (%.1f MB/s), %.3f s CPU (%.1f MB/s a core); peak "
              "resident memory %.1f MB; designated %s\n",
              summary.rows, summary.employees, megabytes, seconds.count(), megabytes / seconds.count(), cpu_seconds,
              megabytes / cpu_seconds, static_cast<double>(usage.ru_maxrss) / 1024.0,
              summary.totals.designated.to_string().c_str());
  return 0;
}
