// The wage bill (wkr/wage_bill.hpp): compiled once, in the library, rather than in every program
// that calls it (docs/performance.md, round eleven).
#include "wkr/wage_bill.hpp"

#include <set>

namespace wkr {

namespace detail {
namespace {

/// `key`, or `key:who` for a member's quantity in an explanation.
[[nodiscard]] std::string whose(const char* key, const std::string& who) {
  return who.empty() ? std::string(key) : std::string(key) + ":" + who;
}

/// Sums the payroll into wage from current and from former employment (each must not be negative).
void sum_payroll(std::span<const EmployeeWage> employees, const std::string& who, WageBillParts& parts,
                 const Trace& trace) {
  for (const EmployeeWage& e : employees) (e.former ? parts.former : parts.current) += e.fiscal_wage;
  const auto check = [&](const Decimal& sum, const char* what) {
    if (limits::is_amount(sum)) return;
    if (who.empty()) {
      limits::require_amount(sum, what);
    } else {
      limits::require_amount(sum, say(std::string("what.") + what + " of", member_phrase(who)));
    }
  };
  check(parts.current, "the wage from current employment");
  check(parts.former, "the wage from former employment");
  trace.step([&] {
    return Step{
        .rule = "wage_bill.payroll",
        .formula = say("wage_bill.payroll.formula", num(employees.size()), euro(parts.current), euro(parts.former)),
        .inputs = {{whose("current_wage", who), parts.current, Unit::eur},
                   {whose("former_wage", who), parts.former, Unit::eur}},
        .result = {whose("fiscal_wage_total", who), parts.current + parts.former, Unit::eur}};
  });
}

/// The 10%-criterium: is `former` at most the limit of `current + former`? Exactly the limit
/// counts ("meer dan 10%" leaves it out). Compared exactly, without dividing.
[[nodiscard]] bool former_within_limit(const YearTable& table, const Decimal& current, const Decimal& former,
                                       const std::string& who, const char* rule, const Trace& trace) {
  const Decimal& limit = table[param::wage_bill_former_employment_limit];
  const Decimal total = current + former;
  const Decimal allowed = limit * total;
  const bool within = former <= allowed;
  trace.step([&] {
    return Step{
        .rule = rule,
        .reference = "10%-criterium, Handboek Loonheffingen; Kennisgroep Loonheffingen algemeen (2024)",
        .formula = euro(former) + (within ? " ≤ " : " > ") + num(limit) + " × " + euro(total) + " = " + euro(allowed),
        .inputs = {{whose("former_wage", who), former, Unit::eur}, {whose("fiscal_wage_total", who), total, Unit::eur}},
        .parameters = {describe(table.use(param::wage_bill_former_employment_limit))},
        .result = {whose("former_wage_included", who), Decimal::from_integer(within ? 1 : 0), Unit::flag}};
  });
  return within;
}

/// Sets the wage bill of `parts` from the outcome of the 10% test.
void finish_wage_bill(bool former_included, const std::string& who, WageBillParts& parts, const Trace& trace) {
  parts.former_included = former_included;
  parts.wage_bill = former_included ? parts.current + parts.former : parts.current;
  trace.step([&] {
    return Step{.rule = former_included ? "wage_bill.total" : "wage_bill.total.without_former",
                .formula = former_included ? euro(parts.current) + " + " + euro(parts.former) : euro(parts.current),
                .inputs = {{whose("current_wage", who), parts.current, Unit::eur},
                           {whose("former_wage", who), parts.former, Unit::eur}},
                .result = {whose("wage_bill", who), parts.wage_bill, Unit::eur}};
  });
}

}  // namespace
}  // namespace detail

WageBill wage_bill(const Parameters& parameters, int year, std::span<const EmployeeWage> employees, Explain explain) {
  WageBill result;
  const Trace trace(result.explanation, explain);
  const YearTable& table = parameters.year(year);
  trace.receipt(parameters);
  result.year = year;
  detail::sum_payroll(employees, "", result, trace);
  const bool included =
      detail::former_within_limit(table, result.current, result.former, "", "wage_bill.former_employment", trace);
  detail::finish_wage_bill(included, "", result, trace);
  return result;
}

GroupWageBill group_wage_bill(const Parameters& parameters, int year, std::span<const MemberPayroll> members,
                              FormerWageTest method, Explain explain) {
  GroupWageBill result;
  const Trace trace(result.explanation, explain);
  const YearTable& table = parameters.year(year);
  trace.receipt(parameters);
  result.year = year;
  result.method = method;
  if (members.empty()) throw Error(ErrorCode::invalid_argument, say("error.wage_bill.no_members"));

  std::set<std::string> names;
  WageBillParts group;  // the members in the group scheme together
  std::size_t in_group = 0;
  for (std::size_t i = 0; i < members.size(); ++i) {
    MemberWageBill member;
    member.name = detail::member_name(members[i].name, i);
    member.whole_year = members[i].whole_year;
    if (!names.insert(member.name).second) {
      throw Error(ErrorCode::invalid_argument, say("error.wage_bill.same_name", member.name));
    }
    detail::sum_payroll(members[i].employees, member.name, member, trace);
    if (member.whole_year) {
      group.current += member.current;
      group.former += member.former;
      ++in_group;
    }
    result.members.push_back(std::move(member));
  }
  if (in_group == 0) {
    throw Error(ErrorCode::invalid_argument, say("error.wage_bill.none_whole_year", std::to_string(year)));
  }

  const bool group_included =
      method == FormerWageTest::group &&
      detail::former_within_limit(table, group.current, group.former, "", "wage_bill.former_employment.group", trace);
  for (MemberWageBill& member : result.members) {
    const bool included = method == FormerWageTest::group && member.whole_year
                              ? group_included
                              : detail::former_within_limit(table, member.current, member.former, member.name,
                                                            member.whole_year ? "wage_bill.former_employment.member"
                                                                              : "wage_bill.former_employment.outside",
                                                            trace);
    detail::finish_wage_bill(included, member.name, member, trace);
    if (member.whole_year) result.wage_bill += member.wage_bill;
  }
  trace.step([&] {
    Step step{.rule = "wage_bill.group_total", .reference = "art. 32 Wet LB 1964"};
    for (const MemberWageBill& m : result.members) {
      if (!m.whole_year) continue;
      step.inputs.push_back({"wage_bill:" + m.name, m.wage_bill, Unit::eur});
      step.formula += (step.formula.empty() ? "" : " + ") + euro(m.wage_bill);
    }
    step.result = {"wage_bill", result.wage_bill, Unit::eur};
    return step;
  });
  return result;
}

}  // namespace wkr
