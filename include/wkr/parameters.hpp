// wkr — dated parameter tables: the law's numbers, each with its date, unit and legal reference.
//
// The tables live as YAML under data/nl/ (schema: docs/parameters.md). They are compiled into the
// library as the embedded default, so Parameters::embedded() works with no files present; a
// directory of newer tables is layered on top at run time by Parameters::with_directory() — a
// new year needs no rebuild. Loading is strict: an unknown key, a duplicate date, a value that is
// not a plain decimal or a missing reference is an Error naming file:line:column. Looking up a
// year the tables do not cover is an Error naming the year; no value is ever carried over.
//
// A Parameters object is immutable and cheap to copy (it shares its tables); any number of
// threads may use it at once.
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "wkr/decimal.hpp"
#include "wkr/error.hpp"

namespace wkr {

/// What a parameter measures. The unit also fixes the shape of its values in the YAML:
/// `brackets:` for marginal_rates, `rounding:` for rounding, `value:` for the rest.
enum class Unit {
  ratio,           ///< a fraction: 0.80 is 80%
  eur,             ///< an amount in euro
  eur_per_day,     ///< euro per (home-working) day
  eur_per_km,      ///< euro per kilometre
  days,            ///< a number of days
  weeks,           ///< a number of weeks
  km,              ///< a distance in kilometres
  period,          ///< a return period (aangiftetijdvak) number
  marginal_rates,  ///< brackets of an amount in euro, each with the rate above its lower bound
  rounding,        ///< a rounding rule: decimals and mode
  flag,            ///< a yes/no rule of the law in force from a date: 0 (no) or 1 (yes)
  months,          ///< a number of calendar months
};

/// The YAML spelling of a unit ("eur_per_km", …).
[[nodiscard]] std::string_view to_string(Unit unit);

/// One bracket of a marginal-rate schedule: `rate` applies to the part of the amount above `from`
/// (up to the next bracket's `from`).
struct Bracket {
  Decimal from;
  Decimal rate;
};

/// A rounding rule from the tables, e.g. {0, floor}: whole euros, rounded down.
struct RoundingRule {
  int decimals = 2;
  Rounding mode = Rounding::half_up;

  [[nodiscard]] Decimal apply(const Decimal& value) const { return value.rounded(decimals, mode); }
};

using ParameterValue = std::variant<Decimal, std::vector<Bracket>, RoundingRule>;

/// One dated value of a parameter, with where it came from.
struct DatedValue {
  std::chrono::year_month_day effective_from;
  ParameterValue value;
  std::string reference;   ///< the legal reference (law article, Kamerstuk, Handboek §)
  std::string source;      ///< where the figure was confirmed (optional)
  std::string confidence;  ///< "official", "secondary" or "unconfirmed" (optional)
  std::string note;        ///< anything a reader should know (optional)
  SourceLocation where;    ///< file:line:column of the value in its YAML file
};

/// A parameter: its values by date and the last day the tables vouch for.
struct Parameter {
  std::string name;
  Unit unit = Unit::ratio;
  std::string description;
  std::chrono::year_month_day covered_until;
  std::vector<DatedValue> values;  ///< ascending by effective_from
};

/// A YAML text and the name it is reported under (a file path, or "embedded:nl/x.yaml").
struct TableSource {
  std::string name;
  std::string text;
};

/// What a result was computed with: the library version and a SHA-256 digest of the exact bytes
/// of every table file loaded, in load order — the same files give the same digest.
struct Receipt {
  std::string library_version;
  std::string parameters_digest;     ///< hex SHA-256
  std::vector<std::string> sources;  ///< the table files, in load order
};

/// The value of a parameter that applies to a year, with everything an explanation cites.
struct ParameterUse {
  const Parameter* parameter = nullptr;
  const DatedValue* entry = nullptr;

  [[nodiscard]] const std::string& name() const { return parameter->name; }
  [[nodiscard]] const ParameterValue& value() const { return entry->value; }
};

class Parameters {
 public:
  /// The tables compiled into the library (data/nl at build time). Loaded once per process.
  static Parameters embedded();

  /// The embedded tables with every *.yaml file of `directory` layered on top (file names in
  /// sorted order): a value for a new date is added, a value for an existing date replaces it, and
  /// the coverage extends to the latest `until`. Throws Error(io) or Error(data).
  static Parameters with_directory(const std::filesystem::path& directory);

  /// Builds tables from layers of sources: layer 0 is the base, each later layer overrides. Within
  /// a layer a parameter may be defined by one file only. Used by the two constructors above and
  /// by tests.
  static Parameters from_layers(const std::vector<std::vector<TableSource>>& layers);

  /// The value of `name` for calendar year `year`. Throws Error(not_covered) naming the year and
  /// the covered years when the tables do not cover the whole year, or when the value changes
  /// within the year (ask by date then); Error(invalid_argument) for an unknown name.
  [[nodiscard]] ParameterUse at_year(std::string_view name, int year) const;

  /// The value of `name` on `date`; the same errors.
  [[nodiscard]] ParameterUse at_date(std::string_view name, std::chrono::year_month_day date) const;

  /// Typed shorthands: the value for `year`, or Error(data) if the parameter has another shape.
  [[nodiscard]] const Decimal& number(std::string_view name, int year) const;
  [[nodiscard]] const std::vector<Bracket>& brackets(std::string_view name, int year) const;
  [[nodiscard]] const RoundingRule& rounding(std::string_view name, int year) const;

  /// Every parameter, sorted by name.
  [[nodiscard]] const std::vector<Parameter>& all() const;
  [[nodiscard]] const Receipt& receipt() const;

  struct Tables;  // the loaded tables; defined in src/parameters.cpp

 private:
  explicit Parameters(std::shared_ptr<const Tables> tables) : tables_(std::move(tables)) {}
  std::shared_ptr<const Tables> tables_;
};

/// The parameters this library version reads, with their units. A table file that defines any
/// other name is rejected (a typo must not silently drop a value); one missing from the loaded
/// tables is an error too.
struct ParameterSpec {
  std::string_view name;
  Unit unit;
};
[[nodiscard]] const std::vector<ParameterSpec>& parameter_catalog();

/// "2026-01-01".
[[nodiscard]] std::string to_string(std::chrono::year_month_day date);

}  // namespace wkr
