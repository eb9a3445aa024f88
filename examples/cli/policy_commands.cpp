// wkr budget, levy-or-wage and scenario: the policy engine (docs/policy.md, include/wkr/policy/) —
// their options and their text output. The requests are the library's (src/policy_requests.cpp).
#include <fmt/format.h>

#include <string_view>

#include "cli_common.hpp"

namespace wkr::cli {

namespace {

/// The name of a part of a budget (budget.hpp) or of a policy (employee.hpp), as a person reads it:
/// "cli.text.part.NAME" of the catalogue; a part without a sentence keeps its own name.
std::string part_name(std::string_view part, Language lang) {
  std::string key = "cli.text.part.";
  key += part;
  std::string name = sentence(key, lang);  // the key itself when the catalogue has no sentence
  return name == key ? std::string(part) : name;
}

std::string yes_no(bool value, Language lang) { return render(wkr::yes_no(value), lang); }

/// A count or a quantity in a column: grouped and with a decimal comma in Dutch, never rounded.
std::string quantity_text(const Decimal& value, Language lang) { return amount_text(value, lang, 0); }

std::string route_text(TaxRoute route, Language lang) {
  switch (route) {
    case TaxRoute::none: return sentence("cli.route.none", lang);
    case TaxRoute::final_levy: return sentence("cli.route.final_levy", lang);
    case TaxRoute::wage: return sentence("cli.route.wage", lang);
  }
  return "?";
}

std::string explain_hint(Language lang) { return sentence("cli.text.policy.explain_hint", lang); }

}  // namespace

std::string text(const Budget& r, const View& view) {
  const Language lang = view.language();
  std::string out = render(say("cli.text.budget.title", std::to_string(r.year)), lang) + "\n";
  out += render(say("cli.text.budget.for_the_year", format_money(r.budget, lang)), lang) + "\n\n";
  Grid grid(column_names(
                "cli.text.budget.column.",
                {"part", "wanted", "exempt", "free_space", "above_free_space", "final_levy", "wage_net", "net", "rule"},
                lang),
            1);
  for (const BudgetShare& s : r.shares) {
    if (s.wanted.is_zero() && s.net().is_zero()) continue;
    grid.add({part_name(to_string(s.category), lang), amount_text(s.wanted, lang), amount_text(s.exempt, lang),
              amount_text(s.free_space, lang), amount_text(s.above_free_space, lang), amount_text(s.levy, lang),
              amount_text(s.wage, lang), amount_text(s.net(), lang), std::string(s.rule)});
  }
  out += grid.text();
  Table table;
  table.add(label("exempt", lang), format_money(r.exempt, lang));
  table.add(label("free_space_used", lang), format_money(r.free_space_used, lang));
  table.add(label("above_free_space", lang), format_money(r.above_free_space, lang));
  table.add(label("final_levy", lang), format_money(r.final_levy, lang));
  if (r.route == TaxRoute::wage) {
    table.add(label("wage_net", lang), format_money(r.wage_net, lang));
    table.add(label("wage_gross", lang), format_money(r.wage_gross, lang));
  }
  table.add(label("route", lang), route_text(r.route, lang));
  table.add(label("net_value", lang), format_money(r.net_value, lang));
  table.add(label("employer_cost", lang), format_money(r.employer_cost, lang));
  table.add(label("left_over", lang), format_money(r.left_over, lang));
  table.add(label("free_space_left", lang), format_money(r.free_space_left, lang));
  table.add(sentence("cli.text.budget.customary_review", lang), yes_no(r.customary.review, lang));
  if (r.recalculation_required) {
    table.add(sentence("cli.text.commute.recalculation_required", lang), yes_no(true, lang));
  }
  out += "\n" + table.text();
  out += view.explain ? explanation_text(r.explanation, lang) : "\n" + explain_hint(lang) + "\n";
  return out;
}

std::string text(const LevyOrWage& r, const View& view) {
  const Language lang = view.language();
  std::string out = render(say("cli.text.levy_or_wage.title", std::to_string(r.year)), lang) + "\n";
  out += render(say("cli.text.levy_or_wage.free_space", format_money(r.free_space, lang)), lang) + "\n\n";
  Grid grid(column_names("cli.text.levy_or_wage.column.",
                         {"employee", "amount", "marginal_rate", "choice", "wage_gross", "extra_cost"}, lang),
            1);
  for (const LevyOrWageChoice& c : r.choices) {
    grid.add({c.employee, amount_text(c.amount, lang), quantity_text(c.marginal_rate, lang),
              c.designate ? sentence("cli.choice.designate", lang) : sentence("cli.choice.wage", lang),
              amount_text(c.gross, lang), amount_text(c.extra_cost, lang)});
  }
  out += grid.text();
  Table table;
  table.add(label("designated", lang), format_money(r.designated, lang));
  table.add(label("excess", lang), format_money(r.excess, lang));
  table.add(label("final_levy", lang), format_money(r.final_levy, lang));
  table.add(label("wage_net", lang), format_money(r.wage, lang));
  table.add(label("wage_gross", lang), format_money(r.wage_gross, lang));
  table.add(label("cost", lang), format_money(r.cost, lang));
  table.add(label("all_designated_levy", lang), format_money(r.all_designated_levy, lang));
  table.add(label("saving", lang), format_money(r.saving, lang));
  out += "\n" + table.text();
  out += view.explain ? explanation_text(r.explanation, lang) : "\n" + explain_hint(lang) + "\n";
  return out;
}

std::string text(const ScenarioReport& report, const View& view) {
  const Scenario& s = report.scenario;
  const Language lang = view.language();
  std::string out = render(say("cli.text.scenario.title", std::to_string(s.year)), lang) + "\n";
  std::string intro = render(say("cli.text.scenario.employees", std::to_string(s.employees)), lang);
  if (s.wage_bill) {
    const std::string wage_bill = format_money(*s.wage_bill, lang);
    intro += fmt::format(", {} {}", label("wage_bill", lang),
                         s.wage_bill_from == "fiscal_wage"
                             ? render(say("cli.text.scenario.sum_of_fiscal_wages", wage_bill), lang)
                             : wage_bill);
  }
  intro += fmt::format(", {} {}", label("free_space", lang), format_money(s.free_space_of_wage_bill, lang));
  if (!s.designated_elsewhere.is_zero()) {
    intro += render(say("cli.budget.designated_elsewhere", euro(s.designated_elsewhere), euro(s.free_space)), lang);
  }
  out += intro + ".\n";
  for (const PolicyOutcome& p : s.policies) {
    out += fmt::format("  {}: {} ({} {})\n", p.name, p.source, label("ambition_level", lang), p.ambition_level);
  }
  out += "\n";

  std::vector<std::string> header = {""};
  for (const PolicyOutcome& p : s.policies) header.push_back(p.name);
  Grid grid(std::move(header), 1);
  const auto row = [&](const std::string& name, auto&& value) {
    std::vector<std::string> cells = {name};
    for (const PolicyOutcome& p : s.policies) cells.push_back(value(p));
    grid.add(std::move(cells));
  };
  const auto money_row = [&](const std::string& name, Decimal PolicyOutcome::*field) {
    row(name, [&](const PolicyOutcome& p) { return amount_text(p.*field, lang); });
  };
  const std::size_t n = s.employees;
  const std::string each = "  " + sentence("cli.text.scenario.per_employee", lang);
  const std::string saved = "  " + sentence("cli.text.scenario.saved", lang);
  money_row(label("employer_cost", lang), &PolicyOutcome::employer_cost);
  money_row(label("net_value", lang), &PolicyOutcome::paid);
  money_row(label("tax_free", lang), &PolicyOutcome::exempt);
  money_row(label("designated", lang), &PolicyOutcome::designated);
  money_row(label("free_space_used", lang), &PolicyOutcome::free_space_used);
  money_row(label("final_levy", lang), &PolicyOutcome::final_levy);
  money_row(label("wage_gross", lang), &PolicyOutcome::wage_gross);
  row(label("levy_or_wage_saving", lang), [&](const PolicyOutcome& p) {
    return p.levy_or_wage_saving ? amount_text(*p.levy_or_wage_saving, lang) : std::string("—");
  });
  money_row(label("budget_left_over", lang), &PolicyOutcome::budget_left_over);
  money_row(label("travel_reimbursement", lang), &PolicyOutcome::travel_paid);
  money_row(saved, &PolicyOutcome::travel_saved);
  row(sentence("cli.text.scenario.commuting_km", lang),
      [&](const PolicyOutcome& p) { return quantity_text(p.km, lang); });
  row(saved, [&](const PolicyOutcome& p) { return quantity_text(p.km_saved, lang); });
  row(each, [&](const PolicyOutcome& p) { return quantity_text(per_employee(p.km_saved, n), lang); });
  row(sentence("cli.text.scenario.travel_hours", lang),
      [&](const PolicyOutcome& p) { return quantity_text(travel_hours(p.minutes), lang); });
  row(saved, [&](const PolicyOutcome& p) { return quantity_text(travel_hours(p.minutes_saved), lang); });
  row(each, [&](const PolicyOutcome& p) { return quantity_text(travel_hours(p.minutes_saved, n), lang); });
  if (s.emissions.available) {
    const auto kg = [&](const std::optional<Decimal>& value) { return value ? quantity_text(*value, lang) : "—"; };
    row(sentence("cli.text.scenario.co2", lang), [&](const PolicyOutcome& p) { return kg(p.co2); });
    row(saved, [&](const PolicyOutcome& p) { return kg(p.co2_saved); });
    row(each, [&](const PolicyOutcome& p) {
      return p.co2_saved ? quantity_text(per_employee(*p.co2_saved, n), lang) : std::string("—");
    });
  }
  row(sentence("cli.text.scenario.paid_less", lang),
      [](const PolicyOutcome& p) { return std::to_string(p.paid_less_than_first); });
  row("  " + sentence("cli.text.scenario.paid_more", lang),
      [](const PolicyOutcome& p) { return std::to_string(p.paid_more_than_first); });
  row(sentence("cli.text.scenario.customary_review", lang),
      [](const PolicyOutcome& p) { return std::to_string(p.customary_review); });
  row(sentence("cli.text.scenario.recalculate", lang),
      [](const PolicyOutcome& p) { return std::to_string(p.recalculation_required); });
  out += grid.text();

  out += "\n";
  if (s.emissions.available) {
    out += render(say("cli.scenario.emissions", std::to_string(s.emissions.year), quantity_text(s.emissions.car, lang),
                      quantity_text(s.emissions.public_transport, lang), quantity_text(s.emissions.bicycle, lang)),
                  lang);
  } else {
    // The sentence of the catalogue, in the language asked (the reason's English detail is in --json).
    out += fmt::format("CO₂: {}\n", render(say("scenario.emissions.unavailable", std::to_string(s.year)), lang));
  }
  out += sentence("cli.text.scenario.savings_against_office", lang) + "\n";
  if (!view.explain) return out + explain_hint(lang) + "\n";
  out += explanation_text(s.explanation, lang);
  for (const PolicyOutcome& p : s.policies) {
    out += "\n" + render(say("cli.text.scenario.policy", p.name), lang) + "\n" + explanation_text(p.explanation, lang);
    for (const EmployeeFigures& f : p.employees) {
      if (f.explanation.steps.empty()) continue;
      out += "\n" + render(say("cli.text.scenario.employee", fmt::format("{}", f.id)), lang) + "\n" +
             explanation_text(f.explanation, lang);
    }
  }
  return out;
}

void add_policy_commands(CLI::App& app, Commands& commands) {
  declare(app, commands, "budget", "cli.command.budget", [](Command& command) {
    const Language lang = help_language();
    CLI::App& budget = *command.app;
    add_year(budget);
    add_input(budget, "--budget", "AMOUNT", sentence("cli.option.budget", lang));
    add_input(budget, "--budget-period", "year|month", sentence("cli.option.budget_period", lang));
    add_input(budget, "--office-days", "N", sentence("cli.option.office_days", lang));
    add_input(budget, "--home-days", "N", sentence("cli.option.home_days", lang));
    add_input(budget, "--coworking-days", "N", sentence("cli.option.coworking_days", lang));
    add_input(budget, "--km-one-way", "KM", sentence("cli.option.budget.km_one_way", lang));
    add_input(budget, "--mode", "car|bike|public-transport|company-bicycle", sentence("cli.option.mode", lang));
    add_input(budget, "--fare-per-day", "AMOUNT", sentence("cli.option.fare_per_day", lang));
    add_input(budget, "--coworking-km-one-way", "KM", sentence("cli.option.coworking_km_one_way", lang));
    add_input(budget, "--coworking-fare-per-day", "AMOUNT", sentence("cli.option.coworking_fare_per_day", lang));
    add_input(budget, "--coworking-cost", "AMOUNT", sentence("cli.option.coworking_cost", lang));
    add_switch(budget, "--internet-necessary", sentence("cli.option.internet_necessary", lang));
    add_input(budget, "--internet-per-month", "AMOUNT", sentence("cli.option.internet_per_month", lang));
    add_input(budget, "--arbo-cost", "AMOUNT", sentence("cli.option.arbo_cost", lang));
    add_input(budget, "--marginal-rate", "RATE", sentence("cli.option.marginal_rate", lang));
    add_input(budget, "--free-space-left", "AMOUNT", sentence("cli.option.free_space_left", lang));
    add_input(budget, "--rest", "pay-out|keep", sentence("cli.option.rest", lang));
    add_view(budget);
    command.guide = {
        {"wkr budget --year 2026 --budget 3000 --office-days 3 --home-days 2 --km-one-way 20 --mode car "
         "--internet-necessary --internet-per-month 30 --marginal-rate 0.3756 --free-space-left 500",
         "wkr budget --year 2026 --budget 2000 --office-days 2 --home-days 2 --coworking-days 1 --km-one-way 15 "
         "--coworking-km-one-way 4 --mode bike --coworking-cost 300 --free-space-left 100 --rest keep --lang en"},
        {sentence("cli.note.budget.order", lang)}};
  });

  declare(app, commands, "levy-or-wage", "cli.command.levy_or_wage", [](Command& command) {
    const Language lang = help_language();
    CLI::App& levy = *command.app;
    add_year(levy);
    add_input(levy, "--wage-bill", "AMOUNT", sentence("cli.option.levy_or_wage.wage_bill", lang), true);
    add_input(levy, "--items", "FILE", sentence("cli.option.levy_or_wage.items", lang));
    add_input(levy, "--rates", "FILE", sentence("cli.option.rates", lang));
    add_input(levy, "--designated-elsewhere", "AMOUNT", sentence("cli.option.designated_elsewhere", lang));
    add_free_space_rounding(levy);
    add_view(levy);
    command.guide = {{"wkr levy-or-wage --year 2026 --wage-bill 50000 --items examples/policy/levy-items.csv "
                      "--rates examples/policy/levy-rates.csv"},
                     {sentence("cli.note.levy_or_wage.choice", lang)}};
  });

  declare(app, commands, "scenario", "cli.command.scenario", [](Command& command) {
    const Language lang = help_language();
    CLI::App& scenario = *command.app;
    add_year(scenario);
    add_input(scenario, "--policy", "FILE", sentence("cli.option.policy", lang), true);
    add_input(scenario, "--population", "FILE", sentence("cli.option.population", lang));
    add_input(scenario, "--wage-bill", "AMOUNT", sentence("cli.option.scenario.wage_bill", lang));
    add_input(scenario, "--designated-elsewhere", "AMOUNT", sentence("cli.option.designated_elsewhere", lang));
    add_input(scenario, "--trace-employee", "ID", sentence("cli.option.trace_employee", lang));
    add_switch(scenario, "--employees", sentence("cli.option.scenario.employees", lang));
    add_view(scenario);
    command.guide = {
        {"wkr scenario --year 2026 --policy examples/policy/today.yaml --policy examples/policy/budget.yaml "
         "--policy examples/policy/anywhere.yaml --population examples/policy/population.csv --lang en"},
        {sentence("cli.note.scenario.rules", lang)}};
  });
}

}  // namespace wkr::cli
