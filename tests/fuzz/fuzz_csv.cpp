// Fuzz target: every CSV input, through the reader the command and the JSON requests use. The first
// byte picks the reader — items, the day calendar, the ledger's periods (monthly or four-weekly),
// payroll, group members, a policy population, marginal rates, or the streaming items evaluation fed
// in chunks of a fuzzed size — and the rest is the CSV text. A reader must return rows or refuse
// with a wkr::Error; anything else (a crash, a hang, another exception) is a bug.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_common.hpp"
#include "wkr/item_stream.hpp"
#include "wkr/items_csv.hpp"
#include "wkr/members_csv.hpp"
#include "wkr/parameters.hpp"
#include "wkr/payroll_csv.hpp"
#include "wkr/periods_csv.hpp"
#include "wkr/policy/population.hpp"

namespace {

using wkr::fuzz::check;

/// Counts what a stream hands over, so the sink's calls are exercised.
class CountingSink : public wkr::EvaluationSink {
 public:
  void item(const wkr::StreamedItem& /*item*/) override { ++items; }
  void employee(const wkr::EmployeeYearResult& e) override { employee_items += e.items; }
  std::size_t items = 0;
  std::size_t employee_items = 0;
};

void stream(std::string_view text, std::uint8_t how) {
  wkr::ItemStreamOptions options;
  options.grouped = (how & 1) != 0;
  options.evaluate = (how & 2) == 0;
  CountingSink sink;
  wkr::ItemStream s(wkr::fuzz::embedded(), 2025 + (how >> 2) % 2, "items.csv", options, &sink);
  const std::size_t chunk =
      1 + static_cast<std::size_t>(how >> 3);  // 1 … 32 bytes: every split of a row and of a quote
  for (std::size_t at = 0; at < text.size(); at += chunk) s.feed(text.substr(at, chunk));
  const wkr::StreamSummary summary = s.finish();
  if (options.evaluate) {
    check(sink.items == summary.rows, "every row read is handed over once");
    check(sink.employee_items == summary.rows, "every employee's items add up to the rows");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2 || size > 65536) return 0;
  const std::uint8_t which = data[0];
  const std::uint8_t how = data[1];
  const std::string_view text(reinterpret_cast<const char*>(data) + 2, size - 2);
  const std::string source = "fuzz.csv";
  try {
    switch (which % 9) {
      case 0: (void)wkr::read_items_csv(text, source, (how & 1) != 0); break;
      case 1: (void)wkr::read_calendar_csv(text, source, 2024 + how % 4); break;
      case 2:
        (void)wkr::read_periods_csv(text, source,
                                    how % 2 == 0 ? wkr::PeriodLength::month : wkr::PeriodLength::four_weeks);
        break;
      case 3: (void)wkr::read_payroll_csv(text, source); break;
      case 4: (void)wkr::read_members_csv(text, source); break;
      case 5: (void)wkr::read_population_csv(text, source); break;
      case 6: (void)wkr::read_marginal_rates_csv(text, source); break;
      default: stream(text, how); break;
    }
  } catch (const wkr::Error& e) {
    check(e.code() != wkr::ErrorCode::data && e.code() != wkr::ErrorCode::io, "a CSV reader reads no tables or files");
  }
  return 0;
}
