// The help of the wkr command and its man page, both from the same text: each command's options
// (CLI11), its guide (examples, notes, lists), the years the tables cover and the exit codes.
#pragma once

#include <string>

#include "cli_common.hpp"

namespace wkr::cli {

/// What wkr is, in one line: the help's first line and the man page's NAME.
inline constexpr const char* wkr_summary = "exact calculations for the Dutch werkkostenregeling (WKR)";

/// Sets the help footer of `app` and of every command: examples, notes, the covered years of the
/// embedded tables and the exit codes.
void add_help_footers(CLI::App& app, const Commands& commands);

/// The man page wkr(1) in roff, from the same text as the help (`wkr --man`).
[[nodiscard]] std::string man_page(const Commands& commands);

/// The exit codes and their meanings, in the help's language (the table of docs/cli.md).
[[nodiscard]] std::vector<std::pair<int, std::string>> exit_codes();

}  // namespace wkr::cli
