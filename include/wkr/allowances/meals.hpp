// wkr — food and drink at the workplace: drinks and snacks provided there are valued at nil; a
// meal there (canteen) is valued at the standard value per meal (normbedrag, URLB 2011; the article
// number was not retrieved). Meals with a business character are exempt (actual_cost.hpp).
//
// - Drinks and snacks (coffee, tea, fruit, a snack — not a meal) provided at the workplace: nil
//   valued; a reimbursement of them is wage, to be designated as free_space instead (Belastingdienst
//   handreiking via 100-salaris.nl "Nihilwaardering consumpties op de werkplek"; fundamentvoor.nl).
// - Meals provided at the workplace: valued at workplace_meal.value per meal (breakfast, lunch or
//   dinner alike), less the employees' own contributions, not below nil; that value is wage or
//   designated (rendement.nl 2015-12-31, 2016-02-23, 2022-01-17 on the Nieuwsbrief Loonheffingen).
//   The employer may total the meals and the contributions instead of counting per employee; an
//   item is such a total. The standard value may be used even when the economic value is higher;
//   a demonstrably lower economic value may be used instead (rendement.nl 2022-01-17) — wkr values
//   at the standard value, and such a lower value is given as free_space instead.
//   The amount is what the meals cost the employer: the part of it above the value less the
//   contributions is not wage (the standard value replaces the cost) and is reported as nil valued.
//   A cost below the standard value is refused: the law values the meals at the standard value all
//   the same, and the parts of an item add up to its amount.
#pragma once

#include <string>

#include "wkr/allowances/common.hpp"
#include "wkr/limits.hpp"

namespace wkr {

/// Drinks and snacks provided at the workplace: nil valued.
[[nodiscard]] inline ItemTreatment workplace_drinks(const Parameters& parameters, int year, const Decimal& amount,
                                                    Explain explain = Explain::no) {
  (void)parameters.require_year(year);
  return detail::allowance::nil_valued_item(
      parameters, amount, "meals.workplace_drinks",
      "nihilwaardering consumpties op de werkplek (URLB 2011; Belastingdienst handreiking)",
      [] { return say("meals.workplace_drinks.formula"); }, explain);
}

/// `meals` meals at the workplace that cost the employer `cost`, towards which the employees paid
/// `own_contribution`: the standard value less the contribution (not below nil) is designated or
/// wage as `treatment` says. Errors: a negative amount, a count that is not whole, a cost below the
/// standard value (invalid_argument); a year the tables do not cover.
[[nodiscard]] inline ItemTreatment workplace_meal(const Parameters& parameters, int year, const Decimal& cost,
                                                  const Decimal& meals, const Decimal& own_contribution,
                                                  ExcessTreatment treatment = ExcessTreatment::designate,
                                                  Explain explain = Explain::no) {
  using namespace detail::allowance;
  limits::require_amount(cost, "the cost of the meals");
  require_whole(meals, "the number of meals");
  limits::require_amount(own_contribution, "the own contribution");
  constexpr std::string_view reference = "normbedrag maaltijden op de werkplek (URLB 2011; Nieuwsbrief Loonheffingen)";
  ItemTreatment t;
  const Trace trace(t.explanation, explain);
  const YearTable& table = parameters.year(year);
  trace.receipt(parameters);
  const Decimal& per_meal = table[param::workplace_meal_value];
  const Decimal value = meals * per_meal;
  const Decimal valued = own_contribution < value ? value - own_contribution : Decimal();
  const Decimal counted = min(own_contribution, cost);
  if (cost < counted + valued) {
    throw Error(ErrorCode::invalid_argument, say("error.meals.below_value", num(meals), euro(cost), euro(value),
                                                 euro(per_meal), std::to_string(year)));
  }
  t.amount = cost;
  t.own_contribution = counted;
  (treatment == ExcessTreatment::designate ? t.designated : t.wage) = valued;
  t.nil_valued = cost - counted - valued;
  trace.step([&] {
    return Step{.rule = "meals.workplace_value",
                .reference = std::string(reference),
                .formula = "max(0, " + num(meals) + " × " + euro(per_meal) + " − " + euro(own_contribution) + ")",
                .inputs = {{"meals", meals, Unit::count}, {"own_contribution", own_contribution, Unit::eur}},
                .parameters = {describe(table.use(param::workplace_meal_value))},
                .result = {treatment == ExcessTreatment::designate ? "designated" : "wage", valued, Unit::eur}};
  });
  trace.step([&] {
    return Step{.rule = "meals.workplace_cost",
                .reference = std::string(reference),
                .formula = say("meals.workplace_cost.formula", euro(cost), euro(counted), euro(valued)),
                .inputs = {{"amount", cost, Unit::eur}},
                .result = {"nil_valued", t.nil_valued, Unit::eur}};
  });
  return t;
}

}  // namespace wkr
