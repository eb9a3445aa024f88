// wkr — internet at home under the ICT exemption: art. 31a lid 2 onderdeel g Wet LB 1964
// (noodzakelijkheidscriterium, since 2015).
//
// Computers, mobile communication means and similar equipment, with data transport (internet)
// and software, are exempt when they are necessary, in the employer's reasonable judgement, for
// the proper performance of the job (Belastingplan 2015, the bill's text). When they are:
//   - the internet component of a subscription is exempt in full: since 2015 there is no business
//     share to compute (the old >10% test is gone), and no pro rata to home-working days;
//   - an own contribution of the employee for private use does not block the exemption from 2021
//     (internet.private_contribution_allowed); before, any own contribution did;
//   - TV and a fixed landline in the same bundle are not internet and not exempt.
// When they are not necessary, the reimbursement is wage or designated to the free space. The
// internet exemption may be paid on top of the home-working allowance, for the same days.
#pragma once

#include "wkr/allowances/common.hpp"
#include "wkr/limits.hpp"

namespace wkr {

struct InternetInput {
  bool necessary = true;     ///< the necessity criterion is met
  Decimal internet;          ///< reimbursed for the internet component
  Decimal tv;                ///< reimbursed for TV in the same bundle
  Decimal landline;          ///< reimbursed for a fixed landline subscription
  Decimal own_contribution;  ///< what the employee pays himself for private use
};

/// The internet reimbursement of one employee in `year`: its exempt part and the rest, as
/// `excess` says. Errors: a negative amount (invalid_argument); a year the tables do not cover.
[[nodiscard]] inline ItemTreatment internet(const Parameters& parameters, int year, const InternetInput& in,
                                            ExcessTreatment excess = ExcessTreatment::designate,
                                            Explain explain = Explain::no) {
  using namespace detail::allowance;
  limits::require_amount(in.internet, "the internet reimbursement");
  limits::require_amount(in.tv, "the TV reimbursement");
  limits::require_amount(in.landline, "the landline reimbursement");
  limits::require_amount(in.own_contribution, "the own contribution");
  constexpr std::string_view reference = "art. 31a lid 2 onderdeel g Wet LB 1964 (noodzakelijkheidscriterium)";
  ItemTreatment t;
  const Trace trace(t.explanation, explain);
  const YearTable& table = parameters.year(year);
  trace.receipt(parameters);
  const bool contribution_given = in.necessary && !in.own_contribution.is_zero();
  const bool contribution_allowed = table[param::internet_private_contribution_allowed];
  const bool exempt = in.necessary && (!contribution_given || contribution_allowed);
  const Decimal exempt_part = exempt ? in.internet : Decimal();
  trace.step([&] {
    Phrase formula = say(in.necessary ? "internet.necessary" : "internet.not_necessary");
    Step step{.rule = "internet.necessity",
              .reference = std::string(reference),
              .inputs = {{"internet", in.internet, Unit::eur}, {"own_contribution", in.own_contribution, Unit::eur}},
              .result = {"cap", exempt_part, Unit::eur}};
    if (contribution_given) {
      step.parameters.push_back(describe(table.use(param::internet_private_contribution_allowed)));
      formula += say(contribution_allowed ? "internet.contribution_allowed" : "internet.contribution_blocks",
                     euro(in.own_contribution));
    }
    step.formula = std::move(formula);
    return step;
  });
  Decimal other = in.tv;
  add_to(other, in.landline);
  if (!other.is_zero()) {
    trace.step([&] {
      return Step{.rule = "internet.other_components",
                  .reference = std::string(reference),
                  .formula = euro(in.tv) + " + " + euro(in.landline) + say("internet.other_not_exempt"),
                  .inputs = {{"tv", in.tv, Unit::eur}, {"landline", in.landline, Unit::eur}},
                  .result = {"not_exempt", other, Unit::eur}};
    });
  }
  Decimal paid = in.internet;
  add_to(paid, other);
  set_from_split(t, split(paid, exempt_part, excess, reference, trace));
  return t;
}

}  // namespace wkr
