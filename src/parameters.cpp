// Loading, validating, layering and looking up the parameter tables (schema: docs/parameters.md).
#include "wkr/parameters.hpp"
#include "wkr/phrase.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <limits>
#include <map>
#include <set>
#include <sstream>

#include "parameter_tables.hpp"
#include "sha256.hpp"
#include "wkr/limits.hpp"
#include "wkr/version.hpp"
#include "yaml_errors.hpp"

namespace wkr {


std::string_view to_string(Unit unit) {
  switch (unit) {
    case Unit::ratio: return "ratio";
    case Unit::eur: return "eur";
    case Unit::eur_per_day: return "eur_per_day";
    case Unit::eur_per_km: return "eur_per_km";
    case Unit::days: return "days";
    case Unit::weeks: return "weeks";
    case Unit::km: return "km";
    case Unit::period: return "period";
    case Unit::marginal_rates: return "marginal_rates";
    case Unit::rounding: return "rounding";
    case Unit::flag: return "flag";
    case Unit::months: return "months";
    case Unit::kg_co2e_per_km: return "kg_co2e_per_km";
    case Unit::count: return "count";
    case Unit::number: return "number";
    case Unit::eur_whole: return "eur_whole";
  }
  return "?";
}

std::string to_string(std::chrono::year_month_day date) {
  const int year = static_cast<int>(date.year());
  const auto month = static_cast<unsigned>(date.month());
  const auto day = static_cast<unsigned>(date.day());
  if (year < 0 || year > 9999) {
    // Outside the years a table can hold (the limits refuse them): only for a message.
    const auto two = [](unsigned value) { return (value < 10 ? "0" : "") + std::to_string(value); };
    return std::to_string(year) + "-" + two(month) + "-" + two(day);
  }
  // By hand rather than with snprintf: an explanation formats a date for every figure it cites.
  std::string text = "0000-00-00";
  const auto digit = [](unsigned value) { return static_cast<char>('0' + value % 10); };
  const auto y = static_cast<unsigned>(year);
  text[0] = digit(y / 1000);
  text[1] = digit(y / 100);
  text[2] = digit(y / 10);
  text[3] = digit(y);
  text[5] = digit(month / 10);
  text[6] = digit(month);
  text[8] = digit(day / 10);
  text[9] = digit(day);
  return text;
}

namespace {

constexpr Unit all_units[] = {Unit::ratio,  Unit::eur,    Unit::eur_per_day,    Unit::eur_per_km,
                              Unit::days,   Unit::weeks,  Unit::km,             Unit::period,
                              Unit::marginal_rates, Unit::rounding, Unit::flag, Unit::months,
                              Unit::kg_co2e_per_km};

/// Runs `check`: an Error it throws goes into `problems` when they are collected (not null), and
/// on to the caller otherwise. How `wkr params --check` lists every problem of a table set.
template <class Check>
void collecting(std::vector<Error>* problems, Check&& check) {
  if (problems == nullptr) {
    check();
    return;
  }
  try {
    check();
  } catch (const Error& e) {
    problems->push_back(e);
  }
}

// ---- reading one YAML file -------------------------------------------------------------------

// The table reader: one YAML table file (docs/parameters.md has the schema) read into Parameter
// records, strictly. An unknown or missing key, a key twice, a malformed date or decimal, a
// negative value, a value without its reference and malformed brackets or rounding are each an
// Error(data) with the file:line:column of the node; decimals are taken from the scalar's text,
// never through a double. What needs more than one file (a parameter defined by two files of a
// layer, the catalogue's names and units) and the range a unit allows are checked when the layers
// are merged, below.
class FileReader {
 public:
  /// `problems`: collect the problem of each parameter and go on with the next (null: throw the first).
  FileReader(const TableSource& source, std::vector<Error>* problems) : source_(source), problems_(problems) {}

  /// The parameters defined in the file, in file order.
  std::vector<Parameter> read() {
    YAML::Node root;
    try {
      root = YAML::Load(source_.text);
    } catch (const YAML::ParserException& e) {
      throw Error(ErrorCode::data, detail::yaml_syntax_error(e.msg), at(e.mark));
    }
    const Phrase file = say("tables.a_table_file");
    if (!root.IsMap()) throw Error(ErrorCode::data, say("error.tables.file_shape"), at(root.Mark()));
    check_keys(root, {"description", "parameters"}, file);
    const YAML::Node parameters = required(root, "parameters", file);
    if (!parameters.IsMap()) throw Error(ErrorCode::data, say("error.tables.parameters_shape"), at(parameters.Mark()));
    std::vector<Parameter> out;
    std::set<std::string> seen;
    for (const auto& item : parameters) {
      collecting(problems_, [&] {
        const std::string name = scalar(item.first, say("tables.a_parameter_name"));
        if (!seen.insert(name).second) {
          throw Error(ErrorCode::data, say("error.tables.parameter_twice_in_file", name), at(item.first.Mark()));
        }
        out.push_back(read_parameter(name, item.first, item.second));
      });
    }
    return out;
  }

 private:
  SourceLocation at(const YAML::Mark& mark) const {
    if (mark.is_null()) return {source_.name, 0, 0};
    return {source_.name, mark.line + 1, mark.column + 1};
  }

  std::string scalar(const YAML::Node& node, const Phrase& what) const {
    if (!node.IsScalar()) throw Error(ErrorCode::data, say("error.tables.not_scalar", what), at(node.Mark()));
    return node.Scalar();
  }

  YAML::Node required(const YAML::Node& map, const char* key, const Phrase& context) const {
    const YAML::Node node = map[key];
    if (!node || node.IsNull()) {
      throw Error(ErrorCode::data, say("error.tables.key_required", context, key), at(map.Mark()));
    }
    return node;
  }

  /// Rejects keys outside `allowed` (a typo must not silently drop a value) and duplicate keys.
  void check_keys(const YAML::Node& map, std::initializer_list<std::string_view> allowed, const Phrase& context) const {
    std::set<std::string> seen;
    for (const auto& item : map) {
      const std::string key = scalar(item.first, say("tables.a_key"));
      if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
        throw Error(ErrorCode::data, say("error.tables.unknown_key", key, context, detail::quoted_keys(allowed)),
                    at(item.first.Mark()));
      }
      if (!seen.insert(key).second) {
        throw Error(ErrorCode::data, say("error.tables.key_twice", key, context), at(item.first.Mark()));
      }
    }
  }

  /// A decimal read from the node's text; the reason it is not one after `what` ("'rate': …").
  Decimal decimal(const YAML::Node& node, const Phrase& what) const {
    const std::string text = scalar(node, what);
    try {
      return Decimal::parse(text);
    } catch (const Error& e) {
      throw Error(ErrorCode::data, what + ": " + e.phrase(), at(node.Mark()));
    }
  }

  std::chrono::year_month_day date(const YAML::Node& node, const Phrase& what) const {
    const std::string text = scalar(node, what);
    try {
      return parse_date(text);
    } catch (const Error&) {
      throw Error(ErrorCode::data, say("error.tables.not_a_date", what, text), at(node.Mark()));
    }
  }

  Unit unit(const YAML::Node& node) const {
    const std::string text = scalar(node, "'unit'");
    for (Unit u : all_units) {
      if (text == to_string(u)) return u;
    }
    std::string list;
    for (Unit u : all_units) list += (list.empty() ? "" : ", ") + std::string(to_string(u));
    throw Error(ErrorCode::data, say("error.tables.unknown_unit", text, list), at(node.Mark()));
  }

  /// A note in both languages: {nl: TEXT, en: TEXT}, neither empty.
  TableText note(const YAML::Node& node) const {
    if (!node.IsMap()) throw Error(ErrorCode::data, say("error.tables.note_shape"), at(node.Mark()));
    const Phrase context = "'note'";
    check_keys(node, {"nl", "en"}, context);
    TableText text;
    text.nl = scalar(required(node, "nl", context), "'nl'");
    text.en = scalar(required(node, "en", context), "'en'");
    if (text.nl.empty() || text.en.empty()) {
      throw Error(ErrorCode::data, say("error.tables.note_shape"), at(node.Mark()));
    }
    return text;
  }

  Parameter read_parameter(const std::string& name, const YAML::Node& key, const YAML::Node& body) {
    const Phrase context = say("tables.parameter", name);
    if (!body.IsMap()) throw Error(ErrorCode::data, say("error.tables.parameter_shape", context), at(key.Mark()));
    check_keys(body, {"description", "unit", "until", "values"}, context);
    Parameter p;
    p.name = name;
    p.unit = unit(required(body, "unit", context));
    p.covered_until = date(required(body, "until", context), "'until'");
    if (body["description"]) p.description = scalar(body["description"], "'description'");
    const YAML::Node values = required(body, "values", context);
    if (!values.IsMap() || values.size() == 0) {
      throw Error(ErrorCode::data, say("error.tables.values_shape", context), at(values.Mark()));
    }
    for (const auto& item : values) {
      DatedValue v = read_value(p, item.first, item.second);
      for (const DatedValue& earlier : p.values) {
        if (earlier.effective_from == v.effective_from) {
          throw Error(
              ErrorCode::data,
              say("error.tables.date_twice", to_string(v.effective_from), context, std::to_string(earlier.where.line)),
              at(item.first.Mark()));
        }
      }
      p.values.push_back(std::move(v));
    }
    std::sort(p.values.begin(), p.values.end(),
              [](const DatedValue& a, const DatedValue& b) { return a.effective_from < b.effective_from; });
    if (p.values.back().effective_from > p.covered_until) {
      throw Error(ErrorCode::data,
                  say("error.tables.until_too_early", context, to_string(p.values.back().effective_from),
                      to_string(p.covered_until)),
                  at(body["until"].Mark()));
    }
    return p;
  }

  DatedValue read_value(const Parameter& p, const YAML::Node& key, const YAML::Node& body) {
    DatedValue v;
    v.effective_from = date(key, say("tables.an_effective_date"));
    v.where = at(key.Mark());
    const Phrase context = say("tables.value_of", p.name, to_string(v.effective_from));
    if (!body.IsMap()) throw Error(ErrorCode::data, say("error.tables.value_shape", context), at(key.Mark()));
    const char* value_key = p.unit == Unit::marginal_rates ? "brackets"
                            : p.unit == Unit::rounding     ? "rounding"
                                                           : "value";
    check_keys(body, {value_key, "reference", "source", "confidence", "note"},
               say("tables.with_unit", context, std::string(to_string(p.unit))));
    const YAML::Node value = required(body, value_key, context);
    if (p.unit == Unit::marginal_rates) {
      v.value = read_brackets(value, context);
    } else if (p.unit == Unit::rounding) {
      v.value = read_rounding(value, context);
    } else {
      Decimal number = decimal(value, context);
      if (number.is_negative()) throw Error(ErrorCode::data, say("error.tables.negative", context), at(value.Mark()));
      v.value = std::move(number);
    }
    v.reference = scalar(required(body, "reference", context), "'reference'");
    if (v.reference.empty())
      throw Error(ErrorCode::data, say("error.tables.reference_empty", context), at(body.Mark()));
    if (body["source"]) v.source = scalar(body["source"], "'source'");
    if (body["note"]) v.note = note(body["note"]);
    if (body["confidence"]) {
      v.confidence = scalar(body["confidence"], "'confidence'");
      if (v.confidence != "official" && v.confidence != "secondary" && v.confidence != "unconfirmed") {
        throw Error(ErrorCode::data, say("error.tables.confidence", v.confidence), at(body["confidence"].Mark()));
      }
    }
    return v;
  }

  std::vector<Bracket> read_brackets(const YAML::Node& node, const Phrase& context) {
    if (!node.IsSequence() || node.size() == 0) {
      throw Error(ErrorCode::data, say("error.tables.brackets_shape", context), at(node.Mark()));
    }
    const Phrase bracket = say("tables.a_bracket");
    std::vector<Bracket> out;
    for (const auto& item : node) {
      if (!item.IsMap()) throw Error(ErrorCode::data, say("error.tables.bracket_shape"), at(item.Mark()));
      check_keys(item, {"from", "rate"}, bracket);
      Bracket b{decimal(required(item, "from", bracket), "'from'"), decimal(required(item, "rate", bracket), "'rate'")};
      if (out.empty() && !b.from.is_zero()) {
        throw Error(ErrorCode::data, say("error.tables.first_bracket"), at(item.Mark()));
      }
      if (!out.empty() && !(out.back().from < b.from)) {
        throw Error(ErrorCode::data, say("error.tables.brackets_go_up"), at(item.Mark()));
      }
      if (b.rate.is_negative()) throw Error(ErrorCode::data, say("error.tables.bracket_negative"), at(item.Mark()));
      out.push_back(std::move(b));
    }
    fill_bases(out);
    return out;
  }

  RoundingRule read_rounding(const YAML::Node& node, const Phrase& context) {
    if (!node.IsMap()) throw Error(ErrorCode::data, say("error.tables.rounding_shape", context), at(node.Mark()));
    const Phrase rule_context = say("tables.a_rounding_rule");
    check_keys(node, {"decimals", "mode"}, rule_context);
    const YAML::Node decimals = required(node, "decimals", rule_context);
    const Decimal d = decimal(decimals, "'decimals'");
    if (d.scale() != 0 || d.is_negative() || d > Decimal::from_integer(Decimal::max_scale)) {
      throw Error(ErrorCode::data, say("error.tables.rounding_decimals"), at(decimals.Mark()));
    }
    const YAML::Node mode = required(node, "mode", rule_context);
    RoundingRule rule;
    rule.decimals = static_cast<int>(d.coefficient());
    try {
      rule.mode = parse_rounding(scalar(mode, "'mode'"));
    } catch (const Error& e) {
      throw Error(ErrorCode::data, e.phrase(), at(mode.Mark()));
    }
    return rule;
  }

  const TableSource& source_;
  std::vector<Error>* problems_;
};

// ---- layering -------------------------------------------------------------------------------

const ParameterSpec* spec_for(std::string_view name) {
  for (const ParameterSpec& spec : parameter_catalog()) {
    if (spec.name == name) return &spec;
  }
  return nullptr;
}

/// Layers `layer` over `merged`; a value for a date `merged` already has replaces it and is listed
/// in `overrides`. `problems`: collect every problem instead of throwing the first.
/// Merges `layer` into `merged`; a parameter of the `lower` tables the layer changes is copied into
/// `merged` first (the others stay in `lower`, shared).
void merge_layer(std::map<std::string, Parameter>& merged, const std::vector<TableSource>& layer,
                 std::vector<TableOverride>& overrides, std::vector<Error>* problems = nullptr,
                 const Parameters::Tables* lower = nullptr) {
  std::map<std::string, std::string> defined_in;  // parameter → file, within this layer
  for (const TableSource& source : layer) {
    std::vector<Parameter> read;
    collecting(problems, [&] { read = FileReader(source, problems).read(); });
    for (Parameter& p : read) {
      collecting(problems, [&] {
        const SourceLocation where = p.values.front().where;
        const ParameterSpec* spec = spec_for(p.name);
        if (spec == nullptr) {
          throw Error(ErrorCode::data, say("error.tables.unknown_parameter", p.name), where);
        }
        if (spec->unit != p.unit) {
          throw Error(ErrorCode::data,
                      say("error.tables.wrong_unit", p.name, std::string(to_string(spec->unit)),
                          std::string(to_string(p.unit))),
                      where);
        }
        if (auto [it, fresh] = defined_in.emplace(p.name, source.name); !fresh) {
          throw Error(ErrorCode::data, say("error.tables.parameter_in_two_files", p.name, it->second), where);
        }
        auto existing = merged.find(p.name);
        if (existing == merged.end() && lower != nullptr) {
          if (const Parameter* in_base = lower->find(p.name)) existing = merged.emplace(p.name, *in_base).first;
        }
        if (existing == merged.end()) {
          merged.emplace(p.name, std::move(p));
          return;
        }
        Parameter& base = existing->second;
        if (!p.description.empty()) base.description = p.description;
        base.covered_until = std::max(base.covered_until, p.covered_until);
        for (DatedValue& v : p.values) {
          auto same = std::find_if(base.values.begin(), base.values.end(),
                                   [&](const DatedValue& b) { return b.effective_from == v.effective_from; });
          if (same != base.values.end()) {
            overrides.push_back({base.name, to_string(v.effective_from), same->where.to_string(), v.where.to_string()});
            *same = std::move(v);
          } else {
            base.values.push_back(std::move(v));
          }
        }
        std::sort(base.values.begin(), base.values.end(),
                  [](const DatedValue& a, const DatedValue& b) { return a.effective_from < b.effective_from; });
      });
    }
  }
}

std::string covered_years(const Parameter& p) {
  return std::to_string(static_cast<int>(p.values.front().effective_from.year())) + "–" +
         std::to_string(static_cast<int>(p.covered_until.year()));
}

// ---- checks by unit and the year tables --------------------------------------------------------

/// Values whose unit promises more than "a decimal ≥ 0": a flag is 0 or 1, a return period a whole
/// number from 1 to 13, a number of months a whole number from 0 to 12.
void check_unit_values(const Parameter& p) {
  for (const DatedValue& v : p.values) {
    const auto* number = std::get_if<Decimal>(&v.value);
    if (number == nullptr) continue;
    const auto whole_in = [&](int low, int high) {
      return number->rounded(0, Rounding::toward_zero) == *number && !(*number < Decimal::from_integer(low)) &&
             !(Decimal::from_integer(high) < *number);
    };
    const char* rule = nullptr;
    if (p.unit == Unit::flag && !whole_in(0, 1)) rule = "tables.rule.flag";
    if (p.unit == Unit::period && !whole_in(1, 13)) rule = "tables.rule.period";
    if (p.unit == Unit::months && !whole_in(0, 12)) rule = "tables.rule.months";
    if (rule != nullptr) {
      throw Error(ErrorCode::data,
                  say("error.tables.value_outside_unit", p.name, to_string(v.effective_from), num(*number), say(rule)),
                  v.where);
    }
  }
}

/// The value of `p` that holds for the whole of `year`, or null.
const DatedValue* whole_year_value(const Parameter& p, int year) {
  using namespace std::chrono;
  const year_month_day first{std::chrono::year{year}, January, day{1}};
  const year_month_day last{std::chrono::year{year}, December, day{31}};
  if (first < p.values.front().effective_from || last > p.covered_until) return nullptr;
  const DatedValue* found = nullptr;
  for (const DatedValue& v : p.values) {
    if (v.effective_from <= first) found = &v;
    if (v.effective_from > first && v.effective_from <= last) return nullptr;  // changes within the year
  }
  return found;
}

}  // namespace

// ---- Parameters -----------------------------------------------------------------------------

namespace {

/// The digest of a table set: for each file its name, NUL, byte count, NUL, bytes — unambiguous,
/// so different file sets never collide.
void add_to_digest(detail::Sha256& digest, const TableSource& source) {
  digest.add(source.name);
  digest.add(std::string_view("\0", 1));
  digest.add(std::to_string(source.text.size()));
  digest.add(std::string_view("\0", 1));
  digest.add(source.text);
}

/// The receipt of a table set: this library's version and the digest of the files' bytes.
Receipt receipt_of(const std::vector<TableSource>& sources) {
  detail::Sha256 digest;
  Receipt receipt;
  for (const TableSource& source : sources) {
    add_to_digest(digest, source);
    receipt.sources.push_back(source.name);
  }
  receipt.library_version = WKR_VERSION_STRING;
  receipt.parameters_digest = digest.hex();
  return receipt;
}

/// A dated value as an explanation cites it: prepared once, when the tables are loaded.
CitedParameter citation_of(const Parameter& parameter, const DatedValue& entry) {
  std::string value;
  if (const auto* number = std::get_if<Decimal>(&entry.value)) {
    value = number->to_string();
  } else if (const auto* brackets = std::get_if<std::vector<Bracket>>(&entry.value)) {
    for (const Bracket& b : *brackets) {
      value += (value.empty() ? "" : ", ") + b.from.to_string() + " → " + b.rate.to_string();
    }
  } else {
    const auto& rule = std::get<RoundingRule>(entry.value);
    value = std::to_string(rule.decimals) + " decimals, " + std::string(to_string(rule.mode));
  }
  return std::make_shared<const UsedParameter>(
      UsedParameter{parameter.name, std::move(value), std::string(to_string(parameter.unit)),
                    to_string(entry.effective_from), entry.reference, entry.source, entry.confidence,
                    entry.where.to_string(), entry.value, parameter.unit, entry.note});
}

}  // namespace

/// Checks the merged parameters against the catalogue and by unit, and resolves every year once.
Parameters Parameters::finish(std::map<std::string, Parameter> changed, const Tables* base, Receipt receipt,
                              std::shared_ptr<const std::vector<TableSource>> sources) {
  for (const ParameterSpec& spec : parameter_catalog()) {
    if (!changed.contains(std::string(spec.name)) && (base == nullptr || base->find(spec.name) == nullptr)) {
      throw Error(ErrorCode::data,
                  say("error.tables.parameter_missing", std::string(spec.name), std::string(to_string(spec.unit))));
    }
  }
  auto tables = std::make_shared<Tables>();
  if (base != nullptr) {
    for (const auto& entry : base->entries) {
      if (!changed.contains(entry->parameter.name)) tables->entries.push_back(entry);
    }
  }
  for (auto& item : changed) {  // the base's were checked and cited when it was loaded
    check_unit_values(item.second);
    auto entry = std::make_shared<Tables::Entry>();
    entry->parameter = std::move(item.second);
    for (const DatedValue& v : entry->parameter.values) entry->cited.push_back(citation_of(entry->parameter, v));
    tables->entries.push_back(std::move(entry));
  }
  std::sort(tables->entries.begin(), tables->entries.end(),
            [](const auto& a, const auto& b) { return a->parameter.name < b->parameter.name; });
  for (const auto& entry : tables->entries) tables->list.push_back(&entry->parameter);
  tables->receipt = std::make_shared<const Receipt>(std::move(receipt));
  tables->sources = std::move(sources);
  int first = std::numeric_limits<int>::max();
  int last = std::numeric_limits<int>::min();
  for (const Parameter* p : tables->list) {
    first = std::min(first, static_cast<int>(p->values.front().effective_from.year()));
    last = std::max(last, static_cast<int>(p->covered_until.year()));
  }
  tables->first_year = first;
  // Each parameter found by name once, not once a year: a --data overlay pays this on every load.
  std::array<const Tables::Entry*, parameter_count> by_id{};
  for (const ParameterSpec& spec : parameter_catalog()) {
    by_id[static_cast<std::size_t>(spec.id)] = tables->find_entry(spec.name);
  }
  for (int year = first; year <= last; ++year) {
    YearTable table;
    table.year_ = year;
    for (const ParameterSpec& spec : parameter_catalog()) {
      const Tables::Entry& entry = *by_id[static_cast<std::size_t>(spec.id)];
      const DatedValue* value = whole_year_value(entry.parameter, year);
      table.slots_[static_cast<std::size_t>(spec.id)] =
          YearTable::Slot{&entry.parameter, value, value == nullptr ? nullptr : Tables::citation(entry, *value)};
      // A statistic the year lacks does not make the year uncovered (parameter_names.hpp).
      const bool law = static_cast<std::size_t>(spec.id) < law_parameter_count;
      if (value == nullptr && law && !table.first_missing_) table.first_missing_ = spec.id;
    }
    tables->years.push_back(table);
  }
  return Parameters(std::move(tables));
}

Parameters Parameters::from_layers(const std::vector<std::vector<TableSource>>& layers) {
  std::map<std::string, Parameter> merged;
  auto sources = std::make_shared<std::vector<TableSource>>();
  std::vector<TableOverride> overrides;
  for (const auto& layer : layers) {
    merge_layer(merged, layer, overrides);
    sources->insert(sources->end(), layer.begin(), layer.end());
  }
  Receipt receipt = receipt_of(*sources);
  receipt.overrides = std::move(overrides);
  return finish(std::move(merged), nullptr, std::move(receipt), std::move(sources));
}

Parameters Parameters::with_overlay(const std::vector<TableSource>& overlay, TableOverrides overrides) const {
  std::map<std::string, Parameter> changed;
  std::vector<TableOverride> replaced = tables_->receipt->overrides;
  const std::size_t before = replaced.size();
  merge_layer(changed, overlay, replaced, nullptr, tables_.get());
  if (overrides == TableOverrides::refuse && replaced.size() > before) {
    const TableOverride& o = replaced[before];
    throw Error(ErrorCode::data, say("error.tables.override_refused", o.parameter, o.effective_from, o.replaced),
                SourceLocation{o.by, 0, 0});
  }
  auto sources = std::make_shared<std::vector<TableSource>>(*tables_->sources);
  sources->insert(sources->end(), overlay.begin(), overlay.end());
  Receipt receipt = receipt_of(*sources);
  receipt.overrides = std::move(replaced);
  return finish(std::move(changed), tables_.get(), std::move(receipt), std::move(sources));
}

std::vector<Error> Parameters::check_overlay(const std::vector<TableSource>& overlay) const {
  std::vector<Error> problems;
  std::map<std::string, Parameter> merged;  // the parameters the overlay changes
  std::vector<TableOverride> overrides;     // a check lists problems; replacing a value is none
  merge_layer(merged, overlay, overrides, &problems, tables_.get());
  // Not a structured binding: clang 14 cannot capture one in a lambda.
  for (const auto& entry : merged) collecting(&problems, [&] { check_unit_values(entry.second); });
  // What is left is checked by loading them as with_overlay() does (it stops at the first).
  if (problems.empty()) collecting(&problems, [&] { (void)with_overlay(overlay); });
  return problems;
}

Parameters::YearRange Parameters::covered_years() const {
  return {tables_->first_year, tables_->first_year + static_cast<int>(tables_->years.size()) - 1};
}

const YearTable& Parameters::year(int year) const {
  limits::require_year(year);
  const Tables& t = *tables_;
  const long index = static_cast<long>(year) - t.first_year;
  if (index < 0 || index >= static_cast<long>(t.years.size())) {
    const YearRange covered = covered_years();
    throw Error(ErrorCode::not_covered, say("error.year.not_covered", std::to_string(year),
                                            std::to_string(covered.first), std::to_string(covered.last)));
  }
  return t.years[static_cast<std::size_t>(index)];
}

const YearTable& Parameters::require_year(int year) const {
  const YearTable& table = this->year(year);
  if (table.first_missing_) throw table.not_covered(*table.first_missing_);
  return table;
}

void YearTable::throw_not_covered(ParameterId id) const { throw not_covered(id); }

Error YearTable::not_covered(ParameterId id) const {
  const Parameter& p = *slots_[static_cast<std::size_t>(id)].parameter;
  using namespace std::chrono;
  const year_month_day first{std::chrono::year{year_}, January, day{1}};
  const year_month_day last{std::chrono::year{year_}, December, day{31}};
  if (first < p.values.front().effective_from || last > p.covered_until) {
    return Error(ErrorCode::not_covered,
                 say("error.parameter.year_not_covered", p.name, std::to_string(year_), covered_years(p)));
  }
  for (const DatedValue& v : p.values) {
    if (v.effective_from > first && v.effective_from <= last) {
      return Error(ErrorCode::not_covered, say("error.parameter.changes_within_year", p.name, std::to_string(year_),
                                               to_string(v.effective_from)));
    }
  }
  return Error(ErrorCode::not_covered, say("error.parameter.not_covered", p.name, std::to_string(year_)));
}

ParameterUse Parameters::at_date(std::string_view name, std::chrono::year_month_day date) const {
  const Tables::Entry* found = tables_->find_entry(name);
  if (found == nullptr) {
    throw Error(ErrorCode::invalid_argument, say("error.parameter.unknown", std::string(name)));
  }
  const Parameter* p = &found->parameter;
  if (date < p->values.front().effective_from || date > p->covered_until) {
    throw Error(ErrorCode::not_covered, say("error.parameter.date_not_covered", p->name, to_string(date),
                                            to_string(p->values.front().effective_from), to_string(p->covered_until)));
  }
  auto it = std::upper_bound(p->values.begin(), p->values.end(), date,
                             [](const auto& d, const DatedValue& v) { return d < v.effective_from; });
  const DatedValue& entry = *std::prev(it);
  return ParameterUse{p, &entry, Tables::citation(*found, entry)};
}

ParameterUse Parameters::at_year(std::string_view name, int year) const {
  limits::require_year(year);
  const ParameterSpec* spec = spec_for(name);
  if (spec == nullptr) {
    throw Error(ErrorCode::invalid_argument, say("error.parameter.unknown", std::string(name)));
  }
  const Tables& t = *tables_;
  const long index = static_cast<long>(year) - t.first_year;
  if (index < 0 || index >= static_cast<long>(t.years.size())) {
    // A year outside every parameter: the message of the parameter asked for.
    YearTable outside;
    outside.year_ = year;
    outside.slots_[static_cast<std::size_t>(spec->id)].parameter = t.find(name);
    throw outside.not_covered(spec->id);
  }
  return t.years[static_cast<std::size_t>(index)].use(spec->id);
}

namespace {
template <class T>
const T& typed(const ParameterUse& use, const char* shape) {
  const T* value = std::get_if<T>(&use.value());
  if (value == nullptr) {
    throw Error(ErrorCode::data, say("error.parameter.shape", use.name(), say(shape)));
  }
  return *value;
}
}  // namespace

const Decimal& Parameters::number(std::string_view name, int year) const {
  return typed<Decimal>(at_year(name, year), "tables.shape.number");
}
const std::vector<Bracket>& Parameters::brackets(std::string_view name, int year) const {
  return typed<std::vector<Bracket>>(at_year(name, year), "tables.shape.brackets");
}
const RoundingRule& Parameters::rounding(std::string_view name, int year) const {
  return typed<RoundingRule>(at_year(name, year), "tables.a_rounding_rule");
}

std::span<const Parameter* const> Parameters::all() const { return tables_->list; }
const Receipt& Parameters::receipt() const { return *tables_->receipt; }
const std::shared_ptr<const Receipt>& Parameters::shared_receipt() const { return tables_->receipt; }

}  // namespace wkr
