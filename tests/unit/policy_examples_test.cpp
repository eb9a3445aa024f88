// The shipped examples (examples/policy/): the three policies over the 300 employees of
// population.csv produce the figures in examples/policy/README.md — the table between the
// "figures" markers is rebuilt here from the scenario and must match the README exactly (golden) —
// and every total reconciles with the employees' figures.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "test_support.hpp"
#include "wkr/explanation_text.hpp"
#include "wkr/policy/scenario.hpp"

namespace {

namespace fs = std::filesystem;
using wkr::Decimal;
using wkr::PolicyOutcome;

const fs::path examples = fs::path(WKR_SOURCE_DIR) / "examples/policy";
const std::vector<std::string> policy_files = {"today.yaml", "budget.yaml", "anywhere.yaml"};

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

wkr::Scenario shipped(int year, const wkr::ScenarioOptions& options = {}) {
  std::vector<wkr::Policy> policies;
  for (const std::string& file : policy_files) {
    policies.push_back(wkr::read_policy_yaml(slurp(examples / file), file));
  }
  return wkr::scenario(wkr::test::tables(), year, policies,
                       wkr::read_population_csv(slurp(examples / "population.csv"), "population.csv"), options);
}

/// 1234567.5 → "1,234,568" (whole, half-up) or, with decimals, "1,234,567.50". A figure that
/// already has its display decimals (per employee, hours) is shown with them: no second rounding.
std::string number(const Decimal& value, int decimals = 0) {
  const std::string plain = value.rounded(decimals, wkr::Rounding::half_up).to_string();
  const auto point = plain.find('.');
  const std::string whole = plain.substr(0, point);
  std::string grouped;
  for (std::size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0 && whole[i - 1] != '-') grouped += ',';
    grouped += whole[i];
  }
  return point == std::string::npos ? grouped : grouped + plain.substr(point);
}

std::string money(const Decimal& value) { return wkr::format_money(value, wkr::Language::en); }

/// The README's table: one row per figure, one column per policy.
std::string figures_table(const wkr::Scenario& s) {
  const std::size_t n = s.employees;
  std::string out = "| | " ;
  for (const PolicyOutcome& p : s.policies) out += p.name + " | ";
  out.pop_back();
  out += "\n|---|";
  for (std::size_t i = 0; i < s.policies.size(); ++i) out += "---:|";
  out += "\n";
  const auto row = [&](const std::string& label, auto cell) {
    out += "| " + label + " |";
    for (const PolicyOutcome& p : s.policies) out += " " + cell(p) + " |";
    out += "\n";
  };
  row("Ambition level", [](const PolicyOutcome& p) { return std::to_string(p.ambition_level); });
  row("**Employer cost**", [](const PolicyOutcome& p) { return "**" + money(p.employer_cost) + "**"; });
  row("Employees' net value", [](const PolicyOutcome& p) { return money(p.paid); });
  row("Tax-free (targeted exemptions)", [](const PolicyOutcome& p) { return money(p.exempt); });
  row("Designated", [](const PolicyOutcome& p) { return money(p.designated); });
  row("… of it in the free space", [](const PolicyOutcome& p) { return money(p.free_space_used); });
  row("Final levy", [](const PolicyOutcome& p) { return money(p.final_levy); });
  row("Paid as wage, gross", [](const PolicyOutcome& p) { return money(p.wage_gross); });
  row("Saved by levy or wage", [](const PolicyOutcome& p) {
    return p.levy_or_wage_saving ? money(*p.levy_or_wage_saving) : std::string("—");
  });
  row("Budget left over", [](const PolicyOutcome& p) { return money(p.budget_left_over); });
  row("Travel reimbursement", [](const PolicyOutcome& p) { return money(p.travel_paid); });
  row("… saved", [](const PolicyOutcome& p) { return money(p.travel_saved); });
  row("Commuting km a year", [](const PolicyOutcome& p) { return number(p.km); });
  row("… saved", [](const PolicyOutcome& p) { return number(p.km_saved); });
  row("… saved per employee", [&](const PolicyOutcome& p) { return number(wkr::per_employee(p.km_saved, n), 2); });
  row("Travel hours a year", [](const PolicyOutcome& p) { return number(wkr::travel_hours(p.minutes), 2); });
  row("… saved", [](const PolicyOutcome& p) { return number(wkr::travel_hours(p.minutes_saved), 2); });
  row("… saved per employee", [&](const PolicyOutcome& p) { return number(wkr::travel_hours(p.minutes_saved, n), 2); });
  row("CO₂ a year (kg)", [](const PolicyOutcome& p) { return number(*p.co2); });
  row("… saved (kg)", [](const PolicyOutcome& p) { return number(*p.co2_saved); });
  row("… saved per employee (kg)", [&](const PolicyOutcome& p) {
    return number(wkr::per_employee(*p.co2_saved, n), 2);
  });
  row("Employees paid less than under the first", [](const PolicyOutcome& p) {
    return std::to_string(p.paid_less_than_first);
  });
  row("… paid more", [](const PolicyOutcome& p) { return std::to_string(p.paid_more_than_first); });
  row("Employees to review (customary test)", [](const PolicyOutcome& p) { return std::to_string(p.customary_review); });
  row("Fixed allowances to recalculate", [](const PolicyOutcome& p) { return std::to_string(p.recalculation_required); });
  return out;
}

/// The text between "<!-- NAME -->" and "<!-- /NAME -->" in the README.
std::string readme_block(const std::string& name) {
  const std::string readme = slurp(examples / "README.md");
  const std::string open = "<!-- " + name + " -->\n";
  const auto from = readme.find(open);
  const auto to = readme.find("<!-- /" + name + " -->");
  if (from == std::string::npos || to == std::string::npos) return "(no " + name + " block in the README)";
  return readme.substr(from + open.size(), to - from - open.size());
}

/// The block of figures of a scenario: its setting, then the table.
std::string figures(const wkr::Scenario& s) {
  std::string setting = std::to_string(s.employees) + " employees, wage bill " + money(*s.wage_bill) +
                        " (the sum of their fiscal wages), free space " + money(s.free_space_of_wage_bill);
  if (!s.designated_elsewhere.is_zero()) {
    setting += ", " + money(s.designated_elsewhere) + " of it designated elsewhere: " + money(s.free_space) +
               " left for the policy";
  }
  return setting + ".\n\n" + figures_table(s);
}

TEST(PolicyExamples, ProduceTheFiguresOfTheirReadme) {
  const wkr::Scenario s = shipped(2026);
  ASSERT_EQ(s.policies.size(), 3u);
  EXPECT_EQ(s.employees, 300u);
  EXPECT_EQ(readme_block("figures"), figures(s)) << "the README's figures block should read:\n" << figures(s);
  wkr::ScenarioOptions elsewhere;
  elsewhere.designated_elsewhere = Decimal::from_integer(180000);
  const wkr::Scenario tight = shipped(2026, elsewhere);
  EXPECT_EQ(readme_block("figures-elsewhere"), figures(tight))
      << "the README's figures-elsewhere block should read:\n" << figures(tight);
}

TEST(PolicyExamples, EveryTotalReconciles) {
  const wkr::Scenario s = shipped(2026);
  for (const PolicyOutcome& p : s.policies) {
    Decimal exempt, designated, wage_gross, km, co2;
    for (const wkr::EmployeeFigures& f : p.employees) {
      exempt += f.exempt;
      designated += f.designated;
      wage_gross += f.wage_gross;
      km += f.km;
      co2 += *f.co2;
    }
    EXPECT_EQ(exempt, p.exempt) << p.name;
    EXPECT_EQ(designated, p.designated) << p.name;
    EXPECT_EQ(km, p.km) << p.name;
    EXPECT_EQ(co2, *p.co2) << p.name;
    EXPECT_EQ(p.employer_cost, exempt + designated + wage_gross + p.final_levy) << p.name;
    EXPECT_EQ(p.paid, p.exempt + p.designated + p.wage) << p.name;
  }
}

// The same examples for 2025: computed, but with no CO₂ (the table has the 2026 list only).
TEST(PolicyExamples, In2025WithoutCO2) {
  const wkr::Scenario s = shipped(2025);
  EXPECT_FALSE(s.emissions.available);
  for (const PolicyOutcome& p : s.policies) EXPECT_FALSE(p.co2.has_value());
}

}  // namespace
