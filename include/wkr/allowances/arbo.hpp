// wkr — arbo provisions for the home workplace (arbovoorzieningen): a targeted exemption under
// art. 8.4a lid 1 onderdeel a URLB 2011 (KG:204:2022:34; not a nil valuation), whether the
// employer reimburses, provides or lends them.
//
// Conditions (KG:204:2022:34; the Belastingdienst handreiking of 27-11-2025 via taxnavigator.nl):
// the provision follows directly from the employer's obligations under the Arbowet (Arbobesluit:
// ergonomic chair, desk or work top, adequate lighting), it is used at least partly in the home
// workspace, and the employee pays nothing towards it (an exchange of taxable wage counts as
// paying; his contribution itself is not wage, the evaluation reports it apart). From 2022 only
// the *required* (verplichte) provisions qualify: the part above the cost of the required version
// is wage, or designated to the free space.
// wkr applies that limit to every year: before 2022 the text was broader, but how much broader was
// not established (docs/allowances.md) — the narrower reading never exempts too much.
#pragma once

#include <optional>

#include "wkr/allowances/common.hpp"
#include "wkr/limits.hpp"

namespace wkr {

struct ArboInput {
  Decimal amount;                        ///< reimbursed, or the value provided
  std::optional<Decimal> required_cost;  ///< the cost of the version the Arbowet requires; none: all of it
  bool required_by_arbowet = true;       ///< the employer must provide it under the Arbowet
  Decimal own_contribution;              ///< anything the employee pays or gives up for it
};

/// An arbo provision for the home workplace in `year`: its exempt part and the rest, as `excess`
/// says. Errors: a negative amount (invalid_argument); a year the tables do not cover.
[[nodiscard]] inline ItemTreatment arbo(const Parameters& parameters, int year, const ArboInput& in,
                                        ExcessTreatment excess = ExcessTreatment::designate,
                                        Explain explain = Explain::no) {
  using namespace detail::allowance;
  limits::require_amount(in.amount, "the amount of the arbo provision");
  limits::require_amount(in.own_contribution, "the own contribution");
  if (in.required_cost) limits::require_amount(*in.required_cost, "the cost of the required version");
  constexpr std::string_view reference =
      "art. 8.4a lid 1 onderdeel a URLB 2011 (arbovoorzieningen, gerichte vrijstelling; KG:204:2022:34)";
  ItemTreatment t;
  const Trace trace(t.explanation, explain);
  (void)parameters.require_year(year);
  trace.receipt(parameters);
  const bool exempt = in.required_by_arbowet && in.own_contribution.is_zero();
  const Decimal cap = !exempt ? Decimal() : in.required_cost ? min(in.amount, *in.required_cost) : in.amount;
  trace.step([&] {
    Step step{.rule = "arbo.required",
              .reference = std::string(reference),
              .inputs = {{"amount", in.amount, Unit::eur}},
              .result = {"cap", cap, Unit::eur}};
    if (!in.required_by_arbowet) {
      step.formula = say("arbo.not_required");
    } else if (!in.own_contribution.is_zero()) {
      step.formula = say("arbo.contribution", euro(in.own_contribution));
    } else {
      step.formula =
          in.required_cost ? say("arbo.up_to_required", euro(in.amount), euro(*in.required_cost)) : say("arbo.exempt");
    }
    if (in.required_cost) step.inputs.push_back({"required_cost", *in.required_cost, Unit::eur});
    return step;
  });
  set_from_split(t, split(in.amount, cap, excess, reference, trace));
  return t;
}

}  // namespace wkr
