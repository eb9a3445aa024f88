// wkr free-space and wkr settle (docs/cli.md): their options and their text output.
#include <fmt/format.h>

#include "cli_common.hpp"

namespace wkr::cli {

namespace {

void add_wage_bill_inputs(CLI::App& command) {
  const Language lang = help_language();
  add_year(command);
  add_input(command, "--wage-bill", "AMOUNT", sentence("cli.option.wage_bill", lang), true);
  add_input(command, "--members", "FILE", sentence("cli.option.members", lang));
  add_csv_format(command);
  add_free_space_rounding(command);
}

/// What --members reads.
std::string members_note(Language lang) { return sentence("cli.note.settle.members", lang); }

}  // namespace

std::string text(const FreeSpace& result, const View& view) {
  const Language lang = view.language();
  Table table;
  table.add(label("wage_bill", lang), format_money(result.wage_bill, lang));
  table.add(label("free_space", lang), format_money(result.free_space, lang));
  std::string out = render(say("cli.text.free_space.title", std::to_string(result.year)), lang) + "\n";
  out += table.text();
  if (view.explain) out += explanation_text(result.explanation, lang);
  return out;
}

void add_settlement_rows(Table& table, const Settlement& result, Language lang) {
  table.add(label("wage_bill", lang), format_money(result.wage_bill, lang));
  table.add(label("free_space", lang), format_money(result.free_space, lang));
  table.add(label("designated", lang), format_money(result.designated, lang));
  table.add(label("excess", lang), format_money(result.excess, lang));
  table.add(label("final_levy", lang), format_money(result.final_levy, lang));
  table.add(sentence("cli.text.settle.in_return", lang), format_money(result.final_levy_return, lang, 0));
}

std::string text(const Settlement& result, const View& view) {
  const Language lang = view.language();
  Table table;
  add_settlement_rows(table, result, lang);
  table.add(
      sentence("cli.text.settle.due", lang),
      render(say("cli.text.settle.due_period", std::to_string(result.due.period), std::to_string(result.due.year)),
             lang));
  std::string out = render(say("cli.text.settle.title", std::to_string(result.year)), lang) + "\n";
  out += table.text();
  if (view.explain) out += explanation_text(result.explanation, lang);
  return out;
}

void add_free_space_commands(CLI::App& app, Commands& commands) {
  declare(app, commands, "free-space", "cli.command.free_space", [](Command& command) {
    const Language lang = help_language();
    add_wage_bill_inputs(*command.app);
    add_view(*command.app);
    command.guide = {{"wkr free-space --year 2026 --wage-bill 1600000",
                      "wkr free-space --year 2022 --wage-bill 1000000 --wage-bill 1000000 --lang en --explain",
                      "wkr free-space --year 2025 --members examples/group-members.csv"},
                     {sentence("cli.note.free_space.group", lang), members_note(lang)}};
  });
  declare(app, commands, "settle", "cli.command.settle", [](Command& command) {
    const Language lang = help_language();
    CLI::App& settle = *command.app;
    add_wage_bill_inputs(settle);
    add_input(settle, "--designated", "AMOUNT", sentence("cli.option.settle.designated", lang));
    add_input(settle, "--filing-member", "NAME", sentence("cli.option.settle.filing_member", lang));
    add_input(settle, "--allocation-key", "designated|wage-bill|own",
              sentence("cli.option.settle.allocation_key", lang));
    add_view(settle);
    command.guide = {{"wkr settle --year 2025 --wage-bill 500000 --designated 14180",
                      "wkr settle --year 2025 --wage-bill 500000 --designated 14180 --json",
                      "wkr settle --year 2025 --members examples/group-members.csv --lang en"},
                     {sentence("cli.note.settle.levy", lang), members_note(lang)}};
  });
}

}  // namespace wkr::cli
