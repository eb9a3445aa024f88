// wkr — the targeted exemptions that cover what something actually cost: temporary stay on
// business trips, courses and study, the certificate of conduct (VOG), outplacement, moving the
// household goods and meals with a business character (gerichte vrijstellingen, art. 31a lid 2 Wet
// LB 1964; the letter of each onderdeel was not retrieved from the law text, so none is cited).
//
// Each is exempt up to its actual cost: a reimbursement of the bills, or what the employer paid
// itself, is exempt in full; an allowance above the cost leaves an excess, designated or wage. The
// quantity of the item is the actual cost; without it the amount is taken to be the cost. The
// conditions of each exemption (a stay that is temporary, a study for the employee's income, a
// move for the job, a meal with a business character) are the user's to confirm when choosing the
// category; the step says which. Sources per exemption:
//   - stay: the gerichte vrijstelling for tijdelijk verblijf (bource-snikkenburg.nl: "artikel 31a
//     Wet op de loonbelasting 1964"); temporary = the employee works at changing places, or at one
//     place on at most 20 days (Salaris Vanmorgen via headliner.nl; omnyacc.nl 2022-07-26).
//   - course: Kamerstuk 34785 nr. 80 ("gerichte vrijstelling … zoals reiskosten en studiekosten");
//     icm.nl (the conditions of the study exemption).
//   - VOG: Belastingplan 2020, MvT §6.2 ("de vergoeding voor de VOG [komt] niet meer ten laste van
//     de vrije ruimte"), from 1 January 2020 (vog.exempt); before, the cost was designated.
//   - outplacement: Belastingdienst handreiking outplacement (update November 2025) via pronvos.nl;
//     hr-kiosk.nl. For a former employee only while he still has wage from present employment.
//   - moving the household goods: Handboek Loonheffingen via rendement.nl 2019-01-16 and
//     sdworx.nl (the actual cost of moving the goods, besides the capped allowance of moving.hpp).
//   - business meals: the Belastingdienst standpoint on business meals (2025) via
//     accountantsportal.nl 2025-08; jbadmin.nl; omnyacc.nl 2022-12-12.
#pragma once

#include <array>
#include <optional>
#include <string_view>

#include "wkr/allowances/common.hpp"
#include "wkr/limits.hpp"

namespace wkr {

/// The exemptions up to the actual cost.
enum class CostExemption { stay_costs, course, vog, outplacement, moving_goods, business_meal };

namespace detail::allowance {

struct CostExemptionRule {
  std::string_view rule;       ///< the step's rule id
  std::string_view reference;  ///< the legal source
  // What the user confirms by choosing the category: the sentence "RULE.condition".
};

inline const CostExemptionRule& cost_exemption_rule(CostExemption which) {
  static const std::array<CostExemptionRule, 6> rules = {{
      {"stay_costs", "art. 31a lid 2 Wet LB 1964, tijdelijk verblijf in het kader van de dienstbetrekking"},
      {"course", "art. 31a lid 2 Wet LB 1964, cursussen en studie (Kamerstuk 34785 nr. 80: studiekosten)"},
      {"vog", "art. 31a lid 2 Wet LB 1964, verklaring omtrent het gedrag (Belastingplan 2020, MvT §6.2)"},
      {"outplacement", "art. 31a lid 2 Wet LB 1964, outplacement (Belastingdienst handreiking outplacement)"},
      {"moving_goods", "art. 31a lid 2 Wet LB 1964, verhuizing (Handboek Loonheffingen, verhuiskosten)"},
      {"business_meal", "art. 31a lid 2 Wet LB 1964, maaltijden met een zakelijk karakter (Belastingdienst standpunt)"},
  }};
  return rules[static_cast<std::size_t>(which)];
}

}  // namespace detail::allowance

/// One item under `which`: exempt up to `actual_cost` (none: the amount is the cost), the rest as
/// `excess` says. A VOG before 2020 is not exempt (vog.exempt). Errors: a negative amount or cost
/// (invalid_argument); a year the tables do not cover.
[[nodiscard]] inline ItemTreatment cost_exemption(const Parameters& parameters, int year, CostExemption which,
                                                  const Decimal& amount, const std::optional<Decimal>& actual_cost,
                                                  ExcessTreatment excess = ExcessTreatment::designate,
                                                  Explain explain = Explain::no) {
  using namespace detail::allowance;
  limits::require_amount(amount, "the amount");
  if (actual_cost) limits::require_amount(*actual_cost, "the actual cost");
  const CostExemptionRule& rule = cost_exemption_rule(which);
  ItemTreatment t;
  const Trace trace(t.explanation, explain);
  const YearTable& table = parameters.require_year(year);
  trace.receipt(parameters);
  const bool in_force = which != CostExemption::vog || table[param::vog_exempt];
  const Decimal cost = actual_cost.value_or(amount);
  const Decimal cap = in_force ? cost : Decimal();
  trace.step([&] {
    Step step{
        .rule = std::string(rule.rule),
        .reference = std::string(rule.reference),
        .formula = say(std::string(rule.rule) + ".condition") + say(!in_force     ? "cost_exemption.not_in_force"
                                                                    : actual_cost ? "cost_exemption.up_to_actual"
                                                                                  : "cost_exemption.amount_is_cost"),
        .inputs = {{"actual_cost", cost, Unit::eur}},
        .result = {"cap", cap, Unit::eur}};
    if (which == CostExemption::vog) step.parameters.push_back(describe(table.use(param::vog_exempt)));
    return step;
  });
  set_from_split(t, split(amount, cap, excess, rule.reference, trace));
  return t;
}

}  // namespace wkr
