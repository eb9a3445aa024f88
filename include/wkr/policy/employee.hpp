// wkr — how a home-working policy (policy_file.hpp) pays one employee of a population
// (population.hpp): the employee's pattern under the policy, what each part pays him and how it is
// treated — through the payroll's own rules — and the travel, kilometres, time and CO₂ of his
// pattern and of every working day at the office. scenario.hpp adds the employees up.
#pragma once

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "wkr/allowances/arbo.hpp"
#include "wkr/allowances/fixed_commute.hpp"
#include "wkr/allowances/home_working.hpp"
#include "wkr/allowances/internet.hpp"
#include "wkr/allowances/travel.hpp"
#include "wkr/allowances/workplace.hpp"
#include "wkr/policy/budget.hpp"
#include "wkr/policy/emissions.hpp"
#include "wkr/policy/policy_file.hpp"
#include "wkr/policy/population.hpp"

namespace wkr {

/// The parts of what a policy pays one employee.
enum class PolicyPart : std::size_t { home_working, travel, internet, arbo, coworking_space, rest };
inline constexpr std::size_t policy_part_count = 6;

[[nodiscard]] inline std::string_view to_string(PolicyPart part) {
  static constexpr std::array<std::string_view, policy_part_count> names = {
      "home_working", "travel", "internet", "arbo", "coworking_space", "rest"};
  return names[static_cast<std::size_t>(part)];
}

/// One part: what it pays net to the employee and how that is treated.
struct PartFigures {
  Decimal paid;
  Decimal exempt;
  Decimal designated;
  Decimal wage;  ///< net
  std::string_view rule;
  std::string_view reference;
};

/// One employee under one policy.
struct EmployeeFigures {
  std::string id;
  std::string group;
  int line = 0;
  WeeklyPattern pattern;  ///< under the policy
  std::array<PartFigures, policy_part_count> parts{};
  Decimal paid;  ///< net to the employee: exempt + designated + wage
  Decimal exempt;
  Decimal designated;
  Decimal wage;
  Decimal wage_gross;
  Decimal budget;            ///< a budget policy: the employee's budget
  Decimal budget_left_over;  ///< … and what it did not spend
  Decimal travel_paid;
  Decimal travel_paid_all_office;  ///< the same policy, every working day at the office
  Decimal km;                      ///< commuting km in the year (to the office and the co-working space)
  Decimal km_all_office;
  Decimal minutes;  ///< travel time in the year
  Decimal minutes_all_office;
  std::optional<Decimal> co2;  ///< kg CO₂-eq, when the table covers the year
  std::optional<Decimal> co2_all_office;
  bool customary_review = false;
  bool recalculation_required = false;
  Explanation explanation;  ///< the employee's rule trail, when asked for (ScenarioOptions::trace_employee)
};

namespace detail::policy {

/// The pattern of `e` under `policy`: a group the policy names gets its home and co-working days
/// (at most the working days, home days first); the office days are the rest of the employee's
/// working week. Other groups keep their pattern.
[[nodiscard]] inline WeeklyPattern pattern_under(const Policy& policy, const PopulationEmployee& e) {
  auto it = policy.groups.find(e.group);
  if (it == policy.groups.end()) return e.pattern;
  const int week = e.pattern.working_days();
  WeeklyPattern p;
  p.home_days = std::min(it->second.home_days.value_or(e.pattern.home_days), week);
  p.coworking_days = std::min(it->second.coworking_days.value_or(e.pattern.coworking_days), week - p.home_days);
  p.office_days = week - p.home_days - p.coworking_days;
  return p;
}

inline void set_part(EmployeeFigures& f, PolicyPart part, const ItemTreatment& t, std::string_view rule,
                     std::string_view reference) {
  f.parts[static_cast<std::size_t>(part)] = {exact_money(t.amount), exact_money(t.exempt()),
                                             exact_money(t.designated), exact_money(t.wage), rule, reference};
}

/// An amount from a rate × a count, brought to cents like an exempt maximum (allowances.cap_rounding,
/// down), so that a policy paying exactly the exempt rate pays exactly its maximum.
[[nodiscard]] inline Decimal paid_in_cents(const YearTable& table, const Decimal& exact, std::string_view rule,
                                           const Trace& trace) {
  return detail::allowance::round_cap(table, exact, rule, "paid", trace);
}

/// What a travel allowance pays and exempts under `policy` for pattern `p`.
inline ItemTreatment travel_of(const Parameters& parameters, int year, const Policy& policy,
                               const PopulationEmployee& e, const WeeklyPattern& p, const Decimal& weeks,
                               EmployeeFigures& f, Explanation& trail, Explain explain) {
  using namespace detail::allowance;
  ItemTreatment t;
  const PolicyTravel& travel = *policy.travel;
  const Trace trace(trail, explain);
  const YearTable& table = parameters.year(year);
  const bool bicycle = e.mode == TravelMode::company_bicycle;
  const Decimal two = Decimal::from_integer(2);
  const Decimal zero = Decimal::from_coefficient(0, 2);
  Decimal cap = zero;
  Decimal exact_paid;
  const auto no_km_exemption = [&] {
    trace.step([&] {
      return Step{.rule = "budget.company_bicycle",
                  .reference = std::string(company_bicycle_reference),
                  .formula = say("budget.company_bicycle.travel"),
                  .result = {"cap", zero, Unit::eur}};
    });
  };
  if (travel.kind == TravelKind::flexible) {
    const Decimal km = two * weeks *
                       (Decimal::from_integer(p.office_days) * e.km_one_way +
                        Decimal::from_integer(p.coworking_days) * e.coworking_km_one_way.value_or(Decimal()));
    const Decimal paid = paid_in_cents(table, travel.per_km * km, "policy.travel_paid_rounding", trace);
    if (bicycle) {
      no_km_exemption();
      set_from_split(t, split(paid, zero, ExcessTreatment::designate, company_bicycle_reference, trace));
      return t;
    }
    TravelByKm r = travel_per_km(parameters, year, TravelPurpose::commuting, km, paid, {}, explain);
    adopt(explain, trail, r.explanation);
    set_from_split(t, *r.split);
    return t;
  }
  // Fixed: the law's cap per route; paid on the policy's days.
  const struct Route {
    int days;
    Decimal km;
    int work_days;
  } routes[] = {{p.office_days, e.km_one_way, p.office_days + p.home_days},
                {p.coworking_days, e.coworking_km_one_way.value_or(Decimal()), p.coworking_days}};
  for (const Route& route : routes) {
    if (route.days == 0) continue;
    if (bicycle) {
      no_km_exemption();
    } else {
      FixedCommuteInput in;
      in.km_one_way = route.km;
      in.office_days_per_week = route.days;
      in.work_days_per_week = route.work_days;
      FixedCommute fc = fixed_commute(parameters, year, in, {}, explain);
      adopt(explain, trail, fc.explanation);
      cap += fc.cap;
      f.recalculation_required = f.recalculation_required || fc.recalculation_required;
    }
    if (travel.fixed_days == FixedDays::pattern) {
      const PatternDays days = pattern_days(table, route.days, {}, DayRounding::exact, "policy.travel_paid",
                                            "the policy's fixed travel allowance on the pattern", trace);
      exact_paid += travel.per_km * two * route.km * days.days;
    }
  }
  if (travel.fixed_days == FixedDays::working_week) {
    const PatternDays days = pattern_days(table, p.working_days(), {}, DayRounding::exact, "policy.travel_paid",
                                          "the policy's fixed travel allowance on every working day", trace);
    exact_paid = travel.per_km * two * e.km_one_way * days.days;
  }
  const Decimal paid = paid_in_cents(table, exact_paid, "policy.travel_paid_rounding", trace);
  set_from_split(t, split(paid, cap, ExcessTreatment::designate, fixed_commute_reference, trace));
  return t;
}

/// Whether `policy` pays `e` a travel allowance for pattern `p`: his mode is one it pays, and he travels.
[[nodiscard]] inline bool gets_travel(const Policy& policy, const PopulationEmployee& e, const WeeklyPattern& p) {
  if (!policy.travel || p.office_days + p.coworking_days == 0) return false;
  return std::ranges::find(policy.travel->modes, e.mode) != policy.travel->modes.end();
}

/// The allowances of a policy without a budget, for one employee.
inline void pay_allowances(const Parameters& parameters, int year, const Policy& policy, const PopulationEmployee& e,
                           const Decimal& weeks, EmployeeFigures& f, Explain explain) {
  using namespace detail::allowance;
  const YearTable& table = parameters.year(year);
  const Trace trace(f.explanation, explain);
  const WeeklyPattern& p = f.pattern;
  if (policy.home_working_per_day && p.home_days > 0) {
    HomeWorking hw = home_working_fixed(parameters, year, p.home_days, {}, std::nullopt, {}, explain);
    adopt(explain, f.explanation, hw.explanation);
    const Decimal paid =
        paid_in_cents(table, *policy.home_working_per_day * hw.days, "policy.home_working_paid_rounding", trace);
    ItemTreatment t;
    set_from_split(t, split(paid, hw.cap, ExcessTreatment::designate, home_working_basis(hw), trace));
    set_part(f, PolicyPart::home_working, t, "home_working.cap", home_working_basis(hw));
  }
  if (gets_travel(policy, e, p)) {
    const ItemTreatment t = travel_of(parameters, year, policy, e, p, weeks, f, f.explanation, explain);
    f.travel_paid = t.amount;
    set_part(f, PolicyPart::travel, t,
             e.mode == TravelMode::company_bicycle ? "budget.company_bicycle"
             : policy.travel->kind == TravelKind::flexible ? "commuting.cap"
                                                           : "commuting.fixed_cap",
             e.mode == TravelMode::company_bicycle ? company_bicycle_reference
             : policy.travel->kind == TravelKind::flexible ? commuting_reference
                                                           : fixed_commute_reference);
  }
  if (policy.internet && policy.internet->applies_to(e.group)) {
    ItemTreatment t = internet(parameters, year,
                               InternetInput{policy.internet->necessary,
                                             policy.internet->amount * Decimal::from_integer(12), {}, {}, {}},
                               ExcessTreatment::designate, explain);
    adopt(explain, f.explanation, t.explanation);
    set_part(f, PolicyPart::internet, t, "internet.necessity",
             "art. 31a lid 2 onderdeel g Wet LB 1964 (noodzakelijkheidscriterium)");
  }
  if (policy.arbo && policy.arbo->applies_to(e.group) && p.home_days > 0) {
    ItemTreatment t = arbo(parameters, year, ArboInput{policy.arbo->amount, std::nullopt, true, {}},
                           ExcessTreatment::designate, explain);
    adopt(explain, f.explanation, t.explanation);
    set_part(f, PolicyPart::arbo, t, "arbo.required", "art. 8.4a lid 1 onderdeel a URLB 2011 (arbovoorzieningen)");
  }
  if (policy.coworking_per_day && p.coworking_days > 0) {
    const Decimal paid = paid_in_cents(table, *policy.coworking_per_day * Decimal::from_integer(p.coworking_days) * weeks,
                                       "policy.coworking_paid_rounding", trace);
    ItemTreatment t = coworking_reimbursement(parameters, year, paid, ExcessTreatment::designate, explain);
    adopt(explain, f.explanation, t.explanation);
    set_part(f, PolicyPart::coworking_space, t, "workplace.coworking",
             "no targeted exemption or nil valuation for an employee's own co-working space");
  }
}

/// The budget input of an employee under a budget policy, for pattern `p`.
[[nodiscard]] inline BudgetInput budget_input(const Policy& policy, const PopulationEmployee& e, const WeeklyPattern& p,
                                              const Decimal& weeks, const YearTable& table, const Decimal& free_left,
                                              const Trace& trace) {
  BudgetInput in;
  in.budget = policy.budget->of(e.group);
  in.pattern = p;
  in.km_one_way = e.km_one_way;
  in.mode = e.mode;
  if (p.coworking_days > 0) in.coworking_km_one_way = e.coworking_km_one_way;
  if (policy.coworking_per_day && p.coworking_days > 0) {
    in.coworking_cost = paid_in_cents(
        table, *policy.coworking_per_day * Decimal::from_integer(p.coworking_days) * weeks,
        "policy.coworking_paid_rounding", trace);
  }
  if (policy.internet && policy.internet->applies_to(e.group)) {
    in.internet_per_month = policy.internet->amount;
    in.internet_necessary = policy.internet->necessary;
  }
  if (policy.arbo && policy.arbo->applies_to(e.group) && p.home_days > 0) in.arbo_cost = policy.arbo->amount;
  in.marginal_rate = e.marginal_rate;
  in.free_space_left = free_left;
  in.rest = policy.budget->rest;
  return in;
}

/// The figures of a budget policy for one employee; `free_left` is what the employees before him
/// left of the free space, and is updated.
inline void pay_budget(const Parameters& parameters, int year, const Policy& policy, const PopulationEmployee& e,
                       const Decimal& weeks, Decimal& free_left, EmployeeFigures& f, Explain explain) {
  const YearTable& table = parameters.year(year);
  const Trace trace(f.explanation, explain);
  Budget b = budget(parameters, year, budget_input(policy, e, f.pattern, weeks, table, free_left, trace), explain);
  adopt(explain, f.explanation, b.explanation);
  free_left = b.free_space_left;
  const auto put = [&](PolicyPart part, std::initializer_list<BudgetCategory> from) {
    PartFigures& out = f.parts[static_cast<std::size_t>(part)];
    out.paid = out.exempt = out.designated = out.wage = Decimal::from_coefficient(0, 2);
    for (BudgetCategory c : from) {
      const BudgetShare& s = b.share(c);
      out.exempt += s.exempt;
      out.designated += s.free_space + s.above_free_space;
      out.wage += s.wage;
      if (out.rule.empty()) {
        out.rule = s.rule;
        out.reference = s.reference;
      }
    }
    out.paid = out.exempt + out.designated + out.wage;
  };
  put(PolicyPart::home_working, {BudgetCategory::home_working});
  put(PolicyPart::travel, {BudgetCategory::commuting, BudgetCategory::coworking_travel});
  put(PolicyPart::internet, {BudgetCategory::internet});
  put(PolicyPart::arbo, {BudgetCategory::arbo});
  put(PolicyPart::coworking_space, {BudgetCategory::coworking_space});
  put(PolicyPart::rest, {BudgetCategory::rest});
  f.travel_paid = f.parts[static_cast<std::size_t>(PolicyPart::travel)].paid;
  f.wage_gross = b.wage_gross;
  f.budget = b.budget;
  f.budget_left_over = b.left_over;
  f.recalculation_required = b.recalculation_required;
}

/// The travel a policy would pay `e` if he came to the office on every working day.
[[nodiscard]] inline Decimal travel_all_office(const Parameters& parameters, int year, const Policy& policy,
                                               const PopulationEmployee& e, const Decimal& weeks) {
  const WeeklyPattern office{e.pattern.working_days(), 0, 0};
  EmployeeFigures scratch;
  scratch.pattern = office;
  if (policy.budget) {
    Explanation unused;
    const Trace off(unused, Explain::no);
    BudgetInput in = budget_input(policy, e, office, weeks, parameters.year(year), Decimal(), off);
    const Budget b = budget(parameters, year, in);
    return b.share(BudgetCategory::commuting).net();
  }
  if (!gets_travel(policy, e, office)) return Decimal::from_coefficient(0, 2);
  return travel_of(parameters, year, policy, e, office, weeks, scratch, scratch.explanation, Explain::no).amount;
}

/// Kilometres, minutes and CO₂ of the pattern and of every working day at the office.
inline void travel_figures(const PopulationEmployee& e, const Decimal& weeks, const Emissions& emissions,
                           EmployeeFigures& f) {
  const Decimal trips = Decimal::from_integer(2) * weeks;  // there and back, a week's day a year
  const Decimal office = Decimal::from_integer(f.pattern.office_days);
  const Decimal coworking = Decimal::from_integer(f.pattern.coworking_days);
  const Decimal week = Decimal::from_integer(f.pattern.working_days());
  f.km = trips * (office * e.km_one_way + coworking * e.coworking_km_one_way.value_or(Decimal()));
  f.km_all_office = trips * week * e.km_one_way;
  f.minutes = trips * (office * e.minutes_one_way + coworking * e.coworking_minutes_one_way.value_or(Decimal()));
  f.minutes_all_office = trips * week * e.minutes_one_way;
  if (emissions.available) {
    f.co2 = emissions.per_km(e.mode) * f.km;
    f.co2_all_office = emissions.per_km(e.mode) * f.km_all_office;
  }
}

}  // namespace detail::policy

}  // namespace wkr
