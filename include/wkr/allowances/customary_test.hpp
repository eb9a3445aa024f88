// wkr — the customary test (gebruikelijkheidstoets): art. 31 lid 1 onderdeel f Wet LB 1964.
//
// What an employer designates to the free space must be customary: per employee it may deviate
// at most 30% from what is usual in comparable circumstances, and the part above that is the
// employee's wage. Up to €2,400 per employee per calendar year (customary_test.safe_harbour, a
// practical limit of the Belastingdienst in the Handboek Loonheffingen, not a statutory one) the
// designated items are taken to be customary. Targeted exemptions do not count.
//
// wkr cannot know what is usual for comparable employees, so it does not refuse anything: above
// the safe harbour it flags the employee for review. The test does not apply to employees below
// the statutory minimum wage or to interns (stagiairs) — when the input says so (fiscal-facts §4).
#pragma once

#include <string>

#include "wkr/allowances/common.hpp"

namespace wkr {

/// Why the customary test does not apply to an employee.
enum class CustomaryTestExclusion { none, intern, below_minimum_wage };

struct CustomaryTest {
  Decimal designated;    ///< the employee's designated total for the year
  Decimal safe_harbour;  ///< €2,400
  bool applies = true;   ///< false for interns and employees below the minimum wage
  bool review = false;   ///< designated above the safe harbour: review whether it is customary
  Step step;             ///< the test as an explanation step
};

/// The customary test of one employee's designated total in `year`.
[[nodiscard]] inline CustomaryTest customary_test(const Parameters& parameters, int year, const Decimal& designated,
                                                  CustomaryTestExclusion exclusion = CustomaryTestExclusion::none) {
  using namespace detail::allowance;
  require_non_negative(designated, "the designated total");
  const ParameterUse use = parameters.at_year("customary_test.safe_harbour", year);
  CustomaryTest t;
  t.designated = designated;
  t.safe_harbour = number(use);
  t.applies = exclusion == CustomaryTestExclusion::none;
  t.review = t.applies && t.safe_harbour < designated;
  std::string formula;
  if (!t.applies) {
    formula = exclusion == CustomaryTestExclusion::intern
                  ? "an intern (stagiair): the customary test does not apply"
                  : "below the statutory minimum wage: the customary test does not apply";
  } else {
    formula = designated.to_string() + (t.review ? " > " : " ≤ ") + t.safe_harbour.to_string() +
              (t.review ? ": above the safe harbour, review whether the designated items are customary (the part "
                          "more than 30% above what is usual is the employee's wage)"
                        : ": within the safe harbour, taken to be customary");
  }
  t.step = step("customary_test.safe_harbour", "gebruikelijkheidstoets: " + use.entry->reference, formula,
                {{"designated", designated, "eur"}}, {describe(use)},
                {"customary_review", Decimal::from_integer(t.review ? 1 : 0), "flag"});
  return t;
}

}  // namespace wkr
