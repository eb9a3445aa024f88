// The streaming evaluation (item_stream.hpp) against the whole-text path it will replace:
// read_items_csv() + evaluate_items() on the same seeded random CSV must give the same totals per
// employee, the same customary reviews and the same settlement — grouped or not, for any chunk
// size — and a file with bad rows must fail with the same list of problems.
#include "wkr/item_stream.hpp"

#include <gtest/gtest.h>

#include <map>
#include <sstream>

#include "random_inputs.hpp"
#include "test_support.hpp"
#include "wkr/allowances/json.hpp"
#include "wkr/items_csv.hpp"

namespace {

using wkr::test::tables;

/// A CSV of `employees` employees with 1–6 random items each, grouped by employee or shuffled
/// (then an employee's items are spread over the file), with a quoted name and a CRLF line now and then.
std::string random_csv(std::uint64_t seed, int employees, bool grouped) {
  wkr::test::RandomInputs random(seed);
  std::vector<std::string> lines;
  for (int e = 0; e < employees; ++e) {
    const std::string name = e % 7 == 0 ? "\"Jansen, " + std::to_string(e) + "\"" : "E" + std::to_string(e);
    for (auto n = random.between(1, 6); n > 0; --n) {
      const wkr::Item item = random.item("x");
      std::string line = name + "," + std::string(wkr::to_string(item.category)) + "," + item.amount.to_string() +
                         "," + (item.quantity ? item.quantity->to_string() : "") + "," +
                         (item.treatment ? std::string(wkr::to_string(*item.treatment)) : "");
      lines.push_back(line);
    }
  }
  if (!grouped) {
    std::mt19937_64 shuffle(seed);
    std::shuffle(lines.begin(), lines.end(), shuffle);
  }
  std::string csv = "\xEF\xBB\xBF" "employee,category,amount,quantity,treatment\n";
  for (std::size_t i = 0; i < lines.size(); ++i) csv += lines[i] + (i % 11 == 0 ? "\r\n" : "\n") + (i % 50 == 0 ? "\n" : "");
  return csv;
}

/// What a sink received, by employee.
struct Collect : wkr::EvaluationSink {
  std::map<std::string, std::string> employees;  // name → totals and review as text
  std::vector<std::string> order;
  std::size_t items = 0;
  void item(const wkr::StreamedItem&) override { ++items; }
  void employee(const wkr::EmployeeYearResult& e) override {
    order.emplace_back(e.employee);
    employees[std::string(e.employee)] = describe(e.totals, e.customary.review);
  }
  static std::string describe(const wkr::Totals& t, bool review) {
    return t.targeted_exempt.to_string() + " " + t.nil_valued.to_string() + " " + t.intermediary.to_string() + " " +
           t.designated.to_string() + " " + t.wage.to_string() + (review ? " review" : "");
  }
};

wkr::StreamSummary stream(const std::string& csv, const wkr::ItemStreamOptions& options, wkr::EvaluationSink* sink,
                          std::size_t chunk) {
  std::istringstream in(csv);
  return wkr::evaluate_items_stream(in, tables(), 2025, "items.csv", options, sink, chunk);
}

TEST(ItemStream, GivesWhatTheWholeTextEvaluationGives) {
  for (const bool grouped : {true, false}) {
    const std::string csv = random_csv(grouped ? 11 : 12, 400, grouped);
    wkr::EvaluationOptions evaluation;
    evaluation.wage_bills = {{"", wkr::Decimal::parse("2500000"), true}};
    evaluation.customary_exclusions.emplace("E3", wkr::CustomaryTestExclusion::intern);
    const wkr::Evaluation whole =
        wkr::evaluate_items(tables(), 2025, wkr::read_items_csv(csv, "items.csv"), evaluation);
    for (const std::size_t chunk : {std::size_t{1}, std::size_t{7}, std::size_t{4096}}) {
      Collect sink;
      const wkr::StreamSummary summary = stream(csv, {.grouped = grouped, .evaluation = evaluation}, &sink, chunk);
      ASSERT_EQ(sink.employees.size(), whole.employees.size()) << chunk;
      std::size_t items = 0;
      for (std::size_t i = 0; i < whole.employees.size(); ++i) {
        const wkr::EmployeeEvaluation& e = whole.employees[i];
        EXPECT_EQ(sink.order[i], e.employee) << "employees in the order they first appear";
        EXPECT_EQ(sink.employees[e.employee], Collect::describe(e.totals, e.customary.review)) << e.employee;
        items += e.items.size();
      }
      EXPECT_EQ(sink.items, items);
      EXPECT_EQ(summary.rows, items);
      EXPECT_EQ(summary.employees, whole.employees.size());
      EXPECT_EQ(Collect::describe(summary.totals, false), Collect::describe(whole.totals, false));
      EXPECT_EQ(summary.customary_review, whole.customary_review);
      ASSERT_TRUE(summary.settlement && whole.settlement);
      EXPECT_EQ(summary.settlement->final_levy.to_string(), whole.settlement->final_levy.to_string());
    }
  }
}

/// Each employee as append_item_json() and append_employee_json() write it while the stream runs.
struct JsonText : wkr::EvaluationSink {
  std::map<std::string, std::string> items;  // name → its items so far
  std::vector<std::string> employees;        // in the order handed over
  void item(const wkr::StreamedItem& i) override { wkr::append_item_json(items[i.item.employee], i.item, i.treatment); }
  void employee(const wkr::EmployeeYearResult& e) override {
    std::string out;
    wkr::append_employee_json(out, e.employee, e.totals, e.customary, items[std::string(e.employee)]);
    employees.push_back(std::move(out));
  }
};

// `wkr evaluate --json` writes each employee straight into its output, one line an employee: the
// bytes must be those of the employee in the whole document, to_json(Evaluation), dumped without
// indentation (computed independently by nlohmann::json from the whole-text evaluation) — with and
// without explanations, on a seeded random file, with a name that needs escaping.
TEST(ItemStream, TheStreamedJsonOfEachEmployeeIsTheWholeDocumentsText) {
  for (const bool grouped : {true, false}) {
    for (const wkr::Explain explain : {wkr::Explain::no, wkr::Explain::yes}) {
      std::string csv = random_csv(grouped ? 21 : 22, 120, grouped);
      csv += "\"Q\"\"uote\ttab\\\",free_space,12.5,,\n\"Q\"\"uote\ttab\\\",home_working,30,12,wage\n";
      wkr::EvaluationOptions evaluation;
      evaluation.customary_exclusions.emplace("E3", wkr::CustomaryTestExclusion::intern);
      const wkr::Evaluation whole =
          wkr::evaluate_items(tables(), 2025, wkr::read_items_csv(csv, "items.csv"), evaluation, explain);
      const nlohmann::json document = wkr::to_json(whole);
      JsonText sink;
      (void)stream(csv, {.grouped = grouped, .explain = explain, .evaluation = evaluation}, &sink, 4096);
      ASSERT_EQ(sink.employees.size(), whole.employees.size());
      ASSERT_EQ(whole.employees.back().employee, "Q\"uote\ttab\\");
      for (std::size_t i = 0; i < whole.employees.size(); ++i) {
        EXPECT_EQ(sink.employees[i], document["employees"][i].dump()) << whole.employees[i].employee;
      }
    }
  }
}

TEST(ItemStream, EveryBadRowIsListedAndNothingIsHandedOverAfterTheFirst) {
  std::string csv = random_csv(13, 50, true);
  csv += "E900,free_space,-5,,\n"            // negative
         "E901,no_such_thing,5,,\n"          // unknown category
         "E902,home_working,5,,\n"           // no days
         "E903,free_space,5\n";              // too few fields
  std::string expected;
  try {
    (void)wkr::read_items_csv(csv, "items.csv");
  } catch (const wkr::Error& e) {
    expected = e.what();
  }
  ASSERT_FALSE(expected.empty());
  for (const bool evaluate : {true, false}) {
    Collect sink;
    try {
      (void)stream(csv, {.grouped = true, .evaluate = evaluate}, &sink, 100);
      ADD_FAILURE() << "no error";
    } catch (const wkr::Error& e) {
      EXPECT_EQ(e.code(), wkr::ErrorCode::invalid_argument);
      EXPECT_EQ(std::string(e.what()), expected);
    }
    EXPECT_LE(sink.employees.size(), 50U);  // the good employees before the first bad row, at most
    if (!evaluate) {
      EXPECT_TRUE(sink.employees.empty());
    }
  }
}

TEST(ItemStream, AnEmployeeThatComesBackInAGroupedFileIsABadRow) {
  const std::string csv =
      "employee,category,amount,quantity\nA,free_space,10,\nB,free_space,20,\nA,free_space,30,\n";
  wkr::test::expect_error([&] { (void)stream(csv, {.grouped = true}, nullptr, 64); }, wkr::ErrorCode::invalid_argument,
                          "line 4: the items of 'A' do not follow each other");
  const wkr::StreamSummary summary = stream(csv, {.grouped = false}, nullptr, 64);
  EXPECT_EQ(summary.totals.designated.to_string(), "60");
  EXPECT_EQ(summary.employees, 2U);
}

TEST(ItemStream, MalformedQuotingStopsWithItsLine) {
  const std::string csv = "employee,category,amount,quantity\nA,free_space,10,\n\"B,free_space,20,\n";
  wkr::test::expect_error([&] { (void)stream(csv, {}, nullptr, 5); }, wkr::ErrorCode::parse, "malformed CSV");
  wkr::test::expect_error([&] { (void)stream("", {}, nullptr, 5); }, wkr::ErrorCode::invalid_argument,
                          "is empty; its first row is the header employee,category,amount,quantity");
}

}  // namespace
