// The parts of the sentence catalogue (wkr/phrase.hpp): the sentences of explanations and the words
// of the renderings (sentences.cpp), and the messages: errors of the rules (messages.cpp), of the
// table loader (messages_tables.cpp), of the input readers (messages_input.cpp), the wkr command's
// errors and words (messages_command.cpp), the words of its text output (messages_text.cpp), its
// help and man page (messages_help.cpp), the warnings a result carries (messages_warnings.cpp), and
// the annual report's words (messages_report.cpp).
#pragma once

#include <span>

namespace wkr {

/// A sentence: {0}, {1} … are its arguments, in either language in any order.
struct Sentence {
  const char* key;
  const char* nl;
  const char* en;
};

[[nodiscard]] std::span<const Sentence> explanation_sentences();
[[nodiscard]] std::span<const Sentence> error_messages();
/// The table loader's and the explanation re-reader's sentences (messages_tables.cpp).
[[nodiscard]] std::span<const Sentence> table_messages();
/// The errors of the input readers and request rules (messages_input.cpp).
[[nodiscard]] std::span<const Sentence> input_messages();
/// The warnings a result can carry (messages_warnings.cpp).
[[nodiscard]] std::span<const Sentence> warning_messages();
/// The wkr command's errors and words (messages_command.cpp).
[[nodiscard]] std::span<const Sentence> command_messages();
/// The words of the wkr command's text output, "cli.text.*" (messages_text.cpp).
[[nodiscard]] std::span<const Sentence> text_messages();
/// The wkr command's help and man page: its commands, options and CLI11's words (messages_help.cpp).
[[nodiscard]] std::span<const Sentence> help_messages();
/// The meaning of each item category, "category_meaning.NAME" (messages_help.cpp).
[[nodiscard]] std::span<const Sentence> category_meanings();
/// The annual report's words (messages_report.cpp).
[[nodiscard]] std::span<const Sentence> report_messages();

}  // namespace wkr
