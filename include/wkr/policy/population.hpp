// wkr — the employees a policy scenario runs over (issue #12, part 3): one CSV row per employee
// with his group, weekly pattern, distance, travel mode and travel time, and optionally his fiscal
// wage and marginal rate (columns in docs/policy.md).
//
// The readers (src/population_csv.cpp) are strict, like the items CSV: columns by name, every field
// checked, every bad row reported with its line — all of them in one error — and nothing returned
// when any row is bad.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "wkr/csv_format.hpp"
#include "wkr/policy/common.hpp"

namespace wkr {

struct PopulationEmployee {
  std::string id;
  std::string group;
  WeeklyPattern pattern;  ///< the pattern today; a policy may change it per group
  Decimal km_one_way;
  TravelMode mode = TravelMode::car;
  Decimal minutes_one_way;  ///< to the office
  std::optional<Decimal> coworking_km_one_way;
  std::optional<Decimal> coworking_minutes_one_way;
  std::optional<Decimal> fiscal_wage;    ///< for the year
  std::optional<Decimal> marginal_rate;  ///< 0 ≤ r < 1; needed by a policy that pays wage
  int line = 0;                          ///< where the row is, for messages
};

struct Population {
  std::string source;  ///< the file it was read from
  std::vector<PopulationEmployee> employees;
  bool fiscal_wage = false;  ///< every row has its fiscal wage (the column is there)

  /// "population.csv: line 7": where an employee is, for messages.
  [[nodiscard]] std::string where(const PopulationEmployee& e) const { return source + ": line " + std::to_string(e.line); }
};

/// Reads the population from CSV text; `source` names it in messages. Throws
/// Error(invalid_argument) listing every problem, each with its line, or Error(parse) for
/// malformed quoting.
/// `format`: the delimiter and decimal separator (wkr/csv_format.hpp; by default found in the text);
/// column names in any case or in Dutch (docs/cli.md).
[[nodiscard]] Population read_population_csv(std::string_view text, const std::string& source,
                                             const CsvFormat& format = {});

/// The marginal rates of employees (for levy_or_wage.hpp) from CSV text with the header
/// `employee,marginal_rate`: every employee once, every rate 0 ≤ r < 1. The same errors.
[[nodiscard]] std::map<std::string, Decimal, std::less<>> read_marginal_rates_csv(std::string_view text,
                                                                                  const std::string& source,
                                                                                  const CsvFormat& format = {});

}  // namespace wkr
