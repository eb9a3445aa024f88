// The explanation changes no number: for every rule, on seeded random inputs (bad ones included),
// the call with Explain::no and the call with Explain::yes give the same result — every field the
// result's JSON holds, compared as exact decimal strings, or the same error — and with Explain::no
// the explanation is empty (no step, no receipt). The fast path skips building the explanation,
// so this is what keeps the two paths from drifting apart.
#include <gtest/gtest.h>

#include <functional>
#include <nlohmann/json.hpp>
#include <string>

#include "random_inputs.hpp"
#include "test_support.hpp"
#include "wkr/allowances/arbo.hpp"
#include "wkr/allowances/customary_test.hpp"
#include "wkr/allowances/evaluation.hpp"
#include "wkr/allowances/fixed_commute.hpp"
#include "wkr/allowances/home_working.hpp"
#include "wkr/allowances/internet.hpp"
#include "wkr/allowances/json.hpp"
#include "wkr/allowances/same_day.hpp"
#include "wkr/allowances/travel.hpp"
#include "wkr/free_space.hpp"
#include "wkr/json.hpp"

namespace {

using nlohmann::json;
using wkr::Decimal;
using wkr::Explain;
using wkr::test::RandomInputs;
using wkr::test::tables;

constexpr int runs = 300;  // per rule

/// `result` without its explanations and receipts: the numbers, flags and texts of the result.
json numbers_of(json result) {
  if (result.is_object()) {
    result.erase("explanation");
    result.erase("receipt");
    for (auto& [key, value] : result.items()) value = numbers_of(value);
  } else if (result.is_array()) {
    for (auto& value : result) value = numbers_of(value);
  }
  return result;
}

/// Whether any "explanation" inside `result` has a step.
bool explains(const json& result) {
  if (result.is_object()) {
    if (result.contains("explanation") && !result["explanation"].empty()) return true;
    for (const auto& [key, value] : result.items()) {
      if (explains(value)) return true;
    }
  } else if (result.is_array()) {
    for (const auto& value : result) {
      if (explains(value)) return true;
    }
  }
  return false;
}

/// What one call gave: its JSON, or its error.
struct Outcome {
  std::optional<json> result;
  std::string error;
  bool check_explained = true;  ///< whether explains() of the JSON tells if anything was explained
};

/// `call(explain)` both ways: the same numbers or the same error; nothing explained without
/// Explain::yes, and (for a result) something explained with it.
template <class Call>
void same_numbers(const std::string& rule, int run, Call&& call) {
  const auto outcome = [&](Explain explain) {
    try {
      const auto result = call(explain);
      if constexpr (requires { result.explanation; }) {
        if (explain == Explain::no) {
          EXPECT_TRUE(result.explanation.steps.empty()) << rule << " run " << run;
          EXPECT_TRUE(result.explanation.receipt == nullptr) << rule << " run " << run;
        }
      }
      if constexpr (std::is_same_v<std::remove_cvref_t<decltype(result)>, wkr::Evaluation>) {
        // Its JSON shows each customary test as a one-step explanation, so look at the parts.
        for (const wkr::EmployeeEvaluation& employee : result.employees) {
          EXPECT_EQ(employee.customary.step.rule.empty(), explain == Explain::no) << rule << " run " << run;
          for (const wkr::ItemResult& item : employee.items) {
            EXPECT_EQ(item.treatment.explanation.steps.empty(), explain == Explain::no) << rule << " run " << run;
          }
        }
        if (result.settlement) {
          EXPECT_EQ(result.settlement->explanation.steps.empty(), explain == Explain::no) << rule << " run " << run;
        }
        json numbers = to_json(result);
        numbers.erase("receipt");  // an evaluation always has its receipt
        return Outcome{numbers_of(numbers), {}, false};
      }
      return Outcome{to_json(result), {}, true};
    } catch (const wkr::Error& e) {
      return Outcome{std::nullopt, std::to_string(static_cast<int>(e.code())) + ": " + e.what(), false};
    }
  };
  const Outcome quick = outcome(Explain::no);
  const Outcome explained = outcome(Explain::yes);
  ASSERT_EQ(quick.error, explained.error) << rule << " run " << run;
  if (!quick.result) return;
  EXPECT_EQ(numbers_of(*quick.result), numbers_of(*explained.result)) << rule << " run " << run;
  if (quick.check_explained) {
    EXPECT_FALSE(explains(*quick.result)) << rule << " run " << run;
    EXPECT_TRUE(explains(*explained.result)) << rule << " run " << run;
  }
}

std::optional<Decimal> maybe(RandomInputs& random, const Decimal& value, int percent = 70) {
  return random.chance(percent) ? std::optional<Decimal>(value) : std::nullopt;
}

/// A wage bill up to € 20 million, now and then negative.
Decimal wage_bill(RandomInputs& random) {
  const Decimal amount = random.amount(20'000'000);
  return random.chance(3) ? -amount - Decimal::from_integer(1) : amount;
}

wkr::FreeSpaceOptions free_space_options(RandomInputs& random) {
  if (!random.chance(20)) return {};
  return {.rounding = static_cast<wkr::Rounding>(random.between(0, 4))};
}

std::vector<wkr::GroupMember> members(RandomInputs& random) {
  std::vector<wkr::GroupMember> group(static_cast<std::size_t>(random.between(1, 4)));
  for (std::size_t i = 0; i < group.size(); ++i) {
    group[i] = {random.chance(50) ? "" : "member " + std::to_string(i), wage_bill(random), !random.chance(5)};
  }
  return group;
}

TEST(ExplainProperty, FreeSpaceGroupAndSettlement) {
  RandomInputs random(1);
  for (int run = 0; run < runs; ++run) {
    const int year = random.chance(3) ? 2014 : random.year();
    const Decimal bill = wage_bill(random);
    const Decimal designated = random.chance(3) ? Decimal::from_integer(-5) : random.amount(300'000);
    const auto options = free_space_options(random);
    const auto group = members(random);
    same_numbers("free_space", run, [&](Explain e) { return wkr::free_space(tables(), year, bill, options, e); });
    same_numbers("group_free_space", run,
                 [&](Explain e) { return wkr::group_free_space(tables(), year, group, options, e); });
    same_numbers("settle", run,
                 [&](Explain e) { return wkr::settle(tables(), year, bill, designated, options, e); });
    same_numbers("settle (group)", run,
                 [&](Explain e) { return wkr::settle(tables(), year, group, designated, options, e); });
  }
}

wkr::ExcessTreatment treatment(RandomInputs& random) {
  return random.chance(50) ? wkr::ExcessTreatment::designate : wkr::ExcessTreatment::wage;
}

TEST(ExplainProperty, HomeWorking) {
  RandomInputs random(2);
  for (int run = 0; run < runs; ++run) {
    const int year = random.year();
    const Decimal days = random.chance(5) ? Decimal::parse("12.5") : Decimal::from_integer(random.between(0, 366));
    const auto paid = maybe(random, random.amount(3000));
    const wkr::HomeWorkingOptions options{random.chance(50) ? wkr::DayRounding::exact : wkr::DayRounding::up,
                                          treatment(random)};
    const int per_week = static_cast<int>(random.between(0, 6));
    const int from = static_cast<int>(random.between(1, 12));
    const wkr::AllowancePeriod period{from, static_cast<int>(random.between(from, 12))};
    same_numbers("home_working_per_day", run, [&](Explain e) {
      return wkr::home_working_per_day(tables(), year, days, paid, options, e);
    });
    same_numbers("home_working_fixed", run, [&](Explain e) {
      return wkr::home_working_fixed(tables(), year, per_week, period, paid, options, e);
    });
  }
}

TEST(ExplainProperty, TravelByDayKmAndPublicTransport) {
  RandomInputs random(3);
  for (int run = 0; run < runs; ++run) {
    const int year = random.year();
    const Decimal km_one_way = Decimal::from_coefficient(random.between(-5, 1500), 1);
    const Decimal days = Decimal::from_integer(random.between(0, 366));
    const Decimal km = Decimal::from_coefficient(random.between(-10, 5'000'000), 2);
    const auto paid = maybe(random, random.amount(8000));
    const wkr::TravelOptions options{treatment(random)};
    const auto purpose = random.chance(50) ? wkr::TravelPurpose::commuting : wkr::TravelPurpose::business_trip;
    same_numbers("commute_per_day", run, [&](Explain e) {
      return wkr::commute_per_day(tables(), year, km_one_way, days, paid, options, e);
    });
    same_numbers("travel_per_km", run,
                 [&](Explain e) { return wkr::travel_per_km(tables(), year, purpose, km, paid, options, e); });
    const Decimal ticket_paid = random.amount(4000);
    const auto actual_cost = maybe(random, random.amount(4000), 50);
    same_numbers("public_transport", run, [&](Explain e) {
      return wkr::public_transport(tables(), year, ticket_paid, actual_cost, options, e);
    });
  }
}

std::chrono::year_month_day day_of(int year, int day_of_year) {
  return std::chrono::year_month_day{std::chrono::sys_days{std::chrono::year{year} / 1 / 1} +
                                     std::chrono::days{day_of_year}};
}

TEST(ExplainProperty, FixedCommuteWithAbsences) {
  RandomInputs random(4);
  for (int run = 0; run < runs; ++run) {
    const int year = random.year();
    wkr::FixedCommuteInput in;
    in.km_one_way = Decimal::from_coefficient(random.between(0, 1200), 1);
    in.work_days_per_week = static_cast<int>(random.between(1, 5));
    in.office_days_per_week = static_cast<int>(random.between(random.chance(5) ? 0 : 1, in.work_days_per_week));
    in.period.from_month = static_cast<int>(random.between(1, 12));
    in.period.to_month = static_cast<int>(random.between(in.period.from_month, 12));
    for (auto n = random.between(0, 2); n > 0; --n) {
      const int start = static_cast<int>(random.between(0, 360));
      wkr::Absence absence{day_of(year, start), std::nullopt};
      if (random.chance(60)) absence.returned = day_of(year, start + static_cast<int>(random.between(1, 200)));
      in.absences.push_back(absence);
    }
    in.travel_days = maybe(random, Decimal::from_integer(random.between(0, 230)), 40);
    in.travel_weeks = maybe(random, Decimal::from_integer(random.between(0, 52)), 30);
    in.actual_km = maybe(random, Decimal::from_integer(random.between(0, 60000)), 20);
    in.paid = maybe(random, random.amount(6000));
    in.corona_approval = random.chance(10);
    wkr::FixedCommuteOptions options;
    options.day_rounding = random.chance(50) ? wkr::DayRounding::exact : wkr::DayRounding::up;
    options.excess = treatment(random);
    options.absence.new_cause_each_year = random.chance(50);
    same_numbers("fixed_commute", run, [&](Explain e) { return wkr::fixed_commute(tables(), year, in, options, e); });
  }
}

TEST(ExplainProperty, SameDay) {
  RandomInputs random(5);
  for (int run = 0; run < runs / 3; ++run) {
    const int year = random.year();
    wkr::SameDayInput in;
    in.km_one_way = Decimal::from_coefficient(random.between(0, 800), 1);
    for (int d = 0; d < 365; ++d) {
      if (!random.chance(60)) continue;
      const auto kind = static_cast<wkr::DayKind>(random.between(0, 4));
      const Decimal business_km = kind != wkr::DayKind::absent && random.chance(20)
                                      ? Decimal::from_integer(random.between(1, 300))
                                      : Decimal();
      in.days.push_back({day_of(year, d), kind, business_km, "days[" + std::to_string(d) + "]"});
    }
    in.home_working_paid = maybe(random, random.amount(1500));
    in.commuting_paid = maybe(random, random.amount(3000));
    in.business_travel_paid = maybe(random, random.amount(2000));
    const wkr::SameDayOptions options{static_cast<wkr::SameDayPreference>(random.between(0, 2)), treatment(random)};
    same_numbers("same_day", run, [&](Explain e) { return wkr::same_day(tables(), year, in, options, e); });
  }
}

TEST(ExplainProperty, InternetArboAndTheCustomaryTest) {
  RandomInputs random(6);
  for (int run = 0; run < runs; ++run) {
    const int year = random.year();
    const wkr::InternetInput internet{random.chance(70), random.amount(900), random.amount(300) * Decimal::from_integer(random.chance(30)),
                                      random.amount(200) * Decimal::from_integer(random.chance(20)),
                                      random.amount(100) * Decimal::from_integer(random.chance(40))};
    const auto excess = treatment(random);
    same_numbers("internet", run, [&](Explain e) { return wkr::internet(tables(), year, internet, excess, e); });
    const wkr::ArboInput arbo{random.amount(2000), maybe(random, random.amount(2000), 50), random.chance(80),
                              random.amount(50) * Decimal::from_integer(random.chance(20))};
    same_numbers("arbo", run, [&](Explain e) { return wkr::arbo(tables(), year, arbo, excess, e); });

    const Decimal designated = random.amount(5000);
    const auto exclusion = static_cast<wkr::CustomaryTestExclusion>(random.between(0, 2));
    const wkr::CustomaryTest quick = wkr::customary_test(tables(), year, designated, exclusion, Explain::no);
    const wkr::CustomaryTest explained = wkr::customary_test(tables(), year, designated, exclusion, Explain::yes);
    EXPECT_EQ(quick.designated.to_string(), explained.designated.to_string());
    EXPECT_EQ(quick.safe_harbour.to_string(), explained.safe_harbour.to_string());
    EXPECT_EQ(quick.safe_harbour_applies, explained.safe_harbour_applies);
    EXPECT_EQ(quick.review, explained.review);
    EXPECT_TRUE(quick.step.rule.empty() && quick.step.parameters.empty()) << run;
    EXPECT_FALSE(explained.step.rule.empty()) << run;
  }
}

TEST(ExplainProperty, EveryItemCategoryAndWholeEvaluations) {
  RandomInputs random(7);
  for (const wkr::CategoryInfo& category : wkr::item_categories()) {
    for (int run = 0; run < runs / 3; ++run) {
      const int year = random.year();
      const wkr::Item item = random.item(category, "A");
      wkr::EvaluationOptions options;
      options.excess = treatment(random);
      options.company_bicycle_designation = !random.chance(20);
      if (!wkr::item_problems(item, options.company_bicycle_designation).empty()) continue;  // refused up front
      same_numbers("evaluate_item " + std::string(category.name), run,
                   [&](Explain e) { return wkr::evaluate_item(tables(), year, item, options, e); });
    }
  }
  for (int run = 0; run < runs / 3; ++run) {
    const int year = random.year();
    std::vector<wkr::Item> items;
    for (auto n = random.between(0, 30); n > 0; --n) items.push_back(random.item("e" + std::to_string(random.between(1, 5))));
    wkr::EvaluationOptions options;
    if (random.chance(50)) options.wage_bills = members(random);
    if (!items.empty() && random.chance(30)) {
      options.customary_exclusions.emplace(items.front().employee, wkr::CustomaryTestExclusion::below_minimum_wage);
    }
    same_numbers("evaluate_items", run, [&](Explain e) { return wkr::evaluate_items(tables(), year, items, options, e); });
  }
}

}  // namespace
