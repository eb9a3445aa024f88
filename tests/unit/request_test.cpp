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

// ---- the group scheme's members and the wage bill (group_requests.cpp) ---------------------------

TEST(GroupRequest, MembersCarryTheirOwnInputs) {
  const json members = json::parse(R"([{"name": "A", "wage_bill": "1000000", "designated": "20000"},
                                        {"name": "B", "wage_bill": 600000, "whole_year": false, "designated": "5000"}])");
  const json result = run({{"command", "settle"}, {"year", 2025}, {"members", members}});
  // A alone in the group: 2% × 400,000 + 1.18% × 600,000 = 15,080; 4,920 excess → 3,936.00, all A's.
  EXPECT_EQ(result["free_space"], "15080.00");
  EXPECT_EQ(result["final_levy"], "3936.00");
  EXPECT_EQ(result["allocation"][0]["share"], "3936.00");
  // B alone: 2% × 400,000 = 8,000 of free space for its 5,000 designated.
  EXPECT_EQ(result["part_year_members"][0]["final_levy"], "0.00");
  // Unnamed members are "member N".
  const json unnamed = run({{"command", "free-space"},
                            {"year", 2025},
                            {"members", json::parse(R"([{"wage_bill": 1}, {"wage_bill": 2, "whole_year": false}])")}});
  EXPECT_EQ(unnamed["members"], json::array({"member 1"}));
  EXPECT_EQ(unnamed["part_year_members"][0]["name"], "member 2");
}

TEST(GroupRequest, ErrorsNameTheMemberAndTheKey) {
  const json two = json::parse(R"([{"name": "A", "wage_bill": 1}, {"name": "B", "wage_bill": 2}])");
  EXPECT_NE(error_of({{"command", "free-space"}, {"year", 2025}, {"members", two}, {"wage_bill", "3"}})
                .find("\"wage_bill\" and \"members\" cannot both be given"),
            std::string::npos);
  EXPECT_NE(error_of({{"command", "free-space"}, {"year", 2025}, {"members", two}, {"filing_member", "A"}})
                .find("\"filing_member\" is an input of settle, not of free-space"),
            std::string::npos);
  EXPECT_NE(error_of({{"command", "settle"}, {"year", 2025}, {"wage_bill", "1"}, {"designated", "1"},
                      {"filing_member", "A"}})
                .find("\"members\" is required with \"filing_member\" or \"allocation_key\""),
            std::string::npos);
  EXPECT_NE(error_of({{"command", "free-space"},
                      {"year", 2025},
                      {"members", json::parse(R"([{"name": "A", "wage_bill": 1, "designated": 5}])")}})
                .find("request 'free-space members[0]': \"designated\" is not an input of this command"),
            std::string::npos);
  EXPECT_NE(error_of({{"command", "settle"},
                      {"year", 2025},
                      {"members", json::parse(R"([{"name": "A", "designated": 5}])")}})
                .find("request 'settle members[0]': \"wage_bill\" is required"),
            std::string::npos);
  EXPECT_NE(error_of({{"command", "settle"},
                      {"year", 2025},
                      {"members", json::parse(R"([{"name": "A", "wage_bill": 1, "designated": 5, "whole_year": 1}])")}})
                .find("\"whole_year\" must be true or false"),
            std::string::npos);
  EXPECT_NE(error_of({{"command", "settle"}, {"year", 2025}, {"members", json::array()}})
                .find("\"members\" must be a list of {name, wage_bill, whole_year, designated, allocation_weight}"),
            std::string::npos);
}

TEST(WageBillRequest, InlineRowsAndTheirErrors) {
  const json rows = json::parse(R"([{"employee": "Anna", "fiscal_wage": "900000", "former": false},
                                     {"employee": "Piet", "fiscal_wage": "100000", "former": true}])");
  const json result = run({{"command", "wage-bill"}, {"year", 2025}, {"employees", rows}});
  EXPECT_EQ(result["wage_bill"], "1000000.00");
  EXPECT_EQ(result["former_included"], true);
  EXPECT_EQ(result["explanation"][1]["rule"], "wage_bill.former_employment");

  const json bad = json::parse(R"([{"employee": "Anna", "fiscal_wage": "1"},
                                    {"employee": "", "fiscal_wage": "1", "former": false},
                                    {"employee": "Cor", "fiscal_wage": "1", "former": "no"}])");
  const std::string message = error_of({{"command", "wage-bill"}, {"year", 2025}, {"employees", bad}});
  EXPECT_NE(message.find("the employees: 3 bad rows"), std::string::npos) << message;
  EXPECT_NE(message.find("employees[0]: request 'wage-bill employee': \"former\" is required"), std::string::npos)
      << message;
  EXPECT_NE(message.find("employees[1]: request 'wage-bill employee': \"employee\" is required and not empty"),
            std::string::npos)
      << message;
  EXPECT_NE(message.find("\"former\" must be true or false"), std::string::npos) << message;

  EXPECT_NE(error_of({{"command", "wage-bill"}, {"year", 2025}}).find("\"employees\" or \"employees_csv\" is required"),
            std::string::npos);
  EXPECT_NE(error_of({{"command", "wage-bill"}, {"year", 2025}, {"employees", rows}, {"former_wage_test", "group"}})
                .find("\"former_wage_test\" is for a group"),
            std::string::npos);
}

TEST(WageBillRequest, MembersWithCsvText) {
  const json members = {{{"name", "A"}, {"employees_csv", "employee,fiscal_wage,former\nAnna,900000,no\nPiet,150000,yes\n"}},
                        {{"name", "B"}, {"employees_csv", "employee,fiscal_wage,former\nBram,1000000,no\n"}}};
  EXPECT_EQ(run({{"command", "wage-bill"}, {"year", 2026}, {"members", members}})["wage_bill"], "2050000.00");
  EXPECT_EQ(run({{"command", "wage-bill"}, {"year", 2026}, {"members", members}, {"former_wage_test", "member"}})
                ["wage_bill"],
            "1900000.00");
  const json bad = {{{"name", "A"}, {"employees_csv", "employee,fiscal_wage,former\nAnna,x,no\n"}}};
  EXPECT_NE(
      error_of({{"command", "wage-bill"}, {"year", 2026}, {"members", bad}})
          .find("members[0].employees_csv: 1 bad row, nothing was evaluated — line 2: column 2: the fiscal wage 'x'"),
      std::string::npos);
}

}  // namespace
