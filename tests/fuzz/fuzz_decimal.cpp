// Fuzz target: decimal parsing, formatting and arithmetic against an exact oracle. The input is up to
// three lines: a, b, and an option line whose first byte picks the decimals of rounded() and divide()
// (−1 … 31, so the refused counts are tried too). An oracle in this file reads the same text with its
// own grammar into a boost::multiprecision::cpp_rational and computes every expected result exactly —
// the value, the rounding in each mode, and whether an exact intermediate leaves the 128-bit range —
// so a Decimal result is checked digit for digit, never against another Decimal. Every failure must
// be the documented wkr::Error, never a crash or another exception.
#include <boost/multiprecision/cpp_int.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

#include "fuzz_common.hpp"
#include "wkr/decimal.hpp"

namespace {

using boost::multiprecision::cpp_int;
using boost::multiprecision::cpp_rational;
using wkr::Decimal;
using wkr::ErrorCode;
using wkr::Rounding;
using wkr::fuzz::check;

void check_code(const wkr::Error& e, ErrorCode expected, const char* what) {
  if (e.code() != expected) std::fprintf(stderr, "got: %s\n", e.what());
  check(e.code() == expected, what);
}

const cpp_int& max_magnitude() {  // what a Decimal's coefficient holds: 2^128 − 1
  static const cpp_int value = (cpp_int(1) << 128) - 1;
  return value;
}

cpp_int pow10(int n) {
  cpp_int p = 1;
  for (int i = 0; i < n; ++i) p *= 10;
  return p;
}

/// A decimal as the oracle reads it: coefficient and scale, from the same text.
struct Exact {
  cpp_int coefficient;  ///< signed
  int scale = 0;
  [[nodiscard]] cpp_rational value() const { return cpp_rational(coefficient, pow10(scale)); }
};

/// The grammar of docs: optional '-', digits, optionally '.' and digits, at most 30 decimals.
std::optional<Exact> oracle_parse(std::string_view text) {
  std::size_t i = text.starts_with('-') ? 1 : 0;
  const bool negative = i == 1;
  Exact out;
  int before = 0;
  bool point = false;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '.' && !point && before > 0) {
      point = true;
    } else if (c >= '0' && c <= '9') {
      out.coefficient = out.coefficient * 10 + (c - '0');
      if (point) {
        ++out.scale;
      } else {
        ++before;
      }
    } else {
      return std::nullopt;
    }
  }
  if (before == 0 || (point && out.scale == 0) || out.scale > Decimal::max_scale) return std::nullopt;
  if (negative) out.coefficient = -out.coefficient;
  return out;
}

/// The oracle's reading of a Decimal (through its coefficient and scale, not its text).
cpp_rational exact(const Decimal& d) { return cpp_rational(cpp_int(d.coefficient().str()), pow10(d.scale())); }

/// `value` rounded to `decimals` decimals with `mode`, as the text Decimal::to_string() must give.
std::string expected_rounding(const cpp_rational& value, int decimals, Rounding mode) {
  const cpp_rational scaled = value * cpp_rational(pow10(decimals));
  const cpp_int p = abs(numerator(scaled));
  const cpp_int q = denominator(scaled);  // > 0
  const bool negative = scaled < 0;
  cpp_int t = p / q;  // |value| toward zero
  const cpp_int r = p % q;
  bool away = false;
  if (r != 0) {
    switch (mode) {
      case Rounding::toward_zero: away = false; break;
      case Rounding::floor: away = negative; break;
      case Rounding::ceiling: away = !negative; break;
      case Rounding::half_up: away = 2 * r >= q; break;
      case Rounding::half_even: away = 2 * r > q || (2 * r == q && (t & 1) != 0); break;
    }
  }
  if (away) ++t;
  std::string digits = t.str();
  if (digits.size() <= static_cast<std::size_t>(decimals)) {
    digits.insert(0, static_cast<std::size_t>(decimals) + 1 - digits.size(), '0');
  }
  if (decimals > 0) digits.insert(digits.size() - static_cast<std::size_t>(decimals), ".");
  return (negative && t != 0 ? "-" : "") + digits;
}

constexpr Rounding modes[] = {Rounding::half_up, Rounding::half_even, Rounding::floor, Rounding::ceiling,
                              Rounding::toward_zero};

void check_rounded(const Decimal& x, const Exact& ox, int decimals) {
  for (Rounding mode : modes) {
    try {
      const Decimal r = x.rounded(decimals, mode);
      check(decimals >= 0 && decimals <= Decimal::max_scale, "rounded() accepts 0–30 decimals only");
      check(r.to_string() == expected_rounding(ox.value(), decimals, mode), "rounded() as the oracle rounds");
    } catch (const wkr::Error& e) {
      if (decimals < 0 || decimals > Decimal::max_scale) {
        check_code(e, ErrorCode::invalid_argument, "bad decimals are invalid_argument");
      } else {
        check_code(e, ErrorCode::overflow, "rounded() fails only by overflow");
        check(abs(ox.coefficient) * pow10(decimals - ox.scale) > max_magnitude(),
              "rounded() overflows only when adding decimals leaves the range");
      }
    }
  }
}

void check_divide(const Decimal& a, const Exact& oa, const Decimal& b, const Exact& ob, int decimals) {
  for (Rounding mode : modes) {
    try {
      const Decimal q = Decimal::divide(a, b, decimals, mode);
      check(decimals >= 0 && decimals <= Decimal::max_scale, "divide() accepts 0–30 decimals only");
      check(ob.coefficient != 0, "divide() by zero fails");
      check(q.to_string() == expected_rounding(oa.value() / ob.value(), decimals, mode), "divide() as the oracle");
    } catch (const wkr::Error& e) {
      if (decimals < 0 || decimals > Decimal::max_scale) {
        check_code(e, ErrorCode::invalid_argument, "bad decimals are invalid_argument");
      } else if (ob.coefficient == 0) {
        check_code(e, ErrorCode::division_by_zero, "division by zero is division_by_zero");
      } else {
        // The documented method: a/10^sa ÷ b/10^sb = a·10^k ÷ b·10^−k with k = decimals − sa + sb,
        // the scaled operand within 128 bits (a zero numerator is never scaled).
        check_code(e, ErrorCode::overflow, "divide() fails only by overflow");
        const int k = decimals - oa.scale + ob.scale;
        const bool too_big = k >= 0 ? oa.coefficient != 0 && abs(oa.coefficient) * pow10(k) > max_magnitude()
                                    : abs(ob.coefficient) * pow10(-k) > max_magnitude();
        check(too_big || k > 38 || k < -38, "divide() overflows only when a scaled operand leaves the range");
      }
    }
  }
}

/// a + b and a − b: exact at the larger scale, or overflow when an aligned operand or the result
/// leaves the 128-bit range.
void check_sum(const Decimal& a, const Exact& oa, const Decimal& b, const Exact& ob, bool subtract) {
  const int scale = oa.scale > ob.scale ? oa.scale : ob.scale;
  const cpp_int x = oa.coefficient * pow10(scale - oa.scale);
  const cpp_int y = ob.coefficient * pow10(scale - ob.scale);
  const cpp_int total = subtract ? cpp_int(x - y) : cpp_int(x + y);
  const bool fits = abs(x) <= max_magnitude() && abs(y) <= max_magnitude() && abs(total) <= max_magnitude();
  try {
    const Decimal s = subtract ? a - b : a + b;
    check(fits, "a sum that leaves the range overflows");
    check(s.scale() == scale, "a sum has the larger scale");
    check(exact(s) == cpp_rational(total, pow10(scale)), "a sum is exact");
  } catch (const wkr::Error& e) {
    check_code(e, ErrorCode::overflow, "a sum fails only by overflow");
    check(!fits, "a sum overflows only when it leaves the range");
  }
}

void check_product(const Decimal& a, const Exact& oa, const Decimal& b, const Exact& ob) {
  const cpp_int product = oa.coefficient * ob.coefficient;
  const bool fits = oa.scale + ob.scale <= Decimal::max_scale && abs(product) <= max_magnitude();
  try {
    const Decimal p = a * b;
    check(fits, "a product that leaves the range overflows");
    check(p.scale() == oa.scale + ob.scale, "a product's scale is the sum of the scales");
    check(exact(p) == cpp_rational(product, pow10(p.scale())), "a product is exact");
  } catch (const wkr::Error& e) {
    check_code(e, ErrorCode::overflow, "a product fails only by overflow");
    check(!fits, "a product overflows only when it leaves the range");
  }
}

/// to_scaled_integer(2): the value in cents when it is whole cents within int64.
void check_cents(const Decimal& x, const Exact& ox) {
  const cpp_rational cents = ox.value() * 100;
  const bool whole = denominator(cents) == 1;
  const bool fits = whole && numerator(cents) >= cpp_int(INT64_MIN) && numerator(cents) <= cpp_int(INT64_MAX);
  try {
    const std::int64_t c = x.to_scaled_integer(2);
    check(fits && cpp_int(c) == numerator(cents), "to_scaled_integer(2) is the exact cents");
  } catch (const wkr::Error& e) {
    check_code(e, ErrorCode::invalid_argument, "to_scaled_integer fails with invalid_argument");
    check(!fits, "to_scaled_integer fails only for a value that is not whole cents within int64");
  }
}

/// Parses `text` and checks it against the oracle; nullopt when both refuse it.
std::optional<std::pair<Decimal, Exact>> parse_both(std::string_view text) {
  const std::optional<Exact> oracle = oracle_parse(text);
  try {
    const Decimal d = Decimal::parse(text);
    check(oracle.has_value(), "parse accepts only the documented grammar");
    check(abs(oracle->coefficient) <= max_magnitude(), "parse accepts only coefficients within 128 bits");
    check(d.scale() == oracle->scale && exact(d) == oracle->value(), "parse reads the exact value");
    check(d.to_string() == expected_rounding(oracle->value(), oracle->scale, Rounding::toward_zero),
          "to_string() writes every decimal");
    check(Decimal::parse(d.to_string()).to_string() == d.to_string(), "format/parse round trip");
    return std::pair{d, *oracle};
  } catch (const wkr::Error& e) {
    if (e.code() == ErrorCode::overflow) {
      // The digits are counted as they come: a too-long number overflows before a later bad character.
      check(!oracle || abs(oracle->coefficient) > max_magnitude(), "parse overflows only beyond 128 bits");
    } else {
      check_code(e, ErrorCode::parse, "parse fails with parse or overflow");
      check(!oracle, "parse refuses only what the grammar refuses");
    }
    return std::nullopt;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 256) return 0;  // two decimals of at most 40 characters and options: longer adds nothing
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t first_end = input.find('\n');
  const std::string_view first = input.substr(0, first_end);
  std::string_view rest = first_end == std::string_view::npos ? std::string_view() : input.substr(first_end + 1);
  const std::size_t second_end = rest.find('\n');
  const std::string_view second =
      first_end == std::string_view::npos ? std::string_view("1") : rest.substr(0, second_end);
  const std::string_view options =
      second_end == std::string_view::npos ? std::string_view() : rest.substr(second_end + 1);
  const int decimals = options.empty() ? 2 : static_cast<int>(static_cast<unsigned char>(options[0]) % 33) - 1;

  const auto a = parse_both(first);
  const auto b = parse_both(second);
  if (a) {
    check_rounded(a->first, a->second, decimals);
    check_cents(a->first, a->second);
  }
  if (a && b) {
    check_sum(a->first, a->second, b->first, b->second, false);
    check_sum(a->first, a->second, b->first, b->second, true);
    check_product(a->first, a->second, b->first, b->second);
    check_divide(a->first, a->second, b->first, b->second, decimals);
    const auto order = a->first <=> b->first;
    const cpp_rational x = a->second.value();
    const cpp_rational y = b->second.value();
    check((order < 0) == (x < y) && (order == 0) == (x == y), "comparison as the oracle compares");
  }
  return 0;
}
