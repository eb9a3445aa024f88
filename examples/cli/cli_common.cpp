// Shared parts of the wkr command (cli_common.hpp).
#include "cli_common.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

namespace wkr::cli {

namespace {

/// The view options of each command, owned for the life of the program: CLI11 writes into them.
std::map<const CLI::App*, View>& views() {
  static std::map<const CLI::App*, View> table;
  return table;
}

/// The options that are keys of a request (add_input, add_switch), as opposed to the view's.
std::set<const CLI::Option*>& inputs() {
  static std::set<const CLI::Option*> table;
  return table;
}

Language language_of_help = Language::en;

std::string inputs_group() { return Text{"Invoer", "Inputs"}(language_of_help); }

}  // namespace

void set_help_language(Language language) { language_of_help = language; }
Language help_language() { return language_of_help; }

int exit_code_of(const Error& error) {
  if (dynamic_cast<const RequestKeyError*>(&error) != nullptr) return exit_usage;
  switch (error.code()) {
    case ErrorCode::not_covered: return exit_not_covered;
    case ErrorCode::io: return exit_io;
    case ErrorCode::invalid_argument:
    case ErrorCode::parse:
    case ErrorCode::overflow:
    case ErrorCode::data:
    case ErrorCode::division_by_zero: return exit_bad_input;
  }
  return exit_internal;
}

Language View::language() const {
  if (lang == "nl") return Language::nl;
  if (lang == "en") return Language::en;
  throw Error(ErrorCode::invalid_argument,
              fmt::format(fmt::runtime(Text{"--lang '{}' is geen taal van wkr: geef nl of en",
                                            "--lang '{}' is not a language of wkr: give nl or en"}(help_language())),
                          lang));
}

Parameters View::parameters() const {
  return data_dir.empty() ? Parameters::embedded() : Parameters::with_directory(data_dir);
}

void add_view(CLI::App& command, bool explain) {
  View& view = views()[&command];
  const std::string group = Text{"Uitvoer", "Output"}(help_language());
  command.add_flag("--json", view.json, "Print one JSON object (with the explanation and the receipt)")->group(group);
  if (explain) {
    command.add_flag("--explain", view.explain, "Show every step with its legal source")->group(group);
  }
  command.add_option("--lang", view.lang, "Language of the text output: nl (the default) or en")
      ->type_name("nl|en")
      ->group(group);
  command.add_option("--data", view.data_dir, "Directory of parameter tables to layer over the embedded ones")
      ->type_name("DIR")
      ->group(group);
  command
      .add_option("--output", view.output,
                  Text{"Schrijf het resultaat naar FILE in plaats van de standaarduitvoer: helemaal of niet (een "
                       "tijdelijk bestand in dezelfde map, hernoemd als het compleet is)",
                       "Write the result to FILE instead of standard output: whole or not at all (a temporary file "
                       "in the same directory, renamed when complete)"}(help_language()))
      ->type_name("FILE")
      ->group(group);
}

const View& view_of(const CLI::App& command) { return views().at(&command); }

CLI::Option* add_input(CLI::App& command, const std::string& name, const std::string& placeholder,
                       const std::string& description, bool repeatable) {
  CLI::Option* option = command.add_option(name, description)->type_name(placeholder)->group(inputs_group());
  if (repeatable) {
    option->expected(1, CLI::detail::expected_max_vector_size)
        ->allow_extra_args()
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  }
  inputs().insert(option);
  return option;
}

CLI::Option* add_switch(CLI::App& command, const std::string& name, const std::string& description) {
  CLI::Option* option = command.add_flag(name, description)->group(inputs_group());
  inputs().insert(option);
  return option;
}

nlohmann::json request_of(const CLI::App& command) {
  nlohmann::json request = {{"command", command.get_name()}};
  for (const CLI::Option* option : command.get_options()) {
    if (inputs().count(option) == 0 || option->count() == 0) continue;
    std::string key = option->get_lnames().front();
    std::replace(key.begin(), key.end(), '-', '_');
    if (option->get_expected_max() == 0) {
      request[key] = true;  // a switch
    } else if (option->get_expected_max() > 1) {
      request[key] = option->results();
    } else {
      request[key] = option->results().back();
    }
  }
  return request;
}

std::string Table::text() const {
  std::size_t width = 0;
  for (const auto& row : rows_) width = std::max(width, row.first.size());
  std::string out;
  for (const auto& row : rows_) out += fmt::format("  {:<{}}  {}\n", row.first, width, row.second);
  return out;
}

std::string explanation_text(const Explanation& explanation, Language language) {
  return "\n" + render_text(explanation, language);
}

}  // namespace wkr::cli
