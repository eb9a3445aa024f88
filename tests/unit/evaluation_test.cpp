// The per-employee evaluation: every category through its rule, the parts of every item adding up
// to its amount, what is always wage, the customary test and the settlement it feeds.
#include "wkr/allowances/evaluation.hpp"

#include "test_support.hpp"

#include <gtest/gtest.h>

namespace {

using wkr::test::expect_error;
using wkr::test::item;
using wkr::test::tables;

using wkr::Decimal;
using wkr::ErrorCode;
using wkr::Item;
using wkr::ItemCategory;
using namespace wkr::literals;

/// One item of every category that needs nothing else, for the whole-file properties.
std::vector<Item> one_of_each() {
  return {item("A", ItemCategory::home_working, "500", "200"_d),
          item("A", ItemCategory::commute_km, "1000", "4000"_d),
          item("A", ItemCategory::business_km, "100", "300"_d),
          item("A", ItemCategory::public_transport, "1200", "1000"_d),
          item("A", ItemCategory::internet_necessary, "360"),
          item("A", ItemCategory::internet_other, "240"),
          item("A", ItemCategory::arbo, "650", "400"_d),
          item("B", ItemCategory::flex_workplace, "1500"),
          item("B", ItemCategory::coworking, "900"),
          item("B", ItemCategory::free_space, "300"),
          item("B", ItemCategory::intermediary, "45.50"),
          item("B", ItemCategory::always_wage, "10"),
          item("B", ItemCategory::company_car, "3600"),
          item("B", ItemCategory::housing, "6000"),
          item("B", ItemCategory::fine, "75"),
          item("B", ItemCategory::company_bicycle, "210"),
          item("C", ItemCategory::stay_costs, "400"),
          item("C", ItemCategory::course, "1200", "1000"_d),
          item("C", ItemCategory::vog, "41.35"),
          item("C", ItemCategory::outplacement, "3000"),
          item("C", ItemCategory::moving_costs, "9000"),
          item("C", ItemCategory::moving_goods, "2500"),
          item("C", ItemCategory::staff_discount, "150", "600"_d),
          item("C", ItemCategory::work_clothing, "250"),
          item("C", ItemCategory::clothing_other, "180"),
          item("C", ItemCategory::workplace_drinks, "300"),
          item("C", ItemCategory::workplace_meal, "500", "100"_d),
          item("C", ItemCategory::business_meal, "75"),
          item("C", ItemCategory::public_transport_pass, "2000", "900"_d),
          item("C", ItemCategory::necessary_equipment, "1100"),
          item("C", ItemCategory::equipment_other, "400")};
}

TEST(Evaluation, EveryCategoryIsCovered) {
  const auto items = one_of_each();
  for (const wkr::CategoryInfo& c : wkr::item_categories()) {
    EXPECT_TRUE(std::any_of(items.begin(), items.end(), [&](const Item& i) { return i.category == c.category; }))
        << c.name;
    EXPECT_EQ(wkr::find_category(c.name), c.category);
    EXPECT_EQ(&wkr::info(c.category), &c) << c.name << " is not in the order of ItemCategory";
  }
}

TEST(Evaluation, ThePartsOfEveryItemAddUpToItsAmount) {
  for (int year : {2015, 2020, 2021, 2022, 2025, 2026}) {
    const wkr::Evaluation r = wkr::evaluate_items(tables(), year, one_of_each(), {}, wkr::Explain::yes);
    Decimal sum;
    for (const auto& e : r.employees) {
      for (const auto& i : e.items) {
        const wkr::ItemTreatment& t = i.treatment;
        EXPECT_EQ(t.exempt() + t.designated + t.wage + t.own_contribution, i.item.amount)
            << year << " " << to_string(i.item.category);
        EXPECT_FALSE(t.explanation.steps.empty()) << to_string(i.item.category);
        for (const auto& step : t.explanation.steps) EXPECT_FALSE(step.reference.empty()) << step.rule;
      }
      sum += e.totals.exempt() + e.totals.designated + e.totals.wage + e.totals.own_contribution;
    }
    EXPECT_EQ(sum, r.totals.exempt() + r.totals.designated + r.totals.wage + r.totals.own_contribution);
  }
}

TEST(Evaluation, EachCategoryLandsWhereTheLawPutsIt) {
  const wkr::Evaluation r = wkr::evaluate_items(tables(), 2025, one_of_each());
  ASSERT_EQ(r.employees.size(), 3u);
  const auto& a = r.employees[0].items;
  const auto& b = r.employees[1].items;
  EXPECT_EQ(a[2].treatment.targeted_exempt.to_string(), "69.00");  // 300 business km × 0.23
  EXPECT_EQ(a[2].treatment.designated.to_string(), "31.00");
  EXPECT_EQ(a[3].treatment.targeted_exempt.to_string(), "1000");  // public transport: the actual cost
  EXPECT_EQ(a[3].treatment.designated.to_string(), "200");
  EXPECT_EQ(b[0].treatment.nil_valued.to_string(), "1500");  // flex workplace
  EXPECT_EQ(b[1].treatment.designated.to_string(), "900");   // own co-working subscription
  EXPECT_EQ(b[3].treatment.intermediary.to_string(), "45.50");
  for (std::size_t i = 4; i + 1 < b.size(); ++i) {  // always wage
    EXPECT_EQ(b[i].treatment.wage, b[i].item.amount) << to_string(b[i].item.category);
    EXPECT_TRUE(b[i].treatment.designated.is_zero());
  }
  EXPECT_EQ(b.back().treatment.designated.to_string(), "210");  // the company bicycle's addition
  EXPECT_TRUE(b.back().treatment.wage.is_zero());
  EXPECT_EQ(r.totals.intermediary.to_string(), "45.50");
  // flex workplace 1500 + work clothing 250 + drinks 300 + the meals' cost above 100 × 3.95: 105
  EXPECT_EQ(r.totals.nil_valued.to_string(), "2155.00");
}

TEST(Evaluation, DesignatingWhatIsAlwaysWageIsRefused) {
  for (ItemCategory c :
       {ItemCategory::always_wage, ItemCategory::company_car, ItemCategory::housing, ItemCategory::fine}) {
    Item i = item("B", c, "100");
    i.treatment = wkr::ExcessTreatment::designate;
    i.origin = "line 9";
    expect_error([&] { (void)wkr::evaluate_items(tables(), 2025, {i}); }, ErrorCode::invalid_argument,
                 "line 9: " + std::string(wkr::to_string(c)));
  }
  expect_error([] { (void)wkr::always_wage(tables(), 2025, "1"_d, "a fine", wkr::ExcessTreatment::designate); },
               ErrorCode::invalid_argument, "a fine is always the employee's wage; cannot be designated");
}

TEST(Evaluation, ACompanyBicycleIsDesignatedUnlessTheEmployerTreatsItAsWage) {
  Item bicycle = item("B", ItemCategory::company_bicycle, "210");
  const wkr::Evaluation r = wkr::evaluate_items(tables(), 2025, {bicycle}, {}, wkr::Explain::yes);
  EXPECT_EQ(r.totals.designated.to_string(), "210");
  ASSERT_FALSE(r.employees[0].items[0].treatment.explanation.steps.empty());
  EXPECT_NE(r.employees[0].items[0].treatment.explanation.steps[0].reference.find("100-salaris.nl"), std::string::npos);
  wkr::EvaluationOptions as_wage;
  as_wage.company_bicycle_designation = false;
  EXPECT_EQ(wkr::evaluate_items(tables(), 2025, {bicycle}, as_wage).totals.wage.to_string(), "210");
  bicycle.treatment = wkr::ExcessTreatment::designate;
  bicycle.origin = "line 4";
  EXPECT_EQ(wkr::evaluate_items(tables(), 2025, {bicycle}).totals.designated.to_string(), "210");
  expect_error([&] { (void)wkr::evaluate_items(tables(), 2025, {bicycle}, as_wage); }, ErrorCode::invalid_argument,
               "line 4: company_bicycle is treated as the employee's wage (company bicycle as wage)");
}

TEST(Evaluation, ATreatmentOnAnItemWithNothingToTaxIsRefused) {
  Item costs = item("B", ItemCategory::intermediary, "10");
  costs.treatment = wkr::ExcessTreatment::wage;
  expect_error([&] { (void)wkr::evaluate_items(tables(), 2025, {costs}); }, ErrorCode::invalid_argument,
               "intermediary has no part to designate or tax");
}

TEST(Evaluation, AllBadItemsAreReportedAndNothingIsEvaluated) {
  std::vector<Item> items = one_of_each();
  items[0].quantity = "12.5"_d;
  items[1].quantity.reset();
  items[5].quantity = "1"_d;
  items[9].employee.clear();
  items[10].amount = "1.005"_d;
  expect_error([&] { (void)wkr::evaluate_items(tables(), 2025, items); }, ErrorCode::invalid_argument,
               "the items: 5 bad rows, nothing was evaluated — items[0]: the days 12.5 are not a whole number (a "
               "partial day counts as a day); items[1]: commute_km needs a quantity: the km travelled; items[5]: "
               "internet_other takes no quantity");
}

TEST(Evaluation, TheItemTreatmentOverridesTheDefault) {
  Item home = item("A", ItemCategory::home_working, "500", "200"_d);
  home.treatment = wkr::ExcessTreatment::wage;
  const wkr::Evaluation r = wkr::evaluate_items(tables(), 2025, {home, item("A", ItemCategory::arbo, "650", "400"_d)});
  EXPECT_EQ(r.totals.wage.to_string(), "20.00");
  EXPECT_EQ(r.totals.designated.to_string(), "250");
}

TEST(Evaluation, ItemsDoNotPoolTheirCaps) {
  // Two rows of the same employee: €300 for 100 days and €100 for 100 days. Per row €60 is
  // excess; pooled (€400 against €480) nothing would be.
  const wkr::Evaluation r = wkr::evaluate_items(
      tables(), 2025,
      {item("A", ItemCategory::home_working, "300", "100"_d), item("A", ItemCategory::home_working, "100", "100"_d)});
  EXPECT_EQ(r.totals.designated.to_string(), "60.00");
}

TEST(Evaluation, AnEmptyListIsZeroButTheYearMustBeCovered) {
  const wkr::Evaluation r = wkr::evaluate_items(tables(), 2025, {});
  EXPECT_TRUE(r.employees.empty());
  EXPECT_TRUE(r.totals.designated.is_zero());
  expect_error([] { (void)wkr::evaluate_items(tables(), 2014, {}); }, ErrorCode::not_covered, "2014");
}

// ---- one employee's year into the caller's results ----------------------------------------------

/// The six parts of a treatment or totals as exact text (the scale counts: "0" is not "0.00").
template <class Parts>
std::vector<std::string> parts_text(const Parts& p) {
  return {p.targeted_exempt.to_string(), p.nil_valued.to_string(), p.intermediary.to_string(),
          p.designated.to_string(),      p.wage.to_string(),       p.own_contribution.to_string()};
}

TEST(EvaluateEmployee, EachResultIsTheItemsOwnTreatmentAndTheTotalsTheirExactSum) {
  // Every category of one_of_each() as one employee's items. The reference: evaluate_item() on each
  // item on its own, in order with the shared caps, and the totals added with Decimal's plain +.
  std::vector<Item> items = one_of_each();
  for (Item& i : items) i.employee = "A";
  std::vector<wkr::ItemTreatment> results(items.size());
  // First an explained run, so the second (not explained) writes over treatments with steps.
  (void)wkr::evaluate_employee(tables(), 2025, items, results, {}, wkr::Explain::yes);
  ASSERT_FALSE(results.front().explanation.steps.empty());
  const wkr::EmployeeYear year = wkr::evaluate_employee(tables(), 2025, items, results);
  wkr::EmployeeCaps caps;
  Decimal targeted, nil, intermediary, designated, wage, own;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const wkr::ItemTreatment expected = wkr::evaluate_item(tables(), 2025, items[i], caps);
    EXPECT_EQ(parts_text(results[i]), parts_text(expected)) << i;
    EXPECT_EQ(results[i].amount.to_string(), expected.amount.to_string()) << i;
    EXPECT_EQ(results[i].cap.has_value(), expected.cap.has_value()) << i;
    EXPECT_TRUE(results[i].explanation.steps.empty()) << i;  // the explained run's steps are gone
    targeted = targeted + expected.targeted_exempt;
    nil = nil + expected.nil_valued;
    intermediary = intermediary + expected.intermediary;
    designated = designated + expected.designated;
    wage = wage + expected.wage;
    own = own + expected.own_contribution;
  }
  EXPECT_EQ(parts_text(year.totals),
            (std::vector<std::string>{targeted.to_string(), nil.to_string(), intermediary.to_string(),
                                      designated.to_string(), wage.to_string(), own.to_string()}));
  EXPECT_TRUE(year.customary.step.rule.empty());
}

TEST(EvaluateEmployee, AddingAZeroKeepsTheTotalsDecimals) {
  // Totals::add skips a zero part unless it has more decimals than the total: the result must be
  // the Decimal that + gives, scale included.
  wkr::ItemTreatment wide;  // a zero with three decimals, then an amount with two
  wide.nil_valued = "0.000"_d;
  wide.designated = "1.50"_d;
  wkr::ItemTreatment narrow;  // zeros with no decimals
  narrow.designated = "0"_d;
  wkr::Totals totals;
  totals.add(wide);
  totals.add(narrow);
  EXPECT_EQ(totals.nil_valued.to_string(), ("0"_d + "0.000"_d).to_string());         // "0.000"
  EXPECT_EQ(totals.designated.to_string(), ("0"_d + "1.50"_d + "0"_d).to_string());  // "1.50"
  EXPECT_EQ(totals.nil_valued.to_string(), "0.000");
  EXPECT_EQ(totals.designated.to_string(), "1.50");
  EXPECT_EQ(totals.wage.to_string(), "0");
}

TEST(EvaluateEmployee, ARefusedItemLeavesAnEmptyTreatmentAndEveryRefusalIsReported) {
  // 366 home-working days pass item_problems() (a year has at most 366) but 2025 has 365: the rule
  // refuses them when evaluating. The other item is still evaluated.
  const std::vector<Item> items = {item("A", ItemCategory::home_working, "500", "366"_d),
                                   item("A", ItemCategory::free_space, "300")};
  std::vector<wkr::ItemTreatment> results(items.size());
  results[0].designated = "99"_d;  // what a previous employee left there
  expect_error([&] { (void)wkr::evaluate_employee(tables(), 2025, items, results); }, ErrorCode::invalid_argument,
               "items[0]");
  EXPECT_EQ(parts_text(results[0]), parts_text(wkr::ItemTreatment{}));
  EXPECT_EQ(results[1].designated.to_string(), "300");
}

// ---- the customary test -------------------------------------------------------------------------

TEST(CustomaryTest, TheSafeHarbourIsInclusive) {
  EXPECT_FALSE(wkr::customary_test(tables(), 2025, "2400"_d).review);
  EXPECT_FALSE(wkr::customary_test(tables(), 2025, "2400.00"_d).review);
  EXPECT_TRUE(wkr::customary_test(tables(), 2025, "2400.01"_d).review);
  for (int year = 2015; year <= 2026; ++year) {
    EXPECT_EQ(wkr::customary_test(tables(), year, "0"_d).safe_harbour.to_string(), "2400") << year;
  }
}

TEST(CustomaryTest, InternsAndEmployeesBelowTheMinimumWageHaveNoSafeHarbour) {
  // Any designated amount is flagged, however small; nothing designated is not.
  for (const auto exclusion : {wkr::CustomaryTestExclusion::intern, wkr::CustomaryTestExclusion::below_minimum_wage}) {
    const auto small = wkr::customary_test(tables(), 2025, "0.01"_d, exclusion, wkr::Explain::yes);
    EXPECT_FALSE(small.safe_harbour_applies);
    EXPECT_TRUE(small.review);
    EXPECT_NE(small.step.reference.find("eijkhoutenpartners.nl"), std::string::npos);
    const auto none = wkr::customary_test(tables(), 2025, "0"_d, exclusion, wkr::Explain::yes);
    EXPECT_FALSE(none.review);
    EXPECT_NE(wkr::to_plain_text(none.step.formula).find("nothing to review"), std::string::npos);
  }
  EXPECT_NE(wkr::to_plain_text(
                wkr::customary_test(tables(), 2025, "1"_d, wkr::CustomaryTestExclusion::intern, wkr::Explain::yes)
                    .step.formula)
                .find("intern"),
            std::string::npos);
  EXPECT_NE(wkr::to_plain_text(wkr::customary_test(tables(), 2025, "1"_d,
                                                   wkr::CustomaryTestExclusion::below_minimum_wage, wkr::Explain::yes)
                                   .step.formula)
                .find("minimum wage"),
            std::string::npos);
  EXPECT_TRUE(wkr::customary_test(tables(), 2025, "1"_d).safe_harbour_applies);
}

TEST(CustomaryTest, OnlyDesignatedAmountsCountNotExemptOrWage) {
  // €5,000 exempt public transport, €3,600 company car, €2,400 gifts: exactly the safe harbour.
  const wkr::Evaluation r =
      wkr::evaluate_items(tables(), 2025,
                          {item("A", ItemCategory::public_transport, "5000"),
                           item("A", ItemCategory::company_car, "3600"), item("A", ItemCategory::free_space, "2400")});
  EXPECT_FALSE(r.employees[0].customary.review);
  EXPECT_TRUE(r.customary_review.empty());
}

TEST(CustomaryTest, AFlagIsForReviewNotARefusal) {
  const wkr::Evaluation r = wkr::evaluate_items(tables(), 2025, {item("A", ItemCategory::free_space, "5000")});
  EXPECT_EQ(r.customary_review, std::vector<std::string>{"A"});
  EXPECT_EQ(r.totals.designated.to_string(), "5000");
  EXPECT_EQ(r.totals.wage.to_string(), "0");
}

// ---- the settlement ---------------------------------------------------------------------------

TEST(Evaluation, TheDesignatedTotalFeedsTheSettlement) {
  wkr::EvaluationOptions options;
  options.wage_bills = {wkr::GroupMember{"", "500000"_d, true}};
  const wkr::Evaluation r =
      wkr::evaluate_items(tables(), 2025, {item("A", ItemCategory::free_space, "14180")}, options);
  ASSERT_TRUE(r.settlement.has_value());
  EXPECT_EQ(r.settlement->excess.to_string(), "5000.00");
  EXPECT_EQ(r.settlement->final_levy.to_string(), "4000.00");  // W6, stolwijkkennisnetwerk.nl 2025
}

}  // namespace
