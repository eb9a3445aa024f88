// The catalogue an accountant meets (issue #7): stay costs, courses, the VOG, outplacement, moving,
// staff discount, clothing, food and drink at the workplace, the public-transport pass, equipment
// under the necessity criterion and own contributions — each through the evaluation, with the
// expected figures worked out by hand in the comments from the table values of docs/allowances.md.
// Also the dated free-space paragraph and the 36-week step.
#include "wkr/allowances/evaluation.hpp"
#include "wkr/allowances/fixed_commute.hpp"
#include "wkr/explanation_text.hpp"
#include "wkr/request.hpp"

#include "test_support.hpp"

#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <fstream>
#include <sstream>

namespace {

using wkr::test::expect_error;
using wkr::test::item;
using wkr::test::tables;

using wkr::Decimal;
using wkr::ErrorCode;
using wkr::Item;
using wkr::ItemCategory;
using namespace wkr::literals;

/// The treatment of the only item of a one-item evaluation.
wkr::ItemTreatment one(int year, const Item& i) {
  return wkr::evaluate_items(tables(), year, {i}).employees.at(0).items.at(0).treatment;
}

std::string parts(const wkr::ItemTreatment& t) {
  return "exempt " + t.targeted_exempt.to_string() + ", nil " + t.nil_valued.to_string() + ", designated " +
         t.designated.to_string() + ", wage " + t.wage.to_string() + ", own " + t.own_contribution.to_string();
}

// ---- staff discount: 20% per product, €500 per employee and year, in row order --------------------

TEST(StaffDiscount, TheYearlyMaximumIsTheEmployeesInTheOrderOfTheRows) {
  // A: 150 on 600 → 20% = 120 exempt; 300 on 2000 → 20% = 400, 380 left → 300; 200 on 1000 → 20% =
  // 200, 80 left → 80. B (between A's rows) has a maximum of his own: 100 on 500 → 100.
  const std::vector<Item> rows = {item("A", ItemCategory::staff_discount, "150", "600"_d),
                                  item("B", ItemCategory::staff_discount, "100", "500"_d),
                                  item("A", ItemCategory::staff_discount, "300", "2000"_d),
                                  item("A", ItemCategory::staff_discount, "200", "1000"_d)};
  const wkr::Evaluation r = wkr::evaluate_items(tables(), 2025, rows);
  const auto& a = r.employees[0].items;
  EXPECT_EQ(parts(a[0].treatment), "exempt 120.00, nil 0, designated 30.00, wage 0, own 0");
  EXPECT_EQ(parts(a[1].treatment), "exempt 300, nil 0, designated 0, wage 0, own 0");
  EXPECT_EQ(parts(a[2].treatment), "exempt 80.00, nil 0, designated 120.00, wage 0, own 0");
  EXPECT_EQ(r.employees[0].totals.targeted_exempt.to_string(), "500.00");
  EXPECT_EQ(r.employees[1].totals.targeted_exempt.to_string(), "100");

  // The same rows the other way round: other rows take the room, the employee's totals do not change
  // (exempt = min(500, 120 + 300 + 200)).
  const std::vector<Item> reversed(rows.rbegin(), rows.rend());
  const wkr::Evaluation back = wkr::evaluate_items(tables(), 2025, reversed);
  ASSERT_EQ(back.employees[0].employee, "A");
  const auto& a2 = back.employees[0].items;
  ASSERT_EQ(a2.size(), 3u);
  EXPECT_EQ(parts(a2[0].treatment), "exempt 200, nil 0, designated 0, wage 0, own 0");
  EXPECT_EQ(parts(a2[2].treatment), "exempt 0, nil 0, designated 150, wage 0, own 0");
  EXPECT_EQ(back.employees[0].totals.targeted_exempt, r.employees[0].totals.targeted_exempt);
  EXPECT_EQ(back.employees[0].totals.designated, r.employees[0].totals.designated);
}

TEST(StaffDiscount, EvaluateEmployeeAllocatesAsTheEvaluationDoes) {
  const std::vector<Item> rows = {item("A", ItemCategory::staff_discount, "450", "3000"_d),
                                  item("A", ItemCategory::staff_discount, "100", "1000"_d)};
  std::vector<wkr::ItemTreatment> results(rows.size());
  const wkr::EmployeeYear year = wkr::evaluate_employee(tables(), 2025, rows, results);
  EXPECT_EQ(results[0].targeted_exempt.to_string(), "450");  // 20% of 3000 = 600 ≥ 450
  EXPECT_EQ(results[1].targeted_exempt.to_string(), "50");   // 500 − 450 left
  EXPECT_EQ(year.totals.designated.to_string(), "50");
}

TEST(StaffDiscount, ACapWithMoreThanCentsIsRoundedDown) {
  // 20% of 123.45 = 24.690 (exact: cents already); 20% of 0.05 = 0.010; 20% of 123.456 is refused
  // (a value in cents); 20% of 12.34 = 2.468 → 2.46 (allowances.cap_rounding, down).
  EXPECT_EQ(one(2025, item("A", ItemCategory::staff_discount, "5", "12.34"_d)).targeted_exempt.to_string(), "2.46");
  EXPECT_EQ(one(2025, item("A", ItemCategory::staff_discount, "24.69", "123.45"_d)).designated.to_string(), "0.00");
}

TEST(StaffDiscount, ADiscountAboveTheValueOrWithoutItIsRefused) {
  expect_error([] { (void)one(2025, item("A", ItemCategory::staff_discount, "700", "600"_d)); },
               ErrorCode::invalid_argument, "the discount 700 is more than the value of the products 600");
  expect_error([] { (void)one(2025, item("A", ItemCategory::staff_discount, "70")); }, ErrorCode::invalid_argument,
               "staff_discount needs a quantity: the value of the products");
  expect_error([] { (void)one(2025, item("A", ItemCategory::staff_discount, "70", "600"_d, "10"_d)); },
               ErrorCode::invalid_argument, "staff_discount takes no own contribution");
}

// ---- moving -----------------------------------------------------------------------------------

TEST(Moving, TheMaximumIsTheEmployeesForTheYearAndTheGoodsAreExemptBesides) {
  // 5000 + 5000 against €7,750: 5000 and 2750 exempt, 2250 designated; moving the goods (3000) in
  // full, besides.
  const wkr::Evaluation r = wkr::evaluate_items(tables(), 2025,
                                                {item("A", ItemCategory::moving_costs, "5000"),
                                                 item("A", ItemCategory::moving_goods, "3000"),
                                                 item("A", ItemCategory::moving_costs, "5000")});
  const auto& a = r.employees[0].items;
  EXPECT_EQ(a[0].treatment.targeted_exempt.to_string(), "5000");
  EXPECT_EQ(a[1].treatment.targeted_exempt.to_string(), "3000");
  EXPECT_EQ(a[2].treatment.targeted_exempt.to_string(), "2750");
  EXPECT_EQ(a[2].treatment.designated.to_string(), "2250");
  for (int year = 2015; year <= 2026; ++year) {
    EXPECT_EQ(one(year, item("A", ItemCategory::moving_costs, "8000")).targeted_exempt.to_string(), "7750") << year;
  }
}

// ---- the exemptions up to the actual cost -------------------------------------------------------

TEST(ActualCost, ExemptUpToTheCostTheRestDesignatedOrWage) {
  EXPECT_EQ(parts(one(2025, item("A", ItemCategory::course, "1200", "1000"_d))),
            "exempt 1000, nil 0, designated 200, wage 0, own 0");
  for (ItemCategory c : {ItemCategory::stay_costs, ItemCategory::course, ItemCategory::vog,
                         ItemCategory::outplacement, ItemCategory::moving_goods, ItemCategory::business_meal}) {
    EXPECT_EQ(one(2025, item("A", c, "75")).targeted_exempt.to_string(), "75") << to_string(c);
  }
  Item as_wage = item("A", ItemCategory::stay_costs, "500", "450"_d);
  as_wage.treatment = wkr::ExcessTreatment::wage;
  EXPECT_EQ(one(2025, as_wage).wage.to_string(), "50");
}

TEST(ActualCost, TheVogIsExemptFrom2020) {
  EXPECT_EQ(parts(one(2019, item("A", ItemCategory::vog, "41.35"))),
            "exempt 0, nil 0, designated 41.35, wage 0, own 0");
  EXPECT_EQ(parts(one(2020, item("A", ItemCategory::vog, "41.35"))),
            "exempt 41.35, nil 0, designated 0.00, wage 0, own 0");
}

// ---- clothing, drinks and meals -----------------------------------------------------------------

TEST(Workplace, WorkClothingAndDrinksAreNilValuedOtherClothingDesignated) {
  EXPECT_EQ(one(2025, item("A", ItemCategory::work_clothing, "250")).nil_valued.to_string(), "250");
  EXPECT_EQ(one(2025, item("A", ItemCategory::workplace_drinks, "300")).nil_valued.to_string(), "300");
  EXPECT_EQ(one(2025, item("A", ItemCategory::clothing_other, "180")).designated.to_string(), "180");
  Item treated = item("A", ItemCategory::work_clothing, "250");
  treated.treatment = wkr::ExcessTreatment::wage;
  expect_error([&] { (void)one(2025, treated); }, ErrorCode::invalid_argument,
               "work_clothing has no part to designate or tax");
}

TEST(Workplace, MealsAreValuedAtTheStandardValueLessTheContribution) {
  // 2025: 100 meals × €3.95 = €395; the employees paid €100: €295 designated; of the cost €500 the
  // €105 above value and contribution is not wage.
  EXPECT_EQ(parts(one(2025, item("A", ItemCategory::workplace_meal, "500", "100"_d, "100"_d))),
            "exempt 0, nil 105.00, designated 295.00, wage 0, own 100");
  // A contribution above the value: nothing designated, not below nil.
  EXPECT_EQ(parts(one(2025, item("A", ItemCategory::workplace_meal, "500", "100"_d, "450"_d))),
            "exempt 0, nil 50, designated 0, wage 0, own 450");
  // The standard value per year: 2015 3.20, 2016 3.25, 2017 3.35 (unconfirmed), 2023 3.55,
  // 2024 3.90, 2026 4.05 — for 100 meals.
  const std::vector<std::pair<int, std::string>> values = {{2015, "320.00"}, {2016, "325.00"}, {2017, "335.00"},
                                                           {2022, "335.00"}, {2023, "355.00"}, {2024, "390.00"},
                                                           {2026, "405.00"}};
  for (const auto& [year, value] : values) {
    EXPECT_EQ(one(year, item("A", ItemCategory::workplace_meal, "600", "100"_d)).designated.to_string(), value) << year;
  }
  Item unconfirmed = item("A", ItemCategory::workplace_meal, "600", "100"_d);
  const auto explained = wkr::evaluate_items(tables(), 2017, {unconfirmed}, {}, wkr::Explain::yes);
  EXPECT_EQ(explained.employees[0].items[0].treatment.explanation.steps[0].parameters.at(0)->confidence, "unconfirmed");
}

TEST(Workplace, AMealCostBelowItsStandardValueIsRefusedWithEveryOtherSuchRow) {
  Item cheap = item("A", ItemCategory::workplace_meal, "300", "100"_d);
  cheap.origin = "line 2";
  Item cheaper = item("B", ItemCategory::workplace_meal, "10", "10"_d, "1"_d);
  cheaper.origin = "line 3";
  expect_error([&] { (void)wkr::evaluate_items(tables(), 2025, {cheap, cheaper}); }, ErrorCode::invalid_argument,
               "the items: 2 bad rows, nothing was evaluated — line 2: the 100 meals cost 300, less than their "
               "standard value 395.00 (100 × 3.95, 2025)");
  expect_error([] { (void)one(2025, item("A", ItemCategory::workplace_meal, "300", "2.5"_d)); },
               ErrorCode::invalid_argument, "the meals 2.5 are not a whole number");
}

// ---- the public-transport pass ----------------------------------------------------------------

TEST(PublicTransportPass, ExemptInFullFrom2024UpToTheBusinessTripsBefore) {
  EXPECT_EQ(parts(one(2024, item("A", ItemCategory::public_transport_pass, "2000"))),
            "exempt 2000, nil 0, designated 0, wage 0, own 0");
  EXPECT_EQ(parts(one(2023, item("A", ItemCategory::public_transport_pass, "2000", "900"_d))),
            "exempt 900, nil 0, designated 1100, wage 0, own 0");
  expect_error([] { (void)one(2023, item("A", ItemCategory::public_transport_pass, "2000")); },
               ErrorCode::invalid_argument, "public_transport_pass in 2023 needs a quantity");
}

// ---- equipment under the necessity criterion ---------------------------------------------------

TEST(Equipment, NecessaryIsExemptWithTheReturnConditionRecorded) {
  const auto r = wkr::evaluate_items(tables(), 2025, {item("A", ItemCategory::necessary_equipment, "1100")}, {},
                                     wkr::Explain::yes);
  const wkr::ItemTreatment& t = r.employees[0].items[0].treatment;
  EXPECT_EQ(t.targeted_exempt.to_string(), "1100");
  EXPECT_NE(wkr::to_plain_text(t.explanation.steps[0].formula).find("returns it, or pays its residual value"),
            std::string::npos);
  EXPECT_EQ(one(2025, item("A", ItemCategory::equipment_other, "400")).designated.to_string(), "400");
}

// ---- own contributions ---------------------------------------------------------------------------

TEST(OwnContribution, ItComesOffTheValueNotBelowNil) {
  // A gift of 300, the employee pays 100: 200 designated. Pays 500: the value is nil, not negative.
  EXPECT_EQ(parts(one(2025, item("A", ItemCategory::free_space, "300", {}, "100"_d))),
            "exempt 0, nil 0, designated 200, wage 0, own 100");
  EXPECT_EQ(parts(one(2025, item("A", ItemCategory::free_space, "300", {}, "500"_d))),
            "exempt 0, nil 0, designated 0, wage 0, own 300");
  // The company bicycle's addition less the employee's contribution for private use.
  EXPECT_EQ(one(2025, item("A", ItemCategory::company_bicycle, "210", {}, "60"_d)).designated.to_string(), "150");
  // A moving allowance of 8000 less 500 = 7500, within €7,750.
  EXPECT_EQ(parts(one(2025, item("A", ItemCategory::moving_costs, "8000", {}, "500"_d))),
            "exempt 7500, nil 0, designated 0, wage 0, own 500");
}

TEST(OwnContribution, ItBlocksTheArboAndNecessityExemptions) {
  // Arbo 650 (required version 400), the employee pays 50: no arbo exemption, 600 designated.
  EXPECT_EQ(parts(one(2025, item("A", ItemCategory::arbo, "650", "400"_d, "50"_d))),
            "exempt 0, nil 0, designated 600, wage 0, own 50");
  EXPECT_EQ(parts(one(2025, item("A", ItemCategory::necessary_equipment, "1100", {}, "100"_d))),
            "exempt 0, nil 0, designated 1000, wage 0, own 100");
}

TEST(OwnContribution, ItIsRefusedWhereThereIsNothingToContributeTo) {
  for (ItemCategory c : {ItemCategory::home_working, ItemCategory::intermediary}) {
    Item i = item("A", c, "100", c == ItemCategory::home_working ? std::optional<Decimal>("40"_d) : std::nullopt,
                  "10"_d);
    expect_error([&] { (void)one(2025, i); }, ErrorCode::invalid_argument, "takes no own contribution");
  }
  expect_error([] { (void)one(2025, item("A", ItemCategory::internet_necessary, "300", "60"_d, "60"_d)); },
               ErrorCode::invalid_argument, "internet_necessary has its own contribution twice");
  expect_error([] { (void)one(2025, item("A", ItemCategory::free_space, "300", {}, "-1"_d)); },
               ErrorCode::invalid_argument, "the own contribution -1 is negative");
}

// ---- the explanation does not change the numbers --------------------------------------------------

TEST(Catalogue, TheNumbersAreTheSameWithAndWithoutTheExplanation) {
  std::vector<Item> rows;
  for (const wkr::CategoryInfo& c : wkr::item_categories()) {
    if (c.category == ItemCategory::home_working) {
      rows.push_back(item("A", c.category, "100", "30"_d));
    } else if (c.quantity == wkr::QuantityUse::required_km || c.quantity == wkr::QuantityUse::required_count) {
      rows.push_back(item("A", c.category, "600", "100"_d));
    } else if (c.quantity == wkr::QuantityUse::required_amount) {
      rows.push_back(item("A", c.category, "100", "600"_d));
    } else {
      rows.push_back(item("A", c.category, "600"));
    }
    if (c.own_contribution == wkr::OwnContributionUse::reduces_value) rows.back().own_contribution = "25"_d;
  }
  for (int year : {2019, 2023, 2025}) {
    if (year == 2019 || year == 2023) rows[28].quantity = "250"_d;  // the public-transport pass before 2024
    const wkr::Evaluation fast = wkr::evaluate_items(tables(), year, rows);
    const wkr::Evaluation slow = wkr::evaluate_items(tables(), year, rows, {}, wkr::Explain::yes);
    for (std::size_t i = 0; i < rows.size(); ++i) {
      const auto& f = fast.employees[0].items[i].treatment;
      const auto& s = slow.employees[0].items[i].treatment;
      EXPECT_EQ(parts(f), parts(s)) << year << " " << to_string(rows[i].category);
      EXPECT_EQ(f.exempt() + f.designated + f.wage + f.own_contribution, rows[i].amount) << to_string(rows[i].category);
      EXPECT_TRUE(f.explanation.steps.empty());
      EXPECT_FALSE(s.explanation.steps.empty()) << to_string(rows[i].category);
      for (const wkr::Step& step : s.explanation.steps) {
        EXPECT_FALSE(step.reference.empty()) << step.rule;
        EXPECT_NE(wkr::label(step.rule, wkr::Language::en), step.rule) << "no label for " << step.rule;
      }
    }
  }
}

// ---- citations --------------------------------------------------------------------------------

TEST(Citations, TheFreeSpaceCitesTheParagraphOfItsYear) {
  const auto reference = [](int year) {
    return wkr::free_space(tables(), year, "100000"_d, {}, wkr::Explain::yes).explanation.steps.at(0).reference;
  };
  EXPECT_EQ(reference(2015), "art. 31a lid 2 aanhef Wet LB 1964; Belastingplan 2015 (1,5% → 1,2%)");
  EXPECT_EQ(reference(2019), "art. 31a Wet LB 1964 (vrije ruimte)");  // the paragraph is not confirmed
  EXPECT_EQ(reference(2026), "art. 31a lid 3 Wet LB 1964");
  EXPECT_NE(tables().at_year("free_space.rates", 2019).entry->note.en.find("not confirmed"), std::string::npos);
  EXPECT_NE(tables().at_year("free_space.rates", 2019).entry->note.nl.find("niet bevestigd"), std::string::npos);
}

TEST(Citations, TheThirtySixWeekRuleIsANamedStep) {
  wkr::FixedCommuteInput in;
  in.km_one_way = "20"_d;
  in.office_days_per_week = 3;
  in.period = {4, 12};
  const auto r = wkr::fixed_commute(tables(), 2025, in, {}, wkr::Explain::yes);
  EXPECT_EQ(r.minimum_weeks.to_string(), "27");  // 36 × 9/12
  const auto step = std::find_if(r.explanation.steps.begin(), r.explanation.steps.end(),
                                 [](const wkr::Step& s) { return s.rule == "commuting.minimum_weeks"; });
  ASSERT_NE(step, r.explanation.steps.end());
  EXPECT_EQ(wkr::to_plain_text(step->formula), "36 × 9/12");
  EXPECT_EQ(step->parameters.at(0)->name, "fixed_allowance.minimum_weeks");
  EXPECT_NE(tables().at_year("fixed_allowance.minimum_weeks", 2025).entry->note.nl.find("36,4"), std::string::npos);
}

// ---- the example file and the JSON items ------------------------------------------------------

// The JSON stream writes a category's name between quotes as it is (append_item_json): a name
// with a character JSON escapes would break the document.
TEST(Catalogue, EveryCategoryNameIsASnakeCaseIdentifier) {
  for (const wkr::CategoryInfo& c : wkr::item_categories()) {
    EXPECT_FALSE(c.name.empty());
    EXPECT_EQ(c.name.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_"), std::string_view::npos) << c.name;
  }
}

TEST(Catalogue, TheExampleFileIsTheOneTheGoldenCaseChecks) {
  // docs/allowances.md documents examples/items-catalogue.csv; tests/golden/catalogue.yaml checks
  // its result (CAT-every-category) through every front end. They must hold the same text.
  const std::string source = WKR_SOURCE_DIR;
  std::ifstream file(source + "/examples/items-catalogue.csv", std::ios::binary);
  std::stringstream text;
  text << file.rdbuf();
  const YAML::Node golden = YAML::LoadFile(source + "/tests/golden/catalogue.yaml");
  std::string items;
  for (const auto& c : golden["cases"]) {
    if (c["id"].as<std::string>() == "CAT-every-category") items = c["args"]["items_csv"].as<std::string>();
  }
  ASSERT_FALSE(items.empty());
  EXPECT_EQ(text.str(), items);
}

TEST(Catalogue, JsonItemsTakeAnOwnContribution) {
  const nlohmann::json request = {
      {"command", "evaluate"},
      {"year", 2025},
      {"items", {{{"employee", "Olaf"}, {"category", "company_bicycle"}, {"amount", "210"}, {"own_contribution", "60"}},
                 {{"employee", "Olaf"}, {"category", "staff_discount"}, {"amount", "30"}, {"quantity", "150"}}}}};
  const nlohmann::json r = wkr::evaluate_request(tables(), request);
  EXPECT_EQ(r["designated"], "150.00");  // 210 − 60
  EXPECT_EQ(r["own_contribution"], "60.00");
  EXPECT_EQ(r["targeted_exempt"], "30.00");  // 20% of 150
}

}  // namespace
