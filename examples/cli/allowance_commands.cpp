// wkr home-working, commute, same-day and evaluate: the targeted exemptions (docs/cli.md) — their
// options and their text output.
#include <fmt/format.h>

#include <algorithm>

#include "cli_common.hpp"

namespace wkr::cli {

namespace {

/// A day count or distance as a person reads it: a decimal comma in Dutch.
std::string number_text(const Decimal& value, Language language) { return format_value(value, Unit::number, language); }

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
  const Language lang = help_language();
  add_input(command, "--excess", "designate|wage", sentence("cli.option.excess", lang));
}

void add_fixed_period(CLI::App& command) {
  const Language lang = help_language();
  add_input(command, "--round-days", "exact|up", sentence("cli.option.round_days", lang));
  add_input(command, "--from-month", "MONTH", sentence("cli.option.from_month", lang));
  add_input(command, "--to-month", "MONTH", sentence("cli.option.to_month", lang));
}

void add_distance(CLI::App& command) {
  const Language lang = help_language();
  add_input(command, "--km-one-way", "KM", sentence("cli.option.km_one_way", lang));
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
    table.add(sentence("cli.text.home_working.note", lang), sentence("cli.text.home_working.before_2022", lang));
  }
  return titled(render(say("cli.text.home_working.title", std::to_string(r.year)), lang), table, r.explanation, view);
}

std::string text(const TravelByKm& r, const View& view) {
  const Language lang = view.language();
  Table table;
  table.add(label("km", lang), number_text(r.km, lang));
  table.add(label("rate", lang), format_money(r.rate, lang));
  table.add(label("cap", lang), format_money(r.cap, lang));
  add_split_rows(table, r.split, lang);
  return titled(render(say("cli.text.commute.title", std::to_string(r.year)), lang), table, r.explanation, view);
}

std::string text(const FixedCommute& r, const View& view) {
  const Language lang = view.language();
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
  if (r.corona_approval) table.add(sentence("cli.text.commute.corona_approval", lang), render(yes_no(true), lang));
  table.add(sentence("cli.text.commute.recalculation_required", lang), render(yes_no(r.recalculation_required), lang));
  if (r.actual_cap) table.add(label("actual_cap", lang), format_money(*r.actual_cap, lang));
  add_split_rows(table, r.split, lang);
  return titled(render(say("cli.text.commute.fixed_title", std::to_string(r.year)), lang), table, r.explanation, view,
                r.warnings);
}

std::string text(const SameDay& r, const View& view) {
  const Language lang = view.language();
  Table table;
  table.add(label("home_working_days", lang), r.home_working_days.to_string());
  table.add(label("commuting_days", lang), r.commuting_days.to_string());
  table.add(label("same_day_conflicts", lang), std::to_string(r.choices.size()));
  table.add(sentence("cli.text.same_day.largest_home_working", lang), format_money(r.home_working.cap, lang));
  table.add(sentence("cli.text.same_day.largest_commuting", lang), format_money(r.commuting.cap, lang));
  table.add(sentence("cli.text.same_day.largest_business_travel", lang), format_money(r.business_travel.cap, lang));
  Explanation all = r.explanation;
  for (const Explanation* part :
       {&r.home_working.explanation, &r.commuting.explanation, &r.business_travel.explanation}) {
    all.steps.insert(all.steps.end(), part->steps.begin(), part->steps.end());
  }
  return titled(render(say("cli.text.same_day.title", std::to_string(r.year)), lang), table, all, view);
}

std::string evaluation_heading(int year, Language lang) {
  return render(say("cli.text.evaluate.title", std::to_string(year)), lang) + "\n";
}

namespace {

void add_totals_rows(Table& table, const Totals& t, Language lang) {
  table.add(label("exempt", lang), format_money(t.exempt(), lang));
  table.add(label("designated", lang), format_money(t.designated, lang));
  table.add(label("wage", lang), format_money(t.wage, lang));
  if (!t.own_contribution.is_zero()) table.add(label("own_contribution", lang), format_money(t.own_contribution, lang));
}

/// The cell `index` of `rows`, made when the rows have not had it yet (its string is reused after).
std::string& cell(EmployeeText::Rows& rows, std::size_t index) {
  if (rows.cells.size() <= index) rows.cells.resize(index + 1);
  return rows.cells[index];
}

/// The display width of the label of the next row of `rows`, made like a cell.
std::size_t& next_width(EmployeeText::Rows& rows) {
  if (rows.widths.size() <= rows.count) rows.widths.resize(rows.count + 1);
  return rows.widths[rows.count];
}

}  // namespace

EmployeeText::EmployeeText(const View& view, std::shared_ptr<const Receipt> receipt)
    : lang_(view.language()),
      explain_(view.explain),
      receipt_(std::move(receipt)),
      exempt_(label_of(label("exempt", lang_))),
      designated_(label_of(label("designated", lang_))),
      wage_(label_of(label("wage", lang_))),
      own_contribution_(label_of(label("own_contribution", lang_))),
      customary_test_(label_of(sentence("cli.text.evaluate.customary_test", lang_))),
      no_safe_harbour_(sentence("cli.text.evaluate.no_safe_harbour", lang_)) {
  constexpr char mark = '\x1f';  // a character no sentence has: where the line's number goes
  const std::string line = render(say("word.line", std::string(1, mark)), lang_);
  const std::size_t at = line.find(mark);
  for (const CategoryInfo& info : item_categories()) {
    line_labels_.push_back(label_of(std::string(to_string(info.category)) + " (" + line.substr(0, at)));
  }
  line_after_ = label_of(line.substr(at + 1) + ")");
}

EmployeeText::Label EmployeeText::label_of(std::string text) {
  const std::size_t width = display_width(text);
  return Label{std::move(text), width};
}

void EmployeeText::add_item(Rows& rows, const Item& item, const ItemTreatment& treatment) const {
  // "category (line 2)": an origin "line N" in the language of the text, any other as it is.
  constexpr std::string_view line = "line ";
  std::string& name = cell(rows, 2 * rows.count);
  if (item.origin.starts_with(line)) {
    const Label& before = line_labels_[static_cast<std::size_t>(item.category)];
    const std::string_view number = std::string_view(item.origin).substr(line.size());
    name.assign(before.text).append(number).append(line_after_.text);
    next_width(rows) = before.width + display_width(number) + line_after_.width;
  } else {
    name.assign(to_string(item.category)).append(" (").append(item.origin).append(1, ')');
    next_width(rows) = display_width(name);
  }
  cell(rows, 2 * rows.count + 1) = format_money(treatment.amount, lang_);
  ++rows.count;
  if (explain_)
    rows.steps.insert(rows.steps.end(), treatment.explanation.steps.begin(), treatment.explanation.steps.end());
}

void EmployeeText::write(std::string& out, std::string_view employee, const Totals& totals,
                         const CustomaryTest& customary, Rows& rows) {
  // The rows after the items', as the Table of text(Evaluation) had them.
  const auto row = [&](const Label& name, std::string value) {
    cell(rows, 2 * rows.count) = name.text;
    cell(rows, 2 * rows.count + 1) = std::move(value);
    next_width(rows) = name.width;
    ++rows.count;
  };
  row(exempt_, format_money(totals.exempt(), lang_));
  row(designated_, format_money(totals.designated, lang_));
  row(wage_, format_money(totals.wage, lang_));
  if (!totals.own_contribution.is_zero()) row(own_contribution_, format_money(totals.own_contribution, lang_));
  if (customary.review && !customary.safe_harbour_applies) {
    row(customary_test_, no_safe_harbour_);
  } else if (customary.review) {
    if (safe_harbour_ != customary.safe_harbour) {
      above_safe_harbour_ =
          render(say("cli.text.evaluate.above_safe_harbour", format_money(customary.safe_harbour, lang_)), lang_);
      safe_harbour_ = customary.safe_harbour;
    }
    row(customary_test_, above_safe_harbour_);
  }
  const std::size_t width =
      *std::max_element(rows.widths.begin(), rows.widths.begin() + static_cast<std::ptrdiff_t>(rows.count));
  out.append(1, '\n').append(employee).append(1, '\n');
  for (std::size_t r = 0; r < rows.count; ++r) {
    out.append("  ").append(rows.cells[2 * r]).append(width - rows.widths[r] + 2, ' ').append(rows.cells[2 * r + 1]);
    out += '\n';
  }
  if (explain_) {
    Explanation steps;
    steps.receipt = receipt_;
    steps.steps = std::move(rows.steps);
    steps.steps.push_back(customary.step);
    out += explanation_text(steps, lang_);
  }
  rows.count = 0;
  rows.steps.clear();
}

std::string employer_total_text(const Totals& totals, const std::optional<Settlement>& settlement, Language lang) {
  std::string out = fmt::format("\n{}\n", sentence("cli.text.evaluate.employer_total", lang));
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
  EmployeeText writer(view, std::make_shared<const Receipt>(r.receipt));
  EmployeeText::Rows rows;
  for (const EmployeeEvaluation& e : r.employees) {
    for (const ItemResult& item : e.items) writer.add_item(rows, item.item, item.treatment);
    writer.write(out, e.employee, e.totals, e.customary, rows);
  }
  return out + employer_total_text(r.totals, r.settlement, view.language());
}

void add_allowance_commands(CLI::App& app, Commands& commands) {
  declare(app, commands, "home-working", "cli.command.home_working", [](Command& command) {
    const Language lang = help_language();
    CLI::App& h = *command.app;
    add_year(h);
    add_input(h, "--days", "N", sentence("cli.option.home_working.days", lang));
    add_input(h, "--paid", "AMOUNT", sentence("cli.option.paid", lang));
    add_switch(h, "--fixed", sentence("cli.option.home_working.fixed", lang));
    add_input(h, "--home-days-per-week", "K", sentence("cli.option.home_days_per_week", lang));
    add_fixed_period(h);
    add_excess(h);
    add_view(h);
    command.guide = {{"wkr home-working --year 2026 --days 100 --paid 300",
                      "wkr home-working --year 2025 --home-days-per-week 1 --fixed"},
                     {sentence("cli.note.home_working.forms", lang)}};
  });

  declare(app, commands, "commute", "cli.command.commute", [](Command& command) {
    const Language lang = help_language();
    CLI::App& c = *command.app;
    add_year(c);
    add_distance(c);
    add_input(c, "--days", "N", sentence("cli.option.commute.days", lang));
    add_input(c, "--paid", "AMOUNT", sentence("cli.option.paid", lang));
    add_switch(c, "--fixed", sentence("cli.option.commute.fixed", lang));
    add_input(c, "--office-days-per-week", "K", sentence("cli.option.office_days_per_week", lang));
    add_input(c, "--work-days-per-week", "K", sentence("cli.option.work_days_per_week", lang));
    add_fixed_period(c);
    add_input(c, "--long-absence", "START:RETURN", sentence("cli.option.long_absence", lang), true);
    add_switch(c, "--absence-new-cause-each-year", sentence("cli.option.absence_new_cause", lang));
    add_input(c, "--travel-days", "N", sentence("cli.option.travel_days", lang));
    add_input(c, "--travel-weeks", "N", sentence("cli.option.travel_weeks", lang));
    add_input(c, "--actual-km", "KM", sentence("cli.option.actual_km", lang));
    add_switch(c, "--corona-approval", sentence("cli.option.corona_approval", lang));
    add_excess(c);
    add_view(c);
    command.guide = {{"wkr commute --year 2025 --km-one-way 20 --days 100 --paid 500",
                      "wkr commute --year 2025 --km-one-way 20 --office-days-per-week 4 --fixed --lang en"},
                     {sentence("cli.note.commute.forms", lang)}};
  });

  declare(app, commands, "same-day", "cli.command.same_day", [](Command& command) {
    const Language lang = help_language();
    CLI::App& d = *command.app;
    add_year(d);
    add_distance(d);
    add_input(d, "--calendar", "FILE", sentence("cli.option.calendar", lang));
    add_csv_format(d);
    add_input(d, "--home-working-paid", "AMOUNT", sentence("cli.option.home_working_paid", lang));
    add_input(d, "--commuting-paid", "AMOUNT", sentence("cli.option.commuting_paid", lang));
    add_input(d, "--business-travel-paid", "AMOUNT", sentence("cli.option.business_travel_paid", lang));
    add_input(d, "--prefer", "most-exempt|home-working|commuting", sentence("cli.option.prefer", lang));
    add_excess(d);
    add_view(d);
    command.guide = {
        {"wkr same-day --year 2025 --km-one-way 20 --calendar examples/calendar.csv --commuting-paid 30 --lang en"},
        {sentence("cli.note.same_day.calendar", lang)}};
  });

  declare(app, commands, "evaluate", "cli.command.evaluate", [](Command& command) {
    const Language lang = help_language();
    CLI::App& e = *command.app;
    add_year(e);
    add_input(e, "--items", "FILE", sentence("cli.option.items", lang));
    add_csv_format(e);
    add_excess(e);
    add_input(e, "--intern", "NAME", sentence("cli.option.intern", lang), true);
    add_input(e, "--below-minimum-wage", "NAME", sentence("cli.option.below_minimum_wage", lang), true);
    add_switch(e, "--company-bicycle-as-wage", sentence("cli.option.company_bicycle_as_wage", lang));
    add_switch(e, "--company-bicycle-designation", sentence("cli.option.company_bicycle_designation", lang));
    add_input(e, "--wage-bill", "AMOUNT", sentence("cli.option.evaluate.wage_bill", lang), true);
    add_free_space_rounding(e, "--wage-bill");
    add_view(e);
    command.guide = {{"wkr evaluate --year 2025 --items examples/items.csv --lang en",
                      "wkr evaluate --year 2025 --items examples/items.csv --wage-bill 500000 --json"},
                     {sentence("cli.note.evaluate.bad_rows", lang)},
                     sentence("cli.note.evaluate.categories", lang),
                     {}};
    for (const CategoryInfo& category : item_categories()) {
      command.guide.list.emplace_back(std::string(category.name),
                                      sentence("category_meaning." + std::string(category.name), lang));
    }
    command.run = evaluate_runner(e);
  });
}

}  // namespace wkr::cli
