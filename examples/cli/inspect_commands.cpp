// wkr params --check DIR and wkr explain FILE.json: checking next year's tables before they are used,
// and the explanation of a saved JSON result shown again, in either language.
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "cli_common.hpp"
#include "help.hpp"
#include "output.hpp"
#include "wkr/json.hpp"

namespace wkr::cli {

namespace {

/// `wkr params --check DIR`: every problem of the tables with file:line:column, exit 3 when any.
int check_tables(const std::string& directory, const View& view) {
  const Language lang = view.language();
  const std::vector<Error> problems = Parameters::check_directory(directory);
  std::string out;
  for (const Error& problem : problems) out += problem.message(lang) + "\n";
  if (problems.empty()) {
    const Parameters tables = Parameters::with_directory(directory);
    const Parameters::YearRange years = tables.covered_years();
    out = render(
        say("cli.params_check.no_problems", directory, std::to_string(years.first), std::to_string(years.last)), lang);
  } else {
    out += render(say(problems.size() == 1 ? "cli.params_check.one_problem" : "cli.params_check.problems", directory,
                      num(problems.size())),
                  lang);
  }
  write_output(out, view.output);
  return problems.empty() ? exit_ok : exit_bad_input;
}

/// The text of the file at `path`: Error(io) saying why it cannot be read.
std::string read_text(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    throw Error(ErrorCode::io, say("error.command.result_is_directory", path));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::io, say("error.command.cannot_read", path, system_reason(errno)));
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
    throw Error(ErrorCode::parse, say("error.command.result_not_json", path, num(e.byte)));
  }
  const auto steps = result.find("explanation");
  if (!result.is_object() || steps == result.end()) {
    throw Error(ErrorCode::invalid_argument, say("error.command.result_without_explanation", path));
  }
  const Explanation explanation =
      explanation_from_json(*steps, result.contains("receipt") ? result["receipt"] : nlohmann::json());
  write_output(explanation_text(explanation, view.language()), view.output);
  return exit_ok;
}

/// A command that reads one path (a required option or argument `name`) and runs `run` on it with
/// the view's --lang and --output (its text is not a result: no --json, and no --data).
void add_path_command(CLI::App& app, Commands& commands, const char* command, const char* about, std::string name,
                      const char* type_name, const char* meaning, Guide guide,
                      int (*run)(const std::string& path, const View& view)) {
  declare(app, commands, command, about,
          [name = std::move(name), type_name, meaning, guide = std::move(guide), run](Command& declared) {
            CLI::App* sub = declared.app;
            auto path = std::make_shared<std::string>();  // CLI11 writes into it; the command's run reads it
            sub->add_option(name, *path, sentence(meaning, help_language()))->type_name(type_name)->required();
            add_view(*sub, false);
            for (const char* unused : {"--json", "--data"}) {
              sub->remove_option(sub->get_option(unused));  // text only, no tables
            }
            declared.guide = guide;
            declared.run = [sub, path, run](std::optional<int>& /*year*/,
                                            std::optional<Parameters::YearRange>& /*covered*/) {
              return run(*path, view_of(*sub));
            };
          });
}

}  // namespace

void add_inspect_commands(CLI::App& app, Commands& commands) {
  const Language lang = help_language();
  add_path_command(app, commands, "params", "cli.params_check.about", "--check", "DIR", "cli.params_check.directory",
                   {{"wkr params --check data/nl"}, {sentence("cli.note.params_check.lines", lang)}}, check_tables);
  add_path_command(app, commands, "explain", "cli.explain.about", placeholder("cli.placeholder.file"), "FILE.json",
                   "cli.explain.file",
                   {{"wkr free-space --year 2026 --wage-bill 1200000 --json --output result.json",
                     "wkr explain result.json --lang en"},
                    {sentence("cli.note.explain.text", lang)}},
                   explain_saved);
}

}  // namespace wkr::cli
