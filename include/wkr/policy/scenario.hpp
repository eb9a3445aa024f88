// wkr — policy scenarios (issue #12, part 3; docs/policy.md): two or more home-working policies
// (policy_file.hpp) side by side for a population of employees (population.hpp): what each costs
// the employer, what employees get tax-free, the free space and the final levy, and the commuting
// kilometres, travel hours, travel reimbursement and CO₂ it saves.
//
// Every euro goes through the rules the payroll uses, employee by employee, and the totals are the
// sums of the employees' figures (a test recomputes them): the home-working allowance as a fixed
// allowance on the pattern (home_working_fixed), fixed travel on the pattern (fixed_commute, one
// route to the office and one to a co-working space), flexible travel by the km travelled
// (travel_per_km), internet (internet), arbo (arbo), the co-working space (no exemption), a
// where-you-work budget (budget.hpp), then the free space and the final levy once for the employer
// (settle), or per employee the cheaper of levy and wage (levy_or_wage.hpp).
//
// What is law and what is an assumption of the scenario:
//   - Law: the exempt maxima, on the law's basis for a weekly pattern (k/5 × 214 days a year).
//   - Assumption: how many weeks a year people actually travel (the policy's
//     assumptions.working_weeks; by default 214 / 5 = 42.8, the same basis). It sets the
//     kilometres, hours and CO₂, a flexible travel allowance (paid per km travelled) and a
//     co-working space paid per day.
//   - Savings are measured against every working day at the office (same employee, same working
//     week, same policy): the kilometres, hours, CO₂ and travel reimbursement that home and
//     co-working days save.
//   - The free space of the policies: the free space of the wage bill (given, or the sum of the
//     population's fiscal wages) less what the employer designates elsewhere; a budget policy takes
//     it employee by employee, in the order of the population, while room is left.
#pragma once

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "wkr/allowances/customary_test.hpp"
#include "wkr/free_space.hpp"
#include "wkr/policy/budget.hpp"
#include "wkr/policy/emissions.hpp"
#include "wkr/policy/levy_or_wage.hpp"
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

struct PolicyOutcome {
  std::string name;
  std::string source;
  std::string description;
  int ambition_level = 0;
  Decimal working_weeks;
  std::vector<EmployeeFigures> employees;  ///< in the order of the population
  Decimal paid;  ///< the employees' net value
  Decimal exempt;
  Decimal designated;
  Decimal wage;
  Decimal wage_gross;
  Decimal free_space;  ///< the free space the policy's designations are measured against
  Decimal free_space_used;
  Decimal excess;
  Decimal final_levy;  ///< in cents, rounded once at the total
  Decimal employer_cost;  ///< exempt + designated + wage gross + final levy
  Decimal budget;
  Decimal budget_left_over;
  std::optional<Decimal> levy_or_wage_saving;  ///< excess: cheapest — against designating everything
  Decimal travel_paid;
  Decimal travel_saved;
  Decimal km;
  Decimal km_saved;
  Decimal minutes;
  Decimal minutes_saved;
  std::optional<Decimal> co2;
  std::optional<Decimal> co2_saved;
  std::size_t customary_review = 0;
  std::size_t recalculation_required = 0;
  Explanation explanation;
};

struct ScenarioOptions {
  /// The employer's fiscal wage bill; none: the sum of the population's fiscal wages, when the
  /// population has them; neither: no free space (everything designated is above it).
  std::optional<Decimal> wage_bill;
  /// What the employer designates elsewhere (gifts, events …): it takes the free space first.
  Decimal designated_elsewhere;
  /// The employee whose figures carry their full rule trail.
  std::optional<std::string> trace_employee;
};

struct Scenario {
  int year = 0;
  std::size_t employees = 0;
  std::optional<Decimal> wage_bill;
  std::string wage_bill_from;  ///< "wage_bill", "fiscal_wage" or "" (none)
  Decimal free_space_of_wage_bill;
  Decimal designated_elsewhere;
  Decimal free_space;  ///< left for the policies
  Emissions emissions;
  std::vector<PolicyOutcome> policies;
  Explanation explanation;
};

/// Figures per employee and hours are shown rounded to 2 decimals, half-up (a display rounding:
/// the totals are exact sums and are rounded only when shown).
inline constexpr int display_decimals = 2;
inline constexpr Rounding display_rounding = Rounding::half_up;

[[nodiscard]] inline Decimal per_employee(const Decimal& total, std::size_t count) {
  if (count == 0) return Decimal::from_coefficient(0, display_decimals);
  return Decimal::divide(total, Decimal::from_integer(static_cast<std::int64_t>(count)), display_decimals,
                         display_rounding);
}

/// Minutes as hours, per employee when `count` is given, rounded once for display.
[[nodiscard]] inline Decimal travel_hours(const Decimal& minutes, std::size_t count = 1) {
  if (count == 0) return Decimal::from_coefficient(0, display_decimals);
  return Decimal::divide(minutes, Decimal::from_integer(60 * static_cast<std::int64_t>(count)), display_decimals,
                         display_rounding);
}

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

/// The working weeks of a policy: its assumption, or the fiscal basis of a full week.
[[nodiscard]] inline Decimal working_weeks(const YearTable& table, const Policy& policy, const Trace& trace) {
  using detail::allowance::exact_quotient;
  const Decimal& basis = table[param::fixed_allowance_basis_days];
  const Decimal& week = table[param::fixed_allowance_full_week_days];
  const Decimal weeks = policy.working_weeks ? *policy.working_weeks
                                             : exact_quotient(basis, week).value_or(
                                                   Decimal::divide(basis, week, 2, Rounding::floor));
  trace.step([&] {
    Step step{.rule = "scenario.working_weeks",
              .reference = policy.working_weeks
                               ? "an assumption of the policy (" + policy.working_weeks_where.to_string() + ")"
                               : "an assumption: the law's basis for a fixed allowance, 214 days for a 5-day week "
                                 "(holidays, average sickness and leave allowed for)",
              .formula = policy.working_weeks ? "working_weeks: " + weeks.to_string()
                                              : basis.to_string() + " / " + week.to_string(),
              .result = {"working_weeks", weeks, "weeks"}};
    if (!policy.working_weeks) {
      step.parameters = {describe(table.use(param::fixed_allowance_basis_days)),
                         describe(table.use(param::fixed_allowance_full_week_days))};
    }
    return step;
  });
  return weeks;
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
                  .formula = "travel on a company bicycle: no exemption by the km",
                  .result = {"cap", zero, "eur"}};
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

/// The travel a policy pays for pattern `p` (for the reference of every working day at the office).
[[nodiscard]] inline bool gets_travel(const Policy& policy, const PopulationEmployee& e, const WeeklyPattern& p) {
  if (!policy.travel || p.office_days + p.coworking_days == 0) return false;
  for (TravelMode mode : policy.travel->modes) {
    if (mode == e.mode) return true;
  }
  return false;
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

/// The problems of a policy against the population, each with where it is.
[[nodiscard]] inline std::vector<std::string> policy_problems(const Policy& policy, const Population& population) {
  std::set<std::string> groups;
  for (const PopulationEmployee& e : population.employees) groups.insert(e.group);
  std::string known;
  for (const std::string& g : groups) known += (known.empty() ? "" : ", ") + g;
  std::vector<std::string> problems;
  const auto check_group = [&](const std::string& group, const SourceLocation& where) {
    if (groups.count(group) == 0) {
      problems.push_back(where.to_string() + ": group '" + group + "' has no employees in " + population.source +
                         "; its groups are " + known);
    }
  };
  for (const auto& [name, group] : policy.groups) check_group(name, group.where);
  if (policy.internet) {
    for (const std::string& g : policy.internet->groups) check_group(g, policy.internet->where);
  }
  if (policy.arbo) {
    for (const std::string& g : policy.arbo->groups) check_group(g, policy.arbo->where);
  }
  if (policy.budget) {
    for (const auto& [g, amount] : policy.budget->by_group) check_group(g, policy.budget->where);
  }
  std::string missing_rate;
  std::string missing_coworking;
  for (const PopulationEmployee& e : population.employees) {
    if (policy.excess == ExcessRule::cheapest && !e.marginal_rate) {
      missing_rate += (missing_rate.empty() ? "" : ", ") + std::to_string(e.line);
    }
    const WeeklyPattern p = pattern_under(policy, e);
    if (p.coworking_days > 0 && (!e.coworking_km_one_way || !e.coworking_minutes_one_way)) {
      missing_coworking += (missing_coworking.empty() ? "" : ", ") + std::to_string(e.line);
    }
  }
  if (!missing_rate.empty()) {
    problems.push_back(policy.excess_where.to_string() +
                       ": excess: cheapest needs every employee's marginal rate; " + population.source +
                       " has none (column marginal_rate) on line " + missing_rate);
  }
  if (!missing_coworking.empty()) {
    problems.push_back(policy.source + ": co-working days need the distance and the travel time to the co-working "
                       "space; " + population.source +
                       " has no coworking_km_one_way or coworking_minutes_one_way on line " + missing_coworking);
  }
  return problems;
}

/// One policy over the population.
inline PolicyOutcome run_policy(const Parameters& parameters, int year, const Policy& policy,
                                const Population& population, const Scenario& shared, const ScenarioOptions& options,
                                Explain explain) {
  PolicyOutcome out;
  const Trace trace(out.explanation, explain);
  const YearTable& table = parameters.year(year);
  out.name = policy.name;
  out.source = policy.source;
  out.description = policy.description;
  out.ambition_level = policy.ambition_level;
  out.free_space = shared.free_space;
  out.working_weeks = working_weeks(table, policy, trace);
  const Decimal zero = Decimal::from_coefficient(0, 2);
  Decimal free_left = shared.free_space;
  for (const PopulationEmployee& e : population.employees) {
    EmployeeFigures f;
    f.id = e.id;
    f.group = e.group;
    f.line = e.line;
    f.pattern = pattern_under(policy, e);
    for (PartFigures& part : f.parts) part = {zero, zero, zero, zero, {}, {}};
    f.travel_paid = zero;
    const Explain mine = options.trace_employee && *options.trace_employee == e.id ? Explain::yes : Explain::no;
    if (policy.budget) {
      pay_budget(parameters, year, policy, e, out.working_weeks, free_left, f, mine);
    } else {
      pay_allowances(parameters, year, policy, e, out.working_weeks, f, mine);
    }
    f.travel_paid_all_office = travel_all_office(parameters, year, policy, e, out.working_weeks);
    travel_figures(e, out.working_weeks, shared.emissions, f);
    out.employees.push_back(std::move(f));
  }

  // Per employee the cheaper of levy and wage, when the policy says so.
  if (policy.excess == ExcessRule::cheapest) {
    std::vector<LevyOrWageInput> candidates;
    std::vector<std::size_t> index;
    for (std::size_t i = 0; i < out.employees.size(); ++i) {
      Decimal designated;
      for (const PartFigures& part : out.employees[i].parts) designated += part.designated;
      if (designated.is_zero()) continue;
      candidates.push_back({out.employees[i].id, designated, *population.employees[i].marginal_rate});
      index.push_back(i);
    }
    LevyOrWage choice = levy_or_wage(parameters, year, shared.free_space, candidates, explain);
    adopt(explain, out.explanation, choice.explanation);
    out.levy_or_wage_saving = choice.saving;
    for (std::size_t k = 0; k < index.size(); ++k) {
      if (choice.choices[k].designate) continue;
      EmployeeFigures& f = out.employees[index[k]];
      for (PartFigures& part : f.parts) {
        part.wage += part.designated;
        part.designated = zero;
      }
      f.wage_gross += choice.choices[k].gross;
    }
  }

  for (EmployeeFigures& f : out.employees) {
    for (const PartFigures& part : f.parts) {
      f.exempt += part.exempt;
      f.designated += part.designated;
      f.wage += part.wage;
    }
    f.paid = f.exempt + f.designated + f.wage;
    f.customary_review = customary_test(parameters, year, f.designated).review;
    out.paid += f.paid;
    out.exempt += f.exempt;
    out.designated += f.designated;
    out.wage += f.wage;
    out.wage_gross += f.wage_gross;
    out.budget += f.budget;
    out.budget_left_over += f.budget_left_over;
    out.travel_paid += f.travel_paid;
    out.travel_saved += f.travel_paid_all_office - f.travel_paid;
    out.km += f.km;
    out.km_saved += f.km_all_office - f.km;
    out.minutes += f.minutes;
    out.minutes_saved += f.minutes_all_office - f.minutes;
    if (f.co2) {
      out.co2 = out.co2.value_or(Decimal()) + *f.co2;
      out.co2_saved = out.co2_saved.value_or(Decimal()) + (*f.co2_all_office - *f.co2);
    }
    if (f.customary_review) ++out.customary_review;
    if (f.recalculation_required) ++out.recalculation_required;
  }
  Settlement settlement;
  settlement.free_space = shared.free_space;
  detail::settle_against(table, out.designated, settlement, trace);
  out.free_space_used = min(out.designated, shared.free_space);
  out.excess = settlement.excess;
  out.final_levy = settlement.final_levy;
  out.employer_cost = out.exempt + out.designated + out.wage_gross + out.final_levy;
  trace.step([&] {
    return Step{.rule = "scenario.employer_cost",
                .formula = out.exempt.to_string() + " + " + out.designated.to_string() + " + " +
                           out.wage_gross.to_string() + " + " + out.final_levy.to_string(),
                .inputs = {{"exempt", out.exempt, "eur"},
                           {"designated", out.designated, "eur"},
                           {"wage_gross", out.wage_gross, "eur"},
                           {"final_levy", out.final_levy, "eur"}},
                .result = {"employer_cost", out.employer_cost, "eur"}};
  });
  return out;
}

}  // namespace detail::policy

/// The policies side by side for `population` in `year` (see the top of this file). Errors
/// (invalid_argument): no policy, an empty population, a policy naming a group the population does
/// not have, `excess: cheapest` without every employee's marginal rate, co-working days without
/// the co-working distance and time, a wage bill given as well as fiscal wages; the errors of the
/// rules; a year the tables do not cover (not_covered).
[[nodiscard]] inline Scenario scenario(const Parameters& parameters, int year, std::span<const Policy> policies,
                                       const Population& population, const ScenarioOptions& options = {},
                                       Explain explain = Explain::no) {
  using namespace detail::policy;
  if (policies.empty()) throw Error(ErrorCode::invalid_argument, "a scenario compares at least one policy");
  if (population.employees.empty()) {
    throw Error(ErrorCode::invalid_argument, population.source + " has no employees");
  }
  std::vector<std::string> problems;
  for (const Policy& policy : policies) {
    for (std::string& p : policy_problems(policy, population)) problems.push_back(std::move(p));
  }
  if (!problems.empty()) {
    std::string message = std::to_string(problems.size()) + " problem" + (problems.size() == 1 ? "" : "s") +
                          " with the policies and the population, nothing was computed — ";
    for (std::size_t i = 0; i < problems.size(); ++i) message += (i ? "; " : "") + problems[i];
    throw Error(ErrorCode::invalid_argument, message);
  }
  require_cents(options.designated_elsewhere, "what is designated elsewhere");
  if (options.wage_bill && population.fiscal_wage) {
    throw Error(ErrorCode::invalid_argument, "a wage bill is given and " + population.source +
                                                 " has fiscal wages; give one of the two");
  }
  Scenario result;
  const Trace trace(result.explanation, explain);
  (void)parameters.require_year(year);
  trace.receipt(parameters);
  result.year = year;
  result.employees = population.employees.size();
  result.designated_elsewhere = options.designated_elsewhere;
  if (options.wage_bill) {
    result.wage_bill = *options.wage_bill;
    result.wage_bill_from = "wage_bill";
  } else if (population.fiscal_wage) {
    Decimal total;
    for (const PopulationEmployee& e : population.employees) total += *e.fiscal_wage;
    result.wage_bill = total;
    result.wage_bill_from = "fiscal_wage";
  }
  if (result.wage_bill) {
    FreeSpace fs = free_space(parameters, year, *result.wage_bill, {}, explain);
    adopt(explain, result.explanation, fs.explanation);
    result.free_space_of_wage_bill = fs.free_space;
  } else {
    result.free_space_of_wage_bill = Decimal::from_coefficient(0, 2);
  }
  const Decimal left = result.free_space_of_wage_bill - options.designated_elsewhere;
  result.free_space = left.is_negative() ? Decimal::from_coefficient(0, 2) : left;
  trace.step([&] {
    return Step{.rule = "scenario.free_space",
                .reference = std::string(designation_reference),
                .formula = result.wage_bill
                               ? "max(0, " + result.free_space_of_wage_bill.to_string() + " − " +
                                     options.designated_elsewhere.to_string() + ")"
                               : "no wage bill given and no fiscal wages in " + population.source +
                                     ": no free space, everything designated is above it",
                .inputs = {{"free_space", result.free_space_of_wage_bill, "eur"},
                           {"designated_elsewhere", options.designated_elsewhere, "eur"}},
                .result = {"free_space_left", result.free_space, "eur"}};
  });
  result.emissions = emissions(parameters, year, trace);
  for (const Policy& policy : policies) {
    result.policies.push_back(run_policy(parameters, year, policy, population, result, options, explain));
  }
  return result;
}

}  // namespace wkr
