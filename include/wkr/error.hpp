// wkr — the one exception type of the library.
//
// Every failure the library reports is a wkr::Error with a stable code (the C API maps each code to
// a WKR_E_* status with the same number), a message that says what was wrong and what would be
// right, and — for data files — where: file:line:column. A message made of a Phrase (a sentence of
// the catalogue with its arguments, wkr/phrase.hpp) reads in Dutch and English: message(language);
// what() is always the English.
#pragma once

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>

namespace wkr {

enum class Language;  // wkr/phrase.hpp
class Phrase;         // wkr/phrase.hpp

/// Stable error codes. Never renumber: the C ABI exposes these values.
enum class ErrorCode : int {
  invalid_argument = 1,  ///< a caller passed a value the rule does not accept (negative amount, …)
  parse = 2,             ///< text that should be a decimal, date or rounding mode is not one
  overflow = 3,          ///< a result does not fit the 128-bit significand
  data = 4,              ///< a parameter table is malformed (unknown key, duplicate date, …)
  not_covered = 5,       ///< the tables have no value for the year or date asked
  io = 6,                ///< a file or directory could not be read
  division_by_zero = 7,  ///< a division whose divisor is zero
};

/// Where in a data file something was found (1-based line and column; 0 when unknown).
struct SourceLocation {
  std::string file;
  int line = 0;
  int column = 0;

  /// "file:line:column", or just the file name when the position is unknown.
  [[nodiscard]] std::string to_string() const {
    if (line <= 0) return file;
    return file + ":" + std::to_string(line) + ":" + std::to_string(column);
  }
};

class Error : public std::runtime_error {
 public:
  /// A message of the catalogue (src/phrases.cpp), in either language: say("error.KEY", args…).
  Error(ErrorCode code, const Phrase& message);
  /// An error in a data file: the message is prefixed with "file:line:column: ".
  Error(ErrorCode code, const Phrase& message, SourceLocation where);

  /// A message in English only (not yet in the catalogue).
  Error(ErrorCode code, const std::string& message) : std::runtime_error(message), code_(code) {}
  Error(ErrorCode code, const char* message) : std::runtime_error(message), code_(code) {}
  Error(ErrorCode code, const std::string& message, SourceLocation where)
      : std::runtime_error(where.to_string() + ": " + message), code_(code), where_(std::move(where)) {}
  Error(ErrorCode code, const char* message, SourceLocation where)
      : Error(code, std::string(message), std::move(where)) {}

  [[nodiscard]] ErrorCode code() const noexcept { return code_; }
  [[nodiscard]] const std::optional<SourceLocation>& where() const noexcept { return where_; }
  /// The message in `language` (with its file:line:column). English, and a message not in the
  /// catalogue, is what().
  [[nodiscard]] std::string message(Language language) const;
  /// The whole message (with its file:line:column) as a Phrase, to put inside another sentence when
  /// the error is re-thrown with more context: the catalogue's sentence, or the English-only text.
  [[nodiscard]] Phrase phrase() const;

 private:
  ErrorCode code_;
  std::optional<SourceLocation> where_;
  std::shared_ptr<const Phrase> phrase_;  // null for an English-only message
};

}  // namespace wkr
