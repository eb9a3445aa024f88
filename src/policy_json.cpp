// The results of the policy engine as JSON (docs/policy.md lists the keys).
#include "wkr/policy/json.hpp"

#include "wkr/json.hpp"

namespace wkr {

using nlohmann::json;

namespace {

json optional_money(const std::optional<Decimal>& amount) { return amount ? json(json_money(*amount)) : json(nullptr); }

json pattern_json(const WeeklyPattern& p) {
  return json{{"office_days", p.office_days}, {"home_days", p.home_days}, {"coworking_days", p.coworking_days}};
}

json part_json(const PartFigures& part) {
  json out{{"paid", json_money(part.paid)},
           {"exempt", json_money(part.exempt)},
           {"designated", json_money(part.designated)},
           {"wage", json_money(part.wage)}};
  if (!part.rule.empty()) {
    out["rule"] = std::string(part.rule);
    out["reference"] = std::string(part.reference);
  }
  return out;
}

json employee_json(const EmployeeFigures& f) {
  json parts = json::object();
  for (std::size_t p = 0; p < policy_part_count; ++p) {
    parts[std::string(to_string(static_cast<PolicyPart>(p)))] = part_json(f.parts[p]);
  }
  json out{{"id", f.id},
           {"group", f.group},
           {"line", f.line},
           {"pattern", pattern_json(f.pattern)},
           {"parts", std::move(parts)},
           {"paid", json_money(f.paid)},
           {"exempt", json_money(f.exempt)},
           {"designated", json_money(f.designated)},
           {"wage", json_money(f.wage)},
           {"wage_gross", json_money(f.wage_gross)},
           {"budget", json_money(f.budget)},
           {"budget_left_over", json_money(f.budget_left_over)},
           {"travel_paid", json_money(f.travel_paid)},
           {"travel_paid_all_office", json_money(f.travel_paid_all_office)},
           {"km", f.km.to_string()},
           {"km_all_office", f.km_all_office.to_string()},
           {"minutes", f.minutes.to_string()},
           {"minutes_all_office", f.minutes_all_office.to_string()},
           {"co2_kg", f.co2 ? json(f.co2->to_string()) : json(nullptr)},
           {"co2_all_office_kg", f.co2_all_office ? json(f.co2_all_office->to_string()) : json(nullptr)},
           {"customary_review", f.customary_review},
           {"recalculation_required", f.recalculation_required}};
  if (!f.explanation.steps.empty()) out["explanation"] = to_json(f.explanation);
  return out;
}

json policy_json(const PolicyOutcome& r, std::size_t count, bool employees) {
  json parts = json::object();
  for (std::size_t p = 0; p < policy_part_count; ++p) {
    PartFigures sum{};
    for (const EmployeeFigures& f : r.employees) {
      sum.paid += f.parts[p].paid;
      sum.exempt += f.parts[p].exempt;
      sum.designated += f.parts[p].designated;
      sum.wage += f.parts[p].wage;
    }
    parts[std::string(to_string(static_cast<PolicyPart>(p)))] = part_json(sum);
  }
  const auto kg = [](const std::optional<Decimal>& value) { return value ? json(value->to_string()) : json(nullptr); };
  json travel{
      {"reimbursement", json_money(r.travel_paid)},
      {"reimbursement_saved", json_money(r.travel_saved)},
      {"km", r.km.to_string()},
      {"km_saved", r.km_saved.to_string()},
      {"km_saved_per_employee", per_employee(r.km_saved, count).to_string()},
      {"hours", travel_hours(r.minutes).to_string()},
      {"hours_saved", travel_hours(r.minutes_saved).to_string()},
      {"hours_saved_per_employee", travel_hours(r.minutes_saved, count).to_string()},
      {"co2_kg", kg(r.co2)},
      {"co2_saved_kg", kg(r.co2_saved)},
      {"co2_saved_per_employee_kg", r.co2_saved ? json(per_employee(*r.co2_saved, count).to_string()) : json(nullptr)}};
  json out{{"name", r.name},
           {"source", r.source},
           {"description", r.description},
           {"ambition_level", r.ambition_level},
           {"working_weeks", r.working_weeks.to_string()},
           {"employer_cost", json_money(r.employer_cost)},
           {"net_value", json_money(r.paid)},
           {"tax_free", json_money(r.exempt)},
           {"designated", json_money(r.designated)},
           {"free_space", json_money(r.free_space)},
           {"free_space_used", json_money(r.free_space_used)},
           {"excess", json_money(r.excess)},
           {"final_levy", json_money(r.final_levy)},
           {"wage", json_money(r.wage)},
           {"wage_gross", json_money(r.wage_gross)},
           {"gross_up", json_money(r.wage_gross - r.wage)},
           {"budget", json_money(r.budget)},
           {"budget_left_over", json_money(r.budget_left_over)},
           {"levy_or_wage_saving", optional_money(r.levy_or_wage_saving)},
           {"parts", std::move(parts)},
           {"travel", std::move(travel)},
           {"customary_review", r.customary_review},
           {"recalculation_required", r.recalculation_required},
           {"compared_with_first",
            {{"employees_paid_less", r.paid_less_than_first}, {"employees_paid_more", r.paid_more_than_first}}},
           {"explanation", to_json(r.explanation)}};
  if (employees) {
    json list = json::array();
    for (const EmployeeFigures& f : r.employees) list.push_back(employee_json(f));
    out["employees"] = std::move(list);
  } else {
    // The trail of a traced employee is shown even without the list.
    for (const EmployeeFigures& f : r.employees) {
      if (!f.explanation.steps.empty()) out["traced_employee"] = employee_json(f);
    }
  }
  return out;
}

}  // namespace

json to_json(const Budget& r) {
  json shares = json::array();
  for (const BudgetShare& s : r.shares) {
    json share{{"category", std::string(to_string(s.category))},
               {"wanted", json_money(s.wanted)},
               {"exempt", json_money(s.exempt)},
               {"free_space", json_money(s.free_space)},
               {"above_free_space", json_money(s.above_free_space)},
               {"levy", json_money(s.levy)},
               {"wage", json_money(s.wage)},
               {"net", json_money(s.net())}};
    if (!s.rule.empty()) {
      share["rule"] = std::string(s.rule);
      share["reference"] = std::string(s.reference);
    }
    shares.push_back(std::move(share));
  }
  return json{{"year", r.year},
              {"budget", json_money(r.budget)},
              {"marginal_rate", r.marginal_rate ? json(r.marginal_rate->to_string()) : json(nullptr)},
              {"route", std::string(to_string(r.route))},
              {"shares", std::move(shares)},
              {"exempt", json_money(r.exempt)},
              {"free_space_used", json_money(r.free_space_used)},
              {"above_free_space", json_money(r.above_free_space)},
              {"final_levy", json_money(r.final_levy)},
              {"wage_net", json_money(r.wage_net)},
              {"wage_gross", json_money(r.wage_gross)},
              {"gross_up", json_money(r.gross_up())},
              {"net_value", json_money(r.net_value)},
              {"employer_cost", json_money(r.employer_cost)},
              {"left_over", json_money(r.left_over)},
              {"free_space_left", json_money(r.free_space_left)},
              {"references",
               {{"free_space", std::string(detail::policy::designation_reference)},
                {"final_levy", std::string(detail::policy::final_levy_reference)},
                {"wage", std::string(detail::policy::wage_reference)}}},
              {"customary_review", r.customary.review},
              {"recalculation_required", r.recalculation_required},
              {"receipt", to_json(r.explanation.receipt)},
              {"explanation", to_json(r.explanation)}};
}

json to_json(const LevyOrWage& r) {
  json employees = json::array();
  for (const LevyOrWageChoice& c : r.choices) {
    employees.push_back({{"employee", c.employee},
                         {"amount", json_money(c.amount)},
                         {"marginal_rate", c.marginal_rate.to_string()},
                         {"choice", c.designate ? "designate" : "wage"},
                         {"gross", json_money(c.gross)},
                         {"extra_cost", json_money(c.extra_cost)}});
  }
  return json{{"year", r.year},
              {"free_space", json_money(r.free_space)},
              {"employees", std::move(employees)},
              {"designated", json_money(r.designated)},
              {"wage", json_money(r.wage)},
              {"wage_gross", json_money(r.wage_gross)},
              {"gross_up", json_money(r.wage_gross - r.wage)},
              {"excess", json_money(r.excess)},
              {"final_levy", json_money(r.final_levy)},
              {"cost", json_money(r.cost)},
              {"all_designated",
               {{"excess", json_money(r.all_designated_excess)}, {"final_levy", json_money(r.all_designated_levy)}}},
              {"saving", json_money(r.saving)},
              {"receipt", to_json(r.explanation.receipt)},
              {"explanation", to_json(r.explanation)}};
}

json to_json(const Scenario& r, bool employees) {
  json emissions{{"available", r.emissions.available}, {"year", r.emissions.year}};
  if (r.emissions.available) {
    emissions["kg_per_km"] = {{"car", r.emissions.car.to_string()},
                              {"bicycle", r.emissions.bicycle.to_string()},
                              {"public_transport", r.emissions.public_transport.to_string()}};
  } else {
    emissions["reason"] = r.emissions.unavailable;
  }
  json policies = json::array();
  for (const PolicyOutcome& p : r.policies) policies.push_back(policy_json(p, r.employees, employees));
  return json{{"year", r.year},
              {"employees", r.employees},
              {"wage_bill", optional_money(r.wage_bill)},
              {"wage_bill_from", r.wage_bill_from},
              {"free_space_of_wage_bill", json_money(r.free_space_of_wage_bill)},
              {"designated_elsewhere", json_money(r.designated_elsewhere)},
              {"free_space", json_money(r.free_space)},
              {"emissions", std::move(emissions)},
              {"policies", std::move(policies)},
              {"receipt", to_json(r.explanation.receipt)},
              {"explanation", to_json(r.explanation)}};
}

}  // namespace wkr
