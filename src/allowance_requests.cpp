// The requests of the targeted exemptions (allowance_requests.hpp): the one reader of each of
// home-working, commute, same-day and evaluate, for JSON and the command line alike.
#include "allowance_requests.hpp"

#include "wkr/items_csv.hpp"

namespace wkr::detail {

namespace {

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
  if (auto from = fields.optional_integer("from_month")) period.from_month = *from;
  if (auto to = fields.optional_integer("to_month")) period.to_month = *to;
  return period;
}

/// Refuses keys that belong to the other form of a command, saying which form they belong to.
void refuse(RequestFields& fields, std::initializer_list<const char*> keys, const Phrase& why) {
  for (const char* key : keys) {
    if (fields.has(key)) throw fields.misplaced(key, why);
  }
}

/// A key the fixed form requires.
void require_with_fixed(RequestFields& fields, const std::string& key) {
  if (!fields.has(key)) throw fields.misplaced(key, say("error.field.required_with", fields.switched_on("fixed")));
}

/// Neither actual days nor a fixed allowance.
RequestKeyError no_form(RequestFields& fields) {
  return fields.misplaced("days", say("error.field.days_or_fixed", fields.switched_on("fixed")));
}

/// "START:RETURN" or "START:" (not back by the end of the year).
Absence parse_absence(RequestFields& fields, const std::string& text) {
  const auto colon = text.find(':');
  if (colon == std::string::npos) {
    throw fields.bad("long_absence", say("error.field.absence", text));
  }
  Absence absence;
  absence.start = parse_date(text.substr(0, colon));
  if (colon + 1 < text.size()) absence.returned = parse_date(text.substr(colon + 1));
  return absence;
}

/// The days of an inline JSON calendar, every bad day reported at once.
std::vector<CalendarDay> calendar_days(RequestFields& fields, int year) {
  const nlohmann::json& list = fields.required("calendar");
  if (!list.is_array()) throw fields.bad("calendar", say("error.field.list_of", "{date, kind, business_km}"));
  std::vector<CalendarDay> days;
  std::vector<Phrase> problems;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string where = "calendar[" + std::to_string(i) + "]";
    const nlohmann::json& day = list[i];
    try {
      if (!day.is_object()) throw Error(ErrorCode::invalid_argument, say("error.request.day_shape"));
      for (const auto& item : day.items()) {
        if (item.key() != "date" && item.key() != "kind" && item.key() != "business_km") {
          throw Error(ErrorCode::invalid_argument, say("error.request.day_key", item.key()));
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
      days.push_back(std::move(d));
    } catch (const Error& e) {
      problems.push_back(allowance::at_origin(where, e.phrase()));
    }
  }
  for (auto& p : allowance::calendar_problems(year, days)) problems.push_back(std::move(p));
  if (!problems.empty()) throw allowance::bad_rows(noun("the calendar"), problems);
  return days;
}

/// The items of an inline JSON list, every bad item reported at once.
std::vector<Item> inline_items(RequestFields& fields, bool company_bicycle_designation) {
  const nlohmann::json& list = fields.required("items");
  if (!list.is_array()) {
    throw fields.bad("items",
                     say("error.field.list_of", "{employee, category, amount, quantity, own_contribution, treatment}"));
  }
  std::vector<Item> items;
  std::vector<Phrase> problems;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const nlohmann::json& entry = list[i];
    std::string where = "items[" + std::to_string(i) + "]";
    if (entry.is_object() && entry.contains("line") && entry["line"].is_number_integer()) {
      where = "line " + std::to_string(entry["line"].get<int>());
    }
    try {
      if (!entry.is_object()) throw Error(ErrorCode::invalid_argument, say("error.request.item_shape"));
      RequestFields item_fields(entry, "evaluate item", RequestSyntax::json);
      Item item;
      item.origin = where;
      item.employee = item_fields.optional_string("employee").value_or("");
      const std::string category = item_fields.optional_string("category").value_or("");
      const auto found = find_category(category);
      if (!found) {
        throw Error(ErrorCode::invalid_argument, say("error.items.unknown_category", category, category_names()));
      }
      item.category = *found;
      item.amount = item_fields.decimal("amount");
      item.quantity = item_fields.optional_decimal("quantity");
      item.own_contribution = item_fields.optional_decimal("own_contribution");
      if (auto treatment = item_fields.optional_string("treatment")) item.treatment = parse_excess_treatment(*treatment);
      (void)item_fields.has("line");
      item_fields.reject_unknown();
      for (auto& p : item_problems(item, company_bicycle_designation)) {
        problems.push_back(allowance::at_origin(where, std::move(p)));
      }
      items.push_back(std::move(item));
    } catch (const Error& e) {
      problems.push_back(allowance::at_origin(where, e.phrase()));
    }
  }
  if (!problems.empty()) throw allowance::bad_rows(noun("the items"), problems);
  return items;
}

}  // namespace

Request read_home_working(RequestFields& fields) {
  const int year = fields.integer("year");
  HomeWorkingOptions options;
  options.excess = excess_of(fields);
  const std::optional<Decimal> paid = fields.optional_amount("paid");
  if (fields.flag("fixed")) {
    refuse(fields, {"days"}, say("error.field.actual_days", fields.name("home_days_per_week")));
    require_with_fixed(fields, "home_days_per_week");
    FixedHomeWorkingRequest r{year, fields.integer("home_days_per_week"), period_of(fields), paid, options};
    r.options.day_rounding = day_rounding_of(fields);
    return r;
  }
  refuse(fields, {"home_days_per_week", "round_days", "from_month", "to_month"},
         say("error.field.for_fixed", fields.switched_on("fixed")));
  if (!fields.has("days")) throw no_form(fields);
  const Decimal days = fields.decimal("days");
  if (!paid) throw fields.misplaced("paid", say("error.field.required_with", fields.name("days")));
  return HomeWorkingRequest{year, days, paid, options};
}

Request read_commute(RequestFields& fields) {
  const int year = fields.integer("year");
  const Decimal km_one_way = fields.decimal("km_one_way");
  const ExcessTreatment excess = excess_of(fields);
  if (fields.flag("fixed")) {
    refuse(fields, {"days"}, say("error.field.actual_days", fields.name("office_days_per_week")));
    require_with_fixed(fields, "office_days_per_week");
    FixedCommuteRequest r;
    r.year = year;
    FixedCommuteInput& in = r.input;
    in.km_one_way = km_one_way;
    in.office_days_per_week = fields.integer("office_days_per_week");
    if (auto work = fields.optional_integer("work_days_per_week")) in.work_days_per_week = *work;
    in.period = period_of(fields);
    for (const std::string& text : fields.strings("long_absence")) in.absences.push_back(parse_absence(fields, text));
    in.travel_days = fields.optional_decimal("travel_days");
    in.travel_weeks = fields.optional_decimal("travel_weeks");
    in.actual_km = fields.optional_decimal("actual_km");
    in.paid = fields.optional_amount("paid");
    in.corona_approval = fields.flag("corona_approval");
    r.options.excess = excess;
    r.options.day_rounding = day_rounding_of(fields);
    r.options.absence.new_cause_each_year = fields.flag("absence_new_cause_each_year");
    return r;
  }
  refuse(fields,
         {"office_days_per_week", "work_days_per_week", "round_days", "from_month", "to_month", "long_absence",
          "absence_new_cause_each_year", "travel_days", "travel_weeks", "actual_km", "corona_approval"},
         say("error.field.for_fixed", fields.switched_on("fixed")));
  if (!fields.has("days")) throw no_form(fields);
  const Decimal days = fields.decimal("days");
  if (!fields.has("paid")) throw fields.misplaced("paid", say("error.field.required_with", fields.name("days")));
  return CommuteRequest{year, km_one_way, days, fields.amount("paid"), TravelOptions{excess}};
}

Request read_same_day(RequestFields& fields) {
  SameDayRequest r;
  r.year = fields.integer("year");
  r.input.km_one_way = fields.decimal("km_one_way");
  r.input.home_working_paid = fields.optional_amount("home_working_paid");
  r.input.commuting_paid = fields.optional_amount("commuting_paid");
  r.input.business_travel_paid = fields.optional_amount("business_travel_paid");
  r.options.excess = excess_of(fields);
  if (auto prefer = fields.optional_string("prefer")) r.options.preference = parse_same_day_preference(*prefer);
  if (const auto csv = one_form_of(fields, "calendar")) {
    r.input.days = read_calendar_csv(csv->text, csv->name, r.year, csv->format);
  } else {
    r.input.days = calendar_days(fields, r.year);
  }
  return r;
}

namespace {

/// The year and options of an evaluate request: every key but its items.
EvaluateRequest evaluate_options(RequestFields& fields) {
  EvaluateRequest r;
  r.year = fields.integer("year");
  EvaluationOptions& options = r.options;
  options.excess = excess_of(fields);
  for (const std::string& name : fields.strings("intern")) {
    options.customary_exclusions[name] = CustomaryTestExclusion::intern;
  }
  for (const std::string& name : fields.strings("below_minimum_wage")) {
    options.customary_exclusions[name] = CustomaryTestExclusion::below_minimum_wage;
  }
  // Designated by default; "company_bicycle_as_wage" (--company-bicycle-as-wage) treats it as wage.
  // "company_bicycle_designation", the opt-in before designation was the default, is still read:
  // true changes nothing, false is the same as company_bicycle_as_wage.
  const bool designation_given = fields.has("company_bicycle_designation");
  const bool designation = fields.flag("company_bicycle_designation");
  const bool as_wage = fields.flag("company_bicycle_as_wage");
  if (as_wage && designation) {
    throw fields.misplaced("company_bicycle_as_wage",
                           say("error.field.contradict", fields.switched_on("company_bicycle_designation")));
  }
  options.company_bicycle_designation = !as_wage && (designation || !designation_given);
  options.wage_bills = wage_bills(fields);
  options.free_space = free_space_options(fields);
  return r;
}

}  // namespace

Request read_evaluate(RequestFields& fields) {
  EvaluateRequest r = evaluate_options(fields);
  const EvaluationOptions& options = r.options;
  if (const auto csv = one_form_of(fields, "items")) {
    r.items = read_items_csv(csv->text, csv->name, options.company_bicycle_designation, csv->format);
  } else {
    r.items = inline_items(fields, options.company_bicycle_designation);
  }
  return r;
}

}  // namespace wkr::detail

namespace wkr {

EvaluateRequest read_evaluate_options(const nlohmann::json& request, RequestSyntax syntax) {
  nlohmann::json without_items = request;
  without_items.erase("items");
  without_items.erase("items_csv");
  detail::RequestFields fields(without_items, "evaluate", syntax);
  EvaluateRequest r = detail::evaluate_options(fields);
  r.csv = fields.csv_format();
  fields.reject_unknown();
  return r;
}

}  // namespace wkr
