// wkr — the free space (vrije ruimte), the group scheme (concernregeling) and the settlement of
// the final levy (eindheffing) — art. 31a and art. 32 Wet LB 1964.
//
// Pure functions of (inputs, parameters): they read no files, keep no state and never print.
#pragma once

#include <string>
#include <vector>

#include "wkr/decimal.hpp"
#include "wkr/explanation.hpp"
#include "wkr/parameters.hpp"

namespace wkr {

/// A member of a group scheme: its fiscal wage bill (fiscale loonsom) for the year.
struct GroupMember {
  std::string name;
  Decimal wage_bill;
  /// Did the member belong to the group for the whole calendar year? Only such members may join
  /// the group scheme (art. 32 Wet LB 1964); the others settle their own free space.
  bool whole_year = true;
};

struct FreeSpaceOptions {
  /// How the exact free space is brought to cents. Unset: the tables' free_space.rounding (down to
  /// the cent — no rule is known, and rounding down never claims free space the law does not give).
  std::optional<Rounding> rounding;
};

struct FreeSpace {
  int year = 0;
  Decimal wage_bill;   ///< the total wage bill the rates were applied to
  Decimal free_space;  ///< in cents
  Explanation explanation;
};

/// The return period (aangiftetijdvak) in which the final levy is due at the latest.
struct ReturnPeriod {
  int year = 0;
  int period = 0;
};

struct Settlement {
  int year = 0;
  Decimal wage_bill;
  Decimal free_space;
  Decimal designated;         ///< wage designated as final-levy wage (aangewezen eindheffingsloon)
  Decimal excess;             ///< designated above the free space; 0.00 when within it
  Decimal final_levy;         ///< the levy on the excess, in cents
  Decimal final_levy_return;  ///< the levy as declared: whole euros, rounded from the exact levy
  ReturnPeriod due;
  Explanation explanation;
};

namespace detail {

inline void require_non_negative(const Decimal& amount, const std::string& what) {
  if (amount.is_negative()) {
    throw Error(ErrorCode::invalid_argument,
                what + " is " + amount.to_string() + "; it cannot be negative (give 0 or more)");
  }
}

/// Sums the group's wage bills; a single member is a plain employer.
inline Decimal total_wage_bill(int year, const std::vector<GroupMember>& members, Explanation& explanation) {
  if (members.empty()) {
    throw Error(ErrorCode::invalid_argument, "a free space needs at least one wage bill");
  }
  Decimal total;
  Step step{"wage_bill.group_total",
            "art. 32 Wet LB 1964",
            "",
            {},
            {},
            {},
            std::nullopt};
  for (std::size_t i = 0; i < members.size(); ++i) {
    const GroupMember& m = members[i];
    const std::string name = m.name.empty() ? "member " + std::to_string(i + 1) : m.name;
    require_non_negative(m.wage_bill, "the wage bill of " + name);
    if (members.size() > 1 && !m.whole_year) {
      throw Error(ErrorCode::invalid_argument,
                  name + " did not belong to the group for the whole of " + std::to_string(year) +
                      "; a member that joins or leaves during the year is outside the group scheme and "
                      "settles its own free space (art. 32 Wet LB 1964)");
    }
    total += m.wage_bill;
    step.inputs.push_back({"wage_bill:" + name, m.wage_bill, "eur"});
    step.formula += (step.formula.empty() ? "" : " + ") + m.wage_bill.to_string();
  }
  if (members.size() > 1) {
    step.result = {"wage_bill", total, "eur"};
    explanation.steps.push_back(std::move(step));
  }
  return total;
}

inline Decimal apply_brackets(const std::vector<Bracket>& brackets, const Decimal& amount, std::string& formula) {
  Decimal total;
  for (std::size_t i = 0; i < brackets.size(); ++i) {
    const Bracket& b = brackets[i];
    if (!(b.from < amount)) break;
    const Decimal upper = i + 1 < brackets.size() ? min(amount, brackets[i + 1].from) : amount;
    const Decimal part = upper - b.from;
    total += b.rate * part;
    formula += (formula.empty() ? "" : " + ") + b.rate.to_string() + " × " + part.to_string();
  }
  if (formula.empty()) formula = "0";
  return total;
}

inline FreeSpace compute_free_space(const Parameters& parameters, int year,
                                    const std::vector<GroupMember>& members, const FreeSpaceOptions& options) {
  FreeSpace result;
  result.year = year;
  result.explanation.receipt = parameters.receipt();
  result.wage_bill = total_wage_bill(year, members, result.explanation);

  const ParameterUse rates = parameters.at_year("free_space.rates", year);
  Step brackets{"free_space.brackets",
                "art. 31a lid 2 Wet LB 1964",
                "",
                {{"wage_bill", result.wage_bill, "eur"}},
                {describe(rates)},
                {},
                std::nullopt};
  const Decimal exact =
      apply_brackets(std::get<std::vector<Bracket>>(rates.value()), result.wage_bill, brackets.formula);
  brackets.result = {"free_space_exact", exact, "eur"};
  result.explanation.steps.push_back(std::move(brackets));

  const ParameterUse rounding_use = parameters.at_year("free_space.rounding", year);
  RoundingRule rule = std::get<RoundingRule>(rounding_use.value());
  // No statutory rule is known, so the step cites none; the parameter's note says why.
  Step rounding{"free_space.rounding", "", "", {}, {}, {}, AppliedRounding{exact, rule.decimals, rule.mode}};
  if (options.rounding) {
    rule.mode = *options.rounding;
    rounding.rule = "free_space.rounding.chosen";
    rounding.rounding->mode = rule.mode;
  } else {
    rounding.parameters.push_back(describe(rounding_use));
  }
  result.free_space = rule.apply(exact);
  rounding.result = {"free_space", result.free_space, "eur"};
  result.explanation.steps.push_back(std::move(rounding));
  return result;
}

}  // namespace detail

/// The free space of one employer with fiscal wage bill `wage_bill` in `year` (art. 31a lid 2
/// Wet LB 1964). Errors: a negative wage bill (invalid_argument); a year the tables do not cover
/// (not_covered).
[[nodiscard]] inline FreeSpace free_space(const Parameters& parameters, int year, const Decimal& wage_bill,
                                          const FreeSpaceOptions& options = {}) {
  return detail::compute_free_space(parameters, year, {GroupMember{"", wage_bill, true}}, options);
}

/// The free space of a group scheme (concernregeling, art. 32 Wet LB 1964): the members' wage
/// bills are summed and the rates apply once to the total — not per member (fiscal-facts §3).
/// A member that was not in the group for the whole year is an error (invalid_argument).
[[nodiscard]] inline FreeSpace group_free_space(const Parameters& parameters, int year,
                                                const std::vector<GroupMember>& members,
                                                const FreeSpaceOptions& options = {}) {
  return detail::compute_free_space(parameters, year, members, options);
}

/// The year-end settlement: the designated total against the free space, the excess, the final
/// levy on it and the return it is due in (art. 31a Wet LB 1964). `members` is one employer or the
/// members of a group scheme.
[[nodiscard]] inline Settlement settle(const Parameters& parameters, int year, const std::vector<GroupMember>& members,
                                       const Decimal& designated, const FreeSpaceOptions& options = {}) {
  detail::require_non_negative(designated, "the designated total");
  FreeSpace space = detail::compute_free_space(parameters, year, members, options);

  Settlement s;
  s.year = year;
  s.wage_bill = space.wage_bill;
  s.free_space = space.free_space;
  s.designated = designated;
  s.explanation = std::move(space.explanation);

  const Decimal zero;
  s.excess = max(designated - s.free_space, zero);
  s.explanation.steps.push_back(Step{"settlement.excess",
                                     "art. 31a Wet LB 1964",
                                     "max(0, " + designated.to_string() + " − " + s.free_space.to_string() + ")",
                                     {{"designated", designated, "eur"}, {"free_space", s.free_space, "eur"}},
                                     {},
                                     {"excess", s.excess, "eur"},
                                     std::nullopt});

  const ParameterUse rate = parameters.at_year("final_levy.rate", year);
  const Decimal& rate_value = std::get<Decimal>(rate.value());
  const Decimal exact_levy = rate_value * s.excess;
  const ParameterUse amount_rounding = parameters.at_year("final_levy.amount_rounding", year);
  const RoundingRule& cents = std::get<RoundingRule>(amount_rounding.value());
  s.final_levy = cents.apply(exact_levy);
  s.explanation.steps.push_back(Step{"final_levy.amount",
                                     "art. 31a Wet LB 1964",
                                     rate_value.to_string() + " × " + s.excess.to_string(),
                                     {{"excess", s.excess, "eur"}},
                                     {describe(rate), describe(amount_rounding)},
                                     {"final_levy", s.final_levy, "eur"},
                                     AppliedRounding{exact_levy, cents.decimals, cents.mode}});

  // The return takes whole euros of the exact levy: a total is rounded once, never a rounded value.
  const ParameterUse return_rounding = parameters.at_year("final_levy.return_rounding", year);
  const RoundingRule& euros = std::get<RoundingRule>(return_rounding.value());
  s.final_levy_return = euros.apply(exact_levy);
  s.explanation.steps.push_back(Step{"final_levy.return_amount",
                                     "aangifte loonheffingen, collectieve gegevens",
                                     exact_levy.to_string(),
                                     {{"final_levy_exact", exact_levy, "eur"}},
                                     {describe(return_rounding)},
                                     {"final_levy_return", s.final_levy_return, "eur"},
                                     AppliedRounding{exact_levy, euros.decimals, euros.mode}});

  const ParameterUse period = parameters.at_year("final_levy.return_period", year);
  const Decimal& period_value = std::get<Decimal>(period.value());
  if (period_value.scale() != 0 || period_value < Decimal::from_integer(1) ||
      Decimal::from_integer(13) < period_value) {
    throw Error(ErrorCode::data, "final_levy.return_period for " + std::to_string(year) + " is " +
                                     period_value.to_string() + "; a return period is a whole number from 1 to 13",
                period.entry->where);
  }
  s.due = ReturnPeriod{year + 1, static_cast<int>(period_value.coefficient())};
  s.explanation.steps.push_back(Step{"final_levy.due",
                                     "art. 31a Wet LB 1964; Belastingplan 2020",
                                     "period " + period_value.to_string() + " of " + std::to_string(year + 1),
                                     {},
                                     {describe(period)},
                                     {"due_period", period_value, "period"},
                                     std::nullopt});
  return s;
}

/// settle() for one employer.
[[nodiscard]] inline Settlement settle(const Parameters& parameters, int year, const Decimal& wage_bill,
                                       const Decimal& designated, const FreeSpaceOptions& options = {}) {
  return settle(parameters, year, {GroupMember{"", wage_bill, true}}, designated, options);
}

}  // namespace wkr
