// UTF-8 checks shared by the readers of whole files (request_fields.cpp) and of streamed ones
// (item_stream.cpp): every name read must be writable as JSON.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "wkr/error.hpp"

namespace wkr::detail {

/// The byte offset of the first byte of `text` that does not start a well-formed UTF-8 sequence
/// (Unicode table 3-7), or npos: every name read must be writable as JSON.
inline std::size_t invalid_utf8(std::string_view text) {
  const auto at = [&](std::size_t k) { return k < text.size() ? static_cast<unsigned char>(text[k]) : 0u; };
  const auto in = [](unsigned byte, unsigned low, unsigned high) { return byte >= low && byte <= high; };
  for (std::size_t i = 0; i < text.size();) {
    const unsigned lead = at(i);
    std::size_t length = 0;
    unsigned low = 0x80;  // the range of the second byte, narrower after some leads
    unsigned high = 0xBF;
    if (lead < 0x80) {
      length = 1;
    } else if (in(lead, 0xC2, 0xDF)) {
      length = 2;
    } else if (in(lead, 0xE0, 0xEF)) {
      length = 3;
      if (lead == 0xE0) low = 0xA0;
      if (lead == 0xED) high = 0x9F;
    } else if (in(lead, 0xF0, 0xF4)) {
      length = 4;
      if (lead == 0xF0) low = 0x90;
      if (lead == 0xF4) high = 0x8F;
    } else {
      return i;
    }
    if (length > 1 && !in(at(i + 1), low, high)) return i;
    for (std::size_t k = 2; k < length; ++k) {
      if (!in(at(i + k), 0x80, 0xBF)) return i;
    }
    i += length;
  }
  return std::string_view::npos;
}

/// The error for a byte that is not UTF-8 at `line` and `column` (1-based, in bytes) of `source`.
[[nodiscard]] inline Error not_utf8(const std::string& source, std::size_t line, std::size_t column) {
  return Error(ErrorCode::invalid_argument,
               source + ": line " + std::to_string(line) + ": byte " + std::to_string(column) +
                   " is not UTF-8 text; save the file as UTF-8 (in a spreadsheet: CSV UTF-8)");
}

}  // namespace wkr::detail
