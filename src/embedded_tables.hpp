// The parameter tables compiled into the library: written by wkr_embed_tables (src/embed_tables.cpp)
// from data/nl at build time, already loaded and checked by the library's own loader.
#pragma once

#include <vector>

#include "wkr/parameters.hpp"
#include "wkr/version.hpp"

namespace wkr::detail {

/// The YAML files as they were read, in sorted order: their bytes make the receipt's digest.
const std::vector<TableSource>& embedded_table_sources();

/// The parameters those files define, sorted by name.
std::vector<Parameter> embedded_parameters();

/// The receipt of the embedded tables (digest computed when they were compiled in).
Receipt embedded_receipt();

}  // namespace wkr::detail
