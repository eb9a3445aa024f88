// Seeded random inputs for the property and batch tests: amounts in cents, quantities that fit
// each item category (from its QuantityUse, so a new category is covered without a change here),
// treatments where a category takes one. The same seed gives the same inputs on every run.
#pragma once

#include <cstdint>
#include <random>
#include <string>

#include "wkr/allowances/items.hpp"
#include "wkr/decimal.hpp"

namespace wkr::test {

class RandomInputs {
 public:
  explicit RandomInputs(std::uint64_t seed) : random_(seed) {}

  /// A number from `low` to `high`, both included.
  std::int64_t between(std::int64_t low, std::int64_t high) {
    return std::uniform_int_distribution<std::int64_t>(low, high)(random_);
  }
  bool chance(int percent) { return between(1, 100) <= percent; }

  /// An amount of 0.00 to `max_euros` in cents, sometimes whole euros or exactly 0.
  Decimal amount(std::int64_t max_euros) {
    if (chance(5)) return Decimal::from_coefficient(0, 2);
    if (chance(20)) return Decimal::from_integer(between(0, max_euros));
    return Decimal::from_coefficient(Decimal::Coefficient(between(0, max_euros * 100)), 2);
  }

  /// A year the embedded tables cover (2015–2026).
  int year() { return static_cast<int>(between(2015, 2026)); }

  /// A valid item of `category` for `employee`: a quantity of the kind the category takes.
  Item item(const CategoryInfo& category, const std::string& employee) {
    Item i;
    i.employee = employee;
    i.category = category.category;
    i.amount = amount(5000);
    switch (category.quantity) {
      case QuantityUse::none: break;
      case QuantityUse::optional_amount:
        if (chance(60)) i.quantity = amount(5000);
        break;
      case QuantityUse::required_km:
        i.quantity = Decimal::from_coefficient(Decimal::Coefficient(between(0, 2000000)), 1);  // up to 200,000.0 km
        break;
      case QuantityUse::required_days: i.quantity = Decimal::from_integer(between(0, 365)); break;
      case QuantityUse::required_amount:  // the value of the products: at least the discount
        i.quantity = i.amount + amount(50000);
        break;
      case QuantityUse::required_count:  // meals, each costing at least the standard value (under €5)
        i.quantity = Decimal::from_integer(between(0, i.amount.rounded(0, wkr::Rounding::floor).to_integer() / 5));
        break;
    }
    if (category.has_taxable_part && chance(30)) {
      i.treatment = category.always_wage ? ExcessTreatment::wage
                                         : (chance(50) ? ExcessTreatment::designate : ExcessTreatment::wage);
    }
    return i;
  }

  /// An item of any category.
  Item item(const std::string& employee) {
    const auto& all = item_categories();
    return item(all[static_cast<std::size_t>(between(0, static_cast<std::int64_t>(all.size()) - 1))], employee);
  }

 private:
  std::mt19937_64 random_;
};

}  // namespace wkr::test
