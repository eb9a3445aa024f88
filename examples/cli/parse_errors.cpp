// CLI11's parse errors as sentences of the catalogue (cli_common.hpp, usage_message()): the kind of
// error is its exception type, the option and the value come from its message (CLI11 2.x has no
// other way to them). A message of a form this file does not know keeps CLI11's text, quoted.
#include <optional>
#include <regex>
#include <string>
#include <vector>

#include "cli_common.hpp"

namespace wkr::cli {

namespace {

/// Whether `error` is of CLI11's kind `Kind` (its get_name() is not the kind for every kind: an
/// ExtrasError carries the name of the subcommand).
template <class Kind>
bool is(const CLI::ParseError& error) {
  return dynamic_cast<const Kind*>(&error) != nullptr;
}

/// CLI11's text as it is, behind a Dutch "the command line is not right".
Phrase as_said_by_cli11(const CLI::ParseError& error) { return say("error.command.usage_detail", error.what()); }

/// "'--bogus', 'x'": each unexpected argument quoted, so a word the user typed reads as a value, in
/// the order of the command line (CLI11 2.1 lists them last first).
std::string quoted_list(const std::string& words) {
  std::string out;
  std::size_t end = words.size();
  while (end > 0) {
    const std::size_t space = words.rfind(' ', end - 1);
    const std::size_t start = space == std::string::npos ? 0 : space + 1;
    if (end > start) out += (out.empty() ? "'" : ", '") + words.substr(start, end - start) + "'";
    end = space == std::string::npos ? 0 : space;
  }
  return out;
}

/// The groups of `pattern` in CLI11's message (group 1 first), or none when the message has another
/// form.
std::optional<std::vector<std::string>> read_message(const CLI::ParseError& error, const char* pattern) {
  const std::string text = error.what();
  std::smatch match;
  if (!std::regex_match(text, match, std::regex(pattern))) return std::nullopt;
  return std::vector<std::string>(match.begin() + 1, match.end());
}

Phrase extras(const CLI::ParseError& error) {
  const auto m = read_message(error, "The following arguments? (was|were) not expected: (.*)");
  if (!m) return as_said_by_cli11(error);
  return say((*m)[0] == "was" ? "error.command.unexpected_argument" : "error.command.unexpected_arguments",
             quoted_list((*m)[1]));
}

Phrase argument_mismatch(const CLI::ParseError& error) {
  if (const auto m = read_message(error, "(\\S+): [0-9]+ required .* missing")) {
    return say("error.command.needs_value", (*m)[0]);
  }
  if (const auto m = read_message(error, "(\\S+): At Most ([0-9]+) required but received ([0-9]+)")) {
    return say("error.command.too_many_values", (*m)[0], (*m)[1], (*m)[2]);
  }
  return as_said_by_cli11(error);
}

Phrase conversion(const CLI::ParseError& error) {
  if (const auto m = read_message(error, "Could not convert: (\\S+) = (.*)")) {
    return say("error.command.not_convertible", (*m)[0], (*m)[1]);
  }
  if (const auto m = read_message(error, "(\\S+): (?:too many inputs for a flag|Should be true/false or a number)")) {
    return say("error.command.switch_value", (*m)[0]);
  }
  return as_said_by_cli11(error);
}

/// A message that names one option (`key` with {0}) or two ({0}, {1}).
Phrase named(const CLI::ParseError& error, const char* pattern, const char* key) {
  const auto m = read_message(error, pattern);
  if (!m) return as_said_by_cli11(error);
  return m->size() == 1 ? say(key, (*m)[0]) : say(key, (*m)[0], (*m)[1]);
}

}  // namespace

Phrase usage_message(const CLI::ParseError& error) {
  if (is<CLI::ExtrasError>(error)) return extras(error);
  if (is<CLI::RequiredError>(error)) return named(error, "(\\S+) is required", "error.command.required");
  if (is<CLI::ArgumentMismatch>(error)) return argument_mismatch(error);
  if (is<CLI::ConversionError>(error)) return conversion(error);
  if (is<CLI::ExcludesError>(error)) return named(error, "(\\S+) excludes (\\S+)", "error.command.excludes");
  if (is<CLI::RequiresError>(error)) return named(error, "(\\S+) requires (\\S+)", "error.command.requires");
  if (is<CLI::ValidationError>(error)) return named(error, "(\\S+): (.*)", "error.command.invalid_value");
  return as_said_by_cli11(error);
}

}  // namespace wkr::cli
