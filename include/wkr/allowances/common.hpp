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
#include "wkr/limits.hpp"
#include "wkr/parameters.hpp"
#include "wkr/phrase.hpp"

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
  throw Error(ErrorCode::parse, say("error.excess_treatment", std::string(text)));
}

/// How the day count of a fixed allowance is rounded (the sources disagree). `exact` keeps the
/// law's fraction (3/5 × 214 = 128.4): the conservative maximum and the default. `up` rounds up to
/// whole days (129), as many payroll sources do (randstad.nl, bcs.nl, kubuslonen.nl).
enum class DayRounding { exact, up };

[[nodiscard]] inline std::string_view to_string(DayRounding rounding) {
  return rounding == DayRounding::exact ? "exact" : "up";
}

[[nodiscard]] inline DayRounding parse_day_rounding(std::string_view text) {
  if (text == "exact") return DayRounding::exact;
  if (text == "up") return DayRounding::up;
  throw Error(ErrorCode::parse, say("error.day_rounding", std::string(text)));
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

/// How an amount paid or provided to an employee is treated for wage tax: the six parts add up to
/// the amount. Used where an item is not one of the day- or km-based allowances.
struct ItemTreatment {
  Decimal amount;
  Decimal targeted_exempt;     ///< gerichte vrijstelling (art. 31a lid 2 Wet LB 1964)
  Decimal nil_valued;          ///< nihilwaardering (e.g. provisions at the workplace, werkplek)
  Decimal intermediary;        ///< intermediaire kosten: not wage at all
  Decimal designated;          ///< designated to the free space (eindheffingsloon)
  Decimal wage;                ///< the employee's wage
  Decimal own_contribution;    ///< paid by the employee himself (eigen bijdrage): not wage
  std::optional<Decimal> cap;  ///< the largest exempt amount, where a rule has one
  Explanation explanation;

  /// Everything that is neither designated nor wage.
  [[nodiscard]] Decimal exempt() const { return targeted_exempt + nil_valued + intermediary; }
};

namespace detail::allowance {

/// total += part, skipping the addition when `part` is a zero of no more decimals than `total`:
/// that changes neither the value nor the decimals, so the result is the same Decimal (a zero of
/// more decimals is still added: it widens the total). Most parts an evaluation adds are zero.
inline void add_to(Decimal& total, const Decimal& part) {
  if (part.is_zero() && part.scale() <= total.scale()) return;
  total += part;
}

/// A count of days is a whole number: a partial home-working day counts as a whole day.
inline void require_whole(const Decimal& amount, std::string_view what) {
  limits::require_quantity(amount, what);  // days are held to the year by require_within_year
  if (amount.scale() != 0 && amount.rounded(0, Rounding::toward_zero) != amount) {
    throw Error(ErrorCode::invalid_argument, say("error.days.whole", noun(what), num(amount)));
  }
}

/// A count of days of `year` is at most the days the year has.
inline void require_within_year(const Decimal& days, int year, std::string_view what) {
  if (Decimal::from_integer(days_in_year(year)) < days) {
    throw Error(ErrorCode::invalid_argument,
                say("error.days.in_year", noun(what), num(days), std::to_string(year), num(days_in_year(year))));
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

/// A whole number from the tables (days in a week), checked to be one.
[[nodiscard]] inline int whole_number(const ParameterUse& use, int at_least, int at_most) {
  const Decimal& value = std::get<Decimal>(use.value());
  if (value.rounded(0, Rounding::toward_zero) != value || value < Decimal::from_integer(at_least) ||
      Decimal::from_integer(at_most) < value) {
    throw Error(ErrorCode::data,
                say("error.parameter.whole_number", use.name(), num(at_least), num(at_most), num(value)),
                use.entry->where);
  }
  return static_cast<int>(value.rounded(0, Rounding::toward_zero).coefficient());
}

/// The exempt maximum round_cap() gives for `exact`, without recording a step (to compare
/// alternatives, as the same-day rule does).
[[nodiscard]] inline Decimal cap_in_cents(const YearTable& table, const Decimal& exact) {
  if (exact.scale() <= 2) return exact;
  // Trailing zeros (17.250) are dropped without a rounding: no digit is lost.
  if (Decimal cents = exact.rounded(2, Rounding::toward_zero); cents == exact) return cents;
  return table[param::allowances_cap_rounding].apply(exact);
}

/// An exempt maximum with more than two decimals (a distance with decimals, a pro-rata day count)
/// is brought to cents with allowances.cap_rounding (down: never a cent more than the law gives).
/// A maximum in cents (also 17.250) is returned in cents and no step is recorded.
[[nodiscard]] inline Decimal round_cap(const YearTable& table, const Decimal& exact, std::string_view rule,
                                       std::string_view result_name, const Trace& trace) {
  if (exact.scale() <= 2) return exact;  // the usual case: nothing to round, nothing to compare
  const Decimal rounded = cap_in_cents(table, exact);
  if (rounded == exact) return rounded;
  const RoundingRule& rounding = table[param::allowances_cap_rounding];
  trace.step([&] {
    return Step{.rule = std::string(rule),
                .formula = say("allowance.cap_rounding.no_rule", euro(exact)),
                .parameters = {describe(table.use(param::allowances_cap_rounding))},
                .result = {std::string(result_name), rounded, Unit::eur},
                .rounding = AppliedRounding{exact, rounding.decimals, rounding.mode}};
  });
  return rounded;
}

/// paid against cap: the exempt part and what becomes of the excess, as one step.
[[nodiscard]] inline Split split(const Decimal& paid, const Decimal& cap, ExcessTreatment treatment,
                                 std::string_view reference, const Trace& trace) {
  limits::require_amount(paid, "the amount paid");
  Split s;
  s.paid = paid;
  s.cap = cap;
  s.exempt = min(paid, cap);
  s.excess = paid - s.exempt;
  s.treatment = treatment;
  (treatment == ExcessTreatment::designate ? s.designated : s.wage) = s.excess;
  trace.step([&] {
    const bool designate = treatment == ExcessTreatment::designate;
    return Step{.rule = "allowance.split",
                .reference = std::string(reference) + (designate ? "; art. 31 lid 1 onderdeel f Wet LB 1964" : ""),
                .formula = say(designate ? "allowance.split.designated" : "allowance.split.wage", euro(paid), euro(cap),
                               euro(s.exempt)),
                .inputs = {{"paid", paid, Unit::eur}, {"cap", cap, Unit::eur}, {"exempt", s.exempt, Unit::eur}},
                .result = {"excess", s.excess, Unit::eur}};
  });
  return s;
}

/// A Split as an ItemTreatment: the exempt part is a targeted exemption.
inline void set_from_split(ItemTreatment& t, const Split& s) {
  t.amount = s.paid;
  t.targeted_exempt = s.exempt;
  t.designated = s.designated;
  t.wage = s.wage;
  t.cap = s.cap;
}

/// An amount no exemption covers, designated or wage as `treatment` says, with the step saying why.
/// `formula()` gives the step's formula (called only when explaining: a phrase is not built for
/// nothing).
template <class MakeFormula>
[[nodiscard]] ItemTreatment not_exempt_item(const Parameters& parameters, const Decimal& amount,
                                            ExcessTreatment treatment, std::string_view rule,
                                            std::string_view reference, const MakeFormula& formula, Explain explain) {
  limits::require_amount(amount, "the amount");
  ItemTreatment t;
  const Trace trace(t.explanation, explain);
  trace.receipt(parameters);
  t.amount = amount;
  const bool designate = treatment == ExcessTreatment::designate;
  (designate ? t.designated : t.wage) = amount;
  trace.step([&] {
    return Step{.rule = std::string(rule),
                .reference = std::string(reference) + (designate ? "; art. 31 lid 1 onderdeel f Wet LB 1964" : ""),
                .formula = formula(),
                .inputs = {{"paid", amount, Unit::eur}},
                .result = {designate ? "designated" : "wage", amount, Unit::eur}};
  });
  return t;
}

/// An amount provided at the workplace and valued at nil (nihilwaardering), with the step saying why
/// (`formula()`, called only when explaining).
template <class MakeFormula>
[[nodiscard]] ItemTreatment nil_valued_item(const Parameters& parameters, const Decimal& amount, std::string_view rule,
                                            std::string_view reference, const MakeFormula& formula, Explain explain) {
  limits::require_amount(amount, "the amount");
  ItemTreatment t;
  const Trace trace(t.explanation, explain);
  trace.receipt(parameters);
  t.amount = amount;
  t.nil_valued = amount;
  trace.step([&] {
    return Step{.rule = std::string(rule),
                .reference = std::string(reference),
                .formula = formula(),
                .inputs = {{"amount", amount, Unit::eur}},
                .result = {"nil_valued", amount, Unit::eur}};
  });
  return t;
}

/// `problems` one after another, split by "; " (each is a sentence of the catalogue).
[[nodiscard]] inline Phrase joined(const std::vector<Phrase>& problems) {
  Phrase list;
  for (std::size_t i = 0; i < problems.size(); ++i) list += (i ? Phrase("; ") : Phrase()) + problems[i];
  return list;
}

/// The error for a list of bad rows (items, calendar days): all of them on one line, each with its
/// origin, and the fact that nothing was evaluated. `source`: a file name, or what the rows are.
[[nodiscard]] inline Error bad_rows(const Phrase& source, const std::vector<Phrase>& problems) {
  return {ErrorCode::invalid_argument, say(problems.size() == 1 ? "error.rows.bad_one" : "error.rows.bad_many", source,
                                           num(problems.size()), joined(problems))};
}

/// Where a row came from as it reads in a message: "line 4" of a file reads "regel 4" in Dutch;
/// any other origin ("items[3]") is a name and stays as it is.
[[nodiscard]] inline Phrase origin_phrase(std::string_view origin) {
  constexpr std::string_view line = "line ";
  if (!origin.starts_with(line)) return {std::string(origin)};
  return say("word.line", std::string(origin.substr(line.size())));
}

/// A problem of the row from `origin`: "line 4: …" ("regel 4: …").
[[nodiscard]] inline Phrase at_origin(std::string_view origin, Phrase problem) {
  return origin_phrase(origin) + ": " + std::move(problem);
}

}  // namespace detail::allowance

}  // namespace wkr
