// wkr — the CO₂ of commuting, per travel mode, from the dated emission table (data/nl/emissions.yaml:
// the official list of co2emissiefactoren.nl, well-to-wheel, kg CO₂-equivalent per km). The factors
// are statistics, not law (parameter_names.hpp, WKR_STATISTICS): a year the table does not cover is
// reported as "not available", with the reason, and no other year's factor is ever used.
#pragma once

#include <string>

#include "wkr/explanation.hpp"
#include "wkr/parameters.hpp"
#include "wkr/policy/common.hpp"

namespace wkr {

struct Emissions {
  int year = 0;
  bool available = false;
  Decimal car;               ///< per vehicle-km (a commuter driving alone)
  Decimal bicycle;           ///< own bicycle and company bicycle
  Decimal public_transport;  ///< per passenger-km
  std::string unavailable;   ///< why not, when not available

  [[nodiscard]] const Decimal& per_km(TravelMode mode) const {
    switch (mode) {
      case TravelMode::car: return car;
      case TravelMode::public_transport: return public_transport;
      case TravelMode::bike:
      case TravelMode::company_bicycle: return bicycle;
    }
    return car;
  }
};

/// The emission factors for `year`, or why there are none. Records a step when `trace` is on.
[[nodiscard]] inline Emissions emissions(const Parameters& parameters, int year, const Trace& trace) {
  Emissions out;
  out.year = year;
  const YearTable& table = parameters.year(year);
  out.available = table.covers(param::emissions_car) && table.covers(param::emissions_bicycle) &&
                  table.covers(param::emissions_public_transport);
  if (out.available) {
    out.car = table[param::emissions_car];
    out.bicycle = table[param::emissions_bicycle];
    out.public_transport = table[param::emissions_public_transport];
  } else {
    // The loader's own message says which years the table covers.
    try {
      (void)parameters.at_year(param::emissions_car.name, year);
      (void)parameters.at_year(param::emissions_bicycle.name, year);
      (void)parameters.at_year(param::emissions_public_transport.name, year);
    } catch (const Error& e) {
      out.unavailable = std::string(e.what()) + "; CO₂ is not available for " + std::to_string(year) +
                        " and no other year's factor is used";
    }
  }
  trace.step([&] {
    Step step{.rule = "scenario.emissions",
              .reference = "Lijst CO2-emissiefactoren (co2emissiefactoren.nl), well-to-wheel"};
    if (out.available) {
      step.formula = say("scenario.emissions.factors", num(out.car), num(out.bicycle), num(out.public_transport));
      step.parameters = {describe(table.use(param::emissions_car)), describe(table.use(param::emissions_bicycle)),
                         describe(table.use(param::emissions_public_transport))};
    } else {
      step.formula = say("scenario.emissions.unavailable", std::to_string(year));
    }
    step.result = {"emissions_available", Decimal::from_integer(out.available ? 1 : 0), Unit::flag};
    return step;
  });
  return out;
}

}  // namespace wkr
