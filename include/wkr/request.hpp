// wkr — one calculation as a request: the same inputs as the wkr command, the same result object
// as `wkr … --json`. The C API's JSON entry point, the golden tests, scripting and the command all
// go through here, so every front end reads a question the same way and answers it the same way.
//
// Request: {"command": "settle", "year": 2025, "wage_bill": ["500000"], "designated": "14180"}.
// Keys are the command's long options with '_' for '-'. Amounts are JSON strings holding plain
// decimals ("14180.50") or JSON integers; a JSON number with a fraction or exponent is refused,
// because it would have passed through binary floating point. docs/cli.md lists the commands.
//
// Three steps, each usable on its own:
//   read_request(json)            → Request  (one typed request per command; strict: a missing,
//                                             unknown or malformed key is an error naming it)
//   compute(parameters, request)  → Result   (the rule's own result type)
//   to_json(result)               → the result object
// evaluate_request() is the three in a row, with the explanation always built.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "wkr/allowances/evaluation.hpp"
#include "wkr/allowances/fixed_commute.hpp"
#include "wkr/allowances/home_working.hpp"
#include "wkr/allowances/same_day.hpp"
#include "wkr/allowances/travel.hpp"
#include "wkr/csv_format.hpp"
#include "wkr/free_space.hpp"
#include "wkr/group_scheme.hpp"
#include "wkr/ledger.hpp"
#include "wkr/parameters.hpp"
#include "wkr/policy/budget.hpp"
#include "wkr/policy/levy_or_wage.hpp"
#include "wkr/policy/scenario.hpp"
#include "wkr/wage_bill.hpp"

namespace wkr {

// ---- the typed requests, one per command (and form) ----------------------------------------------

/// `free-space`: the free space of one employer or a group scheme.
struct FreeSpaceRequest {
  int year = 0;
  std::vector<GroupMember> members;
  FreeSpaceOptions options;
};

/// `settle`: the year-end settlement.
struct SettleRequest {
  int year = 0;
  std::vector<GroupMember> members;
  Decimal designated;
  FreeSpaceOptions options;
};

/// `free-space` with "members": a group scheme as the law has it — a member in the group for only
/// part of the year settles its own free space (group_scheme.hpp).
struct GroupFreeSpaceRequest {
  int year = 0;
  std::vector<GroupMember> members;
  FreeSpaceOptions options;
};

/// `settle` with "members" (or a filing member or allocation key): the group scheme's settlement,
/// the part-year members' own, the filing member and the levy allocated to the members.
struct GroupSettleRequest {
  int year = 0;
  std::vector<GroupMember> members;
  std::optional<Decimal> designated;  ///< the group's total, when the members do not each give theirs
  GroupSchemeOptions options;
};

/// `wage-bill`: one employer's wage bill from its payroll (wage_bill.hpp).
struct WageBillRequest {
  int year = 0;
  std::vector<EmployeeWage> employees;
};

/// `wage-bill` with "members": the wage bills of a group scheme's members.
struct GroupWageBillRequest {
  int year = 0;
  std::vector<MemberPayroll> members;
  FormerWageTest method = FormerWageTest::group;
};

/// `ledger`: the free space period by period (ledger.hpp).
struct LedgerRequest {
  int year = 0;
  PeriodLength length = PeriodLength::month;
  std::vector<PeriodInput> periods;
  LedgerOptions options;
};

/// `budget`: the tax-optimal use of one employee's where-you-work budget (policy/budget.hpp).
struct BudgetRequest {
  int year = 0;
  BudgetInput input;
};

/// `levy-or-wage`: per employee, final levy or wage over the free space left (policy/levy_or_wage.hpp).
struct LevyOrWageRequest {
  int year = 0;
  std::vector<GroupMember> wage_bills;  ///< the employer's (or group's) wage bills: the free space
  FreeSpaceOptions options;
  Decimal designated_elsewhere;  ///< takes the free space first
  std::vector<Item> items;
  std::string items_source;
  std::map<std::string, Decimal, std::less<>> rates;  ///< employee → marginal rate
  std::string rates_source;
};

/// `scenario`: policies side by side for a population (policy/scenario.hpp).
struct ScenarioRequest {
  int year = 0;
  std::vector<Policy> policies;
  Population population;
  ScenarioOptions options;
  bool per_employee = false;  ///< the result lists every employee's figures too
};

/// A scenario's result with how much of it to show.
struct ScenarioReport {
  Scenario scenario;
  bool per_employee = false;
};

/// `parameters`: every figure in force in a year.
struct ParametersRequest {
  int year = 0;
};

/// `home-working` with actual days.
struct HomeWorkingRequest {
  int year = 0;
  Decimal days;
  std::optional<Decimal> paid;
  HomeWorkingOptions options;
};

/// `home-working` with `fixed`: a fixed allowance from a weekly pattern.
struct FixedHomeWorkingRequest {
  int year = 0;
  int home_days_per_week = 0;
  AllowancePeriod period;
  std::optional<Decimal> paid;
  HomeWorkingOptions options;
};

/// `commute` with actual days.
struct CommuteRequest {
  int year = 0;
  Decimal km_one_way;
  Decimal days;
  Decimal paid;
  TravelOptions options;
};

/// `commute` with `fixed`: a fixed allowance from the weekly travel pattern.
struct FixedCommuteRequest {
  int year = 0;
  FixedCommuteInput input;
  FixedCommuteOptions options;
};

/// `same-day`: home working and commuting over a calendar of days.
struct SameDayRequest {
  int year = 0;
  SameDayInput input;
  SameDayOptions options;
};

/// `evaluate`: the items of a year, per employee.
struct EvaluateRequest {
  int year = 0;
  std::vector<Item> items;
  EvaluationOptions options;
  CsvFormat csv{};  ///< how the items file is written (read_evaluate_options: the file is streamed)
};

using Request = std::variant<FreeSpaceRequest, SettleRequest, GroupFreeSpaceRequest, GroupSettleRequest,
                             WageBillRequest, GroupWageBillRequest, LedgerRequest, ParametersRequest,
                             HomeWorkingRequest, FixedHomeWorkingRequest, CommuteRequest, FixedCommuteRequest,
                             SameDayRequest, EvaluateRequest, BudgetRequest, LevyOrWageRequest, ScenarioRequest>;

/// The calendar year a request asks about.
[[nodiscard]] inline int year_of(const Request& request) {
  return std::visit([](const auto& r) { return r.year; }, request);
}

// ---- reading ----------------------------------------------------------------------------------

// GCC 12's -Wshadow says the enumerator `json` shadows a namespace's `using nlohmann::json`, which
// a scoped enumerator cannot (it is only ever named RequestSyntax::json); it says so when a unity
// build puts such a file before this header.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wshadow"
/// Where a request's values come from.
enum class RequestSyntax {
  /// A JSON document: numbers are JSON integers, amounts strings or integers, switches true/false,
  /// a CSV input inline ("items") or as text ("items_csv"). Messages name keys as "key".
  json,
  /// The wkr command line turned into a JSON object (docs/cli.md): every value is the text a person
  /// typed (a string, or a list of strings for a repeated option; a switch is true), an amount must
  /// be an AMOUNT (euros, '.', at most two decimals, no sign), and a CSV input ("items",
  /// "calendar") is the path of its file, read here. Messages name keys as --option.
  command_line,
};
#pragma GCC diagnostic pop

/// A request whose keys do not fit its command: a key that is missing, one the command does not
/// take, or keys of two forms at once (actual days with a fixed allowance). It is an
/// Error(invalid_argument) like any refused input; the wkr command exits 2 for it (the command
/// line is wrong) where a refused value exits 3 (the input is wrong).
class RequestKeyError : public Error {
 public:
  using Error::Error;
};

/// The typed request of `request` ({"command": …, inputs}). Throws RequestKeyError for a missing,
/// unknown or misplaced key, Error(invalid_argument or parse) for a malformed value naming its key,
/// Error(io) when a file of a command-line request cannot be read.
[[nodiscard]] Request read_request(const nlohmann::json& request, RequestSyntax syntax = RequestSyntax::json);

/// An evaluate request without its items: its year and options, every other key checked as
/// read_request() does. For a caller that streams the items itself (the wkr command streams the
/// file named by "items" through wkr/item_stream.hpp).
[[nodiscard]] EvaluateRequest read_evaluate_options(const nlohmann::json& request, RequestSyntax syntax);

/// The commands a request may name, in the order the wkr command lists them.
[[nodiscard]] const std::vector<std::string_view>& request_commands();

// ---- computing --------------------------------------------------------------------------------

/// `parameters`: every parameter's value in force in a year, and those the tables do not cover.
struct ParametersInForce {
  int year = 0;
  std::vector<UsedParameter> in_force;
  std::vector<std::string> not_covered;  ///< names of the parameters without a value for the year
  Receipt receipt;
};

/// Every figure in force in `year`. Throws Error(not_covered) when the tables have no values for
/// the year at all (Parameters::year); a year they cover in part lists the rest as not covered.
[[nodiscard]] ParametersInForce parameters_in_force(const Parameters& parameters, int year);

using Result = std::variant<FreeSpace, Settlement, GroupFreeSpace, GroupSettlement, WageBill, GroupWageBill,
                            LedgerYear, ParametersInForce, HomeWorking, TravelByKm, FixedCommute, SameDay, Evaluation,
                            Budget, LevyOrWage, ScenarioReport>;

/// Runs the rule of `request` with `parameters`. The explanation is built only with Explain::yes;
/// the numbers are the same either way. Throws whatever the rule reports (wkr::Error).
[[nodiscard]] Result compute(const Parameters& parameters, const Request& request, Explain explain = Explain::no);

/// The result object of `wkr … --json` (with "explanation" and "receipt" where the rule has them).
[[nodiscard]] nlohmann::json to_json(const Result& result);
[[nodiscard]] nlohmann::json to_json(const ParametersInForce& result);
[[nodiscard]] nlohmann::json to_json(const ScenarioReport& result);

/// read_request (JSON syntax), compute with the explanation, to_json: one request in, its result
/// object out. Throws wkr::Error: invalid_argument naming the key for a missing, unknown or
/// malformed input, and whatever the rule itself reports.
[[nodiscard]] nlohmann::json evaluate_request(const Parameters& parameters, const nlohmann::json& request);

}  // namespace wkr
