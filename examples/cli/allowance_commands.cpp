// wkr home-working, commute, same-day and evaluate: the targeted exemptions (docs/cli.md) — their
// options and their text output.
#include <fmt/format.h>

#include "cli_common.hpp"

namespace wkr::cli {

namespace {

/// A day count or distance as a person reads it: a decimal comma in Dutch.
std::string number_text(const Decimal& value, Language language) { return format_value(value, Unit::number, language); }

/// Where an item came from: "line 2" of its file reads "regel 2" in Dutch.
std::string origin_text(const std::string& origin, Language language) {
  constexpr std::string_view line = "line ";
  if (!origin.starts_with(line)) return origin;
  return render(say("word.line", origin.substr(line.size())), language);
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

/// The title, the table, the warnings and, with --explain, the explanation.
std::string titled(const std::string& title, const Table& table, const Explanation& explanation, const View& view,
                   const std::vector<Phrase>& warnings = {}) {
  std::string out = title + "\n" + table.text() + warnings_text(warnings, view.language());
  if (view.explain) out += explanation_text(explanation, view.language());
  return out;
}

void add_excess(CLI::App& command) {
  add_input(command, "--excess", "designate|wage",
            "What becomes of an amount above the exemption: designate (to the free space, the default) or wage");
}

void add_fixed_period(CLI::App& command) {
  add_input(command, "--round-days", "exact|up",
            "Day counts of a fixed allowance: exact (3/5 × 214 = 128.4, the default) or up (129)");
  add_input(command, "--from-month", "MONTH", "First month (1-12) the fixed allowance runs, when it starts in the year");
  add_input(command, "--to-month", "MONTH", "Last month (1-12) the fixed allowance runs, when it ends in the year");
}

void add_distance(CLI::App& command) {
  add_input(command, "--km-one-way", "KM", "Distance from home to the fixed workplace, one way, in km (required)");
}

}  // namespace

std::string text(const HomeWorking& r, const View& view) {
  const Language lang = view.language();
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
  return titled(fmt::format("{} {}", lang == Language::nl ? "Thuiswerkvergoeding" : "Home-working allowance", r.year),
                table, r.explanation, view);
}

std::string text(const TravelByKm& r, const View& view) {
  const Language lang = view.language();
  Table table;
  table.add(label("km", lang), number_text(r.km, lang));
  table.add(label("rate", lang), format_money(r.rate, lang));
  table.add(label("cap", lang), format_money(r.cap, lang));
  add_split_rows(table, r.split, lang);
  return titled(
      fmt::format("{} {}", lang == Language::nl ? "Reiskostenvergoeding woon-werk" : "Commuting allowance", r.year),
      table, r.explanation, view);
}

std::string text(const FixedCommute& r, const View& view) {
  const Language lang = view.language();
  const bool nl = lang == Language::nl;
  Table table;
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
  if (r.corona_approval) table.add(nl ? "coronagoedkeuring" : "corona approval", render(yes_no(true), lang));
  table.add(nl ? "nacalculatie nodig" : "recalculation required", render(yes_no(r.recalculation_required), lang));
  if (r.actual_cap) table.add(label("actual_cap", lang), format_money(*r.actual_cap, lang));
  add_split_rows(table, r.split, lang);
  return titled(fmt::format("{} {}", nl ? "Vaste reiskostenvergoeding" : "Fixed travel allowance", r.year), table,
                r.explanation, view, r.warnings);
}

std::string text(const SameDay& r, const View& view) {
  const Language lang = view.language();
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
  return titled(fmt::format("{} {}", nl ? "Thuiswerken en reizen per dag" : "Home working and travel by day", r.year),
                table, all, view);
}

std::string evaluation_heading(int year, Language lang) {
  return fmt::format("{} {}\n", lang == Language::nl ? "Beoordeling vergoedingen" : "Evaluation of allowances", year);
}

namespace {

void add_totals_rows(Table& table, const Totals& t, Language lang) {
  table.add(label("exempt", lang), format_money(t.exempt(), lang));
  table.add(label("designated", lang), format_money(t.designated, lang));
  table.add(label("wage", lang), format_money(t.wage, lang));
  if (!t.own_contribution.is_zero()) table.add(label("own_contribution", lang), format_money(t.own_contribution, lang));
}

}  // namespace

std::string employee_text(const EmployeeEvaluation& e, const Receipt& receipt, const View& view) {
  const Language lang = view.language();
  const bool nl = lang == Language::nl;
  std::string out = fmt::format("\n{}\n", e.employee);
  Table table;
  for (const ItemResult& item : e.items) {
    table.add(fmt::format("{} ({})", to_string(item.item.category), origin_text(item.item.origin, lang)),
              format_money(item.treatment.amount, lang));
  }
  add_totals_rows(table, e.totals, lang);
  if (e.customary.review && !e.customary.safe_harbour_applies) {
    table.add(nl ? "gebruikelijkheidstoets" : "customary test",
              nl ? "geen doelmatigheidsgrens (stagiair of onder het minimumloon): beoordelen"
                 : "no safe harbour (intern or below the minimum wage): review");
  } else if (e.customary.review) {
    table.add(nl ? "gebruikelijkheidstoets" : "customary test",
              fmt::format("{} {}: {}", nl ? "boven" : "above", format_money(e.customary.safe_harbour, lang),
                          nl ? "beoordelen" : "review"));
  }
  out += table.text();
  if (view.explain) {
    Explanation steps;
    steps.receipt = receipt;
    for (const ItemResult& item : e.items) {
      steps.steps.insert(steps.steps.end(), item.treatment.explanation.steps.begin(),
                         item.treatment.explanation.steps.end());
    }
    steps.steps.push_back(e.customary.step);
    out += explanation_text(steps, lang);
  }
  return out;
}

std::string employer_total_text(const Totals& totals, const std::optional<Settlement>& settlement, Language lang) {
  std::string out = fmt::format("\n{}\n", lang == Language::nl ? "Totaal werkgever" : "Employer total");
  Table table;
  add_totals_rows(table, totals, lang);
  if (settlement) {
    table.add(label("free_space", lang), format_money(settlement->free_space, lang));
    table.add(label("final_levy", lang), format_money(settlement->final_levy, lang));
  }
  return out + table.text();
}

std::string text(const Evaluation& r, const View& view) {
  std::string out = evaluation_heading(r.year, view.language());
  for (const EmployeeEvaluation& e : r.employees) out += employee_text(e, r.receipt, view);
  return out + employer_total_text(r.totals, r.settlement, view.language());
}

void add_allowance_commands(CLI::App& app, Commands& commands) {
  const Language lang = help_language();

  CLI::App* h =
      app.add_subcommand("home-working", "Home-working allowance (thuiswerkvergoeding): exempt part and excess");
  add_year(*h);
  add_input(*h, "--days", "N", "Days worked at home, a whole number (a partial day counts as a day)");
  add_input(*h, "--paid", "AMOUNT", "Amount paid for the year in euros (required with --days)");
  add_switch(*h, "--fixed", "A fixed allowance from a weekly pattern (128-dagenregeling) instead of actual days");
  add_input(*h, "--home-days-per-week", "K", "Home-working days a week of the recorded pattern, 1-7 (with --fixed)");
  add_fixed_period(*h);
  add_excess(*h);
  add_view(*h);
  commands.push_back({h,
                      {{"wkr home-working --year 2026 --days 100 --paid 300",
                        "wkr home-working --year 2025 --home-days-per-week 1 --fixed"},
                       {sentence("cli.note.home_working.forms", lang)}}});

  CLI::App* c =
      app.add_subcommand("commute", "Travel allowance for commuting: by the day or fixed from a weekly pattern");
  add_year(*c);
  add_distance(*c);
  add_input(*c, "--days", "N", "Days travelled to the fixed workplace, a whole number");
  add_input(*c, "--paid", "AMOUNT", "Amount paid for the year in euros (required with --days)");
  add_switch(*c, "--fixed", "A fixed allowance from the weekly travel pattern instead of actual days");
  add_input(*c, "--office-days-per-week", "K",
            "Days a week the employee in de regel travels to the fixed workplace, 0-7 (with --fixed; 0 only with "
            "--corona-approval)");
  add_input(*c, "--work-days-per-week", "K", "Working days a week of the contract, the basis before 2022 (default 5)");
  add_fixed_period(*c);
  add_input(*c, "--long-absence", "START:RETURN",
            "A long absence, dates YYYY-MM-DD (RETURN empty: not back); repeatable", true);
  add_switch(*c, "--absence-new-cause-each-year",
             "Treat an absence that continues into the year as a new cause (Kennisgroep reading)");
  add_input(*c, "--travel-days", "N", "Days actually travelled, to test the 128-day rule");
  add_input(*c, "--travel-weeks", "N", "Weeks actually travelled, to test the 36-week rule");
  add_input(*c, "--actual-km", "KM", "Commuting km actually travelled, for the year-end recalculation");
  add_switch(*c, "--corona-approval",
             "2020-2021: the allowance was in place unchanged before 13 March 2020 and goes on while the employee "
             "works at home (corona approval): the pre-corona basis stays");
  add_excess(*c);
  add_view(*c);
  commands.push_back({c,
                      {{"wkr commute --year 2025 --km-one-way 20 --days 100 --paid 500",
                        "wkr commute --year 2025 --km-one-way 20 --office-days-per-week 4 --fixed --lang en"},
                       {sentence("cli.note.commute.forms", lang)}}});

  CLI::App* d = app.add_subcommand("same-day", "The same-day rule over a calendar: home working or commuting per day");
  add_year(*d);
  add_distance(*d);
  add_input(*d, "--calendar", "FILE", "CSV of days: date,kind[,business_km] (required)");
  add_csv_format(*d);
  add_input(*d, "--home-working-paid", "AMOUNT", "Home-working allowance paid for these days");
  add_input(*d, "--commuting-paid", "AMOUNT", "Commuting allowance paid for these days");
  add_input(*d, "--business-travel-paid", "AMOUNT", "Business travel allowance paid");
  add_input(*d, "--prefer", "most-exempt|home-working|commuting",
            "Days partly at home and partly at the office: most-exempt (default: the allocation that exempts the "
            "most of what was paid; 'larger' is read as most-exempt), home-working or commuting");
  add_excess(*d);
  add_view(*d);
  commands.push_back(
      {d,
       {{"wkr same-day --year 2025 --km-one-way 20 --calendar examples/calendar.csv --commuting-paid 30 --lang en"},
        {sentence("cli.note.same_day.calendar", lang)}}});

  CLI::App* e = app.add_subcommand("evaluate", "Per-employee annual evaluation of a CSV of items");
  add_year(*e);
  add_input(*e, "--items", "FILE",
            "CSV of items: employee,category,amount,quantity[,treatment][,own_contribution] (required)");
  add_csv_format(*e);
  add_excess(*e);
  add_input(*e, "--intern", "NAME",
            "An intern: no safe harbour of the customary test, anything designated is flagged for review; "
            "repeatable",
            true);
  add_input(*e, "--below-minimum-wage", "NAME",
            "An employee paid below the statutory minimum wage: no safe harbour, anything designated is flagged "
            "for review; repeatable",
            true);
  add_switch(*e, "--company-bicycle-as-wage",
             "Treat the private-use addition of a company bicycle as the employee's wage (default: designated)");
  add_switch(*e, "--company-bicycle-designation",
             "Designate a company bicycle's addition: the default now, accepted for old scripts");
  add_input(*e, "--wage-bill", "AMOUNT",
            "Fiscal wage bill, to settle the designated total against the free space; repeat for a group", true);
  add_free_space_rounding(*e, "--wage-bill");
  add_view(*e);
  Guide guide{{"wkr evaluate --year 2025 --items examples/items.csv --lang en",
               "wkr evaluate --year 2025 --items examples/items.csv --wage-bill 500000 --json"},
              {sentence("cli.note.evaluate.bad_rows", lang)},
              sentence("cli.note.evaluate.categories", lang),
              {}};
  for (const CategoryInfo& category : item_categories()) {
    guide.list.emplace_back(std::string(category.name), std::string(category.meaning));
  }
  commands.push_back({.app = e, .guide = std::move(guide), .run = evaluate_runner(*e)});
}

}  // namespace wkr::cli
