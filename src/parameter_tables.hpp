// The loaded parameter tables behind a wkr::Parameters (private to the library's sources).
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "wkr/parameters.hpp"

namespace wkr {

struct Parameters::Tables {
  /// A parameter with its values as an explanation cites them (cited[j] is parameter.values[j]).
  /// Immutable and shared with the tables layered over these: an overlay (--data DIR) copies only
  /// the parameters it changes.
  struct Entry {
    Parameter parameter;
    std::vector<CitedParameter> cited;
  };
  std::vector<std::shared_ptr<const Entry>> entries;  // sorted by name
  std::vector<const Parameter*> list;                 // entries[i]->parameter, for all()
  std::shared_ptr<const Receipt> receipt;             // never null
  int first_year = 0;            // the first year any parameter covers
  std::vector<YearTable> years;  // first_year, first_year + 1, … up to the last year any covers

  std::shared_ptr<const std::vector<TableSource>> sources;  // the files' bytes, for a later overlay's digest

  [[nodiscard]] const Entry* find_entry(std::string_view name) const {
    auto it = std::lower_bound(
        entries.begin(), entries.end(), name,
        [](const std::shared_ptr<const Entry>& e, std::string_view n) { return e->parameter.name < n; });
    return (it != entries.end() && (*it)->parameter.name == name) ? it->get() : nullptr;
  }
  [[nodiscard]] const Parameter* find(std::string_view name) const {
    const Entry* entry = find_entry(name);
    return entry == nullptr ? nullptr : &entry->parameter;
  }

  /// The citation prepared for `value`, one of the values of `entry`'s parameter.
  [[nodiscard]] static const CitedParameter* citation(const Entry& entry, const DatedValue& value) {
    return &entry.cited[static_cast<std::size_t>(&value - entry.parameter.values.data())];
  }
};

}  // namespace wkr
