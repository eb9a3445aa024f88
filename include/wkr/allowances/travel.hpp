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
#include "wkr/limits.hpp"

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

inline constexpr std::string_view travel_reference = "art. 31a lid 2 onderdeel a Wet LB 1964 (reiskostenvergoeding)";
inline constexpr std::string_view commuting_reference =
    "art. 31a lid 2 onderdeel a Wet LB 1964 (reiskostenvergoeding), woon-werkverkeer";
inline constexpr std::string_view business_travel_reference =
    "art. 31a lid 2 onderdeel a Wet LB 1964 (reiskostenvergoeding), zakelijke reizen";
inline constexpr std::string_view public_transport_reference =
    "art. 31a lid 2 onderdeel a Wet LB 1964 (reiskostenvergoeding), openbaar vervoer";

/// The exempt amount per km for the year, recorded as a step.
inline Decimal travel_rate(const YearTable& table, const Trace& trace) {
  const Decimal& rate = table[param::travel_rate_per_km];
  trace.step([&] {
    return Step{.rule = "travel.rate",
                .reference = std::string(travel_reference),
                .formula = say("travel.rate.formula"),
                .parameters = {describe(table.use(param::travel_rate_per_km))},
                .result = {"rate", rate, Unit::eur_per_km}};
  });
  return rate;
}

/// km × rate for `purpose` and the split of `paid`; `formula` and `inputs` describe the km.
template <class DescribeKm>
inline void travel_by_km(const YearTable& table, TravelPurpose purpose, const Decimal& km,
                         const std::optional<Decimal>& paid, const TravelOptions& options, TravelByKm& result,
                         const Trace& trace, DescribeKm&& describe_km) {
  result.year = table.year();
  result.purpose = purpose;
  result.km = km;
  result.rate = travel_rate(table, trace);
  const bool commuting = purpose == TravelPurpose::commuting;
  const std::string_view reference = commuting ? commuting_reference : business_travel_reference;
  const Decimal exact = km * result.rate;
  trace.step([&] {
    Step step{.rule = commuting ? "commuting.cap" : "business_travel.cap", .reference = std::string(reference)};
    describe_km(step);
    step.formula += " × " + euro(result.rate);
    step.inputs.push_back({"rate", result.rate, Unit::eur_per_km});
    step.result = {"cap", exact, Unit::eur};
    return step;
  });
  result.cap = round_cap(table, exact, commuting ? "commuting.cap_rounding" : "business_travel.cap_rounding", "cap",
                         trace);
  if (paid) result.split = split(*paid, result.cap, options.excess, reference, trace);
}

}  // namespace detail::allowance

/// Commuting by the kilometre: `days` trips of `km_one_way` there and back (km_one_way × 2 ×
/// days × rate), and the split of `paid` when given. Fiscal-facts W1/W11: 2 × 10 × 129 × 0.19.
[[nodiscard]] inline TravelByKm commute_per_day(const Parameters& parameters, int year, const Decimal& km_one_way,
                                                const Decimal& days, const std::optional<Decimal>& paid,
                                                const TravelOptions& options = {}, Explain explain = Explain::no) {
  using namespace detail::allowance;
  limits::require_km(km_one_way, "the distance one way");
  require_whole(days, "the number of commuting days");
  require_within_year(days, year, "the number of commuting days");
  TravelByKm result;
  const Trace trace(result.explanation, explain);
  const YearTable& table = parameters.year(year);
  trace.receipt(parameters);
  result.km_one_way = km_one_way;
  result.days = days;
  const Decimal km = km_one_way * Decimal::from_integer(2) * days;
  travel_by_km(table, TravelPurpose::commuting, km, paid, options, result, trace, [&](Step& step) {
    step.formula = say("commuting.cap.formula", num(km_one_way), num(days));
    step.inputs = {{"km_one_way", km_one_way, Unit::km}, {"days", days, Unit::days}};
  });
  return result;
}

/// Kilometres travelled in total (commuting or business trips) × rate, and the split of `paid`.
[[nodiscard]] inline TravelByKm travel_per_km(const Parameters& parameters, int year, TravelPurpose purpose,
                                              const Decimal& km, const std::optional<Decimal>& paid,
                                              const TravelOptions& options = {}, Explain explain = Explain::no) {
  using namespace detail::allowance;
  limits::require_km(km, "the number of kilometres");
  TravelByKm result;
  const Trace trace(result.explanation, explain);
  const YearTable& table = parameters.year(year);
  trace.receipt(parameters);
  travel_by_km(table, purpose, km, paid, options, result, trace, [&](Step& step) {
    step.formula = say("travel.km", num(km));
    step.inputs = {{"km", km, Unit::km}};
  });
  return result;
}

/// Public transport reimbursed at actual cost: exempt up to `actual_cost` (the tickets' cost;
/// when not given, `paid` is taken to be the actual cost). Fiscal-facts §6: actual costs may be
/// reimbursed tax-free.
[[nodiscard]] inline PublicTransport public_transport(const Parameters& parameters, int year, const Decimal& paid,
                                                      const std::optional<Decimal>& actual_cost,
                                                      const TravelOptions& options = {},
                                                      Explain explain = Explain::no) {
  using namespace detail::allowance;
  limits::require_amount(paid, "the amount paid");
  PublicTransport result;
  const Trace trace(result.explanation, explain);
  (void)parameters.require_year(year);
  trace.receipt(parameters);
  result.year = year;
  result.actual_cost = actual_cost.value_or(paid);
  limits::require_amount(result.actual_cost, "the actual cost of public transport");
  trace.step([&] {
    return Step{.rule = "public_transport.cap",
                .reference = std::string(public_transport_reference),
                .formula = say(actual_cost ? "public_transport.cap.actual" : "public_transport.cap.paid"),
                .inputs = {{"actual_cost", result.actual_cost, Unit::eur}},
                .result = {"cap", result.actual_cost, Unit::eur}};
  });
  result.split = split(paid, result.actual_cost, options.excess, public_transport_reference, trace);
  return result;
}

}  // namespace wkr
