// wkr — the fixed travel allowance for commuting (vaste reiskostenvergoeding): art. 31a lid 2
// onderdeel a (slotzin) and lid 7 Wet LB 1964; before 2022 Besluit 20-3-2015 BLKB2015-0188M.
//
// Instead of counting trips, an employer may pay a fixed amount computed on 214 days a year, if
// the employee travels to the fixed workplace on at least 128 days (128-dagenregeling) or in at
// least 36 weeks (36-wekenregeling). Two regimes, chosen by year from the tables
// (commuting.pattern_based):
//   - 2015–2021: 214 days for a 5-day working week, whatever the home-working days, provided the
//     office days still meet the 128-day rule (a full-timer could work two days a week at home and
//     keep 214 days); part-timers pro rata to their working days.
//   - from 2022: the days the employee travels "in de regel": k office days a week give k/5 × 214
//     (cooster.nl: 4/5 × 214 = 171.2 days, × 20 km × 2 × €0.23 = €1,575.04).
// The cap is days × km one way × 2 × rate. When one way is more than 75 km the allowance must be
// recalculated at the year end against the kilometres actually travelled (nacalculatie, W15); so
// too when the 128/36 rules are not met and the allowance is only an estimate. A long absence stops
// the exemption after the month it starts and the next (long_absence.hpp).
//
// The corona approval (Besluit noodmaatregelen coronacrisis of 14-4-2020, extended to 1-2, 1-4,
// 1-7, 1-10 and finally 31-12-2021; commuting.corona_approval): a fixed allowance to which the
// employee had an unconditional right before 13 March 2020 could go on unchanged and untaxed while
// the employee worked at home. With FixedCommuteInput::corona_approval the allowance keeps its
// pre-corona basis (the working week), whatever the office days now — 0 included; the days worked
// at home count as travel days, so the 128/36 rules are met and no recalculation is required on
// that account (a recalculation above 75 km stays, and may keep to the pattern the allowance was
// based on). Outside the years the tables give the approval (2020–2021) asking for it is an error.
// The sources are in the parameter (mediafederatie.nl, stichtingabri.nl, Salaris Vanmorgen
// 2021-03-10, vwg.nl 2021-09-08, grantthornton.nl, wolfsbergenvanhaarlem.nl).
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "wkr/allowances/common.hpp"
#include "wkr/allowances/fixed_pattern.hpp"
#include "wkr/allowances/long_absence.hpp"
#include "wkr/allowances/travel.hpp"
#include "wkr/limits.hpp"

namespace wkr {

struct FixedCommuteInput {
  Decimal km_one_way;
  int office_days_per_week = 5;         ///< days a week the employee "in de regel" travels to the fixed workplace
  int work_days_per_week = 5;           ///< days a week of the contract: the basis before 2022
  AllowancePeriod period;               ///< the months the allowance runs (start or end within the year)
  std::vector<Absence> absences;        ///< absences foreseen to be long
  std::optional<Decimal> travel_days;   ///< days actually travelled, to test the 128-day rule
  std::optional<Decimal> travel_weeks;  ///< weeks actually travelled, to test the 36-week rule
  std::optional<Decimal> actual_km;     ///< year-end recalculation: commuting km actually travelled
  std::optional<Decimal> paid;          ///< the fixed allowance paid for the year
  /// The corona approval: the allowance was in place, unchanged, before 13 March 2020 and goes on
  /// while the employee works at home (commuting.corona_approval; 2020 and 2021 only).
  bool corona_approval = false;
};

struct FixedCommuteOptions {
  DayRounding day_rounding = DayRounding::exact;
  ExcessTreatment excess = ExcessTreatment::designate;
  AbsenceOptions absence;
};

struct FixedCommute {
  int year = 0;
  Decimal km_one_way;
  bool pattern_based = true;    ///< the 2022 regime: the days follow the travel pattern
  bool corona_approval = false; ///< the corona approval kept the pre-corona basis
  int basis_days_per_week = 0;  ///< k of k/5: office days (2022+) or working days (2015–2021)
  Decimal days;                 ///< 214 × k/5 × months/12, rounded as chosen
  Decimal minimum_days;         ///< the 128-day rule for the pattern
  Decimal minimum_weeks;        ///< the 36-week rule for the period
  Decimal rate;
  Decimal pattern_cap;              ///< days × km one way × 2 × rate
  Decimal cap;                      ///< the largest exempt amount: the pattern cap less the months a long absence stops
  Decimal monthly_cap;              ///< the pattern cap per month the allowance runs
  int months = 12;                  ///< months the allowance runs
  std::vector<int> stopped_months;  ///< months (1–12) a long absence makes taxable
  bool qualifies = true;            ///< the 128-day or 36-week rule is met (assumed from the pattern unless tested)
  bool recalculation_required = false;
  std::vector<std::string> recalculation_reasons;
  std::optional<Decimal> actual_cap;  ///< actual km × rate, after the year-end recalculation
  std::optional<Split> split;
  std::vector<Phrase> warnings;  ///< inputs that changed nothing (an absence in another year; wkr/warning.hpp)
  Explanation explanation;
};

namespace detail::allowance {

// The reasons for a recalculation (FixedCommute::recalculation_reasons, in English), as sentences.
inline constexpr const char* recalculation_office_days = "commuting.recalculation.office_days";
inline constexpr const char* recalculation_not_qualified = "commuting.recalculation.not_qualified";
inline constexpr const char* recalculation_far = "commuting.recalculation.far";

inline constexpr std::string_view fixed_commute_reference =
    "art. 31a lid 2 onderdeel a slotzin en lid 7 Wet LB 1964 (vaste reiskostenvergoeding)";

}  // namespace detail::allowance

/// The fixed travel allowance for commuting in `year` (see the top of this file). Errors: a
/// negative distance, a pattern outside 1–7 days (0 office days only under the corona approval),
/// more office days than working days, the corona approval in a year it did not apply, months
/// outside 1–12, an absence that ends before it starts, actual kilometres when no recalculation is
/// required (invalid_argument); a year the tables do not cover (not_covered).
[[nodiscard]] FixedCommute fixed_commute(const Parameters& parameters, int year, const FixedCommuteInput& in,
                                         const FixedCommuteOptions& options = {}, Explain explain = Explain::no);

}  // namespace wkr
