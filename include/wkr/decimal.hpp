// wkr — exact decimal numbers with named rounding.
//
// A Decimal is coefficient × 10^-scale, the coefficient a checked 128-bit integer. It enters as a
// decimal string and stays exact: addition, subtraction and multiplication never round; only
// rounded() and divide() lose digits, and both take a named Rounding. Overflow throws
// wkr::Error(ErrorCode::overflow) instead of wrapping. There is no conversion from or to binary
// floating point on purpose (see DESIGN.md, "Numbers").
#pragma once

#include <array>
#include <boost/multiprecision/cpp_int.hpp>
#include <compare>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>
#include <string_view>

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

/// Parses a rounding name; throws Error(parse) naming the accepted names.
[[nodiscard]] inline Rounding parse_rounding(std::string_view name) {
  for (Rounding mode : {Rounding::half_up, Rounding::half_even, Rounding::floor, Rounding::ceiling,
                        Rounding::toward_zero}) {
    if (name == to_string(mode)) return mode;
  }
  throw Error(ErrorCode::parse, "'" + std::string(name) +
                                    "' is not a rounding mode; expected one of half-up, half-even, "
                                    "floor, ceiling, toward-zero");
}

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

  /// Parses a plain decimal: an optional '-', digits, optionally '.' and digits ("1600000",
  /// "0.0118", "-2.5"). No '+', exponent, spaces, thousands separators or comma. Throws
  /// Error(parse) saying what the accepted form is, or Error(overflow) when it is too large.
  static Decimal parse(std::string_view text) {
    auto fail = [&](const char* why) -> Error {
      return Error(ErrorCode::parse, "'" + std::string(text) + "' is not a plain decimal (" + why +
                                         "); write digits with an optional '-' and '.', e.g. "
                                         "1600000 or 0.0118");
    };
    std::size_t i = 0;
    bool negative = false;
    if (i < text.size() && text[i] == '-') {
      negative = true;
      ++i;
    }
    Coefficient coefficient = 0;
    int digits_before = 0;
    int scale = 0;
    bool seen_point = false;
    for (; i < text.size(); ++i) {
      char c = text[i];
      if (c == '.') {
        if (seen_point) throw fail("two decimal points");
        if (digits_before == 0) throw fail("no digit before the point");
        seen_point = true;
        continue;
      }
      if (c < '0' || c > '9') throw fail("unexpected character");
      if (seen_point) {
        if (++scale > max_scale) throw fail("more than 30 decimals");
      } else {
        ++digits_before;
      }
      try {
        coefficient = coefficient * 10 + (c - '0');
      } catch (const std::overflow_error&) {
        throw Error(ErrorCode::overflow,
                    "'" + std::string(text) + "' is too large for an exact decimal (at most 38 digits)");
      }
    }
    if (digits_before == 0) throw fail("no digits");
    if (seen_point && scale == 0) throw fail("no digit after the point");
    return Decimal(negative ? Coefficient(-coefficient) : coefficient, scale);
  }

  [[nodiscard]] const Coefficient& coefficient() const noexcept { return coefficient_; }
  [[nodiscard]] int scale() const noexcept { return scale_; }
  [[nodiscard]] bool is_zero() const noexcept { return coefficient_.is_zero(); }
  [[nodiscard]] bool is_negative() const noexcept { return coefficient_.sign() < 0; }

  /// The value as an integer, when it is a whole number within int64_t (1.00 → 1); otherwise
  /// Error(invalid_argument) naming `what`.
  [[nodiscard]] std::int64_t to_integer(std::string_view what = "the value") const {
    const Coefficient whole = scale_ == 0 ? coefficient_ : divide_rounded(coefficient_, pow10(scale_), Rounding::toward_zero);
    if ((scale_ != 0 && Decimal(whole, 0) != *this) || whole > std::numeric_limits<std::int64_t>::max() ||
        whole < std::numeric_limits<std::int64_t>::min()) {
      throw Error(ErrorCode::invalid_argument, std::string(what) + " is " + to_string() + ", not a whole number");
    }
    return static_cast<std::int64_t>(whole);
  }

  /// The exact text: all `scale` decimals, no exponent, '-' for negatives ("9180.00", "-0.5").
  [[nodiscard]] std::string to_string() const {
    std::string digits = boost::multiprecision::abs(coefficient_).str();
    if (static_cast<int>(digits.size()) <= scale_) {
      digits.insert(0, static_cast<std::size_t>(scale_ + 1) - digits.size(), '0');
    }
    if (scale_ > 0) digits.insert(digits.size() - static_cast<std::size_t>(scale_), 1, '.');
    return is_negative() ? "-" + digits : digits;
  }

  /// This value with exactly `decimals` decimals. Adding decimals is exact; removing them rounds
  /// with `mode`.
  [[nodiscard]] Decimal rounded(int decimals, Rounding mode) const {
    check_scale(decimals);
    if (decimals >= scale_) return Decimal(scaled_up(coefficient_, decimals - scale_), decimals);
    return Decimal(divide_rounded(coefficient_, pow10(scale_ - decimals), mode), decimals);
  }

  /// numerator / denominator to `decimals` decimals, rounded with `mode`. Throws
  /// Error(division_by_zero) for a zero denominator.
  static Decimal divide(const Decimal& numerator, const Decimal& denominator, int decimals,
                        Rounding mode) {
    check_scale(decimals);
    if (denominator.is_zero()) {
      throw Error(ErrorCode::division_by_zero,
                  "cannot divide " + numerator.to_string() + " by zero");
    }
    // n/10^sn ÷ d/10^sd × 10^k = n × 10^(k − sn + sd) / d
    const int exponent = decimals - numerator.scale_ + denominator.scale_;
    Coefficient n = numerator.coefficient_;
    Coefficient d = denominator.coefficient_;
    if (exponent >= 0) {
      n = scaled_up(n, exponent);
    } else {
      d = scaled_up(d, -exponent);
    }
    return Decimal(divide_rounded(n, d, mode), decimals);
  }

  friend Decimal operator+(const Decimal& a, const Decimal& b) {
    if (a.scale_ == b.scale_) return Decimal(checked([&] { return a.coefficient_ + b.coefficient_; }), a.scale_);
    const int scale = a.scale_ > b.scale_ ? a.scale_ : b.scale_;
    return Decimal(checked([&] { return a.aligned(scale) + b.aligned(scale); }), scale);
  }
  friend Decimal operator-(const Decimal& a, const Decimal& b) {
    if (a.scale_ == b.scale_) return Decimal(checked([&] { return a.coefficient_ - b.coefficient_; }), a.scale_);
    const int scale = a.scale_ > b.scale_ ? a.scale_ : b.scale_;
    return Decimal(checked([&] { return a.aligned(scale) - b.aligned(scale); }), scale);
  }
  /// Exact: the scale of a product is the sum of the scales (0.0118 × 100000.00 = 1180.000000).
  friend Decimal operator*(const Decimal& a, const Decimal& b) {
    const int scale = a.scale_ + b.scale_;
    if (scale > max_scale) {
      throw Error(ErrorCode::overflow, "the product of " + a.to_string() + " and " + b.to_string() +
                                           " has more than 30 decimals; round an operand first");
    }
    return Decimal(checked([&] { return a.coefficient_ * b.coefficient_; }), scale);
  }
  Decimal operator-() const { return Decimal(Coefficient(-coefficient_), scale_); }
  Decimal& operator+=(const Decimal& other) { return *this = *this + other; }
  Decimal& operator-=(const Decimal& other) { return *this = *this - other; }

  /// Numeric comparison: 1.0 == 1.00. Compare to_string() where the scale matters too.
  friend bool operator==(const Decimal& a, const Decimal& b) { return compare(a, b) == 0; }
  friend std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) {
    const int c = compare(a, b);
    return c < 0 ? std::strong_ordering::less
                 : (c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal);
  }

 private:
  Decimal(Coefficient coefficient, int scale) : coefficient_(std::move(coefficient)), scale_(scale) {}

  static void check_scale(int scale) {
    if (scale < 0 || scale > max_scale) {
      throw Error(ErrorCode::invalid_argument,
                  "a decimal has 0 to 30 decimals, not " + std::to_string(scale));
    }
  }

  template <class F>
  static Coefficient checked(F&& f) {
    try {
      return f();
    } catch (const std::overflow_error&) {
      throw Error(ErrorCode::overflow,
                  "an amount exceeds the exact range (about 10^38 in the last decimal)");
    }
  }

  static const Coefficient& pow10(int exponent) {
    static const std::array<Coefficient, 39> table = [] {
      std::array<Coefficient, 39> t{};
      t[0] = 1;
      for (std::size_t i = 1; i < t.size(); ++i) t[i] = t[i - 1] * 10;
      return t;
    }();
    if (exponent < 0 || exponent >= static_cast<int>(table.size())) {
      throw Error(ErrorCode::overflow, "10^" + std::to_string(exponent) + " exceeds the exact range");
    }
    return table[static_cast<std::size_t>(exponent)];
  }

  static Coefficient scaled_up(const Coefficient& c, int exponent) {
    if (exponent == 0 || c.is_zero()) return c;
    return checked([&] { return Coefficient(c * pow10(exponent)); });
  }

  [[nodiscard]] Coefficient aligned(int scale) const { return scaled_up(coefficient_, scale - scale_); }

  /// n / d rounded to an integer with `mode`; d ≠ 0. C++ division truncates toward zero, so the
  /// remainder carries the sign of n and the quotient is adjusted from there.
  static Coefficient divide_rounded(Coefficient n, Coefficient d, Rounding mode) {
    if (d.sign() < 0) {
      n = -n;
      d = -d;
    }
    Coefficient q;
    Coefficient r;
    boost::multiprecision::divide_qr(n, d, q, r);
    if (r.is_zero()) return q;
    const int sign = n.sign();  // the sign of the exact quotient, since d > 0
    const Coefficient twice_remainder = checked([&] { return Coefficient(boost::multiprecision::abs(r) * 2); });
    bool away = false;  // move one step away from zero?
    switch (mode) {
      case Rounding::toward_zero: away = false; break;
      case Rounding::floor: away = sign < 0; break;
      case Rounding::ceiling: away = sign > 0; break;
      case Rounding::half_up: away = twice_remainder >= d; break;
      case Rounding::half_even:
        away = twice_remainder > d || (twice_remainder == d && (q % 2) != 0);
        break;
    }
    if (away) q = checked([&] { return Coefficient(q + sign); });
    return q;
  }

  static int compare(const Decimal& a, const Decimal& b) {
    if (a.scale_ == b.scale_) return a.coefficient_ < b.coefficient_ ? -1 : (b.coefficient_ < a.coefficient_ ? 1 : 0);
    // Different signs decide without aligning (and without overflow on a huge value).
    const int sa = a.coefficient_.sign();
    const int sb = b.coefficient_.sign();
    if (sa != sb) return sa < sb ? -1 : 1;
    const int scale = a.scale_ > b.scale_ ? a.scale_ : b.scale_;
    const Coefficient x = a.aligned(scale);
    const Coefficient y = b.aligned(scale);
    return x < y ? -1 : (x > y ? 1 : 0);
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

/// Throws Error(invalid_argument) naming `what` when `amount` is negative: the one check of that
/// kind for every rule and front end.
inline void require_non_negative(const Decimal& amount, std::string_view what) {
  if (amount.is_negative()) [[unlikely]] {
    throw Error(ErrorCode::invalid_argument,
                std::string(what) + " is " + amount.to_string() + "; it cannot be negative (give 0 or more)");
  }
}

[[nodiscard]] inline const Decimal& min(const Decimal& a, const Decimal& b) { return b < a ? b : a; }
[[nodiscard]] inline const Decimal& max(const Decimal& a, const Decimal& b) { return a < b ? b : a; }

}  // namespace wkr
