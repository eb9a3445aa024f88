// The parameters (and statistics) this library version reads, from the lists in
// wkr/parameter_names.hpp. The loader insists that every table set defines each of them with this
// unit, and no other.
#include "wkr/parameters.hpp"

namespace wkr {

const std::vector<ParameterSpec>& parameter_catalog() {
  static const std::vector<ParameterSpec> catalog = {
#define WKR_PARAMETER_SPEC(identifier, name, unit) {ParameterId::identifier, name, Unit::unit},
      WKR_PARAMETERS(WKR_PARAMETER_SPEC)
      WKR_STATISTICS(WKR_PARAMETER_SPEC)
#undef WKR_PARAMETER_SPEC
  };
  return catalog;
}

}  // namespace wkr
