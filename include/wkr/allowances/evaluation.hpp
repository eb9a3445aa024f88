// wkr — the per-employee annual evaluation: every item of every employee through its rule, with
// per item the exempt, nil-valued, intermediary, designated, wage and own-contribution amounts and
// why; per employee the totals and the customary test; for the employer the designated total that
// feeds the settlement of the free space (free_space.hpp).
//
// Each item has its own cap, so most caps do not pool across rows: two home-working rows of one
// employee each get their own days × amount (pooling could only exempt more). Two caps are the
// employee's for the year, not the item's: the staff discount (€500) and the moving allowance
// (€7,750). They are given to the employee's items of that category in the order the items come,
// each taking what the earlier ones left (EmployeeCaps), so an evaluation is the same for the same
// rows in the same order. The same-day rule needs a calendar, which items do not carry: their day
// counts are taken as already following it (same_day.hpp works from a calendar).
//
// An own contribution of the employee (eigen bijdrage) is taken off the value first, not below nil,
// and reported as its own part; the rule then applies to what is left (OwnContributionUse says per
// category what a contribution does).
#pragma once

#include <algorithm>
#include <map>
#include <memory>
#include <new>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "wkr/allowances/actual_cost.hpp"
#include "wkr/allowances/arbo.hpp"
#include "wkr/allowances/clothing.hpp"
#include "wkr/allowances/customary_test.hpp"
#include "wkr/allowances/equipment.hpp"
#include "wkr/allowances/home_working.hpp"
#include "wkr/allowances/internet.hpp"
#include "wkr/allowances/items.hpp"
#include "wkr/allowances/meals.hpp"
#include "wkr/allowances/moving.hpp"
#include "wkr/allowances/public_transport_pass.hpp"
#include "wkr/allowances/staff_discount.hpp"
#include "wkr/allowances/travel.hpp"
#include "wkr/allowances/wage_items.hpp"
#include "wkr/allowances/workplace.hpp"
#include "wkr/free_space.hpp"

namespace wkr {

struct EvaluationOptions {
  /// What becomes of a part above an exemption or without one, unless the item says otherwise.
  ExcessTreatment excess = ExcessTreatment::designate;
  /// Interns and employees paid below the statutory minimum wage, by employee: the customary
  /// test's safe harbour may not be used for them, so anything designated for them is flagged for
  /// review. Every employee named here must have items; one named with none has the safe harbour.
  std::map<std::string, CustomaryTestExclusion, std::less<>> customary_exclusions;
  /// The private-use addition of a company bicycle may be designated to the free space (see
  /// wage_items.hpp for the sources): true by default. false treats it as the employee's wage, the
  /// employer's other choice, and refuses a row that designates it.
  bool company_bicycle_designation = true;
  /// When given, the employer's designated total is settled against this wage bill (or group).
  std::vector<GroupMember> wage_bills;
  FreeSpaceOptions free_space;
};

/// Gives `employee` the customary-test exclusion `exclusion` — none too, so that a front end that
/// states it more than once (the C interface states it on every item) is held to one answer per
/// employee. Returns the exclusion the employee already has when it differs, and then changes nothing.
[[nodiscard]] inline std::optional<CustomaryTestExclusion> add_customary_exclusion(EvaluationOptions& options,
                                                                                  const std::string& employee,
                                                                                  CustomaryTestExclusion exclusion) {
  const auto [it, inserted] = options.customary_exclusions.try_emplace(employee, exclusion);
  if (inserted || it->second == exclusion) return std::nullopt;
  return it->second;
}

struct ItemResult {
  std::size_t index = 0;  ///< the item's place in the input
  Item item;
  ItemTreatment treatment;
};

/// The six parts, added up.
struct Totals {
  Decimal targeted_exempt;
  Decimal nil_valued;
  Decimal intermediary;
  Decimal designated;
  Decimal wage;
  Decimal own_contribution;

  [[nodiscard]] Decimal exempt() const { return targeted_exempt + nil_valued + intermediary; }
  template <class Parts>  // an ItemTreatment or Totals
  void add(const Parts& t) {
    using detail::allowance::add_to;  // most of an item's parts are zero: their additions are skipped
    add_to(targeted_exempt, t.targeted_exempt);
    add_to(nil_valued, t.nil_valued);
    add_to(intermediary, t.intermediary);
    add_to(designated, t.designated);
    add_to(wage, t.wage);
    add_to(own_contribution, t.own_contribution);
  }
};

/// What an employee's earlier items of the year have exempted under the caps that are the
/// employee's for the year rather than the item's (see the top of this file).
struct EmployeeCaps {
  Decimal staff_discount_exempt;  ///< of staff_discount.annual_maximum (€500)
  Decimal moving_costs_exempt;    ///< of moving_costs.exempt_maximum (€7,750)
};

/// One employee's year: the totals of the items and the customary test on the designated total.
struct EmployeeYear {
  Totals totals;
  CustomaryTest customary;
};

struct EmployeeEvaluation {
  std::string employee;
  std::size_t first_index = 0;  ///< the input place of the employee's first item
  std::vector<ItemResult> items;
  Totals totals;
  CustomaryTest customary;
};

struct Evaluation {
  int year = 0;
  std::vector<EmployeeEvaluation> employees;  ///< in the order they first appear
  Totals totals;
  std::vector<std::string> customary_review;  ///< employees flagged by the customary test
  std::optional<Settlement> settlement;       ///< when wage bills were given
  Receipt receipt;
};

namespace detail::allowance {

/// The item's rule on `amount`, the value after any own contribution; `contributed`: the employee
/// paid something towards the item (some rules refuse the exemption then).
[[nodiscard]] inline ItemTreatment item_rule(const Parameters& parameters, int year, const Item& item,
                                             const Decimal& amount, bool contributed, const EmployeeCaps& caps,
                                             const EvaluationOptions& options, Explain explain) {
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
      return arbo(parameters, year,
                  ArboInput{amount, item.quantity, true, item.own_contribution.value_or(Decimal())}, treatment,
                  explain);
    case ItemCategory::flex_workplace:
      return flex_workplace(parameters, year, amount, explain);
    case ItemCategory::coworking:
      return coworking_reimbursement(parameters, year, amount, treatment, explain);
    case ItemCategory::free_space:
      return free_space_item(parameters, year, amount, item.treatment.value_or(ExcessTreatment::designate), explain);
    case ItemCategory::intermediary:
      return intermediary_costs(parameters, year, amount, explain);
    case ItemCategory::always_wage:
      return always_wage(parameters, year, amount, "this item", ExcessTreatment::wage, explain);
    case ItemCategory::company_car:
      return always_wage(parameters, year, amount, "the private use of a company car", ExcessTreatment::wage,
                         explain);
    case ItemCategory::housing:
      return always_wage(parameters, year, amount, "a company house", ExcessTreatment::wage, explain);
    case ItemCategory::fine:
      return always_wage(parameters, year, amount, "a fine", ExcessTreatment::wage, explain);
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
    case ItemCategory::work_clothing:
      return work_clothing(parameters, year, amount, explain);
    case ItemCategory::clothing_other:
      return other_clothing(parameters, year, amount, treatment, explain);
    case ItemCategory::workplace_drinks:
      return workplace_drinks(parameters, year, amount, explain);
    case ItemCategory::workplace_meal:
      return workplace_meal(parameters, year, amount, *item.quantity, item.own_contribution.value_or(Decimal()),
                            treatment, explain);
    case ItemCategory::public_transport_pass:
      return public_transport_pass(parameters, year, amount, item.quantity, treatment, explain);
    case ItemCategory::necessary_equipment:
      return necessary_equipment(parameters, year, amount, contributed, treatment, explain);
    case ItemCategory::equipment_other:
      return other_equipment(parameters, year, amount, treatment, explain);
  }
  throw Error(ErrorCode::invalid_argument,
              say("error.items.category_out_of_range", num(static_cast<int>(item.category))));
}

}  // namespace detail::allowance

/// One item through its rule (see items.hpp for what each category means), after the employee's
/// own contribution where the category takes one; `caps` holds what the employee's earlier items of
/// the year used of the caps that are the employee's (the staff discount, the moving allowance) and
/// is updated. The item must have passed item_problems(); the explanation is built when `explain`
/// says so. Errors: what the item's rule refuses (invalid_argument); a year the tables do not cover.
[[nodiscard]] inline ItemTreatment evaluate_item(const Parameters& parameters, int year, const Item& item,
                                                 EmployeeCaps& caps, const EvaluationOptions& options = {},
                                                 Explain explain = Explain::no) {
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

/// One item on its own, as the first of its employee's items.
[[nodiscard]] inline ItemTreatment evaluate_item(const Parameters& parameters, int year, const Item& item,
                                                 const EvaluationOptions& options = {},
                                                 Explain explain = Explain::no) {
  EmployeeCaps caps;
  return evaluate_item(parameters, year, item, caps, options, explain);
}

namespace detail::allowance {

/// evaluate_item() into `out`, or — when the item's rule refuses it — false, with the refusal added
/// to `problems` under the item's origin ("items[index]" when it has none), so every bad item is
/// reported.
[[nodiscard]] inline bool evaluate_row(const Parameters& parameters, int year, const Item& item, std::size_t index,
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

}  // namespace detail::allowance

/// Why the customary test's safe harbour does not apply to `employee` (none when it does).
[[nodiscard]] inline CustomaryTestExclusion exclusion_of(std::string_view employee, const EvaluationOptions& options) {
  const auto it = options.customary_exclusions.find(employee);
  return it == options.customary_exclusions.end() ? CustomaryTestExclusion::none : it->second;
}

/// The year of one employee whose items are `items` (all of that employee, in their order, each
/// already checked with item_problems()): each item's treatment into `results` (same order, same
/// size), the totals and the customary test. Errors: every item a rule refuses, in one
/// Error(invalid_argument). Allocates nothing when `explain` is no and no item is refused.
[[nodiscard]] inline EmployeeYear evaluate_employee(const Parameters& parameters, int year, std::span<const Item> items,
                                                    std::span<ItemTreatment> results,
                                                    const EvaluationOptions& options = {},
                                                    Explain explain = Explain::no) {
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

/// Every problem of a list of items and of the options that name employees, each with its origin.
[[nodiscard]] inline std::vector<Phrase> evaluation_problems(const std::vector<Item>& items,
                                                             const EvaluationOptions& options) {
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

/// The error of evaluate_items() when a rule refuses items for the year (a standard value the
/// year does not have, a quantity the year requires): Error(invalid_argument) listing each by its
/// origin, and the index of every refused item in the list given, so a caller can mark them.
class ItemsRefused : public Error {
 public:
  ItemsRefused(const Error& error, std::vector<std::size_t> indexes) : Error(error), indexes_(std::move(indexes)) {}
  [[nodiscard]] const std::vector<std::size_t>& indexes() const noexcept { return indexes_; }

 private:
  std::vector<std::size_t> indexes_;
};

/// Evaluates every item for `year` (see the top of this file). Employees are found by hash, in
/// the order they first appear; each employee's items are evaluated in the order given. Errors:
/// any bad item — all of them are reported in one Error(invalid_argument), each with its origin,
/// and nothing is evaluated (what depends on the year, such as a meal's standard value, is found
/// while evaluating, and reported the same way, as ItemsRefused with the items' indexes); an intern
/// or employee below the minimum wage who has no items; a year the tables do not cover.
[[nodiscard]] inline Evaluation evaluate_items(const Parameters& parameters, int year, const std::vector<Item>& items,
                                               const EvaluationOptions& options = {},
                                               Explain explain = Explain::no) {
  (void)parameters.year(year).use(param::customary_test_safe_harbour);  // covered, even with no items
  if (auto problems = evaluation_problems(items, options); !problems.empty()) {
    throw detail::allowance::bad_rows(noun("the items"), problems);
  }
  Evaluation result;
  result.year = year;
  result.receipt = parameters.receipt();
  std::unordered_map<std::string_view, std::size_t> index;  // employee → place in result.employees
  std::vector<EmployeeCaps> caps;                            // per employee, as result.employees
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
