// The targeted exemptions as JSON (docs/cli.md lists the keys of each command).
#include "wkr/allowances/json.hpp"

#include <algorithm>
#include <cstring>

#include "wkr/json.hpp"

namespace wkr {

using nlohmann::json;

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

// The streamed JSON: what nlohmann::json's dump() writes for the trees above, without indentation —
// the keys of an object in its (std::map) order, "," between members and ":" after a key — written
// straight into a string. Each member below is written with its separator and key as one literal.

/// Writes to the end of a string through a buffer on the stack. A member's literal (separator and
/// key) is copied into the buffer with its length known when compiled — a few moves, where
/// std::string::append is a call that checks the capacity every time — and the buffer goes to the
/// string in one append when it is full and at finish().
class Writer {
 public:
  explicit Writer(std::string& out) : out_(out) {}

  /// Appends what is in the buffer to the string. Call it last: what is left in the buffer is lost.
  void finish() {
    out_.append(buffer_.data(), static_cast<std::size_t>(next_ - buffer_.data()));
    next_ = buffer_.data();
  }

  template <std::size_t N>
  [[gnu::always_inline]] void literal(const char (&text)[N]) {
    static_assert(N - 1 <= small);
    room(N - 1);
    std::memcpy(next_, text, N - 1);
    next_ += N - 1;
  }

  void text(std::string_view text) {
    if (text.size() > small) {
      finish();
      out_.append(text);
      return;
    }
    room(text.size());
    std::memcpy(next_, text.data(), text.size());
    next_ += text.size();
  }

  void boolean(bool value) {
    if (value) {
      literal("true");
    } else {
      literal("false");
    }
  }

  /// `text` as a JSON string: as it is, between quotes, unless it has a character to escape; then
  /// as nlohmann::json escapes it.
  void string(std::string_view text) {
    const bool plain = std::none_of(
        text.begin(), text.end(), [](char c) { return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20; });
    if (plain) {
      literal("\"");
      this->text(text);
      literal("\"");
    } else {
      this->text(json(std::string(text)).dump());
    }
  }

  /// json_money(amount) and its closing quote (the member's literal has the opening one). A zero
  /// with at most two decimals, the most common amount, is "0.00" without formatting it.
  void money(const Decimal& amount) {
    if (amount.scale() <= 2 && amount.is_zero() && !amount.is_negative()) {
      literal("0.00\"");
      return;
    }
    room(Decimal::max_text_size + 1);
    next_ = write_json_money(next_, amount);
    *next_++ = '"';
  }

  /// A number's exact text (Decimal::to_string()) and its closing quote.
  void number(const Decimal& value) {
    room(Decimal::max_text_size + 1);
    next_ = value.write_to(next_);
    *next_++ = '"';
  }

  /// The explanation: "[]" when there is none (no JSON value made: a stream writes millions).
  void explanation(const Explanation& explanation) {
    if (explanation.steps.empty()) {
      literal("[]");
    } else {
      text(to_json(explanation).dump());
    }
  }

 private:
  /// The longest piece written into the buffer at once; anything longer goes to the string directly.
  static constexpr std::size_t small = 128;
  static_assert(Decimal::max_text_size + 1 <= small);

  [[gnu::always_inline]] void room(std::size_t size) {
    if (static_cast<std::size_t>(buffer_.data() + buffer_.size() - next_) < size) [[unlikely]]
      finish();
  }

  std::string& out_;
  std::array<char, 2048> buffer_;  // NOLINT(cppcoreguidelines-pro-type-member-init): written before it is read
  char* next_ = buffer_.data();
};

}  // namespace

void append_item_json(std::string& items, const Item& item, const ItemTreatment& t) {
  Writer w(items);
  if (items.empty()) {
    w.literal("{\"amount\":\"");
  } else {
    w.literal(",{\"amount\":\"");
  }
  w.money(t.amount);
  if (t.cap) {
    w.literal(",\"cap\":\"");
    w.money(*t.cap);
  }
  // A category's name is the catalogue's snake_case identifier: nothing in it to escape.
  w.literal(",\"category\":\"");
  w.text(to_string(item.category));
  w.literal("\",\"designated\":\"");
  w.money(t.designated);
  w.literal(",\"exempt\":\"");
  w.money(t.exempt());
  w.literal(",\"explanation\":");
  w.explanation(t.explanation);
  w.literal(",\"intermediary\":\"");
  w.money(t.intermediary);
  w.literal(",\"nil_valued\":\"");
  w.money(t.nil_valued);
  w.literal(",\"origin\":");
  w.string(item.origin);
  w.literal(",\"own_contribution\":\"");
  w.money(t.own_contribution);
  if (item.quantity) {
    w.literal(",\"quantity\":\"");
    w.number(*item.quantity);
  }
  w.literal(",\"targeted_exempt\":\"");
  w.money(t.targeted_exempt);
  w.literal(",\"wage\":\"");
  w.money(t.wage);
  w.literal("}");
  w.finish();
}

void append_employee_json(std::string& out, std::string_view employee, const Totals& totals,
                          const CustomaryTest& customary, std::string_view items) {
  Writer w(out);
  w.literal("{\"customary_review\":");
  w.boolean(customary.review);
  w.literal(",\"customary_test\":{\"explanation\":");
  w.explanation(customary_explanation(customary));
  w.literal(",\"safe_harbour\":\"");
  w.money(customary.safe_harbour);
  w.literal(",\"safe_harbour_applies\":");
  w.boolean(customary.safe_harbour_applies);
  w.literal("},\"designated\":\"");
  w.money(totals.designated);
  w.literal(",\"employee\":");
  w.string(employee);
  w.literal(",\"exempt\":\"");
  w.money(totals.exempt());
  w.literal(",\"intermediary\":\"");
  w.money(totals.intermediary);
  w.literal(",\"items\":[");
  w.text(items);
  w.literal("],\"nil_valued\":\"");
  w.money(totals.nil_valued);
  w.literal(",\"own_contribution\":\"");
  w.money(totals.own_contribution);
  w.literal(",\"targeted_exempt\":\"");
  w.money(totals.targeted_exempt);
  w.literal(",\"wage\":\"");
  w.money(totals.wage);
  w.literal("}");
  w.finish();
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
