// wkr — the items of a per-employee annual evaluation: what each category means, what its
// quantity is, and which rows are refused before anything is evaluated.
//
// One item is one amount paid or provided to one employee in the year, in a category that says
// which rule applies (docs/cli.md lists them for the items CSV of `wkr evaluate`). Every problem
// of every item is reported at once, each with where the item came from ("line 7"), and nothing
// is evaluated while any item is bad.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "wkr/allowances/common.hpp"

namespace wkr {

enum class ItemCategory {
  home_working,        ///< home-working allowance; quantity = home-working days
  commute_km,          ///< commuting by the km; quantity = km
  business_km,         ///< business trips by the km; quantity = km
  public_transport,    ///< public transport at actual cost; quantity = the actual cost (optional)
  internet_necessary,  ///< internet component, necessity met; quantity = own contribution (optional)
  internet_other,      ///< internet not necessary, TV, landline: not exempt
  arbo,                ///< arbo provision for the home workplace; quantity = cost of the required version (optional)
  flex_workplace,      ///< a flex workplace the employer provides: nil valued
  coworking,           ///< the employee's own co-working subscription reimbursed: not exempt
  free_space,          ///< gifts, parties and the like: designated
  intermediary,        ///< intermediary costs: not wage
  always_wage,         ///< anything that is always wage
  company_car,         ///< private use of a company car: always wage
  housing,             ///< a company house: always wage
  fine,                ///< fines: always wage
  company_bicycle,     ///< company bicycle (private-use addition): designated, or wage at the employer's choice
};

/// What the quantity column of a category holds.
enum class QuantityUse { none, optional_amount, required_km, required_days };

struct CategoryInfo {
  ItemCategory category;
  std::string_view name;  ///< the CSV and JSON spelling
  QuantityUse quantity;
  std::string_view meaning;  ///< for messages and docs
  bool always_wage;          ///< can never be designated
  bool has_taxable_part;     ///< a part may be designated or wage, so a treatment means something
};

[[nodiscard]] inline const std::array<CategoryInfo, 16>& item_categories() {
  static const std::array<CategoryInfo, 16> table = {{
      {ItemCategory::home_working, "home_working", QuantityUse::required_days,
       "home-working allowance; quantity = home-working days", false, true},
      {ItemCategory::commute_km, "commute_km", QuantityUse::required_km,
       "commuting allowance by the km; quantity = km travelled", false, true},
      {ItemCategory::business_km, "business_km", QuantityUse::required_km,
       "business travel by the km; quantity = km travelled", false, true},
      {ItemCategory::public_transport, "public_transport", QuantityUse::optional_amount,
       "public transport; quantity = the actual cost (empty: the amount is the actual cost)", false, true},
      {ItemCategory::internet_necessary, "internet_necessary", QuantityUse::optional_amount,
       "internet component, necessary for the job; quantity = the employee's own contribution (empty: none)", false,
       true},
      {ItemCategory::internet_other, "internet_other", QuantityUse::none,
       "internet that is not necessary, TV or a landline: not exempt", false, true},
      {ItemCategory::arbo, "arbo", QuantityUse::optional_amount,
       "arbo provision required by the Arbowet, no own contribution; quantity = the cost of the required version "
       "(empty: the whole amount)",
       false, true},
      {ItemCategory::flex_workplace, "flex_workplace", QuantityUse::none,
       "a flex workplace the employer provides: nil valued", false, false},
      {ItemCategory::coworking, "coworking", QuantityUse::none,
       "the employee's own co-working subscription reimbursed: not exempt", false, true},
      {ItemCategory::free_space, "free_space", QuantityUse::none,
       "gifts, parties and other items without an exemption: designated", false, true},
      {ItemCategory::intermediary, "intermediary", QuantityUse::none, "intermediary costs: not wage", false, false},
      {ItemCategory::always_wage, "always_wage", QuantityUse::none, "always the employee's wage", true, true},
      {ItemCategory::company_car, "company_car", QuantityUse::none, "private use of a company car: always wage", true,
       true},
      {ItemCategory::housing, "housing", QuantityUse::none, "a company house (dienstwoning): always wage", true, true},
      {ItemCategory::fine, "fine", QuantityUse::none, "fines: always wage", true, true},
      {ItemCategory::company_bicycle, "company_bicycle", QuantityUse::none,
       "company bicycle (its private-use addition): designated, or wage when the employer treats it as wage", false,
       true},
  }};
  return table;
}

[[nodiscard]] inline const CategoryInfo& info(ItemCategory category) {
  for (const CategoryInfo& c : item_categories()) {
    if (c.category == category) return c;
  }
  throw Error(ErrorCode::invalid_argument, "unknown item category");
}

[[nodiscard]] inline std::string_view to_string(ItemCategory category) { return info(category).name; }

[[nodiscard]] inline std::optional<ItemCategory> find_category(std::string_view name) {
  for (const CategoryInfo& c : item_categories()) {
    if (c.name == name) return c.category;
  }
  return std::nullopt;
}

/// "home_working, commute_km, …" for messages.
[[nodiscard]] inline std::string category_names() {
  std::string names;
  for (const CategoryInfo& c : item_categories()) names += (names.empty() ? "" : ", ") + std::string(c.name);
  return names;
}

/// One amount paid or provided to one employee in the year.
struct Item {
  std::string employee;
  ItemCategory category = ItemCategory::free_space;
  Decimal amount;
  std::optional<Decimal> quantity;
  std::optional<ExcessTreatment> treatment;  ///< none: the evaluation's default for excesses
  std::string origin;                        ///< "line 7", "items[3]": where it came from, for messages
};

/// What is wrong with an item, in words; empty when nothing is. `bicycle_designation`: whether a
/// company bicycle may be designated (EvaluationOptions::company_bicycle_designation; false when the
/// employer treats it as wage).
[[nodiscard]] inline std::vector<std::string> item_problems(const Item& item, bool bicycle_designation = true) {
  std::vector<std::string> problems;
  const CategoryInfo& c = info(item.category);
  if (item.employee.empty()) problems.push_back("the employee is empty");
  if (item.amount.is_negative()) problems.push_back("the amount " + item.amount.to_string() + " is negative");
  if (item.amount.scale() > 2 && item.amount.rounded(2, Rounding::toward_zero) != item.amount) {
    problems.push_back("the amount " + item.amount.to_string() + " has more than two decimals");
  }
  switch (c.quantity) {
    case QuantityUse::none:
      if (item.quantity)
        problems.push_back(std::string(c.name) + " takes no quantity (" + std::string(c.meaning) + ")");
      break;
    case QuantityUse::optional_amount:
      if (item.quantity && item.quantity->is_negative()) problems.push_back("the quantity cannot be negative");
      break;
    case QuantityUse::required_km:
      if (!item.quantity) {
        problems.push_back(std::string(c.name) + " needs a quantity: the km travelled");
      } else if (item.quantity->is_negative()) {
        problems.push_back("the km cannot be negative");
      }
      break;
    case QuantityUse::required_days:
      if (!item.quantity) {
        problems.push_back(std::string(c.name) + " needs a quantity: the home-working days");
      } else if (item.quantity->is_negative() || item.quantity->rounded(0, Rounding::toward_zero) != *item.quantity) {
        problems.push_back("the days " + item.quantity->to_string() +
                           " are not a whole number (a partial day counts as a day)");
      } else if (Decimal::from_integer(366) < *item.quantity) {
        problems.push_back("the days " + item.quantity->to_string() + " are more than a year has");
      }
      break;
  }
  if (item.treatment) {
    if (!c.has_taxable_part) {
      problems.push_back(std::string(c.name) + " has no part to designate or tax, so it takes no treatment");
    } else if (*item.treatment == ExcessTreatment::designate &&
               (c.always_wage || (item.category == ItemCategory::company_bicycle && !bicycle_designation))) {
      problems.push_back(std::string(c.name) +
                         (c.always_wage ? " is always the employee's wage and cannot be designated to the free space"
                                        : " is treated as the employee's wage (company bicycle as wage), so it "
                                          "cannot be designated; leave that option out to designate it"));
    }
  }
  return problems;
}

}  // namespace wkr
