// wkr — items outside the targeted exemptions: intermediary costs, the free space itself, and
// what is always the employee's wage.
//
// - Intermediary costs (intermediaire kosten): costs the employee pays on the employer's behalf
//   and has reimbursed (stamps, printer paper, fuel for the company car) are not wage at all and
//   stay outside the free space (Handboek Loonheffingen 2015 §4.13; xelio.nl 2021).
// - Gifts, parties and other items without an exemption: designated to the free space (art. 31
//   lid 1 onderdeel f Wet LB 1964), or wage at the employer's choice.
// - Always wage: the private use of a company car, a company house (dienstwoning) and fines can
//   never be designated (Kamerstuk 34785 nr. 80: "met uitzondering van onder andere de ter
//   beschikking gestelde auto en woning"; Handboek Loonheffingen 2015 §4.13). A designation is
//   refused with an error, not quietly turned into wage.
// - A company bicycle (fiets van de zaak): the addition for its private use (7% of the consumer
//   price since 2020) may be designated to the free space — the exclusions name the company car and
//   the company house, not the bicycle (Kamerstuk 34785 nr. 80), and the sources found say so:
//   100-salaris.nl "Bijtelling fiets van de zaak enquête" (the Belastingdienst's forum for payroll
//   administrators: "Een werkgever mag de bijtelling voor de fiets aanwijzen als eindheffingsloon.
//   Het bedrag komt ten laste van de vrije ruimte."); accountancyvanmorgen.nl 2025-07-24 ("de
//   bijtelling fiets [mag] aangewezen … worden in de vrije ruimte", unlike the car's); securex.nl
//   2021-04-16; krcvanelderen.nl 2023. No source was found that excludes it; the
//   whitepaper's "always wage" cites none. Designated by default; the employer may treat it as the
//   employee's wage instead (EvaluationOptions::company_bicycle_designation = false), and a
//   designated addition counts for the customary test like any other designated item.
#pragma once

#include <string>

#include "wkr/allowances/common.hpp"
#include "wkr/limits.hpp"

namespace wkr {

/// Intermediary costs: not wage, outside the free space.
[[nodiscard]] inline ItemTreatment intermediary_costs(const Parameters& parameters, int year, const Decimal& amount,
                                                      Explain explain = Explain::no) {
  limits::require_amount(amount, "the intermediary costs");
  ItemTreatment t;
  const Trace trace(t.explanation, explain);
  (void)parameters.require_year(year);
  trace.receipt(parameters);
  t.amount = amount;
  t.intermediary = amount;
  trace.step([&] {
    return Step{.rule = "intermediary.not_wage",
                .reference = "intermediaire kosten, Handboek Loonheffingen 2015 §4.13",
                .formula = say("intermediary.formula"),
                .inputs = {{"amount", amount, Unit::eur}},
                .result = {"intermediary", amount, Unit::eur}};
  });
  return t;
}

/// An item without an exemption (a gift, a party): designated to the free space, or wage.
[[nodiscard]] inline ItemTreatment free_space_item(const Parameters& parameters, int year, const Decimal& amount,
                                                   ExcessTreatment treatment = ExcessTreatment::designate,
                                                   Explain explain = Explain::no) {
  (void)parameters.require_year(year);
  return detail::allowance::not_exempt_item(
      parameters, amount, treatment, "free_space.designation", "", [] { return say("free_space.designation.formula"); },
      explain);
}

/// The private-use addition of a company bicycle: designated to the free space, or the employee's
/// wage when `treatment` says so (the employer's choice); see the top of this file for the sources.
[[nodiscard]] inline ItemTreatment company_bicycle(const Parameters& parameters, int year, const Decimal& amount,
                                                   ExcessTreatment treatment = ExcessTreatment::designate,
                                                   Explain explain = Explain::no) {
  (void)parameters.require_year(year);
  return detail::allowance::not_exempt_item(
      parameters, amount, treatment, "company_bicycle",
      "fiets van de zaak (Kamerstuk 34785 nr. 80; 100-salaris.nl, Belastingdienst forum: \"Een werkgever "
      "mag de bijtelling voor de fiets aanwijzen als eindheffingsloon\"; accountancyvanmorgen.nl 2025-07-24; "
      "securex.nl 2021-04-16)",
      [treatment] {
        return say(treatment == ExcessTreatment::designate ? "company_bicycle.designated" : "company_bicycle.wage");
      },
      explain);
}

/// What is always wage: company car, company house, fines (`what` names it in the messages).
/// `treatment` designate is refused: Error(invalid_argument) saying why.
[[nodiscard]] inline ItemTreatment always_wage(const Parameters& parameters, int year, const Decimal& amount,
                                               std::string_view what,
                                               ExcessTreatment treatment = ExcessTreatment::wage,
                                               Explain explain = Explain::no) {
  constexpr std::string_view reference = "Kamerstuk 34785 nr. 80; Handboek Loonheffingen 2015 §4.13";
  if (treatment == ExcessTreatment::designate) {
    throw Error(ErrorCode::invalid_argument, say("error.items.always_wage_designated", noun(what)));
  }
  (void)parameters.require_year(year);
  return detail::allowance::not_exempt_item(
      parameters, amount, ExcessTreatment::wage, "always_wage", reference,
      [what] { return say("always_wage.formula", noun(what)); }, explain);
}

}  // namespace wkr
