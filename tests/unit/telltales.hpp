// The English words that must not appear in Dutch output ("tell-tales"), and the scan that finds
// them. Chosen so no Dutch word trips them: "is", "of", "per", "in", "we", "door", "over", "week",
// "dag", "loon" are Dutch too and are not listed.
#pragma once

#include <array>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

namespace wkr::test {

inline constexpr std::array<std::string_view, 62> english_telltales = {
    "the",     "and",     "not",      "must",    "day",     "days",        "line",     "amount",    "from",
    "for",     "with",    "rounding", "floor",   "ceiling", "unconfirmed", "yes",      "no",        "decimals",
    "which",   "there",   "only",     "when",    "than",    "none",        "member",   "members",   "period",
    "total",   "value",   "cost",     "paid",    "after",   "before",      "without",  "since",     "whole",
    "every",   "each",    "wage",     "levy",    "exempt",  "excess",      "employee", "allowance", "designated",
    "free",    "space",   "rate",     "year",    "should",  "cannot",      "give",     "got",       "expected",
    "missing", "unknown", "invalid",  "between", "least",   "most",        "half",     "up"};

/// The tell-tales in `text`, each with a little of its context. A word is a run of letters; a
/// run joined by '_', '.', '-' or digits to more (an identifier such as home_working.daily_amount,
/// an option such as --round-days) is a name, not a word, and so are a list of the values an option
/// takes (designate|wage, in the help), a CSV header (employee,category,amount), a word in single quotes (a value the
/// user types: 'wage-bill', 'up') and the value right after an option (--round-days up).
inline std::vector<std::string> english_words_in(std::string_view text) {
  std::vector<std::string> found;
  bool after_option = false;
  const auto is_name_char = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '.' || c == '-' || c == '/' ||
           c == ':' || c == '|';
  };
  std::size_t i = 0;
  while (i < text.size()) {
    if (!is_name_char(text[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    // A comma straight before a letter or digit joins too: a CSV header ("period,wage_bill,designated").
    while (end < text.size() &&
           (is_name_char(text[end]) || (text[end] == ',' && end + 1 < text.size() &&
                                        std::isalnum(static_cast<unsigned char>(text[end + 1])) != 0))) {
      ++end;
    }
    std::string token(text.substr(i, end - i));
    const bool quoted = i > 0 && text[i - 1] == '\'' && end < text.size() && text[end] == '\'';
    const bool option_value = after_option && i > 0 && text[i - 1] == ' ';
    after_option = token.starts_with("--");
    // A sentence's full stop or colon is not part of the word.
    while (!token.empty() && (token.back() == '.' || token.back() == ':' || token.back() == '-')) token.pop_back();
    bool plain = !token.empty();
    for (char c : token) plain = plain && std::isalpha(static_cast<unsigned char>(c)) != 0;
    if (plain && !quoted && !option_value) {
      std::string lower;
      for (char c : token) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      for (std::string_view word : english_telltales) {
        if (lower == word) {
          const std::size_t from = i < 30 ? 0 : i - 30;
          found.push_back("'" + token + "' in …" + std::string(text.substr(from, 70)) + "…");
        }
      }
    }
    i = end;
  }
  return found;
}

}  // namespace wkr::test
