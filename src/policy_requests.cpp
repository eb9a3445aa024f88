// The requests of the policy engine (policy_requests.hpp): each reads its keys strictly; computing
// is request.cpp's compute(), with the levy-or-wage join here.
#include "policy_requests.hpp"

#include <algorithm>

#include "allowance_requests.hpp"
#include "wkr/items_csv.hpp"
#include "wkr/policy/population.hpp"

namespace wkr::detail {

namespace {

/// The one file of `key` (population, items, rates): required, and only one.
CsvText one_file(RequestFields& fields, const std::string& key, const std::string& suffix) {
  std::vector<CsvText> files = fields.files(key, suffix);
  if (files.size() != 1) {
    throw fields.misplaced(fields.syntax() == RequestSyntax::json ? key + suffix : key,
                           say(files.empty() ? "error.field.required" : "error.field.one_file"));
  }
  return std::move(files.front());
}

}  // namespace

Request read_budget(RequestFields& fields) {
  BudgetRequest r;
  r.year = fields.integer("year");
  BudgetInput& in = r.input;
  in.budget = fields.amount("budget");
  if (auto period = fields.optional_string("budget_period")) in.period = parse_budget_period(*period);
  in.pattern.office_days = fields.optional_integer("office_days").value_or(0);
  in.pattern.home_days = fields.optional_integer("home_days").value_or(0);
  in.pattern.coworking_days = fields.optional_integer("coworking_days").value_or(0);
  const std::optional<Decimal> km = fields.optional_decimal("km_one_way");
  if (in.pattern.office_days > 0 && !km) throw fields.misplaced("km_one_way", say("error.field.required_office_days"));
  in.km_one_way = km.value_or(Decimal());
  const std::optional<std::string> mode = fields.optional_string("mode");
  if (!mode) throw fields.misplaced("mode", say("error.field.mode_required"));
  in.mode = parse_travel_mode(*mode);
  in.fare_per_day = fields.optional_amount("fare_per_day");
  in.coworking_km_one_way = fields.optional_decimal("coworking_km_one_way");
  in.coworking_fare_per_day = fields.optional_amount("coworking_fare_per_day");
  in.coworking_cost = fields.optional_amount("coworking_cost").value_or(Decimal());
  in.internet_necessary = fields.flag("internet_necessary");
  in.internet_per_month = fields.optional_amount("internet_per_month").value_or(Decimal());
  in.arbo_cost = fields.optional_amount("arbo_cost").value_or(Decimal());
  in.marginal_rate = fields.optional_decimal("marginal_rate");
  in.free_space_left = fields.optional_amount("free_space_left").value_or(Decimal());
  if (auto rest = fields.optional_string("rest")) in.rest = parse_budget_rest(*rest);
  return r;
}

Request read_levy_or_wage(RequestFields& fields) {
  LevyOrWageRequest r;
  r.year = fields.integer("year");
  r.wage_bills = wage_bills(fields);
  if (r.wage_bills.empty()) throw fields.misplaced("wage_bill", say("error.field.required"));
  r.options = free_space_options(fields);
  r.designated_elsewhere = fields.optional_amount("designated_elsewhere").value_or(Decimal());
  require_cents(r.designated_elsewhere, "what is designated elsewhere");
  const CsvText items = one_file(fields, "items", "_csv");
  const CsvText rates = one_file(fields, "rates", "_csv");
  const CsvFormat format = fields.csv_format();
  r.items = read_items_csv(items.text, items.name, true, format);
  r.items_source = items.name;
  r.rates = read_marginal_rates_csv(rates.text, rates.name, format);
  r.rates_source = rates.name;
  return r;
}

LevyOrWage compute_levy_or_wage(const Parameters& parameters, const LevyOrWageRequest& r, Explain explain) {
  const Decimal left = group_free_space(parameters, r.year, r.wage_bills, r.options).free_space - r.designated_elsewhere;
  const Decimal free_space = left.is_negative() ? Decimal::from_coefficient(0, 2) : left;
  const Evaluation evaluation = evaluate_items(parameters, r.year, r.items);
  std::vector<LevyOrWageInput> employees;
  std::vector<Phrase> problems;
  for (const EmployeeEvaluation& e : evaluation.employees) {
    const auto rate = r.rates.find(e.employee);
    if (rate == r.rates.end()) {
      if (!e.totals.designated.is_zero()) {
        problems.push_back(
            say("error.rates.missing", e.employee, euro(exact_money(e.totals.designated)), r.rates_source));
      }
      continue;
    }
    employees.push_back({e.employee, e.totals.designated, rate->second});
  }
  for (const auto& entry : r.rates) {
    const std::string& employee = entry.first;  // not a structured binding: clang 14 cannot capture one
    const bool known = std::any_of(evaluation.employees.begin(), evaluation.employees.end(),
                                   [&](const EmployeeEvaluation& e) { return e.employee == employee; });
    if (!known) problems.push_back(say("error.rates.no_items", employee, r.rates_source, r.items_source));
  }
  if (!problems.empty()) throw allowance::bad_rows(noun("the marginal rates"), problems);
  return levy_or_wage(parameters, r.year, free_space, employees, explain);
}

Request read_scenario(RequestFields& fields) {
  ScenarioRequest r;
  r.year = fields.integer("year");
  const std::vector<CsvText> policies = fields.files("policy", "_yaml");
  if (policies.empty()) {
    throw fields.misplaced(fields.syntax() == RequestSyntax::json ? "policy_yaml" : "policy",
                           say("error.field.policy_required"));
  }
  const CsvText population = one_file(fields, "population", "_csv");
  r.options.wage_bill = fields.optional_amount("wage_bill");
  r.options.designated_elsewhere = fields.optional_amount("designated_elsewhere").value_or(Decimal());
  r.options.trace_employee = fields.optional_string("trace_employee");
  r.per_employee = fields.flag("employees");
  for (const CsvText& policy : policies) r.policies.push_back(read_policy_yaml(policy.text, policy.name));
  r.population = read_population_csv(population.text, population.name, fields.csv_format());
  if (r.options.trace_employee &&
      std::none_of(r.population.employees.begin(), r.population.employees.end(),
                   [&](const PopulationEmployee& e) { return e.id == *r.options.trace_employee; })) {
    throw fields.bad("trace_employee", say("error.field.trace_unknown", *r.options.trace_employee, population.name));
  }
  return r;
}

}  // namespace wkr::detail
