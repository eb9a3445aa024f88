// The JSON requests of the policy engine: each reads its keys strictly and calls the library once.
#include "policy_requests.hpp"

#include <unordered_map>

#include "wkr/allowances/evaluation.hpp"
#include "wkr/items_csv.hpp"
#include "wkr/policy/json.hpp"

namespace wkr::detail {

namespace {

int optional_days(RequestFields& fields, const std::string& key) {
  const nlohmann::json* value = fields.optional_value(key);
  if (value == nullptr) return 0;
  if (!value->is_number_integer()) throw fields.bad(key, "must be a whole number");
  return value->get<int>();
}

std::string text_of(RequestFields& fields, const std::string& key) {
  const nlohmann::json& value = fields.required(key);
  if (!value.is_string()) throw fields.bad(key, "must be the file's text as a string");
  return value.get<std::string>();
}

/// A string or a list of strings; empty when absent.
std::vector<std::string> texts(RequestFields& fields, const std::string& key) {
  const nlohmann::json* value = fields.optional_value(key);
  if (value == nullptr) return {};
  const nlohmann::json list = value->is_array() ? *value : nlohmann::json::array({*value});
  std::vector<std::string> out;
  for (const auto& item : list) {
    if (!item.is_string()) throw fields.bad(key, "must be a string or a list of strings");
    out.push_back(item.get<std::string>());
  }
  return out;
}

/// The free space of the wage bill(s) given, less what is designated elsewhere.
Decimal free_space_left(const Parameters& parameters, int year, RequestFields& fields) {
  std::vector<GroupMember> members;
  const std::vector<Decimal> bills = fields.decimals("wage_bill");
  for (std::size_t i = 0; i < bills.size(); ++i) {
    members.push_back({bills.size() > 1 ? "member " + std::to_string(i + 1) : "", bills[i], true});
  }
  FreeSpaceOptions options;
  if (auto mode = fields.optional_string("free_space_rounding")) options.rounding = parse_rounding(*mode);
  const Decimal elsewhere = fields.optional_decimal("designated_elsewhere").value_or(Decimal());
  require_cents(elsewhere, "what is designated elsewhere");
  const Decimal left = group_free_space(parameters, year, members, options).free_space - elsewhere;
  return left.is_negative() ? Decimal::from_coefficient(0, 2) : left;
}

}  // namespace

nlohmann::json budget_request(const Parameters& parameters, RequestFields& fields) {
  const int year = fields.integer("year");
  BudgetInput in;
  in.budget = fields.decimal("budget");
  if (auto period = fields.optional_string("budget_period")) in.period = parse_budget_period(*period);
  in.pattern.office_days = optional_days(fields, "office_days");
  in.pattern.home_days = optional_days(fields, "home_days");
  in.pattern.coworking_days = optional_days(fields, "coworking_days");
  in.km_one_way = fields.optional_decimal("km_one_way").value_or(Decimal());
  if (in.pattern.office_days > 0 && fields.optional_value("km_one_way") == nullptr) {
    throw fields.bad("km_one_way", "is required with office days");
  }
  const nlohmann::json& mode = fields.required("mode");
  if (!mode.is_string()) throw fields.bad("mode", "must be car, bike, public-transport or company-bicycle");
  in.mode = parse_travel_mode(mode.get<std::string>());
  in.fare_per_day = fields.optional_decimal("fare_per_day");
  in.coworking_km_one_way = fields.optional_decimal("coworking_km_one_way");
  in.coworking_fare_per_day = fields.optional_decimal("coworking_fare_per_day");
  in.coworking_cost = fields.optional_decimal("coworking_cost").value_or(Decimal());
  in.internet_necessary = fields.flag("internet_necessary");
  in.internet_per_month = fields.optional_decimal("internet_per_month").value_or(Decimal());
  in.arbo_cost = fields.optional_decimal("arbo_cost").value_or(Decimal());
  in.marginal_rate = fields.optional_decimal("marginal_rate");
  in.free_space_left = fields.optional_decimal("free_space_left").value_or(Decimal());
  if (auto rest = fields.optional_string("rest")) in.rest = parse_budget_rest(*rest);
  fields.reject_unknown();
  return to_json(budget(parameters, year, in, Explain::yes));
}

nlohmann::json levy_or_wage_request(const Parameters& parameters, RequestFields& fields) {
  const int year = fields.integer("year");
  const Decimal free_space = free_space_left(parameters, year, fields);
  const std::string items_text = text_of(fields, "items_csv");
  const std::string rates_text = text_of(fields, "rates_csv");
  const std::string items_source = fields.optional_string("items_file").value_or("items_csv");
  const std::string rates_source = fields.optional_string("rates_file").value_or("rates_csv");
  fields.reject_unknown();
  const std::vector<Item> items = read_items_csv(items_text, items_source);
  const auto rates = read_marginal_rates_csv(rates_text, rates_source);
  const Evaluation evaluation = evaluate_items(parameters, year, items);
  std::vector<LevyOrWageInput> employees;
  std::vector<std::string> problems;
  for (const EmployeeEvaluation& e : evaluation.employees) {
    const auto rate = rates.find(e.employee);
    if (rate == rates.end()) {
      if (!e.totals.designated.is_zero()) {
        problems.push_back("'" + e.employee + "' has " + exact_money(e.totals.designated).to_string() +
                           " to designate but no marginal rate in " + rates_source);
      }
      continue;
    }
    employees.push_back({e.employee, e.totals.designated, rate->second});
  }
  for (const auto& [employee, rate] : rates) {
    const bool known = std::any_of(evaluation.employees.begin(), evaluation.employees.end(),
                                   [&](const EmployeeEvaluation& e) { return e.employee == employee; });
    if (!known) problems.push_back("'" + employee + "' in " + rates_source + " has no items in " + items_source);
  }
  if (!problems.empty()) throw allowance::bad_rows("the marginal rates", problems);
  return to_json(levy_or_wage(parameters, year, free_space, employees, Explain::yes));
}

nlohmann::json scenario_request(const Parameters& parameters, RequestFields& fields) {
  const int year = fields.integer("year");
  const std::vector<std::string> policy_texts = texts(fields, "policy_yaml");
  if (policy_texts.empty()) throw fields.bad("policy_yaml", "is required: the text of one policy file or a list");
  std::vector<std::string> policy_names = texts(fields, "policy_file");
  if (!policy_names.empty() && policy_names.size() != policy_texts.size()) {
    throw fields.bad("policy_file", "names each policy_yaml: give as many names as texts");
  }
  for (std::size_t i = policy_names.size(); i < policy_texts.size(); ++i) {
    policy_names.push_back("policy_yaml[" + std::to_string(i) + "]");
  }
  const std::string population_text = text_of(fields, "population_csv");
  const std::string population_name = fields.optional_string("population_file").value_or("population_csv");
  ScenarioOptions options;
  options.wage_bill = fields.optional_decimal("wage_bill");
  options.designated_elsewhere = fields.optional_decimal("designated_elsewhere").value_or(Decimal());
  options.trace_employee = fields.optional_string("trace_employee");
  const bool employees = fields.flag("employees");
  fields.reject_unknown();
  std::vector<Policy> policies;
  for (std::size_t i = 0; i < policy_texts.size(); ++i) {
    policies.push_back(read_policy_yaml(policy_texts[i], policy_names[i]));
  }
  const Population population = read_population_csv(population_text, population_name);
  if (options.trace_employee &&
      std::none_of(population.employees.begin(), population.employees.end(),
                   [&](const PopulationEmployee& e) { return e.id == *options.trace_employee; })) {
    throw fields.bad("trace_employee", "names '" + *options.trace_employee + "', who is not in " + population_name);
  }
  return to_json(scenario(parameters, year, policies, population, options, Explain::yes), employees);
}

}  // namespace wkr::detail
