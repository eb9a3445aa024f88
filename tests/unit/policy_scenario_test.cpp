// Policy scenarios (include/wkr/policy/scenario.hpp): figures worked out by hand for a small
// population, the totals reconciled with the employees' figures and with the per-employee
// evaluation of the same items (evaluate_items), CO₂ only for a year the table covers, and the
// errors that name the policy file or the population line.
#include <gtest/gtest.h>

#include <set>

#include "test_support.hpp"
#include "wkr/explanation_text.hpp"
#include "wkr/allowances/evaluation.hpp"
#include "wkr/policy/json.hpp"
#include "wkr/policy/scenario.hpp"

namespace {

using namespace wkr::literals;
using wkr::Decimal;
using wkr::EmployeeFigures;
using wkr::ErrorCode;
using wkr::PolicyOutcome;
using wkr::PolicyPart;
using wkr::test::expect_error;
using wkr::test::tables;

const char* const population_csv =
    "id,group,office_days,home_days,coworking_days,km_one_way,mode,minutes_one_way,coworking_km_one_way,"
    "coworking_minutes_one_way,fiscal_wage,marginal_rate\n"
    "H1,henry,3,2,0,20,car,29,,,60000,0.3756\n"
    "H2,henry,2,2,0,12.5,bike,50,,,45000,0.3756\n"
    "M1,molly,2,2,1,30,public-transport,60,5,20,80000,0.4950\n"
    "D1,dora,5,0,0,8,car,15,,,50000,0.3756\n"
    "F1,fred,5,0,0,4,company-bicycle,12,,,32000,0.3575\n"
    "F2,fred,4,0,0,80,car,101,,,38000,0.3575\n";

const char* const today_yaml = R"(policy: today
ambition_level: 3
travel: {kind: fixed, per_km: 0.23, fixed_days: working_week}
)";

const char* const pattern_yaml = R"(policy: pattern
ambition_level: 3
travel: {kind: fixed, per_km: 0.23}
home_working: {per_day: 3.00}
internet: {per_month: 30, necessary: true, groups: [henry, molly]}
arbo: {per_year: 200}
coworking: {per_day: 20}
)";

const char* const anywhere_yaml = R"(policy: anywhere
ambition_level: 4
groups:
  henry: {home_days: 3}
travel: {kind: flexible, per_km: 0.23, modes: [car, bike, public-transport, company-bicycle]}
internet: {per_month: 40, necessary: false}
coworking: {per_day: 20}
excess: EXCESS
)";

const char* const budget_yaml = R"(policy: budget
ambition_level: 3
budget: {per_year: 1500, groups: {fred: 2500}, rest: pay-out}
internet: {per_month: 30, necessary: true, groups: [henry]}
)";

wkr::Policy policy(const std::string& text, const std::string& name) { return wkr::read_policy_yaml(text, name); }

std::string anywhere(const std::string& excess) {
  std::string text = anywhere_yaml;
  text.replace(text.find("EXCESS"), 6, excess);
  return text;
}

wkr::Scenario run(int year = 2026, const wkr::ScenarioOptions& options = {}) {
  const std::vector<wkr::Policy> policies = {policy(today_yaml, "today.yaml"), policy(pattern_yaml, "pattern.yaml"),
                                             policy(anywhere("designate"), "anywhere.yaml"),
                                             policy(anywhere("cheapest"), "cheapest.yaml"),
                                             policy(budget_yaml, "budget.yaml")};
  return wkr::scenario(tables(), year, policies, wkr::read_population_csv(population_csv, "population.csv"), options);
}

const EmployeeFigures& employee(const PolicyOutcome& p, const std::string& id) {
  for (const EmployeeFigures& f : p.employees) {
    if (f.id == id) return f;
  }
  throw std::runtime_error("no " + id);
}

const wkr::PartFigures& part(const EmployeeFigures& f, PolicyPart p) { return f.parts[static_cast<std::size_t>(p)]; }

// Today, 2026: € 0.23 a km on every working day (214 days × k/5), exempt only for the travel days.
//   H1: paid 214 × 20 × 2 × 0.23 = 1968.80; exempt 3/5: 128.4 × 20 × 2 × 0.23 = 1181.28; designated 787.52.
//   M1: paid 214 × 30 × 2 × 0.23 = 2953.20; exempt to the office 85.6 × 30 × 2 × 0.23 = 1181.28 and to
//       the co-working space 42.8 × 5 × 2 × 0.23 = 98.44: 1279.72; designated 1673.48.
//   F1: a company bicycle — the policy pays it no travel allowance.
//   F2: 4 days, 171.2 × 80 × 2 × 0.23 = 6300.16, all exempt; one way > 75 km: recalculation.
TEST(Scenario, TodaysFixedAllowanceWorkedOut) {
  const wkr::Scenario s = run();
  const PolicyOutcome& today = s.policies[0];
  EXPECT_EQ(part(employee(today, "H1"), PolicyPart::travel).paid.to_string(), "1968.80");
  EXPECT_EQ(part(employee(today, "H1"), PolicyPart::travel).exempt.to_string(), "1181.28");
  EXPECT_EQ(part(employee(today, "H1"), PolicyPart::travel).designated.to_string(), "787.52");
  EXPECT_EQ(part(employee(today, "M1"), PolicyPart::travel).paid.to_string(), "2953.20");
  EXPECT_EQ(part(employee(today, "M1"), PolicyPart::travel).exempt.to_string(), "1279.72");
  EXPECT_EQ(part(employee(today, "M1"), PolicyPart::travel).designated.to_string(), "1673.48");
  EXPECT_EQ(part(employee(today, "F1"), PolicyPart::travel).paid.to_string(), "0.00");
  EXPECT_EQ(part(employee(today, "F2"), PolicyPart::travel).exempt.to_string(), "6300.16");
  EXPECT_TRUE(employee(today, "F2").recalculation_required);
  EXPECT_EQ(today.recalculation_required, 1u);
  // The free space: 0.02 × 305000 = 6100.00 of the fiscal wages; all designated fits.
  EXPECT_EQ(s.wage_bill_from, "fiscal_wage");
  EXPECT_EQ(s.free_space.to_string(), "6100.00");
  EXPECT_EQ(today.final_levy.to_string(), "0.00");
  // H1's travel: 2 × 42.8 weeks × 3 days × 20 km = 5136 km; every day at the office 8560 km.
  // 3 × 29 minutes there and back for 42.8 weeks: 7447.2 minutes. CO₂ 0.190 × 5136 = 975.84 kg.
  const EmployeeFigures& h1 = employee(today, "H1");
  EXPECT_EQ(h1.km, "5136"_d);
  EXPECT_EQ(h1.km_all_office, "8560"_d);
  EXPECT_EQ(h1.minutes, "7447.2"_d);
  ASSERT_TRUE(h1.co2.has_value());
  EXPECT_EQ(*h1.co2, "975.84"_d);
  EXPECT_EQ(h1.travel_paid_all_office.to_string(), "1968.80");  // on every working day anyway
}

// The pattern policy: home working € 3.00 a day on the pattern, 85.6 days for two home days: paid
// 256.80, exempt 85.6 × 2.45 = 209.72, designated 47.08. M1's co-working space: € 20 × 1 day × 42.8
// weeks = 856.00, no exemption. The travel on the pattern: H1 1181.28, all exempt. Arbo € 200 only
// for employees with home days.
TEST(Scenario, AllowancesOnThePattern) {
  const wkr::Scenario s = run();
  const PolicyOutcome& p = s.policies[1];
  const EmployeeFigures& h1 = employee(p, "H1");
  EXPECT_EQ(part(h1, PolicyPart::home_working).paid.to_string(), "256.80");
  EXPECT_EQ(part(h1, PolicyPart::home_working).exempt.to_string(), "209.72");
  EXPECT_EQ(part(h1, PolicyPart::home_working).designated.to_string(), "47.08");
  EXPECT_EQ(part(h1, PolicyPart::travel).paid.to_string(), "1181.28");
  EXPECT_EQ(part(h1, PolicyPart::travel).designated.to_string(), "0.00");
  EXPECT_EQ(part(h1, PolicyPart::internet).exempt.to_string(), "360.00");
  EXPECT_EQ(part(h1, PolicyPart::arbo).exempt.to_string(), "200.00");
  EXPECT_EQ(part(employee(p, "D1"), PolicyPart::arbo).paid.to_string(), "0.00");
  EXPECT_EQ(part(employee(p, "D1"), PolicyPart::internet).paid.to_string(), "0.00");  // dora is not listed
  EXPECT_EQ(part(employee(p, "M1"), PolicyPart::coworking_space).paid.to_string(), "856.00");
  EXPECT_EQ(part(employee(p, "M1"), PolicyPart::coworking_space).designated.to_string(), "856.00");
  EXPECT_EQ(employee(p, "H1").travel_paid_all_office.to_string(), "1968.80");
}

// Anywhere: henry works at home three days (H1: office 2, home 3; H2 works 4 days: office 1, home 3),
// travel per km travelled. H1: 2 × 42.8 × 2 × 20 = 3424 km × 0.23 = 787.52, all exempt. F1 on a
// company bicycle gets it, but with no exemption: 2 × 42.8 × 5 × 4 = 1712 km × 0.23 = 393.76
// designated. Internet not necessary: 12 × 40 = 480 designated.
TEST(Scenario, FlexibleTravelAndGroupPatterns) {
  const wkr::Scenario s = run();
  const PolicyOutcome& p = s.policies[2];
  const EmployeeFigures& h1 = employee(p, "H1");
  EXPECT_EQ(h1.pattern.office_days, 2);
  EXPECT_EQ(h1.pattern.home_days, 3);
  EXPECT_EQ(employee(p, "H2").pattern.office_days, 1);
  EXPECT_EQ(employee(p, "H2").pattern.home_days, 3);
  EXPECT_EQ(h1.km, "3424"_d);
  EXPECT_EQ(part(h1, PolicyPart::travel).paid.to_string(), "787.52");
  EXPECT_EQ(part(h1, PolicyPart::travel).exempt.to_string(), "787.52");
  EXPECT_EQ(part(employee(p, "F1"), PolicyPart::travel).paid.to_string(), "393.76");
  EXPECT_EQ(part(employee(p, "F1"), PolicyPart::travel).designated.to_string(), "393.76");
  EXPECT_EQ(part(h1, PolicyPart::internet).designated.to_string(), "480.00");
  EXPECT_EQ(h1.travel_paid_all_office.to_string(), "1968.80");  // 2 × 42.8 × 5 × 20 × 0.23
}

/// Each employee's parts add up to his figures, and the employees to the policy's totals.
void expect_reconciled(const PolicyOutcome& p, const Decimal& free_space) {
  Decimal paid, exempt, designated, wage, wage_gross, travel, travel_saved, km, km_saved, minutes, co2;
  for (const EmployeeFigures& f : p.employees) {
    Decimal parts;
    for (const wkr::PartFigures& x : f.parts) {
      EXPECT_EQ(x.paid, x.exempt + x.designated + x.wage) << p.name << " " << f.id;
      parts += x.paid;
    }
    EXPECT_EQ(parts, f.paid) << p.name << " " << f.id;
    paid += f.paid;
    exempt += f.exempt;
    designated += f.designated;
    wage += f.wage;
    wage_gross += f.wage_gross;
    travel += f.travel_paid;
    travel_saved += f.travel_paid_all_office - f.travel_paid;
    km += f.km;
    km_saved += f.km_all_office - f.km;
    minutes += f.minutes;
    if (f.co2) co2 += *f.co2;
  }
  EXPECT_EQ(paid, p.paid) << p.name;
  EXPECT_EQ(exempt, p.exempt) << p.name;
  EXPECT_EQ(designated, p.designated) << p.name;
  EXPECT_EQ(wage, p.wage) << p.name;
  EXPECT_EQ(wage_gross, p.wage_gross) << p.name;
  EXPECT_EQ(travel, p.travel_paid) << p.name;
  EXPECT_EQ(travel_saved, p.travel_saved) << p.name;
  EXPECT_EQ(km, p.km) << p.name;
  EXPECT_EQ(km_saved, p.km_saved) << p.name;
  EXPECT_EQ(minutes, p.minutes) << p.name;
  if (p.co2) {
    EXPECT_EQ(co2, *p.co2) << p.name;
  }
  // The final levy: 0.80 × the designated total above the free space, rounded once (half-up).
  const Decimal excess = designated - free_space;
  EXPECT_EQ(p.final_levy, ((excess.is_negative() ? Decimal() : excess) * "0.80"_d).rounded(2, wkr::Rounding::half_up))
      << p.name;
  EXPECT_EQ(p.free_space_used, wkr::min(designated, free_space)) << p.name;
  EXPECT_EQ(p.employer_cost, exempt + designated + wage_gross + p.final_levy) << p.name;
}

TEST(Scenario, TotalsAreTheSumsOfTheEmployees) {
  const wkr::Scenario s = run();
  for (const PolicyOutcome& p : s.policies) expect_reconciled(p, s.free_space);
}

// The per-employee evaluation of the same items: what the anywhere policy pays each employee for
// travel, internet and the co-working space, as items of `wkr evaluate` (commute_km with the km
// travelled, internet_other, coworking), gives the same exempt and designated amounts.
TEST(Scenario, ReconcilesWithTheEvaluationOfTheSameItems) {
  const wkr::Scenario s = run();
  const PolicyOutcome& p = s.policies[2];
  std::vector<wkr::Item> items;
  for (const EmployeeFigures& f : p.employees) {
    const auto add = [&](wkr::ItemCategory category, const wkr::PartFigures& x, std::optional<Decimal> quantity) {
      if (!x.paid.is_zero()) items.push_back({f.id, category, x.paid, quantity, std::nullopt, std::nullopt, f.id});
    };
    if (f.id != "F1") add(wkr::ItemCategory::commute_km, part(f, PolicyPart::travel), f.km);
    add(wkr::ItemCategory::internet_other, part(f, PolicyPart::internet), std::nullopt);
    add(wkr::ItemCategory::coworking, part(f, PolicyPart::coworking_space), std::nullopt);
  }
  const wkr::Evaluation evaluation = wkr::evaluate_items(tables(), 2026, items);
  for (const wkr::EmployeeEvaluation& e : evaluation.employees) {
    const EmployeeFigures& f = employee(p, e.employee);
    const Decimal travel_exempt = e.employee == "F1" ? Decimal() : part(f, PolicyPart::travel).exempt;
    EXPECT_EQ(e.totals.exempt(), travel_exempt + part(f, PolicyPart::internet).exempt +
                                     part(f, PolicyPart::coworking_space).exempt)
        << e.employee;
    const Decimal travel_designated = e.employee == "F1" ? Decimal() : part(f, PolicyPart::travel).designated;
    EXPECT_EQ(e.totals.designated, travel_designated + part(f, PolicyPart::internet).designated +
                                       part(f, PolicyPart::coworking_space).designated)
        << e.employee;
  }
  // The fixed allowances through their own rules: H1's home-working allowance of the pattern policy.
  const EmployeeFigures& h1 = employee(s.policies[1], "H1");
  const wkr::HomeWorking hw = wkr::home_working_fixed(tables(), 2026, 2, {}, "256.80"_d);
  EXPECT_EQ(hw.split->exempt, part(h1, PolicyPart::home_working).exempt);
  EXPECT_EQ(hw.split->excess, part(h1, PolicyPart::home_working).designated);
}

// With no room in the free space (everything designated elsewhere), the cheapest policy pays as
// wage whoever's gross-up costs less than the final levy, and saves against designating everything.
TEST(Scenario, TheCheapestWayWithoutFreeSpace) {
  wkr::ScenarioOptions options;
  options.designated_elsewhere = "100000"_d;
  const wkr::Scenario s = run(2026, options);
  EXPECT_EQ(s.free_space.to_string(), "0.00");
  const PolicyOutcome& designate = s.policies[2];
  const PolicyOutcome& cheapest = s.policies[3];
  EXPECT_EQ(designate.final_levy, (designate.designated * "0.80"_d).rounded(2, wkr::Rounding::half_up));
  ASSERT_TRUE(cheapest.levy_or_wage_saving.has_value());
  EXPECT_GT(*cheapest.levy_or_wage_saving, Decimal());
  EXPECT_EQ(cheapest.paid, designate.paid);  // the employees keep the same net
  EXPECT_EQ(cheapest.employer_cost + *cheapest.levy_or_wage_saving, designate.employer_cost);
  // M1 at 0.4950: a gross-up costs 0.9802 a euro, more than the levy's 0.80: designated.
  EXPECT_FALSE(employee(cheapest, "M1").designated.is_zero());
  // H1 at 0.3756: 0.6015 a euro: wage.
  EXPECT_TRUE(employee(cheapest, "H1").designated.is_zero());
  EXPECT_FALSE(employee(cheapest, "H1").wage.is_zero());
  expect_reconciled(cheapest, s.free_space);
}

// The budget policy: each employee's budget through budget(), the free space taken in the
// population's order. H1: home 209.72 + travel 1181.28 = 1391.00, internet min(360, 109.00).
TEST(Scenario, BudgetPolicy) {
  const wkr::Scenario s = run();
  const PolicyOutcome& p = s.policies[4];
  const EmployeeFigures& h1 = employee(p, "H1");
  EXPECT_EQ(h1.budget.to_string(), "1500.00");
  EXPECT_EQ(part(h1, PolicyPart::home_working).exempt.to_string(), "209.72");
  EXPECT_EQ(part(h1, PolicyPart::travel).exempt.to_string(), "1181.28");
  EXPECT_EQ(part(h1, PolicyPart::internet).exempt.to_string(), "109.00");
  EXPECT_EQ(h1.budget_left_over.to_string(), "0.00");
  // F1, company bicycle, 2500: no exemption, so all of it in the free space (6100.00 is enough).
  const EmployeeFigures& f1 = employee(p, "F1");
  EXPECT_EQ(part(f1, PolicyPart::rest).designated.to_string(), "2500.00");
  EXPECT_EQ(p.budget.to_string(), "11000.00");  // 4 × 1500 + 2 × 2500
}

// 2025 has no emission factors in the tables: CO₂ is not available, with the reason, and no other
// year's factor is used; the rest of the scenario is computed.
TEST(Scenario, NoCO2ForAYearTheTableDoesNotCover) {
  const wkr::Scenario s = run(2025);
  EXPECT_FALSE(s.emissions.available);
  EXPECT_NE(s.emissions.unavailable.find("they cover 2026–2026"), std::string::npos) << s.emissions.unavailable;
  EXPECT_NE(s.emissions.unavailable.find("no other year's factor is used"), std::string::npos);
  for (const PolicyOutcome& p : s.policies) {
    EXPECT_FALSE(p.co2.has_value());
    for (const EmployeeFigures& f : p.employees) EXPECT_FALSE(f.co2.has_value());
  }
  const nlohmann::json j = wkr::to_json(s);
  EXPECT_TRUE(j["policies"][0]["travel"]["co2_kg"].is_null());
  EXPECT_FALSE(j["emissions"]["available"].get<bool>());
  EXPECT_FALSE(s.policies[0].km.is_zero());
}

TEST(Scenario, TheNumbersDoNotDependOnExplaining) {
  const std::vector<wkr::Policy> policies = {policy(pattern_yaml, "p.yaml"), policy(budget_yaml, "b.yaml")};
  const wkr::Population population = wkr::read_population_csv(population_csv, "population.csv");
  wkr::ScenarioOptions options;
  options.trace_employee = "M1";
  const wkr::Scenario plain = wkr::scenario(tables(), 2026, policies, population);
  const wkr::Scenario explained = wkr::scenario(tables(), 2026, policies, population, options, wkr::Explain::yes);
  EXPECT_EQ(wkr::to_json(plain)["policies"][0]["employer_cost"], wkr::to_json(explained)["policies"][0]["employer_cost"]);
  for (std::size_t i = 0; i < policies.size(); ++i) {
    EXPECT_EQ(plain.policies[i].employer_cost, explained.policies[i].employer_cost);
    EXPECT_EQ(plain.policies[i].exempt, explained.policies[i].exempt);
    EXPECT_FALSE(employee(explained.policies[i], "M1").explanation.steps.empty());
    EXPECT_TRUE(employee(explained.policies[i], "H1").explanation.steps.empty());
  }
}

TEST(Scenario, ErrorsNameThePolicyFileOrThePopulationLine) {
  const wkr::Population population = wkr::read_population_csv(population_csv, "population.csv");
  const auto with = [&](const std::string& text) {
    return [&, text] {
      const std::vector<wkr::Policy> policies = {policy(text, "p.yaml")};
      (void)wkr::scenario(tables(), 2026, policies, population);
    };
  };
  expect_error(with("policy: x\nambition_level: 3\ngroups:\n  henri: {home_days: 3}\n"),
               ErrorCode::invalid_argument,
               "p.yaml:4:3: group 'henri' has no employees in population.csv; its groups are dora, fred, henry, molly");
  expect_error(with("policy: x\nambition_level: 3\ninternet: {per_month: 1, necessary: true, groups: [dora, xx]}\n"),
               ErrorCode::invalid_argument, "p.yaml:3:11: group 'xx' has no employees");
  const wkr::Population no_rates = wkr::read_population_csv(
      "id,group,office_days,home_days,coworking_days,km_one_way,mode,minutes_one_way\n"
      "A,henry,3,2,0,10,car,20\n",
      "no-rates.csv");
  expect_error(
      [&] {
        const std::vector<wkr::Policy> policies = {policy("policy: x\nambition_level: 3\nexcess: cheapest\n", "c.yaml")};
        (void)wkr::scenario(tables(), 2026, policies, no_rates);
      },
      ErrorCode::invalid_argument,
      "c.yaml:3:9: excess: cheapest needs every employee's marginal rate; no-rates.csv has none (column "
      "marginal_rate) on line 2");
  expect_error(
      [&] {
        const std::vector<wkr::Policy> policies = {
            policy("policy: x\nambition_level: 4\ngroups:\n  henry: {coworking_days: 1}\n", "cw.yaml")};
        (void)wkr::scenario(tables(), 2026, policies, no_rates);
      },
      ErrorCode::invalid_argument, "no coworking_km_one_way or coworking_minutes_one_way on line 2");
  wkr::ScenarioOptions options;
  options.wage_bill = "100000"_d;
  expect_error([&] { (void)run(2026, options); }, ErrorCode::invalid_argument,
               "a wage bill is given and population.csv has fiscal wages; give one of the two");
}

}  // namespace

namespace {

/// Every rule id and quantity name of `explanation` has a label: a key without one is shown as
/// itself, so its Dutch label differs from it — except for the words Dutch shares with the key.
void expect_labelled(const wkr::Explanation& explanation) {
  const std::set<std::string> same_in_dutch = {"internet", "budget"};
  for (const wkr::Step& step : explanation.steps) {
    std::vector<std::string> keys = {step.rule, step.result.name};
    for (const wkr::Quantity& q : step.inputs) keys.push_back(q.name);
    for (const std::string& key : keys) {
      if (same_in_dutch.count(key) != 0) continue;
      EXPECT_NE(wkr::label(key, wkr::Language::nl), key) << "no label for '" << key << "' (rule " << step.rule << ")";
    }
  }
}

TEST(PolicyExplanations, EveryRuleAndQuantityHasALabel) {
  wkr::BudgetInput in;
  in.budget = "100"_d;
  in.period = wkr::BudgetPeriod::month;
  in.pattern = {2, 2, 1};
  in.km_one_way = "30"_d;
  in.mode = wkr::TravelMode::public_transport;
  in.fare_per_day = "9.80"_d;
  in.coworking_km_one_way = "5"_d;
  in.coworking_cost = "200"_d;
  in.internet_per_month = "20"_d;
  in.arbo_cost = "100"_d;
  in.marginal_rate = "0.3756"_d;
  expect_labelled(wkr::budget(tables(), 2026, in, wkr::Explain::yes).explanation);
  in.mode = wkr::TravelMode::company_bicycle;
  in.fare_per_day.reset();
  in.budget = "5000"_d;
  expect_labelled(wkr::budget(tables(), 2026, in, wkr::Explain::yes).explanation);
  const std::vector<wkr::LevyOrWageInput> employees = {{"A", "800.00"_d, "0.3575"_d}, {"B", "600.00"_d, "0.4950"_d}};
  expect_labelled(wkr::levy_or_wage(tables(), 2026, "700.00"_d, employees, wkr::Explain::yes).explanation);
  for (const char* id : {"H1", "M1", "F1", "F2"}) {
    wkr::ScenarioOptions options;
    options.trace_employee = id;
    const std::vector<wkr::Policy> policies = {policy(today_yaml, "t.yaml"), policy(pattern_yaml, "p.yaml"),
                                               policy(anywhere("cheapest"), "a.yaml"), policy(budget_yaml, "b.yaml")};
    const wkr::Scenario s = wkr::scenario(tables(), 2026, policies,
                                          wkr::read_population_csv(population_csv, "population.csv"), options,
                                          wkr::Explain::yes);
    expect_labelled(s.explanation);
    for (const PolicyOutcome& p : s.policies) {
      expect_labelled(p.explanation);
      expect_labelled(employee(p, id).explanation);
    }
  }
}

}  // namespace
