// wkr — the items of a per-employee annual evaluation: what each category means, what its
// quantity is, and which rows are refused before anything is evaluated.
//
// One item is one amount paid or provided to one employee in the year, in a category that says
// which rule applies (docs/allowances.md has every category with its rule and source; docs/cli.md
// the items CSV of `wkr evaluate`). Every problem of every item is reported at once, each with
// where the item came from ("line 7"), and nothing is evaluated while any item is bad.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "wkr/allowances/common.hpp"
#include "wkr/limits.hpp"

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
  stay_costs,          ///< temporary stay on business trips (verblijfskosten); quantity = the actual cost (optional)
  course,              ///< courses, study, professional literature; quantity = the actual cost (optional)
  vog,                 ///< certificate of conduct (VOG), exempt from 2020; quantity = the actual cost (optional)
  outplacement,        ///< outplacement; quantity = the actual cost (optional)
  moving_costs,        ///< moving for work: the allowance, exempt up to €7,750 per employee and year
  moving_goods,        ///< moving for work: moving the household goods; quantity = the actual cost (optional)
  staff_discount,      ///< discount on the employer's own products; quantity = the value of the products
  work_clothing,       ///< work clothing made available: nil valued
  clothing_other,      ///< other clothing, or clothing reimbursed or given: designated
  workplace_drinks,    ///< drinks and snacks provided at the workplace: nil valued
  workplace_meal,      ///< meals at the workplace at the standard value; quantity = the meals
  business_meal,       ///< meals with a business character; quantity = the actual cost (optional)
  public_transport_pass,  ///< a public-transport pass; quantity = the business trips' cost (optional)
  necessary_equipment,    ///< tools, computers, phones necessary for the job: exempt
  equipment_other,        ///< such equipment that is not necessary: designated
};

/// What the quantity column of a category holds.
enum class QuantityUse {
  none,
  optional_amount,  ///< an amount in euros, optional (the actual cost; an own contribution)
  required_km,      ///< kilometres
  required_days,    ///< whole days of one year
  required_amount,  ///< an amount in euros (the value of the products of a staff discount)
  required_count,   ///< a whole number (meals)
};

/// What an own contribution of the employee (eigen bijdrage, the optional own_contribution column)
/// does in a category (docs/allowances.md has the table and the sources).
enum class OwnContributionUse {
  refused,                 ///< an allowance paid in money, a discount, costs of the employer: nothing to contribute to
  reduces_value,           ///< it reduces the value before the rule applies, not below nil
  blocks_exemption,        ///< it reduces the value, and any contribution blocks the category's exemption
  reduces_standard_value,  ///< the rule deducts it from a standard value (meals at the workplace)
};

struct CategoryInfo {
  ItemCategory category;
  std::string_view name;  ///< the CSV and JSON spelling
  QuantityUse quantity;
  std::string_view meaning;  ///< for messages and docs
  bool always_wage;          ///< can never be designated
  bool has_taxable_part;     ///< a part may be designated or wage, so a treatment means something
  OwnContributionUse own_contribution;
};

inline constexpr std::size_t item_category_count = 31;

/// Every category, in the order of ItemCategory (info() relies on it; the C codes WKR_ITEM_* are this
/// order from 1, append-only).
[[nodiscard]] inline const std::array<CategoryInfo, item_category_count>& item_categories() {
  using Q = QuantityUse;
  using C = OwnContributionUse;
  static const std::array<CategoryInfo, item_category_count> table = {{
      {ItemCategory::home_working, "home_working", Q::required_days,
       "home-working allowance; quantity = home-working days", false, true, C::refused},
      {ItemCategory::commute_km, "commute_km", Q::required_km,
       "commuting allowance by the km; quantity = km travelled", false, true, C::refused},
      {ItemCategory::business_km, "business_km", Q::required_km,
       "business travel by the km; quantity = km travelled", false, true, C::refused},
      {ItemCategory::public_transport, "public_transport", Q::optional_amount,
       "public transport; quantity = the actual cost (empty: the amount is the actual cost)", false, true,
       C::reduces_value},
      {ItemCategory::internet_necessary, "internet_necessary", Q::optional_amount,
       "internet component, necessary for the job; quantity = the employee's own contribution (empty: none; the "
       "own_contribution column says the same)",
       false, true, C::blocks_exemption},
      {ItemCategory::internet_other, "internet_other", Q::none,
       "internet that is not necessary, TV or a landline: not exempt", false, true, C::reduces_value},
      {ItemCategory::arbo, "arbo", Q::optional_amount,
       "arbo provision required by the Arbowet, no own contribution; quantity = the cost of the required version "
       "(empty: the whole amount)",
       false, true, C::blocks_exemption},
      {ItemCategory::flex_workplace, "flex_workplace", Q::none,
       "a flex workplace the employer provides: nil valued", false, false, C::reduces_value},
      {ItemCategory::coworking, "coworking", Q::none,
       "the employee's own co-working subscription reimbursed: not exempt", false, true, C::reduces_value},
      {ItemCategory::free_space, "free_space", Q::none,
       "gifts, parties and other items without an exemption: designated", false, true, C::reduces_value},
      {ItemCategory::intermediary, "intermediary", Q::none, "intermediary costs: not wage", false, false, C::refused},
      {ItemCategory::always_wage, "always_wage", Q::none, "always the employee's wage", true, true, C::reduces_value},
      {ItemCategory::company_car, "company_car", Q::none, "private use of a company car: always wage", true, true,
       C::reduces_value},
      {ItemCategory::housing, "housing", Q::none, "a company house (dienstwoning): always wage", true, true,
       C::reduces_value},
      {ItemCategory::fine, "fine", Q::none, "fines: always wage", true, true, C::reduces_value},
      {ItemCategory::company_bicycle, "company_bicycle", Q::none,
       "company bicycle (its private-use addition): designated, or wage when the employer treats it as wage", false,
       true, C::reduces_value},
      {ItemCategory::stay_costs, "stay_costs", Q::optional_amount,
       "temporary stay on business trips (verblijfskosten: meals, lodging, small expenses): exempt; quantity = the "
       "actual cost (empty: the amount is the actual cost)",
       false, true, C::reduces_value},
      {ItemCategory::course, "course", Q::optional_amount,
       "courses, study, congresses and professional literature for the job: exempt; quantity = the actual cost "
       "(empty: the amount is the actual cost)",
       false, true, C::reduces_value},
      {ItemCategory::vog, "vog", Q::optional_amount,
       "a certificate of conduct (verklaring omtrent het gedrag): exempt from 2020, designated before; quantity = the "
       "actual cost (empty: the amount is the actual cost)",
       false, true, C::reduces_value},
      {ItemCategory::outplacement, "outplacement", Q::optional_amount,
       "outplacement: exempt; quantity = the actual cost (empty: the amount is the actual cost)", false, true,
       C::reduces_value},
      {ItemCategory::moving_costs, "moving_costs", Q::none,
       "moving for work, the allowance besides moving the household goods: exempt up to a maximum per employee and "
       "year (€7,750)",
       false, true, C::reduces_value},
      {ItemCategory::moving_goods, "moving_goods", Q::optional_amount,
       "moving for work, the cost of moving the household goods: exempt; quantity = the actual cost (empty: the "
       "amount is the actual cost)",
       false, true, C::reduces_value},
      {ItemCategory::staff_discount, "staff_discount", Q::required_amount,
       "discount on the employer's own (not branch-foreign) products: exempt up to 20% of their value and €500 a "
       "year per employee; amount = the discount, quantity = the value of the products",
       false, true, C::refused},
      {ItemCategory::work_clothing, "work_clothing", Q::none,
       "work clothing made available (the employer stays owner), worn at work and only or almost only suitable for "
       "work, or with logos of at least 70 cm², or left at the workplace: nil valued",
       false, false, C::reduces_value},
      {ItemCategory::clothing_other, "clothing_other", Q::none,
       "other clothing, or clothing reimbursed or given to the employee: designated", false, true, C::reduces_value},
      {ItemCategory::workplace_drinks, "workplace_drinks", Q::none,
       "drinks and snacks (not a meal) provided at the workplace: nil valued", false, false, C::reduces_value},
      {ItemCategory::workplace_meal, "workplace_meal", Q::required_count,
       "meals provided at the workplace (canteen): valued at the standard value per meal, less the own contribution; "
       "amount = what the meals cost, quantity = the number of meals",
       false, true, C::reduces_standard_value},
      {ItemCategory::business_meal, "business_meal", Q::optional_amount,
       "meals with a more than incidental business character (business trip, overtime, with a client): exempt; "
       "quantity = the actual cost (empty: the amount is the actual cost)",
       false, true, C::reduces_value},
      {ItemCategory::public_transport_pass, "public_transport_pass", Q::optional_amount,
       "a public-transport pass also used for business trips: exempt in full from 2024; before 2024 up to the cost "
       "of the business trips made with it, the quantity (required then)",
       false, true, C::reduces_value},
      {ItemCategory::necessary_equipment, "necessary_equipment", Q::none,
       "tools, computers, phones and the like necessary for the job, to be returned or paid for at their residual "
       "value when no longer necessary: exempt",
       false, true, C::blocks_exemption},
      {ItemCategory::equipment_other, "equipment_other", Q::none,
       "tools, computers, phones and the like that are not necessary for the job: designated", false, true,
       C::reduces_value},
  }};
  return table;
}

/// The row of `category`: the table is in the order of ItemCategory, so this is an index, not a search.
[[nodiscard]] inline const CategoryInfo& info(ItemCategory category) {
  const auto index = static_cast<std::size_t>(category);
  const auto& table = item_categories();
  if (index >= table.size() || table[index].category != category) {
    throw Error(ErrorCode::invalid_argument, say("error.items.category_out_of_range", num(index)));
  }
  return table[index];
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
  std::optional<Decimal> own_contribution;   ///< what the employee pays towards it (eigen bijdrage)
  std::optional<ExcessTreatment> treatment;  ///< none: the evaluation's default for excesses
  std::string origin;                        ///< "line 7", "items[3]": where it came from, for messages
};

/// The employee's own contribution to an item: the own_contribution field, or for internet its
/// older place, the quantity. None when neither is given.
[[nodiscard]] inline const std::optional<Decimal>& own_contribution_of(const Item& item) {
  return item.category == ItemCategory::internet_necessary && !item.own_contribution ? item.quantity
                                                                                     : item.own_contribution;
}

namespace detail::allowance {

/// A problem when `value` has more than two decimals (an amount in euros and cents).
inline void check_cents(const Decimal& value, std::string_view what, std::vector<Phrase>& problems) {
  if (value.scale() > 2 && value.rounded(2, Rounding::toward_zero) != value) {
    problems.push_back(say("error.items.cents", noun(what), num(value)));
  }
}

}  // namespace detail::allowance

/// What is wrong with an item, in words; empty when nothing is. `bicycle_designation`: whether a
/// company bicycle may be designated (EvaluationOptions::company_bicycle_designation; false when the
/// employer treats it as wage). What depends on the year (a standard value, a rule not yet in
/// force) is checked when the item is evaluated.
[[nodiscard]] inline std::vector<Phrase> item_problems(const Item& item, bool bicycle_designation = true) {
  using detail::allowance::check_cents;
  std::vector<Phrase> problems;
  const CategoryInfo& c = info(item.category);
  if (item.employee.empty()) problems.push_back(say("error.items.empty", noun("the employee")));
  if (item.amount.is_negative()) problems.push_back(say("error.items.negative", noun("the amount"), num(item.amount)));
  check_cents(item.amount, "the amount", problems);
  const auto check_limit = [&](const Decimal& value, const char* what, std::int64_t largest, const char* unit) {
    if (limits::detail::within(value, largest)) return;  // the common case, before `what` becomes a Noun
    if (Phrase problem = limits::detail::problem(value, what, largest, unit); !problem.empty()) {
      problems.push_back(std::move(problem));
    }
  };
  check_limit(item.amount, "the amount", limits::max_amount, "euros");
  if (item.quantity) {
    const bool km = c.quantity == QuantityUse::required_km;
    const bool days = c.quantity == QuantityUse::required_days;
    check_limit(*item.quantity, "the quantity",
                km     ? limits::max_km
                : days ? limits::max_days
                       : limits::max_quantity,
                km     ? "km"
                : days ? "days"
                       : "");
  }
  if (item.own_contribution) check_limit(*item.own_contribution, "the own contribution", limits::max_amount, "euros");
  const auto needs = [&](const char* what) {
    problems.push_back(say("error.items.needs_quantity", std::string(c.name), noun(what)));
  };
  switch (c.quantity) {
    case QuantityUse::none:
      if (item.quantity) problems.push_back(say("error.items.no_quantity", std::string(c.name)));
      break;
    case QuantityUse::optional_amount:
      if (item.quantity && item.quantity->is_negative())
        problems.push_back(say("error.items.cannot_be_negative", noun("the quantity")));
      break;
    case QuantityUse::required_km:
      if (!item.quantity) {
        needs("the km travelled");
      } else if (item.quantity->is_negative()) {
        problems.push_back(say("error.items.cannot_be_negative", noun("the km")));
      }
      break;
    case QuantityUse::required_days:
      if (!item.quantity) {
        needs("the home-working days");
      } else if (item.quantity->is_negative() || item.quantity->rounded(0, Rounding::toward_zero) != *item.quantity) {
        problems.push_back(say("error.items.days_whole", num(*item.quantity)));
      } else if (Decimal::from_integer(366) < *item.quantity) {
        problems.push_back(say("error.items.days_year", num(*item.quantity)));
      }
      break;
    case QuantityUse::required_amount:
      if (!item.quantity) {
        needs("the value of the products (the discount is the amount)");
      } else if (item.quantity->is_negative()) {
        problems.push_back(say("error.items.cannot_be_negative", noun("the value of the products")));
      } else if (*item.quantity < item.amount) {
        problems.push_back(say("error.items.discount_above_value", num(item.amount), num(*item.quantity)));
      }
      break;
    case QuantityUse::required_count:
      if (!item.quantity) {
        needs("the number of meals");
      } else if (item.quantity->is_negative() || item.quantity->rounded(0, Rounding::toward_zero) != *item.quantity) {
        problems.push_back(say("error.items.meals_whole", num(*item.quantity)));
      }
      break;
  }
  if (item.own_contribution) {
    if (c.own_contribution == OwnContributionUse::refused) {
      problems.push_back(say("error.items.no_own_contribution", std::string(c.name)));
    } else if (item.category == ItemCategory::internet_necessary && item.quantity) {
      problems.push_back(say("error.items.own_contribution_twice"));
    }
  }
  if (item.own_contribution && c.own_contribution != OwnContributionUse::refused) {
    if (item.own_contribution->is_negative()) {
      problems.push_back(say("error.items.negative", noun("the own contribution"), num(*item.own_contribution)));
    }
    check_cents(*item.own_contribution, "the own contribution", problems);
  }
  if (item.treatment) {
    if (!c.has_taxable_part) {
      problems.push_back(say("error.items.no_treatment", std::string(c.name)));
    } else if (*item.treatment == ExcessTreatment::designate &&
               (c.always_wage || (item.category == ItemCategory::company_bicycle && !bicycle_designation))) {
      problems.push_back(
          say(c.always_wage ? "error.items.always_wage" : "error.items.bicycle_as_wage", std::string(c.name)));
    }
  }
  return problems;
}

}  // namespace wkr
