// The targeted exemptions as JSON (docs/cli.md lists the keys of each command).
#include "wkr/allowances/json.hpp"

#include <algorithm>

#include "wkr/json.hpp"

namespace wkr {

using nlohmann::json;

namespace {

/// Money as in json.cpp: at least two decimals, every decimal the amount has.
std::string money(const Decimal& amount) {
  return amount.scale() >= 2 ? amount.to_string() : amount.rounded(2, Rounding::half_up).to_string();
}

void add_split(json& out, const std::optional<Split>& split) {
  if (!split) return;
  out["paid"] = money(split->paid);
  out["exempt"] = money(split->exempt);
  out["excess"] = money(split->excess);
  out["excess_treatment"] = std::string(to_string(split->treatment));
  out["designated"] = money(split->designated);
  out["wage"] = money(split->wage);
}

void add_trail(json& out, const Explanation& explanation) {
  out["receipt"] = to_json(explanation.receipt);
  out["explanation"] = to_json(explanation);
}

std::string date_text(std::chrono::year_month_day date) { return to_string(date); }

/// The six parts of an item or a total.
template <class Parts>
json parts(const Parts& t) {
  return json{{"exempt", money(t.exempt())},       {"targeted_exempt", money(t.targeted_exempt)},
              {"nil_valued", money(t.nil_valued)}, {"intermediary", money(t.intermediary)},
              {"designated", money(t.designated)}, {"wage", money(t.wage)},
              {"own_contribution", money(t.own_contribution)}};
}

/// The customary test's step as an explanation; none when it was not explained (a step that was
/// built always names its rule).
json customary_explanation(const CustomaryTest& customary) {
  return customary.step.rule.empty() ? json::array() : to_json(Explanation{{customary.step}, {}});
}

}  // namespace

json to_json(const HomeWorking& r) {
  json out{{"year", r.year},
           {"fixed", r.fixed},
           {"exemption_in_force", r.exemption_in_force},
           {"days", r.days.to_string()},
           {"daily_amount", money(r.daily_amount)},
           {"cap", money(r.cap)}};
  if (r.monthly_cap) out["monthly_cap"] = money(*r.monthly_cap);
  add_split(out, r.split);
  add_trail(out, r.explanation);
  return out;
}

json to_json(const TravelByKm& r) {
  json out{{"year", r.year},
           {"purpose", r.purpose == TravelPurpose::commuting ? "commuting" : "business_trip"},
           {"km", r.km.to_string()},
           {"rate", money(r.rate)},
           {"cap", money(r.cap)}};
  if (r.km_one_way) out["km_one_way"] = r.km_one_way->to_string();
  if (r.days) out["days"] = r.days->to_string();
  add_split(out, r.split);
  add_trail(out, r.explanation);
  return out;
}

json to_json(const PublicTransport& r) {
  json out{{"year", r.year}, {"actual_cost", money(r.actual_cost)}, {"cap", money(r.split.cap)}};
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
           {"rate", money(r.rate)},
           {"cap", money(r.cap)},
           {"cap_before_absence", money(r.pattern_cap)},
           {"monthly_cap", money(r.monthly_cap)},
           {"stopped_months", r.stopped_months},
           {"qualifies", r.qualifies},
           {"recalculation_required", r.recalculation_required},
           {"recalculation_reasons", r.recalculation_reasons}};
  if (r.actual_cap) out["actual_cap"] = money(*r.actual_cap);
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
                       {"home_working", money(c.home_working_amount)},
                       {"commuting", money(c.commuting_amount)}});
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
  out["amount"] = money(t.amount);
  out["explanation"] = to_json(t.explanation);
  if (t.cap) out["cap"] = money(*t.cap);
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
                                {"safe_harbour", money(e.customary.safe_harbour)},
                                {"explanation", customary_explanation(e.customary)}};
  employee["customary_review"] = e.customary.review;
  return employee;
}
json to_json(const Totals& totals) { return parts(totals); }

namespace {

// The streamed JSON: what nlohmann::json's dump(2) writes for the trees above — the keys of an
// object in its (std::map) order, ",\n" between members, two more spaces a level — written
// straight into a string. An employee is at depth 2 of the document: its keys take 6 spaces, its
// items 8 and their keys 10.

/// `text` as a JSON string: as it is, between quotes, unless it has a character to escape; then
/// as nlohmann::json escapes it.
void append_string(std::string& out, std::string_view text) {
  const bool plain = std::none_of(text.begin(), text.end(),
                                  [](char c) { return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20; });
  if (plain) {
    out.append(1, '"').append(text).append(1, '"');
  } else {
    out += json(std::string(text)).dump();
  }
}

/// A member of an object, after the separator from the one before: `indent` spaces, the key, ": ".
void append_key(std::string& out, std::size_t indent, std::string_view key, bool first = false) {
  out.append(first ? "\n" : ",\n").append(indent, ' ').append(1, '"').append(key).append("\": ");
}

void append_money(std::string& out, std::size_t indent, std::string_view key, const Decimal& amount) {
  append_key(out, indent, key);
  out.append(1, '"').append(money(amount)).append(1, '"');
}

/// A dumped tree nested at `indent` spaces (its first line follows the key).
void append_tree(std::string& out, const json& tree, std::size_t indent) {
  for (const char c : tree.dump(2)) {
    out += c;
    if (c == '\n') out.append(indent, ' ');
  }
}

/// An explanation as its member: "[]" when there is none, else its tree.
void append_explanation(std::string& out, std::size_t indent, const json& steps, bool first = false) {
  append_key(out, indent, "explanation", first);
  if (steps.empty()) {
    out += "[]";
  } else {
    append_tree(out, steps, indent);
  }
}

}  // namespace

void append_item_json(std::string& items, const Item& item, const ItemTreatment& t) {
  constexpr std::size_t keys = 10;  // the item's keys; the item itself is at 8 spaces
  items.append(items.empty() ? "\n" : ",\n").append(keys - 2, ' ').append(1, '{');
  append_key(items, keys, "amount", true);
  items.append(1, '"').append(money(t.amount)).append(1, '"');
  if (t.cap) append_money(items, keys, "cap", *t.cap);
  append_key(items, keys, "category");
  append_string(items, to_string(item.category));
  append_money(items, keys, "designated", t.designated);
  append_money(items, keys, "exempt", t.exempt());
  append_explanation(items, keys, t.explanation.steps.empty() ? json::array() : to_json(t.explanation));
  append_money(items, keys, "intermediary", t.intermediary);
  append_money(items, keys, "nil_valued", t.nil_valued);
  append_key(items, keys, "origin");
  append_string(items, item.origin);
  append_money(items, keys, "own_contribution", t.own_contribution);
  if (item.quantity) {
    append_key(items, keys, "quantity");
    items.append(1, '"').append(item.quantity->to_string()).append(1, '"');
  }
  append_money(items, keys, "targeted_exempt", t.targeted_exempt);
  append_money(items, keys, "wage", t.wage);
  items.append(1, '\n').append(keys - 2, ' ').append(1, '}');
}

void append_employee_json(std::string& out, std::string_view employee, const Totals& totals,
                          const CustomaryTest& customary, std::string_view items) {
  constexpr std::size_t keys = 6;  // the employee's keys; the employee itself is at 4 spaces
  out += '{';
  append_key(out, keys, "customary_review", true);
  out += customary.review ? "true" : "false";
  append_key(out, keys, "customary_test");
  out += '{';
  append_explanation(out, keys + 2, customary_explanation(customary), true);
  append_money(out, keys + 2, "safe_harbour", customary.safe_harbour);
  append_key(out, keys + 2, "safe_harbour_applies");
  out.append(customary.safe_harbour_applies ? "true" : "false").append(1, '\n').append(keys, ' ').append(1, '}');
  append_money(out, keys, "designated", totals.designated);
  append_key(out, keys, "employee");
  append_string(out, employee);
  append_money(out, keys, "exempt", totals.exempt());
  append_money(out, keys, "intermediary", totals.intermediary);
  append_key(out, keys, "items");
  if (items.empty()) {
    out += "[]";
  } else {
    out.append(1, '[').append(items).append(1, '\n').append(keys, ' ').append(1, ']');
  }
  append_money(out, keys, "nil_valued", totals.nil_valued);
  append_money(out, keys, "own_contribution", totals.own_contribution);
  append_money(out, keys, "targeted_exempt", totals.targeted_exempt);
  append_money(out, keys, "wage", totals.wage);
  out.append(1, '\n').append(keys - 2, ' ').append(1, '}');
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
