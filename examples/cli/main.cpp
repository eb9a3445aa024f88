// wkr — the command for accountants: one subcommand per question (docs/cli.md).
//
// Exit codes: 0 success, 2 usage error, 3 bad input or data. An error is one line on stderr.
#include <iostream>

#include "cli_common.hpp"
#include "wkr/version.hpp"

int main(int argc, char** argv) {
  CLI::App app{"wkr — exact calculations for the Dutch werkkostenregeling (WKR)", "wkr"};
  app.require_subcommand(1);
  app.set_version_flag("--version", WKR_VERSION_STRING);

  wkr::cli::Commands commands;
  wkr::cli::add_free_space_commands(app, commands);
  wkr::cli::add_allowance_commands(app, commands);
  wkr::cli::add_parameters_command(app, commands);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "wkr: usage error: " << e.what() << " (see 'wkr --help')\n";
    return wkr::cli::exit_usage;
  }

  try {
    for (const auto& command : commands) {
      if (command.app->parsed()) return command.run();
    }
    return wkr::cli::exit_usage;  // unreachable: require_subcommand(1)
  } catch (const wkr::Error& e) {
    // The command knows how newer tables reach it; the library's message cannot.
    const char* hint = e.code() == wkr::ErrorCode::not_covered ? " (load newer tables with --data DIR)" : "";
    std::cerr << "wkr: error: " << e.what() << hint << "\n";
    return wkr::cli::exit_bad_input;
  } catch (const std::exception& e) {
    std::cerr << "wkr: internal error: " << e.what() << "\n";
    return 1;
  }
}
