// The parts of the sentence catalogue (wkr/phrase.hpp): the sentences of explanations and the words
// of the renderings (sentences.cpp), the error messages (messages.cpp), and the wkr command's errors
// and words (messages_command.cpp).
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
[[nodiscard]] std::span<const Sentence> command_messages();  // messages_command.cpp

}  // namespace wkr
