// Reading the items and calendar CSV (libcsv): quoting, line endings, line numbers of every bad
// row, strict headers; and the JSON requests of the allowance commands.
#include "wkr/items_csv.hpp"

#include <gtest/gtest.h>

#include "wkr/request.hpp"

#include "test_support.hpp"

namespace {

using wkr::test::expect_error;

using nlohmann::json;
using wkr::ErrorCode;


TEST(ItemsCsv, ReadsQuotedFieldsAndKeepsLineNumbers) {
  const std::string text =
      "employee,category,amount,quantity\n"
      "\"Jansen, Piet\",home_working,480,200\n"
      "\n"
      "\"de \"\"Wit\"\"\",free_space,12.50,\n"
      "\"Multi\nLine\",intermediary,1,\n"
      "Anna,commute_km,10,43.5\n";
  const std::vector<wkr::Item> items = wkr::read_items_csv(text, "items.csv");
  ASSERT_EQ(items.size(), 4u);
  EXPECT_EQ(items[0].employee, "Jansen, Piet");
  EXPECT_EQ(items[0].origin, "line 2");
  EXPECT_EQ(items[0].quantity->to_string(), "200");
  EXPECT_EQ(items[1].employee, "de \"Wit\"");
  EXPECT_EQ(items[1].origin, "line 4");  // after a blank line
  EXPECT_EQ(items[1].amount.to_string(), "12.50");
  EXPECT_FALSE(items[1].quantity.has_value());
  EXPECT_EQ(items[2].employee, "Multi\nLine");
  EXPECT_EQ(items[2].origin, "line 5");
  EXPECT_EQ(items[3].origin, "line 7");  // the quoted line break moved it down one line
}

TEST(ItemsCsv, WindowsLineEndingsAByteOrderMarkAndNoFinalNewline) {
  const std::string text =
      "\xEF\xBB\xBF"
      "employee,category,amount,quantity\r\nAnna,free_space,1,\r\nBram,fine,2,";
  const std::vector<wkr::Item> items = wkr::read_items_csv(text, "items.csv");
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[1].employee, "Bram");
  EXPECT_EQ(items[1].category, wkr::ItemCategory::fine);
  EXPECT_EQ(items[1].origin, "line 3");
}

TEST(ItemsCsv, ColumnsByNameInAnyOrderWithAnOptionalTreatment) {
  const std::string text = "amount,quantity,treatment,category,employee\n120,,wage,coworking,Anna\n";
  const std::vector<wkr::Item> items = wkr::read_items_csv(text, "items.csv");
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].category, wkr::ItemCategory::coworking);
  EXPECT_EQ(items[0].treatment, wkr::ExcessTreatment::wage);
}

TEST(ItemsCsv, EveryBadRowWithItsLine) {
  const std::string text =
      "employee,category,amount,quantity\n"
      "Anna,home_working,500,200\n"
      ",free_space,1,\n"
      "Bram,free_space,-5,\n"
      "Bram,free_space,1.0055,\n"
      "Bram,home_working,10,-1\n"
      "Bram,arbo,10,x\n"
      "Bram,free_space\n"
      "Cas,housing,10,,\n";
  expect_error([&] { (void)wkr::read_items_csv(text, "items.csv"); }, ErrorCode::invalid_argument,
               "items.csv: 7 bad rows, nothing was evaluated — line 3: the employee is empty; line 4: the amount -5 is "
               "negative; line 5: the amount 1.0055 has more than two decimals; line 6: the days -1 are not a whole "
               "number (a partial day counts as a day); line 7: column 4: the quantity 'x' is not a plain decimal");
  expect_error([&] { (void)wkr::read_items_csv(text, "items.csv"); }, ErrorCode::invalid_argument,
               "line 8: 2 fields, the header has 4; line 9: 5 fields, the header has 4");
}

TEST(ItemsCsv, TheHeaderIsRequiredAndStrict) {
  expect_error([] { (void)wkr::read_items_csv("", "items.csv"); }, ErrorCode::invalid_argument,
               "items.csv is empty; its first row is the header employee,category,amount,quantity");
  expect_error([] { (void)wkr::read_items_csv("Anna,free_space,1,\n", "items.csv"); }, ErrorCode::invalid_argument,
               "line 1: unknown column 'Anna'");
  expect_error([] { (void)wkr::read_items_csv("employee,category,amount\n", "items.csv"); },
               ErrorCode::invalid_argument, "the header lacks the column 'quantity'");
  expect_error([] { (void)wkr::read_items_csv("employee,category,amount,quantity,amount\n", "items.csv"); },
               ErrorCode::invalid_argument, "column 'amount' appears twice");
  EXPECT_TRUE(wkr::read_items_csv("employee,category,amount,quantity\n", "items.csv").empty());
}

TEST(ItemsCsv, MalformedQuotingNamesTheLine) {
  expect_error([] { (void)wkr::read_items_csv("employee,category,amount,quantity\nAn\"na,free_space,1,\n", "x.csv"); },
               ErrorCode::parse, "x.csv: line 2: malformed CSV");
  expect_error([] { (void)wkr::read_items_csv("employee,category,amount,quantity\n\"Anna,free_space,1,\n", "x.csv"); },
               ErrorCode::parse, "x.csv: line 2: malformed CSV");
}

TEST(CalendarCsv, ReadsDaysAndReportsEveryBadOne) {
  const auto days = wkr::read_calendar_csv("date,kind\n2025-01-06,home\n2025-01-07,home_and_office\n", "c.csv", 2025);
  ASSERT_EQ(days.size(), 2u);
  EXPECT_EQ(days[1].kind, wkr::DayKind::home_and_office);
  EXPECT_TRUE(days[1].business_km.is_zero());
  expect_error(
      [] {
        (void)wkr::read_calendar_csv("date,kind,business_km\n2025-01-06,home,x\n2025-01-32,home,\n2024-01-01,home,\n",
                                     "c.csv", 2025);
      },
      ErrorCode::invalid_argument,
      "c.csv: 3 bad rows, nothing was evaluated — line 2: column 3: the business km 'x' is not a plain decimal");
}

// ---- JSON requests ------------------------------------------------------------------------------

json run(const json& request) { return wkr::evaluate_request(wkr::Parameters::embedded(), request); }

TEST(AllowanceRequests, HomeWorkingBothForms) {
  const json per_day = run({{"command", "home-working"}, {"year", 2025}, {"days", 10}, {"paid", "30"}});
  EXPECT_EQ(per_day["cap"], "24.00");
  EXPECT_EQ(per_day["excess"], "6.00");
  const json fixed = run(
      {{"command", "home-working"}, {"year", 2025}, {"fixed", true}, {"home_days_per_week", 1}, {"round_days", "up"}});
  EXPECT_EQ(fixed["days"], "43");
  expect_error(
      [] {
        (void)run({{"command", "home-working"}, {"year", 2025}, {"days", 10}});
      },
      ErrorCode::invalid_argument, "\"paid\" is required with \"days\"");
  expect_error(
      [] {
        (void)run(
            {{"command", "home-working"}, {"year", 2025}, {"days", 10}, {"paid", "1"}, {"home_days_per_week", 1}});
      },
      ErrorCode::invalid_argument, "\"home_days_per_week\" is for a fixed allowance");
  expect_error(
      [] {
        (void)run({{"command", "home-working"}, {"year", 2025}, {"days", 1}, {"paid", "1"}, {"dayz", 1}});
      },
      ErrorCode::invalid_argument, "\"dayz\" is not an input of this command");
}

TEST(AllowanceRequests, CommuteWithAbsences) {
  const json r = run({{"command", "commute"},
                      {"year", 2024},
                      {"km_one_way", 20},
                      {"fixed", true},
                      {"office_days_per_week", 5},
                      {"long_absence", json::array({"2024-09-07:2024-12-11"})}});
  EXPECT_EQ(r["stopped_months"], json::array({11, 12}));
  expect_error(
      [] {
        (void)run({{"command", "commute"},
                   {"year", 2024},
                   {"km_one_way", 20},
                   {"fixed", true},
                   {"office_days_per_week", 5},
                   {"long_absence", "2024-09-07"}});
      },
      ErrorCode::invalid_argument, "is not START:RETURN");
}

TEST(AllowanceRequests, EvaluateInlineItems) {
  const json r =
      run({{"command", "evaluate"},
           {"year", 2025},
           {"items",
            json::array({{{"employee", "Anna"}, {"category", "home_working"}, {"amount", "500"}, {"quantity", 200}},
                         {{"employee", "Anna"}, {"category", "free_space"}, {"amount", 300}}})}});
  EXPECT_EQ(r["designated"], "320.00");
  EXPECT_EQ(r["employees"][0]["items"][0]["origin"], "items[0]");
  expect_error(
      [] {
        (void)run({{"command", "evaluate"},
                   {"year", 2025},
                   {"items", json::array({{{"employee", "A"}, {"category", "gift"}, {"amount", "1"}, {"line", 4}},
                                          {{"employee", "A"}, {"category", "fine"}, {"amount", "1"}, {"colour", "red"}},
                                          {{"employee", "A"}, {"category", "fine"}, {"amount", 1.5}}})}});
      },
      ErrorCode::invalid_argument, "the items: 3 bad rows, nothing was evaluated — line 4: unknown category 'gift'");
  expect_error(
      [] {
        (void)run({{"command", "evaluate"}, {"year", 2025}});
      },
      ErrorCode::invalid_argument, "\"items\" or \"items_csv\" is required");
}

TEST(AllowanceRequests, EvaluateCsvText) {
  const json r = run({{"command", "evaluate"},
                      {"year", 2025},
                      {"items_csv", "employee,category,amount,quantity\nAnna,fine,75,\n"},
                      {"excess", "wage"}});
  EXPECT_EQ(r["wage"], "75.00");
}

TEST(AllowanceRequests, EvaluateCompanyBicycleKeys) {
  const auto bicycle = [](json extra) {
    json request = {{"command", "evaluate"},
                    {"year", 2025},
                    {"items_csv", "employee,category,amount,quantity\nEva,company_bicycle,210,\n"}};
    request.update(extra);
    return run(request);
  };
  EXPECT_EQ(bicycle(json::object())["designated"], "210.00");
  EXPECT_EQ(bicycle({{"company_bicycle_designation", true}})["designated"], "210.00");  // the old opt-in
  EXPECT_EQ(bicycle({{"company_bicycle_designation", false}})["wage"], "210.00");
  EXPECT_EQ(bicycle({{"company_bicycle_as_wage", true}})["wage"], "210.00");
  expect_error([&] { (void)bicycle({{"company_bicycle_as_wage", true}, {"company_bicycle_designation", true}}); },
               ErrorCode::invalid_argument, "contradict each other");
}

TEST(AllowanceRequests, SameDayInlineCalendar) {
  const json r = run({{"command", "same-day"},
                      {"year", 2025},
                      {"km_one_way", 20},
                      {"calendar", json::array({{{"date", "2025-03-05"}, {"kind", "home_and_office"}},
                                                {{"date", "2025-03-06"}, {"kind", "home"}, {"business_km", "35"}}})}});
  EXPECT_EQ(r["choices"][0]["chosen"], "commuting");
  EXPECT_EQ(r["business_travel"]["cap"], "8.05");
}

}  // namespace
