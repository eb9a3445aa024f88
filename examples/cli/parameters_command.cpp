// wkr parameters: every figure in force for a year, with its date, legal reference and source —
// what an accountant checks before signing off on a result.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "cli_common.hpp"

namespace wkr::cli {

namespace {

/// One line under a parameter, indented.
std::string parameter_line(const Phrase& line, Language lang) { return "   " + render(line, lang) + "\n"; }

}  // namespace

std::string text(const ParametersInForce& result, const View& view) {
  const Language lang = view.language();
  std::string out = render(say("cli.text.parameters.title", std::to_string(result.year)), lang) + "\n";
  for (const UsedParameter& p : result.in_force) {
    out += fmt::format("\n{} = {}\n", p.name, format_parameter_value(p, lang));
    out += parameter_line(say("cli.text.parameters.effective", p.effective_from, p.reference), lang);
    if (!p.source.empty()) out += parameter_line(say("cli.text.parameters.source", p.source), lang);
    if (!p.confidence.empty()) {
      out += parameter_line(say("cli.text.parameters.confidence", confidence_text(p.confidence, lang)), lang);
    }
    if (!p.note.empty()) out += parameter_line(say("cli.text.parameters.note", note_text(p.note, lang)), lang);
    out += parameter_line(say("cli.text.parameters.table", p.location), lang);
  }
  if (!result.not_covered.empty()) {
    out += "\n" +
           render(say("cli.text.parameters.not_covered", std::to_string(result.year),
                      fmt::format("{}", fmt::join(result.not_covered, ", "))),
                  lang) +
           "\n";
  }
  const Receipt& r = result.receipt;
  out += "\n" + render(say("cli.text.parameters.receipt", r.library_version, r.parameters_digest), lang) + "\n";
  return out;
}

void add_parameters_command(CLI::App& app, Commands& commands) {
  declare(app, commands, "parameters", "cli.command.parameters", [](Command& command) {
    add_year(*command.app);
    add_view(*command.app, false);
    command.guide = {{"wkr parameters --year 2026", "wkr parameters --year 2027 --data data/updates/2027 --json"},
                     {sentence("cli.note.parameters.review", help_language())}};
  });
}

}  // namespace wkr::cli
