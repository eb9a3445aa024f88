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
  };
  return catalog;
}

}  // namespace wkr
