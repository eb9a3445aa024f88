// wkr — an amount split exactly over periods: an annual fixed allowance, a yearly budget or an
// annual levy over the 12 or 13 return periods of a year, in cents, so that the parts add up to the
// amount exactly — no cent created or lost.
//
// The rule (largest remainder, Hamilton's method): every part is its exact share rounded down to
// the cent; the cents that are left go one each to the parts with the largest remainders, and
// between equal remainders to the earliest period. An even split of €1,000.00 over 12 periods is
// therefore €83.34 for periods 1–4 and €83.33 for periods 5–12. No law prescribes a rule for this:
// the split moves nothing between years, only cents between periods of one year.
#pragma once

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <span>
#include <string>
#include <vector>

#include "wkr/decimal.hpp"
#include "wkr/error.hpp"
#include "wkr/limits.hpp"

namespace wkr {

/// `amount` (whole cents, not negative) over `weights.size()` periods in proportion to the weights
/// (whole numbers, not negative, not all 0), by the largest-remainder rule above. A period of
/// weight 0 gets 0.00. Errors (invalid_argument): a negative amount, a fraction of a cent, no
/// period, a negative weight or weights that are all 0.
[[nodiscard]] inline std::vector<Decimal> distribute(const Decimal& amount, std::span<const int> weights) {
  limits::require_amount(amount, "the amount to distribute");
  const Decimal cents = amount.rounded(2, Rounding::toward_zero);
  if (cents != amount) {
    throw Error(ErrorCode::invalid_argument, say("error.distribution.fraction_of_cent", num(amount)));
  }
  if (weights.empty()) throw Error(ErrorCode::invalid_argument, say("error.distribution.no_period"));
  std::int64_t total_weight = 0;
  for (const int w : weights) {
    if (w < 0) {
      throw Error(ErrorCode::invalid_argument, say("error.distribution.negative_weight", num(w)));
    }
    total_weight += w;
  }
  if (total_weight == 0) {
    throw Error(ErrorCode::invalid_argument, say("error.distribution.all_zero"));
  }
  // In whole cents: share_i = total × w_i / W = floor + remainder / W.
  const Decimal total = Decimal::from_coefficient(cents.coefficient(), 0);
  const Decimal divisor = Decimal::from_integer(total_weight);
  std::vector<Decimal> parts(weights.size());
  std::vector<Decimal> remainders(weights.size());
  Decimal handed_out;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    const Decimal share = total * Decimal::from_integer(weights[i]);
    parts[i] = Decimal::divide(share, divisor, 0, Rounding::floor);
    remainders[i] = share - parts[i] * divisor;
    handed_out += parts[i];
  }
  // The cents left over (fewer than the number of periods) go to the largest remainders, earliest first.
  std::vector<std::size_t> order(weights.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return remainders[b] < remainders[a]; });
  const std::int64_t left = (total - handed_out).to_integer();
  for (std::int64_t k = 0; k < left; ++k) parts[order[static_cast<std::size_t>(k)]] += Decimal::from_integer(1);
  for (Decimal& part : parts) part = Decimal::from_coefficient(part.coefficient(), 2);
  return parts;
}

/// `amount` evenly over `periods` periods (12 monthly, 13 four-weekly), by the same rule.
[[nodiscard]] inline std::vector<Decimal> distribute(const Decimal& amount, int periods) {
  if (periods < 1) {
    throw Error(ErrorCode::invalid_argument, say("error.distribution.periods", num(periods)));
  }
  const std::vector<int> even(static_cast<std::size_t>(periods), 1);
  return distribute(amount, even);
}

}  // namespace wkr
