// wkr params --check DIR and wkr explain FILE.json: checking next year's tables before they are used,
// and the explanation of a saved JSON result shown again, in either language.
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "cli_common.hpp"
#include "output.hpp"
#include "wkr/json.hpp"

namespace wkr::cli {

namespace {

/// `wkr params --check DIR`: every problem of the tables with file:line:column, exit 3 when any.
int check_tables(const std::string& directory, const View& view) {
  const Language lang = view.language();
  const std::vector<Error> problems = Parameters::check_directory(directory);
  std::string out;
  for (const Error& problem : problems) out += std::string(problem.what()) + "\n";
  if (problems.empty()) {
    const Parameters tables = Parameters::with_directory(directory);
    const Parameters::YearRange years = tables.covered_years();
    out = fmt::format(fmt::runtime(Text{"{}: geen problemen; met deze tabellen dekt wkr {}–{}\n",
                                        "{}: no problems; with these tables wkr covers {}–{}\n"}(lang)),
                      directory, years.first, years.last);
  } else {
    const Text summary = problems.size() == 1 ? Text{"{}: {} probleem\n", "{}: {} problem\n"}
                                              : Text{"{}: {} problemen\n", "{}: {} problems\n"};
    out += fmt::format(fmt::runtime(summary(lang)), directory, problems.size());
  }
  write_output(out, view.output);
  return problems.empty() ? exit_ok : exit_bad_input;
}

/// The text of the file at `path`: Error(io) saying why it cannot be read.
std::string read_text(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    throw Error(ErrorCode::io, path + " is a directory, not a file; give the path of a JSON result");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::io, "cannot read " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

/// `wkr explain FILE.json`: the explanation of a saved result (the --json output of a command).
int explain_saved(const std::string& path, const View& view) {
  nlohmann::json result;
  try {
    result = nlohmann::json::parse(read_text(path));
  } catch (const nlohmann::json::parse_error& e) {
    throw Error(ErrorCode::parse, path + " is not JSON: " + e.what());
  }
  const auto steps = result.find("explanation");
  if (!result.is_object() || steps == result.end()) {
    throw Error(ErrorCode::invalid_argument,
                path + " has no \"explanation\"; give the --json output of a wkr command (wkr free-space … --json)");
  }
  const Explanation explanation =
      explanation_from_json(*steps, result.contains("receipt") ? result["receipt"] : nlohmann::json());
  write_output(explanation_text(explanation, view.language()), view.output);
  return exit_ok;
}

/// A command that reads one path (a required option or argument `name`) and runs `run` on it with
/// the view's --lang and --output (its text is not a result: no --json, and no --data).
void add_path_command(CLI::App& app, Commands& commands, const char* command, const Text& about, const char* name,
                      const char* placeholder, const Text& meaning, Guide guide,
                      int (*run)(const std::string& path, const View& view)) {
  const Language lang = help_language();
  CLI::App* sub = app.add_subcommand(command, about(lang));
  auto path = std::make_shared<std::string>();  // CLI11 writes into it; the command's run reads it
  sub->add_option(name, *path, meaning(lang))->type_name(placeholder)->required();
  add_view(*sub, false);
  for (const char* unused : {"--json", "--data"}) sub->remove_option(sub->get_option(unused));  // text only, no tables
  commands.push_back(
      {.app = sub, .guide = std::move(guide), .run = [sub, path, run](std::optional<int>& /*year*/, std::optional<Parameters::YearRange>& /*covered*/) {
         return run(*path, view_of(*sub));
       }});
}

}  // namespace

void add_inspect_commands(CLI::App& app, Commands& commands) {
  const Language lang = help_language();
  add_path_command(
      app, commands, "params",
      Text{"Controleer een map met parametertabellen (de cijfers van volgend jaar) en meld elk probleem",
           "Check a directory of parameter tables (next year's figures) and report every problem"},
      "--check", "DIR",
      Text{"De map met *.yaml-tabellen, gelegd over de ingebouwde (zoals --data doet)",
           "The directory of *.yaml tables, layered over the embedded ones (as --data does)"},
      {{"wkr params --check data/nl"},
       {Text{"Elk probleem staat op een eigen regel als bestand:regel:kolom: wat er mis is; de exitcode is dan 3. "
             "Zonder problemen: een samenvatting en exitcode 0.",
             "Every problem is a line file:line:column: what is wrong; the exit code is then 3. Without problems: "
             "a summary and exit code 0."}(lang)}},
      check_tables);
  add_path_command(app, commands, "explain",
                   Text{"Toon de uitleg van een bewaard JSON-resultaat opnieuw, in het Nederlands of het Engels",
                        "Show the explanation of a saved JSON result again, in Dutch or English"},
                   "FILE", "FILE.json",
                   Text{"Het JSON-resultaat (de uitvoer van een opdracht met --json)",
                        "The JSON result (the output of a command with --json)"},
                   {{"wkr free-space --year 2026 --wage-bill 1200000 --json --output result.json",
                     "wkr explain result.json --lang en"},
                    {Text{"De tekst is die van --explain bij de oorspronkelijke opdracht.",
                          "The text is that of --explain with the original command."}(lang)}},
                   explain_saved);
}

}  // namespace wkr::cli
