// The targeted exemptions as JSON (docs/cli.md lists the keys of each command).
#include "wkr/allowances/json.hpp"

#include <algorithm>

#include "wkr/json.hpp"

namespace wkr {

using nlohmann::json;
using namespace std::string_view_literals;  // the literals the stream appends: their length is known when compiled

namespace {

void add_split(json& out, const std::optional<Split>& split) {
  if (!split) return;
  out["paid"] = json_money(split->paid);
  out["exempt"] = json_money(split->exempt);
  out["excess"] = json_money(split->excess);
  out["excess_treatment"] = std::string(to_string(split->treatment));
  out["designated"] = json_money(split->designated);
  out["wage"] = json_money(split->wage);
}

void add_trail(json& out, const Explanation& explanation) {
  out["receipt"] = to_json(explanation.receipt);
  out["explanation"] = to_json(explanation);
}

std::string date_text(std::chrono::year_month_day date) { return to_string(date); }

/// The six parts of an item or a total.
template <class Parts>
json parts(const Parts& t) {
  return json{{"exempt", json_money(t.exempt())},
              {"targeted_exempt", json_money(t.targeted_exempt)},
              {"nil_valued", json_money(t.nil_valued)},
              {"intermediary", json_money(t.intermediary)},
              {"designated", json_money(t.designated)},
              {"wage", json_money(t.wage)},
              {"own_contribution", json_money(t.own_contribution)}};
}

/// The customary test's step as an explanation; none when it was not explained (a step that was
/// built always names its rule).
Explanation customary_explanation(const CustomaryTest& customary) {
  return customary.step.rule.empty() ? Explanation{} : Explanation{{customary.step}, {}};
}

}  // namespace

json to_json(const HomeWorking& r) {
  json out{{"year", r.year},
           {"fixed", r.fixed},
           {"exemption_in_force", r.exemption_in_force},
           {"days", r.days.to_string()},
           {"daily_amount", json_money(r.daily_amount)},
           {"cap", json_money(r.cap)}};
  if (r.monthly_cap) out["monthly_cap"] = json_money(*r.monthly_cap);
  add_split(out, r.split);
  add_trail(out, r.explanation);
  return out;
}

json to_json(const TravelByKm& r) {
  json out{{"year", r.year},
           {"purpose", r.purpose == TravelPurpose::commuting ? "commuting" : "business_trip"},
           {"km", r.km.to_string()},
           {"rate", json_money(r.rate)},
           {"cap", json_money(r.cap)}};
  if (r.km_one_way) out["km_one_way"] = r.km_one_way->to_string();
  if (r.days) out["days"] = r.days->to_string();
  add_split(out, r.split);
  add_trail(out, r.explanation);
  return out;
}

json to_json(const PublicTransport& r) {
  json out{{"year", r.year}, {"actual_cost", json_money(r.actual_cost)}, {"cap", json_money(r.split.cap)}};
  add_split(out, r.split);
  add_trail(out, r.explanation);
  return out;
}

json to_json(const FixedCommute& r) {
  json out{{"year", r.year},
           {"fixed", true},
           {"regime", r.pattern_based ? "travel_pattern" : "working_week"},
           {"corona_approval", r.corona_approval},
           {"km_one_way", r.km_one_way.to_string()},
           {"days_per_week", r.basis_days_per_week},
           {"days", r.days.to_string()},
           {"minimum_days", r.minimum_days.to_string()},
           {"minimum_weeks", r.minimum_weeks.to_string()},
           {"months", r.months},
           {"rate", json_money(r.rate)},
           {"cap", json_money(r.cap)},
           {"cap_before_absence", json_money(r.pattern_cap)},
           {"monthly_cap", json_money(r.monthly_cap)},
           {"stopped_months", r.stopped_months},
           {"qualifies", r.qualifies},
           {"recalculation_required", r.recalculation_required},
           {"recalculation_reasons", r.recalculation_reasons}};
  if (r.actual_cap) out["actual_cap"] = json_money(*r.actual_cap);
  add_split(out, r.split);
  add_warnings(out, r.warnings);
  add_trail(out, r.explanation);
  return out;
}

json to_json(const SameDay& r) {
  json choices = json::array();
  for (const SameDayChoice& c : r.choices) {
    choices.push_back({{"date", date_text(c.date)},
                       {"chosen", c.home_working ? "home_working" : "commuting"},
                       {"home_working", json_money(c.home_working_amount)},
                       {"commuting", json_money(c.commuting_amount)}});
  }
  json out{{"year", r.year},
           {"home_working_days", r.home_working_days.to_string()},
           {"commuting_days", r.commuting_days.to_string()},
           {"business_km", r.business_km.to_string()},
           {"choices", choices},
           {"home_working", to_json(r.home_working)},
           {"commuting", to_json(r.commuting)},
           {"business_travel", to_json(r.business_travel)}};
  // The parts' own receipts are the same as this one: keep one, at the top.
  for (const char* part : {"home_working", "commuting", "business_travel"}) out[part].erase("receipt");
  add_trail(out, r.explanation);
  return out;
}

json to_json(const ItemTreatment& t) {
  json out = parts(t);
  out["amount"] = json_money(t.amount);
  out["explanation"] = to_json(t.explanation);
  if (t.cap) out["cap"] = json_money(*t.cap);
  return out;
}

json to_json(const EmployeeEvaluation& e) {
  json items = json::array();
  for (const ItemResult& item : e.items) {
    json entry = to_json(item.treatment);
    entry["origin"] = item.item.origin;
    entry["category"] = std::string(to_string(item.item.category));
    if (item.item.quantity) entry["quantity"] = item.item.quantity->to_string();
    items.push_back(std::move(entry));
  }
  json employee = parts(e.totals);
  employee["employee"] = e.employee;
  employee["items"] = std::move(items);
  employee["customary_test"] = {{"safe_harbour_applies", e.customary.safe_harbour_applies},
                                {"safe_harbour", json_money(e.customary.safe_harbour)},
                                {"explanation", to_json(customary_explanation(e.customary))}};
  employee["customary_review"] = e.customary.review;
  return employee;
}
json to_json(const Totals& totals) { return parts(totals); }

namespace {

// The streamed JSON: what nlohmann::json's dump(2) writes for the trees above — the keys of an
// object in its (std::map) order, ",\n" between members, two more spaces a level — written
// straight into a string. An employee is at depth 2 of the document: its keys take 6 spaces, its
// customary test's 8, its items 8 and their keys 10. Each member below is written with its
// separator, indentation and key as one literal (the indentation is in the literal).

/// `text` as a JSON string: as it is, between quotes, unless it has a character to escape; then
/// as nlohmann::json escapes it.
void append_string(std::string& out, std::string_view text) {
  const bool plain = std::none_of(text.begin(), text.end(),
                                  [](char c) { return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20; });
  if (plain) {
    out.push_back('"');
    out.append(text).push_back('"');
  } else {
    out += json(std::string(text)).dump();
  }
}

/// `member` (separator, indentation, key and the value's opening quote), then json_money(amount) and its
/// closing quote. A zero without cents, the most common amount, is "0.00" without formatting it.
void append_money(std::string& out, std::string_view member, const Decimal& amount) {
  out.append(member);
  if (amount.scale() < 2 && amount.is_zero() && !amount.is_negative()) {
    out.append("0.00\""sv);
  } else {
    append_json_money(out, amount);
    out.push_back('"');
  }
}

/// `member`, then the explanation: "[]" when there is none (no JSON value made: a stream writes
/// millions), else its tree nested at `indent` spaces.
void append_explanation(std::string& out, std::string_view member, const Explanation& explanation, std::size_t indent) {
  out.append(member);
  if (explanation.steps.empty()) {
    out.append("[]"sv);
    return;
  }
  for (const char c : to_json(explanation).dump(2)) {
    out += c;
    if (c == '\n') out.append(indent, ' ');
  }
}

}  // namespace

void append_item_json(std::string& items, const Item& item, const ItemTreatment& t) {
  items.append(items.empty() ? "\n" : ",\n");
  append_money(items, "        {\n          \"amount\": \"", t.amount);
  if (t.cap) append_money(items, ",\n          \"cap\": \"", *t.cap);
  // A category's name is the catalogue's snake_case identifier: nothing in it to escape.
  items.append(",\n          \"category\": \""sv).append(to_string(item.category)).push_back('"');
  append_money(items, ",\n          \"designated\": \"", t.designated);
  append_money(items, ",\n          \"exempt\": \"", t.exempt());
  append_explanation(items, ",\n          \"explanation\": ", t.explanation, 10);
  append_money(items, ",\n          \"intermediary\": \"", t.intermediary);
  append_money(items, ",\n          \"nil_valued\": \"", t.nil_valued);
  items.append(",\n          \"origin\": "sv);
  append_string(items, item.origin);
  append_money(items, ",\n          \"own_contribution\": \"", t.own_contribution);
  if (item.quantity) {
    items.append(",\n          \"quantity\": \""sv);
    item.quantity->append_to(items);
    items.push_back('"');
  }
  append_money(items, ",\n          \"targeted_exempt\": \"", t.targeted_exempt);
  append_money(items, ",\n          \"wage\": \"", t.wage);
  items.append("\n        }"sv);
}

void append_employee_json(std::string& out, std::string_view employee, const Totals& totals,
                          const CustomaryTest& customary, std::string_view items) {
  out.append("{\n      \"customary_review\": "sv).append(customary.review ? "true" : "false");
  append_explanation(out, ",\n      \"customary_test\": {\n        \"explanation\": ", customary_explanation(customary),
                     8);
  append_money(out, ",\n        \"safe_harbour\": \"", customary.safe_harbour);
  out.append(",\n        \"safe_harbour_applies\": "sv).append(customary.safe_harbour_applies ? "true" : "false");
  out.append("\n      }"sv);
  append_money(out, ",\n      \"designated\": \"", totals.designated);
  out.append(",\n      \"employee\": "sv);
  append_string(out, employee);
  append_money(out, ",\n      \"exempt\": \"", totals.exempt());
  append_money(out, ",\n      \"intermediary\": \"", totals.intermediary);
  out.append(",\n      \"items\": "sv);
  if (items.empty()) {
    out.append("[]"sv);
  } else {
    out.push_back('[');
    out.append(items).append("\n      ]"sv);
  }
  append_money(out, ",\n      \"nil_valued\": \"", totals.nil_valued);
  append_money(out, ",\n      \"own_contribution\": \"", totals.own_contribution);
  append_money(out, ",\n      \"targeted_exempt\": \"", totals.targeted_exempt);
  append_money(out, ",\n      \"wage\": \"", totals.wage);
  out.append("\n    }"sv);
}

json to_json(const Evaluation& r) {
  json employees = json::array();
  for (const EmployeeEvaluation& e : r.employees) employees.push_back(to_json(e));
  json out = parts(r.totals);
  out["year"] = r.year;
  out["employees"] = std::move(employees);
  out["customary_review"] = r.customary_review;
  // Every row is accounted for: a bad row stops the evaluation with every bad row listed, so a
  // result has evaluated every row it read.
  std::size_t rows = 0;
  for (const EmployeeEvaluation& e : r.employees) rows += e.items.size();
  out["rows"] = {{"read", rows}, {"evaluated", rows}, {"bad", 0}};
  if (r.settlement) {
    out["settlement"] = to_json(*r.settlement);
    out["settlement"].erase("receipt");
  }
  out["receipt"] = to_json(r.receipt);
  return out;
}

}  // namespace wkr
