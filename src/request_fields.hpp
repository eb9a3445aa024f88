// Reading the inputs of a JSON request strictly: every key is checked for its type, and a key the
// command does not read is an error (a typo must not silently drop an input).
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "wkr/decimal.hpp"
#include "wkr/error.hpp"

namespace wkr::detail {

class RequestFields {
 public:
  RequestFields(const nlohmann::json& request, std::string command);

  Decimal decimal(const std::string& key);                       ///< required amount
  std::optional<Decimal> optional_decimal(const std::string& key);
  std::vector<Decimal> decimals(const std::string& key);         ///< one amount or a list
  int integer(const std::string& key);                           ///< required whole number
  std::optional<std::string> optional_string(const std::string& key);
  bool flag(const std::string& key);                             ///< absent = false
  const nlohmann::json& required(const std::string& key);       ///< any value, present
  const nlohmann::json* optional_value(const std::string& key); ///< any value, or null when absent

  /// Throws for any key no accessor above asked for. Call after reading every input.
  void reject_unknown() const;

  /// An invalid_argument error about `key` of this command.
  [[nodiscard]] Error bad(const std::string& key, const std::string& what) const;

 private:
  const nlohmann::json* find(const std::string& key);
  Decimal decimal_of(const std::string& key, const nlohmann::json& value) const;

  const nlohmann::json& request_;
  std::string command_;
  std::set<std::string> used_;
};

}  // namespace wkr::detail
