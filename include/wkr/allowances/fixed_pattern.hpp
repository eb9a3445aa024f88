// wkr — the day count of a fixed allowance from a weekly pattern, shared by the fixed travel
// allowance and the fixed home-working allowance.
//
// Law: art. 31a lid 2 onderdeel a slotzin and lid 7 Wet LB 1964 (from 2022; before, Besluit
// 20-3-2015 BLKB2015-0188M). A fixed allowance may be computed on 214 days a year when the
// employee travels (or works at home) on at least 128 days; for k days a week "in de regel",
// both numbers are multiplied by k/5; when the allowance starts or ends during the year they are
// reduced time-proportionally. The multiplier is k/5 whatever the contract's number of days
// (fiscal-facts W13: a 4-day worker with 3 office days gets 3/5, not 3/4).
#pragma once

#include <string>

#include "wkr/allowances/common.hpp"

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
  Decimal minimum_weeks;  ///< the 36-week rule: 36 × months/12
};

namespace detail::allowance {

inline void check_period(const AllowancePeriod& period) {
  if (period.from_month < 1 || period.from_month > 12 || period.to_month < 1 || period.to_month > 12 ||
      period.to_month < period.from_month) {
    throw Error(ErrorCode::invalid_argument, "the allowance runs from month " + std::to_string(period.from_month) +
                                                 " to month " + std::to_string(period.to_month) +
                                                 "; give months 1 to 12 with the first not after the last");
  }
}

/// base × k/5 × months/12, exact when that is a finite decimal; otherwise (or when rounding up
/// is chosen) rounded, with the rounding recorded. `bound` says which way a non-finite fraction
/// is rounded: down for a maximum, up for a minimum — never in the employee's favour.
[[nodiscard]] inline Decimal scaled_count(const Parameters& parameters, int year, const Decimal& base, int numerator,
                                          int full_week, int months, DayRounding day_rounding, bool is_minimum,
                                          AppliedRounding& applied, UsedParameter& rounding_parameter, bool& rounded) {
  const Decimal top = base * Decimal::from_integer(numerator) * Decimal::from_integer(months);
  const Decimal bottom = Decimal::from_integer(full_week) * Decimal::from_integer(12);
  rounded = false;
  const std::optional<Decimal> exact = exact_quotient(top, bottom);
  if (day_rounding == DayRounding::up) {
    const Decimal result = Decimal::divide(top, bottom, 0, Rounding::ceiling);
    if (exact && *exact == result) return result;
    rounded = true;
    applied =
        AppliedRounding{exact ? *exact : Decimal::divide(top, bottom, 6, Rounding::toward_zero), 0, Rounding::ceiling};
    return result;
  }
  if (exact) return *exact;
  const ParameterUse use = parameters.at_year("fixed_allowance.day_rounding", year);
  const RoundingRule& rule = std::get<RoundingRule>(use.value());
  const Rounding mode = is_minimum ? Rounding::ceiling : rule.mode;
  rounded = true;
  applied =
      AppliedRounding{Decimal::divide(top, bottom, rule.decimals + 6, Rounding::toward_zero), rule.decimals, mode};
  rounding_parameter = describe(use);
  return Decimal::divide(top, bottom, rule.decimals, mode);
}

/// The days of a pattern of `days_per_week` days for `year`, each count recorded as a step
/// "<rule_prefix>.fixed_days" / ".minimum_days" under `reference`.
[[nodiscard]] inline PatternDays pattern_days(const Parameters& parameters, int year, int days_per_week,
                                              const AllowancePeriod& period, DayRounding day_rounding,
                                              const std::string& rule_prefix, const std::string& reference,
                                              Explanation& explanation) {
  check_period(period);
  if (days_per_week < 1 || days_per_week > 7) {
    throw Error(ErrorCode::invalid_argument, "a weekly pattern has 1 to 7 days, not " + std::to_string(days_per_week));
  }
  const ParameterUse basis = parameters.at_year("fixed_allowance.basis_days", year);
  const ParameterUse minimum = parameters.at_year("fixed_allowance.minimum_days", year);
  const ParameterUse weeks = parameters.at_year("fixed_allowance.minimum_weeks", year);
  const ParameterUse full_week_use = parameters.at_year("fixed_allowance.full_week_days", year);
  const int full_week = whole_number(full_week_use, 1, 7);

  PatternDays out;
  // 214 is the most for a full week: six or seven days a week still give k/5 = 5/5.
  out.days_per_week = days_per_week < full_week ? days_per_week : full_week;
  out.months = period.months();
  const std::string fraction = std::to_string(out.days_per_week) + "/" + std::to_string(full_week) +
                               (out.months == 12 ? "" : " × " + std::to_string(out.months) + "/12");
  const std::string why_week =
      days_per_week > full_week ? " (" + std::to_string(days_per_week) + " days a week count as a full week)" : "";
  const std::vector<Quantity> inputs = {{"days_per_week", Decimal::from_integer(days_per_week), "days"},
                                        {"months", Decimal::from_integer(out.months), "months"}};

  auto count = [&](const ParameterUse& base_use, int numerator, int denominator_week, bool is_minimum,
                   const char* rule_suffix, const char* result_name, const std::string& rule_reference) {
    AppliedRounding applied;
    UsedParameter rounding_parameter;
    bool rounded = false;
    const Decimal value = scaled_count(parameters, year, number(base_use), numerator, denominator_week, out.months,
                                       day_rounding, is_minimum, applied, rounding_parameter, rounded);
    Step s = step(rule_prefix + rule_suffix, rule_reference, number(base_use).to_string() + " × " + fraction + why_week,
                  inputs, {describe(base_use), describe(full_week_use)}, {result_name, value, "days"});
    if (rounded) {
      s.rounding = applied;
      if (!rounding_parameter.name.empty()) {
        s.parameters.push_back(std::move(rounding_parameter));
        if (is_minimum) s.reference += "; a minimum is rounded up, never in the employee's favour";
      } else {
        s.reference += "; rounded up to whole days at the caller's choice (--round-days up)";
      }
    }
    explanation.steps.push_back(std::move(s));
    return value;
  };
  out.days = count(basis, out.days_per_week, full_week, false, ".fixed_days", "days", reference);
  out.minimum_days = count(minimum, out.days_per_week, full_week, true, ".minimum_days", "minimum_days",
                           reference + " (128-dagenregeling)");
  // The 36-week rule counts weeks, so only the part of the year scales it, not the pattern.
  const Decimal weeks_top = number(weeks) * Decimal::from_integer(out.months);
  const Decimal twelve = Decimal::from_integer(12);
  if (auto exact = exact_quotient(weeks_top, twelve)) {
    out.minimum_weeks = *exact;
  } else {
    out.minimum_weeks = Decimal::divide(weeks_top, twelve, 2, Rounding::ceiling);
  }
  return out;
}

/// The exempt maximum per month of a fixed allowance: the annual maximum over the months it runs,
/// rounded with fixed_allowance.monthly_rounding (down, so the months never exceed the year).
[[nodiscard]] inline Decimal monthly_cap(const Parameters& parameters, int year, const Decimal& cap, int months,
                                         const std::string& rule_prefix, Explanation& explanation) {
  const ParameterUse use = parameters.at_year("fixed_allowance.monthly_rounding", year);
  const RoundingRule& rule = std::get<RoundingRule>(use.value());
  const Decimal count = Decimal::from_integer(months);
  const std::optional<Decimal> exact = exact_quotient(cap, count);
  const Decimal value = Decimal::divide(cap, count, rule.decimals, rule.mode);
  Step s = step(rule_prefix + ".monthly_cap",
                "a fixed allowance is paid per month; its exempt maximum per month is the annual maximum over the "
                "months it runs",
                cap.to_string() + " / " + std::to_string(months), {{"cap", cap, "eur"}, {"months", count, "months"}},
                {describe(use)}, {"monthly_cap", value, "eur"});
  if (!exact || *exact != value) {
    s.rounding = AppliedRounding{exact ? *exact : Decimal::divide(cap, count, rule.decimals + 6, Rounding::toward_zero),
                                 rule.decimals, rule.mode};
  }
  explanation.steps.push_back(std::move(s));
  return value;
}

}  // namespace detail::allowance

}  // namespace wkr
