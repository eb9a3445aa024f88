// wkr — a public-transport pass (OV-abonnement, a right to travel free or at a discount) that the
// employee also uses privately: art. 31a lid 2 onderdeel a Wet LB 1964 (vervoer), which Belastingplan
// 2024 changed from 1 January 2024 (the amending text was not retrieved).
//
// - From 2024 (public_transport_pass.private_use_exempt = 1): the reimbursement, provision or making
//   available of the pass is exempt in full when the employee uses it (also, to any extent) for
//   business trips, commuting included; the private use does not matter (Belastingdienst wording
//   via salarisvanmorgen.nl 2025-04-02: "is gericht vrijgesteld als de werknemer het recht (ook)
//   gebruikt voor zakelijke reizen, waaronder woon-werkverkeer"; nuvo.nl; fiscaliade.nl 2023-09-19).
//   From 2025 also for public transport abroad (Nieuwsbrief Loonheffingen 2025 via
//   salarisvanmorgen.nl 2024-11-18).
// - 2015–2023 (0): a pass reimbursed or given was exempt only up to the cost of the business trips,
//   commuting included, made with it, which the employee had to make plausible; the rest was wage
//   (nuvo.nl). The item's quantity is that cost, and is required. A pass the employer only made
//   available and that was used at least 10% for business was nil valued (fiscaliade.nl
//   2023-09-19); wkr does not model that reading and applies the cost limit — it never exempts
//   more than the law does.
#pragma once

#include <optional>
#include <string>

#include "wkr/allowances/common.hpp"
#include "wkr/limits.hpp"

namespace wkr {

/// A public-transport pass worth `amount` in `year`; `business_trips_cost` is what the business trips
/// made with it would have cost (required before 2024). Errors: a negative amount, no
/// business_trips_cost before 2024 (invalid_argument); a year the tables do not cover.
[[nodiscard]] inline ItemTreatment public_transport_pass(const Parameters& parameters, int year,
                                                         const Decimal& amount,
                                                         const std::optional<Decimal>& business_trips_cost,
                                                         ExcessTreatment excess = ExcessTreatment::designate,
                                                         Explain explain = Explain::no) {
  using namespace detail::allowance;
  limits::require_amount(amount, "the amount of the public-transport pass");
  if (business_trips_cost) limits::require_amount(*business_trips_cost, "the cost of the business trips");
  constexpr std::string_view reference =
      "art. 31a lid 2 onderdeel a Wet LB 1964 (vervoer; recht op vrij reizen of reizen met korting)";
  ItemTreatment t;
  const Trace trace(t.explanation, explain);
  const YearTable& table = parameters.year(year);
  trace.receipt(parameters);
  const bool in_full = table[param::public_transport_pass_private_use_exempt];
  if (!in_full && !business_trips_cost) {
    throw Error(ErrorCode::invalid_argument, say("error.public_transport_pass.quantity", std::to_string(year)));
  }
  const Decimal cap = in_full ? amount : *business_trips_cost;
  trace.step([&] {
    Step step{.rule = "public_transport_pass",
              .reference = std::string(reference),
              .formula = say(in_full ? "public_transport_pass.in_full" : "public_transport_pass.business_part"),
              .inputs = {{"amount", amount, Unit::eur}},
              .parameters = {describe(table.use(param::public_transport_pass_private_use_exempt))},
              .result = {"cap", cap, Unit::eur}};
    if (business_trips_cost) step.inputs.push_back({"business_trips_cost", *business_trips_cost, Unit::eur});
    return step;
  });
  set_from_split(t, split(amount, cap, excess, reference, trace));
  return t;
}

}  // namespace wkr
