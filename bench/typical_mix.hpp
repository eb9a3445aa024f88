// The typical employee-year of the benchmarks: home-working days, commuting by the km, internet and
// a gift — as Items, as item columns and as lines of an items CSV. Amounts vary with the employee
// number so no two employees are the same.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "wkr/allowances/items.hpp"

namespace wkr::bench {

/// Cents of the four items of employee `e`: home working, commuting, internet, gift.
struct MixCents {
  std::int64_t home_days, home_paid, commute_km, commute_paid, internet, gift;
};

inline MixCents mix(std::int64_t e) {
  return {80 + e % 120, 20'000 + (e % 97) * 311, 2'000 + (e % 200) * 37, 40'000 + (e % 89) * 1'013,
          24'000 + (e % 13) * 500, 5'000 + (e % 41) * 250};
}

inline Decimal cents(std::int64_t value) { return Decimal::from_coefficient(Decimal::Coefficient(value), 2); }

inline std::vector<Item> mix_items(std::int64_t e) {
  const MixCents m = mix(e);
  const auto item = [](ItemCategory category, std::int64_t amount, std::optional<Decimal> quantity) {
    Item i;
    i.employee = "E";
    i.category = category;
    i.amount = cents(amount);
    i.quantity = std::move(quantity);
    return i;
  };
  return {item(ItemCategory::home_working, m.home_paid, Decimal::from_integer(m.home_days)),
          item(ItemCategory::commute_km, m.commute_paid, Decimal::from_integer(m.commute_km)),
          item(ItemCategory::internet_necessary, m.internet, std::nullopt),
          item(ItemCategory::free_space, m.gift, std::nullopt)};
}

/// The four CSV lines of employee `e` (employee,category,amount,quantity).
inline std::string mix_csv_lines(std::int64_t e) {
  const MixCents m = mix(e);
  const std::string name = "employee-" + std::to_string(e);
  return name + ",home_working," + cents(m.home_paid).to_string() + "," + std::to_string(m.home_days) + "\n" +
         name + ",commute_km," + cents(m.commute_paid).to_string() + "," + std::to_string(m.commute_km) + "\n" +
         name + ",internet_necessary," + cents(m.internet).to_string() + ",\n" + name + ",free_space," +
         cents(m.gift).to_string() + ",\n";
}

inline constexpr const char* csv_header = "employee,category,amount,quantity\n";

}  // namespace wkr::bench
