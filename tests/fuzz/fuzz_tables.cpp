// Fuzz target: parameter table files layered over the embedded tables, as `--data DIR` layers a
// directory. The input is one or more YAML files separated by NUL bytes ("a.yaml", "b.yaml", …). The
// embedded base is loaded once per process and every input is overlaid with Parameters::with_overlay,
// so a run does not re-read the embedded tables. The tables must load or fail with a wkr::Error —
// never crash, hang or throw anything else — and what loads must answer every look-up.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_common.hpp"
#include "wkr/limits.hpp"
#include "wkr/parameters.hpp"

namespace {

using wkr::fuzz::check;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 16384) return 0;  // a table file is small; size limits are the loader's own (docs/limits.md)
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  std::vector<wkr::TableSource> files;
  for (std::size_t start = 0;;) {
    const std::size_t end = input.find('\0', start);
    files.push_back({"fuzz" + std::to_string(files.size()) + ".yaml", std::string(input.substr(start, end - start))});
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  try {
    const wkr::Parameters p = wkr::fuzz::embedded().with_overlay(files);
    check(p.receipt().sources.size() == wkr::fuzz::embedded().receipt().sources.size() + files.size(),
          "the receipt lists every file");
    const wkr::Parameters::YearRange years = p.covered_years();
    check(years.first <= years.last, "the tables cover at least one year");
    for (int year : {years.first, 2026, years.last, years.last + 1}) {
      try {
        const wkr::YearTable& table = p.year(year);
        check(table.year() == year, "year() gives the year asked for");
        for (const wkr::Parameter* parameter : p.all()) {
          try {
            const wkr::ParameterUse use = p.at_year(parameter->name, year);
            check(use.cited != nullptr && (*use.cited)->name == parameter->name, "a value is cited under its name");
          } catch (const wkr::Error& e) {
            check(e.code() == wkr::ErrorCode::not_covered, "a look-up fails only as not covered");
          }
        }
      } catch (const wkr::Error& e) {
        // Outside wkr's years (docs/limits.md) the limit answers first; inside, the tables do.
        const bool accepted = year >= wkr::limits::first_year && year <= wkr::limits::last_year;
        check(e.code() == (accepted ? wkr::ErrorCode::not_covered : wkr::ErrorCode::invalid_argument),
              "a year outside the tables is not covered; a year outside wkr's years is refused");
      }
    }
  } catch (const wkr::Error&) {
    // refused with a message naming file:line (the unit tests check the messages)
  }
  return 0;
}
