// The help footers and the man page of the wkr command (help.hpp).
#include "help.hpp"

#include <fmt/format.h>

#include "wkr/version.hpp"

namespace wkr::cli {

namespace {

/// Examples of the command as a whole (wkr --help and the man page's DESCRIPTION).
const std::vector<std::string>& general_examples() {
  static const std::vector<std::string> examples = {
      "wkr settle --year 2025 --wage-bill 500000 --designated 14180",
      "wkr evaluate --year 2025 --items examples/items.csv --lang en",
      "wkr help settle",
  };
  return examples;
}

std::string examples_title() { return Text{"Voorbeelden:", "Examples:"}(help_language()); }

/// "The embedded tables cover 2015–2026 …".
std::string coverage() {
  const Parameters::YearRange years = Parameters::embedded().covered_years();
  return fmt::format(fmt::runtime(Text{"De ingebouwde tabellen dekken {}–{}; voor een ander jaar stopt wkr met exitcode "
                                       "4. --data MAP legt nieuwere tabellen eroverheen.",
                                       "The embedded tables cover {}–{}; for another year wkr stops with exit code 4. "
                                       "--data DIR layers newer tables over them."}(help_language())),
                     years.first, years.last);
}

std::string exit_codes_text() {
  std::string out = Text{"Exitcodes:", "Exit codes:"}(help_language());
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

std::string roff_options(const CLI::App& command) {
  std::string out;
  std::string group;
  for (const CLI::Option* option : command.get_options()) {
    if (option->get_group() != group) {
      group = option->get_group();
      out += ".PP\n\\fI" + roff(group) + "\\fR\n";
    }
    std::string name = option->get_name(false, true);
    if (option->get_expected_max() != 0) name += " " + option->get_type_name();
    if (option->get_expected_max() > 1) name += " ...";
    out += ".TP\n.B " + roff_code(name) + "\n" + roff(option->get_description()) + "\n";
  }
  return out;
}

}  // namespace

std::vector<std::pair<int, std::string>> exit_codes() {
  const Language lang = help_language();
  return {
      {exit_ok, Text{"gelukt", "success"}(lang)},
      {exit_internal, Text{"interne fout (een fout in wkr: meld die)", "internal error (a bug in wkr: report it)"}(lang)},
      {exit_usage, Text{"gebruik: een onbekende opdracht of optie, een ontbrekende verplichte optie, opties die elkaar "
                        "uitsluiten of een optie zonder waarde",
                        "usage: an unknown command or option, a missing required option, options that exclude each "
                        "other or an option without its value"}(lang)},
      {exit_bad_input, Text{"foute invoer: een waarde die de regel weigert of buiten het bereik, een verkeerd "
                            "geschreven bedrag, een foute regel in een CSV-bestand of een fout in een tabelbestand",
                            "bad input: a value the rule refuses or out of range, a malformed amount, a bad row of a "
                            "CSV file or an error in a table file"}(lang)},
      {exit_not_covered, Text{"het jaar of de waarde valt buiten de tabellen",
                              "the year or value is not covered by the tables"}(lang)},
      {exit_io, Text{"een bestand of map is niet te lezen of te schrijven (ook een volle schijf of een gesloten "
                     "standaarduitvoer)",
                     "a file or directory that cannot be read or written (a full disk or a closed standard output "
                     "too)"}(lang)},
  };
}

void add_help_footers(CLI::App& app, const Commands& commands) {
  const std::string common = coverage() + "\n\n" + exit_codes_text();
  for (const Command& command : commands) command.app->footer("\n" + guide_text(command.guide) + common);
  app.footer("\n" + guide_text(Guide{general_examples(),
                                     {Text{"'wkr OPDRACHT --help' of 'wkr help OPDRACHT' toont de opties van een "
                                           "opdracht; 'wkr --man' de handleiding (man-pagina).",
                                           "'wkr COMMAND --help' or 'wkr help COMMAND' shows the options of a command; "
                                           "'wkr --man' the manual page."}(help_language())},
                                     {},
                                     {}}) +
             common);
}

std::string man_page(const Commands& commands) {
  const Language lang = help_language();
  std::string out = ".\\\" wkr(1), generated by 'wkr --man' from the text of 'wkr --help'\n";
  out += ".TH WKR 1 \"\" \"wkr " WKR_VERSION_STRING "\" \"User Commands\"\n";
  out += ".SH NAME\nwkr \\- " + roff(wkr_summary) + "\n";
  out += ".SH SYNOPSIS\n.B wkr\n.I COMMAND\n[\\fIOPTIONS\\fR]\n.br\n.B wkr help\n[\\fICOMMAND\\fR]\n.br\n"
         ".B wkr\n\\-\\-help | \\-\\-version | \\-\\-man\n";
  out += ".SH DESCRIPTION\n" +
         roff(Text{"Exacte berekeningen voor de werkkostenregeling: een opdracht per vraag, tekst in het Nederlands "
                   "of Engels (--lang), JSON voor scripts (--json) en bij elk bedrag de stappen met hun wettelijke "
                   "bron (--explain).",
                   "Exact calculations for the Dutch werkkostenregeling: one command per question, text in Dutch or "
                   "English (--lang), JSON for scripts (--json), and every figure's steps with their legal source "
                   "(--explain)."}(lang)) +
         "\n.PP\n" + roff(coverage()) + "\n" + roff_examples(general_examples());
  out += ".SH COMMANDS\n";
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
  out += ".SH \"EXIT STATUS\"\n";
  for (const auto& [code, meaning] : exit_codes()) out += ".TP\n.B " + std::to_string(code) + "\n" + roff(meaning) + "\n";
  out += ".SH \"SEE ALSO\"\n" +
         roff(Text{"docs/cli.md in de broncode: elke optie, de JSON-sleutels en de exitcodes.",
                   "docs/cli.md in the source: every option, the JSON keys and the exit codes."}(lang)) +
         "\n";
  return out;
}

}  // namespace wkr::cli
