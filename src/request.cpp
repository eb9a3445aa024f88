// Requests (wkr/request.hpp): the table of commands and their readers, computing a typed request
// and its result as JSON. The readers of free-space, settle and parameters live here; those of the
// targeted exemptions in allowance_requests.cpp.
#include "wkr/request.hpp"

#include <map>

#include "allowance_requests.hpp"
#include "ledger_request.hpp"
#include "policy_requests.hpp"
#include "group_requests.hpp"
#include "request_fields.hpp"
#include "wkr/allowances/json.hpp"
#include "wkr/json.hpp"
#include "wkr/policy/json.hpp"

namespace wkr {

namespace {

using detail::RequestFields;

/// The wage bills, at least one.
std::vector<GroupMember> members(RequestFields& fields) {
  std::vector<GroupMember> out = detail::wage_bills(fields);
  if (out.empty()) throw fields.misplaced("wage_bill", say("error.field.required"));
  return out;
}

Request read_free_space(RequestFields& fields) {
  if (detail::is_group_scheme_request(fields)) return detail::read_group_free_space(fields);
  FreeSpaceRequest r;
  r.year = fields.integer("year");
  r.members = members(fields);
  r.options = detail::free_space_options(fields);
  return r;
}

Request read_settle(RequestFields& fields) {
  if (detail::is_group_scheme_request(fields)) return detail::read_group_settle(fields);
  SettleRequest r;
  r.year = fields.integer("year");
  r.members = members(fields);
  r.designated = fields.amount("designated");
  r.options = detail::free_space_options(fields);
  return r;
}

Request read_parameters(RequestFields& fields) { return ParametersRequest{fields.integer("year")}; }

using Reader = Request (*)(RequestFields&);

/// The commands in the order the wkr command lists them, each with its reader.
const std::vector<std::pair<std::string_view, Reader>>& readers() {
  static const std::vector<std::pair<std::string_view, Reader>> table = {
      {"free-space", read_free_space},
      {"settle", read_settle},
      {"home-working", detail::read_home_working},
      {"commute", detail::read_commute},
      {"same-day", detail::read_same_day},
      {"evaluate", detail::read_evaluate},
      {"ledger", detail::read_ledger},
      {"wage-bill", detail::read_wage_bill},
      {"budget", detail::read_budget},
      {"levy-or-wage", detail::read_levy_or_wage},
      {"scenario", detail::read_scenario},
      {"parameters", read_parameters},
  };
  return table;
}

template <class... Ts>
struct overloaded : Ts... {
  using Ts::operator()...;
};
template <class... Ts>
overloaded(Ts...) -> overloaded<Ts...>;  // clang 14 (the fuzz build) has no deduction for aggregates yet

}  // namespace

namespace detail {

std::vector<GroupMember> wage_bills(RequestFields& fields) {
  std::vector<GroupMember> out;
  for (const Decimal& wage_bill : fields.amounts("wage_bill")) out.push_back({"", wage_bill, true});
  return out;
}

FreeSpaceOptions free_space_options(RequestFields& fields) {
  FreeSpaceOptions options;
  if (auto mode = fields.optional_string("free_space_rounding")) options.rounding = parse_rounding(*mode);
  return options;
}

}  // namespace detail

const std::vector<std::string_view>& request_commands() {
  static const std::vector<std::string_view> names = [] {
    std::vector<std::string_view> out;
    for (const auto& [name, reader] : readers()) out.push_back(name);
    return out;
  }();
  return names;
}

Request read_request(const nlohmann::json& request, RequestSyntax syntax) {
  if (!request.is_object()) {
    throw Error(ErrorCode::invalid_argument, say("error.request.not_object"));
  }
  auto command = request.find("command");
  if (command == request.end() || !command->is_string()) {
    throw RequestKeyError(ErrorCode::invalid_argument, say("error.request.no_command"));
  }
  for (const auto& [name, reader] : readers()) {
    if (name != command->get<std::string>()) continue;
    RequestFields fields(request, std::string(name), syntax);
    Request typed = reader(fields);
    fields.reject_unknown();
    return typed;
  }
  std::string names;
  for (const std::string_view name : request_commands()) names += (names.empty() ? "" : ", ") + std::string(name);
  throw RequestKeyError(ErrorCode::invalid_argument,
                        say("error.request.unknown_command", command->get<std::string>(), names));
}

ParametersInForce parameters_in_force(const Parameters& parameters, int year) {
  (void)parameters.year(year);  // not_covered when the tables have no values for the year at all
  ParametersInForce out;
  out.year = year;
  out.receipt = parameters.receipt();
  for (const Parameter* p : parameters.all()) {
    try {
      out.in_force.push_back(*describe(parameters.at_year(p->name, year)));
    } catch (const Error& e) {
      if (e.code() != ErrorCode::not_covered) throw;
      out.not_covered.push_back(p->name);
    }
  }
  return out;
}

Result compute(const Parameters& parameters, const Request& request, Explain explain) {
  const Parameters& p = parameters;
  return std::visit(
      overloaded{
          [&](const FreeSpaceRequest& r) -> Result {
            return group_free_space(p, r.year, r.members, r.options, explain);
          },
          [&](const SettleRequest& r) -> Result {
            return settle(p, r.year, r.members, r.designated, r.options, explain);
          },
          [&](const GroupFreeSpaceRequest& r) -> Result {
            return group_scheme_free_space(p, r.year, r.members, r.options, explain);
          },
          [&](const GroupSettleRequest& r) -> Result {
            return settle_group_scheme(p, r.year, r.members, r.designated, r.options, explain);
          },
          [&](const WageBillRequest& r) -> Result { return wage_bill(p, r.year, r.employees, explain); },
          [&](const GroupWageBillRequest& r) -> Result {
            return group_wage_bill(p, r.year, r.members, r.method, explain);
          },
          [&](const LedgerRequest& r) -> Result { return ledger(p, r.year, r.length, r.periods, r.options, explain); },
          [&](const ParametersRequest& r) -> Result { return parameters_in_force(p, r.year); },
          [&](const BudgetRequest& r) -> Result { return budget(p, r.year, r.input, explain); },
          [&](const LevyOrWageRequest& r) -> Result { return detail::compute_levy_or_wage(p, r, explain); },
          [&](const ScenarioRequest& r) -> Result {
            return ScenarioReport{scenario(p, r.year, r.policies, r.population, r.options, explain), r.per_employee};
          },
          [&](const HomeWorkingRequest& r) -> Result {
            return home_working_per_day(p, r.year, r.days, r.paid, r.options, explain);
          },
          [&](const FixedHomeWorkingRequest& r) -> Result {
            return home_working_fixed(p, r.year, r.home_days_per_week, r.period, r.paid, r.options, explain);
          },
          [&](const CommuteRequest& r) -> Result {
            return commute_per_day(p, r.year, r.km_one_way, r.days, r.paid, r.options, explain);
          },
          [&](const FixedCommuteRequest& r) -> Result { return fixed_commute(p, r.year, r.input, r.options, explain); },
          [&](const SameDayRequest& r) -> Result { return same_day(p, r.year, r.input, r.options, explain); },
          [&](const EvaluateRequest& r) -> Result { return evaluate_items(p, r.year, r.items, r.options, explain); },
      },
      request);
}

nlohmann::json to_json(const ParametersInForce& result) {
  nlohmann::json list = nlohmann::json::array();
  for (const UsedParameter& p : result.in_force) list.push_back(to_json(p));
  return nlohmann::json{{"year", result.year},
                        {"parameters", list},
                        {"not_covered", result.not_covered},
                        {"receipt", to_json(result.receipt)}};
}

nlohmann::json to_json(const ScenarioReport& result) { return to_json(result.scenario, result.per_employee); }

nlohmann::json to_json(const Result& result) {
  return std::visit([](const auto& r) { return to_json(r); }, result);
}

nlohmann::json evaluate_request(const Parameters& parameters, const nlohmann::json& request) {
  return to_json(compute(parameters, read_request(request, RequestSyntax::json), Explain::yes));
}

}  // namespace wkr
