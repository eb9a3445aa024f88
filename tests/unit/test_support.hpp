// What the unit tests share: the embedded tables, loaded once, the check that a call fails with a
// given wkr::Error, and an evaluation item built in one line.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <optional>
#include <string>

#include "wkr/allowances/items.hpp"
#include "wkr/error.hpp"
#include "wkr/parameters.hpp"

namespace wkr::test {

/// The source tree (tests read data/, tests/golden/, examples/ from it).
inline const std::filesystem::path source_dir = WKR_SOURCE_DIR;

inline const Parameters& tables() {
  static const Parameters p = Parameters::embedded();
  return p;
}

/// Runs `f`, expecting a wkr::Error with `code` whose message contains `needle`.
template <class F>
void expect_error(F&& f, ErrorCode code, const std::string& needle) {
  try {
    f();
    ADD_FAILURE() << "no error; expected: " << needle;
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), code) << e.what();
    EXPECT_NE(std::string(e.what()).find(needle), std::string::npos) << e.what();
  }
}

/// An item of `employee` in `category` of `amount`, with an optional quantity and own contribution.
inline Item item(const std::string& employee, ItemCategory category, const char* amount,
                 std::optional<Decimal> quantity = std::nullopt,
                 std::optional<Decimal> own_contribution = std::nullopt) {
  Item i;
  i.employee = employee;
  i.category = category;
  i.amount = Decimal::parse(amount);
  i.quantity = std::move(quantity);
  i.own_contribution = std::move(own_contribution);
  return i;
}

}  // namespace wkr::test
