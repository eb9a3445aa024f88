// wkr parameters: every figure in force for a year, with its date, legal reference and source —
// what an accountant checks before signing off on a result.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "cli_common.hpp"

namespace wkr::cli {

std::string text(const ParametersInForce& result, const View& view) {
  const Language lang = view.language();
  const bool nl = lang == Language::nl;
  std::string out = fmt::format("{} {}\n", nl ? "Parameters voor" : "Parameters for", result.year);
  for (const UsedParameter& p : result.in_force) {
    out += fmt::format("\n{} = {}\n", p.name, format_parameter_value(p, lang));
    out += fmt::format("   {} {}; {}\n", nl ? "geldig vanaf" : "effective", p.effective_from, p.reference);
    if (!p.source.empty()) out += fmt::format("   {}: {}\n", nl ? "bron" : "source", p.source);
    if (!p.confidence.empty()) {
      out += fmt::format("   {}: {}\n", nl ? "zekerheid" : "confidence", confidence_text(p.confidence, lang));
    }
    if (!p.note.empty()) out += fmt::format("   {}: {}\n", nl ? "toelichting" : "note", note_text(p.note, lang));
    out += fmt::format("   {}: {}\n", nl ? "tabel" : "table", p.location);
  }
  if (!result.not_covered.empty()) {
    out += fmt::format("\n{} {}: {}\n", nl ? "Niet gedekt door de tabellen in" : "Not covered by the tables in",
                       result.year, fmt::join(result.not_covered, ", "));
  }
  const Receipt& r = result.receipt;
  out += fmt::format("\n{}: wkr {}, {} sha256:{}\n", nl ? "Verantwoording" : "Receipt", r.library_version,
                     nl ? "tabellen" : "tables", r.parameters_digest);
  return out;
}

void add_parameters_command(CLI::App& app, Commands& commands) {
  const Language lang = help_language();
  CLI::App* command = app.add_subcommand("parameters", sentence("cli.command.parameters", lang));
  add_year(*command);
  add_view(*command, false);
  commands.push_back({command,
                      {{"wkr parameters --year 2026", "wkr parameters --year 2027 --data data/updates/2027 --json"},
                       {sentence("cli.note.parameters.review", help_language())}}});
}

}  // namespace wkr::cli
