// The per-employee annual evaluation (wkr/allowances/evaluation.hpp): compiled once, in the
// library, rather than in every program that calls it (docs/performance.md, round eleven).
#include "wkr/allowances/evaluation.hpp"

namespace wkr {

namespace detail::allowance {
namespace {

/// The item's rule on `amount`, the value after any own contribution; `contributed`: the employee
/// paid something towards the item (some rules refuse the exemption then).
[[nodiscard]] ItemTreatment item_rule(const Parameters& parameters, int year, const Item& item, const Decimal& amount,
                                      bool contributed, const EmployeeCaps& caps, const EvaluationOptions& options,
                                      Explain explain) {
  const ExcessTreatment treatment = item.treatment.value_or(options.excess);
  const auto from = [explain](auto&& result, const Split& s) {
    ItemTreatment t;
    set_from_split(t, s);
    if (explain == Explain::yes) t.explanation = std::move(result.explanation);  // else both are empty
    return t;
  };
  const auto cost = [&](CostExemption which) {
    return cost_exemption(parameters, year, which, amount, item.quantity, treatment, explain);
  };
  switch (item.category) {
    case ItemCategory::home_working: {
      HomeWorking r = home_working_per_day(parameters, year, *item.quantity, amount,
                                           HomeWorkingOptions{DayRounding::exact, treatment}, explain);
      return from(r, *r.split);
    }
    case ItemCategory::commute_km:
    case ItemCategory::business_km: {
      TravelByKm r = travel_per_km(
          parameters, year,
          item.category == ItemCategory::commute_km ? TravelPurpose::commuting : TravelPurpose::business_trip,
          *item.quantity, amount, TravelOptions{treatment}, explain);
      return from(r, *r.split);
    }
    case ItemCategory::public_transport: {
      PublicTransport r = public_transport(parameters, year, amount, item.quantity, TravelOptions{treatment}, explain);
      return from(r, r.split);
    }
    case ItemCategory::internet_necessary:
      return internet(parameters, year,
                      InternetInput{true, amount, {}, {}, own_contribution_of(item).value_or(Decimal())}, treatment,
                      explain);
    case ItemCategory::internet_other:
      (void)parameters.require_year(year);
      return not_exempt_item(
          parameters, amount, treatment, "internet.not_exempt", "art. 31a lid 2 onderdeel g Wet LB 1964",
          [] { return say("internet.not_exempt.formula"); }, explain);
    case ItemCategory::arbo:
      return arbo(parameters, year, ArboInput{amount, item.quantity, true, item.own_contribution.value_or(Decimal())},
                  treatment, explain);
    case ItemCategory::flex_workplace: return flex_workplace(parameters, year, amount, explain);
    case ItemCategory::coworking: return coworking_reimbursement(parameters, year, amount, treatment, explain);
    case ItemCategory::free_space:
      return free_space_item(parameters, year, amount, item.treatment.value_or(ExcessTreatment::designate), explain);
    case ItemCategory::intermediary: return intermediary_costs(parameters, year, amount, explain);
    case ItemCategory::always_wage:
      return always_wage(parameters, year, amount, "this item", ExcessTreatment::wage, explain);
    case ItemCategory::company_car:
      return always_wage(parameters, year, amount, "the private use of a company car", ExcessTreatment::wage, explain);
    case ItemCategory::housing:
      return always_wage(parameters, year, amount, "a company house", ExcessTreatment::wage, explain);
    case ItemCategory::fine: return always_wage(parameters, year, amount, "a fine", ExcessTreatment::wage, explain);
    case ItemCategory::company_bicycle:
      return company_bicycle(parameters, year, amount,
                             options.company_bicycle_designation ? treatment : ExcessTreatment::wage, explain);
    case ItemCategory::stay_costs: return cost(CostExemption::stay_costs);
    case ItemCategory::course: return cost(CostExemption::course);
    case ItemCategory::vog: return cost(CostExemption::vog);
    case ItemCategory::outplacement: return cost(CostExemption::outplacement);
    case ItemCategory::moving_goods: return cost(CostExemption::moving_goods);
    case ItemCategory::business_meal: return cost(CostExemption::business_meal);
    case ItemCategory::moving_costs:
      return moving_costs(parameters, year, amount, caps.moving_costs_exempt, treatment, explain);
    case ItemCategory::staff_discount:
      return staff_discount(parameters, year, amount, *item.quantity, caps.staff_discount_exempt, treatment, explain);
    case ItemCategory::work_clothing: return work_clothing(parameters, year, amount, explain);
    case ItemCategory::clothing_other: return other_clothing(parameters, year, amount, treatment, explain);
    case ItemCategory::workplace_drinks: return workplace_drinks(parameters, year, amount, explain);
    case ItemCategory::workplace_meal:
      return workplace_meal(parameters, year, amount, *item.quantity, item.own_contribution.value_or(Decimal()),
                            treatment, explain);
    case ItemCategory::public_transport_pass:
      return public_transport_pass(parameters, year, amount, item.quantity, treatment, explain);
    case ItemCategory::necessary_equipment:
      return necessary_equipment(parameters, year, amount, contributed, treatment, explain);
    case ItemCategory::equipment_other: return other_equipment(parameters, year, amount, treatment, explain);
  }
  throw Error(ErrorCode::invalid_argument,
              say("error.items.category_out_of_range", num(static_cast<int>(item.category))));
}

/// evaluate_item() into `out`, or — when the item's rule refuses it — false, with the refusal added
/// to `problems` under the item's origin ("items[index]" when it has none), so every bad item is
/// reported.
[[nodiscard]] bool evaluate_row(const Parameters& parameters, int year, const Item& item, std::size_t index,
                                EmployeeCaps& caps, const EvaluationOptions& options, Explain explain,
                                std::vector<Phrase>& problems, ItemTreatment& out) {
  try {
    // Built where it is kept: the old treatment ends and the new one is constructed in its place
    // (the rules return by value and the value is never moved), or a fresh one when the rule throws.
    std::destroy_at(&out);
    try {
      ::new (static_cast<void*>(&out)) ItemTreatment(evaluate_item(parameters, year, item, caps, options, explain));
    } catch (...) {
      ::new (static_cast<void*>(&out)) ItemTreatment();
      throw;
    }
    return true;
  } catch (const Error& e) {
    if (e.code() != ErrorCode::invalid_argument) throw;
    problems.push_back(
        at_origin(item.origin.empty() ? "items[" + std::to_string(index) + "]" : item.origin, e.phrase()));
    return false;
  }
}

}  // namespace
}  // namespace detail::allowance

ItemTreatment evaluate_item(const Parameters& parameters, int year, const Item& item, EmployeeCaps& caps,
                            const EvaluationOptions& options, Explain explain) {
  const std::optional<Decimal>& contribution = own_contribution_of(item);
  const bool contributed = contribution && !contribution->is_zero();
  const OwnContributionUse use = info(item.category).own_contribution;
  const bool deducted =
      contributed && (use == OwnContributionUse::reduces_value || use == OwnContributionUse::blocks_exemption);
  const Decimal counted = deducted ? min(*contribution, item.amount) : Decimal();
  const Decimal reduced = deducted ? item.amount - counted : Decimal();
  ItemTreatment t = detail::allowance::item_rule(parameters, year, item, deducted ? reduced : item.amount, contributed,
                                                 caps, options, explain);
  if (deducted) {
    t.amount = item.amount;
    t.own_contribution = counted;
    if (explain == Explain::yes) {
      t.explanation.steps.insert(
          t.explanation.steps.begin(),
          Step{.rule = "own_contribution.deducted",
               .reference = "eigen bijdrage, Handboek Loonheffingen (via rendement.nl 2019-09-09)",
               .formula = euro(item.amount) + " − min(" + euro(*contribution) + ", " + euro(item.amount) + ")" +
                          (use == OwnContributionUse::blocks_exemption ? say("own_contribution.blocks") : Phrase()),
               .inputs = {{"amount", item.amount, Unit::eur}, {"own_contribution", *contribution, Unit::eur}},
               .result = {"value", item.amount - counted, Unit::eur}});
    }
  }
  if (item.category == ItemCategory::staff_discount) caps.staff_discount_exempt += t.targeted_exempt;
  if (item.category == ItemCategory::moving_costs) caps.moving_costs_exempt += t.targeted_exempt;
  return t;
}

EmployeeYear evaluate_employee(const Parameters& parameters, int year, std::span<const Item> items,
                               std::span<ItemTreatment> results, const EvaluationOptions& options, Explain explain) {
  if (results.size() != items.size()) {
    throw Error(ErrorCode::invalid_argument, say("error.items.results_size", num(items.size()), num(results.size())));
  }
  Totals totals;
  EmployeeCaps caps;
  std::vector<Phrase> problems;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (detail::allowance::evaluate_row(parameters, year, items[i], i, caps, options, explain, problems, results[i])) {
      totals.add(results[i]);
    }
  }
  if (!problems.empty()) throw detail::allowance::bad_rows(noun("the items"), problems);
  const CustomaryTestExclusion exclusion =
      items.empty() ? CustomaryTestExclusion::none : exclusion_of(items.front().employee, options);
  return {totals, customary_test(parameters, year, totals.designated, exclusion, explain)};
}

std::vector<Phrase> evaluation_problems(const std::vector<Item>& items, const EvaluationOptions& options) {
  std::vector<Phrase> problems;
  for (std::size_t i = 0; i < items.size(); ++i) {
    for (Phrase& p : item_problems(items[i], options.company_bicycle_designation)) {
      problems.push_back(detail::allowance::at_origin(
          items[i].origin.empty() ? "items[" + std::to_string(i) + "]" : items[i].origin, std::move(p)));
    }
  }
  if (!options.customary_exclusions.empty()) {
    std::unordered_set<std::string_view> employees;
    for (const Item& item : items) employees.insert(item.employee);
    for (const auto& [name, exclusion] : options.customary_exclusions) {
      if (employees.count(name) == 0) {
        problems.push_back(say("error.items.excluded_without_items", name));
      }
    }
  }
  return problems;
}

Evaluation evaluate_items(const Parameters& parameters, int year, const std::vector<Item>& items,
                          const EvaluationOptions& options, Explain explain) {
  (void)parameters.year(year).use(param::customary_test_safe_harbour);  // covered, even with no items
  if (auto problems = evaluation_problems(items, options); !problems.empty()) {
    throw detail::allowance::bad_rows(noun("the items"), problems);
  }
  Evaluation result;
  result.year = year;
  result.receipt = parameters.receipt();
  std::unordered_map<std::string_view, std::size_t> index;  // employee → place in result.employees
  std::vector<EmployeeCaps> caps;                           // per employee, as result.employees
  std::vector<Phrase> problems;
  std::vector<std::size_t> refused;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const Item& item = items[i];
    auto [it, fresh] = index.try_emplace(item.employee, result.employees.size());
    if (fresh) {
      result.employees.push_back(EmployeeEvaluation{item.employee, i, {}, {}, {}});
      caps.emplace_back();
    }
    EmployeeEvaluation& e = result.employees[it->second];
    ItemResult& r = e.items.emplace_back(ItemResult{i, item, {}});
    if (!detail::allowance::evaluate_row(parameters, year, item, i, caps[it->second], options, explain, problems,
                                         r.treatment)) {
      e.items.pop_back();
      refused.push_back(i);
      continue;
    }
    e.totals.add(r.treatment);
  }
  if (!problems.empty())
    throw ItemsRefused(detail::allowance::bad_rows(noun("the items"), problems), std::move(refused));
  for (EmployeeEvaluation& e : result.employees) {
    e.customary = customary_test(parameters, year, e.totals.designated, exclusion_of(e.employee, options), explain);
    if (e.customary.review) result.customary_review.push_back(e.employee);
    result.totals.add(e.totals);
  }
  if (!options.wage_bills.empty()) {
    result.settlement =
        settle(parameters, year, options.wage_bills, result.totals.designated, options.free_space, explain);
  }
  return result;
}

}  // namespace wkr
