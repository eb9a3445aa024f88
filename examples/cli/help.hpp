// The help of the wkr command and its man page, both from the same text: each command's options
// (CLI11), its guide (examples, notes, lists), the years the tables cover and the exit codes.
#pragma once

#include <string>

#include "cli_common.hpp"

namespace wkr::cli {

/// What wkr is, in one line: the help's first line and the man page's NAME.
[[nodiscard]] std::string wkr_summary();

/// CLI11's own words in the help's language: the headings and labels of its help ("Usage", "OPTIONS",
/// "REQUIRED" …), the names of the values (BEDRAG for AMOUNT) and the help flag. Before any option
/// or command is added to `app`: a command takes the groups and the help flag of `app` when it is made.
void set_help_words(CLI::App& app);
/// After the commands are added: the group of each command's help flag, which CLI11 makes before the
/// command takes the groups of `app`.
void set_help_flag_groups(CLI::App& app);

/// The name of a value or argument in the help's language (BESTAND for "cli.placeholder.file").
[[nodiscard]] std::string placeholder(const char* key);

/// Sets the help footer of `app` and of every completed command (complete_commands()): examples,
/// notes, the covered years of the embedded tables and the exit codes.
void add_help_footers(CLI::App& app, const Commands& commands);

/// The man page wkr(1) in roff, from the same text as the help (`wkr --man`).
[[nodiscard]] std::string man_page(const Commands& commands);

/// The exit codes and their meanings, in the help's language (the table of docs/cli.md).
[[nodiscard]] std::vector<std::pair<int, std::string>> exit_codes();

}  // namespace wkr::cli
