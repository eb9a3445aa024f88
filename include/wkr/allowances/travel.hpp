// wkr — the travel allowance by the kilometre and at actual cost: art. 31a lid 2 onderdeel a Wet LB
// 1964 (reiskostenvergoeding).
//
// Travel with own transport, by bicycle or on foot is exempt up to a fixed amount per kilometre
// (travel.rate_per_km: €0.19 2015–2022, €0.21 2023, €0.23 2024–2026); public transport may be
// reimbursed tax-free at its actual cost. The same exemption covers commuting to the fixed
// workplace (woon-werkverkeer) and business trips (zakelijke reizen), but they are kept apart:
// a business trip is not commuting, so a home-working day with a business trip keeps both the
// home-working and the travel exemption (same_day.hpp). The fixed monthly allowance from a
// weekly pattern is in fixed_commute.hpp. Above the exempt amount, the excess (bovenmatig deel)
// is designated to the free space or taxed as wage (Handboek Loonheffingen 2011 voorbeeld 6).
#pragma once

#include <optional>
#include <string>

#include "wkr/allowances/common.hpp"

namespace wkr {

/// What a kilometre-based allowance reimburses.
enum class TravelPurpose {
  commuting,      ///< woon-werkverkeer: home to the fixed workplace and back
  business_trip,  ///< zakelijke reis: any other travel for work
};

struct TravelOptions {
  ExcessTreatment excess = ExcessTreatment::designate;
};

struct TravelByKm {
  int year = 0;
  TravelPurpose purpose = TravelPurpose::commuting;
  std::optional<Decimal> km_one_way;  ///< when given as a distance and a number of days
  std::optional<Decimal> days;
  Decimal km;    ///< kilometres travelled
  Decimal rate;  ///< exempt per km
  Decimal cap;   ///< the largest exempt amount: km × rate
  std::optional<Split> split;
  Explanation explanation;
};

struct PublicTransport {
  int year = 0;
  Decimal actual_cost;  ///< the cost of the tickets; the cap
  Split split;
  Explanation explanation;
};

namespace detail::allowance {

inline const std::string travel_reference = "art. 31a lid 2 onderdeel a Wet LB 1964 (reiskostenvergoeding)";

/// The exempt amount per km for `year`, recorded as a step.
inline Decimal travel_rate(const Parameters& parameters, int year, Explanation& explanation) {
  const ParameterUse use = parameters.at_year("travel.rate_per_km", year);
  explanation.steps.push_back(step("travel.rate", travel_reference,
                                   "the exempt amount per km for own transport, bicycle or on foot", {},
                                   {describe(use)}, {"rate", number(use), "eur_per_km"}));
  return number(use);
}

inline TravelByKm travel_by_km(const Parameters& parameters, int year, TravelPurpose purpose, const Decimal& km,
                               std::string formula, std::vector<Quantity> inputs, const std::optional<Decimal>& paid,
                               const TravelOptions& options, TravelByKm result) {
  result.year = year;
  result.purpose = purpose;
  result.km = km;
  result.explanation.receipt = parameters.receipt();
  result.rate = travel_rate(parameters, year, result.explanation);
  const std::string rule = purpose == TravelPurpose::commuting ? "commuting.cap" : "business_travel.cap";
  const std::string reference = travel_reference + (purpose == TravelPurpose::commuting
                                                        ? ": commuting (woon-werkverkeer)"
                                                        : ": business trips (zakelijke reizen), apart from commuting");
  const Decimal exact = km * result.rate;
  inputs.push_back({"rate", result.rate, "eur_per_km"});
  result.explanation.steps.push_back(
      step(rule, reference, formula + " × " + result.rate.to_string(), std::move(inputs), {}, {"cap", exact, "eur"}));
  result.cap = round_cap(parameters, year, exact, rule + "_rounding", "cap", result.explanation);
  if (paid) result.split = split(*paid, result.cap, options.excess, reference, result.explanation);
  return result;
}

}  // namespace detail::allowance

/// Commuting by the kilometre: `days` trips of `km_one_way` there and back (km_one_way × 2 ×
/// days × rate), and the split of `paid` when given. Fiscal-facts W1/W11: 2 × 10 × 129 × 0.19.
[[nodiscard]] inline TravelByKm commute_per_day(const Parameters& parameters, int year, const Decimal& km_one_way,
                                                const Decimal& days, const std::optional<Decimal>& paid,
                                                const TravelOptions& options = {}) {
  using namespace detail::allowance;
  require_non_negative(km_one_way, "the distance one way");
  require_whole(days, "the number of commuting days");
  if (Decimal::from_integer(days_in_year(year)) < days) {
    throw Error(ErrorCode::invalid_argument, "the number of commuting days is " + days.to_string() + "; " +
                                                 std::to_string(year) + " has " + std::to_string(days_in_year(year)) +
                                                 " days");
  }
  TravelByKm result;
  result.km_one_way = km_one_way;
  result.days = days;
  const Decimal km = km_one_way * Decimal::from_integer(2) * days;
  return travel_by_km(parameters, year, TravelPurpose::commuting, km,
                      km_one_way.to_string() + " × 2 × " + days.to_string(),
                      {{"km_one_way", km_one_way, "km"}, {"days", days, "days"}}, paid, options, std::move(result));
}

/// Kilometres travelled in total (commuting or business trips) × rate, and the split of `paid`.
[[nodiscard]] inline TravelByKm travel_per_km(const Parameters& parameters, int year, TravelPurpose purpose,
                                              const Decimal& km, const std::optional<Decimal>& paid,
                                              const TravelOptions& options = {}) {
  using namespace detail::allowance;
  require_non_negative(km, "the number of kilometres");
  return travel_by_km(parameters, year, purpose, km, km.to_string(), {{"km", km, "km"}}, paid, options, TravelByKm{});
}

/// Public transport reimbursed at actual cost: exempt up to `actual_cost` (the tickets' cost;
/// when not given, `paid` is taken to be the actual cost). Fiscal-facts §6: actual costs may be
/// reimbursed tax-free.
[[nodiscard]] inline PublicTransport public_transport(const Parameters& parameters, int year, const Decimal& paid,
                                                      const std::optional<Decimal>& actual_cost,
                                                      const TravelOptions& options = {}) {
  using namespace detail::allowance;
  require_non_negative(paid, "the amount paid");
  PublicTransport result;
  result.year = year;
  result.explanation.receipt = parameters.receipt();
  (void)parameters.at_year("travel.rate_per_km", year);  // a year the tables cover, like every rule
  result.actual_cost = actual_cost.value_or(paid);
  require_non_negative(result.actual_cost, "the actual cost of public transport");
  const std::string reference = travel_reference + ": public transport at actual cost";
  result.explanation.steps.push_back(
      step("public_transport.cap", reference,
           actual_cost ? "the actual cost of the tickets" : "the amount paid is the actual cost of the tickets",
           {{"actual_cost", result.actual_cost, "eur"}}, {}, {"cap", result.actual_cost, "eur"}));
  result.split = split(paid, result.actual_cost, options.excess, reference, result.explanation);
  return result;
}

}  // namespace wkr
