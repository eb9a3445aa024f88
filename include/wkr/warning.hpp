// wkr — warnings: an input that is legitimate but changes nothing in the answer, said rather than
// ignored (docs/limits.md, "Nothing silent"). A result that can warn has `std::vector<Phrase>
// warnings`: sentences "warning.KEY" of the catalogue (src/messages_warnings.cpp), filled whether
// or not an explanation is asked — a warning is rare, so the normal path allocates nothing. When
// explaining, each warning is also a step "warning". The JSON writes them as `warnings` (json.hpp),
// the command prints them ("let op: …"), the C ABI counts them (warning_count).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "wkr/explanation.hpp"
#include "wkr/phrase.hpp"

namespace wkr {

/// Adds `warning` (a say("warning.KEY", …)) to `warnings`, and, when explaining, a step "warning"
/// that says it under the legal `reference` of the rule the input was meant for.
inline void warn(std::vector<Phrase>& warnings, const Trace& trace, Phrase warning, std::string_view reference) {
  warnings.push_back(std::move(warning));
  trace.step([&] {
    return Step{.rule = "warning",
                .reference = std::string(reference),
                .formula = warnings.back(),
                .result = {"warnings", Decimal::from_integer(static_cast<std::int64_t>(warnings.size())), Unit::count}};
  });
}

/// The catalogue key of a warning made by say(): "warning.long_absence.other_year".
[[nodiscard]] inline const std::string& warning_key(const Phrase& warning) { return warning.pieces().front().text; }

}  // namespace wkr
