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

/// Which k the days are based on, by regime; records the step and any reason for recalculation.
inline int fixed_commute_basis(const YearTable& table, const FixedCommuteInput& in, FixedCommute& result,
                               const Trace& trace) {
  result.pattern_based = table[param::commuting_pattern_based];
  const auto inputs = [&] {
    return std::vector<Quantity>{{"office_days_per_week", Decimal::from_integer(in.office_days_per_week), Unit::days},
                                 {"work_days_per_week", Decimal::from_integer(in.work_days_per_week), Unit::days}};
  };
  if (result.corona_approval) {
    // Checked in force for the year by fixed_commute().
    trace.step([&] {
      const ParameterUse approval = table.use(param::commuting_corona_approval);
      return Step{
          .rule = "commuting.corona_approval",
          .reference = approval.entry->reference,
          .formula = say("commuting.corona_approval.formula", num(in.work_days_per_week), num(in.office_days_per_week)),
          .inputs = inputs(),
          .parameters = {describe(approval), describe(table.use(param::commuting_pattern_based))},
          .result = {"days_per_week", Decimal::from_integer(in.work_days_per_week), Unit::days}};
    });
    return in.work_days_per_week;
  }
  if (result.pattern_based) {
    trace.step([&] {
      const ParameterUse regime = table.use(param::commuting_pattern_based);
      return Step{.rule = "commuting.regime",
                  .reference = regime.entry->reference,
                  .formula = say("commuting.regime.pattern", num(in.office_days_per_week)),
                  .inputs = inputs(),
                  .parameters = {describe(regime)},
                  .result = {"days_per_week", Decimal::from_integer(in.office_days_per_week), Unit::days}};
    });
    return in.office_days_per_week;
  }
  // Before 2022 the basis was the working week, if the office days still met the 128-day rule:
  // office/5 × 214 ≥ work/5 × 128, i.e. office × 214 ≥ work × 128 (the months cancel out).
  const Decimal& basis = table[param::fixed_allowance_basis_days];
  const Decimal& minimum = table[param::fixed_allowance_minimum_days];
  const bool meets = !(Decimal::from_integer(in.office_days_per_week) * basis <
                       Decimal::from_integer(in.work_days_per_week) * minimum);
  const int k = meets ? in.work_days_per_week : in.office_days_per_week;
  if (!meets) {
    result.recalculation_reasons.push_back(sentence(recalculation_office_days, Language::en));
  }
  trace.step([&] {
    const ParameterUse regime = table.use(param::commuting_pattern_based);
    return Step{
        .rule = "commuting.regime",
        .reference = regime.entry->reference,
        .formula = say(meets ? "commuting.regime.working_week" : "commuting.regime.office_days",
                       num(in.office_days_per_week), num(basis), num(in.work_days_per_week), num(minimum), num(k)),
        .inputs = inputs(),
        .parameters = {describe(regime)},
        .result = {"days_per_week", Decimal::from_integer(k), Unit::days}};
  });
  return k;
}

/// The 128-day / 36-week test against actual travel, when it was given.
inline void fixed_commute_qualification(const FixedCommuteInput& in, FixedCommute& result, const Trace& trace) {
  if (!in.travel_days && !in.travel_weeks) return;
  if (in.travel_days) limits::require_days(*in.travel_days, "the number of travel days");
  if (in.travel_weeks) limits::require_days(*in.travel_weeks, "the number of travel weeks");
  const bool by_days = in.travel_days && !(*in.travel_days < result.minimum_days);
  const bool by_weeks = in.travel_weeks && !(*in.travel_weeks < result.minimum_weeks);
  const bool by_rules = by_days || by_weeks;
  // Under the corona approval the days worked at home count as travel days.
  result.qualifies = by_rules || result.corona_approval;
  if (!result.qualifies) {
    result.recalculation_reasons.push_back(sentence(recalculation_not_qualified, Language::en));
  }
  trace.step([&] {
    Step step{.rule = "commuting.qualification",
              .reference = std::string(fixed_commute_reference) +
                           " (128-dagenregeling); Handboek Loonheffingen (36-wekenregeling)",
              .result = {"qualifies", Decimal::from_integer(result.qualifies ? 1 : 0), Unit::flag}};
    if (in.travel_days) {
      step.inputs.push_back({"travel_days", *in.travel_days, Unit::days});
      step.inputs.push_back({"minimum_days", result.minimum_days, Unit::days});
      step.formula = say(by_days ? "commuting.qualification.days_met" : "commuting.qualification.days_short",
                         num(*in.travel_days), num(result.minimum_days));
    }
    if (in.travel_weeks) {
      step.inputs.push_back({"travel_weeks", *in.travel_weeks, Unit::weeks});
      step.inputs.push_back({"minimum_weeks", result.minimum_weeks, Unit::weeks});
      if (!step.formula.empty()) step.formula += "; ";
      step.formula += say(by_weeks ? "commuting.qualification.weeks_met" : "commuting.qualification.weeks_short",
                          num(*in.travel_weeks), num(result.minimum_weeks));
    }
    if (!by_rules && result.corona_approval) {
      step.formula += say("commuting.qualification.corona");
    }
    return step;
  });
}

inline void fixed_commute_recalculation(const YearTable& table, FixedCommute& result, const Trace& trace) {
  const Decimal& threshold = table[param::commuting_recalculation_threshold_km];
  const bool far = threshold < result.km_one_way;
  if (far) {  // the first reason; added at the end and rotated to the front (GCC 12 at -O3 took an
              // insert at the front for a null dereference inside libstdc++)
    std::vector<std::string>& reasons = result.recalculation_reasons;
    reasons.push_back(to_plain_text(say(recalculation_far, num(threshold))));
    std::rotate(reasons.begin(), reasons.end() - 1, reasons.end());
  }
  result.recalculation_required = !result.recalculation_reasons.empty();
  trace.step([&] {
    const ParameterUse use = table.use(param::commuting_recalculation_threshold_km);
    Phrase formula = num(result.km_one_way) + (far ? " > " : " ≤ ") + num(threshold) + " km";
    for (std::size_t i = far ? 1 : 0; i < result.recalculation_reasons.size(); ++i) {
      // The reasons are kept in English for the result; the step says them in its own language.
      for (const char* key : {recalculation_office_days, recalculation_not_qualified}) {
        if (result.recalculation_reasons[i] == sentence(key, Language::en)) formula += "; " + say(key);
      }
    }
    if (far && result.corona_approval) formula += say("commuting.recalculation.corona");
    formula += say("commuting.recalculation.estimate");
    return Step{
        .rule = "commuting.recalculation",
        .reference = use.entry->reference,
        .formula = std::move(formula),
        .inputs = {{"km_one_way", result.km_one_way, Unit::km}},
        .parameters = {describe(use)},
        .result = {"recalculation_required", Decimal::from_integer(result.recalculation_required ? 1 : 0), Unit::flag}};
  });
}

/// The pattern cap less the months a long absence stops the exemption.
inline void fixed_commute_absence(const YearTable& table, const FixedCommuteInput& in,
                                  const FixedCommuteOptions& options, FixedCommute& result, const Trace& trace) {
  result.cap = result.pattern_cap;
  if (in.absences.empty()) return;
  for (int m : stopped_months(table, in.absences, options.absence, result.warnings, trace)) {
    if (m >= in.period.from_month && m <= in.period.to_month) result.stopped_months.push_back(m);
  }
  if (result.stopped_months.empty()) return;
  const int exempt_months = result.months - static_cast<int>(result.stopped_months.size());
  const Decimal top = result.pattern_cap * Decimal::from_integer(exempt_months);
  const Decimal bottom = Decimal::from_integer(result.months);
  const std::optional<Decimal> exact = exact_quotient(top, bottom);
  const auto formula = [&] { return euro(result.pattern_cap) + " × " + num(exempt_months) + "/" + num(result.months); };
  const Decimal shown = exact ? *exact : Decimal::divide(top, bottom, 8, Rounding::toward_zero);
  trace.step([&] {
    return Step{.rule = "commuting.absence_cap",
                .reference = "Handboek Loonheffingen, vaste reiskostenvergoeding bij langdurige afwezigheid",
                .formula = formula() + say("commuting.absence_cap.months_out"),
                .inputs = {{"cap", result.pattern_cap, Unit::eur},
                           {"months", bottom, Unit::months},
                           {"exempt_months", Decimal::from_integer(exempt_months), Unit::months}},
                .result = {"cap", shown, Unit::eur}};
  });
  if (exact) {
    result.cap = round_cap(table, *exact, "commuting.absence_cap_rounding", "cap", trace);
    return;
  }
  // A fraction without an end: allowances.cap_rounding on the exact quotient, not on the 8 decimals shown.
  const RoundingRule& rule = table[param::allowances_cap_rounding];
  result.cap = Decimal::divide(top, bottom, rule.decimals, rule.mode);
  trace.step([&] {
    return Step{.rule = "commuting.absence_cap_rounding",
                .formula = say("allowance.cap_rounding.no_rule", formula()),
                .parameters = {describe(table.use(param::allowances_cap_rounding))},
                .result = {"cap", result.cap, Unit::eur},
                .rounding = AppliedRounding{shown, rule.decimals, rule.mode}};
  });
}

}  // namespace detail::allowance

/// The fixed travel allowance for commuting in `year` (see the top of this file). Errors: a
/// negative distance, a pattern outside 1–7 days (0 office days only under the corona approval),
/// more office days than working days, the corona approval in a year it did not apply, months
/// outside 1–12, an absence that ends before it starts, actual kilometres when no recalculation is
/// required (invalid_argument); a year the tables do not cover (not_covered).
[[nodiscard]] inline FixedCommute fixed_commute(const Parameters& parameters, int year, const FixedCommuteInput& in,
                                                const FixedCommuteOptions& options = {},
                                                Explain explain = Explain::no) {
  using namespace detail::allowance;
  limits::require_km(in.km_one_way, "the distance one way");
  limits::require_days_per_week(in.work_days_per_week, "the working days a week");
  limits::require_days_per_week(in.office_days_per_week, "the office days a week", true);
  if (in.office_days_per_week > in.work_days_per_week) {
    throw Error(ErrorCode::invalid_argument,
                say("error.commuting.office_days_above", num(in.office_days_per_week), num(in.work_days_per_week)));
  }
  if (in.office_days_per_week == 0 && !in.corona_approval) {
    throw Error(ErrorCode::invalid_argument,
                say("error.commuting.office_days_none", num(in.office_days_per_week), num(in.work_days_per_week)));
  }
  FixedCommute result;
  const Trace trace(result.explanation, explain);
  const YearTable& table = parameters.year(year);
  if (in.corona_approval && !table[param::commuting_corona_approval]) {
    throw Error(ErrorCode::invalid_argument, say("error.commuting.corona_not_in_force", std::to_string(year),
                                                 table.use(param::commuting_corona_approval).entry->reference));
  }
  trace.receipt(parameters);
  result.year = year;
  result.km_one_way = in.km_one_way;
  result.corona_approval = in.corona_approval;
  const int k = fixed_commute_basis(table, in, result, trace);
  const PatternDays pattern =
      pattern_days(table, k, in.period, options.day_rounding, "commuting", fixed_commute_reference, trace);
  result.basis_days_per_week = pattern.days_per_week;
  result.days = pattern.days;
  result.minimum_days = pattern.minimum_days;
  result.months = pattern.months;
  result.minimum_weeks = minimum_weeks(table, result.months, "commuting", fixed_commute_reference, trace);
  fixed_commute_qualification(in, result, trace);

  result.rate = travel_rate(table, trace);
  const Decimal exact = result.days * result.km_one_way * Decimal::from_integer(2) * result.rate;
  trace.step([&] {
    return Step{
        .rule = "commuting.fixed_cap",
        .reference = std::string(fixed_commute_reference),
        .formula = say("commuting.fixed_cap.formula", num(result.days), num(result.km_one_way), euro(result.rate)),
        .inputs = {{"days", result.days, Unit::days},
                   {"km_one_way", result.km_one_way, Unit::km},
                   {"rate", result.rate, Unit::eur_per_km}},
        .result = {"cap", exact, Unit::eur}};
  });
  result.pattern_cap = round_cap(table, exact, "commuting.fixed_cap_rounding", "cap", trace);
  result.monthly_cap = monthly_cap(table, result.pattern_cap, result.months, "commuting", trace);
  fixed_commute_recalculation(table, result, trace);
  fixed_commute_absence(table, in, options, result, trace);

  Decimal exempt_limit = result.cap;
  if (in.actual_km) {
    if (!result.recalculation_required) {
      throw Error(ErrorCode::invalid_argument, say("error.commuting.actual_km_unused"));
    }
    limits::require_km(*in.actual_km, "the actual commuting kilometres");
    const Decimal actual = *in.actual_km * result.rate;
    trace.step([&] {
      return Step{.rule = "commuting.recalculated_cap",
                  .reference = "nacalculatie, Handboek Loonheffingen",
                  .formula = say("commuting.recalculated_cap.formula", num(*in.actual_km), euro(result.rate)),
                  .inputs = {{"actual_km", *in.actual_km, Unit::km}, {"rate", result.rate, Unit::eur_per_km}},
                  .result = {"actual_cap", actual, Unit::eur}};
    });
    result.actual_cap = round_cap(table, actual, "commuting.recalculated_cap_rounding", "actual_cap", trace);
    exempt_limit = *result.actual_cap;
  }
  if (in.paid) result.split = split(*in.paid, exempt_limit, options.excess, fixed_commute_reference, trace);
  return result;
}

}  // namespace wkr
