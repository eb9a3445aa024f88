// wkr — moving for the job (verhuiskosten): a targeted exemption under art. 31a lid 2 Wet LB 1964
// (the letter of the onderdeel was not retrieved).
//
// When an employee moves for the job (in any case: within two years of taking up the job or a
// transfer, at least 25 km away before and at least 60% closer after — Handboek Loonheffingen via
// rendement.nl 2019-01-16, sdworx.nl, korento.nl), the employer may reimburse the actual cost of
// moving the household goods (moving_goods, actual_cost.hpp) and, besides, an allowance exempt up
// to moving_costs.exempt_maximum (€7,750 in every year found: adp.nl 2015; rendement.nl
// 2019-01-16; sdworx.nl). The maximum is per move; wkr applies it once per employee and year, over
// all of the employee's moving_costs items in the order they are given (docs/allowances.md): an
// employee who moves twice in one year is evaluated per move by the caller. Above it: designated
// or wage.
#pragma once

#include "wkr/allowances/common.hpp"
#include "wkr/limits.hpp"

namespace wkr {

/// The moving allowance of one item in `year`, when the employee's earlier moving_costs items of the
/// year were already exempt for `already_exempt`: exempt up to what is left of the maximum, the rest
/// as `excess` says. Errors: a negative amount (invalid_argument); a year the tables do not cover.
[[nodiscard]] inline ItemTreatment moving_costs(const Parameters& parameters, int year, const Decimal& amount,
                                                const Decimal& already_exempt,
                                                ExcessTreatment excess = ExcessTreatment::designate,
                                                Explain explain = Explain::no) {
  using namespace detail::allowance;
  limits::require_amount(amount, "the moving allowance");
  constexpr std::string_view reference =
      "art. 31a lid 2 Wet LB 1964, verhuizing in het kader van de dienstbetrekking (Handboek Loonheffingen)";
  ItemTreatment t;
  const Trace trace(t.explanation, explain);
  const YearTable& table = parameters.year(year);
  trace.receipt(parameters);
  const Decimal& maximum = table[param::moving_costs_exempt_maximum];
  const Decimal left = already_exempt < maximum ? maximum - already_exempt : Decimal();
  trace.step([&] {
    return Step{.rule = "moving_costs.cap",
                .reference = std::string(reference),
                .formula = say("moving_costs.cap.formula", euro(maximum), euro(already_exempt)),
                .inputs = {{"already_exempt", already_exempt, Unit::eur}},
                .parameters = {describe(table.use(param::moving_costs_exempt_maximum))},
                .result = {"cap", left, Unit::eur}};
  });
  set_from_split(t, split(amount, left, excess, reference, trace));
  return t;
}

}  // namespace wkr
