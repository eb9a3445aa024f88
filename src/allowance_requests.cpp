// The JSON requests of the targeted exemptions (allowance_requests.hpp): each reads its keys with
// RequestFields, calls the rule and writes the result as `wkr … --json` does.
#include "allowance_requests.hpp"

#include "wkr/allowances/json.hpp"
#include "wkr/items_csv.hpp"

namespace wkr::detail {

namespace {

std::optional<int> optional_integer(RequestFields& fields, const std::string& key) {
  const nlohmann::json* value = fields.optional_value(key);
  if (value == nullptr) return std::nullopt;
  if (!value->is_number_integer()) throw fields.bad(key, "must be a whole number");
  return value->get<int>();
}

/// A string or a list of strings.
std::vector<std::string> strings(RequestFields& fields, const std::string& key) {
  const nlohmann::json* value = fields.optional_value(key);
  if (value == nullptr) return {};
  const nlohmann::json list = value->is_array() ? *value : nlohmann::json::array({*value});
  std::vector<std::string> out;
  for (const auto& item : list) {
    if (!item.is_string()) throw fields.bad(key, "must be a string or a list of strings");
    out.push_back(item.get<std::string>());
  }
  return out;
}

ExcessTreatment excess_of(RequestFields& fields) {
  const auto text = fields.optional_string("excess");
  return text ? parse_excess_treatment(*text) : ExcessTreatment::designate;
}

DayRounding day_rounding_of(RequestFields& fields) {
  const auto text = fields.optional_string("round_days");
  return text ? parse_day_rounding(*text) : DayRounding::exact;
}

AllowancePeriod period_of(RequestFields& fields) {
  AllowancePeriod period;
  if (auto from = optional_integer(fields, "from_month")) period.from_month = *from;
  if (auto to = optional_integer(fields, "to_month")) period.to_month = *to;
  return period;
}

/// Refuses keys that belong to the other form of a command, saying which form they belong to.
void refuse(RequestFields& fields, std::initializer_list<const char*> keys, const std::string& why) {
  for (const char* key : keys) {
    if (fields.optional_value(key) != nullptr) throw fields.bad(key, why);
  }
}

/// "START:RETURN" or "START:" (not back by the end of the year).
Absence parse_absence(RequestFields& fields, const std::string& text) {
  const auto colon = text.find(':');
  if (colon == std::string::npos) {
    throw fields.bad("long_absence", "'" + text +
                                         "' is not START:RETURN, e.g. 2025-09-07:2025-12-11 (RETURN may be "
                                         "empty: not back)");
  }
  Absence absence;
  absence.start = parse_date(text.substr(0, colon));
  if (colon + 1 < text.size()) absence.returned = parse_date(text.substr(colon + 1));
  return absence;
}

std::string text_of(RequestFields& fields, const std::string& key) {
  const nlohmann::json& value = fields.required(key);
  if (!value.is_string()) throw fields.bad(key, "must be the CSV text as a string");
  return value.get<std::string>();
}

}  // namespace

nlohmann::json home_working_request(const Parameters& parameters, RequestFields& fields) {
  const int year = fields.integer("year");
  HomeWorkingOptions options;
  options.excess = excess_of(fields);
  const std::optional<Decimal> paid = fields.optional_decimal("paid");
  if (fields.flag("fixed")) {
    refuse(fields, {"days"}, "counts actual days; a fixed allowance takes home_days_per_week");
    options.day_rounding = day_rounding_of(fields);
    const int days_per_week = fields.integer("home_days_per_week");
    const AllowancePeriod period = period_of(fields);
    fields.reject_unknown();
    return to_json(home_working_fixed(parameters, year, days_per_week, period, paid, options, Explain::yes));
  }
  refuse(fields, {"home_days_per_week", "round_days", "from_month", "to_month"},
         "is for a fixed allowance (fixed: true)");
  const Decimal days = fields.decimal("days");
  if (!paid) throw fields.bad("paid", "is required with days");
  fields.reject_unknown();
  return to_json(home_working_per_day(parameters, year, days, paid, options, Explain::yes));
}

nlohmann::json commute_request(const Parameters& parameters, RequestFields& fields) {
  const int year = fields.integer("year");
  const Decimal km_one_way = fields.decimal("km_one_way");
  const ExcessTreatment excess = excess_of(fields);
  if (fields.flag("fixed")) {
    refuse(fields, {"days"}, "counts actual days; a fixed allowance takes office_days_per_week");
    FixedCommuteInput in;
    in.km_one_way = km_one_way;
    in.office_days_per_week = fields.integer("office_days_per_week");
    if (auto work = optional_integer(fields, "work_days_per_week")) in.work_days_per_week = *work;
    in.period = period_of(fields);
    for (const std::string& text : strings(fields, "long_absence")) in.absences.push_back(parse_absence(fields, text));
    in.travel_days = fields.optional_decimal("travel_days");
    in.travel_weeks = fields.optional_decimal("travel_weeks");
    in.actual_km = fields.optional_decimal("actual_km");
    in.paid = fields.optional_decimal("paid");
    in.corona_approval = fields.flag("corona_approval");
    FixedCommuteOptions options;
    options.excess = excess;
    options.day_rounding = day_rounding_of(fields);
    options.absence.new_cause_each_year = fields.flag("absence_new_cause_each_year");
    fields.reject_unknown();
    return to_json(fixed_commute(parameters, year, in, options, Explain::yes));
  }
  refuse(fields,
         {"office_days_per_week", "work_days_per_week", "round_days", "from_month", "to_month", "long_absence",
          "absence_new_cause_each_year", "travel_days", "travel_weeks", "actual_km", "corona_approval"},
         "is for a fixed allowance (fixed: true)");
  const Decimal days = fields.decimal("days");
  const Decimal paid = fields.decimal("paid");
  fields.reject_unknown();
  return to_json(commute_per_day(parameters, year, km_one_way, days, paid, TravelOptions{excess}, Explain::yes));
}

nlohmann::json same_day_request(const Parameters& parameters, RequestFields& fields) {
  const int year = fields.integer("year");
  SameDayInput in;
  in.km_one_way = fields.decimal("km_one_way");
  in.home_working_paid = fields.optional_decimal("home_working_paid");
  in.commuting_paid = fields.optional_decimal("commuting_paid");
  in.business_travel_paid = fields.optional_decimal("business_travel_paid");
  SameDayOptions options;
  options.excess = excess_of(fields);
  if (auto prefer = fields.optional_string("prefer")) options.preference = parse_same_day_preference(*prefer);
  const bool inline_days = fields.optional_value("calendar") != nullptr;
  if (inline_days == (fields.optional_value("calendar_csv") != nullptr)) {
    throw fields.bad("calendar", "or \"calendar_csv\" is required, not both");
  }
  if (inline_days) {
    const nlohmann::json& list = fields.required("calendar");
    if (!list.is_array()) throw fields.bad("calendar", "must be a list of {date, kind, business_km}");
    std::vector<std::string> problems;
    for (std::size_t i = 0; i < list.size(); ++i) {
      const std::string where = "calendar[" + std::to_string(i) + "]";
      const nlohmann::json& day = list[i];
      try {
        if (!day.is_object()) throw Error(ErrorCode::invalid_argument, "a day is {date, kind, business_km}");
        for (const auto& item : day.items()) {
          if (item.key() != "date" && item.key() != "kind" && item.key() != "business_km") {
            throw Error(ErrorCode::invalid_argument,
                        "unknown key \"" + item.key() + "\"; a day has date, kind, business_km");
          }
        }
        CalendarDay d;
        d.origin = where;
        d.date = parse_date(day.value("date", ""));
        d.kind = parse_day_kind(day.value("kind", ""));
        if (day.contains("business_km")) {
          const auto& km = day["business_km"];
          d.business_km = Decimal::parse(km.is_string() ? km.get<std::string>() : km.dump());
        }
        in.days.push_back(std::move(d));
      } catch (const Error& e) {
        problems.push_back(where + ": " + e.what());
      }
    }
    for (auto& p : allowance::calendar_problems(year, in.days)) problems.push_back(std::move(p));
    if (!problems.empty()) throw allowance::bad_rows("the calendar", problems);
  } else {
    in.days = read_calendar_csv(text_of(fields, "calendar_csv"), "calendar_csv", year);
  }
  fields.reject_unknown();
  return to_json(same_day(parameters, year, in, options, Explain::yes));
}

nlohmann::json evaluate_items_request(const Parameters& parameters, RequestFields& fields) {
  const int year = fields.integer("year");
  EvaluationOptions options;
  options.excess = excess_of(fields);
  for (const std::string& name : strings(fields, "intern")) {
    options.customary_exclusions[name] = CustomaryTestExclusion::intern;
  }
  for (const std::string& name : strings(fields, "below_minimum_wage")) {
    options.customary_exclusions[name] = CustomaryTestExclusion::below_minimum_wage;
  }
  // Designated by default; "company_bicycle_as_wage": true (the command's --company-bicycle-as-wage)
  // treats it as wage. "company_bicycle_designation", the opt-in before designation was the
  // default, is still read: true changes nothing, false is the same as company_bicycle_as_wage.
  const bool designation_given = fields.optional_value("company_bicycle_designation") != nullptr;
  const bool designation = fields.flag("company_bicycle_designation");
  const bool as_wage = fields.flag("company_bicycle_as_wage");
  if (as_wage && designation) {
    throw fields.bad("company_bicycle_as_wage",
                     "and \"company_bicycle_designation\": true contradict each other; give one");
  }
  options.company_bicycle_designation = !as_wage && (designation || !designation_given);
  if (fields.optional_value("wage_bill") != nullptr) {
    const std::vector<Decimal> bills = fields.decimals("wage_bill");
    for (std::size_t i = 0; i < bills.size(); ++i) {
      options.wage_bills.push_back({bills.size() > 1 ? "member " + std::to_string(i + 1) : "", bills[i], true});
    }
  }
  if (auto mode = fields.optional_string("free_space_rounding")) options.free_space.rounding = parse_rounding(*mode);

  const bool inline_items = fields.optional_value("items") != nullptr;
  if (inline_items == (fields.optional_value("items_csv") != nullptr)) {
    throw fields.bad("items", "or \"items_csv\" is required, not both");
  }
  std::vector<Item> items;
  if (inline_items) {
    const nlohmann::json& list = fields.required("items");
    if (!list.is_array()) throw fields.bad("items", "must be a list of {employee, category, amount, quantity}");
    std::vector<std::string> problems;
    for (std::size_t i = 0; i < list.size(); ++i) {
      const nlohmann::json& entry = list[i];
      std::string where = "items[" + std::to_string(i) + "]";
      if (entry.is_object() && entry.contains("line") && entry["line"].is_number_integer()) {
        where = "line " + std::to_string(entry["line"].get<int>());
      }
      try {
        if (!entry.is_object())
          throw Error(ErrorCode::invalid_argument, "an item is {employee, category, amount, quantity}");
        RequestFields item_fields(entry, "evaluate item");
        Item item;
        item.origin = where;
        item.employee = item_fields.optional_string("employee").value_or("");
        const std::string category = item_fields.optional_string("category").value_or("");
        const auto found = find_category(category);
        if (!found) {
          throw Error(ErrorCode::invalid_argument,
                      "unknown category '" + category + "'; the categories are " + category_names());
        }
        item.category = *found;
        item.amount = item_fields.decimal("amount");
        item.quantity = item_fields.optional_decimal("quantity");
        if (auto treatment = item_fields.optional_string("treatment"))
          item.treatment = parse_excess_treatment(*treatment);
        (void)item_fields.optional_value("line");
        item_fields.reject_unknown();
        for (const auto& p : item_problems(item, options.company_bicycle_designation)) {
          problems.push_back(where + ": " + p);
        }
        items.push_back(std::move(item));
      } catch (const Error& e) {
        problems.push_back(where + ": " + e.what());
      }
    }
    if (!problems.empty()) throw allowance::bad_rows("the items", problems);
  } else {
    items = read_items_csv(text_of(fields, "items_csv"), "items_csv", options.company_bicycle_designation);
  }
  fields.reject_unknown();
  return to_json(evaluate_items(parameters, year, items, options, Explain::yes));
}

}  // namespace wkr::detail
