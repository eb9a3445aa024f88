// The targeted exemptions rule by rule: home working, travel by the km and fixed, long absence,
// the same-day rule, internet and arbo — the amounts by year, the boundaries, the errors, and that
// every explanation names its legal source. The worked examples W10–W18 are golden cases
// (tests/golden/allowances.yaml); these tests cover what a golden case cannot reach.
#include <gtest/gtest.h>

#include <chrono>

#include "embedded_tables.hpp"  // src/: the embedded sources, to layer test tables over
#include "wkr/allowances/arbo.hpp"
#include "wkr/allowances/fixed_commute.hpp"
#include "wkr/allowances/home_working.hpp"
#include "wkr/allowances/internet.hpp"
#include "wkr/allowances/same_day.hpp"
#include "wkr/allowances/travel.hpp"
#include "wkr/explanation_text.hpp"

#include "test_support.hpp"

namespace {

using wkr::test::expect_error;
using wkr::test::tables;

using namespace std::chrono;
using wkr::Decimal;
using wkr::ErrorCode;
using wkr::Parameters;
using namespace wkr::literals;

Parameters tables_with(const std::string& text) {
  return Parameters::from_layers({wkr::detail::embedded_table_sources(), {wkr::TableSource{"overlay.yaml", text}}});
}

/// Every step of `explanation` has a reference, and one of them cites `article`.
void expect_cites(const wkr::Explanation& explanation, const std::string& article) {
  ASSERT_FALSE(explanation.steps.empty());
  bool found = false;
  for (const wkr::Step& step : explanation.steps) {
    EXPECT_FALSE(step.reference.empty()) << step.rule;
    if (step.reference.find(article) != std::string::npos) found = true;
  }
  EXPECT_TRUE(found) << "no step cites " << article;
  EXPECT_EQ(explanation.receipt->parameters_digest, tables().receipt().parameters_digest);
}

// ---- helpers -----------------------------------------------------------------------------------

TEST(AllowanceHelpers, ExactQuotientOnlyForFiniteDecimals) {
  using wkr::detail::allowance::exact_quotient;
  EXPECT_EQ(exact_quotient("642"_d, "5"_d)->to_string(), "128.4");
  EXPECT_EQ(exact_quotient("1070"_d, "5"_d)->to_string(), "214");
  EXPECT_EQ(exact_quotient("1926"_d, "12"_d)->to_string(), "160.5");
  EXPECT_FALSE(exact_quotient("2996"_d, "60"_d).has_value());  // 49.9333…
}

TEST(AllowanceHelpers, DatesAreStrict) {
  using wkr::parse_date;
  EXPECT_EQ(wkr::to_string(parse_date("2024-02-29")), "2024-02-29");
  for (const char* bad : {"2025-02-29", "2025-2-01", "01-03-2025", "2025/03/01", ""}) {
    expect_error([&] { (void)parse_date(bad); }, ErrorCode::parse, "is not a date");
  }
}

TEST(AllowanceHelpers, ATreatmentIsDesignateOrWage) {
  EXPECT_EQ(wkr::parse_excess_treatment("wage"), wkr::ExcessTreatment::wage);
  expect_error([] { (void)wkr::parse_excess_treatment("free_space"); }, ErrorCode::parse, "designate or wage");
  expect_error([] { (void)wkr::parse_day_rounding("down"); }, ErrorCode::parse, "exact or up");
}

// ---- home working --------------------------------------------------------------------------------

TEST(HomeWorking, TheAmountPerDayByYear) {
  const std::pair<int, const char*> expected[] = {{2015, "0"},    {2018, "0"},    {2021, "0"},    {2022, "2.00"},
                                                  {2023, "2.15"}, {2024, "2.35"}, {2025, "2.40"}, {2026, "2.45"}};
  for (const auto& [year, amount] : expected) {
    const wkr::HomeWorking r = wkr::home_working_per_day(tables(), year, "1"_d, std::nullopt);
    EXPECT_EQ(r.daily_amount.to_string(), amount) << year;
    EXPECT_EQ(r.exemption_in_force, year >= 2022) << year;
  }
}

TEST(HomeWorking, BeforeTwentyTwentyTwoTheExplanationSaysThereWasNoExemption) {
  const wkr::HomeWorking r = wkr::home_working_per_day(tables(), 2021, "100"_d, "200"_d, {}, wkr::Explain::yes);
  ASSERT_TRUE(r.split.has_value());
  EXPECT_EQ(r.split->exempt.to_string(), "0");
  EXPECT_EQ(r.split->designated.to_string(), "200");
  const std::string text = wkr::render_text(r.explanation, wkr::Language::nl);
  EXPECT_NE(text.find("× € 0,00 (geen gerichte vrijstelling voor thuiswerken vóór 1-1-2022)"), std::string::npos)
      << text;
  EXPECT_NE(text.find("grondslag: MvT Belastingplan 2022 §11\n"), std::string::npos) << text;
  EXPECT_NE(text.find("Thuiswerkvergoeding per dag"), std::string::npos) << text;
}

TEST(HomeWorking, ExplanationCitesTheArticle) {
  expect_cites(wkr::home_working_per_day(tables(), 2025, "10"_d, "30"_d, {}, wkr::Explain::yes).explanation,
               "art. 31a lid 2 onderdeel k Wet LB 1964");
  expect_cites(wkr::home_working_fixed(tables(), 2025, 2, {}, std::nullopt, {}, wkr::Explain::yes).explanation, "art. 31a lid 2 onderdeel k Wet LB 1964");
}

TEST(HomeWorking, DaysAreWholeAndWithinTheYear) {
  expect_error([] { (void)wkr::home_working_per_day(tables(), 2025, "12.5"_d, "30"_d); }, ErrorCode::invalid_argument,
               "a partial day counts as a day");
  expect_error([] { (void)wkr::home_working_per_day(tables(), 2025, "-1"_d, "30"_d); }, ErrorCode::invalid_argument,
               "cannot be negative");
  expect_error([] { (void)wkr::home_working_per_day(tables(), 2025, "366"_d, "30"_d); }, ErrorCode::invalid_argument,
               "2025 has 365 days");
  EXPECT_EQ(wkr::home_working_per_day(tables(), 2024, "366"_d, std::nullopt).cap.to_string(), "860.10");
  EXPECT_EQ(wkr::home_working_per_day(tables(), 2025, "12.0"_d, std::nullopt).cap.to_string(), "28.80");
  expect_error([] { (void)wkr::home_working_per_day(tables(), 2025, "1"_d, "-0.01"_d); }, ErrorCode::invalid_argument,
               "cannot be negative");
}

TEST(HomeWorking, ZeroDaysAndZeroPaid) {
  const wkr::HomeWorking r = wkr::home_working_per_day(tables(), 2025, "0"_d, "0"_d);
  EXPECT_EQ(r.cap.to_string(), "0.00");
  EXPECT_EQ(r.split->exempt.to_string(), "0");
  EXPECT_EQ(r.split->excess.to_string(), "0");
}

TEST(HomeWorking, FixedPatternCountsAtMostAFullWeek) {
  // Six home days a week still give 5/5 × 214.
  EXPECT_EQ(wkr::home_working_fixed(tables(), 2025, 6).days.to_string(), "214");
  EXPECT_EQ(wkr::home_working_fixed(tables(), 2025, 5).days.to_string(), "214");
  expect_error([] { (void)wkr::home_working_fixed(tables(), 2025, 0); }, ErrorCode::invalid_argument, "1 to 7 days");
  expect_error(
      [] {
        (void)wkr::home_working_fixed(tables(), 2025, 2, {7, 6});
      },
      ErrorCode::invalid_argument, "the first not after the last");
  expect_error(
      [] {
        (void)wkr::home_working_fixed(tables(), 2025, 2, {0, 12});
      },
      ErrorCode::invalid_argument, "months 1 to 12");
}

TEST(HomeWorking, AProRataDayCountRecordsItsRounding) {
  const wkr::HomeWorking r = wkr::home_working_fixed(tables(), 2025, 2, {6, 12}, std::nullopt, {}, wkr::Explain::yes);
  EXPECT_EQ(r.days.to_string(), "49.93");
  const auto step = std::find_if(r.explanation.steps.begin(), r.explanation.steps.end(),
                                 [](const wkr::Step& s) { return s.rule == "home_working.fixed_days"; });
  ASSERT_NE(step, r.explanation.steps.end());
  ASSERT_TRUE(step->rounding.has_value());
  EXPECT_EQ(step->rounding->mode, wkr::Rounding::floor);
  EXPECT_EQ(step->rounding->decimals, 2);
  EXPECT_EQ(wkr::to_plain_text(step->formula), "214 × 2/5 × 7/12");
  // The cap then has four decimals and is rounded down to cents, also recorded.
  EXPECT_EQ(r.cap.to_string(), "119.83");
  EXPECT_TRUE(std::any_of(r.explanation.steps.begin(), r.explanation.steps.end(),
                          [](const wkr::Step& s) { return s.rule == "home_working.cap_rounding" && s.rounding; }));
}

// ---- travel by the km ------------------------------------------------------------------------------

TEST(Travel, TheRatePerKmByYear) {
  const std::pair<int, const char*> expected[] = {{2015, "0.19"}, {2019, "0.19"}, {2022, "0.19"}, {2023, "0.21"},
                                                  {2024, "0.23"}, {2025, "0.23"}, {2026, "0.23"}};
  for (const auto& [year, rate] : expected) {
    EXPECT_EQ(wkr::travel_per_km(tables(), year, wkr::TravelPurpose::commuting, "1"_d, std::nullopt).rate.to_string(),
              rate)
        << year;
  }
  expect_error([] { (void)wkr::commute_per_day(tables(), 2027, "10"_d, "1"_d, std::nullopt); }, ErrorCode::not_covered,
               "for the year 2027");
}

TEST(Travel, BusinessTripsAreKeptApartFromCommuting) {
  const wkr::TravelByKm r = wkr::travel_per_km(tables(), 2025, wkr::TravelPurpose::business_trip, "1000"_d, "250"_d, {},
                                                  wkr::Explain::yes);
  EXPECT_EQ(r.cap.to_string(), "230.00");
  EXPECT_EQ(r.split->excess.to_string(), "20.00");
  EXPECT_EQ(r.explanation.steps[1].rule, "business_travel.cap");
  expect_cites(r.explanation, "art. 31a lid 2 onderdeel a Wet LB 1964");
}

TEST(Travel, PublicTransportAtActualCost) {
  const wkr::PublicTransport paid_is_cost = wkr::public_transport(tables(), 2025, "1200"_d, std::nullopt);
  EXPECT_EQ(paid_is_cost.split.exempt.to_string(), "1200");
  EXPECT_EQ(paid_is_cost.split.excess.to_string(), "0");
  const wkr::PublicTransport above = wkr::public_transport(tables(), 2025, "1200"_d, "1100.50"_d, {}, wkr::Explain::yes);
  EXPECT_EQ(above.split.exempt.to_string(), "1100.50");
  EXPECT_EQ(above.split.designated.to_string(), "99.50");
  expect_cites(above.explanation, "art. 31a lid 2 onderdeel a Wet LB 1964");
}

// ---- fixed commuting allowance -------------------------------------------------------------------

wkr::FixedCommuteInput pattern(const char* km, int office_days) {
  wkr::FixedCommuteInput in;
  in.km_one_way = Decimal::parse(km);
  in.office_days_per_week = office_days;
  return in;
}

TEST(FixedCommute, TheRegimeChangesOnTheFirstOfJanuary2022) {
  for (int year = 2015; year <= 2026; ++year) {
    const wkr::FixedCommute r = wkr::fixed_commute(tables(), year, pattern("20", 4));
    EXPECT_EQ(r.pattern_based, year >= 2022) << year;
    EXPECT_EQ(r.days.to_string(), year >= 2022 ? "171.2" : "214") << year;
  }
}

TEST(FixedCommute, ExplanationCitesTheLaw) {
  const wkr::FixedCommute r = wkr::fixed_commute(tables(), 2025, pattern("20", 4), {}, wkr::Explain::yes);
  expect_cites(r.explanation, "art. 31a lid 2 onderdeel a slotzin, lid 7 Wet LB 1964");
  const std::string text = wkr::render_text(r.explanation, wkr::Language::en);
  EXPECT_NE(text.find("Travel days of the fixed allowance"), std::string::npos) << text;
  EXPECT_NE(text.find("calculation: 214 × 4/5"), std::string::npos) << text;
}

TEST(FixedCommute, ZeroKilometresGiveZero) {
  EXPECT_EQ(wkr::fixed_commute(tables(), 2025, pattern("0", 5)).cap.to_string(), "0.00");
}

TEST(FixedCommute, BadInputs) {
  expect_error([] { (void)wkr::fixed_commute(tables(), 2025, pattern("-1", 5)); }, ErrorCode::invalid_argument,
               "cannot be negative");
  expect_error([] { (void)wkr::fixed_commute(tables(), 2025, pattern("20", 0)); }, ErrorCode::invalid_argument,
               "the office days a week are 0; a fixed travel allowance needs 1 to 5 days");
  expect_error([] { (void)wkr::fixed_commute(tables(), 2025, pattern("20", -1)); }, ErrorCode::invalid_argument,
               "the office days a week is -1; give 0 to 7 days a week (docs/limits.md)");
  auto in = pattern("20", 3);
  in.work_days_per_week = 8;
  expect_error([&] { (void)wkr::fixed_commute(tables(), 2025, in); }, ErrorCode::invalid_argument,
               "the working days a week is 8; give 1 to 7 days a week (docs/limits.md)");
}

TEST(FixedCommute, TheCoronaApprovalKeepsThePreCoronaBasisOnlyIn2020And2021) {
  auto in = pattern("20", 0);
  in.corona_approval = true;
  for (int year : {2020, 2021}) {
    const wkr::FixedCommute r = wkr::fixed_commute(tables(), year, in, {}, wkr::Explain::yes);
    EXPECT_TRUE(r.corona_approval);
    EXPECT_EQ(r.days.to_string(), "214") << year;
    EXPECT_FALSE(r.recalculation_required) << year;
    expect_cites(r.explanation, "Besluit noodmaatregelen coronacrisis");
  }
  for (int year : {2015, 2019, 2022, 2026}) {
    expect_error([&] { (void)wkr::fixed_commute(tables(), year, in); }, ErrorCode::invalid_argument,
                 "the corona approval for a fixed travel allowance does not apply in " + std::to_string(year));
  }
  // A part-timer keeps the working week of the contract: 3/5 × 214.
  in.work_days_per_week = 3;
  EXPECT_EQ(wkr::fixed_commute(tables(), 2021, in).days.to_string(), "128.4");
}

TEST(FixedCommute, RecalculationOnlyAboveSeventyFiveKilometres) {
  EXPECT_FALSE(wkr::fixed_commute(tables(), 2025, pattern("75", 5)).recalculation_required);
  EXPECT_FALSE(wkr::fixed_commute(tables(), 2025, pattern("75.00", 5)).recalculation_required);
  EXPECT_TRUE(wkr::fixed_commute(tables(), 2025, pattern("75.01", 5)).recalculation_required);
}

TEST(FixedCommute, ActualKilometresAboveThePatternExemptThePaidAllowance) {
  auto in = pattern("100", 5);
  in.paid = "9844"_d;
  in.actual_km = "50000"_d;
  const wkr::FixedCommute r = wkr::fixed_commute(tables(), 2024, in);
  EXPECT_EQ(r.actual_cap->to_string(), "11500.00");
  EXPECT_EQ(r.split->exempt.to_string(), "9844");
  EXPECT_EQ(r.split->excess.to_string(), "0");
}

TEST(FixedCommute, AbsenceAndAPartYearTogether) {
  auto in = pattern("20", 5);
  in.period = {4, 12};  // from April: 9 months
  // Absent from 10 January, back 20 March: the stopped months (March) fall before the allowance.
  in.absences.push_back({2024y / January / 10, 2024y / March / 20});
  // Absent from 5 June, back 2 September: July exempt, August and September not.
  in.absences.push_back({2024y / June / 5, 2024y / September / 2});
  const wkr::FixedCommute r = wkr::fixed_commute(tables(), 2024, in);
  EXPECT_EQ(r.stopped_months, (std::vector<int>{8, 9}));
  EXPECT_EQ(r.pattern_cap.to_string(), "1476.60");  // 160.5 days × 40 × 0.23
  EXPECT_EQ(r.cap.to_string(), "1148.46");          // × 7/9, down to the cent
}

TEST(FixedCommute, OverlappingAbsencesStopAMonthOnce) {
  auto in = pattern("20", 5);
  in.absences.push_back({2024y / September / 7, 2024y / December / 11});
  in.absences.push_back({2024y / October / 1, std::nullopt});
  const wkr::FixedCommute r = wkr::fixed_commute(tables(), 2024, in);
  EXPECT_EQ(r.stopped_months, (std::vector<int>{11, 12}));
}

TEST(FixedCommute, AnAbsenceOfAnotherYearChangesNothing) {
  auto in = pattern("20", 5);
  in.absences.push_back({2026y / March / 1, std::nullopt});
  in.absences.push_back({2023y / March / 1, 2023y / December / 1});
  const wkr::FixedCommute r = wkr::fixed_commute(tables(), 2025, in);
  EXPECT_TRUE(r.stopped_months.empty());
  EXPECT_EQ(r.cap, r.pattern_cap);
}

// ---- the same-day rule ---------------------------------------------------------------------------

wkr::CalendarDay day(year_month_day date, wkr::DayKind kind, const char* business_km = "0") {
  return wkr::CalendarDay{date, kind, Decimal::parse(business_km), ""};
}

TEST(SameDay, ATieGoesToCommuting) {
  // 5 km × 2 × €0.24 = €2.40, the home-working amount of 2025: a tie.
  const Parameters p = tables_with(R"(parameters:
  travel.rate_per_km:
    unit: eur_per_km
    until: 2026-12-31
    values:
      2025-01-01:
        value: 0.24
        reference: a rate for the test that makes a tie
)");
  wkr::SameDayInput in;
  in.km_one_way = "5"_d;
  in.days = {day(2025y / March / 5, wkr::DayKind::home_and_office)};
  const wkr::SameDay r = wkr::same_day(p, 2025, in);
  ASSERT_EQ(r.choices.size(), 1u);
  EXPECT_FALSE(r.choices[0].home_working);
  EXPECT_EQ(r.choices[0].home_working_amount, r.choices[0].commuting_amount);
}

TEST(SameDay, BothPaidATieGoesToCommuting) {
  // 5 km (€2.30 a day) against €2.40: one mixed day, €1.00 paid for each — either way €1.00 is exempt.
  wkr::SameDayInput in;
  in.km_one_way = "5"_d;
  in.days = {day(2025y / March / 5, wkr::DayKind::home_and_office)};
  in.home_working_paid = "1.00"_d;
  in.commuting_paid = "1.00"_d;
  const wkr::SameDay r = wkr::same_day(tables(), 2025, in);
  ASSERT_EQ(r.choices.size(), 1u);
  EXPECT_FALSE(r.choices[0].home_working);
  EXPECT_EQ(r.commuting.split->exempt + r.home_working.split->exempt, "1.00"_d);
}

TEST(SameDay, BothPaidTheMostExemptOfEveryAllocation) {
  // 7 mixed days, 1 home day, 2 office days at 12.35 km (caps with three decimals, rounded down):
  // the default's exempt total is at least that of every fixed number of days to home working.
  wkr::SameDayInput in;
  in.km_one_way = "12.35"_d;
  for (int d = 1; d <= 7; ++d) in.days.push_back(day(2025y / May / d, wkr::DayKind::home_and_office));
  in.days.push_back(day(2025y / May / 8, wkr::DayKind::home));
  in.days.push_back(day(2025y / May / 9, wkr::DayKind::office));
  in.days.push_back(day(2025y / May / 12, wkr::DayKind::office));
  in.home_working_paid = "9.60"_d;
  in.commuting_paid = "40"_d;
  const auto exempt = [](const wkr::SameDay& r) { return r.home_working.split->exempt + r.commuting.split->exempt; };
  const wkr::SameDay best = wkr::same_day(tables(), 2025, in);
  for (const auto preference : {wkr::SameDayPreference::home_working, wkr::SameDayPreference::commuting}) {
    EXPECT_FALSE(exempt(best) < exempt(wkr::same_day(tables(), 2025, in, {preference})));
  }
  // 2 of the 7 to home working: min(9.60, 3 × 2.40) + min(40, 7 × 5.681) = 7.20 + 39.76 (39.767 down);
  // 3 would give 9.60 + 34.08 = 43.68, 1 would give 4.80 + 40 = 44.80.
  EXPECT_EQ(best.home_working_days.to_string(), "3");
  EXPECT_EQ(best.commuting.cap.to_string(), "39.76");
  EXPECT_EQ(exempt(best), "46.96"_d);
}

TEST(SameDay, ANegativeAmountPaidIsRefused) {
  wkr::SameDayInput in;
  in.km_one_way = "5"_d;
  in.days = {day(2025y / March / 5, wkr::DayKind::home_and_office)};
  in.commuting_paid = "-1"_d;
  expect_error([&] { (void)wkr::same_day(tables(), 2025, in); }, ErrorCode::invalid_argument,
               "the commuting allowance paid is -1; it cannot be negative");
}

TEST(SameDay, EveryChoiceIsRecordedAndCounted) {
  wkr::SameDayInput in;
  in.km_one_way = "20"_d;
  for (int d = 1; d <= 10; ++d) in.days.push_back(day(2025y / April / d, wkr::DayKind::home_and_office));
  in.days.push_back(day(2025y / April / 11, wkr::DayKind::home, "40"));
  const wkr::SameDay r = wkr::same_day(tables(), 2025, in, {wkr::SameDayPreference::home_working}, wkr::Explain::yes);
  EXPECT_EQ(r.choices.size(), 10u);
  EXPECT_EQ(r.home_working_days.to_string(), "11");
  EXPECT_EQ(r.commuting_days.to_string(), "0");
  EXPECT_EQ(r.business_travel.cap.to_string(), "9.20");  // the home day keeps its business trip
  expect_cites(r.explanation, "art. 31a lid 2 onderdelen a en k Wet LB 1964");
}

TEST(SameDay, AllBadDaysAtOnce) {
  wkr::SameDayInput in;
  in.km_one_way = "20"_d;
  in.days = {day(2024y / December / 31, wkr::DayKind::home), day(2025y / March / 3, wkr::DayKind::absent, "5"),
             day(2025y / March / 4, wkr::DayKind::office, "-1"), day(2025y / March / 4, wkr::DayKind::home)};
  expect_error([&] { (void)wkr::same_day(tables(), 2025, in); }, ErrorCode::invalid_argument,
               "the calendar: 4 bad rows, nothing was evaluated — days[0]: 2024-12-31 is not a day of 2025; days[1]: "
               "an absent day has no business km; days[2]: business km cannot be negative; days[3]: 2025-03-04 is "
               "also at days[2]");
}

TEST(SameDay, KindsRoundTrip) {
  for (auto kind : {wkr::DayKind::home, wkr::DayKind::office, wkr::DayKind::home_and_office,
                    wkr::DayKind::business_trip, wkr::DayKind::absent}) {
    EXPECT_EQ(wkr::parse_day_kind(wkr::to_string(kind)), kind);
  }
  for (auto preference : {wkr::SameDayPreference::most_exempt, wkr::SameDayPreference::home_working,
                          wkr::SameDayPreference::commuting}) {
    EXPECT_EQ(wkr::parse_same_day_preference(wkr::to_string(preference)), preference);
  }
  EXPECT_EQ(wkr::parse_same_day_preference("larger"), wkr::SameDayPreference::most_exempt);  // the old name
  expect_error([] { (void)wkr::parse_same_day_preference("smaller"); }, ErrorCode::parse,
               "expected most-exempt (the default), home-working or commuting");
}

// ---- internet and arbo ---------------------------------------------------------------------------

TEST(Internet, OnlyTheInternetComponentAndOnlyWhenNecessary) {
  const wkr::ItemTreatment bundle =
      wkr::internet(tables(), 2025, wkr::InternetInput{true, "420"_d, "180"_d, "120"_d, "0"_d},
                    wkr::ExcessTreatment::designate, wkr::Explain::yes);
  EXPECT_EQ(bundle.targeted_exempt.to_string(), "420");
  EXPECT_EQ(bundle.designated.to_string(), "300");
  expect_cites(bundle.explanation, "art. 31a lid 2 onderdeel g Wet LB 1964");

  const wkr::ItemTreatment not_necessary = wkr::internet(
      tables(), 2025, wkr::InternetInput{false, "420"_d, "0"_d, "0"_d, "0"_d}, wkr::ExcessTreatment::wage);
  EXPECT_EQ(not_necessary.targeted_exempt.to_string(), "0");
  EXPECT_EQ(not_necessary.wage.to_string(), "420");
}

TEST(Internet, AnOwnContributionBlocksTheExemptionBefore2021Only) {
  const wkr::InternetInput in{true, "420"_d, "0"_d, "0"_d, "60"_d};
  EXPECT_EQ(wkr::internet(tables(), 2020, in).targeted_exempt.to_string(), "0");
  EXPECT_EQ(wkr::internet(tables(), 2021, in).targeted_exempt.to_string(), "420");
  // Without a contribution the year does not matter: 2015 is already exempt.
  EXPECT_EQ(wkr::internet(tables(), 2015, wkr::InternetInput{true, "420"_d, {}, {}, {}}).targeted_exempt.to_string(),
            "420");
}

TEST(Internet, AFlagOtherThanZeroOrOneIsBadDataWhenLoaded) {
  // A flag is checked when the tables are loaded, before any rule reads it.
  expect_error(
      [] {
        (void)tables_with(R"(parameters:
  internet.private_contribution_allowed:
    unit: flag
    until: 2026-12-31
    values:
      2025-01-01:
        value: 2
        reference: a broken flag for the test
)");
      },
      ErrorCode::data, "is 2; a flag is 0 (no) or 1 (yes)");
}

TEST(Arbo, TheRequiredVersionIsExemptTheRestIsNot) {
  const wkr::ItemTreatment chair = wkr::arbo(tables(), 2025, wkr::ArboInput{"650"_d, "400"_d, true, {}}, wkr::ExcessTreatment::designate,
                                                     wkr::Explain::yes);
  EXPECT_EQ(chair.targeted_exempt.to_string(), "400");
  EXPECT_EQ(chair.designated.to_string(), "250");
  expect_cites(chair.explanation, "art. 8.4a lid 1 onderdeel a URLB 2011");

  const wkr::ItemTreatment cheaper = wkr::arbo(tables(), 2025, wkr::ArboInput{"300"_d, "400"_d, true, {}});
  EXPECT_EQ(cheaper.targeted_exempt.to_string(), "300");
  const wkr::ItemTreatment contribution =
      wkr::arbo(tables(), 2025, wkr::ArboInput{"650"_d, std::nullopt, true, "50"_d});
  EXPECT_EQ(contribution.targeted_exempt.to_string(), "0");
  const wkr::ItemTreatment not_required =
      wkr::arbo(tables(), 2025, wkr::ArboInput{"650"_d, std::nullopt, false, {}}, wkr::ExcessTreatment::wage);
  EXPECT_EQ(not_required.wage.to_string(), "650");
}

}  // namespace
