// A syntax error of yaml-cpp as a sentence of the catalogue, for every YAML reader of wkr (the
// tables, the policy files): the common ones in Dutch and English, any other with yaml-cpp's
// English quoted.
#pragma once

#include <string>

#include "wkr/phrase.hpp"

namespace wkr::detail {

[[nodiscard]] Phrase yaml_syntax_error(const std::string& detail);

}  // namespace wkr::detail
