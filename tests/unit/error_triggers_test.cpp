// The `library:` cases of tests/errors/*.yaml: errors that neither the wkr command nor a JSON
// request reaches (the decimals' own limits, the batch/column calls, distribute(), parameters asked
// by name, table files the system refuses). Each case names a trigger of the table below; the test
// runs it and checks the wkr::Error's code and its Dutch and English messages exactly. A trigger
// without a case, or a case naming no trigger, fails.
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "test_support.hpp"
#include "wkr/allowances/by_month.hpp"
#include "wkr/allowances/wage_items.hpp"
#include "wkr/batch.hpp"
#include "wkr/date.hpp"
#include "wkr/decimal.hpp"
#include "wkr/distribution.hpp"
#include "wkr/free_space.hpp"
#include "wkr/item_stream.hpp"
#include "wkr/ledger.hpp"
#include "wkr/phrase.hpp"
#include "wkr/policy/levy_or_wage.hpp"
#include "wkr/report.hpp"
#include "wkr/wage_bill.hpp"

namespace {

namespace fs = std::filesystem;
using wkr::Decimal;
using wkr::Rounding;
using wkr::test::tables;

using Trigger = std::function<void(const fs::path& dir)>;

/// Runs the column evaluation with `items` and no outputs.
void evaluate_columns(const wkr::ItemColumns& items) {
  (void)wkr::evaluate_employee_columns(tables(), std::vector<std::int32_t>{2025}, items, {}, wkr::EmployeeColumns{});
}

const std::vector<std::int64_t> one_employee{0, 1};
const std::vector<std::int32_t> one_category{0};
const std::vector<std::int64_t> one_amount{10000};
const std::vector<std::int32_t> unknown_category{999};
const std::vector<std::int8_t> treatment_5{5};
const std::vector<std::int64_t> negative_amount{-100};

/// The column evaluation of `items`, with its report.
wkr::BatchReport evaluate_columns_report(const wkr::ItemColumns& items) {
  return wkr::evaluate_employee_columns(tables(), std::vector<std::int32_t>{2025}, items, {}, wkr::EmployeeColumns{});
}

/// A batch does not throw for a bad row: its report keeps the row's error, which this throws.
void throw_first_failure(const wkr::BatchReport& report) {
  if (report.first_error) throw *report.first_error;
}

const std::map<std::string, Trigger>& triggers() {
  static const std::map<std::string, Trigger> table{
      {"batch_offsets_empty", [](const fs::path&) { evaluate_columns({}); }},
      {"batch_offsets_decrease",
       [](const fs::path&) {
         const std::vector<std::int64_t> offsets{0, 2, 1};
         evaluate_columns({.employee_offsets = offsets});
       }},
      {"batch_category_missing", [](const fs::path&) { evaluate_columns({.employee_offsets = one_employee}); }},
      {"batch_quantity_two_rows",
       [](const fs::path&) {
         const std::vector<std::int64_t> quantity{1, 2};
         evaluate_columns({.employee_offsets = one_employee,
                           .category = one_category,
                           .amount_cents = one_amount,
                           .quantity = quantity});
       }},
      {"batch_quantity_decimals_31",
       [](const fs::path&) {
         evaluate_columns({.employee_offsets = one_employee,
                           .category = one_category,
                           .amount_cents = one_amount,
                           .quantity_decimals = 31});
       }},
      {"divide_by_zero",
       [](const fs::path&) { (void)Decimal::divide(Decimal::parse("1"), Decimal::parse("0"), 2, Rounding::half_up); }},
      {"cents_of_a_thousandth",
       [](const fs::path&) { (void)Decimal::parse("1.005").to_scaled_integer(2, "the amount"); }},
      {"integer_of_a_half", [](const fs::path&) { (void)Decimal::parse("1.5").to_integer("the amount"); }},
      {"product_beyond_2_128",
       [](const fs::path&) {
         const Decimal big = Decimal::parse("99999999999999999999999999999999999999");
         (void)(big * big);
       }},
      {"product_of_31_decimals",
       [](const fs::path&) { (void)(Decimal::parse("0.000000000000001") * Decimal::parse("0.0000000000000001")); }},
      {"rounded_to_31_decimals", [](const fs::path&) { (void)Decimal::parse("1").rounded(31, Rounding::half_up); }},
      {"distribute_over_zero_weights",
       [](const fs::path&) {
         (void)wkr::distribute(Decimal::parse("100.00"), std::vector<int>{0, 0});
       }},
      {"distribute_a_fraction_of_a_cent",
       [](const fs::path&) { (void)wkr::distribute(Decimal::parse("100.005"), 12); }},
      {"distribute_with_a_negative_weight",
       [](const fs::path&) {
         (void)wkr::distribute(Decimal::parse("100.00"), std::vector<int>{1, -1});
       }},
      {"distribute_over_no_weights",
       [](const fs::path&) { (void)wkr::distribute(Decimal::parse("100.00"), std::vector<int>{}); }},
      {"distribute_over_zero_periods", [](const fs::path&) { (void)wkr::distribute(Decimal::parse("100.00"), 0); }},
      {"info_of_category_99", [](const fs::path&) { (void)wkr::info(static_cast<wkr::ItemCategory>(99)); }},
      {"evaluate_employee_without_results",
       [](const fs::path&) {
         const std::vector<wkr::Item> items{wkr::test::item("e", wkr::ItemCategory::equipment_other, "10.00")};
         (void)wkr::evaluate_employee(tables(), 2025, items, std::span<wkr::ItemTreatment>{});
       }},
      {"at_date_2000",
       [](const fs::path&) { (void)tables().at_date("free_space.rates", wkr::parse_date("2000-01-01")); }},
      {"brackets_of_a_rounding", [](const fs::path&) { (void)tables().brackets("free_space.rounding", 2025); }},
      {"at_year_unknown_name", [](const fs::path&) { (void)tables().at_year("free_space.nope", 2025); }},
      {"report_of_an_array",
       [](const fs::path&) { (void)wkr::read_report_request(nlohmann::json::array(), wkr::RequestSyntax::json); }},
      {"directory_without_file_descriptors",
       [](const fs::path& dir) {
         fs::create_directories(dir / "tables");
         rlimit saved{};
         ASSERT_EQ(getrlimit(RLIMIT_NOFILE, &saved), 0);
         rlimit none = saved;
         none.rlim_cur = 0;  // no descriptor can be opened: listing the directory fails with EMFILE
         ASSERT_EQ(setrlimit(RLIMIT_NOFILE, &none), 0);
         try {
           (void)wkr::Parameters::check_directory(dir / "tables");
         } catch (...) {
           setrlimit(RLIMIT_NOFILE, &saved);
           throw;
         }
         setrlimit(RLIMIT_NOFILE, &saved);
       }},
      {"table_file_root_cannot_open",
       [](const fs::path& dir) {
         // A write-only sysctl: even root cannot open it for reading (procfs ignores CAP_DAC_OVERRIDE).
         fs::create_directories(dir / "tables");
         fs::create_symlink("/proc/sys/vm/compact_memory", dir / "tables/x.yaml");
         (void)wkr::Parameters::check_directory(dir / "tables");
       }},
      {"tables_from_no_files", [](const fs::path&) { (void)wkr::Parameters::from_layers({{}}); }},
      {"batch_category_999",
       [](const fs::path&) {
         throw_first_failure(evaluate_columns_report(
             {.employee_offsets = one_employee, .category = unknown_category, .amount_cents = one_amount}));
       }},
      {"batch_negative_amount",
       [](const fs::path&) {
         throw_first_failure(evaluate_columns_report(
             {.employee_offsets = one_employee, .category = one_category, .amount_cents = negative_amount}));
       }},
      {"batch_treatment_5",
       [](const fs::path&) {
         throw_first_failure(evaluate_columns_report({.employee_offsets = one_employee,
                                                      .category = one_category,
                                                      .amount_cents = one_amount,
                                                      .treatment = treatment_5}));
       }},
      {"home_working_by_month_without_stretches",
       [](const fs::path&) { (void)wkr::home_working_by_month(tables(), 2025, {}); }},
      {"home_working_by_month_overlapping",
       [](const fs::path&) {
         const std::vector<wkr::HomeWorkingStretch> stretches{{2, {1, 6}}, {3, {6, 12}}};
         (void)wkr::home_working_by_month(tables(), 2025, stretches);
       }},
      {"home_working_by_month_three_months_paid",
       [](const fs::path&) {
         const std::vector<wkr::HomeWorkingStretch> stretches{{2, {1, 12}}};
         const std::vector<Decimal> paid(3, Decimal::parse("10.00"));
         (void)wkr::home_working_by_month(tables(), 2025, stretches, paid);
       }},
      {"fixed_commute_by_month_paid_for_the_year",
       [](const fs::path&) {
         wkr::FixedCommuteInput stretch;
         stretch.km_one_way = Decimal::parse("10");
         stretch.paid = Decimal::parse("500.00");
         (void)wkr::fixed_commute_by_month(tables(), 2025, std::vector<wkr::FixedCommuteInput>{stretch});
       }},
      {"always_wage_designated",
       [](const fs::path&) {
         (void)wkr::always_wage(tables(), 2025, Decimal::parse("100.00"), "a fine", wkr::ExcessTreatment::designate);
       }},
      {"ledger_period_13_of_12",
       [](const fs::path&) {
         wkr::Ledger ledger(tables(), 2025);
         for (int p = 1; p <= 13; ++p) (void)ledger.add_period({.period = p, .wage_bill = Decimal::parse("1000.00")});
       }},
      {"ledger_period_2_first",
       [](const fs::path&) {
         wkr::Ledger ledger(tables(), 2025);
         (void)ledger.add_period({.period = 2, .wage_bill = Decimal::parse("1000.00")});
       }},
      {"ledger_wage_bill_and_members",
       [](const fs::path&) {
         const std::vector<wkr::GroupMember> members{{.name = "A", .wage_bill = Decimal::parse("1000.00")}};
         wkr::Ledger ledger(tables(), 2025);
         (void)ledger.add_period({.period = 1, .wage_bill = Decimal::parse("1000.00"), .members = members});
       }},
      {"ledger_closed_after_two_periods",
       [](const fs::path&) {
         wkr::Ledger ledger(tables(), 2025);
         for (int p = 1; p <= 2; ++p) (void)ledger.add_period({.period = p, .wage_bill = Decimal::parse("1000.00")});
         (void)ledger.close();
       }},
      {"group_wage_bill_without_members",
       [](const fs::path&) { (void)wkr::group_wage_bill(tables(), 2025, std::vector<wkr::MemberPayroll>{}); }},
      {"group_free_space_without_members",
       [](const fs::path&) { (void)wkr::group_free_space(tables(), 2025, std::vector<wkr::GroupMember>{}); }},
      {"group_free_space_part_year_member",
       [](const fs::path&) {
         const std::vector<wkr::GroupMember> members{
             {.name = "Holding", .wage_bill = Decimal::parse("500000")},
             {.name = "Werkmaatschappij", .wage_bill = Decimal::parse("300000"), .whole_year = false}};
         (void)wkr::group_free_space(tables(), 2025, members);
       }},
      {"item_stream_employee_back",
       [](const fs::path&) {
         wkr::ItemStream stream(tables(), 2025, "items.csv", {.grouped = true});
         stream.feed(
             "employee,category,amount,quantity\nAnna,internet_other,10.00,\nBert,internet_other,10.00,\n"
             "Anna,internet_other,10.00,\n");
         (void)stream.finish();
       }},
      {"levy_or_wage_employee_twice",
       [](const fs::path&) {
         const std::vector<wkr::LevyOrWageInput> employees{{"Anna", Decimal::parse("100.00"), Decimal::parse("0.37")},
                                                           {"Anna", Decimal::parse("50.00"), Decimal::parse("0.37")}};
         (void)wkr::levy_or_wage(tables(), 2025, Decimal::parse("1000.00"), employees);
       }},
  };
  return table;
}

std::string with_dir(std::string text, const fs::path& dir) {
  const std::string placeholder = "{dir}";
  for (std::size_t at = text.find(placeholder); at != std::string::npos; at = text.find(placeholder, at)) {
    text.replace(at, placeholder.size(), dir.string());
    at += dir.string().size();
  }
  return text;
}

std::string code_name(wkr::ErrorCode code) {
  switch (code) {
    case wkr::ErrorCode::invalid_argument: return "invalid_argument";
    case wkr::ErrorCode::parse: return "parse";
    case wkr::ErrorCode::overflow: return "overflow";
    case wkr::ErrorCode::data: return "data";
    case wkr::ErrorCode::not_covered: return "not_covered";
    case wkr::ErrorCode::io: return "io";
    case wkr::ErrorCode::division_by_zero: return "division_by_zero";
    default: return "code " + std::to_string(static_cast<int>(code));
  }
}

struct LibraryCase {
  std::string key;
  std::string code;
  std::string trigger;
  std::string nl;
  std::string en;
};

std::vector<LibraryCase> library_cases() {
  std::vector<LibraryCase> cases;
  for (const fs::directory_entry& file : fs::directory_iterator(wkr::test::source_dir / "tests/errors")) {
    if (file.path().extension() != ".yaml") continue;
    for (const YAML::Node& node : YAML::LoadFile(file.path().string())["cases"]) {
      if (!node["library"]) continue;
      cases.push_back({node["key"].as<std::string>(), node["code"].as<std::string>(), node["library"].as<std::string>(),
                       node["nl"].as<std::string>(""), node["en"].as<std::string>("")});
    }
  }
  return cases;
}

TEST(ErrorTriggers, EveryLibraryCaseGivesItsMessage) {
  const std::vector<LibraryCase> cases = library_cases();
  ASSERT_FALSE(cases.empty());
  for (const LibraryCase& c : cases) {
    SCOPED_TRACE(c.key + " (" + c.trigger + ")");
    const auto trigger = triggers().find(c.trigger);
    if (trigger == triggers().end()) {
      ADD_FAILURE() << "no trigger named " << c.trigger;
      continue;
    }
    const fs::path dir = fs::temp_directory_path() / ("wkr_error_trigger_" + c.trigger);
    fs::remove_all(dir);
    fs::create_directories(dir);
    try {
      trigger->second(dir);
      ADD_FAILURE() << "no wkr::Error";
    } catch (const wkr::Error& e) {
      EXPECT_EQ(code_name(e.code()), c.code);
      EXPECT_EQ(e.message(wkr::Language::nl), with_dir(c.nl, dir));
      EXPECT_EQ(e.message(wkr::Language::en), with_dir(c.en, dir));
    }
    fs::remove_all(dir);
  }
}

TEST(ErrorTriggers, EveryTriggerHasACase) {
  std::set<std::string> used;
  for (const LibraryCase& c : library_cases()) used.insert(c.trigger);
  for (const auto& [name, trigger] : triggers()) {
    EXPECT_TRUE(used.count(name) == 1) << "trigger " << name << " has no case in tests/errors/*.yaml";
  }
}

}  // namespace
