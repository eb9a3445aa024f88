// Checking a table set with every problem listed (Parameters::check_overlay, `wkr params --check`),
// an explanation read back from its JSON (`wkr explain`), and JSON in reading order.
#include <gtest/gtest.h>

#include "wkr/explanation_text.hpp"
#include "wkr/free_space.hpp"
#include "wkr/json.hpp"

#include "test_support.hpp"

namespace {

using wkr::test::tables;

TEST(CheckTables, EveryProblemOfEveryFileIsListedWithItsPlace) {
  const std::vector<wkr::TableSource> overlay = {{"a.yaml",
                                                  "parameters:\n"
                                                  "  final_levy.rate:\n"
                                                  "    unit: ratio\n"
                                                  "    until: 2027-12-31\n"
                                                  "    values:\n"
                                                  "      2027-01-01: {value: -0.8, reference: x}\n"
                                                  "  no_such_parameter:\n"
                                                  "    unit: eur\n"
                                                  "    until: 2027-12-31\n"
                                                  "    values:\n"
                                                  "      2027-01-01: {value: 1, reference: x}\n"},
                                                 {"b.yaml", "parameters: [\n"},
                                                 {"c.yaml",
                                                  "parameters:\n"
                                                  "  final_levy.rate:\n"
                                                  "    unit: ratio\n"
                                                  "    until: 2027-12-31\n"
                                                  "    values:\n"
                                                  "      2027-01-01: {value: 0.8, referenc: x}\n"}};
  const std::vector<wkr::Error> problems = tables().check_overlay(overlay);
  ASSERT_EQ(problems.size(), 4u);
  EXPECT_STREQ(problems[0].what(),
               "a.yaml:6:27: the value of 'final_levy.rate' from 2027-01-01 is negative; "
               "parameter values are 0 or more");
  EXPECT_EQ(problems[1].where()->to_string(), "a.yaml:11:7");
  EXPECT_NE(std::string(problems[1].what()).find("unknown parameter 'no_such_parameter'"), std::string::npos);
  EXPECT_EQ(problems[2].where()->file, "b.yaml");
  EXPECT_NE(std::string(problems[2].what()).find("YAML syntax error"), std::string::npos);
  EXPECT_EQ(problems[3].where()->file, "c.yaml");
  EXPECT_NE(std::string(problems[3].what()).find("unknown key 'referenc'"), std::string::npos);
  // A clean overlay has none, and loads.
  const std::vector<wkr::TableSource> clean = {{"d.yaml",
                                                "parameters:\n"
                                                "  final_levy.rate:\n"
                                                "    unit: ratio\n"
                                                "    until: 2027-12-31\n"
                                                "    values:\n"
                                                "      2027-01-01: {value: 0.8, reference: x}\n"}};
  EXPECT_TRUE(tables().check_overlay(clean).empty());
}

TEST(ExplainAgain, TheJsonOfAnExplanationRendersAsTheOriginal) {
  // 1 200 000 of wage bill in 2026: brackets and a rounding, so every part of a step is there.
  const wkr::FreeSpace result = wkr::free_space(tables(), 2026, wkr::Decimal::parse("1200000"), {}, wkr::Explain::yes);
  ASSERT_FALSE(result.explanation.steps.empty());
  const nlohmann::json document = wkr::to_json(result);
  const wkr::Explanation again = wkr::explanation_from_json(document["explanation"], document["receipt"]);
  for (const wkr::Language language : {wkr::Language::nl, wkr::Language::en}) {
    EXPECT_EQ(wkr::render_text(again, language), wkr::render_text(result.explanation, language));
  }
  nlohmann::json old = document["explanation"];
  old[0].erase("input_quantities");  // as an older wkr wrote it
  wkr::test::expect_error([&] { (void)wkr::explanation_from_json(old, document["receipt"]); }, wkr::ErrorCode::parse,
                          "explanation[0] has no \"input_quantities\"");
}

TEST(ReadingOrder, YearFirstThenTheFiguresThenTheExplanationAndTheReceipt) {
  const wkr::FreeSpace result = wkr::free_space(tables(), 2026, wkr::Decimal::parse("1200000"), {}, wkr::Explain::yes);
  const nlohmann::ordered_json ordered = wkr::in_reading_order(wkr::to_json(result));
  std::vector<std::string> keys;
  for (const auto& item : ordered.items()) keys.push_back(item.key());
  ASSERT_GE(keys.size(), 4u);
  EXPECT_EQ(keys.front(), "year");
  EXPECT_EQ(keys[keys.size() - 2], "explanation");
  EXPECT_EQ(keys.back(), "receipt");
  EXPECT_EQ(nlohmann::json(ordered), wkr::to_json(result));  // the same object, in another order
}

}  // namespace
