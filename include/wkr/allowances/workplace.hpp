// wkr — working away from home and office: a flex workplace the employer provides, and an
// employee's own co-working subscription.
//
// A werkplek, for the nil valuations of provisions at the workplace, is any place used for work
// to which the Arbowet applies for the employer — except a workspace in the employee's home
// (URLB 2011 definition, quoted by succesvolboekhouden.nl and studylibnl). A flex
// office or co-working space that the employer provides and that meets the arbo rules is such a
// place, so what the employer provides there is nil valued (nihilwaardering). That is an inference
// from the definition: no source deals with it directly.
//
// Reimbursing a co-working subscription the employee takes out himself has no targeted exemption
// or nil valuation that wkr knows of: it is designated to the free space by default, or wage. No
// source was found either way (unconfirmed) — check before relying on it.
#pragma once

#include "wkr/allowances/common.hpp"

namespace wkr {

/// A flex workplace the employer provides (rent of a flex office or co-working space used for
/// work, meeting the arbo rules): nil valued.
[[nodiscard]] inline ItemTreatment flex_workplace(const Parameters& parameters, int year, const Decimal& amount,
                                                  Explain explain = Explain::no) {
  (void)parameters.require_year(year);
  return detail::allowance::nil_valued_item(
      parameters, amount, "workplace.flex", "nihilwaardering voorzieningen op de werkplek (URLB 2011)",
      [] { return say("workplace.flex.formula"); }, explain);
}

/// A reimbursed co-working subscription of the employee's own: no exemption known (unconfirmed).
[[nodiscard]] inline ItemTreatment coworking_reimbursement(const Parameters& parameters, int year,
                                                           const Decimal& amount,
                                                           ExcessTreatment treatment = ExcessTreatment::designate,
                                                           Explain explain = Explain::no) {
  (void)parameters.require_year(year);
  return detail::allowance::not_exempt_item(
      parameters, amount, treatment, "workplace.coworking", "", [] { return say("workplace.coworking.formula"); },
      explain);
}

}  // namespace wkr
