// wkr — the day count of a fixed allowance from a weekly pattern, shared by the fixed travel
// allowance and the fixed home-working allowance.
//
// Law: art. 31a lid 2 onderdeel a slotzin and lid 7 Wet LB 1964 (from 2022; before, Besluit
// 20-3-2015 BLKB2015-0188M). A fixed allowance may be computed on 214 days a year when the
// employee travels (or works at home) on at least 128 days; for k days a week "in de regel",
// both numbers are multiplied by k/5; when the allowance starts or ends during the year they are
// reduced time-proportionally. The multiplier is k/5 whatever the contract's number of days
// (nonprofitsupport.nl: a 4-day worker with 3 office days gets 3/5, not 3/4).
#pragma once

#include <string>

#include "wkr/allowances/common.hpp"
#include "wkr/limits.hpp"

namespace wkr {

/// The calendar months of one year in which a fixed allowance runs, from_month to to_month
/// inclusive. Starting or ending during the year reduces 214, 128 and 36 time-proportionally;
/// wkr counts whole calendar months (a month in which the allowance runs for part of it is the
/// caller's choice to include — docs/allowances.md).
struct AllowancePeriod {
  int from_month = 1;
  int to_month = 12;

  [[nodiscard]] int months() const { return to_month - from_month + 1; }
};

/// The day counts of a weekly pattern for one year.
struct PatternDays {
  int days_per_week = 0;  ///< as used: at most a full week (5)
  int months = 12;        ///< calendar months the allowance runs
  Decimal days;           ///< the maximum: 214 × k/5 × months/12, rounded as chosen
  Decimal minimum_days;   ///< the 128-day rule: 128 × k/5 × months/12
};

namespace detail::allowance {

inline void check_period(const AllowancePeriod& period) {
  if (period.from_month < 1 || period.from_month > 12 || period.to_month < 1 || period.to_month > 12 ||
      period.to_month < period.from_month) {
    throw Error(ErrorCode::invalid_argument, say("error.pattern.months", num(period.from_month), num(period.to_month)));
  }
}

/// base × k/5 × months/12, exact when that is a finite decimal; otherwise (or when rounding up
/// is chosen) rounded, with the rounding recorded in `counted`. `is_minimum` says which way a
/// non-finite fraction is rounded: down for a maximum, up for a minimum — never in the employee's
/// favour.
struct ScaledCount {
  Decimal value;
  std::optional<AppliedRounding> rounding;  ///< when the exact count was rounded
  bool by_tables = false;                   ///< rounded by fixed_allowance.day_rounding (else --round-days up)
};

[[nodiscard]] inline ScaledCount scaled_count(const YearTable& table, const Decimal& base, int numerator,
                                              int full_week, int months, DayRounding day_rounding, bool is_minimum) {
  const Decimal top = base * Decimal::from_integer(numerator) * Decimal::from_integer(months);
  const Decimal bottom = Decimal::from_integer(full_week) * Decimal::from_integer(12);
  const std::optional<Decimal> exact = exact_quotient(top, bottom);
  if (day_rounding == DayRounding::up) {
    const Decimal result = Decimal::divide(top, bottom, 0, Rounding::ceiling);
    if (exact && *exact == result) return {result, std::nullopt, false};
    return {result,
            AppliedRounding{exact ? *exact : Decimal::divide(top, bottom, 6, Rounding::toward_zero), 0,
                            Rounding::ceiling},
            false};
  }
  if (exact) return {*exact, std::nullopt, false};
  const RoundingRule& rule = table[param::fixed_allowance_day_rounding];
  const Rounding mode = is_minimum ? Rounding::ceiling : rule.mode;
  return {Decimal::divide(top, bottom, rule.decimals, mode),
          AppliedRounding{Decimal::divide(top, bottom, rule.decimals + 6, Rounding::toward_zero), rule.decimals, mode},
          true};
}

/// The days of a pattern of `days_per_week` days for the year, each count recorded as a step
/// "<rule_prefix>.fixed_days" / ".minimum_days" under `reference`.
[[nodiscard]] inline PatternDays pattern_days(const YearTable& table, int days_per_week, const AllowancePeriod& period,
                                              DayRounding day_rounding, std::string_view rule_prefix,
                                              std::string_view reference, const Trace& trace) {
  check_period(period);
  limits::require_days_per_week(days_per_week, "the days a week of the pattern");
  const int full_week = whole_number(table.use(param::fixed_allowance_full_week_days), 1, 7);

  PatternDays out;
  // 214 is the most for a full week: six or seven days a week still give k/5 = 5/5.
  out.days_per_week = days_per_week < full_week ? days_per_week : full_week;
  out.months = period.months();

  const auto count = [&](auto key, bool is_minimum, std::string_view rule_suffix, const char* result_name,
                         std::string_view rule_reference) {
    const Decimal& base = table[key];
    ScaledCount counted =
        scaled_count(table, base, out.days_per_week, full_week, out.months, day_rounding, is_minimum);
    trace.step([&] {
      Phrase formula = num(base) + " × " + num(out.days_per_week) + "/" + num(full_week);
      if (out.months != 12) formula += " × " + num(out.months) + "/12";
      if (days_per_week > full_week) formula += say("fixed_pattern.full_week", num(days_per_week));
      Step s{.rule = std::string(rule_prefix) + std::string(rule_suffix),
             .reference = std::string(rule_reference),
             .formula = std::move(formula),
             .inputs = {{"days_per_week", Decimal::from_integer(days_per_week), Unit::days},
                        {"months", Decimal::from_integer(out.months), Unit::months}},
             .parameters = {describe(table.use(key)), describe(table.use(param::fixed_allowance_full_week_days))},
             .result = {result_name, counted.value, Unit::days},
             .rounding = counted.rounding};
      if (counted.rounding) {
        if (counted.by_tables) {
          s.parameters.push_back(describe(table.use(param::fixed_allowance_day_rounding)));
          if (is_minimum) s.formula += say("fixed_pattern.minimum_up");
        } else {
          s.formula += say("fixed_pattern.caller_rounds_up");
        }
      }
      return s;
    });
    return counted.value;
  };
  out.days = count(param::fixed_allowance_basis_days, false, ".fixed_days", "days", reference);
  out.minimum_days = count(param::fixed_allowance_minimum_days, true, ".minimum_days", "minimum_days",
                           trace.on() ? std::string(reference) + " (128-dagenregeling)" : std::string());
  return out;
}

/// The 36-week rule for an allowance running `months` months: 36 × months/12, recorded as the step
/// "<rule_prefix>.minimum_weeks". The rule counts weeks, so only the part of the year scales it, not
/// the pattern. A count that is not a finite decimal (with 36 there is none: 3 weeks a month) is
/// rounded as the 128-day minimum is: to fixed_allowance.day_rounding's decimals, up — a minimum is
/// never rounded in the employee's favour. The 36 itself is the sources' figure, 70% of 52 weeks =
/// 36.4 given as 36; the parameter's note says so.
[[nodiscard]] inline Decimal minimum_weeks(const YearTable& table, int months, std::string_view rule_prefix,
                                           std::string_view reference, const Trace& trace) {
  const Decimal& base = table[param::fixed_allowance_minimum_weeks];
  const ScaledCount counted = scaled_count(table, base, 1, 1, months, DayRounding::exact, true);
  trace.step([&] {
    Step s{.rule = std::string(rule_prefix) + ".minimum_weeks",
           .reference = std::string(reference) + " (36-wekenregeling)",
           .formula = months == 12 ? num(base) : num(base) + " × " + num(months) + "/12",
           .inputs = {{"months", Decimal::from_integer(months), Unit::months}},
           .parameters = {describe(table.use(param::fixed_allowance_minimum_weeks))},
           .result = {"minimum_weeks", counted.value, Unit::weeks},
           .rounding = counted.rounding};
    if (counted.rounding) {
      s.parameters.push_back(describe(table.use(param::fixed_allowance_day_rounding)));
      s.formula += say("fixed_pattern.minimum_up");
    }
    return s;
  });
  return counted.value;
}

/// The exempt maximum per month of a fixed allowance: the annual maximum over the months it runs,
/// rounded with fixed_allowance.monthly_rounding (down, so the months never exceed the year).
[[nodiscard]] inline Decimal monthly_cap(const YearTable& table, const Decimal& cap, int months,
                                         std::string_view rule_prefix, const Trace& trace) {
  const RoundingRule& rule = table[param::fixed_allowance_monthly_rounding];
  const Decimal count = Decimal::from_integer(months);
  const Decimal value = Decimal::divide(cap, count, rule.decimals, rule.mode);
  trace.step([&] {
    const std::optional<Decimal> exact = exact_quotient(cap, count);
    Step s{.rule = std::string(rule_prefix) + ".monthly_cap",
           .reference = "art. 31a lid 7 Wet LB 1964",
           .formula = euro(cap) + " / " + num(months) + say("fixed_pattern.per_month"),
           .inputs = {{"cap", cap, Unit::eur}, {"months", count, Unit::months}},
           .parameters = {describe(table.use(param::fixed_allowance_monthly_rounding))},
           .result = {"monthly_cap", value, Unit::eur}};
    if (!exact || *exact != value) {
      s.rounding = AppliedRounding{
          exact ? *exact : Decimal::divide(cap, count, rule.decimals + 6, Rounding::toward_zero), rule.decimals,
          rule.mode};
    }
    return s;
  });
  return value;
}

}  // namespace detail::allowance

}  // namespace wkr
