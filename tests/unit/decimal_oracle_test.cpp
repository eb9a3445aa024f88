// wkr::Decimal's fast paths against an independent computation: every operation on values at and
// around the boundaries the fast paths switch on (2^63, 2^64, 10^19, 2^127, 2^128 − 1), on both
// signs, at several scales, and in every rounding mode — compared with Boost's unbounded cpp_int
// and cpp_rational, which know nothing of 128 bits, 64-bit shortcuts or Decimal's code. Then the
// same on seeded random values of every bit length.
#include <gtest/gtest.h>

#include <boost/multiprecision/cpp_int.hpp>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "wkr/decimal.hpp"

namespace {

// Without expression templates, so every intermediate is a plain value.
using cpp_int = boost::multiprecision::number<boost::multiprecision::cpp_int_backend<>, boost::multiprecision::et_off>;
using cpp_rational = boost::multiprecision::number<
    boost::multiprecision::rational_adaptor<boost::multiprecision::cpp_int_backend<>>, boost::multiprecision::et_off>;
using wkr::Decimal;
using wkr::ErrorCode;
using wkr::Rounding;

const cpp_int max_coefficient = (cpp_int(1) << 128) - 1;  // the checked 128-bit range, both signs

/// A value as the oracle sees it: an unbounded coefficient and a scale.
struct Exact {
  cpp_int coefficient;
  int scale = 0;
};

cpp_int pow10(int exponent) {
  cpp_int p = 1;
  for (int i = 0; i < exponent; ++i) p *= 10;
  return p;
}

/// The oracle's result: a value, or the error code Decimal must throw.
struct Expected {
  std::optional<Exact> value;
  ErrorCode error = ErrorCode::overflow;
};

Expected in_range(const cpp_int& coefficient, int scale) {
  if (abs(coefficient) > max_coefficient) return {};
  return {Exact{coefficient, scale}};
}

Decimal to_decimal(const Exact& e) {
  return Decimal::from_coefficient(Decimal::Coefficient(e.coefficient.str()), e.scale);
}

/// The oracle's text: the digits of the coefficient with the point put in.
std::string text_of(const Exact& e) {
  std::string digits = abs(e.coefficient).str();
  const auto scale = static_cast<std::size_t>(e.scale);
  if (digits.size() <= scale) digits.insert(0, scale + 1 - digits.size(), '0');
  if (scale > 0) digits.insert(digits.size() - scale, 1, '.');
  return (e.coefficient < 0 ? "-" : "") + digits;
}

/// The integer that x rounds to with `mode`, from the floor of x and exact rational comparisons.
cpp_int round_rational(const cpp_rational& x, Rounding mode) {
  const cpp_int n = numerator(x);
  const cpp_int d = denominator(x);  // > 0
  cpp_int floor = n / d;             // truncated
  if (floor * d > n) floor -= 1;     // now floor ≤ x < floor + 1
  const bool whole = floor * d == n;
  const cpp_int ceiling = whole ? floor : floor + 1;
  const cpp_rational above_floor = x - cpp_rational(floor);  // in [0, 1)
  const cpp_rational half(1, 2);
  switch (mode) {
    case Rounding::floor: return floor;
    case Rounding::ceiling: return ceiling;
    case Rounding::toward_zero: return x >= 0 ? floor : ceiling;
    case Rounding::half_up:
      if (above_floor == half) return x >= 0 ? ceiling : floor;
      return above_floor < half ? floor : ceiling;
    case Rounding::half_even:
      if (above_floor == half) return floor % 2 == 0 ? floor : ceiling;
      return above_floor < half ? floor : ceiling;
  }
  return 0;
}

cpp_rational rational(const Exact& e) { return cpp_rational(e.coefficient, pow10(e.scale)); }

Expected sum(const Exact& a, const Exact& b, bool subtract) {
  const int scale = std::max(a.scale, b.scale);
  const cpp_int x = a.coefficient * pow10(scale - a.scale);
  const cpp_int y = b.coefficient * pow10(scale - b.scale);
  // Decimal aligns both operands first: an operand that cannot be aligned is an overflow.
  if (abs(x) > max_coefficient || abs(y) > max_coefficient) return {};
  return in_range(subtract ? x - y : x + y, scale);
}

Expected product(const Exact& a, const Exact& b) {
  if (a.scale + b.scale > Decimal::max_scale) return {};
  return in_range(a.coefficient * b.coefficient, a.scale + b.scale);
}

Expected rounded(const Exact& a, int decimals, Rounding mode) {
  if (decimals >= a.scale) return in_range(a.coefficient * pow10(decimals - a.scale), decimals);
  return in_range(round_rational(cpp_rational(a.coefficient, pow10(a.scale - decimals)), mode), decimals);
}

Expected quotient(const Exact& a, const Exact& b, int decimals, Rounding mode) {
  if (b.coefficient == 0) return {std::nullopt, ErrorCode::division_by_zero};
  // Decimal scales the numerator or the denominator by 10^|exponent| first; that must fit.
  const int exponent = decimals - a.scale + b.scale;
  const cpp_int n = exponent >= 0 ? a.coefficient * pow10(exponent) : a.coefficient;
  const cpp_int d = exponent >= 0 ? b.coefficient : b.coefficient * pow10(-exponent);
  const bool n_scaled = exponent > 0 && a.coefficient != 0;
  const bool d_scaled = exponent < 0;
  if ((n_scaled && (exponent > 38 || abs(n) > max_coefficient)) ||
      (d_scaled && (-exponent > 38 || abs(d) > max_coefficient))) {
    return {};
  }
  return in_range(round_rational(cpp_rational(n, d), mode), decimals);
}

constexpr Rounding all_modes[] = {Rounding::half_up, Rounding::half_even, Rounding::floor, Rounding::ceiling,
                                  Rounding::toward_zero};

/// Runs `f` and compares with `expected`: the same coefficient and scale, or the same error.
template <class F>
void expect(const Expected& expected, F&& f, const std::string& what) {
  try {
    const Decimal got = f();
    ASSERT_TRUE(expected.value.has_value()) << what << ": expected an error, got " << got.to_string();
    EXPECT_EQ(cpp_int(got.coefficient()), expected.value->coefficient) << what;
    EXPECT_EQ(got.scale(), expected.value->scale) << what;
  } catch (const wkr::Error& e) {
    ASSERT_FALSE(expected.value.has_value()) << what << ": expected " << text_of(*expected.value) << ", got error "
                                             << e.what();
    EXPECT_EQ(e.code(), expected.error) << what << ": " << e.what();
  }
}

/// Every operation on a and b against the oracle.
void check_pair(const Exact& a, const Exact& b) {
  const Decimal x = to_decimal(a);
  const Decimal y = to_decimal(b);
  const std::string what = text_of(a) + " and " + text_of(b);
  expect(sum(a, b, false), [&] { return x + y; }, what + ": +");
  expect(sum(a, b, true), [&] { return x - y; }, what + ": -");
  expect(product(a, b), [&] { return x * y; }, what + ": *");
  const cpp_rational ra = rational(a);
  const cpp_rational rb = rational(b);
  EXPECT_EQ(x < y, ra < rb) << what << ": <";
  EXPECT_EQ(x == y, ra == rb) << what << ": ==";
  EXPECT_EQ(y < x, rb < ra) << what << ": >";
  for (Rounding mode : all_modes) {
    for (int decimals : {0, 2, a.scale}) {
      expect(quotient(a, b, decimals, mode), [&] { return Decimal::divide(x, y, decimals, mode); },
             what + ": divide to " + std::to_string(decimals) + " " + std::string(to_string(mode)));
    }
  }
}

/// Everything one value does alone: text both ways, rounding, negation, to_integer.
void check_single(const Exact& a) {
  const Decimal x = to_decimal(a);
  const std::string text = text_of(a);
  EXPECT_EQ(x.to_string(), text);
  const Decimal parsed = Decimal::parse(text);
  EXPECT_EQ(cpp_int(parsed.coefficient()), a.coefficient) << text;
  EXPECT_EQ(parsed.scale(), a.scale) << text;
  EXPECT_EQ(x.is_negative(), a.coefficient < 0) << text;
  EXPECT_EQ(x.is_zero(), a.coefficient == 0) << text;
  EXPECT_EQ(cpp_int((-x).coefficient()), -a.coefficient) << text;
  for (Rounding mode : all_modes) {
    for (int decimals : {0, 1, 2, 4, 19, 30}) {
      expect(rounded(a, decimals, mode), [&] { return x.rounded(decimals, mode); },
             text + " to " + std::to_string(decimals) + " " + std::string(to_string(mode)));
    }
  }
  // to_integer() and to_scaled_integer(2), the cents of the batches: exact and within int64, or an error.
  for (int decimals : {0, 2}) {
    const cpp_int scaled = a.coefficient * pow10(decimals);
    const cpp_int divisor = pow10(a.scale);
    const cpp_int integer = scaled / divisor;
    if (scaled % divisor == 0 && integer >= std::numeric_limits<std::int64_t>::min() &&
        integer <= std::numeric_limits<std::int64_t>::max()) {
      EXPECT_EQ(cpp_int(decimals == 0 ? x.to_integer() : x.to_scaled_integer(decimals)), integer) << text;
    } else {
      try {
        (void)(decimals == 0 ? x.to_integer() : x.to_scaled_integer(decimals));
        ADD_FAILURE() << text << " × 10^" << decimals << " is not a whole int64, yet a value came back";
      } catch (const wkr::Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::invalid_argument) << text;
      }
    }
  }
}

/// The magnitudes where a fast path begins or ends, and their neighbours.
std::vector<cpp_int> boundary_magnitudes() {
  std::vector<cpp_int> m;
  for (const cpp_int& edge : {cpp_int(1) << 63, cpp_int(1) << 64, pow10(18), pow10(19), cpp_int(1) << 127,
                              pow10(38)}) {
    m.insert(m.end(), {edge - 1, edge, edge + 1});
  }
  m.insert(m.end(), {cpp_int(0), cpp_int(1), cpp_int(5), cpp_int(15), cpp_int(25), cpp_int(1234567),
                     max_coefficient - 1, max_coefficient, (cpp_int(1) << 64) * 5 + 5});
  return m;
}

TEST(DecimalOracle, BoundariesEverySignAndScale) {
  std::vector<Exact> values;
  for (const cpp_int& m : boundary_magnitudes()) {
    for (int scale : {0, 2, 19, 30}) {
      values.push_back({m, scale});
      if (m != 0) values.push_back({-m, scale});
    }
  }
  for (const Exact& a : values) check_single(a);
  // Every pair would be 10,000 pairs × 40 operations; a stride keeps every value on both sides.
  for (std::size_t i = 0; i < values.size(); ++i) {
    for (std::size_t j = i % 3; j < values.size(); j += 3) check_pair(values[i], values[j]);
    if (HasFatalFailure()) return;
  }
}

TEST(DecimalOracle, TiesInEveryMode) {
  // x.5 at the 64-bit edge and beyond: the half-way cases of half-up and half-even.
  for (const cpp_int& whole : {cpp_int(2), cpp_int(3), (cpp_int(1) << 63) - 1, (cpp_int(1) << 64) + 1,
                               (cpp_int(1) << 120) + 1}) {
    for (int sign : {1, -1}) {
      check_single(Exact{sign * (whole * 10 + 5), 1});
      check_single(Exact{sign * (whole * 100 + 50), 2});
    }
  }
}

TEST(DecimalOracle, RandomValuesOfEveryBitLength) {
  std::mt19937_64 random(20261201);  // seeded: the same values every run
  const auto draw = [&] {
    const int bits = static_cast<int>(random() % 129);
    cpp_int m = 0;
    for (int b = 0; b < bits; b += 64) m = (m << 64) | cpp_int(random());
    m &= (cpp_int(1) << bits) - 1;
    const int scale = static_cast<int>(random() % 31);
    return Exact{random() % 2 == 0 ? m : cpp_int(-m), scale};
  };
  for (int i = 0; i < 3000; ++i) {
    const Exact a = draw();
    check_single(a);
    check_pair(a, draw());
    if (HasFatalFailure()) return;
  }
}

}  // namespace
