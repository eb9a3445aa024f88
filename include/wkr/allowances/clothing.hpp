// wkr — clothing: work clothing the employer makes available is valued at nil (nihilwaardering,
// URLB 2011; the article number was not retrieved); other clothing is designated or wage.
//
// The Belastingdienst's wording (reproduced by accountancyvanmorgen.nl 2022-02-22 and vestio.nl):
// clothing made available (ter beschikking gesteld — the employer stays owner) and worn wholly or
// partly at the workplace is valued at nil when it is work clothing, that is when it
//   - is only or almost only suitable for wearing at work (a uniform, an overall, a lab coat), or
//   - has one or more clearly visible marks of the employer (a logo) of at least 70 cm² together,
//     per garment (measured by the rectangle around the logo's outermost points), or
//   - demonstrably stays at the workplace.
// Clothing reimbursed (vergoed) or given (verstrekt, the employee becomes owner) is wage, which the
// employer may designate — also for work clothing, and also a reimbursement of cleaning costs.
// Clothing the Arbowet requires (safety shoes), without own contribution, is an arbo provision:
// the arbo category (arbo.hpp).
#pragma once

#include "wkr/allowances/common.hpp"

namespace wkr {

/// Work clothing made available (see the top of this file): nil valued.
[[nodiscard]] inline ItemTreatment work_clothing(const Parameters& parameters, int year, const Decimal& amount,
                                                 Explain explain = Explain::no) {
  (void)parameters.require_year(year);
  return detail::allowance::nil_valued_item(
      parameters, amount, "clothing.work",
      "nihilwaardering werkkleding (URLB 2011; Belastingdienst: kleding ter beschikking gesteld, op de werkplek "
      "gedragen)",
      [] { return say("clothing.work.formula"); }, explain);
}

/// Other clothing, or clothing reimbursed or given to the employee: designated or wage.
[[nodiscard]] inline ItemTreatment other_clothing(const Parameters& parameters, int year, const Decimal& amount,
                                                  ExcessTreatment treatment = ExcessTreatment::designate,
                                                  Explain explain = Explain::no) {
  (void)parameters.require_year(year);
  return detail::allowance::not_exempt_item(
      parameters, amount, treatment, "clothing.other", "Belastingdienst, via accountancyvanmorgen.nl 2022-02-22",
      [] { return say("clothing.other.formula"); }, explain);
}

}  // namespace wkr
