// The help footers and the man page of the wkr command (help.hpp).
#include "help.hpp"

#include <fmt/format.h>

#include "wkr/version.hpp"

namespace wkr::cli {

namespace {

/// The names of values that are words (AMOUNT …); their English is the type name an option is given.
constexpr const char* placeholder_keys[] = {
    "cli.placeholder.amount",    "cli.placeholder.command",      "cli.placeholder.dir",  "cli.placeholder.file",
    "cli.placeholder.json_file", "cli.placeholder.long_absence", "cli.placeholder.mode", "cli.placeholder.month",
    "cli.placeholder.name",      "cli.placeholder.rate",         "cli.placeholder.year",
};

/// Examples of the command as a whole (wkr --help and the man page's DESCRIPTION).
const std::vector<std::string>& general_examples() {
  static const std::vector<std::string> examples = {
      "wkr settle --year 2025 --wage-bill 500000 --designated 14180",
      "wkr evaluate --year 2025 --items examples/items.csv --lang en",
      "wkr help settle",
  };
  return examples;
}

std::string examples_title() { return sentence("cli.help.examples", help_language()); }

/// "The embedded tables cover 2015–2026 …".
std::string coverage() {
  const Parameters::YearRange years = Parameters::embedded().covered_years();
  return render(say("cli.help.coverage", std::to_string(years.first), std::to_string(years.last)), help_language());
}

std::string exit_codes_text() {
  std::string out = sentence("cli.help.exit_codes", help_language());
  for (const auto& [code, meaning] : exit_codes()) out += fmt::format("\n  {}  {}", code, meaning);
  return out;
}

std::string guide_text(const Guide& guide) {
  std::string out;
  if (!guide.examples.empty()) {
    out += examples_title();
    for (const std::string& example : guide.examples) out += "\n  $ " + example;
    out += "\n\n";
  }
  for (const std::string& note : guide.notes) out += note + "\n\n";
  if (!guide.list.empty()) {
    std::size_t width = 0;
    for (const auto& [term, meaning] : guide.list) width = std::max(width, term.size());
    out += guide.list_title;
    for (const auto& [term, meaning] : guide.list) out += fmt::format("\n  {:<{}}  {}", term, width, meaning);
    out += "\n\n";
  }
  return out;
}

/// Text for roff, in ASCII: a backslash is \e, a character beyond ASCII \[uXXXX], and a line that
/// starts with '.' or '\'' is protected.
std::string roff(const std::string& text) {
  std::string out;
  bool line_start = true;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (line_start && (c == '.' || c == '\'')) out += "\\&";
    line_start = c == '\n';
    if (c == '\\') {
      out += "\\e";
    } else if (c < 0x80) {
      out += static_cast<char>(c);
    } else {  // UTF-8: the lead byte says how many continuation bytes follow
      const int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
      unsigned code = c & (0x3FU >> extra);
      for (int k = 0; k < extra && i + 1 < text.size(); ++k) code = (code << 6) | (static_cast<unsigned char>(text[++i]) & 0x3FU);
      out += fmt::format("\\[u{:04X}]", code);
    }
  }
  return out;
}

/// A command line or option name for roff: '-' is the ASCII hyphen-minus \-, so it can be copied.
std::string roff_code(const std::string& text) {
  std::string out;
  for (char c : roff(text)) {
    if (c == '-') {
      out += "\\-";
    } else {
      out += c;
    }
  }
  return out;
}

std::string roff_examples(const std::vector<std::string>& examples) {
  if (examples.empty()) return "";
  std::string out = ".PP\n" + roff(examples_title()) + "\n.PP\n.RS\n.nf\n";
  for (const std::string& example : examples) out += roff_code("$ " + example) + "\n";
  return out + ".fi\n.RE\n";
}

/// A section heading of the man page.
std::string roff_heading(const char* key) { return ".SH \"" + roff(sentence(key, help_language())) + "\"\n"; }

std::string roff_options(const CLI::App& command) {
  std::string out;
  std::string group;
  for (const CLI::Option* option : command.get_options()) {
    if (option->get_group() != group) {
      group = option->get_group();
      out += ".PP\n\\fI" + roff(group) + "\\fR\n";
    }
    std::string name = option->get_name(false, true);
    if (option->get_expected_max() != 0) name += " " + command.get_formatter()->get_label(option->get_type_name());
    if (option->get_expected_max() > 1) name += " ...";
    out += ".TP\n.B " + roff_code(name) + "\n" + roff(option->get_description()) + "\n";
  }
  return out;
}

}  // namespace

std::string wkr_summary() { return sentence("cli.summary", help_language()); }

std::string placeholder(const char* key) { return sentence(key, help_language()); }

void set_help_words(CLI::App& app) {
  const Language lang = help_language();
  app.option_defaults()->group(sentence("cli.group.options", lang));
  app.group(sentence("cli.help.commands", lang));  // the heading of the commands in the help
  app.set_help_flag("-h,--help", sentence("cli.option.help", lang));
  CLI::FormatterBase& formatter = *app.get_formatter();
  formatter.label("Usage", sentence("cli.label.usage", lang));
  formatter.label("OPTIONS", sentence("cli.label.options", lang));
  formatter.label("REQUIRED", sentence("cli.label.required", lang));
  formatter.label("Positionals", sentence("cli.label.positionals", lang));
  formatter.label("SUBCOMMAND", placeholder("cli.placeholder.command"));
  for (const char* key : placeholder_keys) formatter.label(sentence(key, Language::en), placeholder(key));
}

void set_help_flag_groups(CLI::App& app) {
  for (CLI::App* command : app.get_subcommands([](CLI::App*) { return true; })) {
    command->get_help_ptr()->group(app.get_help_ptr()->get_group());
  }
}

std::vector<std::pair<int, std::string>> exit_codes() {
  const Language lang = help_language();
  return {
      {exit_ok, sentence("cli.exit.ok", lang)},
      {exit_internal, sentence("cli.exit.internal", lang)},
      {exit_usage, sentence("cli.exit.usage", lang)},
      {exit_bad_input, sentence("cli.exit.bad_input", lang)},
      {exit_not_covered, sentence("cli.exit.not_covered", lang)},
      {exit_io, sentence("cli.exit.io", lang)},
  };
}

void add_help_footers(CLI::App& app, const Commands& commands) {
  const std::string common = coverage() + "\n\n" + exit_codes_text();
  for (const Command& command : commands) {
    if (command.completed) command.app->footer("\n" + guide_text(command.guide) + common);
  }
  app.footer("\n" +
             guide_text(Guide{general_examples(), {sentence("cli.help.commands_footer", help_language())}, {}, {}}) +
             common);
}

std::string man_page(const Commands& commands) {
  const Language lang = help_language();
  const std::string command_word = roff(placeholder("cli.placeholder.command"));
  std::string out = ".\\\" wkr(1), generated by 'wkr --man' from the text of 'wkr --help'\n";
  out += ".TH WKR 1 \"\" \"wkr " WKR_VERSION_STRING "\" \"" + roff(sentence("cli.man.manual", lang)) + "\"\n";
  out += roff_heading("cli.man.heading.name") + "wkr \\- " + roff(wkr_summary()) + "\n";
  out += roff_heading("cli.man.heading.synopsis") + ".B wkr\n.I " + command_word + "\n[\\fI" +
         roff(sentence("cli.label.options", lang)) + "\\fR]\n.br\n.B wkr help\n[\\fI" + command_word +
         "\\fR]\n.br\n.B wkr\n\\-\\-help | \\-\\-version | \\-\\-man\n";
  out += roff_heading("cli.man.heading.description") + roff(sentence("cli.man.description", lang)) + "\n.PP\n" +
         roff(coverage()) + "\n" + roff_examples(general_examples());
  out += roff_heading("cli.man.heading.commands");
  for (const Command& command : commands) {
    out += ".SS " + roff_code("wkr " + command.app->get_name()) + "\n" + roff(command.app->get_description()) + "\n";
    out += roff_options(*command.app);
    for (const std::string& note : command.guide.notes) out += ".PP\n" + roff(note) + "\n";
    if (!command.guide.list.empty()) {
      out += ".PP\n" + roff(command.guide.list_title) + "\n";
      for (const auto& [term, meaning] : command.guide.list) out += ".TP\n.B " + roff_code(term) + "\n" + roff(meaning) + "\n";
    }
    out += roff_examples(command.guide.examples);
  }
  out += roff_heading("cli.man.heading.exit_status");
  for (const auto& [code, meaning] : exit_codes()) out += ".TP\n.B " + std::to_string(code) + "\n" + roff(meaning) + "\n";
  out += roff_heading("cli.man.heading.see_also") + roff(sentence("cli.man.see_also", lang)) + "\n";
  return out;
}

}  // namespace wkr::cli
