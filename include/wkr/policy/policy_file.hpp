// wkr — an employer's home-working policy as one YAML file (issue #12, part 3; the schema is in
// docs/policy.md): the allowances and their amounts, the weekly pattern per group of employees, a
// where-you-work budget, fixed or flexible travel allowance, what becomes of what is not exempt, the
// ambition level it belongs to, and the assumptions of the scenario that are not law.
//
// The reader (src/policy_yaml.cpp) is strict, like the parameter tables: an unknown key, a value of
// the wrong shape, a negative amount or an amount that is not a plain decimal is an Error naming
// file:line:column and what would be right. Decimals are read from the YAML text, never through a
// binary floating-point number.
#pragma once

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "wkr/policy/budget.hpp"
#include "wkr/policy/common.hpp"

namespace wkr {

/// The travel allowance of a policy.
enum class TravelKind {
  fixed,     ///< a fixed amount on the weekly pattern (k/5 × 214 days), paid whatever the actual trips
  flexible,  ///< per km actually travelled
};

/// The days a week a fixed travel allowance is computed on.
enum class FixedDays {
  pattern,       ///< the days the employee travels under the policy: office and co-working days
  working_week,  ///< every working day, to the office, as before 2022 (home days included)
};

/// What becomes of what a policy pays without an exemption.
enum class ExcessRule {
  designate,  ///< designated to the free space, the final levy above it
  cheapest,   ///< per employee the cheaper of designating and wage, exactly (levy_or_wage.hpp)
};

struct PolicyGroup {
  std::optional<int> home_days;       ///< the home days a week under the policy
  std::optional<int> coworking_days;  ///< the co-working days a week under the policy
  SourceLocation where;
};

struct PolicyTravel {
  TravelKind kind = TravelKind::fixed;
  Decimal per_km;
  FixedDays fixed_days = FixedDays::pattern;
  std::vector<TravelMode> modes;  ///< who gets it
};

/// An amount for some groups (all when `groups` is empty).
struct PolicyAmount {
  Decimal amount;
  std::vector<std::string> groups;
  bool necessary = false;  ///< internet only: necessary for the job (art. 31a lid 2 onderdeel g)
  SourceLocation where;

  [[nodiscard]] bool applies_to(std::string_view group) const {
    return groups.empty() || std::ranges::find(groups, group) != groups.end();
  }
};

struct PolicyBudget {
  Decimal per_year;                         ///< the budget of an employee for the year
  std::map<std::string, Decimal> by_group;  ///< groups with another budget
  BudgetRest rest = BudgetRest::keep;
  SourceLocation where;

  [[nodiscard]] const Decimal& of(const std::string& group) const {
    auto it = by_group.find(group);
    return it == by_group.end() ? per_year : it->second;
  }
};

struct Policy {
  std::string name;
  int ambition_level = 0;  ///< 1–6, the levels of the whitepaper "Thuiswerken doe je zo!" (docs/policy.md)
  std::string description;
  std::string source;  ///< the file it was read from
  std::optional<Decimal> working_weeks;  ///< assumption; none: the fiscal basis (214 / 5)
  SourceLocation working_weeks_where;
  std::map<std::string, PolicyGroup> groups;
  std::optional<PolicyTravel> travel;
  std::optional<Decimal> home_working_per_day;
  std::optional<PolicyAmount> internet;        ///< amount: a month
  std::optional<PolicyAmount> arbo;            ///< amount: a year, for employees with home days
  std::optional<Decimal> coworking_per_day;    ///< the co-working space, reimbursed per co-working day
  std::optional<PolicyBudget> budget;
  ExcessRule excess = ExcessRule::designate;
  SourceLocation excess_where;
};

/// Reads one policy from YAML text; `source` names it in messages (a file name). Throws
/// Error(parse) for YAML that does not parse and Error(invalid_argument) for anything else that is
/// wrong, each with file:line:column.
[[nodiscard]] Policy read_policy_yaml(std::string_view text, const std::string& source);

}  // namespace wkr
