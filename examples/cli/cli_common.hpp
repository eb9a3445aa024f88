// Shared parts of the wkr command: option parsing helpers, output tables, the command registry.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "wkr/decimal.hpp"
#include "wkr/explanation.hpp"
#include "wkr/explanation_text.hpp"
#include "wkr/parameters.hpp"

namespace wkr::cli {

/// Exit codes (docs/cli.md): 0 success, 2 usage error, 3 bad input or data.
constexpr int exit_usage = 2;
constexpr int exit_bad_input = 3;

/// A subcommand and what running it does once its options are parsed.
struct Command {
  CLI::App* app;
  std::function<int()> run;
};
using Commands = std::vector<Command>;

/// AMOUNT: euros as a plain decimal with '.', at most two decimals, no sign.
const CLI::Validator& amount_validator();

/// The options every subcommand has: --year, --json, --explain, --lang, --data.
struct CommonOptions {
  int year = 0;
  bool json = false;
  bool explain = false;
  std::string lang = "nl";
  std::string data_dir;

  [[nodiscard]] Language language() const { return lang == "en" ? Language::en : Language::nl; }
  /// The explanation is built for --explain and --json (which always carries it).
  [[nodiscard]] Explain explanation() const { return json || explain ? Explain::yes : Explain::no; }
  /// The embedded tables, or those with --data DIR layered on top.
  [[nodiscard]] Parameters parameters() const;
};
void add_common(CLI::App& command, CommonOptions& options);

/// Text output: "  label   value" rows with the values aligned.
class Table {
 public:
  void add(std::string label, std::string value) { rows_.emplace_back(std::move(label), std::move(value)); }
  void print() const;

 private:
  std::vector<std::pair<std::string, std::string>> rows_;
};

/// A blank line and the rendered explanation.
void print_explanation(const Explanation& explanation, Language language);

/// Registers `free-space` and `settle`.
void add_free_space_commands(CLI::App& app, Commands& commands);

/// Registers `home-working`, `commute`, `same-day` and `evaluate` (allowance_commands.cpp).
void add_allowance_commands(CLI::App& app, Commands& commands);

/// Registers `parameters`.
void add_parameters_command(CLI::App& app, Commands& commands);

}  // namespace wkr::cli
