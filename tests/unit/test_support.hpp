// What the unit tests share: the embedded tables, loaded once, and the check that a call fails
// with a given wkr::Error.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "wkr/error.hpp"
#include "wkr/parameters.hpp"

namespace wkr::test {

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

}  // namespace wkr::test
