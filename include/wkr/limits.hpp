// wkr — the limits of every input: the largest amount, quantity, distance and day count, the years
// and the weekly patterns wkr accepts (docs/limits.md). They are engineering limits, not fiscal
// figures: they keep every intermediate of every rule far inside the exact 128-bit range and catch
// a typo (a wage bill with 30 digits, the year -2025) before it becomes an answer. That is why they
// live here in code and not in data/nl. The rules check their inputs with these functions, so the
// command, the JSON requests, the C ABI, Python and C# give the same error for the same input.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "wkr/decimal.hpp"
#include "wkr/error.hpp"
#include "wkr/phrase.hpp"

namespace wkr::limits {

/// The largest amount of money, a wage bill included: €1 000 000 000 000 (10^12), more than twice
/// the fiscal wage of every employee in the Netherlands together.
inline constexpr std::int64_t max_amount = 1'000'000'000'000;
/// The largest count that is not days or kilometres (an item's quantity, which may be an actual
/// cost): the same as an amount.
inline constexpr std::int64_t max_quantity = max_amount;
/// The largest distance in kilometres, one way or for a year: 10^6 (25 times around the earth).
inline constexpr std::int64_t max_km = 1'000'000;
/// The largest count of days or weeks: those of one year, at most 366.
inline constexpr std::int64_t max_days = 366;
/// The most decimals an input number carries (an amount, quantity, distance or day count).
inline constexpr int max_decimals = 6;
/// The calendar years wkr accepts; the tables cover fewer (Parameters::covered_years).
inline constexpr int first_year = 2000;
inline constexpr int last_year = 2099;

namespace detail {
/// Whether 0 ≤ value ≤ largest with at most max_decimals decimals.
[[nodiscard]] inline bool within(const Decimal& value, std::int64_t largest) {
  if (value.is_negative() || value.scale() > max_decimals) return false;
  // value ≤ largest ⇔ coefficient ≤ largest × 10^scale, at most 10^18 (largest ≤ 10^12, scale ≤ 6):
  // multiplied as plain integers, so no checked multiplication runs on every input of every rule.
  const auto power = wkr::detail::decimal::powers_of_ten[static_cast<std::size_t>(value.scale())];
  return value.coefficient() <= Decimal::Coefficient(static_cast<wkr::detail::decimal::Magnitude>(largest) * power);
}

/// Why `value` is more than largest or more precise than max_decimals, in words naming `what`;
/// empty when it is neither. A negative value is its caller's check (require_non_negative).
[[nodiscard, gnu::cold]] inline Phrase problem(const Decimal& value, const Noun& what, std::int64_t largest,
                                               std::string_view unit) {
  if (value.is_negative() || within(value, largest)) return {};
  if (value.scale() > max_decimals) return say("error.limits.decimals", what.phrase(), num(value), num(max_decimals));
  if (unit.empty()) return say("error.limits.largest", what.phrase(), num(value), num(largest));
  return say("error.limits.largest_unit", what.phrase(), num(value), num(largest), noun(unit));
}

/// Throws the error of a value that is not within(value, largest): negative, or problem().
[[noreturn, gnu::cold, gnu::noinline]] inline void not_within(const Decimal& value, const Noun& what,
                                                              std::int64_t largest, std::string_view unit) {
  require_non_negative(value, what);
  throw Error(ErrorCode::invalid_argument, problem(value, what, largest, unit));
}

/// Throws Error(invalid_argument) with the problem of `value` unless it is within(value, largest).
/// Inlined, so that a value within the limits costs the comparison and not the call (nor the
/// making of `what`, which only the cold path reads).
[[gnu::always_inline]] inline void require_within(const Decimal& value, const Noun& what, std::int64_t largest,
                                                  std::string_view unit) {
  if (within(value, largest)) [[likely]]
    return;
  not_within(value, what, largest, unit);
}
}  // namespace detail

/// Whether `value` is an amount require_amount accepts (to name the value only when it is not).
[[nodiscard]] inline bool is_amount(const Decimal& value) { return detail::within(value, max_amount); }

/// An amount of money: 0 to max_amount euros, at most max_decimals decimals. Error(invalid_argument)
/// naming `what` otherwise.
inline void require_amount(const Decimal& value, const Noun& what) {
  detail::require_within(value, what, max_amount, "euros");
}

/// A count such as an item's quantity: 0 to max_quantity.
inline void require_quantity(const Decimal& value, const Noun& what) {
  detail::require_within(value, what, max_quantity, "");
}

/// A distance: 0 to max_km kilometres.
inline void require_km(const Decimal& value, const Noun& what) { detail::require_within(value, what, max_km, "km"); }

/// A count of days (or weeks) in a year: 0 to max_days.
inline void require_days(const Decimal& value, const Noun& what) {
  detail::require_within(value, what, max_days, "days");
}

/// A calendar year from first_year to last_year: Error(invalid_argument) otherwise.
inline void require_year(int year) {
  if (year < first_year || year > last_year) [[unlikely]] {
    throw Error(ErrorCode::invalid_argument,
                say("error.limits.year", std::to_string(year), std::to_string(first_year), std::to_string(last_year)));
  }
}

/// Days a week of a weekly pattern: 1 to 7, or 0 to 7 where `zero_allowed` (no such days is a
/// meaningful answer there). Error(invalid_argument) naming `what` otherwise.
inline void require_days_per_week(int days, const Noun& what, bool zero_allowed = false) {
  if (days < (zero_allowed ? 0 : 1) || days > 7) [[unlikely]] {
    throw Error(ErrorCode::invalid_argument,
                say("error.limits.days_per_week", what.phrase(), num(days), zero_allowed ? "0" : "1"));
  }
}

}  // namespace wkr::limits
