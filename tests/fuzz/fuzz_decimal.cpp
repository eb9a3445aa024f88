// Fuzz target: decimal parsing, formatting and arithmetic. Two lines of input are two decimals.
// Anything that parses must round-trip exactly, and the arithmetic must keep its promises:
// (a + b) − b = a, floor ≤ x ≤ ceiling one step apart at most, half-up between them, and a
// floored quotient q satisfies q·b ≤ a < (q + step)·b. Errors must be wkr::Error, never a crash.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "wkr/decimal.hpp"

namespace {

using wkr::Decimal;
using wkr::Rounding;

/// A broken promise: say which, then trap so the fuzzer keeps the input.
void check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "broken promise: %s\n", what);
    __builtin_trap();
  }
}

void check_rounding(const Decimal& x) {
  for (int decimals : {0, 2}) {
    const Decimal lo = x.rounded(decimals, Rounding::floor);
    const Decimal hi = x.rounded(decimals, Rounding::ceiling);
    const Decimal step = Decimal::from_coefficient(1, decimals);
    check(lo <= x && x <= hi, "floor <= x <= ceiling");
    check(hi - lo == Decimal() || hi - lo == step, "ceiling - floor is 0 or one step");
    for (Rounding mode : {Rounding::half_up, Rounding::half_even, Rounding::toward_zero}) {
      const Decimal r = x.rounded(decimals, mode);
      check(r == lo || r == hi, "every mode picks a neighbour");
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t newline = input.find('\n');
  const std::string_view first = input.substr(0, newline);
  const std::string_view second = newline == std::string_view::npos ? std::string_view("1") : input.substr(newline + 1);
  try {
    const Decimal a = Decimal::parse(first);
    check(Decimal::parse(a.to_string()).to_string() == a.to_string(), "format/parse round trip");
    check_rounding(a);
    const Decimal b = Decimal::parse(second);
    try {
      check((a + b) - b == a, "(a + b) - b == a");
      check(a * b == b * a, "a * b == b * a");
    } catch (const wkr::Error& e) {
      check(e.code() == wkr::ErrorCode::overflow, "arithmetic fails only by overflow");
    }
    if (!b.is_zero() && !b.is_negative()) {
      try {
        const Decimal q = Decimal::divide(a, b, 2, Rounding::floor);
        const Decimal step = Decimal::from_coefficient(1, 2);
        check(q * b <= a && a < (q + step) * b, "floored quotient brackets a / b");
      } catch (const wkr::Error& e) {
        check(e.code() == wkr::ErrorCode::overflow, "division fails only by overflow");
      }
    }
  } catch (const wkr::Error& e) {
    check(e.code() == wkr::ErrorCode::parse || e.code() == wkr::ErrorCode::overflow, "parse errors are parse or overflow");
  }
  return 0;
}
