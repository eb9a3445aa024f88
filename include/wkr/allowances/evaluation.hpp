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

/// One item through its rule (see items.hpp for what each category means), after the employee's
/// own contribution where the category takes one; `caps` holds what the employee's earlier items of
/// the year used of the caps that are the employee's (the staff discount, the moving allowance) and
/// is updated. The item must have passed item_problems(); the explanation is built when `explain`
/// says so. Errors: what the item's rule refuses (invalid_argument); a year the tables do not cover.
[[nodiscard]] ItemTreatment evaluate_item(const Parameters& parameters, int year, const Item& item, EmployeeCaps& caps,
                                          const EvaluationOptions& options = {}, Explain explain = Explain::no);

/// One item on its own, as the first of its employee's items.
[[nodiscard]] inline ItemTreatment evaluate_item(const Parameters& parameters, int year, const Item& item,
                                                 const EvaluationOptions& options = {},
                                                 Explain explain = Explain::no) {
  EmployeeCaps caps;
  return evaluate_item(parameters, year, item, caps, options, explain);
}

/// Why the customary test's safe harbour does not apply to `employee` (none when it does).
[[nodiscard]] inline CustomaryTestExclusion exclusion_of(std::string_view employee, const EvaluationOptions& options) {
  const auto it = options.customary_exclusions.find(employee);
  return it == options.customary_exclusions.end() ? CustomaryTestExclusion::none : it->second;
}

/// The year of one employee whose items are `items` (all of that employee, in their order, each
/// already checked with item_problems()): each item's treatment into `results` (same order, same
/// size), the totals and the customary test. Errors: every item a rule refuses, in one
/// Error(invalid_argument). Allocates nothing when `explain` is no and no item is refused.
[[nodiscard]] EmployeeYear evaluate_employee(const Parameters& parameters, int year, std::span<const Item> items,
                                             std::span<ItemTreatment> results, const EvaluationOptions& options = {},
                                             Explain explain = Explain::no);

/// Every problem of a list of items and of the options that name employees, each with its origin.
[[nodiscard]] std::vector<Phrase> evaluation_problems(const std::vector<Item>& items, const EvaluationOptions& options);

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
[[nodiscard]] Evaluation evaluate_items(const Parameters& parameters, int year, const std::vector<Item>& items,
                                        const EvaluationOptions& options = {}, Explain explain = Explain::no);

}  // namespace wkr
