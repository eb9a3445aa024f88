// The parameters this library version reads. A rule that needs a new parameter adds it here and
// in data/nl/; the loader then insists that every table set defines it with this unit.
#include "wkr/parameters.hpp"

namespace wkr {

const std::vector<ParameterSpec>& parameter_catalog() {
  static const std::vector<ParameterSpec> catalog = {
      {"free_space.rates", Unit::marginal_rates},
      {"free_space.rounding", Unit::rounding},
      {"final_levy.rate", Unit::ratio},
      {"final_levy.return_period", Unit::period},
      {"final_levy.amount_rounding", Unit::rounding},
      {"final_levy.return_rounding", Unit::rounding},
      // Targeted exemptions (include/wkr/allowances/, docs/allowances.md).
      {"home_working.daily_amount", Unit::eur_per_day},
      {"travel.rate_per_km", Unit::eur_per_km},
      {"commuting.pattern_based", Unit::flag},
      {"commuting.corona_approval", Unit::flag},
      {"commuting.recalculation_threshold_km", Unit::km},
      {"commuting.absence_continuation_months", Unit::months},
      {"fixed_allowance.basis_days", Unit::days},
      {"fixed_allowance.minimum_days", Unit::days},
      {"fixed_allowance.minimum_weeks", Unit::weeks},
      {"fixed_allowance.full_week_days", Unit::days},
      {"fixed_allowance.day_rounding", Unit::rounding},
      {"fixed_allowance.monthly_rounding", Unit::rounding},
      {"allowances.cap_rounding", Unit::rounding},
      {"internet.private_contribution_allowed", Unit::flag},
      {"customary_test.safe_harbour", Unit::eur},
  };
  return catalog;
}

}  // namespace wkr
