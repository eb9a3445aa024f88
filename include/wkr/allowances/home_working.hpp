// wkr — the home-working allowance (thuiswerkvergoeding): art. 31a lid 2 onderdeel k Wet LB 1964,
// in force from 1 January 2022 (Belastingplan 2022; MvT §11).
//
// Exempt is at most a fixed amount per day on which the employee works at home, a part of a day
// included ("daaronder begrepen een gedeelte van een thuiswerkdag"). It covers water, energy,
// heating, coffee and tea, toilet paper — not internet, equipment or furniture, which have their
// own exemptions (internet.hpp, arbo.hpp) and may be paid on top. Two ways to compute it:
//   - per actual day: days × the amount per day;
//   - a fixed allowance from a recorded weekly pattern (128-dagenregeling): home days/5 × 214 ×
//     the amount per day (cooster.nl: 214 × 2.40 × 1/5 = 102.72).
// Paid above the exempt amount, the excess is designated to the free space or taxed as wage, as
// the employer chooses (default: designate). Before 2022 there was no targeted exemption: the
// tables hold 0 per day for 2015–2021 with that reference, so the exempt part is 0.00 and the
// explanation says why. On a day with both home working and commuting to the fixed workplace only
// one exemption applies — see same_day.hpp.
#pragma once

#include <optional>
#include <string>

#include "wkr/allowances/common.hpp"
#include "wkr/allowances/fixed_pattern.hpp"

namespace wkr {

struct HomeWorkingOptions {
  DayRounding day_rounding = DayRounding::exact;        ///< fixed allowance only
  ExcessTreatment excess = ExcessTreatment::designate;  ///< what becomes of an amount above the cap
};

struct HomeWorking {
  int year = 0;
  bool fixed = false;                  ///< from a weekly pattern rather than actual days
  bool exemption_in_force = false;     ///< false before 2022: no targeted exemption existed
  Decimal days;                        ///< actual home-working days, or the pattern's days (85.6)
  Decimal daily_amount;                ///< exempt per day (0 before 2022)
  Decimal cap;                         ///< the largest exempt amount for the year
  std::optional<Decimal> monthly_cap;  ///< fixed allowance: the exempt maximum per month
  std::optional<Split> split;          ///< when an amount paid was given
  Explanation explanation;
};

namespace detail::allowance {

inline constexpr std::string_view home_working_reference =
    "art. 31a lid 2 onderdeel k Wet LB 1964 (thuiswerkvergoeding, vanaf 1-1-2022)";
inline constexpr std::string_view home_working_fixed_reference =
    "art. 31a lid 2 onderdeel k Wet LB 1964 (thuiswerkvergoeding, vanaf 1-1-2022); 128-dagenregeling bij een vaste "
    "vergoeding (Belastingdienst handreiking thuiswerkvergoeding)";
/// Where the absence of an exemption before 2022 is said; the cap's step says it in words
/// ("home_working.cap.none").
inline constexpr std::string_view no_home_working_exemption = "MvT Belastingplan 2022 §11";

/// The legal basis of the cap and the split: the exemption, or the absence of it before 2022.
[[nodiscard]] inline std::string_view home_working_basis(const HomeWorking& result) {
  return result.exemption_in_force ? home_working_reference : no_home_working_exemption;
}

/// The amount per day for the year, recorded with why it is what it is.
inline void home_working_daily_amount(const YearTable& table, HomeWorking& result, const Trace& trace) {
  result.daily_amount = table[param::home_working_daily_amount];
  result.exemption_in_force = !result.daily_amount.is_zero();
  trace.step([&] {
    const ParameterUse use = table.use(param::home_working_daily_amount);
    return Step{.rule = "home_working.daily_amount",
                .reference = result.exemption_in_force ? std::string(home_working_reference) : use.entry->reference,
                .formula = result.exemption_in_force
                               ? say("home_working.daily_amount.in_force")
                               : say("home_working.daily_amount.none", std::to_string(table.year()),
                                     euro(Decimal::from_coefficient(0, 2))),
                .parameters = {describe(use)},
                .result = {"daily_amount", result.daily_amount, Unit::eur_per_day}};
  });
}

inline void home_working_cap(const YearTable& table, HomeWorking& result, const Trace& trace) {
  const Decimal exact = result.days * result.daily_amount;
  trace.step([&] {
    return Step{.rule = "home_working.cap",
                .reference = std::string(home_working_basis(result)),
                .formula = say("home_working.cap.formula", num(result.days), euro(result.daily_amount)) +
                           (result.exemption_in_force ? Phrase() : say("home_working.cap.none")),
                .inputs = {{"days", result.days, Unit::days}, {"daily_amount", result.daily_amount, Unit::eur_per_day}},
                .result = {"cap", exact, Unit::eur}};
  });
  result.cap = round_cap(table, exact, "home_working.cap_rounding", "cap", trace);
}

}  // namespace detail::allowance

/// The home-working allowance for `days` actual home-working days in `year` (a day with home
/// working for part of it counts), and, when `paid` is given, its split into exempt and excess.
/// Errors: days not a whole number or more than the days of the year, a negative amount
/// (invalid_argument); a year the tables do not cover (not_covered).
[[nodiscard]] inline HomeWorking home_working_per_day(const Parameters& parameters, int year, const Decimal& days,
                                                      const std::optional<Decimal>& paid,
                                                      const HomeWorkingOptions& options = {},
                                                      Explain explain = Explain::no) {
  using namespace detail::allowance;
  require_whole(days, "the number of home-working days");
  require_within_year(days, year, "the number of home-working days");
  HomeWorking result;
  const Trace trace(result.explanation, explain);
  const YearTable& table = parameters.year(year);
  trace.receipt(parameters);
  result.year = year;
  result.days = days;
  home_working_daily_amount(table, result, trace);
  home_working_cap(table, result, trace);
  if (paid) result.split = split(*paid, result.cap, options.excess, home_working_basis(result), trace);
  return result;
}

/// The fixed home-working allowance for a recorded pattern of `home_days_per_week` home days
/// (128-dagenregeling: k/5 × 214 days, time-proportional over `period`), and, when `paid` (the
/// amount paid for the year) is given, its split. The employee must work at home on at least the
/// pattern's share of 128 days and the agreement on which days must be in writing.
[[nodiscard]] inline HomeWorking home_working_fixed(const Parameters& parameters, int year, int home_days_per_week,
                                                    const AllowancePeriod& period = {},
                                                    const std::optional<Decimal>& paid = std::nullopt,
                                                    const HomeWorkingOptions& options = {},
                                                    Explain explain = Explain::no) {
  using namespace detail::allowance;
  HomeWorking result;
  const Trace trace(result.explanation, explain);
  const YearTable& table = parameters.year(year);
  trace.receipt(parameters);
  result.year = year;
  result.fixed = true;
  home_working_daily_amount(table, result, trace);
  const PatternDays pattern = pattern_days(table, home_days_per_week, period, options.day_rounding, "home_working",
                                           home_working_fixed_reference, trace);
  result.days = pattern.days;
  home_working_cap(table, result, trace);
  result.monthly_cap = monthly_cap(table, result.cap, pattern.months, "home_working", trace);
  if (paid) result.split = split(*paid, result.cap, options.excess, home_working_basis(result), trace);
  return result;
}

}  // namespace wkr
