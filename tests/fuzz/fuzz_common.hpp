// What the fuzz targets of the C++ library share: the check of fuzz_check.hpp, and the embedded
// tables, loaded once per process so an execution does not pay for them.
#pragma once

#include "fuzz_check.hpp"
#include "wkr/parameters.hpp"

namespace wkr::fuzz {

/// The embedded tables, loaded on first use.
inline const Parameters& embedded() {
  static const Parameters parameters = Parameters::embedded();
  return parameters;
}

}  // namespace wkr::fuzz
