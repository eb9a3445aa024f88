// The loaded parameter tables behind a wkr::Parameters (private to the library's sources).
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "wkr/parameters.hpp"

namespace wkr {

struct Parameters::Tables {
  std::vector<Parameter> parameters;  // sorted by name
  std::vector<std::vector<UsedParameter>> cited;  // parameters[i].values[j] as cited[i][j]
  Receipt receipt;
  int first_year = 0;            // the first year any parameter covers
  std::vector<YearTable> years;  // first_year, first_year + 1, … up to the last year any covers

  std::shared_ptr<const std::vector<TableSource>> sources;  // the files' bytes, for a later overlay's digest

  [[nodiscard]] const Parameter* find(std::string_view name) const {
    auto it = std::lower_bound(parameters.begin(), parameters.end(), name,
                               [](const Parameter& p, std::string_view n) { return p.name < n; });
    return (it != parameters.end() && it->name == name) ? &*it : nullptr;
  }

  /// The citation prepared for `entry`, one of the values of `parameter` (both in these tables).
  [[nodiscard]] const UsedParameter* citation(const Parameter& parameter, const DatedValue& entry) const {
    const auto p = static_cast<std::size_t>(&parameter - parameters.data());
    return &cited[p][static_cast<std::size_t>(&entry - parameter.values.data())];
  }
};

}  // namespace wkr
