// UTF-8 checks shared by the readers of whole files (request_fields.cpp) and of streamed ones
// (item_stream.cpp): every name read must be writable as JSON.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>

#include "wkr/error.hpp"
#include "wkr/phrase.hpp"

namespace wkr::detail {

/// The byte offset of the first byte of `text` that does not start a well-formed UTF-8 sequence
/// (Unicode table 3-7), or npos: every name read must be writable as JSON.
inline std::size_t invalid_utf8(std::string_view text) {
  const auto at = [&](std::size_t k) { return k < text.size() ? static_cast<unsigned char>(text[k]) : 0U; };
  const auto in = [](unsigned byte, unsigned low, unsigned high) { return byte >= low && byte <= high; };
  for (std::size_t i = 0; i < text.size();) {
    // Eight bytes at a time while they are ASCII (no high bit), the common case of a CSV file.
    constexpr std::uint64_t high_bits = 0x8080808080808080U;
    for (std::uint64_t word = 0; i + sizeof word <= text.size(); i += sizeof word) {
      std::memcpy(&word, text.data() + i, sizeof word);
      if ((word & high_bits) != 0) break;
    }
    if (i == text.size()) break;
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
  return {ErrorCode::invalid_argument, say("error.csv.not_utf8", source, num(line), num(column))};
}

/// UTF-8 checked on bytes as they come in chunks (CsvReader), with the same error as a whole file
/// gets: a sequence split between two chunks waits for the rest.
class Utf8Stream {
 public:
  /// Throws not_utf8() naming `source` at the first byte that is not UTF-8; `last`: no more bytes follow.
  void check(std::string_view bytes, bool last, const std::string& source) {
    std::string joined;
    std::string_view text = bytes;
    if (!carry_.empty()) {
      joined = std::exchange(carry_, {});
      joined.append(bytes);
      text = joined;
    }
    std::size_t end = text.size();
    // A lead byte among the last three whose sequence is not complete yet waits for the next chunk.
    for (std::size_t back = 1; !last && back <= 3 && back <= text.size(); ++back) {
      const auto byte = static_cast<unsigned char>(text[text.size() - back]);
      if (byte < 0x80) break;
      if (byte >= 0xC0) {
        const std::size_t length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
        if (length > back) end = text.size() - back;
        break;
      }
    }
    const std::string_view checked = text.substr(0, end);
    const std::size_t bad = invalid_utf8(checked);
    const std::string_view counted = checked.substr(0, bad == std::string_view::npos ? end : bad);
    const auto newlines = static_cast<std::size_t>(std::count(counted.begin(), counted.end(), '\n'));
    const std::size_t line_start = counted.rfind('\n');
    const std::size_t column =
        line_start == std::string_view::npos ? column_ + counted.size() : counted.size() - line_start - 1;
    if (bad != std::string_view::npos) throw not_utf8(source, line_ + newlines, column + 1);
    line_ += newlines;
    column_ = column;
    carry_.assign(text.substr(end));
  }

 private:
  std::string carry_;
  std::size_t line_ = 1;    // the line the bytes checked so far end on
  std::size_t column_ = 0;  // the bytes of that line checked so far
};

}  // namespace wkr::detail
