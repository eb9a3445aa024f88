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

#include <array>
#include <chrono>
#include <filesystem>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include "wkr/date.hpp"
#include "wkr/decimal.hpp"
#include "wkr/error.hpp"
#include "wkr/parameter_names.hpp"

namespace wkr {

/// The YAML spelling of a unit ("eur_per_km", …).
[[nodiscard]] std::string_view to_string(Unit unit);

/// One bracket of a marginal-rate schedule: `rate` applies to the part of the amount above `from`
/// (up to the next bracket's `from`).
struct Bracket {
  Decimal from;
  Decimal rate;
  /// The schedule's exact sum at `from`: Σ rate × width over the brackets below. Not a figure of
  /// the tables but derived from them once, when they are loaded (fill_bases), so that the sum at
  /// any amount is one product and one addition (detail::apply_brackets).
  Decimal base{};
};

/// Sets every bracket's `base` from the ones below it. Exact, and added in the order a sum over
/// the brackets adds them, so the base carries the same value and decimals as that sum.
inline void fill_bases(std::vector<Bracket>& brackets) {
  for (std::size_t i = 0; i < brackets.size(); ++i) {
    brackets[i].base =
        i == 0 ? Decimal() : brackets[i - 1].base + brackets[i - 1].rate * (brackets[i].from - brackets[i - 1].from);
  }
}

/// A rounding rule from the tables, e.g. {0, floor}: whole euros, rounded down.
struct RoundingRule {
  int decimals = 2;
  Rounding mode = Rounding::half_up;

  [[nodiscard, gnu::always_inline]] Decimal apply(const Decimal& value) const { return value.rounded(decimals, mode); }
};

using ParameterValue = std::variant<Decimal, std::vector<Bracket>, RoundingRule>;

/// A text the tables give in Dutch and in English (a value's note); the reader's language picks one.
struct TableText {
  std::string nl;
  std::string en;

  [[nodiscard]] bool empty() const noexcept { return nl.empty() && en.empty(); }
};

/// One dated value of a parameter, with where it came from.
struct DatedValue {
  std::chrono::year_month_day effective_from;
  ParameterValue value;
  std::string reference;   ///< the legal reference (law article, Kamerstuk, Handboek §): a citation only
  std::string source;      ///< where the figure was confirmed (optional): citations only
  std::string confidence;  ///< "official", "secondary" or "unconfirmed" (optional)
  TableText note;          ///< what a reader should know, in Dutch and English (optional)
  SourceLocation where;    ///< file:line:column of the value in its YAML file
};

/// A parameter value as an explanation cites it, copied out of the tables so an explanation
/// outlives them. The tables prepare one for every dated value when they are loaded, so a rule that
/// explains copies it and formats nothing (describe() in explanation.hpp).
struct UsedParameter {
  std::string name;
  std::string value;  ///< "0.80"; "0 → 0.02, 400000 → 0.0118" for brackets; "2 decimals, floor"
  std::string unit;
  std::string effective_from;
  std::string reference;
  std::string source;
  std::string confidence;
  std::string location;  ///< file:line:column in the table file
  ParameterValue typed_value{};   ///< the value itself, for rendering it per language
  Unit typed_unit = Unit::ratio;  ///< the unit itself
  TableText note{};               ///< the value's note in both languages (empty when it has none)
};

/// A citation as an explanation holds it: shared, immutable. The tables make one for each dated
/// value when they load, and every explanation that cites the value shares it — an explained call
/// copies a pointer, not the citation's strings.
using CitedParameter = std::shared_ptr<const UsedParameter>;

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

/// A value of a later table layer (a --data directory) for a date an earlier layer (the embedded
/// tables) already gave a value: the later one is used, and the receipt says so (docs/limits.md).
struct TableOverride {
  std::string parameter;
  std::string effective_from;  ///< YYYY-MM-DD
  std::string replaced;        ///< file:line:column of the value no longer used
  std::string by;              ///< file:line:column of the value used instead
};

/// What a result was computed with: the library version and a SHA-256 digest of the exact bytes
/// of every table file loaded, in load order — the same files give the same digest.
struct Receipt {
  std::string library_version;
  std::string parameters_digest;         ///< hex SHA-256
  std::vector<std::string> sources;      ///< the table files, in load order
  std::vector<TableOverride> overrides;  ///< values of a later layer that replace an earlier layer's
};

/// Whether a table directory may replace a value the embedded tables give for the same date.
enum class TableOverrides {
  allow,   ///< it may; the receipt and the explanation list every replaced value
  refuse,  ///< Error(data) naming the first replaced value (the command's --strict-data)
};

/// The value of a parameter that applies to a year, with everything an explanation cites.
struct ParameterUse {
  const Parameter* parameter = nullptr;
  const DatedValue* entry = nullptr;
  const CitedParameter* cited = nullptr;  ///< the entry as an explanation cites it

  [[nodiscard]] const std::string& name() const { return parameter->name; }
  [[nodiscard]] const ParameterValue& value() const { return entry->value; }
};

/// The value type of a unit in the year tables: brackets, a rounding rule, a yes/no, or a number.
template <Unit U>
using ValueOf = std::conditional_t<
    U == Unit::marginal_rates, std::vector<Bracket>,
    std::conditional_t<U == Unit::rounding, RoundingRule, std::conditional_t<U == Unit::flag, bool, Decimal>>>;

/// Every parameter's value for one calendar year, resolved once when the tables are loaded: a rule
/// reads `table[param::final_levy_rate]` — an array index, no search by name. A parameter that the
/// tables do not cover for the year (or that changes within it) is an Error(not_covered) naming
/// it when a rule reads it; the other values of the year stay usable.
class YearTable {
 public:
  [[nodiscard]] int year() const noexcept { return year_; }

  /// The value of `key` for this year (const reference, or bool for a flag).
  template <Unit U>
  [[nodiscard, gnu::always_inline]] decltype(auto) operator[](ParameterKey<U> key) const {
    const DatedValue& entry = *use(key.id).entry;
    if constexpr (U == Unit::marginal_rates) {
      return std::get<std::vector<Bracket>>(entry.value);
    } else if constexpr (U == Unit::rounding) {
      return std::get<RoundingRule>(entry.value);
    } else if constexpr (U == Unit::flag) {
      return !std::get<Decimal>(entry.value).is_zero();  // 0 or 1, checked when loaded
    } else {
      return std::get<Decimal>(entry.value);
    }
  }

  /// The parameter and its dated value, for an explanation.
  template <Unit U>
  [[nodiscard]] ParameterUse use(ParameterKey<U> key) const {
    return use(key.id);
  }
  [[nodiscard, gnu::always_inline]] ParameterUse use(ParameterId id) const {
    const Slot& slot = slots_[static_cast<std::size_t>(id)];
    if (slot.entry == nullptr) [[unlikely]] {
      throw_not_covered(id);
    }
    return ParameterUse{slot.parameter, slot.entry, slot.cited};
  }

  /// Whether the tables give `key` a value for the whole year. For a statistic (emission
  /// factors), which may be absent from a covered year: a rule reports it as not available.
  template <Unit U>
  [[nodiscard]] bool covers(ParameterKey<U> key) const noexcept {
    return slots_[static_cast<std::size_t>(key.id)].entry != nullptr;
  }

  struct Slot {
    const Parameter* parameter = nullptr;
    const DatedValue* entry = nullptr;  ///< null when the tables do not cover the whole year
    const CitedParameter* cited = nullptr;
  };

 private:
  friend class Parameters;
  /// Why `id` has no value for this year, as the error at_year() would give.
  [[nodiscard]] Error not_covered(ParameterId id) const;
  /// Throws not_covered(id): out of line, so the inlined use() carries a call, not the throw.
  [[noreturn, gnu::cold]] void throw_not_covered(ParameterId id) const;

  int year_ = 0;
  std::array<Slot, parameter_count> slots_{};
  std::optional<ParameterId> first_missing_;  ///< the first parameter without a value for the year
};

class Parameters {
 public:
  /// The tables compiled into the library (data/nl at build time). Loaded once per process.
  static Parameters embedded();

  /// The embedded tables with every *.yaml file of `directory` layered on top (file names in
  /// sorted order): a value for a new date is added, a value for an existing date replaces it, and
  /// the coverage extends to the latest `until`. Throws Error(io) or Error(data).
  static Parameters with_directory(const std::filesystem::path& directory,
                                   TableOverrides overrides = TableOverrides::allow);

  /// These tables with `overlay` layered on top (as with_directory does with a directory's files).
  [[nodiscard]] Parameters with_overlay(const std::vector<TableSource>& overlay,
                                        TableOverrides overrides = TableOverrides::allow) const;

  /// Every problem with_directory(directory) would meet, each an Error(data) naming file:line:column
  /// (one per parameter, and per file when the file cannot be read as a table) — not only the
  /// first; empty when the directory loads. Throws Error(io) when the directory cannot be read.
  /// What `wkr params --check DIR` reports for next year's figures before they are used.
  [[nodiscard]] static std::vector<Error> check_directory(const std::filesystem::path& directory);
  /// The same for an overlay of these tables.
  [[nodiscard]] std::vector<Error> check_overlay(const std::vector<TableSource>& overlay) const;

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

  /// Every parameter's value for `year`, resolved when the tables were loaded. Throws
  /// Error(not_covered) naming the year and the covered years when no parameter covers it; a
  /// parameter that does not cover it throws when it is read (YearTable).
  [[nodiscard]] const YearTable& year(int year) const;

  /// The first and the last calendar year that year() answers for ("they cover 2015–2026").
  struct YearRange {
    int first = 0;
    int last = 0;
  };
  [[nodiscard]] YearRange covered_years() const;

  /// year(), for a rule that needs no particular figure but must not answer for a year the tables
  /// do not cover completely: Error(not_covered) naming the first parameter without a value.
  /// Statistics (WKR_STATISTICS: emission factors) do not count: they are not law.
  [[nodiscard]] const YearTable& require_year(int year) const;

  /// Typed shorthands: the value for `year`, or Error(data) if the parameter has another shape.
  [[nodiscard]] const Decimal& number(std::string_view name, int year) const;
  [[nodiscard]] const std::vector<Bracket>& brackets(std::string_view name, int year) const;
  [[nodiscard]] const RoundingRule& rounding(std::string_view name, int year) const;

  /// Every parameter, sorted by name.
  [[nodiscard]] std::span<const Parameter* const> all() const;
  [[nodiscard]] const Receipt& receipt() const;
  /// The receipt as an explanation holds it: shared with these tables, so explaining copies no string.
  [[nodiscard]] const std::shared_ptr<const Receipt>& shared_receipt() const;

  struct Tables;  // the loaded tables; defined in src/parameters.cpp

 private:
  explicit Parameters(std::shared_ptr<const Tables> tables) : tables_(std::move(tables)) {}
  /// Tables of `base`'s parameters (none: of no tables) with those of `changed` added or replaced.
  static Parameters finish(std::map<std::string, Parameter> changed, const Tables* base, Receipt receipt,
                           std::shared_ptr<const std::vector<TableSource>> sources);
  std::shared_ptr<const Tables> tables_;
};

/// The parameters this library version reads, with their units. A table file that defines any
/// other name is rejected (a typo must not silently drop a value); one missing from the loaded
/// tables is an error too.
struct ParameterSpec {
  ParameterId id;
  std::string_view name;
  Unit unit;
};
[[nodiscard]] const std::vector<ParameterSpec>& parameter_catalog();


}  // namespace wkr
