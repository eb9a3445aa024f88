// wkr — the customary test (gebruikelijkheidstoets): art. 31 lid 1 onderdeel f Wet LB 1964.
//
// What an employer designates to the free space must be customary: per employee it may deviate
// at most 30% from what is usual in comparable circumstances, and the part above that is the
// employee's wage. Up to €2,400 per employee per calendar year (customary_test.safe_harbour, a
// practical limit of the Belastingdienst in the Handboek Loonheffingen, not a statutory one) the
// designated items are taken to be customary. Targeted exemptions do not count.
//
// The safe harbour may not be used for interns (stagiairs) or for employees paid below the
// statutory minimum wage (eijkhoutenpartners.nl "Hoe werkt de doelmatigheidsgrens binnen de
// werkkostenregeling": "het geldt niet altijd, bijvoorbeeld niet als het loon van een werknemer
// onder het wettelijk minimum uitkomt of bij stagiairs"; auxiliumadviesgroep.nl "Doelmatigheidsgrens
// werkkostenregeling": "Zo mag je de grens niet toepassen bij medewerkers die minder verdienen dan
// het wettelijk minimumloon of bij stagiairs"). For them the full customary test applies to every
// designated euro.
//
// wkr cannot know what is usual for comparable employees, so it does not refuse anything: it flags
// the employee for review — above the safe harbour, or, for an intern or an employee below the
// minimum wage, as soon as anything is designated.
#pragma once

#include <string>

#include "wkr/allowances/common.hpp"
#include "wkr/limits.hpp"

namespace wkr {

/// Why the safe harbour of the customary test may not be used for an employee.
enum class CustomaryTestExclusion { none, intern, below_minimum_wage };

struct CustomaryTest {
  Decimal designated;                ///< the employee's designated total for the year
  Decimal safe_harbour;              ///< €2,400
  bool safe_harbour_applies = true;  ///< false for interns and employees below the minimum wage
  bool review = false;  ///< review whether the designated items are customary: above the safe harbour,
                        ///< or anything designated when the safe harbour may not be used
  Step step;            ///< the test as an explanation step
};

/// The customary test of one employee's designated total in `year`. The step is built only when
/// `explain` says so.
[[nodiscard]] inline CustomaryTest customary_test(const Parameters& parameters, int year, const Decimal& designated,
                                                  CustomaryTestExclusion exclusion = CustomaryTestExclusion::none,
                                                  Explain explain = Explain::no) {
  limits::require_amount(designated, "the designated total");
  const YearTable& table = parameters.year(year);
  CustomaryTest t;
  t.designated = designated;
  t.safe_harbour = table[param::customary_test_safe_harbour];
  t.safe_harbour_applies = exclusion == CustomaryTestExclusion::none;
  t.review = t.safe_harbour_applies ? t.safe_harbour < designated : !designated.is_zero();
  if (explain == Explain::no) return t;
  const ParameterUse use = table.use(param::customary_test_safe_harbour);
  std::string reference = "gebruikelijkheidstoets: " + use.entry->reference;
  Phrase formula;
  if (t.safe_harbour_applies) {
    formula = euro(designated) + (t.review ? " > " : " ≤ ") + euro(t.safe_harbour) +
              say(t.review ? "customary_test.above" : "customary_test.within");
  } else {
    reference += " (eijkhoutenpartners.nl; auxiliumadviesgroep.nl)";
    formula = say(exclusion == CustomaryTestExclusion::intern ? "customary_test.intern" : "customary_test.minimum_wage",
                  say(t.review ? "customary_test.review" : "customary_test.nothing", euro(designated)));
  }
  t.step = Step{.rule = "customary_test.safe_harbour",
                .reference = std::move(reference),
                .formula = std::move(formula),
                .inputs = {{"designated", designated, Unit::eur}},
                .parameters = {describe(use)},
                .result = {"customary_review", Decimal::from_integer(t.review ? 1 : 0), Unit::flag}};
  return t;
}

}  // namespace wkr
