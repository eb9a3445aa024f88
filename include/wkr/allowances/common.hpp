// wkr — what the targeted exemptions (gerichte vrijstellingen, art. 31a lid 2 Wet LB 1964) share:
// the split of an amount paid into its exempt part and the excess, what becomes of the excess,
// how day counts are rounded, and the small exact helpers the rules are built from.
//
// Pure functions of (inputs, parameters): they read no files, keep no state and never print.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "wkr/decimal.hpp"
#include "wkr/error.hpp"
#include "wkr/explanation.hpp"
#include "wkr/parameters.hpp"

namespace wkr {

/// What becomes of the part of an allowance that is not exempt (het bovenmatige deel): the
/// employer designates it to the free space as final-levy wage (aanwijzen als eindheffingsloon,
/// art. 31 lid 1 onderdeel f Wet LB 1964) or it is taxed as the employee's wage (Handboek
/// Loonheffingen 2011 voorbeeld 6). The employer chooses; wkr designates by default.
enum class ExcessTreatment { designate, wage };

/// "designate" or "wage": the spelling on the command line, in JSON and in the items CSV.
[[nodiscard]] inline std::string_view to_string(ExcessTreatment treatment) {
  return treatment == ExcessTreatment::designate ? "designate" : "wage";
}

[[nodiscard]] inline ExcessTreatment parse_excess_treatment(std::string_view text) {
  if (text == "designate") return ExcessTreatment::designate;
  if (text == "wage") return ExcessTreatment::wage;
  throw Error(ErrorCode::parse,
              "'" + std::string(text) + "' is not a treatment of an excess; expected designate or wage");
}

/// How the day count of a fixed allowance is rounded (fiscal-facts §10, a CONFLICT between
/// sources). `exact` keeps the law's fraction (3/5 × 214 = 128.4): the conservative maximum and
/// the default. `up` rounds up to whole days (129), as many payroll sources do.
enum class DayRounding { exact, up };

[[nodiscard]] inline std::string_view to_string(DayRounding rounding) {
  return rounding == DayRounding::exact ? "exact" : "up";
}

[[nodiscard]] inline DayRounding parse_day_rounding(std::string_view text) {
  if (text == "exact") return DayRounding::exact;
  if (text == "up") return DayRounding::up;
  throw Error(ErrorCode::parse, "'" + std::string(text) + "' is not a day rounding; expected exact or up");
}

/// An amount paid against the largest amount that is exempt: exempt = min(paid, cap), and the
/// excess (paid − exempt) is either designated or wage.
struct Split {
  Decimal paid;
  Decimal cap;
  Decimal exempt;
  Decimal excess;
  ExcessTreatment treatment = ExcessTreatment::designate;
  Decimal designated;  ///< the excess when it is designated, else 0
  Decimal wage;        ///< the excess when it is wage, else 0
};

/// How an amount paid or provided to an employee is treated for wage tax: the five parts add up to
/// the amount. Used where an item is not one of the day- or km-based allowances.
struct ItemTreatment {
  Decimal amount;
  Decimal targeted_exempt;     ///< gerichte vrijstelling (art. 31a lid 2 Wet LB 1964)
  Decimal nil_valued;          ///< nihilwaardering (e.g. provisions at the workplace, werkplek)
  Decimal intermediary;        ///< intermediaire kosten: not wage at all
  Decimal designated;          ///< designated to the free space (eindheffingsloon)
  Decimal wage;                ///< the employee's wage
  std::optional<Decimal> cap;  ///< the largest exempt amount, where a rule has one
  Explanation explanation;

  /// Everything that is neither designated nor wage.
  [[nodiscard]] Decimal exempt() const { return targeted_exempt + nil_valued + intermediary; }
};

namespace detail::allowance {

inline Step step(std::string rule, std::string reference, std::string formula, std::vector<Quantity> inputs,
                 std::vector<UsedParameter> parameters, Quantity result,
                 std::optional<AppliedRounding> rounding = std::nullopt) {
  return Step{std::move(rule),       std::move(reference), std::move(formula), std::move(inputs),
              std::move(parameters), std::move(result),    std::move(rounding)};
}

inline void require_non_negative(const Decimal& amount, const std::string& what) {
  if (amount.is_negative()) {
    throw Error(ErrorCode::invalid_argument, what + " is " + amount.to_string() + "; it cannot be negative");
  }
}

/// A count of days is a whole number: a partial home-working day counts as a whole day.
inline void require_whole(const Decimal& amount, const std::string& what) {
  require_non_negative(amount, what);
  if (amount.rounded(0, Rounding::toward_zero) != amount) {
    throw Error(ErrorCode::invalid_argument,
                what + " is " + amount.to_string() + "; give a whole number (a partial day counts as a day)");
  }
}

/// a / b when the quotient is a finite decimal (214 × 3 / 5 = 128.4), with the fewest decimals;
/// nothing when it is not (214 × 5 / 12). Exact: no digit is ever dropped.
[[nodiscard]] inline std::optional<Decimal> exact_quotient(const Decimal& a, const Decimal& b) {
  for (int decimals = 0; decimals + b.scale() <= Decimal::max_scale; ++decimals) {
    const Decimal q = Decimal::divide(a, b, decimals, Rounding::toward_zero);
    if (q * b == a) return q;
  }
  return std::nullopt;
}

/// The number of a parameter lookup, for the shapes that hold one.
[[nodiscard]] inline const Decimal& number(const ParameterUse& use) { return std::get<Decimal>(use.value()); }

/// A yes/no rule from the tables (unit flag): 0 or 1, anything else is bad data.
[[nodiscard]] inline bool flag(const ParameterUse& use) {
  const Decimal& value = number(use);
  if (value != Decimal::from_integer(0) && value != Decimal::from_integer(1)) {
    throw Error(ErrorCode::data, "parameter '" + use.name() + "' is a flag: 0 or 1, not " + value.to_string(),
                use.entry->where);
  }
  return value == Decimal::from_integer(1);
}

/// A whole number from the tables (days in a week, months), checked to be one.
[[nodiscard]] inline int whole_number(const ParameterUse& use, int at_least, int at_most) {
  const Decimal& value = number(use);
  if (value.rounded(0, Rounding::toward_zero) != value || value < Decimal::from_integer(at_least) ||
      Decimal::from_integer(at_most) < value) {
    throw Error(ErrorCode::data,
                "parameter '" + use.name() + "' must be a whole number from " + std::to_string(at_least) + " to " +
                    std::to_string(at_most) + ", not " + value.to_string(),
                use.entry->where);
  }
  return static_cast<int>(value.rounded(0, Rounding::toward_zero).coefficient());
}

/// The exempt maximum round_cap() gives for `exact`, without recording a step (to compare
/// alternatives, as the same-day rule does).
[[nodiscard]] inline Decimal cap_in_cents(const Parameters& parameters, int year, const Decimal& exact) {
  if (exact.scale() <= 2) return exact;
  // Trailing zeros (17.250) are dropped without a rounding: no digit is lost.
  if (const Decimal cents = exact.rounded(2, Rounding::toward_zero); cents == exact) return cents;
  return std::get<RoundingRule>(parameters.at_year("allowances.cap_rounding", year).value()).apply(exact);
}

/// An exempt maximum with more than two decimals (a distance with decimals, a pro-rata day count)
/// is brought to cents with allowances.cap_rounding (down: never a cent more than the law gives).
/// A maximum in cents (also 17.250) is returned in cents and no step is recorded.
[[nodiscard]] inline Decimal round_cap(const Parameters& parameters, int year, const Decimal& exact,
                                       const std::string& rule, const std::string& result_name,
                                       Explanation& explanation) {
  const Decimal rounded = cap_in_cents(parameters, year, exact);
  if (rounded == exact) return rounded;
  const ParameterUse use = parameters.at_year("allowances.cap_rounding", year);
  const RoundingRule& rounding = std::get<RoundingRule>(use.value());
  explanation.steps.push_back(step(rule, "no statutory rule found; see the parameter's note", exact.to_string(), {},
                                   {describe(use)}, {result_name, rounded, "eur"},
                                   AppliedRounding{exact, rounding.decimals, rounding.mode}));
  return rounded;
}

/// paid against cap: the exempt part and what becomes of the excess, as one step.
[[nodiscard]] inline Split split(const Decimal& paid, const Decimal& cap, ExcessTreatment treatment,
                                 const std::string& reference, Explanation& explanation) {
  require_non_negative(paid, "the amount paid");
  Split s;
  s.paid = paid;
  s.cap = cap;
  s.exempt = min(paid, cap);
  s.excess = paid - s.exempt;
  s.treatment = treatment;
  s.designated = treatment == ExcessTreatment::designate ? s.excess : Decimal();
  s.wage = treatment == ExcessTreatment::wage ? s.excess : Decimal();
  const std::string fate = treatment == ExcessTreatment::designate
                               ? "the excess is designated to the free space (art. 31 lid 1 onderdeel f Wet LB 1964)"
                               : "the excess is taxed as the employee's wage";
  explanation.steps.push_back(step("allowance.split", reference + "; " + fate,
                                   "exempt = min(" + paid.to_string() + ", " + cap.to_string() +
                                       "); excess = " + paid.to_string() + " − " + s.exempt.to_string(),
                                   {{"paid", paid, "eur"}, {"cap", cap, "eur"}, {"exempt", s.exempt, "eur"}}, {},
                                   {"excess", s.excess, "eur"}));
  return s;
}

/// The part of an amount that no targeted exemption covers, as designated or wage.
[[nodiscard]] inline Split not_exempt(const Decimal& amount, ExcessTreatment treatment) {
  require_non_negative(amount, "the amount");
  Split s;
  s.paid = amount;
  s.excess = amount;
  s.treatment = treatment;
  s.designated = treatment == ExcessTreatment::designate ? amount : Decimal();
  s.wage = treatment == ExcessTreatment::wage ? amount : Decimal();
  return s;
}

/// A Split as an ItemTreatment: the exempt part is a targeted exemption.
[[nodiscard]] inline ItemTreatment from_split(const Split& s, Explanation explanation) {
  ItemTreatment t;
  t.amount = s.paid;
  t.targeted_exempt = s.exempt;
  t.designated = s.designated;
  t.wage = s.wage;
  t.cap = s.cap;
  t.explanation = std::move(explanation);
  return t;
}

/// An amount no exemption covers, designated or wage as `treatment` says, with the step saying why.
[[nodiscard]] inline ItemTreatment not_exempt_item(const Decimal& amount, ExcessTreatment treatment, std::string rule,
                                                   std::string reference, std::string formula) {
  const Split s = not_exempt(amount, treatment);
  ItemTreatment t = from_split(s, {});
  t.cap.reset();
  const bool designate = treatment == ExcessTreatment::designate;
  t.explanation.steps.push_back(step(std::move(rule),
                                     std::move(reference) + (designate ? "; designated to the free space (art. 31 lid "
                                                                         "1 onderdeel f Wet LB 1964)"
                                                                       : "; taxed as the employee's wage"),
                                     std::move(formula), {{"paid", amount, "eur"}}, {},
                                     {designate ? "designated" : "wage", amount, "eur"}));
  return t;
}

/// The error for a list of bad rows (items, calendar days): all of them on one line, each with its
/// origin, and the fact that nothing was evaluated.
[[nodiscard]] inline Error bad_rows(const std::string& source, const std::vector<std::string>& problems) {
  std::string message = source + ": " + std::to_string(problems.size()) + " bad row" +
                        (problems.size() == 1 ? "" : "s") + ", nothing was evaluated — ";
  for (std::size_t i = 0; i < problems.size(); ++i) message += (i ? "; " : "") + problems[i];
  return Error(ErrorCode::invalid_argument, message);
}

/// "YYYY-MM-DD" → a date; Error(parse) otherwise.
[[nodiscard]] inline std::chrono::year_month_day parse_date(std::string_view text) {
  const auto digits = [&](std::size_t from, std::size_t count) {
    for (std::size_t i = from; i < from + count; ++i) {
      if (text[i] < '0' || text[i] > '9') return false;
    }
    return true;
  };
  const auto value = [&](std::size_t from, std::size_t count) {
    int n = 0;
    for (std::size_t i = from; i < from + count; ++i) n = n * 10 + (text[i] - '0');
    return n;
  };
  if (text.size() == 10 && digits(0, 4) && text[4] == '-' && digits(5, 2) && text[7] == '-' && digits(8, 2)) {
    const std::chrono::year_month_day date{std::chrono::year{value(0, 4)},
                                           std::chrono::month{static_cast<unsigned>(value(5, 2))},
                                           std::chrono::day{static_cast<unsigned>(value(8, 2))}};
    if (date.ok()) return date;
  }
  throw Error(ErrorCode::parse, "'" + std::string(text) + "' is not a date; write YYYY-MM-DD, e.g. 2025-09-07");
}

/// The number of days of a calendar year (365 or 366).
[[nodiscard]] inline int days_in_year(int year) { return std::chrono::year{year}.is_leap() ? 366 : 365; }

}  // namespace detail::allowance

}  // namespace wkr
