// A syntax error of yaml-cpp as a sentence of the catalogue, for every YAML reader of wkr (the
// tables, the policy files): the common ones in Dutch and English, any other with yaml-cpp's
// English quoted.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "wkr/phrase.hpp"

namespace wkr::detail {

[[nodiscard]] Phrase yaml_syntax_error(const std::string& detail);

/// The keys a YAML map may have, as a message lists them: "'value', 'reference', 'source'" (quoted:
/// they are names the file uses, not words of the sentence).
[[nodiscard]] std::string quoted_keys(std::initializer_list<std::string_view> keys);

}  // namespace wkr::detail
