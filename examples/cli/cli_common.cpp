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
/// The --lang of a command that gives none (set_text_language()).
std::string& default_text_language() {
  static std::string lang = "nl";
  return lang;
}

std::string inputs_group() { return sentence("cli.group.inputs", language_of_help); }

}  // namespace

void set_help_language(Language language) { language_of_help = language; }
Language help_language() { return language_of_help; }
void set_text_language(const std::string& lang) { default_text_language() = lang; }

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
  throw Error(ErrorCode::invalid_argument, say("error.command.unknown_language", lang));
}

Parameters View::parameters() const {
  return data_dir.empty()
             ? Parameters::embedded()
             : Parameters::with_directory(data_dir, strict_data ? TableOverrides::refuse : TableOverrides::allow);
}

void add_view(CLI::App& command, bool explain) {
  View& view = views()[&command];
  view.lang = default_text_language();
  const Language lang = help_language();
  const std::string group = sentence("cli.group.output", lang);
  command.add_flag("--json", view.json, sentence("cli.option.json", lang))->group(group);
  if (explain) command.add_flag("--explain", view.explain, sentence("cli.option.explain", lang))->group(group);
  command.add_option("--lang", view.lang, sentence("cli.option.text_lang", lang))->type_name("nl|en")->group(group);
  command.add_option("--data", view.data_dir, sentence("cli.option.data", lang))->type_name("DIR")->group(group);
  command.add_flag("--strict-data", view.strict_data, sentence("cli.option.strict_data", lang))->group(group);
  command.add_option("--output", view.output, sentence("cli.option.output", lang))->type_name("FILE")->group(group);
}

const View& view_of(const CLI::App& command) { return views().at(&command); }

void declare(CLI::App& app, Commands& commands, const std::string& name, const char* about, Completion complete) {
  commands.push_back({.app = app.add_subcommand(name, sentence(about, help_language())),
                      .guide = {},
                      .complete = std::move(complete)});
}

void complete_commands(Commands& commands, int argc, const char* const* argv) {
  const auto named = [&](const Command& command) {
    for (int i = 1; i < argc; ++i) {
      if (argv[i] == command.app->get_name()) return true;
    }
    return false;
  };
  const bool all = std::none_of(commands.begin(), commands.end(), named) ||
                   std::any_of(argv + 1, argv + argc, [](std::string_view arg) { return arg == "--man"; });
  for (Command& command : commands) {
    if (command.completed || !(all || named(command))) continue;
    command.complete(command);
    command.completed = true;
  }
}

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

void add_year(CLI::App& command) { add_input(command, "--year", "YEAR", sentence("cli.option.year", help_language())); }

void add_csv_format(CLI::App& command) {
  const Language lang = help_language();
  add_input(command, "--delimiter", ",|;|tab", sentence("cli.option.delimiter", lang));
  add_switch(command, "--decimal-comma", sentence("cli.option.decimal_comma", lang));
  add_switch(command, "--decimal-point", sentence("cli.option.decimal_point", lang));
}

void add_free_space_rounding(CLI::App& command, const std::string& with) {
  add_input(command, "--free-space-rounding", "MODE",
            with.empty() ? sentence("cli.option.free_space_rounding", help_language())
                         : render(say("cli.option.free_space_rounding_with", with), help_language()));
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

std::size_t display_width(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

namespace {

/// `text` padded with spaces to `width` characters, on the left (`right`) or on the right.
std::string padded(const std::string& text, std::size_t width, bool right) {
  const std::string fill(width - std::min(width, display_width(text)), ' ');
  return right ? fill + text : text + fill;
}

}  // namespace

std::string Table::text() const {
  std::size_t width = 0;
  for (const auto& row : rows_) width = std::max(width, display_width(row.first));
  std::string out;
  for (const auto& row : rows_) out += "  " + padded(row.first, width, false) + "  " + row.second + "\n";
  return out;
}

std::string Grid::text() const {
  // The header's cells split into their lines; every line of the table as cells.
  std::vector<std::vector<std::string>> lines(1);
  for (std::size_t c = 0; c < header_.size(); ++c) {
    const std::size_t cut = header_[c].find('\n');
    if (cut != std::string::npos && lines.size() == 1) lines.emplace_back(header_.size());
    lines[0].push_back(header_[c].substr(0, cut));
    if (cut != std::string::npos) lines[1][c] = header_[c].substr(cut + 1);
  }
  lines.insert(lines.end(), rows_.begin(), rows_.end());
  std::vector<std::size_t> widths(header_.size(), 0);
  for (const auto& line : lines) {
    for (std::size_t c = 0; c < line.size() && c < widths.size(); ++c) {
      widths[c] = std::max(widths[c], display_width(line[c]));
    }
  }
  std::string out;
  for (const auto& line : lines) {
    std::string text = " ";
    for (std::size_t c = 0; c < line.size() && c < widths.size(); ++c) {
      // Appended piece by piece: `" " + padded(…)` made GCC 12 -O3 warn (-Wrestrict) in the README's build.
      text += ' ';
      text += padded(line[c], widths[c], c >= text_columns_);
      if (c + 1 < line.size()) text += ' ';
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out += text + "\n";
  }
  return out;
}

std::vector<std::string> column_names(std::string_view prefix, std::initializer_list<std::string_view> names,
                                      Language lang) {
  std::vector<std::string> headings;
  for (std::string_view name : names) headings.push_back(sentence(fmt::format("{}{}", prefix, name), lang));
  return headings;
}

std::string amount_text(const Decimal& amount, Language language, int min_decimals) {
  std::string text = format_money(amount, language, min_decimals);
  const std::string euro = "€";
  const std::size_t at = text.find(euro);
  text.erase(at, euro.size() + (at + euro.size() < text.size() && text[at + euro.size()] == ' ' ? 1 : 0));
  return text;
}

std::string warnings_text(const std::vector<Phrase>& warnings, Language language) {
  std::string out;
  for (const Phrase& warning : warnings)
    out += sentence("word.warning", language) + ": " + render(warning, language) + "\n";
  return out;
}

std::string explanation_text(const Explanation& explanation, Language language) {
  return "\n" + render_text(explanation, language);
}

}  // namespace wkr::cli
