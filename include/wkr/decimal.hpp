// wkr — exact decimal numbers with named rounding.
//
// A Decimal is coefficient × 10^-scale, the coefficient a checked 128-bit integer. It enters as a
// decimal string and stays exact: addition, subtraction and multiplication never round; only
// rounded() and divide() lose digits, and both take a named Rounding. Overflow throws
// wkr::Error(ErrorCode::overflow) instead of wrapping. There is no conversion from or to binary
// floating point on purpose (see DESIGN.md, "Numbers").
#pragma once

#include <algorithm>
#include <array>
#include <boost/multiprecision/cpp_int.hpp>
#include <compare>
#include <cstdint>
#include <cstring>
#include <limits>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "wkr/error.hpp"

namespace wkr {

/// How a value is brought to fewer decimals. Dutch names in docs/glossary.md.
enum class Rounding {
  half_up,      ///< rekenkundig afronden: ties away from zero (2.5 → 3, −2.5 → −3); the Dutch default
  half_even,    ///< bankers' rounding: ties to the even neighbour (2.5 → 2, 3.5 → 4)
  floor,        ///< naar beneden: toward −∞
  ceiling,      ///< naar boven: toward +∞
  toward_zero,  ///< afkappen: drop the digits
};

/// The names used in data files and on the command line: "half-up", "half-even", "floor",
/// "ceiling", "toward-zero".
[[nodiscard]] inline std::string_view to_string(Rounding mode) {
  switch (mode) {
    case Rounding::half_up: return "half-up";
    case Rounding::half_even: return "half-even";
    case Rounding::floor: return "floor";
    case Rounding::ceiling: return "ceiling";
    case Rounding::toward_zero: return "toward-zero";
  }
  return "?";
}

class Decimal;
class Phrase;

/// What a check names in its message: English text that noun() (wkr/phrase.hpp) finds in the
/// catalogue ("the wage bill"); a noun of the catalogue with a name ("what.the amount of" and
/// "Anna": "het bedrag van Anna"); or a phrase already in both languages (say("what.the wage bill
/// of", member_phrase(…)): "de loonsom van lid 2"). A parameter type only: it refers to its
/// arguments, which live as long as the call; the phrase is made only when a check fails, so a
/// check that passes allocates nothing.
class Noun {
 public:
  // A C string is measured only when a check fails: a check that passes costs no strlen.
  Noun(const char* english) : c_text_(english) {}       // NOLINT(google-explicit-constructor)
  Noun(std::string_view english) : text_(english) {}    // NOLINT(google-explicit-constructor)
  Noun(const std::string& english) : text_(english) {}  // NOLINT(google-explicit-constructor)
  Noun(const Phrase& phrase) : phrase_(&phrase) {}      // NOLINT(google-explicit-constructor)
  Noun(const char* key, std::string_view name) : text_(name), key_(key) {}

  /// The noun in both languages (src/phrases.cpp).
  [[nodiscard]] Phrase phrase() const;

 private:
  std::string_view text_;  // the English noun, or the name the catalogue's noun `key_` takes
  const char* c_text_ = nullptr;  // the English noun as a C string, instead of text_
  const char* key_ = nullptr;
  const Phrase* phrase_ = nullptr;
};

namespace detail::decimal {
// The errors of this header, thrown out of line (src/number_errors.cpp): their sentences are in the
// catalogue of wkr/phrase.hpp, which includes this header. The paths that do not throw stay inline
// and allocate nothing.
[[noreturn, gnu::cold]] void bad_rounding_mode(std::string_view name);
[[noreturn, gnu::cold]] void bad_scale(int scale);
/// `operation`: "product", "sum", "difference", "quotient", or "rescaling" (to `b` decimals).
[[noreturn, gnu::cold]] void overflow(const Decimal& a, std::string_view operation, const Decimal& b);
/// `why`: the key of the reason in the catalogue ("decimal.why.no_digits").
[[noreturn, gnu::cold]] void not_plain(std::string_view text, const char* why);
[[noreturn, gnu::cold]] void too_many_digits(std::string_view text);
[[noreturn, gnu::cold]] void not_an_integer(const Decimal& value, const Noun& what, int decimals);
[[noreturn, gnu::cold]] void power_overflow(int exponent);
[[noreturn, gnu::cold]] void product_scale_overflow(const Decimal& a, const Decimal& b);
[[noreturn, gnu::cold]] void division_by_zero(const Decimal& numerator);
}  // namespace detail::decimal

/// Parses a rounding name; throws Error(parse) naming the accepted names.
[[nodiscard]] inline Rounding parse_rounding(std::string_view name) {
  for (Rounding mode : {Rounding::half_up, Rounding::half_even, Rounding::floor, Rounding::ceiling,
                        Rounding::toward_zero}) {
    if (name == to_string(mode)) return mode;
  }
  detail::decimal::bad_rounding_mode(name);
}

namespace detail::decimal {

/// The magnitude of a coefficient: Boost's fixed 128-bit backend keeps exactly this (plus a sign).
__extension__ typedef unsigned __int128 Magnitude;

inline constexpr Magnitude max_magnitude = ~Magnitude{0};  // 2^128 − 1, the largest coefficient
inline constexpr Magnitude max_u64 = ~std::uint64_t{0};

/// 10^0 … 10^38: every power of ten below 2^128.
inline constexpr std::array<Magnitude, 39> powers_of_ten = [] {
  std::array<Magnitude, 39> table{};
  table[0] = 1;
  for (std::size_t i = 1; i != table.size(); ++i) table[i] = table[i - 1] * 10;
  return table;
}();

/// "00", "01", … "99": two digits at a time when formatting.
inline constexpr std::array<char, 200> digit_pairs = [] {
  std::array<char, 200> pairs{};
  for (std::size_t i = 0; i < 100; ++i) {
    pairs[2 * i] = static_cast<char>('0' + i / 10);
    pairs[2 * i + 1] = static_cast<char>('0' + i % 10);
  }
  return pairs;
}();

/// Writes the decimal digits of `value` backwards, ending just before `end`; returns the first digit.
inline char* write_digits(std::uint64_t value, char* end) {
  while (value >= 100) {
    const auto pair = static_cast<std::size_t>(value % 100) * 2;
    value /= 100;
    *--end = digit_pairs[pair + 1];
    *--end = digit_pairs[pair];
  }
  if (value >= 10) {
    const auto pair = static_cast<std::size_t>(value) * 2;
    *--end = digit_pairs[pair + 1];
    *--end = digit_pairs[pair];
  } else {
    *--end = static_cast<char>('0' + value);
  }
  return end;
}

inline char* write_digits(Magnitude value, char* end) {
  // Above 64 bits, peel off 19 digits at a time (10^19 < 2^64), their leading zeros included.
  while (value > max_u64) {
    char* first = write_digits(static_cast<std::uint64_t>(value % powers_of_ten[19]), end);
    value /= powers_of_ten[19];
    end -= 19;
    while (first > end) *--first = '0';
  }
  return write_digits(static_cast<std::uint64_t>(value), end);
}

/// Writes the last `count` digits of `value` backwards (leading zeros included), ending just before
/// `end`, and leaves the digits before them in `value`; returns the first digit written.
inline char* write_last_digits(Magnitude& value, int count, char* end) {
  if (value <= max_u64) {  // one 64-bit multiplication a digit, where 128 bits call a division
    auto rest = static_cast<std::uint64_t>(value);
    for (; count > 0; --count, rest /= 10) *--end = static_cast<char>('0' + rest % 10);
    value = rest;
    return end;
  }
  for (; count > 0; --count, value /= 10) *--end = static_cast<char>('0' + static_cast<unsigned>(value % 10));
  return end;
}

}  // namespace detail::decimal

class Decimal {
 public:
  /// The significand: 128 bits plus sign, overflow checked, no expression templates.
  using Coefficient = boost::multiprecision::number<
      boost::multiprecision::cpp_int_backend<128, 128, boost::multiprecision::signed_magnitude,
                                             boost::multiprecision::checked, void>,
      boost::multiprecision::et_off>;

  /// The most decimals a Decimal carries. 10^38 still fits the coefficient, so any two values of
  /// at most this scale can be aligned while their integer parts stay reasonable.
  static constexpr int max_scale = 30;

  /// Zero, with no decimals.
  Decimal() = default;

  /// An integer value (scale 0).
  static Decimal from_integer(std::int64_t value) { return Decimal(Coefficient(value), 0); }

  /// coefficient × 10^-scale, e.g. from_coefficient(918000, 2) is 9180.00.
  static Decimal from_coefficient(const Coefficient& coefficient, int scale) {
    check_scale(scale);
    return Decimal(coefficient, scale);
  }
  /// The same for a 64-bit coefficient (cents from a column), without making a Coefficient first.
  static Decimal from_coefficient(std::int64_t coefficient, int scale) {
    check_scale(scale);
    const auto bits = static_cast<std::uint64_t>(coefficient);
    return Decimal(Magnitude{coefficient < 0 ? 0 - bits : bits}, coefficient < 0, scale);  // exact for −2^63 too
  }

  /// Parses a plain decimal: an optional '-', digits, optionally '.' and digits ("1600000",
  /// "0.0118", "-2.5"). No '+', exponent, spaces, thousands separators or comma. Throws
  /// Error(parse) saying what the accepted form is, or Error(overflow) when it is too large.
  static Decimal parse(std::string_view text) {
    std::size_t i = 0;
    bool negative = false;
    if (i < text.size() && text[i] == '-') {
      negative = true;
      ++i;
    }
    Magnitude magnitude = 0;
    int digits_before = 0;
    int scale = 0;
    bool seen_point = false;
    for (; i < text.size(); ++i) {
      const char c = text[i];
      if (c == '.') {
        if (seen_point) parse_error(text, "decimal.why.two_points");
        if (digits_before == 0) parse_error(text, "decimal.why.no_digit_before");
        seen_point = true;
        continue;
      }
      if (c < '0' || c > '9') parse_error(text, "decimal.why.unexpected_character");
      if (seen_point) {
        if (++scale > max_scale) parse_error(text, "decimal.why.too_many_decimals");
      } else {
        ++digits_before;
      }
      const auto digit = static_cast<unsigned>(c - '0');
      if (magnitude > detail::decimal::max_magnitude / 10 ||
          __builtin_add_overflow(magnitude * 10, digit, &magnitude)) [[unlikely]] {
        detail::decimal::too_many_digits(text);
      }
    }
    if (digits_before == 0) parse_error(text, "decimal.why.no_digits");
    if (seen_point && scale == 0) parse_error(text, "decimal.why.no_digit_after");
    return Decimal(magnitude, negative, scale);
  }

  [[nodiscard]] const Coefficient& coefficient() const noexcept { return coefficient_; }
  [[nodiscard]] int scale() const noexcept { return scale_; }
  [[nodiscard]] bool is_zero() const noexcept { return magnitude() == 0; }
  [[nodiscard]] bool is_negative() const noexcept { return negative(); }

  /// The value as an integer, when it is a whole number within int64_t (1.00 → 1); otherwise
  /// Error(invalid_argument) naming `what`.
  [[nodiscard]] std::int64_t to_integer(const Noun& what = "the value") const { return to_scaled_integer(0, what); }

  /// The value × 10^decimals as an integer — in cents for decimals = 2 (9180.00 → 918000) — when no
  /// digit is lost and it is within int64_t; otherwise Error(invalid_argument) naming `what`.
  /// Inlined for a value already in those units (a cast), the rest out of line.
  [[nodiscard, gnu::always_inline]] std::int64_t to_scaled_integer(int decimals, const Noun& what = "the value") const {
    if (decimals == scale_ && magnitude() < (Magnitude{1} << 63)) [[likely]] {
      const auto bits = static_cast<std::int64_t>(magnitude());
      return negative() ? -bits : bits;
    }
    return rescaled_integer(decimals, what);
  }

  /// Writes the coefficient's decimal digits (no sign, no point) backwards, ending just before
  /// `end`, which has at least 39 characters before it; returns the first digit. For a formatter
  /// that writes the digits its own way without making a string first (format_money).
  [[nodiscard]] char* write_coefficient_digits(char* end) const {
    return detail::decimal::write_digits(magnitude(), end);
  }

  /// The exact text: all `scale` decimals, no exponent, '-' for negatives ("9180.00", "-0.5").
  [[nodiscard]] std::string to_string() const {
    std::string text;
    append_to(text);
    return text;
  }

  /// The longest to_string(): 2^128 − 1 has 39 digits; "0." and max_scale decimals take 32; then a sign.
  static constexpr std::size_t max_text_size = 44;

  /// Appends to_string() to `out` without a string of its own (a JSON stream writes millions).
  void append_to(std::string& out) const {
    char text[max_text_size];
    const char* const first = text_ending_at(text + sizeof text);
    // (pointer, length): append(first, last) would go through _M_replace, which allows for aliasing.
    out.append(first, static_cast<std::size_t>(text + sizeof text - first));
  }

  /// Writes to_string() at `out`, which has room for max_text_size characters; returns the end of
  /// what it wrote (for a writer that makes its own room: the streamed JSON).
  char* write_to(char* out) const {
    char text[max_text_size];
    const char* const first = text_ending_at(text + sizeof text);
    const auto size = static_cast<std::size_t>(text + sizeof text - first);
    std::memcpy(out, first, size);
    return out + size;
  }

  /// This value with exactly `decimals` decimals. Adding decimals is exact; removing them rounds
  /// with `mode`.
  [[nodiscard, gnu::always_inline]] Decimal rounded(int decimals, Rounding mode) const {
    check_scale(decimals);
    if (decimals >= scale_) {
      return Decimal(scaled_up(magnitude(), decimals - scale_, *this, "rescaling", from_integer(decimals)), negative(),
                     decimals);
    }
    return Decimal(divide_rounded(magnitude(), pow10(scale_ - decimals), negative(), mode), negative(), decimals);
  }

  /// numerator / denominator to `decimals` decimals, rounded with `mode`. Throws
  /// Error(division_by_zero) for a zero denominator.
  static Decimal divide(const Decimal& numerator, const Decimal& denominator, int decimals,
                        Rounding mode) {
    check_scale(decimals);
    if (denominator.is_zero()) [[unlikely]] division_by_zero(numerator);
    // n/10^sn ÷ d/10^sd × 10^k = n × 10^(k − sn + sd) / d
    const int exponent = decimals - numerator.scale_ + denominator.scale_;
    Magnitude n = numerator.magnitude();
    Magnitude d = denominator.magnitude();
    if (exponent >= 0) {
      n = scaled_up(n, exponent, numerator, "quotient", denominator);
    } else {
      d = scaled_up(d, -exponent, numerator, "quotient", denominator);
    }
    const bool negative = numerator.negative() != denominator.negative();
    return Decimal(divide_rounded(n, d, negative, mode), negative, decimals);
  }

  // Always inlined, as sum() is: a call per addition costs more than the addition (round seven).
  [[gnu::always_inline]] friend Decimal operator+(const Decimal& a, const Decimal& b) { return sum(a, b, false); }
  [[gnu::always_inline]] friend Decimal operator-(const Decimal& a, const Decimal& b) { return sum(a, b, true); }
  /// Exact: the scale of a product is the sum of the scales (0.0118 × 100000.00 = 1180.000000).
  [[gnu::always_inline]] friend Decimal operator*(const Decimal& a, const Decimal& b) {
    const int scale = a.scale_ + b.scale_;
    if (scale > max_scale) [[unlikely]] product_scale_overflow(a, b);
    const Magnitude x = a.magnitude();
    const Magnitude y = b.magnitude();
    Magnitude product;
    if (x <= detail::decimal::max_u64 && y <= detail::decimal::max_u64) {
      product = x * y;  // 64 × 64 bits: one instruction, cannot overflow
    } else if (__builtin_mul_overflow(x, y, &product)) [[unlikely]] {
      overflow(a, "product", b);
    }
    return Decimal(product, a.negative() != b.negative(), scale);
  }
  Decimal operator-() const { return Decimal(magnitude(), !negative(), scale_); }
  [[gnu::always_inline]] Decimal& operator+=(const Decimal& other) { return *this = *this + other; }
  [[gnu::always_inline]] Decimal& operator-=(const Decimal& other) { return *this = *this - other; }

  /// Numeric comparison: 1.0 == 1.00. Compare to_string() where the scale matters too.
  friend bool operator==(const Decimal& a, const Decimal& b) { return compare(a, b) == 0; }
  [[gnu::always_inline]] friend std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) {
    const int c = compare(a, b);
    return c < 0 ? std::strong_ordering::less
                 : (c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal);
  }

 private:
  /// to_string() written right to left, ending just before `end`, which has max_text_size characters
  /// before it; returns its first character. The decimals come first, then the point, then the
  /// whole part: every character is written where it stays. Always inlined: at the library's -O2
  /// GCC left it a call in the JSON writer's money(), a tenth of `wkr evaluate --json`.
  [[gnu::always_inline]] char* text_ending_at(char* end) const {
    static_assert(max_text_size >= 39 + 2 && max_text_size >= 2 + max_scale + 1);
    Magnitude whole = magnitude();
    char* first = end;
    if (scale_ > 0) {
      first = detail::decimal::write_last_digits(whole, scale_, end);
      *--first = '.';
    }
    first = detail::decimal::write_digits(whole, first);  // "0" for a whole part of zero
    if (negative()) *--first = '-';
    return first;
  }

  // The arithmetic works on the magnitude and sign that Boost's fixed 128-bit backend stores,
  // with native 128-bit integers and an explicit overflow check on every step that can overflow
  // (2^128 − 1 is the largest magnitude, as in Boost's checked type). Operands below 2^64 take
  // 64-bit multiplications and divisions, equal scales are not aligned, and formatting writes
  // two digits at a time: the fast paths of docs/performance.md, each tested against Boost's
  // unbounded cpp_int in tests/unit/decimal_oracle_test.cpp.
  using Magnitude = detail::decimal::Magnitude;
  static_assert(boost::multiprecision::backends::is_trivial_cpp_int<Coefficient::backend_type>::value &&
                    std::is_same_v<std::remove_cvref_t<decltype(*std::declval<const Coefficient&>().backend().limbs())>,
                                   Magnitude>,
                "Decimal reads Boost's fixed 128-bit backend as one unsigned 128-bit magnitude and a sign");

  Decimal(Coefficient coefficient, int scale) : coefficient_(std::move(coefficient)), scale_(scale) {}
  Decimal(Magnitude magnitude, bool negative, int scale) : scale_(scale) {
    *coefficient_.backend().limbs() = magnitude;
    coefficient_.backend().sign(negative);  // Boost keeps zero unsigned
  }

  [[nodiscard]] Magnitude magnitude() const noexcept { return *coefficient_.backend().limbs(); }
  [[nodiscard]] bool negative() const noexcept { return coefficient_.backend().sign(); }

  // The throws live in cold functions of their own, so the paths that do not throw stay small
  // enough to be inlined into the rules.
  static void check_scale(int scale) {
    if (scale < 0 || scale > max_scale) [[unlikely]] bad_scale(scale);
  }

  [[noreturn, gnu::cold, gnu::noinline]] static void bad_scale(int scale) { detail::decimal::bad_scale(scale); }

  /// The `operation` ("product", "sum", "difference", "quotient", "rescaling" to b decimals) of a and b
  /// exceeds the coefficient: the error names the values.
  [[noreturn, gnu::cold, gnu::noinline]] static void overflow(const Decimal& a, const char* operation,
                                                              const Decimal& b) {
    detail::decimal::overflow(a, operation, b);
  }

  [[noreturn, gnu::cold, gnu::noinline]] static void parse_error(std::string_view text, const char* why) {
    detail::decimal::not_plain(text, why);
  }

  /// to_scaled_integer() of a value with other decimals than `decimals`, or beyond 2^63.
  [[nodiscard, gnu::noinline]] std::int64_t rescaled_integer(int decimals, const Noun& what) const {
    check_scale(decimals);
    Magnitude whole = magnitude();
    if (decimals >= scale_) {
      if (!try_scale_up(whole, decimals - scale_, whole)) not_an_integer(what, decimals);
    } else {
      Magnitude remainder = 0;
      whole = quotient(whole, pow10(scale_ - decimals), remainder);
      if (remainder != 0) not_an_integer(what, decimals);
    }
    const Magnitude limit = Magnitude{1} << 63;  // 2^63 − 1 above zero, 2^63 below
    if (whole > (negative() ? limit : limit - 1)) not_an_integer(what, decimals);
    const auto bits = static_cast<std::uint64_t>(whole);
    return static_cast<std::int64_t>(negative() ? 0 - bits : bits);  // modulo 2^64: exact for −2^63 too
  }

  [[noreturn, gnu::cold, gnu::noinline]] void not_an_integer(const Noun& what, int decimals) const {
    detail::decimal::not_an_integer(*this, what, decimals);
  }

  [[noreturn, gnu::cold, gnu::noinline]] static void power_overflow(int exponent) {
    detail::decimal::power_overflow(exponent);
  }

  [[noreturn, gnu::cold, gnu::noinline]] static void product_scale_overflow(const Decimal& a, const Decimal& b) {
    detail::decimal::product_scale_overflow(a, b);
  }

  [[noreturn, gnu::cold, gnu::noinline]] static void division_by_zero(const Decimal& numerator) {
    detail::decimal::division_by_zero(numerator);
  }

  static Magnitude pow10(int exponent) {
    if (exponent < 0 || exponent >= static_cast<int>(detail::decimal::powers_of_ten.size())) [[unlikely]] {
      power_overflow(exponent);
    }
    return detail::decimal::powers_of_ten[static_cast<std::size_t>(exponent)];
  }

  /// m × 10^exponent into `out`; false when it exceeds 2^128 − 1. 0 ≤ exponent ≤ 38.
  static bool try_scale_up(Magnitude m, int exponent, Magnitude& out) noexcept {
    const Magnitude factor = detail::decimal::powers_of_ten[static_cast<std::size_t>(exponent)];
    if (m <= detail::decimal::max_u64 && factor <= detail::decimal::max_u64) {
      out = m * factor;  // 64 × 64 bits
      return true;
    }
    return !__builtin_mul_overflow(m, factor, &out);
  }

  /// m × 10^exponent; beyond 2^128 − 1 the overflow error of `operation` on a and b.
  [[gnu::always_inline]] static Magnitude scaled_up(Magnitude m, int exponent, const Decimal& a, const char* operation,
                                                    const Decimal& b) {
    if (exponent == 0 || m == 0) return m;
    if (exponent >= static_cast<int>(detail::decimal::powers_of_ten.size())) [[unlikely]]
      overflow(a, operation, b);
    const Magnitude factor = detail::decimal::powers_of_ten[static_cast<std::size_t>(exponent)];
    Magnitude out;
    if (m <= detail::decimal::max_u64 && factor <= detail::decimal::max_u64) return m * factor;
    if (__builtin_mul_overflow(m, factor, &out)) [[unlikely]]
      overflow(a, operation, b);
    return out;
  }

  /// n / d and its remainder; d ≠ 0. 64-bit division when both fit.
  static Magnitude quotient(Magnitude n, Magnitude d, Magnitude& remainder) noexcept {
    if (n <= detail::decimal::max_u64 && d <= detail::decimal::max_u64) {
      const auto n64 = static_cast<std::uint64_t>(n);
      const auto d64 = static_cast<std::uint64_t>(d);
      remainder = n64 % d64;
      return n64 / d64;
    }
    remainder = n % d;
    return n / d;
  }

  /// |n / d| rounded to an integer with `mode`, where `negative` is the sign of the exact quotient;
  /// d ≠ 0. The remainder r < d decides: r ≥ d − r is "at least half" without computing 2r.
  [[gnu::always_inline]] static Magnitude divide_rounded(Magnitude n, Magnitude d, bool negative, Rounding mode) {
    Magnitude r = 0;
    const Magnitude q = quotient(n, d, r);
    if (r == 0) return q;
    bool away = false;  // move one step away from zero?
    switch (mode) {
      case Rounding::toward_zero: away = false; break;
      case Rounding::floor: away = negative; break;
      case Rounding::ceiling: away = !negative; break;
      case Rounding::half_up: away = r >= d - r; break;
      case Rounding::half_even: away = r > d - r || (r == d - r && (q & 1) != 0); break;
    }
    return away ? q + 1 : q;  // q < n here (r ≠ 0 means d ≥ 2), so q + 1 cannot overflow
  }

  /// a + b, or a − b when `subtract`; at the larger scale. Always inlined, like compare() and the
  /// product: returned through memory, a Decimal is written as two 64-bit halves and read back as
  /// one 128-bit load, which stalls the store forwarding of the CPU (perf showed a quarter of an
  /// employee-year in that stall).
  [[gnu::always_inline]] static Decimal sum(const Decimal& a, const Decimal& b, bool subtract) {
    const int scale = a.scale_ > b.scale_ ? a.scale_ : b.scale_;
    const char* operation = subtract ? "difference" : "sum";
    const Magnitude x = scaled_up(a.magnitude(), scale - a.scale_, a, operation, b);
    const Magnitude y = scaled_up(b.magnitude(), scale - b.scale_, a, operation, b);
    const bool x_negative = a.negative();
    const bool y_negative = b.negative() != subtract;
    if (x_negative == y_negative) {
      Magnitude total;
      if (__builtin_add_overflow(x, y, &total)) [[unlikely]]
        overflow(a, operation, b);
      return Decimal(total, x_negative, scale);
    }
    return x >= y ? Decimal(x - y, x_negative, scale) : Decimal(y - x, y_negative, scale);
  }

  [[gnu::always_inline]] static int compare(const Decimal& a, const Decimal& b) noexcept {
    // Different signs decide without aligning; zero is never negative.
    if (a.negative() != b.negative()) return a.negative() ? -1 : 1;
    Magnitude x = a.magnitude();
    Magnitude y = b.magnitude();
    int order = 0;  // of the magnitudes
    if (a.scale_ < b.scale_ && !try_scale_up(x, b.scale_ - a.scale_, x)) {
      order = 1;  // aligned, a would exceed any magnitude b can have
    } else if (b.scale_ < a.scale_ && !try_scale_up(y, a.scale_ - b.scale_, y)) {
      order = -1;
    } else {
      order = x < y ? -1 : (y < x ? 1 : 0);
    }
    return a.negative() ? -order : order;
  }

  Coefficient coefficient_ = 0;
  int scale_ = 0;
};

/// Shorthand for Decimal::parse in code and tests: "0.0118"_d.
namespace literals {
inline Decimal operator""_d(const char* text, std::size_t size) {
  return Decimal::parse(std::string_view(text, size));
}
}  // namespace literals

namespace detail::decimal {
/// Throws the catalogue's error.negative_amount (src/phrases.cpp): `what` in English, and in Dutch
/// when the catalogue has the noun ("what.<what>").
[[noreturn, gnu::cold, gnu::noinline]] void negative_amount(const Decimal& amount, const Noun& what);
}  // namespace detail::decimal

/// Throws Error(invalid_argument) naming `what` when `amount` is negative: the one check of that
/// kind for every rule and front end.
inline void require_non_negative(const Decimal& amount, const Noun& what) {
  if (amount.is_negative()) [[unlikely]] detail::decimal::negative_amount(amount, what);
}

[[nodiscard]] inline const Decimal& min(const Decimal& a, const Decimal& b) { return b < a ? b : a; }
[[nodiscard]] inline const Decimal& max(const Decimal& a, const Decimal& b) { return a < b ? b : a; }

}  // namespace wkr
