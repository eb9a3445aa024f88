// wkr — policy scenarios (issue #12, part 3; docs/policy.md): two or more home-working policies
// (policy_file.hpp) side by side for a population of employees (population.hpp): what each costs
// the employer, what employees get tax-free, the free space and the final levy, and the commuting
// kilometres, travel hours, travel reimbursement and CO₂ it saves.
//
// Every euro goes through the rules the payroll uses, employee by employee (employee.hpp), and the
// totals are the sums of the employees' figures (a test recomputes them): the home-working
// allowance as a fixed allowance on the pattern (home_working_fixed), fixed travel on the pattern
// (fixed_commute, one route to the office and one to a co-working space), flexible travel by the
// km travelled (travel_per_km), internet (internet), arbo (arbo), the co-working space (no
// exemption), a where-you-work budget (budget.hpp), then the free space and the final levy once
// for the employer (settle), or per employee the cheaper of levy and wage (levy_or_wage.hpp).
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
#include "wkr/policy/employee.hpp"
#include "wkr/policy/levy_or_wage.hpp"

namespace wkr {

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
  std::size_t paid_less_than_first = 0;  ///< employees whose net value is below the first policy's
  std::size_t paid_more_than_first = 0;
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
              .reference = policy.working_weeks ? policy.working_weeks_where.to_string() : std::string(),
              .formula = policy.working_weeks ? say("scenario.working_weeks.policy", num(weeks))
                                              : say("scenario.working_weeks.law", num(basis), num(week)),
              .result = {"working_weeks", weeks, Unit::weeks}};
    if (!policy.working_weeks) {
      step.parameters = {describe(table.use(param::fixed_allowance_basis_days)),
                         describe(table.use(param::fixed_allowance_full_week_days))};
    }
    return step;
  });
  return weeks;
}

/// The problems of a policy against the population, each with where it is.
[[nodiscard]] inline std::vector<Phrase> policy_problems(const Policy& policy, const Population& population) {
  std::set<std::string> groups;
  for (const PopulationEmployee& e : population.employees) groups.insert(e.group);
  std::string known;
  for (const std::string& g : groups) known += (known.empty() ? "" : ", ") + g;
  std::vector<Phrase> problems;
  const auto check_group = [&](const std::string& group, const SourceLocation& where) {
    if (groups.count(group) == 0) {
      problems.push_back(say("error.scenario.group_unknown", where.to_string(), group, population.source, known));
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
    problems.push_back(
        say("error.scenario.cheapest_rates", policy.excess_where.to_string(), population.source, missing_rate));
  }
  if (!missing_coworking.empty()) {
    problems.push_back(say("error.scenario.coworking", policy.source, population.source, missing_coworking));
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
                .formula = euro(out.exempt) + " + " + euro(out.designated) + " + " + euro(out.wage_gross) + " + " +
                           euro(out.final_levy),
                .inputs = {{"exempt", out.exempt, Unit::eur},
                           {"designated", out.designated, Unit::eur},
                           {"wage_gross", out.wage_gross, Unit::eur},
                           {"final_levy", out.final_levy, Unit::eur}},
                .result = {"employer_cost", out.employer_cost, Unit::eur}};
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
  if (policies.empty()) throw Error(ErrorCode::invalid_argument, say("error.scenario.no_policy"));
  if (population.employees.empty()) {
    throw Error(ErrorCode::invalid_argument, say("error.scenario.no_employees", population.source));
  }
  std::vector<Phrase> problems;
  for (const Policy& policy : policies) {
    for (Phrase& p : policy_problems(policy, population)) problems.push_back(std::move(p));
  }
  if (!problems.empty()) {
    throw Error(ErrorCode::invalid_argument,
                say(problems.size() == 1 ? "error.scenario.problems_one" : "error.scenario.problems_many",
                    num(problems.size()), detail::allowance::joined(problems)));
  }
  require_cents(options.designated_elsewhere, "what is designated elsewhere");
  if (options.wage_bill && population.fiscal_wage) {
    throw Error(ErrorCode::invalid_argument, say("error.scenario.wage_bill_twice", population.source));
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
                .formula = result.wage_bill ? "max(0, " + euro(result.free_space_of_wage_bill) + " − " +
                                                  euro(options.designated_elsewhere) + ")"
                                            : say("scenario.free_space.none", population.source),
                .inputs = {{"free_space", result.free_space_of_wage_bill, Unit::eur},
                           {"designated_elsewhere", options.designated_elsewhere, Unit::eur}},
                .result = {"free_space_left", result.free_space, Unit::eur}};
  });
  result.emissions = emissions(parameters, year, trace);
  for (const Policy& policy : policies) {
    result.policies.push_back(run_policy(parameters, year, policy, population, result, options, explain));
  }
  // Who gets less, or more, than under the first policy (today's, as a rule).
  for (PolicyOutcome& p : result.policies) {
    for (std::size_t i = 0; i < p.employees.size(); ++i) {
      const Decimal& first = result.policies.front().employees[i].paid;
      if (p.employees[i].paid < first) ++p.paid_less_than_first;
      if (first < p.employees[i].paid) ++p.paid_more_than_first;
    }
  }
  return result;
}

}  // namespace wkr
