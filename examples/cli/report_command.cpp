// wkr report (docs/cli.md): the annual WKR report of one employer from its files — its options, and
// the choice of renderer. The report itself is the library's (wkr/report.hpp), the document the
// renderers share is report_document.cpp.
#include "cli_common.hpp"
#include "report_document.hpp"

namespace wkr::cli {

namespace {

/// --format of `report`; the command is registered once, so one value.
std::string& report_format() {
  static std::string format;
  return format;
}

/// The format asked for: --format, or json for --json; text when neither is given.
std::string format_of(const View& view) {
  const std::string& format = report_format();
  if (view.json && !format.empty() && format != "json") {
    throw RequestKeyError(ErrorCode::invalid_argument, say("error.command.json_and_format", format));
  }
  if (view.json) return "json";
  if (format.empty()) return "text";
  for (const char* known : {"text", "md", "csv", "json", "html"}) {
    if (format == known) return format;
  }
  throw RequestKeyError(ErrorCode::invalid_argument, say("error.command.unknown_format", format));
}

std::string report_output(const CLI::App& command, const Parameters& parameters) {
  const View& view = view_of(command);
  const std::string format = format_of(view);
  const Report report =
      compute_report(parameters, read_report_request(request_of(command), RequestSyntax::command_line));
  if (format == "json") return to_json(report).dump(2) + "\n";
  const ReportDocument document = report_document(report, view.language());
  if (format == "md") return report_markdown(document);
  if (format == "csv") return report_csv(document);
  if (format == "html") return report_html(document);
  return report_text(document);
}

}  // namespace

void add_report_command(CLI::App& app, Commands& commands) {
  declare(app, commands, "report", "cli.command.report", [](Command& command) {
    const Language lang = help_language();
    CLI::App& report = *command.app;
    add_year(report);
    add_input(report, "--items", "FILE", sentence("cli.option.report.items", lang));
    add_input(report, "--wage-bill", "AMOUNT", sentence("cli.option.report.wage_bill", lang), true);
    add_input(report, "--periods", "FILE", sentence("cli.option.report.periods", lang));
    add_switch(report, "--four-weekly", sentence("cli.option.report.four_weekly", lang));
    add_input(report, "--strategy", "after-year|as-you-go", sentence("cli.option.report.strategy", lang));
    add_input(report, "--intern", "NAME", sentence("cli.option.report.intern", lang), true);
    add_input(report, "--below-minimum-wage", "NAME", sentence("cli.option.report.below_minimum_wage", lang), true);
    add_free_space_rounding(report);
    report.add_option("--format", report_format(), sentence("cli.option.report_format", lang))
        ->type_name("text|md|csv|json|html")
        ->group(sentence("cli.group.output", lang));
    add_view(report, false);
    command.guide = {
        {"wkr report --year 2026 --periods examples/employer/periods.csv --items examples/employer/items.csv",
         "wkr report --year 2026 --periods examples/employer/periods.csv --items examples/employer/items.csv "
         "--format csv --lang en",
         "wkr report --year 2025 --wage-bill 500000 --items examples/items.csv --lang en --format md"},
        {sentence("cli.note.report.contents", lang), sentence("cli.note.report.keys", lang)}};
    command.output = report_output;
  });
}

}  // namespace wkr::cli
