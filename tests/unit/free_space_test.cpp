// The free space, the group scheme and the settlement, beyond the golden cases: errors, the
// explanation trail and the receipt. Expected amounts are computed independently in the comments.
#include "wkr/free_space.hpp"

#include <gtest/gtest.h>

#include "wkr/explanation_text.hpp"
#include "wkr/json.hpp"

#include "embedded_tables.hpp"  // src/: the embedded sources, to load them as YAML
#include "random_inputs.hpp"
#include "test_support.hpp"

namespace {

using wkr::test::tables;

using wkr::Decimal;
using wkr::ErrorCode;
using wkr::GroupMember;
using wkr::Parameters;
using namespace wkr::literals;

/// The sum over a schedule one bracket at a time, as wkr computed it before the bases (round
/// seven of docs/performance.md): Σ rate × (min(amount, next from) − from) over the brackets
/// below `amount`, added from the lowest. The oracle for apply_brackets, value and decimals.
Decimal sum_bracket_by_bracket(const std::vector<wkr::Bracket>& brackets, const Decimal& amount) {
  Decimal total;
  for (std::size_t i = 0; i < brackets.size(); ++i) {
    const wkr::Bracket& b = brackets[i];
    if (!(b.from < amount)) break;
    const Decimal& upper = i + 1 < brackets.size() ? wkr::min(amount, brackets[i + 1].from) : amount;
    total += b.rate * (upper - b.from);
  }
  return total;
}

TEST(Brackets, TheBaseAndOneStepGiveTheSumBracketByBracket) {
  wkr::test::RandomInputs random(20261202);
  const auto decimal = [&](std::int64_t low, std::int64_t high, int max_decimals) {
    return Decimal::from_coefficient(Decimal::Coefficient(random.between(low, high)),
                                     static_cast<int>(random.between(0, max_decimals)));
  };
  for (int schedule = 0; schedule < 300; ++schedule) {
    std::vector<wkr::Bracket> brackets{
        {Decimal::from_coefficient(0, static_cast<int>(random.between(0, 2))), decimal(0, 5000, 4)}};
    const auto count = random.between(1, 5);
    while (static_cast<std::int64_t>(brackets.size()) < count) {
      brackets.push_back({brackets.back().from + decimal(1, 100'000'000, 2), decimal(0, 5000, 4)});
    }
    wkr::fill_bases(brackets);
    std::vector<Decimal> amounts{Decimal(), "-1"_d, "-0.01"_d};
    for (const wkr::Bracket& b : brackets) {
      amounts.push_back(b.from);                                   // exactly at a bound,
      amounts.push_back(b.from.rounded(4, wkr::Rounding::floor));  // there with other decimals,
      amounts.push_back(b.from + "0.001"_d);                       // just above it
    }
    for (int i = 0; i < 20; ++i) amounts.push_back(decimal(0, 900'000'000'000, 3));
    for (const Decimal& amount : amounts) {
      EXPECT_EQ(wkr::detail::apply_brackets(brackets, amount).to_string(),
                sum_bracket_by_bracket(brackets, amount).to_string())
          << "amount " << amount.to_string() << ", schedule " << schedule;
    }
  }
}

TEST(Brackets, TheEmbeddedTablesCarryTheBasesTheLoaderDerives) {
  const Parameters loaded = Parameters::from_layers({wkr::detail::embedded_table_sources()});
  for (int year = 2015; year <= 2026; ++year) {
    const auto& embedded = tables().year(year)[wkr::param::free_space_rates];
    const auto& from_yaml = loaded.year(year)[wkr::param::free_space_rates];
    ASSERT_EQ(embedded.size(), from_yaml.size()) << year;
    for (std::size_t i = 0; i < embedded.size(); ++i) {
      EXPECT_EQ(embedded[i].base.to_string(), from_yaml[i].base.to_string()) << year << ", bracket " << i;
    }
  }
  // 2026: 2.00% of the first € 400,000 is € 8,000 at the second bracket.
  EXPECT_EQ(tables().year(2026)[wkr::param::free_space_rates][1].base.to_string(), "8000.00");
}

TEST(FreeSpace, EveryYearFrom2015To2026ForOneMillion) {
  // 2015–2019: 1.2% flat = 12000. From 2020: r1 × 400000 + r2 × 600000.
  const std::map<int, std::string> expected = {
      {2015, "12000.00"}, {2016, "12000.00"}, {2017, "12000.00"},
      {2018, "12000.00"}, {2019, "12000.00"}, {2020, "19200.00"},  // 12000 + 7200
      {2021, "19080.00"},                                          // 12000 + 7080
      {2022, "13880.00"},                                          // 6800 + 7080
      {2023, "19080.00"}, {2024, "14760.00"},                      // 7680 + 7080
      {2025, "15080.00"}, {2026, "15080.00"},                      // 8000 + 7080
  };
  for (const auto& [year, amount] : expected) {
    EXPECT_EQ(wkr::free_space(tables(), year, "1000000"_d).free_space.to_string(), amount) << year;
  }
}

TEST(FreeSpace, NegativeWageBillIsRefused) {
  try {
    (void)wkr::free_space(tables(), 2026, "-1"_d);
    FAIL();
  } catch (const wkr::Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::invalid_argument);
    EXPECT_NE(std::string(e.what()).find("cannot be negative"), std::string::npos) << e.what();
  }
}

TEST(FreeSpace, RoundingCanBeChosen) {
  // 2026, 400000.50: 8000 + 0.0118 × 0.50 = 8000.0059
  const Decimal wage_bill = "400000.50"_d;
  EXPECT_EQ(wkr::free_space(tables(), 2026, wage_bill).free_space.to_string(), "8000.00");
  EXPECT_EQ(wkr::free_space(tables(), 2026, wage_bill, {wkr::Rounding::half_up}).free_space.to_string(), "8000.01");
  EXPECT_EQ(wkr::free_space(tables(), 2026, wage_bill, {wkr::Rounding::ceiling}).free_space.to_string(), "8000.01");
}

TEST(FreeSpace, ExplanationCitesTheLawAndTheTables) {
  const auto result = wkr::free_space(tables(), 2025, "500000"_d, {}, wkr::Explain::yes);
  ASSERT_EQ(result.explanation.steps.size(), 2u);
  const wkr::Step& brackets = result.explanation.steps[0];
  EXPECT_EQ(brackets.rule, "free_space.brackets");
  // The reference is the dated table value's own: lid 3 by 2021 (Belastingplan 2022 art. VII).
  EXPECT_EQ(brackets.reference, "art. 31a lid 3 Wet LB 1964; amendement op Belastingplan 2025 (1,92% → 2,00%)");
  EXPECT_EQ(wkr::to_plain_text(brackets.formula), "0.02 × 400000 + 0.0118 × 100000");
  EXPECT_EQ(brackets.result.value.to_string(), "9180.0000");
  ASSERT_EQ(brackets.parameters.size(), 1u);
  EXPECT_EQ(brackets.parameters[0]->name, "free_space.rates");
  EXPECT_EQ(brackets.parameters[0]->value, "0 → 0.02, 400000 → 0.0118");
  EXPECT_EQ(brackets.parameters[0]->effective_from, "2025-01-01");
  EXPECT_NE(brackets.parameters[0]->location.find("embedded:nl/free_space.yaml:"), std::string::npos);
  const wkr::Step& rounding = result.explanation.steps[1];
  ASSERT_TRUE(rounding.rounding.has_value());
  EXPECT_EQ(rounding.rounding->mode, wkr::Rounding::floor);
  EXPECT_EQ(result.explanation.receipt->parameters_digest, tables().receipt().parameters_digest);
}

TEST(FreeSpace, ExplanationRendersInDutchAndEnglish) {
  const auto result = wkr::free_space(tables(), 2026, "1600000"_d, {}, wkr::Explain::yes);
  const std::string nl = wkr::render_text(result.explanation, wkr::Language::nl);
  const std::string en = wkr::render_text(result.explanation, wkr::Language::en);
  EXPECT_NE(nl.find("= vrije ruimte: € 22.160,00"), std::string::npos) << nl;
  EXPECT_NE(nl.find("grondslag: art. 31a lid 3 Wet LB 1964"), std::string::npos) << nl;
  EXPECT_NE(nl.find("Verantwoording: wkr "), std::string::npos) << nl;
  EXPECT_NE(en.find("= free space: €22,160.00"), std::string::npos) << en;
  EXPECT_NE(en.find("legal basis: art. 31a lid 3 Wet LB 1964"), std::string::npos) << en;
}

TEST(GroupScheme, SumsFirstThenAppliesTheBracketsOnce) {
  // W4 (2022): 5 × 1,000,000 → 61,080 for the group, not 5 × 13,880 = 69,400.
  const std::vector<GroupMember> members(5, GroupMember{"BV", "1000000"_d, true});
  const auto group = wkr::group_free_space(tables(), 2022, members, {}, wkr::Explain::yes);
  EXPECT_EQ(group.wage_bill.to_string(), "5000000");
  EXPECT_EQ(group.free_space.to_string(), "61080.00");
  ASSERT_EQ(group.explanation.steps.size(), 3u);
  EXPECT_EQ(group.explanation.steps[0].rule, "wage_bill.group_total");
  EXPECT_NE(group.explanation.steps[0].reference.find("art. 32 Wet LB 1964"), std::string::npos);
  EXPECT_EQ(group.explanation.steps[0].inputs.size(), 5u);
}

TEST(GroupScheme, AMemberThatWasNotInTheGroupAllYearIsRefused) {
  const std::vector<GroupMember> members = {{"Holding BV", "1000000"_d, true}, {"Nieuw BV", "200000"_d, false}};
  try {
    (void)wkr::group_free_space(tables(), 2025, members);
    FAIL();
  } catch (const wkr::Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::invalid_argument);
    const std::string message = e.what();
    EXPECT_NE(message.find("Nieuw BV did not belong to the group for the whole of 2025"), std::string::npos) << message;
    EXPECT_NE(message.find("settles its own free space"), std::string::npos) << message;
  }
  // On its own, a part-year employer simply has its own free space (no annualising).
  EXPECT_EQ(wkr::group_free_space(tables(), 2025, std::vector<wkr::GroupMember>{{"Nieuw BV", "200000"_d, false}})
                .free_space.to_string(),
            "4000.00");
}

TEST(GroupScheme, NeedsAMember) {
  EXPECT_THROW((void)wkr::group_free_space(tables(), 2025, std::vector<wkr::GroupMember>{}), wkr::Error);
}

TEST(Settlement, WithinTheFreeSpaceThereIsNoLevy) {
  const auto s = wkr::settle(tables(), 2026, "1600000"_d, "22160.00"_d);
  EXPECT_EQ(s.excess.to_string(), "0.00");
  EXPECT_EQ(s.final_levy.to_string(), "0.00");
  EXPECT_EQ(s.final_levy_return.to_string(), "0");
  EXPECT_EQ(s.due.year, 2027);
  EXPECT_EQ(s.due.period, 2);
}

TEST(Settlement, NegativeDesignatedIsRefused) {
  try {
    (void)wkr::settle(tables(), 2026, "1600000"_d, "-0.01"_d);
    FAIL();
  } catch (const wkr::Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::invalid_argument);
    EXPECT_NE(std::string(e.what()).find("the designated total is -0.01; it cannot be negative"), std::string::npos);
  }
}

TEST(Settlement, StepsAreInOrderWithTheirRoundings) {
  // 2024, 400000, designated 10000.37: free 7680.00, excess 2320.37, levy 1856.296 → 1856.30; return 1856
  const auto s = wkr::settle(tables(), 2024, "400000"_d, "10000.37"_d, {}, wkr::Explain::yes);
  EXPECT_EQ(s.final_levy.to_string(), "1856.30");
  EXPECT_EQ(s.final_levy_return.to_string(), "1856");
  std::vector<std::string> rules;
  for (const auto& step : s.explanation.steps) rules.push_back(step.rule);
  EXPECT_EQ(rules, (std::vector<std::string>{"free_space.brackets", "free_space.rounding", "settlement.excess",
                                             "final_levy.amount", "final_levy.return_amount", "final_levy.due"}));
  EXPECT_EQ(s.explanation.steps[3].rounding->before.to_string(), "1856.2960");
  EXPECT_EQ(s.explanation.steps[4].rounding->mode, wkr::Rounding::floor);
}

TEST(Settlement, JsonHasTheContractKeys) {
  const nlohmann::json j = wkr::to_json(wkr::settle(tables(), 2025, "500000"_d, "14180"_d, {}, wkr::Explain::yes));
  for (const char* key : {"year", "wage_bill", "free_space", "designated", "excess", "final_levy", "final_levy_return",
                          "due", "receipt", "explanation"}) {
    EXPECT_TRUE(j.contains(key)) << key;
  }
  EXPECT_EQ(j["designated"], "14180.00");
  EXPECT_EQ(j["final_levy_return"], "4000");
  EXPECT_EQ(j["receipt"]["parameters_digest"], tables().receipt().parameters_digest);
  EXPECT_EQ(j["explanation"].size(), 6u);
  EXPECT_EQ(j["explanation"][0]["parameters"][0]["reference"],
            "art. 31a lid 3 Wet LB 1964; amendement op Belastingplan 2025 (1,92% → 2,00%)");
}

TEST(Settlement, HugeAmountsOverflowAsAnError) {
  const Decimal huge = Decimal::parse("100000000000000000000000000000000000");  // 1e35
  try {
    (void)wkr::settle(tables(), 2026, huge, huge);
    FAIL();
  } catch (const wkr::Error& e) {
    // The limits (docs/limits.md) refuse it before any arithmetic could overflow.
    EXPECT_EQ(e.code(), ErrorCode::invalid_argument);
    EXPECT_NE(std::string(e.what()).find("the most wkr accepts"), std::string::npos) << e.what();
  }
}

}  // namespace
