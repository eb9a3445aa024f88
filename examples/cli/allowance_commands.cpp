// wkr home-working, commute, same-day and evaluate: the targeted exemptions (docs/cli.md).
#include <fmt/format.h>

#include <fstream>
#include <sstream>

#include "cli_common.hpp"
#include "wkr/allowances/json.hpp"
#include "wkr/items_csv.hpp"

namespace wkr::cli {

namespace {

/// A whole number of days or weeks: digits only.
const CLI::Validator& count_validator() {
  static const CLI::Validator validator(
      [](const std::string& text) -> std::string {
        if (!text.empty() && text.size() <= 6 && text.find_first_not_of("0123456789") == std::string::npos) return {};
        return "'" + text + "' is not a whole number of days (a partial day counts as a day), e.g. 129";
      },
      "N", "whole number");
  return validator;
}

/// A distance or count that may have decimals: digits with an optional '.', no sign.
const CLI::Validator& plain_decimal_validator() {
  static const CLI::Validator validator(
      [](const std::string& text) -> std::string {
        try {
          const Decimal value = Decimal::parse(text);
          if (!value.is_negative()) return {};
        } catch (const Error&) {
        }
        return "'" + text + "' is not a plain non-negative decimal, e.g. 20 or 12.5 (no sign, comma or spaces)";
      },
      "NUMBER", "plain decimal");
  return validator;
}

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::io, "cannot read " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

/// A day count or distance as a person reads it: a decimal comma in Dutch.
std::string number_text(const Decimal& value, Language language) {
  std::string text = value.to_string();
  if (language == Language::nl) std::replace(text.begin(), text.end(), '.', ',');
  return text;
}

const char* yes_no(bool value, Language language) {
  return value ? (language == Language::nl ? "ja" : "yes") : (language == Language::nl ? "nee" : "no");
}

void add_split_rows(Table& table, const std::optional<Split>& split, Language lang) {
  if (!split) return;
  table.add(label("paid", lang), format_money(split->paid, lang));
  table.add(label("exempt", lang), format_money(split->exempt, lang));
  table.add(label("excess", lang), format_money(split->excess, lang));
  if (!split->excess.is_zero()) {
    table.add(split->treatment == ExcessTreatment::designate ? label("designated", lang) : label("wage", lang),
              format_money(split->excess, lang));
  }
}

/// Prints `json` or the text table (and the explanation when asked).
int print(const CommonOptions& o, const nlohmann::json& json, const std::string& title, const Table& table,
          const Explanation& explanation) {
  if (o.json) {
    fmt::print("{}\n", json.dump(2));
    return 0;
  }
  fmt::print("{}\n", title);
  table.print();
  if (o.explain) print_explanation(explanation, o.language());
  return 0;
}

void add_excess_option(CLI::App& command, std::string& excess) {
  command
      .add_option("--excess", excess,
                  "What becomes of an amount above the exemption: designate (to the free space, the default) or wage")
      ->check(CLI::IsMember({"designate", "wage"}))
      ->type_name("designate|wage");
}

void add_period_options(CLI::App& command, int& from_month, int& to_month, CLI::Option* fixed) {
  command
      .add_option("--from-month", from_month, "First month (1-12) the fixed allowance runs, when it starts in the year")
      ->check(CLI::Range(1, 12))
      ->needs(fixed);
  command.add_option("--to-month", to_month, "Last month (1-12) the fixed allowance runs, when it ends in the year")
      ->check(CLI::Range(1, 12))
      ->needs(fixed);
}

CLI::Option* add_round_days(CLI::App& command, std::string& round_days, CLI::Option* fixed) {
  return command
      .add_option("--round-days", round_days,
                  "Day counts of a fixed allowance: exact (3/5 × 214 = 128.4, the default) or up (129)")
      ->check(CLI::IsMember({"exact", "up"}))
      ->type_name("exact|up")
      ->needs(fixed);
}

/// One of two forms must be chosen: `a` or `b` (a usage error otherwise).
void require_one_form(CLI::App& command, CLI::Option* a, CLI::Option* b) {
  command.parse_complete_callback([a, b] {
    if (a->count() == 0 && b->count() == 0) {
      throw CLI::ValidationError(
          a->get_name() + " or " + b->get_name(),
          "give actual days (" + a->get_name() + ") or a fixed allowance (" + b->get_name() + ")");
    }
  });
}

// ---- home-working ---------------------------------------------------------------------------

struct HomeWorkingArgs {
  CommonOptions common;
  std::string days;
  std::string paid;
  int home_days_per_week = 0;
  bool fixed = false;
  std::string round_days = "exact";
  std::string excess = "designate";
  int from_month = 1;
  int to_month = 12;
};

int run_home_working(const HomeWorkingArgs& a) {
  const CommonOptions& o = a.common;
  const Parameters parameters = o.parameters();
  HomeWorkingOptions options{parse_day_rounding(a.round_days), parse_excess_treatment(a.excess)};
  const std::optional<Decimal> paid = a.paid.empty() ? std::nullopt : std::optional<Decimal>(Decimal::parse(a.paid));
  const HomeWorking r =
      a.fixed ? home_working_fixed(parameters, o.year, a.home_days_per_week, {a.from_month, a.to_month}, paid, options,
                                 o.explanation())
              : home_working_per_day(parameters, o.year, Decimal::parse(a.days), paid, options, o.explanation());
  const Language lang = o.language();
  Table table;
  table.add(label("days", lang), number_text(r.days, lang));
  table.add(label("daily_amount", lang), format_money(r.daily_amount, lang));
  table.add(label("cap", lang), format_money(r.cap, lang));
  if (r.monthly_cap) table.add(label("monthly_cap", lang), format_money(*r.monthly_cap, lang));
  add_split_rows(table, r.split, lang);
  if (!r.exemption_in_force) {
    table.add(lang == Language::nl ? "let op" : "note",
              lang == Language::nl ? "geen gerichte vrijstelling vóór 2022" : "no targeted exemption before 2022");
  }
  return print(o, to_json(r),
               fmt::format("{} {}", lang == Language::nl ? "Thuiswerkvergoeding" : "Home-working allowance", o.year),
               table, r.explanation);
}

// ---- commute --------------------------------------------------------------------------------

struct CommuteArgs {
  CommonOptions common;
  std::string km_one_way;
  std::string days;
  std::string paid;
  int office_days_per_week = 0;
  int work_days_per_week = 5;
  bool fixed = false;
  std::string round_days = "exact";
  std::string excess = "designate";
  int from_month = 1;
  int to_month = 12;
  std::vector<std::string> long_absences;
  bool new_cause_each_year = false;
  std::string travel_days;
  std::string travel_weeks;
  std::string actual_km;
  bool corona_approval = false;
};

std::optional<Decimal> optional_decimal(const std::string& text) {
  return text.empty() ? std::nullopt : std::optional<Decimal>(Decimal::parse(text));
}

Absence parse_absence(const std::string& text) {
  const auto colon = text.find(':');
  if (colon == std::string::npos) {
    throw Error(ErrorCode::parse, "--long-absence '" + text +
                                      "' is not START:RETURN, e.g. 2025-09-07:2025-12-11 (RETURN empty: not back)");
  }
  Absence absence;
  absence.start = parse_date(text.substr(0, colon));
  if (colon + 1 < text.size()) absence.returned = parse_date(text.substr(colon + 1));
  return absence;
}

int run_commute(const CommuteArgs& a) {
  const CommonOptions& o = a.common;
  const Parameters parameters = o.parameters();
  const Language lang = o.language();
  const bool nl = lang == Language::nl;
  const ExcessTreatment excess = parse_excess_treatment(a.excess);
  Table table;
  if (!a.fixed) {
    const TravelByKm r = commute_per_day(parameters, o.year, Decimal::parse(a.km_one_way), Decimal::parse(a.days),
                                         Decimal::parse(a.paid), TravelOptions{excess}, o.explanation());
    table.add(label("km", lang), number_text(r.km, lang));
    table.add(label("rate", lang), format_money(r.rate, lang));
    table.add(label("cap", lang), format_money(r.cap, lang));
    add_split_rows(table, r.split, lang);
    return print(o, to_json(r),
                 fmt::format("{} {}", nl ? "Reiskostenvergoeding woon-werk" : "Commuting allowance", o.year), table,
                 r.explanation);
  }
  FixedCommuteInput in;
  in.km_one_way = Decimal::parse(a.km_one_way);
  in.office_days_per_week = a.office_days_per_week;
  in.work_days_per_week = a.work_days_per_week;
  in.period = {a.from_month, a.to_month};
  for (const auto& text : a.long_absences) in.absences.push_back(parse_absence(text));
  in.travel_days = optional_decimal(a.travel_days);
  in.travel_weeks = optional_decimal(a.travel_weeks);
  in.actual_km = optional_decimal(a.actual_km);
  in.paid = optional_decimal(a.paid);
  in.corona_approval = a.corona_approval;
  FixedCommuteOptions options;
  options.day_rounding = parse_day_rounding(a.round_days);
  options.excess = excess;
  options.absence.new_cause_each_year = a.new_cause_each_year;
  const FixedCommute r = fixed_commute(parameters, o.year, in, options, o.explanation());
  table.add(label("days", lang), number_text(r.days, lang));
  table.add(label("minimum_days", lang), number_text(r.minimum_days, lang));
  table.add(label("rate", lang), format_money(r.rate, lang));
  table.add(label("cap", lang), format_money(r.cap, lang));
  table.add(label("monthly_cap", lang), format_money(r.monthly_cap, lang));
  if (!r.stopped_months.empty()) {
    std::string months;
    for (int m : r.stopped_months) months += (months.empty() ? "" : ", ") + std::to_string(m);
    table.add(label("stopped_months", lang), months);
  }
  if (r.corona_approval) table.add(nl ? "coronagoedkeuring" : "corona approval", yes_no(true, lang));
  table.add(nl ? "nacalculatie nodig" : "recalculation required", yes_no(r.recalculation_required, lang));
  if (r.actual_cap) table.add(label("actual_cap", lang), format_money(*r.actual_cap, lang));
  add_split_rows(table, r.split, lang);
  return print(o, to_json(r),
               fmt::format("{} {}", nl ? "Vaste reiskostenvergoeding" : "Fixed travel allowance", o.year), table,
               r.explanation);
}

// ---- same-day -------------------------------------------------------------------------------

struct SameDayArgs {
  CommonOptions common;
  std::string km_one_way;
  std::string calendar;
  std::string home_working_paid;
  std::string commuting_paid;
  std::string business_travel_paid;
  std::string prefer = "most-exempt";
  std::string excess = "designate";
};

int run_same_day(const SameDayArgs& a) {
  const CommonOptions& o = a.common;
  const Parameters parameters = o.parameters();
  SameDayInput in;
  in.km_one_way = Decimal::parse(a.km_one_way);
  in.days = read_calendar_csv(read_text(a.calendar), a.calendar, o.year);
  in.home_working_paid = optional_decimal(a.home_working_paid);
  in.commuting_paid = optional_decimal(a.commuting_paid);
  in.business_travel_paid = optional_decimal(a.business_travel_paid);
  const SameDay r = same_day(parameters, o.year, in,
                             SameDayOptions{parse_same_day_preference(a.prefer), parse_excess_treatment(a.excess)},
                             o.explanation());
  const Language lang = o.language();
  const bool nl = lang == Language::nl;
  Table table;
  table.add(label("home_working_days", lang), r.home_working_days.to_string());
  table.add(label("commuting_days", lang), r.commuting_days.to_string());
  table.add(label("same_day_conflicts", lang), std::to_string(r.choices.size()));
  table.add(nl ? "maximaal onbelast thuiswerken" : "largest exempt home working",
            format_money(r.home_working.cap, lang));
  table.add(nl ? "maximaal onbelast woon-werk" : "largest exempt commuting", format_money(r.commuting.cap, lang));
  table.add(nl ? "maximaal onbelast zakelijk" : "largest exempt business travel",
            format_money(r.business_travel.cap, lang));
  Explanation all = r.explanation;
  for (const Explanation* part :
       {&r.home_working.explanation, &r.commuting.explanation, &r.business_travel.explanation}) {
    all.steps.insert(all.steps.end(), part->steps.begin(), part->steps.end());
  }
  return print(o, to_json(r),
               fmt::format("{} {}", nl ? "Thuiswerken en reizen per dag" : "Home working and travel by day", o.year),
               table, all);
}

// ---- evaluate -------------------------------------------------------------------------------

struct EvaluateArgs {
  CommonOptions common;
  std::string items;
  std::string excess = "designate";
  std::vector<std::string> interns;
  std::vector<std::string> below_minimum_wage;
  bool company_bicycle_designation = false;  ///< the opt-in of before: now the default, still accepted
  bool company_bicycle_as_wage = false;
  std::vector<std::string> wage_bills;
  std::string free_space_rounding;
};

int run_evaluate(const EvaluateArgs& a) {
  const CommonOptions& o = a.common;
  const Parameters parameters = o.parameters();
  EvaluationOptions options;
  options.excess = parse_excess_treatment(a.excess);
  for (const std::string& name : a.interns) options.customary_exclusions[name] = CustomaryTestExclusion::intern;
  for (const std::string& name : a.below_minimum_wage) {
    options.customary_exclusions[name] = CustomaryTestExclusion::below_minimum_wage;
  }
  options.company_bicycle_designation = !a.company_bicycle_as_wage;
  for (std::size_t i = 0; i < a.wage_bills.size(); ++i) {
    options.wage_bills.push_back(
        {a.wage_bills.size() > 1 ? "member " + std::to_string(i + 1) : "", Decimal::parse(a.wage_bills[i]), true});
  }
  if (!a.free_space_rounding.empty()) options.free_space.rounding = parse_rounding(a.free_space_rounding);
  const std::vector<Item> items = read_items_csv(read_text(a.items), a.items, options.company_bicycle_designation);
  const Evaluation r = evaluate_items(parameters, o.year, items, options, o.explanation());
  if (o.json) {
    fmt::print("{}\n", to_json(r).dump(2));
    return 0;
  }
  const Language lang = o.language();
  const bool nl = lang == Language::nl;
  fmt::print("{} {}\n", nl ? "Beoordeling vergoedingen" : "Evaluation of allowances", o.year);
  const auto totals_rows = [&](Table& table, const Totals& t) {
    table.add(label("exempt", lang), format_money(t.exempt(), lang));
    table.add(label("designated", lang), format_money(t.designated, lang));
    table.add(label("wage", lang), format_money(t.wage, lang));
    if (!t.own_contribution.is_zero()) {
      table.add(label("own_contribution", lang), format_money(t.own_contribution, lang));
    }
  };
  for (const EmployeeEvaluation& e : r.employees) {
    fmt::print("\n{}\n", e.employee);
    Table table;
    for (const ItemResult& item : e.items) {
      table.add(fmt::format("{} ({})", to_string(item.item.category), item.item.origin),
                format_money(item.treatment.amount, lang));
    }
    totals_rows(table, e.totals);
    if (e.customary.review && !e.customary.safe_harbour_applies) {
      table.add(nl ? "gebruikelijkheidstoets" : "customary test",
                nl ? "geen doelmatigheidsgrens (stagiair of onder het minimumloon): beoordelen"
                   : "no safe harbour (intern or below the minimum wage): review");
    } else if (e.customary.review) {
      table.add(nl ? "gebruikelijkheidstoets" : "customary test",
                fmt::format("{} {}: {}", nl ? "boven" : "above", format_money(e.customary.safe_harbour, lang, 0),
                            nl ? "beoordelen" : "review"));
    }
    table.print();
    if (o.explain) {
      Explanation steps;
      steps.receipt = r.receipt;
      for (const ItemResult& item : e.items) {
        steps.steps.insert(steps.steps.end(), item.treatment.explanation.steps.begin(),
                           item.treatment.explanation.steps.end());
      }
      steps.steps.push_back(e.customary.step);
      print_explanation(steps, lang);
    }
  }
  fmt::print("\n{}\n", nl ? "Totaal werkgever" : "Employer total");
  Table table;
  totals_rows(table, r.totals);
  if (r.settlement) {
    table.add(label("free_space", lang), format_money(r.settlement->free_space, lang));
    table.add(label("final_levy", lang), format_money(r.settlement->final_levy, lang));
  }
  table.print();
  return 0;
}

}  // namespace

void add_allowance_commands(CLI::App& app, Commands& commands) {
  // Owned for the life of the program: CLI11 writes the parsed values into them.
  static HomeWorkingArgs home;
  static CommuteArgs commute;
  static SameDayArgs day;
  static EvaluateArgs evaluate;

  CLI::App* h =
      app.add_subcommand("home-working", "Home-working allowance (thuiswerkvergoeding): exempt part and excess");
  add_common(*h, home.common);
  CLI::Option* h_fixed =
      h->add_flag("--fixed", home.fixed, "A fixed allowance from a weekly pattern (128-dagenregeling)");
  CLI::Option* h_days = h->add_option("--days", home.days, "Days worked at home (a partial day counts)")
                            ->check(count_validator())
                            ->excludes(h_fixed);
  CLI::Option* h_paid = h->add_option("--paid", home.paid, "Amount paid for the year in euros")
                            ->type_name("AMOUNT")
                            ->check(amount_validator());
  h_days->needs(h_paid);
  CLI::Option* h_week =
      h->add_option("--home-days-per-week", home.home_days_per_week, "Home-working days a week of the recorded pattern")
          ->check(CLI::Range(1, 7))
          ->needs(h_fixed);
  h_fixed->needs(h_week);
  add_round_days(*h, home.round_days, h_fixed);
  add_period_options(*h, home.from_month, home.to_month, h_fixed);
  add_excess_option(*h, home.excess);
  require_one_form(*h, h_days, h_fixed);
  commands.push_back({h, [] { return run_home_working(home); }});

  CLI::App* c =
      app.add_subcommand("commute", "Travel allowance for commuting: by the day or fixed from a weekly pattern");
  add_common(*c, commute.common);
  c->add_option("--km-one-way", commute.km_one_way, "Distance from home to the fixed workplace, one way, in km")
      ->required()
      ->check(plain_decimal_validator());
  CLI::Option* c_fixed = c->add_flag("--fixed", commute.fixed, "A fixed allowance from the weekly travel pattern");
  CLI::Option* c_days = c->add_option("--days", commute.days, "Days travelled to the fixed workplace")
                            ->check(count_validator())
                            ->excludes(c_fixed);
  CLI::Option* c_paid = c->add_option("--paid", commute.paid, "Amount paid for the year in euros")
                            ->type_name("AMOUNT")
                            ->check(amount_validator());
  c_days->needs(c_paid);
  CLI::Option* c_week = c->add_option("--office-days-per-week", commute.office_days_per_week,
                                      "Days a week the employee in de regel travels to the fixed workplace (0 only "
                                      "with --corona-approval)")
                            ->check(CLI::Range(0, 7))
                            ->needs(c_fixed);
  c_fixed->needs(c_week);
  c->add_option("--work-days-per-week", commute.work_days_per_week,
                "Working days a week of the contract (the basis before 2022; default 5)")
      ->check(CLI::Range(1, 7))
      ->needs(c_fixed);
  add_round_days(*c, commute.round_days, c_fixed);
  add_period_options(*c, commute.from_month, commute.to_month, c_fixed);
  c->add_option("--long-absence", commute.long_absences,
                "A long absence START:RETURN (dates YYYY-MM-DD; RETURN empty: not back); repeatable")
      ->type_name("START:RETURN")
      ->needs(c_fixed);
  c->add_flag("--absence-new-cause-each-year", commute.new_cause_each_year,
              "Treat an absence that continues into the year as a new cause (Kennisgroep reading)")
      ->needs(c_fixed);
  c->add_option("--travel-days", commute.travel_days, "Days actually travelled, to test the 128-day rule")
      ->check(count_validator())
      ->needs(c_fixed);
  c->add_option("--travel-weeks", commute.travel_weeks, "Weeks actually travelled, to test the 36-week rule")
      ->check(count_validator())
      ->needs(c_fixed);
  c->add_option("--actual-km", commute.actual_km, "Commuting km actually travelled, for the year-end recalculation")
      ->check(plain_decimal_validator())
      ->needs(c_fixed);
  c->add_flag("--corona-approval", commute.corona_approval,
              "2020-2021: the allowance was in place unchanged before 13 March 2020 and goes on while the employee "
              "works at home (corona approval): the pre-corona basis stays")
      ->needs(c_fixed);
  add_excess_option(*c, commute.excess);
  require_one_form(*c, c_days, c_fixed);
  commands.push_back({c, [] { return run_commute(commute); }});

  CLI::App* d = app.add_subcommand("same-day", "The same-day rule over a calendar: home working or commuting per day");
  add_common(*d, day.common);
  d->add_option("--km-one-way", day.km_one_way, "Distance from home to the fixed workplace, one way, in km")
      ->required()
      ->check(plain_decimal_validator());
  d->add_option("--calendar", day.calendar, "CSV of days: date,kind[,business_km]")->required()->type_name("FILE");
  d->add_option("--home-working-paid", day.home_working_paid, "Home-working allowance paid for these days")
      ->type_name("AMOUNT")
      ->check(amount_validator());
  d->add_option("--commuting-paid", day.commuting_paid, "Commuting allowance paid for these days")
      ->type_name("AMOUNT")
      ->check(amount_validator());
  d->add_option("--business-travel-paid", day.business_travel_paid, "Business travel allowance paid")
      ->type_name("AMOUNT")
      ->check(amount_validator());
  d->add_option("--prefer", day.prefer,
                "Days partly at home and partly at the office: most-exempt (default: the allocation that exempts "
                "the most of what was paid; 'larger' is read as most-exempt), home-working or commuting")
      ->check(CLI::IsMember({"most-exempt", "larger", "home-working", "commuting"}));
  add_excess_option(*d, day.excess);
  commands.push_back({d, [] { return run_same_day(day); }});

  CLI::App* e = app.add_subcommand("evaluate", "Per-employee annual evaluation of a CSV of items");
  add_common(*e, evaluate.common);
  e->add_option("--items", evaluate.items, "CSV of items: employee,category,amount,quantity[,treatment]")
      ->required()
      ->type_name("FILE");
  add_excess_option(*e, evaluate.excess);
  e->add_option("--intern", evaluate.interns,
                "An intern: no safe harbour of the customary test, anything designated is flagged for review; "
                "repeatable")
      ->type_name("NAME");
  e->add_option("--below-minimum-wage", evaluate.below_minimum_wage,
                "An employee paid below the statutory minimum wage: no safe harbour, anything designated is "
                "flagged for review; repeatable")
      ->type_name("NAME");
  CLI::Option* bicycle_as_wage =
      e->add_flag("--company-bicycle-as-wage", evaluate.company_bicycle_as_wage,
                  "Treat the private-use addition of a company bicycle as the employee's wage (default: designated)");
  e->add_flag("--company-bicycle-designation", evaluate.company_bicycle_designation,
              "Designate a company bicycle's addition: the default now, accepted for old scripts")
      ->excludes(bicycle_as_wage);
  e->add_option("--wage-bill", evaluate.wage_bills,
                "Fiscal wage bill, to settle the designated total against the free space; repeat for a group")
      ->type_name("AMOUNT")
      ->check(amount_validator());
  e->add_option("--free-space-rounding", evaluate.free_space_rounding, "Rounding of the free space (with --wage-bill)")
      ->check(CLI::IsMember({"half-up", "half-even", "floor", "ceiling", "toward-zero"}))
      ->type_name("MODE");
  commands.push_back({e, [] { return run_evaluate(evaluate); }});
}

}  // namespace wkr::cli
