// CSVs from Dutch spreadsheets through the one CSV reader (src/csv_reader.*): the delimiter found in
// the header line or given, the decimal separator of the file or given, amounts that read two ways
// refused with both readings, thousands separators refused, header names in any case and in Dutch,
// byte-order marks, UTF-16 named, malformed quoting named by line and column — for the whole-text
// readers and the streaming items evaluation alike.
#include <gtest/gtest.h>

#include <sstream>

#include "wkr/item_stream.hpp"
#include "wkr/items_csv.hpp"
#include "wkr/members_csv.hpp"
#include "wkr/payroll_csv.hpp"
#include "wkr/periods_csv.hpp"
#include "wkr/policy/population.hpp"

#include "test_support.hpp"

namespace {

using wkr::CsvFormat;
using wkr::DecimalSeparator;
using wkr::ErrorCode;
using wkr::test::expect_error;

std::vector<wkr::Item> items(const std::string& text, const CsvFormat& format = {}) {
  return wkr::read_items_csv(text, "items.csv", true, format);
}

/// The amounts of the items as exact decimal strings.
std::vector<std::string> amounts(const std::vector<wkr::Item>& list) {
  std::vector<std::string> out;
  for (const auto& item : list) out.push_back(item.amount.to_string());
  return out;
}

TEST(CsvDialect, ASemicolonFileFromADutchSpreadsheetHasADecimalComma) {
  const auto read = items(
      "medewerker;categorie;bedrag;aantal\n"
      "Anna;free_space;1000,50;\n"
      "\"Jansen; Piet\";free_space;12,5;\n");
  EXPECT_EQ(amounts(read), (std::vector<std::string>{"1000.50", "12.5"}));
  EXPECT_EQ(read[1].employee, "Jansen; Piet");
}

TEST(CsvDialect, TabAndCommaFilesAndAGivenDelimiter) {
  EXPECT_EQ(amounts(items("employee\tcategory\tamount\tquantity\nAnna\tfree_space\t12.50\t\n")),
            std::vector<std::string>{"12.50"});
  // A given delimiter is used as given.
  const CsvFormat semicolon{.delimiter = ';'};
  EXPECT_EQ(amounts(items("employee;category;amount;quantity\nAnna;free_space;7,25;\n", semicolon)),
            std::vector<std::string>{"7.25"});
  EXPECT_EQ(wkr::parse_delimiter("tab"), '\t');
  expect_error([] { (void)wkr::parse_delimiter("|"); }, ErrorCode::invalid_argument, "give ',', ';' or tab");
  expect_error([] { (void)items("employee,category;amount,quantity;x\n"); }, ErrorCode::parse, "give the delimiter");
}

TEST(CsvDialect, AnAmountThatReadsTwoWaysIsRefusedWithBothReadings) {
  // "1.000" in a comma file: one thousand (a Dutch writer) or 1.000 (a decimal point) — never a guess.
  expect_error([] { (void)items("employee,category,amount,quantity\nAnna,free_space,1.000,\n"); },
               ErrorCode::invalid_argument,
               "line 2: column 3: the amount '1.000' reads two ways: 1000 (with '.' separating thousands) or "
               "1.000 (with a decimal point)");
  expect_error([] { (void)items("employee\tcategory\tamount\tquantity\nAnna\tfree_space\t1,000\t\n"); },
               ErrorCode::invalid_argument,
               "line 2: column 3: the amount '1,000' reads two ways: 1000 (with ',' separating thousands) or 1.000 "
               "(with a decimal comma)");
  // Given the decimal separator, the same amount reads one way.
  EXPECT_EQ(amounts(items("employee,category,amount,quantity\nAnna,free_space,1.000,\n",
                          {.decimal = DecimalSeparator::point})),
            std::vector<std::string>{"1.000"});
  // Amounts that read one way only are read in a file without a known convention.
  const auto one_way = items("employee\tcategory\tamount\tquantity\nA\tfree_space\t12,50\t\nB\tcommute_km\t1\t0.125\n");
  EXPECT_EQ(amounts(one_way), (std::vector<std::string>{"12.50", "1"}));
  EXPECT_EQ(one_way[1].quantity->to_string(), "0.125");  // a leading 0 is no thousands group
}

TEST(CsvDialect, ThousandsSeparatorsAndTheOtherDecimalSeparatorAreRefused) {
  expect_error([] { (void)items("medewerker;categorie;bedrag;aantal\nAnna;free_space;1.000,50;\n"); },
               ErrorCode::invalid_argument, "line 2: column 3: the amount '1.000,50' has a thousands separator");
  expect_error([] { (void)items("medewerker;categorie;bedrag;aantal\nAnna;free_space;1.000;\n"); },
               ErrorCode::invalid_argument, "line 2: column 3: the amount '1.000' has a thousands separator");
  expect_error([] { (void)items("medewerker;categorie;bedrag;aantal\nAnna;free_space;12.5;\n"); },
               ErrorCode::invalid_argument,
               "the amount '12.5' has a decimal point, but this file's decimal separator is ','");
  EXPECT_EQ(amounts(items("medewerker;categorie;bedrag;aantal\nAnna;free_space;12.5;\n",
                          {.decimal = DecimalSeparator::point})),
            std::vector<std::string>{"12.5"});
}

TEST(CsvDialect, HeaderNamesInAnyCaseAndInDutch) {
  const auto read = items("Employee,CATEGORY, Amount ,Own Contribution,quantity\nAnna,free_space,5,1,\n");
  ASSERT_EQ(read.size(), 1u);
  EXPECT_EQ(read[0].own_contribution->to_string(), "1");
  const auto dutch =
      items("Medewerker;Categorie;Bedrag;Aantal;Eigen_bijdrage;Behandeling\nAnna;free_space;5;;1;wage\n");
  ASSERT_EQ(dutch.size(), 1u);
  EXPECT_EQ(dutch[0].treatment, wkr::ExcessTreatment::wage);
  expect_error([] { (void)items("werknemer,medewerker,category,amount,quantity\n"); }, ErrorCode::invalid_argument,
               "column 'employee' appears twice");
}

TEST(CsvDialect, ByteOrderMarkAndUtf16) {
  EXPECT_EQ(items("\xEF\xBB\xBFmedewerker;categorie;bedrag;aantal\r\nAnna;free_space;3,50;\r\n").size(), 1u);
  expect_error(
      [] {
        (void)items(
            std::string("\xFF\xFE"
                        "e\0m\0",
                        6));
      },
      ErrorCode::parse, "items.csv: the file is UTF-16; save it as UTF-8");
  expect_error([] { (void)items(std::string("e\0m\0p\0\n\0", 8)); }, ErrorCode::parse,
               "items.csv: the file is UTF-16 (it holds NUL bytes); save it as UTF-8");
  expect_error([] { (void)items(std::string("\0e\0m\0p\0\n", 8)); }, ErrorCode::parse, "the file is UTF-16");
}

TEST(CsvDialect, MalformedQuotingNamesLineColumnAndWhat) {
  expect_error(
      [] { (void)items("employee,category,amount,quantity\nAn\"na,free_space,1,\n"); }, ErrorCode::parse,
      "items.csv: line 2: malformed CSV at column 3: a quote (\") inside a field that does not start with one");
  expect_error([] { (void)items("medewerker;categorie;bedrag;aantal\n\"Anna\"x;free_space;1;\n"); }, ErrorCode::parse,
               "items.csv: line 2: malformed CSV at column 7: 'x' after the closing quote of a field, where ';' or "
               "the end of the line must follow");
  expect_error([] { (void)items("employee,category,amount,quantity\n\"Anna,free_space,1,\n"); }, ErrorCode::parse,
               "items.csv: line 2: malformed CSV: a quoted field of the record that starts on this line is not closed");
}

TEST(CsvDialect, TheOtherCsvsReadTheSameDialects) {
  // Periods: Dutch names, ';' and decimal commas (wage bills of 100 000,50 a month).
  std::string periods = "periode;loonsom;aangewezen\n";
  for (int p = 1; p <= 12; ++p) periods += std::to_string(p) + ";100000,50;10,25\n";
  const auto read = wkr::read_periods_csv(periods, "periods.csv", wkr::PeriodLength::month);
  ASSERT_EQ(read.size(), 12u);
  EXPECT_EQ(read[0].wage_bill.to_string(), "100000.50");
  EXPECT_EQ(read[11].designated.to_string(), "10.25");
  expect_error(
      [] {
        (void)wkr::read_periods_csv("period,wage_bill,designated\n1,1.000,0\n", "p.csv", wkr::PeriodLength::month);
      },
      ErrorCode::invalid_argument, "line 2: column 2: the wage bill '1.000' reads two ways");
  // Members and payroll.
  const auto members = wkr::read_members_csv("Naam;Loonsom;Hele_jaar\nA BV;2500000,00;ja\n", "members.csv");
  ASSERT_EQ(members.size(), 1u);
  EXPECT_EQ(members[0].wage_bill.to_string(), "2500000.00");
  const auto payroll = wkr::read_payroll_csv("medewerker\tfiscaal_loon\tvertrokken\nAnna\t45000,00\tnee\n", "pay.csv");
  ASSERT_EQ(payroll.size(), 1u);
  EXPECT_EQ(payroll[0].fiscal_wage.to_string(), "45000.00");
  EXPECT_FALSE(payroll[0].former);
  // Population.
  const auto population = wkr::read_population_csv(
      "id;groep;kantoordagen;thuiswerkdagen;coworkingdagen;km_enkele_reis;vervoer;minuten_enkele_reis\n"
      "e1;staf;3;2;0;12,5;car;25\n",
      "population.csv");
  ASSERT_EQ(population.employees.size(), 1u);
  EXPECT_EQ(population.employees[0].km_one_way.to_string(), "12.5");
}

/// The streaming evaluation reads what read_items_csv reads, in any chunking.
TEST(CsvDialect, TheStreamReadsTheSameDialects) {
  const std::string text =
      "\xEF\xBB\xBFMedewerker;Categorie;Bedrag;Aantal\n"
      "Anna;free_space;1000,50;\n"
      "Bob;free_space;20,25;\n";
  for (std::size_t chunk : {1u, 2u, 5u, 4096u}) {
    std::istringstream in(text);
    const wkr::StreamSummary summary =
        wkr::evaluate_items_stream(in, wkr::test::tables(), 2025, "items.csv", {}, nullptr, chunk);
    EXPECT_EQ(summary.rows, 2u);
    EXPECT_EQ(summary.totals.designated.to_string(), "1020.75") << "chunk " << chunk;  // 1000.50 + 20.25
  }
  std::istringstream ambiguous("employee,category,amount,quantity\nAnna,free_space,1.000,\n");
  expect_error([&] { (void)wkr::evaluate_items_stream(ambiguous, wkr::test::tables(), 2025, "items.csv", {}); },
               ErrorCode::invalid_argument, "line 2: column 3: the amount '1.000' reads two ways");
  std::istringstream utf16(
      std::string("\xFF\xFE"
                  "e\0m\0p\0\n\0",
                  10));
  expect_error([&] { (void)wkr::evaluate_items_stream(utf16, wkr::test::tables(), 2025, "items.csv", {}, nullptr, 3); },
               ErrorCode::parse, "the file is UTF-16");
  std::istringstream broken("employee,category,amount,quantity\nAnna,free_space,1,\n\"Bob\"x,free_space,1,\n");
  expect_error(
      [&] { (void)wkr::evaluate_items_stream(broken, wkr::test::tables(), 2025, "items.csv", {}, nullptr, 7); },
      ErrorCode::parse, "items.csv: line 3: malformed CSV at column 6: 'x' after the closing quote");
}

}  // namespace
