// Results as JSON (json.hpp): money as exact decimal strings.
#include "wkr/json.hpp"

#include <variant>

#include "wkr/phrase.hpp"
#include "wkr/warning.hpp"

namespace wkr {

using nlohmann::json;

/// Money as a JSON string: at least two decimals ("4000.00"); an amount with more decimals keeps
/// them all, since padding is exact and rounding would hide a digit.
char* write_json_money(char* out, const Decimal& amount) {
  // Fewer than two decimals: padded to two, which is exact (and at most 39 digits, a point and a sign).
  return amount.scale() >= 2 ? amount.write_to(out) : amount.rounded(2, Rounding::half_up).write_to(out);
}

std::string json_money(const Decimal& amount) {
  char text[Decimal::max_text_size];
  return {text, write_json_money(text, amount)};
}

json to_json(const Receipt& receipt) {
  json out{{"library_version", receipt.library_version},
           {"parameters_digest", receipt.parameters_digest},
           {"parameters_sources", receipt.sources}};
  // Only when a table directory replaced a value: the usual receipt stays as it was.
  for (const TableOverride& o : receipt.overrides) {
    out["parameters_overrides"].push_back(
        {{"parameter", o.parameter}, {"effective_from", o.effective_from}, {"replaced", o.replaced}, {"by", o.by}});
  }
  return out;
}

json to_json(const std::shared_ptr<const Receipt>& receipt) { return to_json(receipt ? *receipt : Receipt{}); }

void add_warnings(json& out, const std::vector<Phrase>& warnings) {
  if (warnings.empty()) return;
  json list = json::array();
  for (const Phrase& warning : warnings)
    list.push_back({{"key", warning_key(warning)}, {"text", to_plain_text(warning)}});
  out["warnings"] = std::move(list);
}

namespace {

/// A phrase as data: a list of pieces ({"text"}, {"value", "unit"}, {"flag"}, {"say", "args"}), so
/// `wkr explain` renders a saved formula in either language (phrase_of reads it back).
json phrase_json(const Phrase& phrase) {
  json pieces = json::array();
  for (const PhrasePiece& piece : phrase.pieces()) {
    switch (piece.kind) {
      case PhrasePiece::Kind::text: pieces.push_back({{"text", piece.text}}); break;
      case PhrasePiece::Kind::value:
        pieces.push_back({{"value", piece.value.to_string()}, {"unit", std::string(to_string(piece.unit))}});
        break;
      case PhrasePiece::Kind::flag: pieces.push_back({{"flag", !piece.value.is_zero()}}); break;
      case PhrasePiece::Kind::said: {
        json args = json::array();
        for (const Phrase& arg : piece.args) args.push_back(phrase_json(arg));
        pieces.push_back({{"say", piece.text}, {"args", std::move(args)}});
        break;
      }
    }
  }
  return pieces;
}

/// A parameter's value as data: a number, brackets [{from, rate}] or a rounding {decimals, mode}.
json typed_value_json(const ParameterValue& value) {
  if (const auto* d = std::get_if<Decimal>(&value)) return d->to_string();
  if (const auto* brackets = std::get_if<std::vector<Bracket>>(&value)) {
    json out = json::array();
    for (const Bracket& b : *brackets) out.push_back({{"from", b.from.to_string()}, {"rate", b.rate.to_string()}});
    return out;
  }
  const auto& rule = std::get<RoundingRule>(value);
  return {{"decimals", rule.decimals}, {"mode", std::string(to_string(rule.mode))}};
}

}  // namespace

json to_json(const UsedParameter& p) {
  json out{{"name", p.name},
           {"typed_value", typed_value_json(p.typed_value)},
           {"typed_unit", std::string(to_string(p.typed_unit))},
           {"value", p.value},
           {"unit", p.unit},
           {"effective_from", p.effective_from},
           {"reference", p.reference},
           {"source", p.source},
           {"confidence", p.confidence},
           {"location", p.location}};
  if (!p.note.empty()) out["note"] = {{"nl", p.note.nl}, {"en", p.note.en}};  // only a value that has one
  return out;
}

json to_json(const Explanation& explanation) {
  json steps = json::array();
  for (const Step& step : explanation.steps) {
    json inputs = json::object();
    json quantities = json::array();
    for (const Quantity& q : step.inputs) {
      inputs[q.name] = q.value.to_string();
      quantities.push_back(
          {{"name", q.name}, {"value", q.value.to_string()}, {"unit", std::string(to_string(q.unit))}});
    }
    json parameters = json::array();
    for (const CitedParameter& p : step.parameters) parameters.push_back(to_json(*p));
    json entry{{"rule", step.rule},
               {"reference", step.reference},
               {"formula", to_plain_text(step.formula)},
               {"formula_phrase", phrase_json(step.formula)},
               {"inputs", inputs},
               {"input_quantities", quantities},
               {"parameters", parameters},
               {"result",
                {{"name", step.result.name},
                 {"value", step.result.value.to_string()},
                 {"unit", std::string(to_string(step.result.unit))}}}};
    if (step.rounding) {
      entry["rounding"] = {{"before", step.rounding->before.to_string()},
                           {"decimals", step.rounding->decimals},
                           {"mode", std::string(to_string(step.rounding->mode))}};
    }
    steps.push_back(std::move(entry));
  }
  return steps;
}

namespace {

/// The text under `key` of `object`; Error(parse) naming `where` and the key when it is not there.
std::string text_at(const json& object, const char* key, const std::string& where) {
  const auto it = object.find(key);
  if (it == object.end() || !it->is_string()) {
    throw Error(ErrorCode::parse, say("error.explanation.missing", where, say("explanation.text_field", key)));
  }
  return it->get<std::string>();
}

Unit unit_named(const std::string& name, const std::string& where) {
  for (int u = 0; u <= static_cast<int>(Unit::eur_whole); ++u) {  // eur_whole: the last unit
    if (to_string(static_cast<Unit>(u)) == name) return static_cast<Unit>(u);
  }
  throw Error(ErrorCode::parse, say("error.explanation.unknown_unit", where, name));
}

Phrase phrase_of(const json& pieces, const std::string& where) {
  if (!pieces.is_array()) throw Error(ErrorCode::parse, say("error.explanation.not_pieces", where));
  Phrase out;
  for (const json& piece : pieces) {
    if (!piece.is_object()) throw Error(ErrorCode::parse, say("error.explanation.piece_not_object", where));
    if (piece.contains("text")) {
      out += Phrase(text_at(piece, "text", where));
    } else if (piece.contains("value")) {
      out += Phrase(Decimal::parse(text_at(piece, "value", where)), unit_named(text_at(piece, "unit", where), where));
    } else if (const auto flag = piece.find("flag"); flag != piece.end() && flag->is_boolean()) {
      out += Phrase::flag(flag->get<bool>());
    } else {
      std::vector<Phrase> args;
      for (const json& arg : piece.value("args", json::array())) args.push_back(phrase_of(arg, where));
      out += Phrase::said(text_at(piece, "say", where), std::move(args));
    }
  }
  return out;
}

ParameterValue typed_value_of(const json& value, const std::string& where) {
  if (value.is_string()) return Decimal::parse(value.get<std::string>());
  if (value.is_array()) {
    std::vector<Bracket> brackets;
    for (const json& b : value) {
      brackets.push_back({Decimal::parse(text_at(b, "from", where)), Decimal::parse(text_at(b, "rate", where))});
    }
    return brackets;
  }
  const auto decimals = value.find("decimals");
  if (!value.is_object() || decimals == value.end() || !decimals->is_number_integer()) {
    throw Error(ErrorCode::parse, say("error.explanation.no_typed_value", where));
  }
  return RoundingRule{decimals->get<int>(), parse_rounding(text_at(value, "mode", where))};
}

Quantity quantity_of(const json& object, const std::string& where) {
  return Quantity{text_at(object, "name", where), Decimal::parse(text_at(object, "value", where)),
                  unit_named(text_at(object, "unit", where), where)};
}

}  // namespace

Explanation explanation_from_json(const json& steps, const json& receipt) {
  if (!steps.is_array()) throw Error(ErrorCode::parse, say("error.explanation.not_steps"));
  Explanation out;
  for (std::size_t i = 0; i < steps.size(); ++i) {
    const json& s = steps[i];
    const std::string where = "explanation[" + std::to_string(i) + "]";
    if (!s.is_object()) throw Error(ErrorCode::parse, say("error.explanation.not_step", where));
    Step step;
    step.rule = text_at(s, "rule", where);
    step.reference = text_at(s, "reference", where);
    const auto phrase = s.find("formula_phrase");
    step.formula =
        phrase != s.end() ? phrase_of(*phrase, where + ".formula_phrase") : Phrase(text_at(s, "formula", where));
    const auto quantities = s.find("input_quantities");
    if (quantities == s.end() || !quantities->is_array()) {
      throw Error(ErrorCode::parse, say("error.explanation.missing", where, "\"input_quantities\""));
    }
    for (const json& q : *quantities) step.inputs.push_back(quantity_of(q, where + ".input_quantities"));
    for (const json& p : s.value("parameters", json::array())) {
      const std::string at = where + ".parameters";
      UsedParameter used{text_at(p, "name", at),           text_at(p, "value", at),     text_at(p, "unit", at),
                         text_at(p, "effective_from", at), text_at(p, "reference", at), text_at(p, "source", at),
                         text_at(p, "confidence", at),     text_at(p, "location", at)};
      if (const auto typed = p.find("typed_value"); typed != p.end()) {
        used.typed_value = typed_value_of(*typed, at);
        used.typed_unit = unit_named(text_at(p, "typed_unit", at), at);
      }
      if (const auto note = p.find("note"); note != p.end()) {
        used.note = TableText{text_at(*note, "nl", at + ".note"), text_at(*note, "en", at + ".note")};
      }
      step.parameters.push_back(std::make_shared<const UsedParameter>(std::move(used)));
    }
    step.result = quantity_of(s.value("result", json::object()), where + ".result");
    if (const auto r = s.find("rounding"); r != s.end()) {
      const auto decimals = r->find("decimals");
      if (decimals == r->end() || !decimals->is_number_integer()) {
        throw Error(ErrorCode::parse, say("error.explanation.rounding_decimals", where));
      }
      step.rounding = AppliedRounding{Decimal::parse(text_at(*r, "before", where + ".rounding")), decimals->get<int>(),
                                      parse_rounding(text_at(*r, "mode", where + ".rounding"))};
    }
    out.steps.push_back(std::move(step));
  }
  if (receipt.is_object()) {
    Receipt read;
    read.library_version = text_at(receipt, "library_version", "receipt");
    read.parameters_digest = text_at(receipt, "parameters_digest", "receipt");
    for (const json& source : receipt.value("parameters_sources", json::array())) {
      if (source.is_string()) read.sources.push_back(source.get<std::string>());
    }
    out.receipt = std::make_shared<const Receipt>(std::move(read));
  }
  return out;
}

nlohmann::ordered_json in_reading_order(const json& result) {
  if (result.is_array()) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const json& item : result) list.push_back(in_reading_order(item));
    return list;
  }
  if (!result.is_object()) return result;
  nlohmann::ordered_json out = nlohmann::ordered_json::object();
  const auto put = [&](const std::string& key, const json& value) { out[key] = in_reading_order(value); };
  if (const auto year = result.find("year"); year != result.end()) put("year", *year);
  for (const auto& [key, value] : result.items()) {
    if (key != "year" && key != "explanation" && key != "receipt") put(key, value);
  }
  for (const char* last : {"explanation", "receipt"}) {
    if (const auto it = result.find(last); it != result.end()) put(last, *it);
  }
  return out;
}

namespace {
// The amounts of a result and its steps, without the receipt: a part-year member's result inside a
// group's has no receipt of its own.
json amounts(const FreeSpace& result) {
  return json{{"year", result.year},
              {"wage_bill", json_money(result.wage_bill)},
              {"free_space", json_money(result.free_space)},
              {"explanation", to_json(result.explanation)}};
}

/// The figures of a settlement, without its year and trail.
json settlement_figures(const Settlement& result) {
  return json{{"wage_bill", json_money(result.wage_bill)},
              {"free_space", json_money(result.free_space)},
              {"designated", json_money(result.designated)},
              {"excess", json_money(result.excess)},
              {"final_levy", json_money(result.final_levy)},
              {"final_levy_return", result.final_levy_return.to_string()},
              {"due", {{"year", result.due.year}, {"period", result.due.period}}}};
}

json amounts(const Settlement& result) {
  json out = settlement_figures(result);
  out["year"] = result.year;
  out["explanation"] = to_json(result.explanation);
  return out;
}

json amounts(const WageBillParts& parts) {
  return json{{"current", json_money(parts.current)},
              {"former", json_money(parts.former)},
              {"former_included", parts.former_included},
              {"wage_bill", json_money(parts.wage_bill)}};
}

/// Each part-year member's own result, with its name.
template <class Member, class Result>
json part_year(const std::vector<Member>& members, Result Member::*result) {
  json out = json::array();
  for (const Member& m : members) {
    json member = amounts(m.*result);
    member["name"] = m.name;
    out.push_back(std::move(member));
  }
  return out;
}

/// `body` with the receipt of `explanation`.
json with_receipt(json body, const Explanation& explanation) {
  body["receipt"] = to_json(explanation.receipt);
  return body;
}
}  // namespace

json to_json(const FreeSpace& result) { return with_receipt(amounts(result), result.explanation); }

json to_json(const Settlement& result) { return with_receipt(amounts(result), result.explanation); }

json to_json(const LedgerRow& row) {
  json out{{"period", row.period},
           {"wage_bill", json_money(row.wage_bill)},
           {"wage_bill_cumulative", json_money(row.wage_bill_cumulative)},
           {"free_space_cumulative", json_money(row.free_space_cumulative)},
           {"designated", json_money(row.designated)},
           {"designated_cumulative", json_money(row.designated_cumulative)},
           {"free_space_left", json_money(row.free_space_left)},
           {"excess_cumulative", json_money(row.excess_cumulative)},
           {"levy_declared", json_money(row.levy_declared)}};
  if (row.free_space_estimate) out["free_space_estimate"] = json_money(*row.free_space_estimate);
  return out;
}

json to_json(const YearEnd& totals) {
  json out = settlement_figures(totals.settlement);
  out["levy_paid"] = json_money(totals.levy_paid);
  out["correction"] = json_money(totals.correction);
  return out;
}

json to_json(const LedgerYear& result) {
  json periods = json::array();
  for (const LedgerRow& row : result.rows) periods.push_back(to_json(row));
  return json{{"year", result.year},
              {"strategy", std::string(to_string(result.options.strategy))},
              {"periods", std::move(periods)},
              {"totals", to_json(result.totals)},
              {"receipt", to_json(result.explanation.receipt)},
              {"explanation", to_json(result.explanation)}};
}

json to_json(const GroupFreeSpace& result) {
  json out = to_json(static_cast<const FreeSpace&>(result));
  out["members"] = result.members;
  out["part_year_members"] = part_year(result.part_year_members, &MemberFreeSpace::free_space);
  return out;
}

json to_json(const GroupSettlement& result) {
  json out = to_json(static_cast<const Settlement&>(result));
  out["members"] = result.members;
  out["part_year_members"] = part_year(result.part_year_members, &MemberSettlement::settlement);
  out["filing_member"] = {{"name", result.filing_member.name},
                          {"named", result.filing_member.named},
                          {"needs_permission", result.filing_member.needs_permission}};
  out["allocation_key"] = std::string(to_string(result.allocation_key));
  out["allocation"] = json::array();
  for (const LevyShare& s : result.allocation) {
    out["allocation"].push_back(
        {{"member", s.member}, {"weight", s.weight.to_string()}, {"share", json_money(s.share)}});
  }
  return out;
}

json to_json(const WageBill& result) {
  json out = amounts(static_cast<const WageBillParts&>(result));
  out["year"] = result.year;
  out["explanation"] = to_json(result.explanation);
  return with_receipt(std::move(out), result.explanation);
}

json to_json(const GroupWageBill& result) {
  json members = json::array();
  for (const MemberWageBill& m : result.members) {
    json member = amounts(static_cast<const WageBillParts&>(m));
    member["name"] = m.name;
    member["whole_year"] = m.whole_year;
    members.push_back(std::move(member));
  }
  return with_receipt(json{{"year", result.year},
                           {"former_wage_test", std::string(to_string(result.method))},
                           {"wage_bill", json_money(result.wage_bill)},
                           {"members", std::move(members)},
                           {"explanation", to_json(result.explanation)}},
                      result.explanation);
}

}  // namespace wkr
