// Dutch that is Dutch for the errors of the input readers and request rules (src/messages_input.cpp):
// each bad input below fails with an Error whose Dutch message has no English tell-tale, whose
// English is what() — unchanged by the catalogue — and a few are checked word for word. The
// exact Dutch and English of every key, through the wkr command, are in tests/errors/input.yaml.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <functional>
#include <regex>
#include <string>
#include <vector>

#include "telltales.hpp"
#include "test_support.hpp"
#include "wkr/batch.hpp"
#include "wkr/distribution.hpp"
#include "wkr/items_csv.hpp"
#include "wkr/members_csv.hpp"
#include "wkr/payroll_csv.hpp"
#include "wkr/periods_csv.hpp"
#include "wkr/policy/policy_file.hpp"
#include "wkr/policy/population.hpp"
#include "wkr/request.hpp"

namespace {

using nlohmann::json;
using wkr::Decimal;
using wkr::Language;

/// The error `call` throws (a test failure when it throws none).
wkr::Error error_of(const std::function<void()>& call) {
  try {
    call();
  } catch (const wkr::Error& e) {
    return e;
  }
  ADD_FAILURE() << "no error";
  return {wkr::ErrorCode::invalid_argument, "no error"};
}

/// `text` without the names a user types that a message repeats: a JSON key in double quotes
/// ("year") and a list of column, key or category names ("employee,category,amount"; "policy,
/// ambition_level, …"). The sentences around them are checked in full by dutch_text_test.cpp.
std::string without_names(const std::string& text) {
  const std::string keys = std::regex_replace(text, std::regex(R"("[A-Za-z_]+")"), "\"X\"");
  return std::regex_replace(keys, std::regex(R"(([A-Za-z_-]+, ?){2,}[A-Za-z_-]+)"), "X");
}

/// The Dutch of `e` has no English tell-tale and is not the English.
void expect_dutch(const wkr::Error& e) {
  const std::string nl = e.message(Language::nl);
  EXPECT_NE(nl, std::string(e.what())) << "not in the catalogue: " << e.what();
  for (const std::string& word : wkr::test::english_words_in(without_names(nl))) ADD_FAILURE() << word << "\n" << nl;
}

void read_items(const char* text) { (void)wkr::read_items_csv(text, "items.csv", true, {}); }

TEST(InputErrors, EveryBadRowOfAnItemsFileReadsInDutch) {
  // Four bad rows: an unknown category, a negative amount, a category that takes no quantity, a
  // field too many; the decimal comma of line 3 is read (the file does not say its separator).
  const wkr::Error e = error_of([] {
    read_items(
        "employee,category,amount,quantity\n"
        "ann,gift,10.00,\n"
        "bob,free_space,\"10,5\",\n"
        "cas,free_space,-5,\n"
        "dan,free_space,5,3\n"
        "eve,free_space,5,,x\n");
  });
  EXPECT_EQ(e.code(), wkr::ErrorCode::invalid_argument);
  expect_dutch(e);
  const std::string nl = e.message(Language::nl);
  EXPECT_NE(nl.find("items.csv: 4 ongeldige regels, er is niets berekend — regel 2: onbekende categorie 'gift'"),
            std::string::npos)
      << nl;
  EXPECT_NE(nl.find("; regel 4: het bedrag -5 is negatief; regel 5: free_space heeft geen hoeveelheid"),
            std::string::npos)
      << nl;
  EXPECT_NE(nl.find("; regel 6: 5 velden, de kopregel heeft er 4"), std::string::npos) << nl;
  EXPECT_NE(
      std::string(e.what()).find("items.csv: 4 bad rows, nothing was evaluated — line 2: unknown category 'gift'"),
      std::string::npos)
      << e.what();
}

TEST(InputErrors, TheCsvReaderSaysWhatIsWrongInDutch) {
  expect_dutch(error_of([] { read_items("employee;category,amount\n"); }));  // two delimiters equally often
  expect_dutch(error_of([] {
    read_items(std::string("\xFF\xFE"
                           "e\0m",
                           6)
                   .c_str());
  }));
  expect_dutch(error_of([] { read_items("employee,category,amount,quantity\nann,\"free_space,1,\n"); }));
  expect_dutch(error_of([] { read_items("employee,category,amount,quantity\nann,free\"space,1,\n"); }));
  expect_dutch(error_of([] { read_items("employee,category,amount,quantity\nann,\xC3(,1,\n"); }));
  expect_dutch(error_of([] { read_items("employee,categorie,bedrag,bedrag,extra\n"); }));  // unknown, twice, lacking
  expect_dutch(error_of([] { (void)wkr::parse_delimiter("|"); }));
  const wkr::Error empty = error_of([] { (void)wkr::read_payroll_csv("", "payroll.csv", {}); });
  EXPECT_EQ(empty.message(Language::nl),
            "payroll.csv is leeg; de eerste regel is de kopregel employee,fiscal_wage,former");
}

TEST(InputErrors, AmountsThatReadTwoWaysAreRefusedInDutch) {
  const wkr::Error e = error_of(
      [] { (void)wkr::read_members_csv("name,wage_bill\na,\"1,000\"\nb,1.000.000\nc,\nd,5\n", "members.csv", {}); });
  expect_dutch(e);
  EXPECT_NE(e.message(Language::nl)
                .find("regel 2: kolom 2: de loonsom '1,000' is op twee manieren te lezen: 1000 (met ',' "
                      "tussen de duizendtallen) of 1.000 (met een decimale komma)"),
            std::string::npos)
      << e.message(Language::nl);
  expect_dutch(error_of([] {
    (void)wkr::read_members_csv("name;wage_bill\na;1.5\n", "members.csv", {});  // a point in a ';' file
  }));
  expect_dutch(
      error_of([] { (void)wkr::read_payroll_csv("employee,fiscal_wage,former\na,1,maybe\n,x,\n", "p.csv", {}); }));
}

TEST(InputErrors, PeriodsPopulationsAndRatesReadInDutch) {
  expect_dutch(error_of([] {
    (void)wkr::read_periods_csv("period,wage_bill,designated,levy_paid\n1,-1,0,\n1,1,1,10.5\n14,1,1,\n,1,1,\n",
                                "periods.csv", wkr::PeriodLength::month, {});
  }));
  expect_dutch(error_of([] {
    (void)wkr::read_population_csv(
        "id,group,office_days,home_days,coworking_days,km_one_way,mode,minutes_one_way,marginal_rate\n"
        "1,a,3,2,1,10,car,20,\n1,,9,0,0,-1,train,20,1.5\n",
        "population.csv", {});
  }));
  expect_dutch(error_of([] {
    (void)wkr::read_population_csv("id,group,office_days,home_days,coworking_days,km_one_way,mode,minutes_one_way\n",
                                   "population.csv", {});
  }));
  expect_dutch(
      error_of([] { (void)wkr::read_marginal_rates_csv("employee,marginal_rate\na,0.3\na,0.4\n,1\n", "r.csv", {}); }));
}

TEST(InputErrors, ACalendarReadsInDutch) {
  expect_dutch(error_of([] {
    (void)wkr::read_calendar_csv("date,kind,business_km\n2025-01-02,absent,5\n2025-01-02,home,-1\n2024-12-31,home,\n",
                                 "calendar.csv", 2025, {});
  }));
}

TEST(InputErrors, ARequestNamesItsKeyAndReadsInDutch) {
  const auto request_error = [](const json& request) { return error_of([&] { (void)wkr::read_request(request); }); };
  expect_dutch(request_error(json::array()));
  expect_dutch(request_error(json{{"year", 2025}}));
  expect_dutch(request_error(json{{"command", "sette"}}));
  expect_dutch(request_error(json{{"command", "settle"}, {"year", 2025}}));
  expect_dutch(request_error(json{{"command", "settle"}, {"year", "x"}, {"wage_bill", "1"}}));
  expect_dutch(request_error(json{{"command", "settle"}, {"year", 2025}, {"wage_bill", 1.5}, {"designated", "0"}}));
  expect_dutch(request_error(json{{"command", "settle"}, {"year", 2025}, {"wage_bill", true}, {"designated", "0"}}));
  expect_dutch(request_error(
      json{{"command", "settle"}, {"year", 2025}, {"wage_bill", "1"}, {"designated", "0"}, {"colour", "red"}}));
  const wkr::Error e =
      request_error(json{{"command", "settle"}, {"year", 2025}, {"wage_bill", "1e"}, {"designated", "0"}});
  EXPECT_EQ(e.message(Language::nl).rfind("verzoek 'settle': \"wage_bill\" is geen gewoon decimaal getal: ", 0), 0U)
      << e.message(Language::nl);
  expect_dutch(
      request_error(json{{"command", "evaluate"},
                         {"year", 2025},
                         {"items", json::array({json{{"employee", "a"}, {"category", "gift"}, {"amount", "1"}},
                                                json{{"employee", ""}, {"category", "fine"}, {"amount", "1.005"}},
                                                json{{"line", 7}, {"employee", "b"}, {"category", "meal"}}})}}));
  expect_dutch(request_error(json{{"command", "ledger"}, {"year", 2025}, {"basis", "estimate"}, {"periods_csv", "x"}}));
}

TEST(InputErrors, APolicyFileReadsInDutch) {
  const auto policy_error = [](const char* yaml) {
    return error_of([&] { (void)wkr::read_policy_yaml(yaml, "p.yaml"); });
  };
  expect_dutch(policy_error("policy: [a\n"));
  expect_dutch(policy_error("- a\n"));
  expect_dutch(policy_error("policy: a\nambition_level: 9\n"));
  expect_dutch(policy_error("policy: a\nambition_level: 1\ncolour: red\n"));
  expect_dutch(policy_error("policy: a\nambition_level: 1\ntravel:\n  kind: by-boat\n  per_km: 0.23\n"));
  expect_dutch(policy_error("policy: a\nambition_level: 1\ninternet:\n  per_month: 1.005\n  necessary: true\n"));
  expect_dutch(policy_error("policy: a\nambition_level: 1\ngroups:\n  x: {}\n"));
  expect_dutch(policy_error("policy: a\nambition_level: 1\nbudget:\n  per_year: 100\n  per_month: 10\n"));
  const wkr::Error e = policy_error("policy: a\nambition_level: 1\nexcess: all\n");
  EXPECT_EQ(e.message(Language::nl), "p.yaml:3:9: de sleutel 'excess' is 'all'; verwacht 'designate' of 'cheapest'");
  EXPECT_EQ(std::string(e.what()), "p.yaml:3:9: excess is 'all'; expected designate or cheapest");
}

TEST(InputErrors, LimitsBatchesAndDistributionsReadInDutch) {
  expect_dutch(error_of([] { wkr::limits::require_year(1900); }));
  expect_dutch(error_of([] { wkr::limits::require_days_per_week(9, "the office days"); }));
  expect_dutch(error_of([] { wkr::limits::require_amount(Decimal::parse("100000000000000000"), "the wage bill"); }));
  expect_dutch(error_of([] { (void)wkr::distribute(Decimal::parse("1.005"), 12); }));
  expect_dutch(error_of([] { (void)wkr::distribute(Decimal::parse("1"), 0); }));
  const std::vector<int> zero = {0, 0};
  expect_dutch(error_of([&] { (void)wkr::distribute(Decimal::parse("1"), zero); }));
  expect_dutch(error_of([] { wkr::detail::batch::require_rows(3, 2, "category (one per item)", false); }));
}

TEST(InputErrors, ARethrownErrorKeepsItsDutch) {
  // Error::phrase(): the inner message of an error put inside another keeps both languages, and
  // its file:line:column.
  const wkr::Error inner(wkr::ErrorCode::invalid_argument, wkr::say("error.items.empty", wkr::noun("the amount")),
                         wkr::SourceLocation{"x.csv", 3, 4});
  const wkr::Error outer(wkr::ErrorCode::invalid_argument, wkr::Phrase("--items ") + inner.phrase());
  EXPECT_EQ(outer.message(Language::nl), "--items x.csv:3:4: het bedrag is leeg");
  EXPECT_EQ(std::string(outer.what()), "--items x.csv:3:4: the amount is empty");
  const wkr::Error english(wkr::ErrorCode::io, "not in the catalogue");
  EXPECT_EQ(wkr::render(english.phrase(), Language::nl), "not in the catalogue");
}

}  // namespace
