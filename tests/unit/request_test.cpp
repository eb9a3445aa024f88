// JSON requests: strict inputs, exact amounts, clear errors.
#include "wkr/request.hpp"

#include <gtest/gtest.h>

namespace {

using nlohmann::json;

json run(const json& request) { return wkr::evaluate_request(wkr::Parameters::embedded(), request); }

std::string error_of(const json& request) {
  try {
    (void)run(request);
  } catch (const wkr::Error& e) {
    EXPECT_EQ(e.code(), wkr::ErrorCode::invalid_argument) << e.what();
    return e.what();
  }
  ADD_FAILURE() << "no error for " << request.dump();
  return "";
}

TEST(Request, AmountsAsStringsOrIntegers) {
  EXPECT_EQ(run({{"command", "free-space"}, {"year", 2026}, {"wage_bill", "1600000"}})["free_space"], "22160.00");
  EXPECT_EQ(run({{"command", "free-space"}, {"year", 2026}, {"wage_bill", 1600000}})["free_space"], "22160.00");
  EXPECT_EQ(run({{"command", "free-space"}, {"year", 2022}, {"wage_bill", json::array({1000000, "1000000"})}})
                ["free_space"],
            "25680.00");  // 6800 + 0.0118 × 1600000
}

TEST(Request, AJsonNumberWithAFractionIsRefused) {
  const std::string message = error_of(json::parse(R"({"command":"free-space","year":2026,"wage_bill":1600000.5})"));
  EXPECT_NE(message.find("write it as a string"), std::string::npos) << message;
}

TEST(Request, ErrorsNameTheKey) {
  EXPECT_NE(error_of({{"command", "settle"}, {"year", 2026}, {"wage_bill", "1"}}).find("\"designated\" is required"),
            std::string::npos);
  EXPECT_NE(error_of({{"command", "free-space"}, {"year", "2026"}, {"wage_bill", "1"}})
                .find("\"year\" must be a whole number"),
            std::string::npos);
  EXPECT_NE(error_of({{"command", "free-space"}, {"year", 2026}, {"wage_bill", "1,5"}})
                .find("\"wage_bill\" is not a plain decimal"),
            std::string::npos);
  EXPECT_NE(error_of({{"command", "free-space"}, {"year", 2026}, {"wage_bill", "1"}, {"wagebill", "2"}})
                .find("\"wagebill\" is not an input of this command"),
            std::string::npos);
  EXPECT_NE(error_of({{"command", "free-space"}, {"year", 2026}, {"wage_bill", json::array()}})
                .find("needs at least one amount"),
            std::string::npos);
  EXPECT_NE(error_of({{"command", "vrije-ruimte"}}).find("unknown command \"vrije-ruimte\"; the commands are"),
            std::string::npos);
  EXPECT_NE(error_of(json::array()).find("a request is a JSON object"), std::string::npos);
  EXPECT_NE(error_of({{"year", 2026}}).find("needs \"command\""), std::string::npos);
}

TEST(Request, ChoosesTheFreeSpaceRounding) {
  EXPECT_EQ(run({{"command", "free-space"},
                 {"year", 2026},
                 {"wage_bill", "400000.50"},
                 {"free_space_rounding", "half-up"}})["free_space"],
            "8000.01");
  try {
    (void)run({{"command", "free-space"}, {"year", 2026}, {"wage_bill", "1"}, {"free_space_rounding", "up"}});
    FAIL();
  } catch (const wkr::Error& e) {
    EXPECT_EQ(e.code(), wkr::ErrorCode::parse);
  }
}

}  // namespace
