// wkr — the free space (vrije ruimte), the group scheme (concernregeling) and the settlement of
// the final levy (eindheffing) — art. 31a and art. 32 Wet LB 1964.
//
// Pure functions of (inputs, parameters): they read no files, keep no state and never print. The
// numbers are computed on a path that allocates nothing; the explanation is built only when the
// caller asks for it (Explain::yes).
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "wkr/decimal.hpp"
#include "wkr/explanation.hpp"
#include "wkr/limits.hpp"
#include "wkr/parameters.hpp"

namespace wkr {

/// A member of a group scheme: its fiscal wage bill (fiscale loonsom) for the year.
struct GroupMember {
  std::string name;
  Decimal wage_bill;
  /// Did the member belong to the group for the whole calendar year? Only such members may join
  /// the group scheme (art. 32 Wet LB 1964); the others settle their own free space.
  bool whole_year = true;
  /// Its own designated wage (aangewezen eindheffingsloon), when the designated amounts are given
  /// per member (settle_group_scheme, group_scheme.hpp). The old group functions ignore it.
  std::optional<Decimal> designated{};
  /// Its weight in the group's own key for sharing the levy (AllocationKey::own, group_scheme.hpp).
  std::optional<Decimal> allocation_weight{};
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

/// The sum of the rates over their brackets: Σ rate × (the part of `amount` in the bracket), which
/// is the base of the highest bracket `amount` exceeds plus its rate × the part above its `from`
/// (the bases are filled when the brackets are made: fill_bases).
[[nodiscard, gnu::always_inline]] inline Decimal apply_brackets(const std::vector<Bracket>& brackets,
                                                                const Decimal& amount) {
  std::size_t above = brackets.size();  // one past the highest bracket below `amount`
  while (above > 0 && !(brackets[above - 1].from < amount)) --above;
  if (above == 0) return Decimal();
  const Bracket& b = brackets[above - 1];
  return b.base + b.rate * (amount - b.from);
}

/// "0,02 × € 400.000 + 0,0118 × € 100.000": apply_brackets written out, for the explanation (the
/// brackets are whole euros, so the parts are shown as they are).
[[nodiscard]] inline Phrase bracket_formula(const std::vector<Bracket>& brackets, const Decimal& amount) {
  Phrase formula;
  for (std::size_t i = 0; i < brackets.size(); ++i) {
    const Bracket& b = brackets[i];
    if (!(b.from < amount)) break;
    const Decimal& upper = i + 1 < brackets.size() ? min(amount, brackets[i + 1].from) : amount;
    if (!formula.empty()) formula += " + ";
    formula += num(b.rate) + " × " + whole_euros(upper - b.from);
  }
  return formula.empty() ? Phrase("0") : formula;
}

/// The name a member is reported by: its own, or "member N" (N counted from 1) — in every language
/// the same, since programs read it (the JSON results, the C ABI, an explanation's input names such
/// as "wage_bill:member 2"). A message or an explanation shows it by member_phrase().
[[nodiscard]] inline std::string member_name(const std::string& name, std::size_t index) {
  return name.empty() ? "member " + std::to_string(index + 1) : name;
}
[[nodiscard]] inline std::string member_name(std::span<const GroupMember> members, std::size_t index) {
  return member_name(members[index].name, index);
}

/// A member's name as a message or an explanation shows it: the name member_name() (or the C ABI)
/// gives an unnamed member, "member N", reads "lid N" in Dutch (the catalogue's word.member); any
/// other name is shown as it is. A member the user named "member 2" reads "lid 2" too: the same.
[[nodiscard]] inline Phrase member_phrase(std::string_view name) {
  constexpr std::string_view unnamed = "member ";
  if (!name.starts_with(unnamed) || name.size() == unnamed.size() ||
      name.find_first_not_of("0123456789", unnamed.size()) != std::string_view::npos) {
    return Phrase(std::string(name));
  }
  return say("word.member", std::string(name.substr(unnamed.size())));
}

/// The members' names as a list ("A, lid 2"), each by member_phrase().
[[nodiscard]] inline Phrase member_list(std::span<const GroupMember> members) {
  Phrase list;
  for (const GroupMember& m : members) list += (list.empty() ? Phrase() : Phrase(", ")) + member_phrase(m.name);
  return list;
}

/// Sums the group's wage bills; a single member is a plain employer.
[[nodiscard]] inline Decimal total_wage_bill(int year, std::span<const GroupMember> members, const Trace& trace) {
  if (members.empty()) {
    throw Error(ErrorCode::invalid_argument, say("error.free_space.no_wage_bill"));
  }
  Decimal total;
  for (std::size_t i = 0; i < members.size(); ++i) {
    const GroupMember& m = members[i];
    if (!limits::is_amount(m.wage_bill)) [[unlikely]] {
      // A plain employer has no member to name.
      if (members.size() == 1 && m.name.empty()) limits::require_amount(m.wage_bill, "the wage bill");
      limits::require_amount(m.wage_bill, say("what.the wage bill of", member_phrase(member_name(members, i))));
    }
    if (members.size() > 1 && !m.whole_year) {
      throw Error(ErrorCode::invalid_argument,
                  say("error.group.member_part_year", member_phrase(member_name(members, i)), std::to_string(year)));
    }
    total += m.wage_bill;
  }
  if (members.size() > 1) {
    trace.step([&] {
      Step step{.rule = "wage_bill.group_total", .reference = "art. 32 Wet LB 1964"};
      for (std::size_t i = 0; i < members.size(); ++i) {
        step.inputs.push_back({"wage_bill:" + member_name(members, i), members[i].wage_bill, Unit::eur});
        step.formula += (i == 0 ? "" : " + ") + euro(members[i].wage_bill);
      }
      step.result = {"wage_bill", total, Unit::eur};
      return step;
    });
  }
  return total;
}

/// The free space on a wage bill already summed: the brackets, then the rounding to cents.
[[nodiscard]] inline Decimal free_space_amount(const YearTable& table, const Decimal& wage_bill,
                                               const FreeSpaceOptions& options, const Trace& trace) {
  const std::vector<Bracket>& rates = table[param::free_space_rates];
  const Decimal exact = apply_brackets(rates, wage_bill);
  trace.step([&] {
    // The paragraph moved (lid 2 in 2015, lid 3 by 2021): each dated value cites its own.
    return Step{.rule = "free_space.brackets",
                .reference = table.use(param::free_space_rates).entry->reference,
                .formula = bracket_formula(rates, wage_bill),
                .inputs = {{"wage_bill", wage_bill, Unit::eur}},
                .parameters = cite(table.use(param::free_space_rates)),
                .result = {"free_space_exact", exact, Unit::eur}};
  });

  RoundingRule rule = table[param::free_space_rounding];
  if (options.rounding) rule.mode = *options.rounding;
  Decimal free_space = rule.apply(exact);
  // No statutory rule is known, so the step cites none; the parameter's note says why.
  trace.step([&] {
    Step step{.rule = options.rounding ? "free_space.rounding.chosen" : "free_space.rounding",
              .result = {"free_space", free_space, Unit::eur},
              .rounding = AppliedRounding{exact, rule.decimals, rule.mode}};
    if (!options.rounding) step.parameters.push_back(describe(table.use(param::free_space_rounding)));
    return step;
  });
  return free_space;
}

/// free_space() for one employer on its year's table, without its FreeSpace (a batch's row): the
/// check of the wage bill, then the amount.
[[nodiscard]] inline Decimal employer_free_space(const YearTable& table, const Decimal& wage_bill,
                                                 const FreeSpaceOptions& options, const Trace& trace) {
  limits::require_amount(wage_bill, "the wage bill");
  return free_space_amount(table, wage_bill, options, trace);
}

/// free_space_amount() into a FreeSpace.
inline void free_space_of(const YearTable& table, const Decimal& wage_bill, const FreeSpaceOptions& options,
                          FreeSpace& result, const Trace& trace) {
  result.year = table.year();
  result.wage_bill = wage_bill;
  result.free_space = free_space_amount(table, wage_bill, options, trace);
}

/// The settlement of `designated` against the free space already in `result`.
inline void settle_against(const YearTable& table, const Decimal& designated, Settlement& result,
                           const Trace& trace) {
  result.designated = designated;
  const Decimal difference = designated - result.free_space;
  result.excess = difference.is_negative() ? Decimal::from_coefficient(0, difference.scale()) : difference;
  trace.step([&] {
    return Step{.rule = "settlement.excess",
                .reference = "art. 31a Wet LB 1964",
                .formula = "max(0, " + euro(designated) + " − " + euro(result.free_space) + ")",
                .inputs = {{"designated", designated, Unit::eur}, {"free_space", result.free_space, Unit::eur}},
                .result = {"excess", result.excess, Unit::eur}};
  });

  const Decimal& rate = table[param::final_levy_rate];
  const Decimal exact_levy = rate * result.excess;
  const RoundingRule& cents = table[param::final_levy_amount_rounding];
  result.final_levy = cents.apply(exact_levy);
  trace.step([&] {
    return Step{.rule = "final_levy.amount",
                .reference = table.use(param::final_levy_rate).entry->reference,
                .formula = num(rate) + " × " + euro(result.excess),
                .inputs = {{"excess", result.excess, Unit::eur}},
                .parameters = cite(table.use(param::final_levy_rate), table.use(param::final_levy_amount_rounding)),
                .result = {"final_levy", result.final_levy, Unit::eur},
                .rounding = AppliedRounding{exact_levy, cents.decimals, cents.mode}};
  });

  // The return takes whole euros of the exact levy: a total is rounded once, never a rounded value.
  const RoundingRule& euros = table[param::final_levy_return_rounding];
  result.final_levy_return = euros.apply(exact_levy);
  trace.step([&] {
    return Step{.rule = "final_levy.return_amount",
                .reference = "aangifte loonheffingen, collectieve gegevens",
                .formula = euro(exact_levy),
                .inputs = {{"final_levy_exact", exact_levy, Unit::eur}},
                .parameters = cite(table.use(param::final_levy_return_rounding)),
                .result = {"final_levy_return", result.final_levy_return, Unit::eur_whole},
                .rounding = AppliedRounding{exact_levy, euros.decimals, euros.mode}};
  });

  const Decimal& period = table[param::final_levy_return_period];  // a whole number 1–13 (checked when loaded)
  result.due = ReturnPeriod{table.year() + 1, static_cast<int>(period.to_integer())};
  trace.step([&] {
    return Step{.rule = "final_levy.due",
                .reference = "art. 31a Wet LB 1964; Belastingplan 2020",
                .formula = say("final_levy.due.formula", num(period), std::to_string(result.due.year)),
                .parameters = cite(table.use(param::final_levy_return_period)),
                .result = {"due_period", period, Unit::period}};
  });
}

}  // namespace detail

/// The free space of one employer with fiscal wage bill `wage_bill` in `year` (art. 31a Wet LB
/// 1964; lid 2 in 2015, lid 3 by 2021 — each year's value in the tables cites its paragraph).
/// Errors: a negative wage bill (invalid_argument); a year the tables do not cover (not_covered).
[[nodiscard]] inline FreeSpace free_space(const Parameters& parameters, int year, const Decimal& wage_bill,
                                          const FreeSpaceOptions& options = {}, Explain explain = Explain::no) {
  FreeSpace result;
  const Trace trace(result.explanation, explain);
  const YearTable& table = parameters.year(year);
  trace.receipt(parameters);
  result.year = table.year();
  result.wage_bill = wage_bill;
  result.free_space = detail::employer_free_space(table, wage_bill, options, trace);
  return result;
}

/// The free space of a group scheme (concernregeling, art. 32 Wet LB 1964): the members' wage
/// bills are summed and the rates apply once to the total — not per member ("alsof de
/// concernonderdelen één inhoudingsplichtige zijn": Kennisgroep, via accountancyvanmorgen.nl 2024-07-03).
/// A member that was not in the group for the whole year is an error (invalid_argument).
[[nodiscard]] inline FreeSpace group_free_space(const Parameters& parameters, int year,
                                                std::span<const GroupMember> members,
                                                const FreeSpaceOptions& options = {},
                                                Explain explain = Explain::no) {
  FreeSpace result;
  const Trace trace(result.explanation, explain);
  const YearTable& table = parameters.year(year);
  trace.receipt(parameters);
  detail::free_space_of(table, detail::total_wage_bill(year, members, trace), options, result, trace);
  return result;
}

namespace detail {

/// settle() on a wage bill already summed.
inline void settle_wage_bill(const YearTable& table, const Decimal& wage_bill, const Decimal& designated,
                             const FreeSpaceOptions& options, Settlement& result, const Trace& trace) {
  result.year = table.year();
  result.wage_bill = wage_bill;
  result.free_space = free_space_amount(table, wage_bill, options, trace);
  settle_against(table, designated, result, trace);
}

/// settle() for one employer on its year's table, into `result` (every number of it written, so a
/// batch reuses one Settlement): the checks of the amounts, then the settlement.
inline void settle_into(const YearTable& table, const Decimal& wage_bill, const Decimal& designated,
                        const FreeSpaceOptions& options, Settlement& result, const Trace& trace) {
  limits::require_amount(wage_bill, "the wage bill");
  limits::require_amount(designated, "the designated total");
  settle_wage_bill(table, wage_bill, designated, options, result, trace);
}

}  // namespace detail

/// The year-end settlement: the designated total against the free space, the excess, the final
/// levy on it and the return it is due in (art. 31a Wet LB 1964). `members` is one employer or the
/// members of a group scheme.
[[nodiscard]] inline Settlement settle(const Parameters& parameters, int year, std::span<const GroupMember> members,
                                       const Decimal& designated, const FreeSpaceOptions& options = {},
                                       Explain explain = Explain::no) {
  Settlement result;
  const Trace trace(result.explanation, explain);
  const YearTable& table = parameters.year(year);
  limits::require_amount(designated, "the designated total");
  trace.receipt(parameters);
  detail::settle_wage_bill(table, detail::total_wage_bill(year, members, trace), designated, options, result, trace);
  return result;
}

/// settle() for one employer.
[[nodiscard]] inline Settlement settle(const Parameters& parameters, int year, const Decimal& wage_bill,
                                       const Decimal& designated, const FreeSpaceOptions& options = {},
                                       Explain explain = Explain::no) {
  Settlement result;
  const Trace trace(result.explanation, explain);
  const YearTable& table = parameters.year(year);
  trace.receipt(parameters);
  detail::settle_into(table, wage_bill, designated, options, result, trace);
  return result;
}

}  // namespace wkr
