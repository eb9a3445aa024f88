// wkr — a fixed allowance month by month, for the monthly returns of the ledger (ledger.hpp): an
// allowance that starts, stops or changes its pattern within the year is a series of stretches,
// each with one pattern over a run of calendar months.
//
// Law: art. 31a lid 7 Wet LB 1964 — when a fixed allowance starts or ends during the year, or its
// basis changes, the 214 and 128 days are reduced time-proportionally (fiscal-facts §6). Each
// stretch is computed by the annual rule for its months (fixed_commute, home_working_fixed with
// AllowancePeriod), exactly as for a year; its exempt maximum is then spread over the months it
// runs in cents by the largest-remainder rule (distribution.hpp), so the months add up to the
// stretch exactly. A month a long absence makes taxable gets nothing. No rule prescribes how the
// cents fall between months; the rule only moves cents within the year.
//
// Calendar months only: a four-weekly period straddles months, and no source says how the
// months' shares map onto the 13 periods, so there is no four-weekly form of these functions. For
// an allowance that runs the whole year with one pattern, distribute(cap, 13) splits the year.
#pragma once

#include <array>
#include <span>
#include <string>
#include <vector>

#include "wkr/allowances/fixed_commute.hpp"
#include "wkr/allowances/home_working.hpp"
#include "wkr/distribution.hpp"

namespace wkr {

/// A run of months with one home-working pattern (home days a week "in de regel").
struct HomeWorkingStretch {
  int home_days_per_week = 0;
  AllowancePeriod months;
};

/// A fixed allowance month by month.
struct MonthlyAllowance {
  int year = 0;
  std::array<Decimal, 12> caps{};    ///< the exempt maximum of each month (index 0 = January); 0.00 where none runs
  std::vector<Decimal> stretch_caps; ///< each stretch's exempt maximum for its months, as the annual rule gives it
  Decimal cap;                       ///< the year's: the sum of the stretches (and of the months)
  std::vector<Split> splits;         ///< per month (12), when the amounts paid per month were given
  std::vector<Phrase> warnings;      ///< the stretches' warnings, in order (wkr/warning.hpp)
  Explanation explanation;
};

namespace detail::allowance {

inline constexpr std::string_view by_month_reference = "art. 31a lid 7 Wet LB 1964";

/// Which stretch runs in each month (−1: none); stretches may not overlap.
template <class MonthsOf>
[[nodiscard]] std::array<int, 12> month_owners(std::size_t count, MonthsOf months_of) {
  if (count == 0) {
    throw Error(ErrorCode::invalid_argument, say("error.by_month.no_stretch"));
  }
  std::array<int, 12> owner{};
  owner.fill(-1);
  for (std::size_t i = 0; i < count; ++i) {
    const AllowancePeriod& months = months_of(i);
    check_period(months);
    for (int m = months.from_month; m <= months.to_month; ++m) {
      int& slot = owner[static_cast<std::size_t>(m - 1)];
      if (slot >= 0) {
        throw Error(ErrorCode::invalid_argument, say("error.by_month.overlap", num(slot + 1), num(i + 1), num(m)));
      }
      slot = static_cast<int>(i);
    }
  }
  return owner;
}

/// A year with nothing exempt yet: every month 0.00.
[[nodiscard]] inline MonthlyAllowance no_months(int year) {
  MonthlyAllowance result;
  result.year = year;
  for (Decimal& c : result.caps) c = Decimal::from_coefficient(0, 2);
  result.cap = Decimal::from_coefficient(0, 2);
  return result;
}

/// Adds a stretch's exempt maximum, spread over the months with weight 1, to `result`.
inline void spread_stretch(MonthlyAllowance& result, std::size_t stretch, const Decimal& cap,
                           const std::array<int, 12>& weights, const Trace& trace) {
  result.stretch_caps.push_back(cap);
  result.cap += cap;
  const bool any = std::any_of(weights.begin(), weights.end(), [](int w) { return w > 0; });
  if (!any) {
    if (!cap.is_zero()) {
      throw Error(ErrorCode::invalid_argument, say("error.by_month.no_month", num(stretch + 1), euro(cap)));
    }
    return;
  }
  const std::vector<Decimal> parts = distribute(cap, weights);
  for (std::size_t m = 0; m < 12; ++m) result.caps[m] += parts[m];
  trace.step([&] {
    Phrase formula = say("allowance.by_month.formula", euro(cap));
    const char* separator = " ";
    for (std::size_t m = 0; m < 12; ++m) {
      if (weights[m] == 0) continue;
      formula += separator + num(m + 1) + ": " + euro(parts[m]);
      separator = "; ";
    }
    return Step{.rule = "allowance.by_month",
                .reference = std::string(by_month_reference),
                .formula = std::move(formula),
                .inputs = {{"stretch", Decimal::from_integer(static_cast<std::int64_t>(stretch + 1)), Unit::count},
                           {"cap", cap, Unit::eur}},
                .result = {"cap", cap, Unit::eur}};
  });
}

/// The months' splits of the amounts paid per month against each month's maximum.
inline void split_months(MonthlyAllowance& result, std::span<const Decimal> paid, ExcessTreatment treatment,
                         std::string_view reference, const Trace& trace) {
  if (paid.empty()) return;
  if (paid.size() != 12) {
    throw Error(ErrorCode::invalid_argument, say("error.by_month.paid_count", num(paid.size())));
  }
  result.splits.reserve(12);
  for (std::size_t m = 0; m < 12; ++m) {
    result.splits.push_back(split(paid[m], result.caps[m], treatment, reference, trace));
  }
}

/// Moves the steps of a stretch's own explanation into the result's.
inline void take_steps(MonthlyAllowance& result, Explanation& stretch) {
  for (Step& step : stretch.steps) result.explanation.steps.push_back(std::move(step));
}

}  // namespace detail::allowance

/// The fixed home-working allowance month by month for stretches with one pattern each; with the
/// amounts paid per month (12, or none), each month's split into exempt and excess — month by
/// month, nothing nets across months. Errors: overlapping stretches, months outside 1–12, a
/// pattern outside 1–7 days, not 12 amounts paid (invalid_argument); a year the tables do not
/// cover (not_covered).
[[nodiscard]] inline MonthlyAllowance home_working_by_month(const Parameters& parameters, int year,
                                                            std::span<const HomeWorkingStretch> stretches,
                                                            std::span<const Decimal> paid = {},
                                                            const HomeWorkingOptions& options = {},
                                                            Explain explain = Explain::no) {
  using namespace detail::allowance;
  const std::array<int, 12> owner = month_owners(stretches.size(), [&](std::size_t i) -> const AllowancePeriod& {
    return stretches[i].months;
  });
  MonthlyAllowance result = no_months(year);
  const Trace trace(result.explanation, explain);
  trace.receipt(parameters);
  std::string_view basis = home_working_fixed_reference;
  for (std::size_t i = 0; i < stretches.size(); ++i) {
    HomeWorking stretch = home_working_fixed(parameters, year, stretches[i].home_days_per_week, stretches[i].months,
                                             std::nullopt, options, explain);
    take_steps(result, stretch.explanation);
    if (!stretch.exemption_in_force) basis = no_home_working_exemption;
    std::array<int, 12> weights{};
    for (std::size_t m = 0; m < 12; ++m) weights[m] = owner[m] == static_cast<int>(i) ? 1 : 0;
    spread_stretch(result, i, stretch.cap, weights, trace);
  }
  split_months(result, paid, options.excess, basis, trace);
  return result;
}

/// The fixed travel allowance month by month for stretches with one pattern each (each a
/// FixedCommuteInput with its months in `period`; a long absence in a stretch makes its stopped
/// months 0.00); with the amounts paid per month, each month's split. The year-end recalculation
/// (actual km) and the amount paid per year belong to the annual rule, fixed_commute(), and are
/// refused here. Errors: as fixed_commute and home_working_by_month.
[[nodiscard]] inline MonthlyAllowance fixed_commute_by_month(const Parameters& parameters, int year,
                                                             std::span<const FixedCommuteInput> stretches,
                                                             std::span<const Decimal> paid = {},
                                                             const FixedCommuteOptions& options = {},
                                                             Explain explain = Explain::no) {
  using namespace detail::allowance;
  const std::array<int, 12> owner = month_owners(stretches.size(), [&](std::size_t i) -> const AllowancePeriod& {
    return stretches[i].period;
  });
  for (std::size_t i = 0; i < stretches.size(); ++i) {
    if (stretches[i].actual_km || stretches[i].paid) {
      throw Error(ErrorCode::invalid_argument, say("error.by_month.annual_inputs", num(i + 1)));
    }
  }
  MonthlyAllowance result = no_months(year);
  const Trace trace(result.explanation, explain);
  trace.receipt(parameters);
  for (std::size_t i = 0; i < stretches.size(); ++i) {
    FixedCommute stretch = fixed_commute(parameters, year, stretches[i], options, explain);
    take_steps(result, stretch.explanation);
    for (Phrase& warning : stretch.warnings) result.warnings.push_back(std::move(warning));
    std::array<int, 12> weights{};
    for (std::size_t m = 0; m < 12; ++m) {
      const bool stopped = std::find(stretch.stopped_months.begin(), stretch.stopped_months.end(),
                                     static_cast<int>(m + 1)) != stretch.stopped_months.end();
      weights[m] = owner[m] == static_cast<int>(i) && !stopped ? 1 : 0;
    }
    spread_stretch(result, i, stretch.cap, weights, trace);
  }
  split_months(result, paid, options.excess, fixed_commute_reference, trace);
  return result;
}

}  // namespace wkr
