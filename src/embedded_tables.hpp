// The parameter tables compiled into the library (generated from data/nl by
// cmake/embed_tables.cmake), in sorted file order.
#pragma once

#include <vector>

#include "wkr/parameters.hpp"

namespace wkr::detail {

const std::vector<TableSource>& embedded_table_sources();

}  // namespace wkr::detail
