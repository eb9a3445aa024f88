// Reading the inputs of a request strictly, in either syntax (wkr/request.hpp): every key is
// checked for its type, and a key the command does not read is an error (a typo must not silently
// drop an input). The one place where a request's text becomes numbers, dates and lists — for the
// JSON API and the wkr command alike.
#pragma once

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "wkr/csv_format.hpp"
#include "wkr/decimal.hpp"
#include "wkr/error.hpp"
#include "wkr/phrase.hpp"
#include "wkr/request.hpp"

namespace wkr::detail {

/// A CSV input: the name its messages use (a file path, or the key), its text and how it is written.
struct CsvText {
  std::string name;
  std::string text;
  CsvFormat format{};
};

class RequestFields {
 public:
  RequestFields(const nlohmann::json& request, std::string command, RequestSyntax syntax);

  // Values. A required key that is absent is a RequestKeyError; a value of the wrong form an
  // Error(invalid_argument) naming the key.
  Decimal decimal(const std::string& key);  ///< a distance or count: a plain decimal
  std::optional<Decimal> optional_decimal(const std::string& key);
  Decimal amount(const std::string& key);  ///< money: on the command line an AMOUNT
  std::optional<Decimal> optional_amount(const std::string& key);
  std::vector<Decimal> amounts(const std::string& key);  ///< one amount or a list; absent = none
  int integer(const std::string& key);                   ///< a whole number
  std::optional<int> optional_integer(const std::string& key);
  std::optional<std::string> optional_string(const std::string& key);
  std::vector<std::string> strings(const std::string& key);  ///< one string or a list; absent = none
  bool flag(const std::string& key);                         ///< a switch; absent = false
  bool has(const std::string& key);                          ///< given (and read)
  const nlohmann::json& required(const std::string& key);   ///< any value, present
  /// A CSV input given as the text under `key` + "_csv" (JSON) or as the path of a file under `key`
  /// (command line, read here: Error(io) when it cannot be); nothing when it is not given. In JSON
  /// `key` itself may hold the input inline instead: the caller reads that.
  std::optional<CsvText> csv(const std::string& key);
  /// How the request's CSV inputs are written: "delimiter" (",", ";" or "tab"), and "decimal_comma"
  /// or "decimal_point" (switches; neither: found in the file). csv() reads it too.
  CsvFormat csv_format();
  /// Calls `observer` with the key and the CSV each time csv() has read one: a report's receipt
  /// digests the very bytes its figures come from (a second reading of the file could find other
  /// bytes, or none at all: a pipe such as `--items <(gunzip -c items.csv.gz)`).
  void on_csv(std::function<void(const std::string& key, const CsvText& csv)> observer);
  /// Files of another kind, one or a list: in JSON their texts under `key` + `suffix` ("policy" +
  /// "_yaml"), named by the list under `key` + "_file" when given (else "policy_yaml[0]" …); on the
  /// command line the paths under `key`, read here. Empty when not given.
  std::vector<CsvText> files(const std::string& key, const std::string& suffix);

  /// Throws a RequestKeyError for any key no accessor above asked for. Call after reading every input.
  void reject_unknown() const;

  /// A refused value of `key`: Error(invalid_argument) "… <key> <what>"; `what` is a sentence of the
  /// catalogue that follows the key ("error.field.*": "is required", "must be true or false").
  [[nodiscard]] Error bad(const std::string& key, const Phrase& what) const;
  /// A key that does not fit: RequestKeyError "… <key> <what>".
  [[nodiscard]] RequestKeyError misplaced(const std::string& key, const Phrase& what) const;
  /// `key` as the front end spells it: "key" in JSON, --key on the command line.
  [[nodiscard]] std::string name(const std::string& key) const;
  /// A switch as it is given: "key": true in JSON, --key on the command line.
  [[nodiscard]] std::string switched_on(const std::string& key) const;
  [[nodiscard]] RequestSyntax syntax() const { return syntax_; }

 private:
  const nlohmann::json* find(const std::string& key);
  [[nodiscard]] Phrase where(const std::string& key) const;
  Decimal decimal_of(const std::string& key, const nlohmann::json& value) const;
  Decimal amount_of(const std::string& key, const nlohmann::json& value) const;
  int integer_of(const std::string& key, const nlohmann::json& value) const;

  const nlohmann::json& request_;
  std::string command_;
  RequestSyntax syntax_;
  std::set<std::string> used_;
  std::function<void(const std::string& key, const CsvText& csv)> csv_observer_;
};

/// The text of the file at `path` (a CSV input of the command line): Error(io) saying why it cannot be
/// read, Error(invalid_argument) naming the line when it is not UTF-8.
[[nodiscard]] std::string file_text(const std::string& path);

/// A CSV input that JSON may also give inline: the CSV (text under `key` + "_csv" in JSON, a file
/// path under `key` on the command line), or nothing when JSON gives `key` inline (the caller reads
/// that). Both or neither is a RequestKeyError.
[[nodiscard]] std::optional<CsvText> one_form_of(RequestFields& fields, const std::string& key);

}  // namespace wkr::detail
