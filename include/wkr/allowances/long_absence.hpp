// wkr — a fixed travel allowance during a long absence (sickness, leave, a long holiday).
//
// Handboek Loonheffingen practice, after HR 14-11-1979, BNB 1979/323 (rendement.nl 2013-11-06, korento.nl):
// when an absence is foreseen to be long, the fixed allowance stays exempt for the calendar month
// in which the absence starts and the following month (commuting.absence_continuation_months = 1);
// from then on it is not exempt, up to and including the month of return; it is exempt again from
// the first day of the month after the month of return. A short absence changes nothing: the 214
// days already allow for holidays, average sickness and leave.
//
//   W16: long absence from 7 Sep, back 11 Dec → exempt Sep and Oct, not Nov and Dec, again from 1 Jan.
//   W17: long absence from 7 Jul, back 11 Oct → exempt Jul and Aug, not Sep and Oct, again from 1 Nov.
//
// The Kennisgroep (KG:204:2022:28) judges "in de regel" per cause and per calendar year, so an
// absence that crosses 31 December counts as a new cause in the new year (exempt again for
// January and February). That reading is the option AbsenceOptions::new_cause_each_year; the
// default keeps counting from the real start, which never exempts more.
#pragma once

#include <algorithm>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "wkr/allowances/common.hpp"
#include "wkr/warning.hpp"

namespace wkr {

/// An absence foreseen to be long.
struct Absence {
  std::chrono::year_month_day start;                    ///< the first day of absence
  std::optional<std::chrono::year_month_day> returned;  ///< the first day back; none: not back (yet)
};

struct AbsenceOptions {
  /// KG:204:2022:28: an absence that continues into a new calendar year is a new cause there.
  bool new_cause_each_year = false;
};

namespace detail::allowance {

inline constexpr std::string_view long_absence_reference =
    "Handboek Loonheffingen, vaste reiskostenvergoeding bij langdurige afwezigheid (HR 14-11-1979, BNB 1979/323)";

/// The months (1–12) of the year in which a fixed allowance is not exempt because of `absences`,
/// ascending; one step per absence that touches the year, a warning for one that does not (it is a
/// legitimate question — W16-next-year — but it changes nothing in this year).
[[nodiscard]] inline std::vector<int> stopped_months(const YearTable& table, const std::vector<Absence>& absences,
                                                     const AbsenceOptions& options, std::vector<Phrase>& warnings,
                                                     const Trace& trace) {
  std::vector<int> stopped;
  if (absences.empty()) return stopped;
  const int continuation =
      static_cast<int>(table[param::commuting_absence_continuation_months].to_integer());  // 0–12, checked on load
  const int year = table.year();
  const int first_of_year = year * 12;
  const int last_of_year = first_of_year + 11;
  for (const Absence& absence : absences) {
    if (!absence.start.ok() || (absence.returned && !absence.returned->ok())) {
      throw Error(ErrorCode::invalid_argument, say("error.absence.invalid_date"));
    }
    if (absence.returned && *absence.returned < absence.start) {
      throw Error(ErrorCode::invalid_argument,
                  say("error.absence.back_before_start", to_string(absence.start), to_string(*absence.returned)));
    }
    int start = month_index(absence.start);
    const int back = absence.returned ? month_index(*absence.returned) : last_of_year;
    if (start > last_of_year || back < first_of_year) {  // another year's absence
      warn(warnings, trace,
           say("warning.long_absence.other_year",
               absence.returned ? say("long_absence.back", to_string(absence.start), to_string(*absence.returned))
                                : say("long_absence.not_back", to_string(absence.start)),
               std::to_string(year)),
           long_absence_reference);
      continue;
    }
    const bool new_cause = options.new_cause_each_year && start < first_of_year;
    if (new_cause) start = first_of_year;
    const int first_stop = start + 1 + continuation;
    const int from = std::max(first_stop, first_of_year);
    const int to = std::min(back, last_of_year);
    for (int m = from; m <= to; ++m) stopped.push_back(m - first_of_year + 1);
    trace.step([&] {
      std::string reference(long_absence_reference);
      if (new_cause) {
        reference += "; KG:204:2022:28";
      }
      Phrase formula = absence.returned
                           ? say("long_absence.back", to_string(absence.start), to_string(*absence.returned))
                           : say("long_absence.not_back", to_string(absence.start));
      formula += say("long_absence.exempt_through", month_text(first_stop - 1));
      if (from == to) formula += say("long_absence.not_exempt_month", month_text(from));
      if (from < to) formula += say("long_absence.not_exempt_months", month_text(from), month_text(to));
      if (absence.returned && back + 1 >= first_stop) {
        formula += say("long_absence.exempt_again", month_text(back + 1) + "-01");
      }
      if (new_cause) formula += say("long_absence.new_cause");
      return Step{.rule = "commuting.long_absence",
                  .reference = std::move(reference),
                  .formula = std::move(formula),
                  .parameters = {describe(table.use(param::commuting_absence_continuation_months))},
                  .result = {"stopped_months", Decimal::from_integer(from <= to ? to - from + 1 : 0), Unit::months}};
    });
  }
  std::sort(stopped.begin(), stopped.end());
  stopped.erase(std::unique(stopped.begin(), stopped.end()), stopped.end());
  return stopped;
}

}  // namespace detail::allowance

}  // namespace wkr
