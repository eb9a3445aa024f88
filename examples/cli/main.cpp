// wkr — the command for accountants: one subcommand per question (docs/cli.md).
//
// A command's options become its request (keys = long options with '_' for '-'), which the
// library reads and computes exactly as it does a JSON request (wkr/request.hpp); this file only
// turns the result into text or JSON and the errors into exit codes (cli_common.hpp: 0 success,
// 1 internal error, 2 usage, 3 bad input, 4 not covered, 5 a file that cannot be read or written).
// An error is one line on stderr and nothing on stdout.
#include <iostream>
#include <new>
#include <optional>
#include <string_view>

#include "cli_common.hpp"
#include "help.hpp"
#include "output.hpp"
#include "progress.hpp"
#include "wkr/json.hpp"
#include "wkr/version.hpp"

namespace {

using namespace wkr;
using namespace wkr::cli;

/// The value of the first `--lang` anywhere on the command line (read before CLI11 parses, so a
/// usage error is in that language too and wkr's own --lang reaches the command), or "".
std::string language_in(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg.starts_with("--lang=")) return std::string(arg.substr(7));
    if (arg == "--lang" && i + 1 < argc) return argv[i + 1];
  }
  return "";
}

/// A usage error: the message and where to find the right form.
int usage_error(const Phrase& message, const std::string& command) {
  std::cerr << "wkr: " << render(say("cli.usage", message, command.empty() ? "wkr" : "wkr " + command), help_language())
            << "\n";
  return exit_usage;
}

/// What the command reads from a file, for the progress line.
std::string input_file(const nlohmann::json& request) {
  for (const char* key : {"items", "calendar", "periods", "members", "employees"}) {
    if (auto it = request.find(key); it != request.end() && it->is_string()) return it->get<std::string>();
  }
  return "";
}

/// Runs a command with its own output (Command::output: `report`); throws wkr::Error.
int run_own_output(const Command& command, const View& view) {
  std::string out;
  {
    const Progress progress(command.app->get_name(), input_file(request_of(*command.app)), help_language());
    out = command.output(*command.app, view.parameters());
  }
  write_output(out, view.output);
  return exit_ok;
}

/// Runs the command that was parsed; throws wkr::Error. `year` is set once the request is read.
int run_command(const Command& command, std::optional<int>& year, std::optional<Parameters::YearRange>& covered) {
  const View& view = view_of(*command.app);
  (void)view.language();  // an unknown --lang is refused before any work is done
  if (command.output != nullptr) return run_own_output(command, view);
  const nlohmann::json request_json = request_of(*command.app);
  std::string out;
  {
    const Progress progress(command.app->get_name(), input_file(request_json), help_language());
    const Parameters parameters = view.parameters();
    covered = parameters.covered_years();
    const Request request = read_request(request_json, RequestSyntax::command_line);
    year = year_of(request);
    const Result result = compute(parameters, request, view.explanation());
    out = view.json ? in_reading_order(to_json(result)).dump(2) + "\n"
                    : std::visit([&](const auto& r) { return text(r, view); }, result);
  }
  write_output(out, view.output);
  return exit_ok;
}

/// `wkr help [COMMAND]`.
int run_help(const CLI::App& app, const Commands& commands, std::string topic) {
  // CLI11 takes a command's name after `help` for that command (parsed next), not for COMMAND.
  if (const auto parsed = app.get_subcommands(); topic.empty() && parsed.size() > 1) topic = parsed[1]->get_name();
  if (topic.empty()) {
    write_output(app.get_formatter()->make_help(&app, "wkr", CLI::AppFormatMode::Normal));
    return exit_ok;
  }
  for (const Command& command : commands) {
    if (command.app->get_name() == topic) {
      write_output(command.app->help("wkr"));
      return exit_ok;
    }
  }
  std::string names;
  for (const Command& command : commands) names += (names.empty() ? "" : ", ") + command.app->get_name();
  return usage_error(say("error.command.unknown_help_topic", topic, names), "");
}

}  // namespace

int main(int argc, char** argv) {
  guard_standard_output();
  const std::string lang = language_in(argc, argv);
  set_help_language(lang == "nl" ? Language::nl : Language::en);  // English unless Dutch is asked for
  set_text_language(lang.empty() ? "nl" : lang);

  CLI::App app{"wkr — " + wkr_summary(), "wkr"};
  set_help_words(app);
  app.set_version_flag("--version", WKR_VERSION_STRING, sentence("cli.option.version", help_language()));
  bool man = false;
  std::string man_output;
  app.add_flag("--man", man, sentence("cli.option.man", help_language()));
  app.add_option("--output", man_output, sentence("cli.option.man_output", help_language()))->type_name("FILE");
  std::string own_lang;  // read by language_in() before parsing, and the commands' default
  app.add_option("--lang", own_lang, sentence("cli.option.lang", help_language()))->type_name("nl|en");

  Commands commands;
  add_free_space_commands(app, commands);
  add_allowance_commands(app, commands);
  add_ledger_command(app, commands);
  add_wage_bill_command(app, commands);
  add_parameters_command(app, commands);
  add_policy_commands(app, commands);
  add_report_command(app, commands);
  add_inspect_commands(app, commands);
  complete_commands(commands, argc, argv);
  CLI::App* help = app.add_subcommand("help", sentence("cli.help.about", help_language()));
  std::string help_topic;
  help->add_option(placeholder("cli.placeholder.command"), help_topic, sentence("cli.help.topic", help_language()))
      ->type_name("");
  set_help_flag_groups(app);
  add_help_footers(app, commands);

  std::optional<int> year;
  std::optional<Parameters::YearRange> covered;
  std::string running;  // the command, for the usage hint
  try {
    try {
      app.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
      write_output(app.help());
      return exit_ok;
    } catch (const CLI::CallForVersion&) {
      write_output(std::string(WKR_VERSION_STRING) + "\n");
      return exit_ok;
    } catch (const CLI::ParseError& e) {
      const auto parsed = app.get_subcommands();
      return usage_error(usage_message(e), parsed.empty() ? "" : parsed.front()->get_name());
    }
    if (!man_output.empty() && !man) {
      return usage_error(say("error.command.output_without_man"), "");
    }
    if (man) {
      write_output(man_page(commands), man_output);
      return exit_ok;
    }
    if (help->parsed()) return run_help(app, commands, help_topic);
    for (const Command& command : commands) {
      if (!command.app->parsed()) continue;
      running = command.app->get_name();
      return command.run ? command.run(year, covered) : run_command(command, year, covered);
    }
    std::string names;
    for (const Command& command : commands) names += (names.empty() ? "" : ", ") + command.app->get_name();
    return usage_error(say("error.command.give_command", names), "");
  } catch (const Error& e) {
    const int code = exit_code_of(e);
    if (code == exit_usage) return usage_error(e.message(help_language()), running);
    std::string hint;
    // The command knows how newer tables reach it; the library's message cannot.
    if (e.code() == ErrorCode::not_covered && year && covered && *year > covered->last) {
      hint = render(say("cli.hint.load_tables", std::to_string(*year)), help_language());
    }
    std::cerr << "wkr: " << sentence("cli.error", help_language()) << ": " << e.message(help_language()) << hint
              << "\n";
    return code;
  } catch (const std::bad_alloc&) {
    std::cerr << "wkr: " << sentence("cli.internal_error", help_language()) << ": "
              << sentence("error.command.out_of_memory", help_language()) << "\n";
    return exit_internal;
  } catch (const std::exception& e) {
    std::cerr << "wkr: " << sentence("cli.internal_error", help_language()) << ": " << e.what() << "\n";
    return exit_internal;
  }
}
