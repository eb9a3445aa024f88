// wkr — the per-employee annual evaluation: every item of every employee through its rule, with
// per item the exempt, nil-valued, intermediary, designated and wage amounts and why; per
// employee the totals and the customary test; for the employer the designated total that feeds
// the settlement of the free space (free_space.hpp).
//
// Each item is evaluated on its own, so caps do not pool across rows: two home-working rows of
// one employee each get their own days × amount (pooling could only exempt more). The same-day
// rule needs a calendar, which items do not carry: their day counts are taken as already
// following it (same_day.hpp works from a calendar).
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "wkr/allowances/arbo.hpp"
#include "wkr/allowances/customary_test.hpp"
#include "wkr/allowances/home_working.hpp"
#include "wkr/allowances/internet.hpp"
#include "wkr/allowances/items.hpp"
#include "wkr/allowances/travel.hpp"
#include "wkr/allowances/wage_items.hpp"
#include "wkr/allowances/workplace.hpp"
#include "wkr/free_space.hpp"

namespace wkr {

struct EvaluationOptions {
  /// What becomes of a part above an exemption or without one, unless the item says otherwise.
  ExcessTreatment excess = ExcessTreatment::designate;
  /// Interns and employees paid below the statutory minimum wage: the customary test's safe harbour
  /// may not be used for them, so anything designated for them is flagged for review.
  std::vector<std::string> interns;
  std::vector<std::string> below_minimum_wage;
  /// The private-use addition of a company bicycle may be designated to the free space (see
  /// wage_items.hpp for the sources): true by default. false treats it as the employee's wage, the
  /// employer's other choice, and refuses a row that designates it.
  bool company_bicycle_designation = true;
  /// When given, the employer's designated total is settled against this wage bill (or group).
  std::vector<GroupMember> wage_bills;
  FreeSpaceOptions free_space;
};

struct ItemResult {
  Item item;
  ItemTreatment treatment;
};

/// The five parts, added up.
struct Totals {
  Decimal targeted_exempt;
  Decimal nil_valued;
  Decimal intermediary;
  Decimal designated;
  Decimal wage;

  [[nodiscard]] Decimal exempt() const { return targeted_exempt + nil_valued + intermediary; }
  void add(const ItemTreatment& t) {
    targeted_exempt += t.targeted_exempt;
    nil_valued += t.nil_valued;
    intermediary += t.intermediary;
    designated += t.designated;
    wage += t.wage;
  }
  void add(const Totals& t) {
    targeted_exempt += t.targeted_exempt;
    nil_valued += t.nil_valued;
    intermediary += t.intermediary;
    designated += t.designated;
    wage += t.wage;
  }
};

struct EmployeeEvaluation {
  std::string employee;
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

[[nodiscard]] inline ItemTreatment evaluate_item(const Parameters& parameters, int year, const Item& item,
                                                 const EvaluationOptions& options) {
  const ExcessTreatment treatment = item.treatment.value_or(options.excess);
  const Decimal& amount = item.amount;
  switch (item.category) {
    case ItemCategory::home_working: {
      HomeWorking r = home_working_per_day(parameters, year, *item.quantity, amount,
                                           HomeWorkingOptions{DayRounding::exact, treatment});
      return from_split(*r.split, std::move(r.explanation));
    }
    case ItemCategory::commute_km:
    case ItemCategory::business_km: {
      TravelByKm r = travel_per_km(
          parameters, year,
          item.category == ItemCategory::commute_km ? TravelPurpose::commuting : TravelPurpose::business_trip,
          *item.quantity, amount, TravelOptions{treatment});
      return from_split(*r.split, std::move(r.explanation));
    }
    case ItemCategory::public_transport: {
      PublicTransport r = public_transport(parameters, year, amount, item.quantity, TravelOptions{treatment});
      return from_split(r.split, std::move(r.explanation));
    }
    case ItemCategory::internet_necessary:
      return internet(parameters, year, InternetInput{true, amount, {}, {}, item.quantity.value_or(Decimal())},
                      treatment);
    case ItemCategory::internet_other: {
      ItemTreatment t = not_exempt_item(amount, treatment, "internet.not_exempt",
                                        "art. 31a lid 2 onderdeel g Wet LB 1964: internet that is not necessary for "
                                        "the job, TV and a fixed landline are not exempt",
                                        "not exempt");
      t.explanation.receipt = parameters.receipt();
      return t;
    }
    case ItemCategory::arbo:
      return arbo(parameters, year, ArboInput{amount, item.quantity, true, {}}, treatment);
    case ItemCategory::flex_workplace:
      return flex_workplace(parameters, year, amount);
    case ItemCategory::coworking:
      return coworking_reimbursement(parameters, year, amount, treatment);
    case ItemCategory::free_space:
      return free_space_item(parameters, year, amount, item.treatment.value_or(ExcessTreatment::designate));
    case ItemCategory::intermediary:
      return intermediary_costs(parameters, year, amount);
    case ItemCategory::always_wage:
      return always_wage(parameters, year, amount, "this item", ExcessTreatment::wage);
    case ItemCategory::company_car:
      return always_wage(parameters, year, amount, "the private use of a company car", ExcessTreatment::wage);
    case ItemCategory::housing:
      return always_wage(parameters, year, amount, "a company house", ExcessTreatment::wage);
    case ItemCategory::fine:
      return always_wage(parameters, year, amount, "a fine", ExcessTreatment::wage);
    case ItemCategory::company_bicycle:
      return company_bicycle(parameters, year, amount,
                             options.company_bicycle_designation ? treatment : ExcessTreatment::wage);
  }
  throw Error(ErrorCode::invalid_argument, "unknown item category");
}

[[nodiscard]] inline CustomaryTestExclusion exclusion_of(const std::string& employee,
                                                         const EvaluationOptions& options) {
  const auto listed = [&](const std::vector<std::string>& names) {
    return std::find(names.begin(), names.end(), employee) != names.end();
  };
  if (listed(options.interns)) return CustomaryTestExclusion::intern;
  if (listed(options.below_minimum_wage)) return CustomaryTestExclusion::below_minimum_wage;
  return CustomaryTestExclusion::none;
}

}  // namespace detail::allowance

/// Evaluates every item for `year` (see the top of this file). Errors: any bad item — all of them
/// are reported in one Error(invalid_argument), each with its origin, and nothing is evaluated; an
/// intern or employee below the minimum wage who has no items; a year the tables do not cover.
[[nodiscard]] inline Evaluation evaluate_items(const Parameters& parameters, int year, const std::vector<Item>& items,
                                               const EvaluationOptions& options = {}) {
  using namespace detail::allowance;
  (void)parameters.at_year("customary_test.safe_harbour", year);  // the year is covered, even with no items
  std::vector<std::string> problems;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string where = items[i].origin.empty() ? "items[" + std::to_string(i) + "]" : items[i].origin;
    for (const std::string& p : item_problems(items[i], options.company_bicycle_designation)) {
      problems.push_back(where + ": " + p);
    }
  }
  const auto has_items = [&](const std::string& name) {
    return std::any_of(items.begin(), items.end(), [&](const Item& item) { return item.employee == name; });
  };
  for (const auto* list : {&options.interns, &options.below_minimum_wage}) {
    for (const std::string& name : *list) {
      if (!has_items(name)) problems.push_back("'" + name + "' is named for the customary test but has no items");
    }
  }
  if (!problems.empty()) throw bad_rows("the items", problems);

  Evaluation result;
  result.year = year;
  result.receipt = parameters.receipt();
  for (const Item& item : items) {
    auto it = std::find_if(result.employees.begin(), result.employees.end(),
                           [&](const EmployeeEvaluation& e) { return e.employee == item.employee; });
    if (it == result.employees.end()) {
      result.employees.push_back(EmployeeEvaluation{item.employee, {}, {}, {}});
      it = std::prev(result.employees.end());
    }
    ItemTreatment t = evaluate_item(parameters, year, item, options);
    it->totals.add(t);
    it->items.push_back(ItemResult{item, std::move(t)});
  }
  for (EmployeeEvaluation& e : result.employees) {
    e.customary = customary_test(parameters, year, e.totals.designated, exclusion_of(e.employee, options));
    if (e.customary.review) result.customary_review.push_back(e.employee);
    result.totals.add(e.totals);
  }
  if (!options.wage_bills.empty()) {
    result.settlement = settle(parameters, year, options.wage_bills, result.totals.designated, options.free_space);
  }
  return result;
}

}  // namespace wkr
