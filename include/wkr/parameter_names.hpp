// wkr — every parameter this library reads, named once: its name in the YAML tables and its unit.
//
// The catalogue the loader checks, the typed year tables the rules read and docs/parameters.md
// all follow from this one list, so a rule that asks for a parameter by a misspelt name does not
// compile. Adding a parameter: one line here, its values in data/nl/, its row in
// docs/parameters.md (docs/architecture.md has the recipe).
#pragma once

#include <cstddef>
#include <string_view>

namespace wkr {

/// What a parameter measures. The unit also fixes the shape of its values in the YAML:
/// `brackets:` for marginal_rates, `rounding:` for rounding, `value:` for the rest.
enum class Unit {
  ratio,           ///< a fraction: 0.80 is 80%
  eur,             ///< an amount in euro
  eur_per_day,     ///< euro per (home-working) day
  eur_per_km,      ///< euro per kilometre
  days,            ///< a number of days
  weeks,           ///< a number of weeks
  km,              ///< a distance in kilometres
  period,          ///< a return period (aangiftetijdvak) number: a whole number from 1 to 13
  marginal_rates,  ///< brackets of an amount in euro, each with the rate above its lower bound
  rounding,        ///< a rounding rule: decimals and mode
  flag,            ///< a yes/no rule of the law in force from a date: 0 (no) or 1 (yes)
  months,          ///< a number of calendar months: a whole number from 0 to 12
  kg_co2e_per_km,  ///< kilograms of CO₂-equivalent per kilometre (a statistic, not law)
  count,           ///< a number of things (meals, employees) — in explanations, not in the tables
  number,          ///< a plain number (a weight of an allocation key) — in explanations, not in the tables
  eur_whole,       ///< an amount in whole euros where the law rounds to them (the return) — in explanations
};

// Statistics: dated, sourced figures that are not law (the CO₂ emission factors of the policy
// scenarios, policy/emissions.hpp). They load, layer, cite and enter the receipt exactly like the
// parameters below, with one difference: a year they do not cover is still a covered year
// (Parameters::require_year does not look at them); a rule that uses one asks
// YearTable::covers() and reports the figure as not available. Same shape as WKR_PARAMETERS.
#define WKR_STATISTICS(X)                                                                 \
  X(emissions_car, "emissions.car", kg_co2e_per_km)                                       \
  X(emissions_bicycle, "emissions.bicycle", kg_co2e_per_km)                               \
  X(emissions_public_transport, "emissions.public_transport", kg_co2e_per_km)

// X(identifier, "name in the tables", unit)
#define WKR_PARAMETERS(X)                                                                 \
  /* free space, final levy, wage bill (free_space.hpp, wage_bill.hpp) */                 \
  X(free_space_rates, "free_space.rates", marginal_rates)                                 \
  X(free_space_rounding, "free_space.rounding", rounding)                                 \
  X(final_levy_rate, "final_levy.rate", ratio)                                            \
  X(final_levy_return_period, "final_levy.return_period", period)                         \
  X(final_levy_amount_rounding, "final_levy.amount_rounding", rounding)                   \
  X(final_levy_return_rounding, "final_levy.return_rounding", rounding)                   \
  X(wage_bill_former_employment_limit, "wage_bill.former_employment_limit", ratio)        \
  /* targeted exemptions (allowances/) */                                                 \
  X(home_working_daily_amount, "home_working.daily_amount", eur_per_day)                  \
  X(travel_rate_per_km, "travel.rate_per_km", eur_per_km)                                 \
  X(commuting_pattern_based, "commuting.pattern_based", flag)                             \
  X(commuting_corona_approval, "commuting.corona_approval", flag)                         \
  X(commuting_recalculation_threshold_km, "commuting.recalculation_threshold_km", km)     \
  X(commuting_absence_continuation_months, "commuting.absence_continuation_months", months) \
  X(fixed_allowance_basis_days, "fixed_allowance.basis_days", days)                       \
  X(fixed_allowance_minimum_days, "fixed_allowance.minimum_days", days)                   \
  X(fixed_allowance_minimum_weeks, "fixed_allowance.minimum_weeks", weeks)                \
  X(fixed_allowance_full_week_days, "fixed_allowance.full_week_days", days)               \
  X(fixed_allowance_day_rounding, "fixed_allowance.day_rounding", rounding)               \
  X(fixed_allowance_monthly_rounding, "fixed_allowance.monthly_rounding", rounding)       \
  X(allowances_cap_rounding, "allowances.cap_rounding", rounding)                         \
  X(internet_private_contribution_allowed, "internet.private_contribution_allowed", flag) \
  X(customary_test_safe_harbour, "customary_test.safe_harbour", eur)                      \
  /* the catalogue of other items (allowances/) */                                        \
  X(vog_exempt, "vog.exempt", flag)                                                       \
  X(moving_costs_exempt_maximum, "moving_costs.exempt_maximum", eur)                      \
  X(staff_discount_rate, "staff_discount.rate", ratio)                                    \
  X(staff_discount_annual_maximum, "staff_discount.annual_maximum", eur)                  \
  X(workplace_meal_value, "workplace_meal.value", eur)                                    \
  X(public_transport_pass_private_use_exempt, "public_transport_pass.private_use_exempt", flag)

/// The parameters by number, in the order of WKR_PARAMETERS, then the statistics.
enum class ParameterId : std::size_t {
#define WKR_PARAMETER_ID(identifier, name, unit) identifier,
  WKR_PARAMETERS(WKR_PARAMETER_ID)
  WKR_STATISTICS(WKR_PARAMETER_ID)
#undef WKR_PARAMETER_ID
};

#define WKR_PARAMETER_COUNT(identifier, name, unit) +1
/// The parameters of the law: the ids below this are WKR_PARAMETERS, the rest WKR_STATISTICS.
inline constexpr std::size_t law_parameter_count = 0 WKR_PARAMETERS(WKR_PARAMETER_COUNT);
inline constexpr std::size_t parameter_count = law_parameter_count WKR_STATISTICS(WKR_PARAMETER_COUNT);
#undef WKR_PARAMETER_COUNT

/// A parameter as the code names it: `param::final_levy_rate` carries "final_levy.rate" and, in
/// its type, the unit — so the year tables hand out a value of the right type.
template <Unit U>
struct ParameterKey {
  ParameterId id;
  std::string_view name;
  static constexpr Unit unit = U;
};

/// One constant per parameter and statistic: param::free_space_rates, param::final_levy_rate, …
namespace param {
#define WKR_PARAMETER_KEY(identifier, text, unit_name) \
  inline constexpr ParameterKey<Unit::unit_name> identifier{ParameterId::identifier, text};
WKR_PARAMETERS(WKR_PARAMETER_KEY)
WKR_STATISTICS(WKR_PARAMETER_KEY)
#undef WKR_PARAMETER_KEY
}  // namespace param

}  // namespace wkr
