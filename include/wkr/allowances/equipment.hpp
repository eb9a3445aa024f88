// wkr — tools, computers, mobile phones and the like under the necessity criterion
// (noodzakelijkheidscriterium): art. 31a lid 2 onderdeel g Wet LB 1964, since 2015 (Belastingplan
// 2015, the bill's text via the Werkkostenregeling.net dossier).
//
// Such equipment, with its data transport and software, is exempt when it is necessary, in the
// employer's reasonable judgement, for the proper performance of the job, and the employee must
// return it, or pay its residual value as far as the employer bore it, once it is no longer
// necessary. If he does neither, the residual value is his wage from then on — the employer may
// designate it (dezaak.nl 2018-06-21). wkr records that condition in the explanation of every
// exempt item; the residual value later is a new item (equipment_other) in the year it arises.
// Not in a cafetaria scheme; for a director or supervisory director the burden of proof is his
// (Belastingdienst handreiking via 100-salaris.nl). An own contribution towards the equipment
// blocks the exemption: the Handboek allows one only for a more expensive version (rendement.nl
// 2019-09-09; dezaak.nl) — such a top-up belongs in neither the amount nor the contribution.
// Internet at home has its own category (internet.hpp). Equipment that is not necessary is
// designated or wage.
#pragma once

#include "wkr/allowances/common.hpp"
#include "wkr/limits.hpp"

namespace wkr {

namespace detail::allowance {
inline constexpr std::string_view equipment_reference =
    "art. 31a lid 2 onderdeel g Wet LB 1964 (noodzakelijkheidscriterium)";
}  // namespace detail::allowance

/// Necessary equipment worth `amount`; `contributed`: the employee paid towards it. Errors: a
/// negative amount (invalid_argument); a year the tables do not cover.
[[nodiscard]] inline ItemTreatment necessary_equipment(const Parameters& parameters, int year, const Decimal& amount,
                                                       bool contributed,
                                                       ExcessTreatment excess = ExcessTreatment::designate,
                                                       Explain explain = Explain::no) {
  using namespace detail::allowance;
  limits::require_amount(amount, "the amount of the equipment");
  ItemTreatment t;
  const Trace trace(t.explanation, explain);
  (void)parameters.require_year(year);
  trace.receipt(parameters);
  const Decimal cap = contributed ? Decimal() : amount;
  trace.step([&] {
    return Step{.rule = "equipment.necessity",
                .reference = std::string(equipment_reference),
                .formula = say(contributed ? "equipment.contributed" : "equipment.necessary"),
                .inputs = {{"amount", amount, Unit::eur}},
                .result = {"cap", cap, Unit::eur}};
  });
  set_from_split(t, split(amount, cap, excess, equipment_reference, trace));
  return t;
}

/// Equipment that is not necessary for the job: designated or wage.
[[nodiscard]] inline ItemTreatment other_equipment(const Parameters& parameters, int year, const Decimal& amount,
                                                   ExcessTreatment treatment = ExcessTreatment::designate,
                                                   Explain explain = Explain::no) {
  (void)parameters.require_year(year);
  return detail::allowance::not_exempt_item(
      parameters, amount, treatment, "equipment.not_necessary", detail::allowance::equipment_reference,
      [] { return say("equipment.not_necessary.formula"); }, explain);
}

}  // namespace wkr
