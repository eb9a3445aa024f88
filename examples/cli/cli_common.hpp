// Shared parts of the wkr command: the exit codes, the options every command has, turning a
// command's options into its request, text tables, the help notes and the command registry.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "wkr/explanation.hpp"
#include "wkr/explanation_text.hpp"
#include "wkr/parameters.hpp"
#include "wkr/request.hpp"

namespace wkr::cli {

/// Exit codes (docs/cli.md), following the C statuses: 0 success, 1 internal error, 2 usage
/// (the command line), 3 bad input data, 4 a year or value the tables do not cover, 5 a file
/// that cannot be read or written.
enum Exit : int {
  exit_ok = 0,
  exit_internal = 1,
  exit_usage = 2,
  exit_bad_input = 3,
  exit_not_covered = 4,
  exit_io = 5
};

/// The exit code of a library error.
[[nodiscard]] int exit_code_of(const Error& error);

/// A parse error of CLI11 (an unknown option, a missing value …) as a sentence of the catalogue that
/// names the option and the value (parse_errors.cpp).
[[nodiscard]] Phrase usage_message(const CLI::ParseError& error);

/// What the help and the man page say about a command beyond its options.
struct Guide {
  std::vector<std::string> examples{};  ///< command lines that run as written from the source tree
  std::vector<std::string> notes{};     ///< paragraphs, in the help's language
  std::string list_title{};             ///< a list of terms, e.g. the item categories (optional)
  std::vector<std::pair<std::string, std::string>> list{};
};

/// How a command that is not one request computed whole runs (`wkr evaluate` streams its file;
/// `params --check` and `explain` read files, not requests): it returns the exit code and sets `year`
/// and `covered` as run_command() does, for the hint of an error about the year.
using Runner = std::function<int(std::optional<int>& year, std::optional<Parameters::YearRange>& covered)>;

struct Command;
/// Adds a declared command's options to its `app` and sets its guide and, when it has them, its
/// `output` or `run`.
using Completion = std::function<void(Command& command)>;

/// A command: its CLI11 subcommand and its guide, and how it runs when main.cpp does not compute its
/// request (one of wkr/request.hpp's) and write the result.
struct Command {
  CLI::App* app;
  Guide guide;
  /// The output of a command whose result is not one of wkr/request.hpp's (`report`), from its
  /// parsed options and the tables; main.cpp writes it.
  std::string (*output)(const CLI::App& command, const Parameters& parameters) = nullptr;
  Runner run{};  ///< a command that writes its own output
  Completion complete{};   ///< what declare() left for complete_commands()
  bool completed = false;  ///< its options, guide and runner are there
};
using Commands = std::vector<Command>;

/// Declares a command: CLI11 learns its name and summary (`about`, a key of the catalogue) now, for
/// the list of commands and the parse; `complete` adds the rest when complete_commands() asks for it.
/// Building the options of all twenty commands was a third of a command's start, while a run uses
/// one command's (docs/performance.md, "Round eight").
void declare(CLI::App& app, Commands& commands, const std::string& name, const char* about, Completion complete);

/// Completes the commands a command line names (any argument that is a command's name: `wkr settle
/// …`, `wkr help settle`), or every command when it names none or asks for the man page (--man):
/// before CLI11 parses the command line, so each command it can reach is whole.
void complete_commands(Commands& commands, int argc, const char* const* argv);

/// How the result is shown; not part of the request.
struct View {
  bool json = false;
  bool explain = false;
  std::string lang = "nl";
  std::string data_dir;
  bool strict_data = false;  ///< --strict-data: a --data value may not replace an embedded one
  std::string output;

  /// The text's language; throws Error(invalid_argument) for a language wkr does not speak.
  [[nodiscard]] Language language() const;
  /// The explanation is built for --explain and --json (which always carries it), except by `wkr
  /// evaluate`, whose --json carries the numbers alone unless --explain is given (evaluate_stream.cpp).
  [[nodiscard]] Explain explanation() const { return json || explain ? Explain::yes : Explain::no; }
  /// The embedded tables, or those with --data DIR layered on top.
  [[nodiscard]] Parameters parameters() const;
};

/// The language of the help, the man page and the messages on stderr: --lang when the command
/// line gives it, else English (main.cpp sets it before the commands are registered).
void set_help_language(Language language);
[[nodiscard]] Language help_language();
/// The --lang of a command that does not give its own: wkr's own --lang (`wkr --lang en settle …`),
/// else nl (main.cpp sets it before the commands are registered).
void set_text_language(const std::string& lang);

/// Adds the options of the view (--json, --explain, --lang, --data, --output) to `command`;
/// `explain` false for a command without explanations.
void add_view(CLI::App& command, bool explain = true);
/// The view options of `command` as parsed.
[[nodiscard]] const View& view_of(const CLI::App& command);

/// The request of a parsed command: every option but the view's, as key = long option with '_'
/// for '-' (docs/cli.md); a repeatable option is a list, a switch true, any other value its text.
[[nodiscard]] nlohmann::json request_of(const CLI::App& command);

/// Adds an option that is a key of the request; `placeholder` names its value in the help
/// (AMOUNT, N, FILE, designate|wage …; the help shows a word in its language: BEDRAG, help.hpp's
/// set_help_words). `description` is a sentence of the catalogue in help_language(). Repeatable
/// options take every value given.
CLI::Option* add_input(CLI::App& command, const std::string& name, const std::string& placeholder,
                       const std::string& description, bool repeatable = false);
/// Adds a switch that is a key of the request.
CLI::Option* add_switch(CLI::App& command, const std::string& name, const std::string& description);
/// Adds --year YEAR, which every command takes.
void add_year(CLI::App& command);
/// Adds --delimiter, --decimal-comma and --decimal-point, which say how the command's CSV files are
/// written (by default found in each file: docs/cli.md, "CSV files").
void add_csv_format(CLI::App& command);
/// Adds --free-space-rounding MODE; `with` says when it applies ("" always).
void add_free_space_rounding(CLI::App& command, const std::string& with = "");

/// The characters of UTF-8 text (the bytes that do not continue a character): its width in a table.
[[nodiscard]] std::size_t display_width(std::string_view text);

/// Text output: "  label   value" rows with the values aligned.
class Table {
 public:
  void add(std::string label, std::string value) { rows_.emplace_back(std::move(label), std::move(value)); }
  [[nodiscard]] std::string text() const;

 private:
  std::vector<std::pair<std::string, std::string>> rows_;
};

/// Text output: a table with a header and a line per row; the first `text_columns` columns (names)
/// are left-aligned, the others (amounts) right-aligned. A header cell may have two lines ("free
/// space\nso far"). Widths count characters, not bytes, so "€" takes one place.
class Grid {
 public:
  explicit Grid(std::vector<std::string> header, std::size_t text_columns = 0)
      : header_(std::move(header)), text_columns_(text_columns) {}
  void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
  [[nodiscard]] std::string text() const;

 private:
  std::vector<std::string> header_;
  std::size_t text_columns_;
  std::vector<std::vector<std::string>> rows_;
};

/// The headings of a Grid's columns: the catalogue's sentence `prefix` + each name
/// ("cli.text.ledger.column." + "period").
[[nodiscard]] std::vector<std::string> column_names(std::string_view prefix,
                                                    std::initializer_list<std::string_view> names, Language lang);

/// An amount for a column of amounts in euros: format_money() without the euro sign.
[[nodiscard]] std::string amount_text(const Decimal& amount, Language language, int min_decimals = 2);

/// The rows of a settlement from the wage bill to the amount in the return (free_space_commands.cpp).
void add_settlement_rows(Table& table, const Settlement& result, Language lang);

/// Each warning of a result on a line of its own: "let op: …" / "warning: …"; "" when none.
[[nodiscard]] std::string warnings_text(const std::vector<Phrase>& warnings, Language language);

/// A blank line and the rendered explanation.
[[nodiscard]] std::string explanation_text(const Explanation& explanation, Language language);

/// The text of each result (the files of the commands).
[[nodiscard]] std::string text(const FreeSpace& result, const View& view);
[[nodiscard]] std::string text(const Settlement& result, const View& view);
[[nodiscard]] std::string text(const ParametersInForce& result, const View& view);
[[nodiscard]] std::string text(const HomeWorking& result, const View& view);
[[nodiscard]] std::string text(const TravelByKm& result, const View& view);
[[nodiscard]] std::string text(const FixedCommute& result, const View& view);
[[nodiscard]] std::string text(const SameDay& result, const View& view);
[[nodiscard]] std::string text(const Evaluation& result, const View& view);
/// The parts of text(Evaluation), which `wkr evaluate` also writes one at a time as it streams.
[[nodiscard]] std::string evaluation_heading(int year, Language language);
/// The text of each employee of an evaluation: the name, a row per item, the totals and the customary
/// test aligned as a Table aligns them (and the steps with --explain). A stream of a million rows
/// writes one employee at a time, so the words of the language are looked up once, here, and an
/// employee's rows are gathered in reused strings rather than a Table.
class EmployeeText {
 public:
  /// An employee's items as they come: each one's label and amount (and its steps with --explain).
  struct Rows {
    std::vector<std::string> cells;   ///< label, amount, label, amount …; only the first 2 × count in use
    std::vector<std::size_t> widths;  ///< the display width of each row's label
    std::size_t count = 0;
    std::vector<Step> steps;
  };

  /// `receipt` is shared by every explained employee (Parameters::shared_receipt()).
  EmployeeText(const View& view, std::shared_ptr<const Receipt> receipt);
  void add_item(Rows& rows, const Item& item, const ItemTreatment& treatment) const;
  /// Appends the employee's text to `out` and empties `rows` for the next employee.
  void write(std::string& out, std::string_view employee, const Totals& totals, const CustomaryTest& customary,
             Rows& rows);

 private:
  Language lang_;
  bool explain_;
  std::shared_ptr<const Receipt> receipt_;
  /// A row's label and its display width, both made once (a stream writes seven rows an employee).
  struct Label {
    std::string text;
    std::size_t width = 0;
  };
  static Label label_of(std::string text);

  std::vector<Label> line_labels_;  ///< per item category: "category (line " ("… (regel " in Dutch)
  Label line_after_;                ///< what follows the number of "line N" in the language, and ")"
  Label exempt_, designated_, wage_, own_contribution_, customary_test_;
  std::string no_safe_harbour_;
  std::optional<Decimal> safe_harbour_;  ///< the last safe harbour written, and its sentence
  std::string above_safe_harbour_;
};
[[nodiscard]] std::string employer_total_text(const Totals& totals, const std::optional<Settlement>& settlement,
                                              Language language);
[[nodiscard]] std::string text(const GroupFreeSpace& result, const View& view);  // group_commands.cpp
[[nodiscard]] std::string text(const GroupSettlement& result, const View& view);
[[nodiscard]] std::string text(const WageBill& result, const View& view);
[[nodiscard]] std::string text(const GroupWageBill& result, const View& view);
[[nodiscard]] std::string text(const LedgerYear& result, const View& view);  // ledger_command.cpp
[[nodiscard]] std::string text(const Budget& result, const View& view);      // policy_commands.cpp
[[nodiscard]] std::string text(const LevyOrWage& result, const View& view);
[[nodiscard]] std::string text(const ScenarioReport& report, const View& view);

/// Registers `free-space` and `settle` (free_space_commands.cpp).
void add_free_space_commands(CLI::App& app, Commands& commands);
/// Registers `home-working`, `commute`, `same-day` and `evaluate` (allowance_commands.cpp).
void add_allowance_commands(CLI::App& app, Commands& commands);
/// How `wkr evaluate` runs: streaming its items file (evaluate_stream.cpp).
[[nodiscard]] Runner evaluate_runner(const CLI::App& app);
/// Registers `ledger` (ledger_command.cpp).
void add_ledger_command(CLI::App& app, Commands& commands);
/// Registers `wage-bill` (group_commands.cpp).
void add_wage_bill_command(CLI::App& app, Commands& commands);
/// Registers `parameters` (parameters_command.cpp).
void add_parameters_command(CLI::App& app, Commands& commands);
/// Registers `budget`, `levy-or-wage` and `scenario` (policy_commands.cpp).
void add_policy_commands(CLI::App& app, Commands& commands);
/// Registers `report` (report_command.cpp).
void add_report_command(CLI::App& app, Commands& commands);
/// Registers `params --check DIR` and `explain FILE.json` (inspect_commands.cpp).
void add_inspect_commands(CLI::App& app, Commands& commands);

}  // namespace wkr::cli
