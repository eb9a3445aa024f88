// The JSON request entry point (wkr/request.hpp): the typed reading of request keys
// (RequestFields, request_fields.hpp), the free-space and settle requests, and the table of
// commands that sends each request to its handler here or in allowance_requests.cpp,
// group_requests.cpp and ledger_request.cpp.
#include "wkr/request.hpp"

#include <functional>
#include <map>
#include <set>

#include "allowance_requests.hpp"
#include "ledger_request.hpp"
#include "group_requests.hpp"
#include "request_fields.hpp"
#include "wkr/free_space.hpp"
#include "wkr/json.hpp"

namespace wkr {

namespace detail {

RequestFields::RequestFields(const nlohmann::json& request, std::string command)
    : request_(request), command_(std::move(command)) {}

const nlohmann::json* RequestFields::find(const std::string& key) {
  used_.insert(key);
  auto it = request_.find(key);
  return it == request_.end() || it->is_null() ? nullptr : &*it;
}

Error RequestFields::bad(const std::string& key, const std::string& what) const {
  return Error(ErrorCode::invalid_argument, "request '" + command_ + "': \"" + key + "\" " + what);
}

const nlohmann::json* RequestFields::optional_value(const std::string& key) { return find(key); }

const nlohmann::json& RequestFields::required(const std::string& key) {
  const nlohmann::json* value = find(key);
  if (value == nullptr) throw bad(key, "is required");
  return *value;
}

Decimal RequestFields::decimal_of(const std::string& key, const nlohmann::json& value) const {
  if (value.is_number_integer()) return Decimal::parse(value.dump());
  if (value.is_string()) {
    try {
      return Decimal::parse(value.get<std::string>());
    } catch (const Error& e) {
      throw bad(key, std::string("is not a plain decimal: ") + e.what());
    }
  }
  if (value.is_number()) {
    throw bad(key, "is a JSON number with a fraction; write it as a string, e.g. \"14180.50\", so it stays exact");
  }
  throw bad(key, "must be a decimal string such as \"14180.50\"");
}

Decimal RequestFields::decimal(const std::string& key) { return decimal_of(key, required(key)); }

std::optional<Decimal> RequestFields::optional_decimal(const std::string& key) {
  const nlohmann::json* value = find(key);
  if (value == nullptr) return std::nullopt;
  return decimal_of(key, *value);
}

std::vector<Decimal> RequestFields::decimals(const std::string& key) {
  const nlohmann::json& value = required(key);
  if (!value.is_array()) return {decimal_of(key, value)};
  if (value.empty()) throw bad(key, "needs at least one amount");
  std::vector<Decimal> out;
  for (const auto& item : value) out.push_back(decimal_of(key, item));
  return out;
}

int RequestFields::integer(const std::string& key) {
  const nlohmann::json& value = required(key);
  if (!value.is_number_integer()) throw bad(key, "must be a whole number");
  return value.get<int>();
}

std::optional<std::string> RequestFields::optional_string(const std::string& key) {
  const nlohmann::json* value = find(key);
  if (value == nullptr) return std::nullopt;
  if (!value->is_string()) throw bad(key, "must be a string");
  return value->get<std::string>();
}

bool RequestFields::flag(const std::string& key) {
  const nlohmann::json* value = find(key);
  if (value == nullptr) return false;
  if (!value->is_boolean()) throw bad(key, "must be true or false");
  return value->get<bool>();
}

void RequestFields::reject_unknown() const {
  for (const auto& item : request_.items()) {
    if (item.key() != "command" && used_.count(item.key()) == 0) {
      throw bad(item.key(), "is not an input of this command");
    }
  }
}

}  // namespace detail

namespace {

using detail::RequestFields;

std::vector<GroupMember> members(RequestFields& fields) {
  const std::vector<Decimal> wage_bills = fields.decimals("wage_bill");
  std::vector<GroupMember> out;
  for (std::size_t i = 0; i < wage_bills.size(); ++i) {
    out.push_back({wage_bills.size() > 1 ? "member " + std::to_string(i + 1) : "", wage_bills[i], true});
  }
  return out;
}

FreeSpaceOptions free_space_options(RequestFields& fields) {
  FreeSpaceOptions options;
  if (auto mode = fields.optional_string("free_space_rounding")) options.rounding = parse_rounding(*mode);
  return options;
}

nlohmann::json free_space_request(const Parameters& parameters, RequestFields& fields) {
  const int year = fields.integer("year");
  auto options = free_space_options(fields);
  if (detail::is_group_scheme_request(fields)) return detail::group_free_space_request(parameters, fields, year, options);
  auto group = members(fields);
  fields.reject_unknown();
  return to_json(group_free_space(parameters, year, group, options, Explain::yes));
}

nlohmann::json settle_request(const Parameters& parameters, RequestFields& fields) {
  const int year = fields.integer("year");
  auto options = free_space_options(fields);
  if (detail::is_group_scheme_request(fields)) return detail::group_settle_request(parameters, fields, year, options);
  auto group = members(fields);
  const Decimal designated = fields.decimal("designated");
  fields.reject_unknown();
  return to_json(settle(parameters, year, group, designated, options, Explain::yes));
}

using Handler = std::function<nlohmann::json(const Parameters&, RequestFields&)>;

const std::map<std::string, Handler>& handlers() {
  static const std::map<std::string, Handler> table = {
      {"free-space", free_space_request},
      {"settle", settle_request},
      {"home-working", detail::home_working_request},
      {"commute", detail::commute_request},
      {"same-day", detail::same_day_request},
      {"evaluate", detail::evaluate_items_request},
      {"ledger", detail::ledger_request},
      {"wage-bill", detail::wage_bill_request},
  };
  return table;
}

}  // namespace

nlohmann::json evaluate_request(const Parameters& parameters, const nlohmann::json& request) {
  if (!request.is_object()) {
    throw Error(ErrorCode::invalid_argument, "a request is a JSON object with a \"command\" key");
  }
  auto command = request.find("command");
  if (command == request.end() || !command->is_string()) {
    throw Error(ErrorCode::invalid_argument, "a request needs \"command\": one of the wkr commands, e.g. \"settle\"");
  }
  const auto& table = handlers();
  auto handler = table.find(command->get<std::string>());
  if (handler == table.end()) {
    std::string names;
    for (const auto& [name, _] : table) names += (names.empty() ? "" : ", ") + name;
    throw Error(ErrorCode::invalid_argument,
                "unknown command \"" + command->get<std::string>() + "\"; the commands are " + names);
  }
  RequestFields fields(request, handler->first);
  return handler->second(parameters, fields);
}

}  // namespace wkr
