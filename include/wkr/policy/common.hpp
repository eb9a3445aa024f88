// wkr — what the parts of the policy engine share (docs/policy.md): an employee's weekly pattern,
// the way he travels, the employee's marginal rate and the gross-up it implies.
//
// wkr does not compute income tax: the caller passes the employee's marginal rate (the rate of his
// last euro of wage, e.g. 0.3756), and wkr uses it for one thing only — what it costs the employer
// to pay an amount as wage so that the employee keeps the same net amount as when it is
// designated: the gross-up N / (1 − r).
#pragma once

#include <string>
#include <string_view>

#include "wkr/decimal.hpp"
#include "wkr/error.hpp"
#include "wkr/limits.hpp"
#include "wkr/phrase.hpp"

namespace wkr {

/// The days of a usual working week (werkpatroon): at the employer's fixed workplace (the office),
/// at home, and at a co-working space. A co-working day is a travel day, not a home-working day:
/// the home-working allowance covers costs at home (MvT Belastingplan 2022 §11), and travel to a
/// co-working space is exempt travel (KG:204:2024:6).
struct WeeklyPattern {
  int office_days = 0;
  int home_days = 0;
  int coworking_days = 0;

  [[nodiscard]] int working_days() const { return office_days + home_days + coworking_days; }
};

/// Throws Error(invalid_argument) unless every count is 0–7 and together they are 1–7 days.
inline void check_pattern(const WeeklyPattern& pattern) {
  for (const auto& [count, what] :
       {std::pair{pattern.office_days, "the office days"}, std::pair{pattern.home_days, "the home days"},
        std::pair{pattern.coworking_days, "the co-working days"}}) {
    if (count < 0 || count > 7) {
      throw Error(ErrorCode::invalid_argument, say("error.pattern.days_a_week", noun(what), num(count)));
    }
  }
  if (pattern.working_days() < 1 || pattern.working_days() > 7) {
    throw Error(ErrorCode::invalid_argument, say("error.pattern.working_days", num(pattern.working_days())));
  }
}

/// How an employee travels to work.
enum class TravelMode {
  car,               ///< own transport (car, motorbike): exempt by the km
  bike,              ///< own bicycle or on foot: exempt by the km
  public_transport,  ///< exempt at the actual cost of the tickets, or by the km
  company_bicycle,   ///< a bicycle the employer provides (fiets van de zaak): no exemption by the km
};

/// "car", "bike", "public-transport", "company-bicycle": the spelling of the command, JSON and CSV.
[[nodiscard]] inline std::string_view to_string(TravelMode mode) {
  switch (mode) {
    case TravelMode::car: return "car";
    case TravelMode::bike: return "bike";
    case TravelMode::public_transport: return "public-transport";
    case TravelMode::company_bicycle: return "company-bicycle";
  }
  return "?";
}

[[nodiscard]] inline TravelMode parse_travel_mode(std::string_view text) {
  for (TravelMode mode :
       {TravelMode::car, TravelMode::bike, TravelMode::public_transport, TravelMode::company_bicycle}) {
    if (text == to_string(mode)) return mode;
  }
  throw Error(ErrorCode::parse, say("error.travel_mode", std::string(text)));
}

/// Throws Error(invalid_argument) unless 0 ≤ rate < 1 (a marginal rate of 1 would leave nothing
/// to gross up); the message names `employee` when given.
inline void require_marginal_rate(const Decimal& rate, std::string_view employee = {}) {
  if (rate.is_negative() || !(rate < Decimal::from_integer(1))) {
    const Phrase whose =
        employee.empty() ? noun("the marginal rate") : say("error.rates.rate_of", std::string(employee));
    throw Error(ErrorCode::invalid_argument, say("error.rates.fraction", whose, num(rate)));
  }
}

/// Throws Error(invalid_argument) when `amount` is negative or has a fraction of a cent.
inline void require_cents(const Decimal& amount, const Noun& what) {
  require_non_negative(amount, what);
  if (amount.scale() > 2 && amount.rounded(2, Rounding::toward_zero) != amount) {
    throw Error(ErrorCode::invalid_argument, say("error.whole_cents", what.phrase(), num(amount)));
  }
  limits::require_amount(amount, what);
}

/// `amount` written with two decimals when that is exact, else with the fewest decimals that are
/// (360 → 360.00, 332.8880 → 332.888). It never rounds: only zeros are added or dropped.
[[nodiscard]] inline Decimal exact_money(const Decimal& amount) {
  for (int decimals = 2; decimals < amount.scale(); ++decimals) {
    const Decimal shorter = amount.rounded(decimals, Rounding::toward_zero);
    if (shorter == amount) return shorter;
  }
  return amount.scale() < 2 ? amount.rounded(2, Rounding::toward_zero) : amount;
}

/// How a gross-up is brought to cents: up. Paid as wage, the gross G leaves the employee
/// G × (1 − r) after tax at his marginal rate; rounding G up means he never keeps less than the net
/// amount he would have had designated, and the employer's cost of the wage route is never
/// understated in a comparison. No rule of law prescribes it: it is the model's choice.
inline constexpr Rounding gross_up_rounding = Rounding::ceiling;

/// The gross wage that leaves `net` after tax at marginal rate `rate`: net / (1 − rate), in cents,
/// rounded up (gross_up_rounding).
[[nodiscard]] inline Decimal gross_up(const Decimal& net, const Decimal& rate) {
  return Decimal::divide(net, Decimal::from_integer(1) - rate, 2, gross_up_rounding);
}

}  // namespace wkr
