// The limits of docs/limits.md, each on both sides of its edge, through the rules that check them;
// and overflow pushed on purpose, which must be an error naming the values, never a wrapped number.
#include "wkr/limits.hpp"

#include <gtest/gtest.h>

#include "wkr/allowances/by_month.hpp"
#include "wkr/allowances/fixed_commute.hpp"
#include "wkr/allowances/home_working.hpp"
#include "wkr/allowances/json.hpp"
#include "wkr/allowances/travel.hpp"
#include "wkr/explanation_text.hpp"
#include "wkr/free_space.hpp"

#include "test_support.hpp"

namespace {

using wkr::ErrorCode;
using wkr::test::expect_error;
using wkr::test::tables;
using namespace wkr::literals;

TEST(Limits, TheLargestAmountIsAcceptedAndOneCentMoreIsNot) {
  // 2026: 2% × 400000 + 1.18% × (10^12 − 400000) = 8000 + 11799995280 = 11800003280.00
  EXPECT_EQ(wkr::free_space(tables(), 2026, "1000000000000"_d).free_space.to_string(), "11800003280.00");
  expect_error([] { (void)wkr::free_space(tables(), 2026, "1000000000000.01"_d); }, ErrorCode::invalid_argument,
               "the wage bill is 1000000000000.01, more than 1000000000000 euros, the most wkr accepts "
               "(docs/limits.md)");
  expect_error([] { (void)wkr::settle(tables(), 2026, "100"_d, "123456789012345678901234567890"_d); },
               ErrorCode::invalid_argument, "the designated total is 123456789012345678901234567890, more than");
}

TEST(Limits, MoreThanSixDecimalsAreRefused) {
  EXPECT_NO_THROW((void)wkr::free_space(tables(), 2026, "100.000001"_d));
  expect_error([] { (void)wkr::free_space(tables(), 2026, "100.0000001"_d); }, ErrorCode::invalid_argument,
               "the wage bill is 100.0000001, more than 6 decimals, the most wkr accepts (docs/limits.md)");
}

TEST(Limits, NegativeAmountsKeepTheirOwnMessage) {
  expect_error([] { (void)wkr::free_space(tables(), 2026, "-1"_d); }, ErrorCode::invalid_argument,
               "the wage bill is -1; it cannot be negative");
}

TEST(Limits, KilometresAndDays) {
  EXPECT_NO_THROW((void)wkr::commute_per_day(tables(), 2026, "1000000"_d, "1"_d, std::nullopt));
  expect_error([] { (void)wkr::commute_per_day(tables(), 2026, "1000000.5"_d, "1"_d, std::nullopt); },
               ErrorCode::invalid_argument, "the distance one way is 1000000.5, more than 1000000 km");
  expect_error(
      [] { (void)wkr::travel_per_km(tables(), 2026, wkr::TravelPurpose::business_trip, "2000000"_d, std::nullopt); },
      ErrorCode::invalid_argument, "the number of kilometres is 2000000, more than 1000000 km");
  expect_error([] { (void)wkr::home_working_per_day(tables(), 2026, "367"_d, std::nullopt); },
               ErrorCode::invalid_argument, "the number of home-working days is 367");
}

TEST(Limits, Years) {
  for (const int year : {-2025, 0, 1999, 2100, 1'000'000}) {
    expect_error([&] { (void)wkr::free_space(tables(), year, "100"_d); }, ErrorCode::invalid_argument,
                 "the year " + std::to_string(year) + " is outside 2000–2099, the years wkr accepts (docs/limits.md)");
  }
  // Inside the limits but outside the tables: the tables say which years they cover.
  expect_error([] { (void)wkr::free_space(tables(), 2001, "100"_d); }, ErrorCode::not_covered,
               "the tables have no values for the year 2001");
}

TEST(Limits, WeeklyPatternsHave1To7DaysAnd0OnlyWhereItMeansSomething) {
  expect_error([] { (void)wkr::home_working_fixed(tables(), 2026, 8); }, ErrorCode::invalid_argument,
               "the days a week of the pattern is 8; give 1 to 7 days a week (docs/limits.md)");
  expect_error([] { (void)wkr::home_working_fixed(tables(), 2026, 0); }, ErrorCode::invalid_argument,
               "the days a week of the pattern is 0; give 1 to 7 days a week");
  wkr::FixedCommuteInput in;
  in.km_one_way = "10"_d;
  in.office_days_per_week = -1;
  expect_error([&] { (void)wkr::fixed_commute(tables(), 2026, in); }, ErrorCode::invalid_argument,
               "the office days a week is -1; give 0 to 7 days a week");
  in.office_days_per_week = 3;
  in.work_days_per_week = 8;
  expect_error([&] { (void)wkr::fixed_commute(tables(), 2026, in); }, ErrorCode::invalid_argument,
               "the working days a week is 8; give 1 to 7 days a week");
}

TEST(Overflow, PushedIntermediatesNameTheirValues) {
  // The largest amount times the largest quantity, both with 6 decimals, is 10^36 at scale 12 and still
  // fits (2^128 ≈ 3.4 × 10^38); times 0.5000 (coefficient 5000) it is 5 × 10^39 and does not. The error
  // names both operands of the step that overflowed.
  const auto amount = "1000000000000.000000"_d;
  const auto quantity = "1000000000000.000000"_d;
  expect_error([&] { (void)(amount * quantity * "0.5000"_d); }, ErrorCode::overflow,
               "the product of 1000000000000000000000000.000000000000 and 0.5000 exceeds the exact range");
  const auto big = wkr::Decimal::parse("300000000000000000000000000000000000000");
  expect_error([&] { (void)(big + big); }, ErrorCode::overflow, "the sum of " + big.to_string() + " and ");
  expect_error([&] { (void)(-big - big); }, ErrorCode::overflow, "the difference of -" + big.to_string());
  expect_error([&] { (void)big.rounded(2, wkr::Rounding::half_up); }, ErrorCode::overflow,
               big.to_string() + " with 2 decimals exceeds the exact range");
  expect_error([&] { (void)wkr::Decimal::divide(big, "3"_d, 2, wkr::Rounding::half_up); }, ErrorCode::overflow,
               "the quotient of " + big.to_string() + " and 3 exceeds the exact range");
}

// A table directory that re-dates a value to a date the embedded tables already give: the value is
// used, and the receipt and the explanation say which value, which file:line replaced which; strict
// tables refuse it (the command's --strict-data).
const char* const redated_levy = R"(description: an update that re-dates the final levy rate
parameters:
  final_levy.rate:
    unit: ratio
    until: 2026-12-31
    values:
      2015-01-01:
        value: 0.75
        reference: a test
)";

TEST(NothingSilent, ATableThatReplacesAnEmbeddedValueSaysSo) {
  const wkr::Parameters updated = tables().with_overlay({{"update/final_levy.yaml", redated_levy}});
  const wkr::Settlement s = wkr::settle(tables(), 2026, "400000"_d, "8100"_d);
  const wkr::Settlement u = wkr::settle(updated, 2026, "400000"_d, "8100"_d, {}, wkr::Explain::yes);
  EXPECT_EQ(s.final_levy.to_string(), "80.00");  // 0.80 × 100
  EXPECT_EQ(u.final_levy.to_string(), "75.00");  // 0.75 × 100: the update is used
  ASSERT_EQ(u.explanation.receipt->overrides.size(), 1U);
  const wkr::TableOverride& o = u.explanation.receipt->overrides[0];
  EXPECT_EQ(o.parameter, "final_levy.rate");
  EXPECT_EQ(o.effective_from, "2015-01-01");
  EXPECT_EQ(o.by, "update/final_levy.yaml:7:7");
  EXPECT_EQ(o.replaced.rfind("embedded:nl/final_levy.yaml:", 0), 0U) << o.replaced;
  const std::string text = wkr::render_text(u.explanation, wkr::Language::en);
  EXPECT_NE(text.find("NOTE: final_levy.rate from 2015-01-01: update/final_levy.yaml:7:7 (replaces embedded:nl/"),
            std::string::npos)
      << text;
  EXPECT_TRUE(
      wkr::settle(tables(), 2026, "400000"_d, "8100"_d, {}, wkr::Explain::yes).explanation.receipt->overrides.empty());

  expect_error(
      [] {
        (void)tables().with_overlay({{"update/final_levy.yaml", redated_levy}}, wkr::TableOverrides::refuse);
      },
      ErrorCode::data,
      "update/final_levy.yaml:7:7: final_levy.rate from 2015-01-01 replaces the value the tables already give "
      "at embedded:nl/final_levy.yaml:");
}

// A long absence that does not touch the year asked is a legitimate question (golden W16-next-year,
// rendement.nl 2013-11-06: absent 7 Sep to 11 Dec 2024, exempt again from 1 January 2025), so it is
// not an error; but it changes nothing in that year, so the result says so: a warning.
wkr::FixedCommuteInput commute_with(std::vector<wkr::Absence> absences) {
  wkr::FixedCommuteInput in;
  in.km_one_way = "20"_d;
  in.absences = std::move(absences);
  return in;
}

const wkr::Absence w16_absence{std::chrono::year{2024} / 9 / 7, std::chrono::year{2024} / 12 / 11};

TEST(NothingSilent, ALongAbsenceInAnotherYearIsAWarning) {
  const wkr::FixedCommute fast = wkr::fixed_commute(tables(), 2025, commute_with({w16_absence}));
  EXPECT_EQ(fast.cap.to_string(), "1968.80");  // 214 × 20 km × 2 × €0.23: nothing stopped
  EXPECT_TRUE(fast.stopped_months.empty());
  ASSERT_EQ(fast.warnings.size(), 1U);  // also without an explanation
  EXPECT_TRUE(fast.explanation.steps.empty());
  EXPECT_EQ(wkr::warning_key(fast.warnings[0]), "warning.long_absence.other_year");
  EXPECT_EQ(wkr::render(fast.warnings[0], wkr::Language::nl),
            "de langdurige afwezigheid (afwezig vanaf 2024-09-07, terug 2024-12-11) valt niet in 2025: zij verandert "
            "niets aan de vrijstelling over 2025");
  EXPECT_EQ(wkr::render(fast.warnings[0], wkr::Language::en),
            "the long absence (absent from 2024-09-07, back 2024-12-11) does not touch 2025: it changes nothing in "
            "the exemption for 2025");

  // Explained: the same warning, and a step that says it.
  const wkr::FixedCommute explained =
      wkr::fixed_commute(tables(), 2025, commute_with({w16_absence}), {}, wkr::Explain::yes);
  ASSERT_EQ(explained.warnings.size(), 1U);
  EXPECT_EQ(wkr::render(explained.warnings[0], wkr::Language::en), wkr::render(fast.warnings[0], wkr::Language::en));
  const auto step = std::find_if(explained.explanation.steps.begin(), explained.explanation.steps.end(),
                                 [](const wkr::Step& s) { return s.rule == "warning"; });
  ASSERT_NE(step, explained.explanation.steps.end());
  EXPECT_EQ(wkr::render(step->formula, wkr::Language::en), wkr::render(fast.warnings[0], wkr::Language::en));
  const std::string text = wkr::render_text(explained.explanation, wkr::Language::nl);
  EXPECT_NE(text.find("Let op\n"), std::string::npos) << text;
  EXPECT_NE(text.find("valt niet in 2025"), std::string::npos) << text;

  // The JSON: key and English text; a result without warnings has no key.
  const nlohmann::json written = wkr::to_json(fast);
  ASSERT_EQ(written.at("warnings").size(), 1U);
  EXPECT_EQ(written["warnings"][0]["key"], "warning.long_absence.other_year");
  EXPECT_EQ(written["warnings"][0]["text"], wkr::render(fast.warnings[0], wkr::Language::en));
  EXPECT_FALSE(wkr::to_json(wkr::fixed_commute(tables(), 2025, commute_with({}))).contains("warnings"));

  // One that starts after the year, not back: the same warning.
  const wkr::FixedCommute later =
      wkr::fixed_commute(tables(), 2025, commute_with({{std::chrono::year{2026} / 3 / 1, std::nullopt}}));
  ASSERT_EQ(later.warnings.size(), 1U);
  EXPECT_EQ(wkr::render(later.warnings[0], wkr::Language::en),
            "the long absence (absent from 2026-03-01, not back) does not touch 2025: it changes nothing in the "
            "exemption for 2025");
}

TEST(NothingSilent, AnAbsenceThatTouchesTheYearIsNoWarning) {
  // W16 asked for its own year, and an absence that crosses into the year (ABS-across-new-year).
  EXPECT_TRUE(wkr::fixed_commute(tables(), 2024, commute_with({w16_absence})).warnings.empty());
  const wkr::Absence across{std::chrono::year{2024} / 11 / 10, std::chrono::year{2025} / 3 / 5};
  EXPECT_TRUE(wkr::fixed_commute(tables(), 2025, commute_with({across}), {}, wkr::Explain::yes).warnings.empty());
}

// The warning path changes no number: the same allowance with the other year's absence, without
// it, explained or not, gives the same figures (and the absence in its own year does stop months).
TEST(NothingSilent, TheNumbersAreTheSameWithAndWithoutTheWarning) {
  const auto figures = [](const wkr::FixedCommute& f) {
    nlohmann::json j = wkr::to_json(f);
    for (const char* key : {"warnings", "explanation", "receipt"}) j.erase(key);
    return j.dump();
  };
  wkr::FixedCommuteInput in = commute_with({});
  in.paid = "2100"_d;
  const std::string plain = figures(wkr::fixed_commute(tables(), 2025, in));
  in.absences = {w16_absence};
  EXPECT_EQ(figures(wkr::fixed_commute(tables(), 2025, in)), plain);
  EXPECT_EQ(figures(wkr::fixed_commute(tables(), 2025, in, {}, wkr::Explain::yes)), plain);
  EXPECT_NE(figures(wkr::fixed_commute(tables(), 2024, in)),
            figures(wkr::fixed_commute(tables(), 2024, commute_with({}))));

  // Month by month: the stretch's warning reaches the result, the months are those without it.
  const wkr::FixedCommuteInput stretch = commute_with({w16_absence});
  const wkr::FixedCommuteInput bare = commute_with({});
  const wkr::MonthlyAllowance warned = wkr::fixed_commute_by_month(tables(), 2025, std::span(&stretch, 1));
  const wkr::MonthlyAllowance quiet = wkr::fixed_commute_by_month(tables(), 2025, std::span(&bare, 1));
  ASSERT_EQ(warned.warnings.size(), 1U);
  EXPECT_TRUE(quiet.warnings.empty());
  EXPECT_EQ(warned.cap, quiet.cap);
  EXPECT_EQ(warned.caps, quiet.caps);
}

}  // namespace
