// wkr — an explanation as people read it: the Dutch and English labels of rule ids and quantity
// names (one table, in src/explanation.cpp), the rendering of a trail as text, and amounts written
// the Dutch or the English way. The trail itself is wkr/explanation.hpp.
#pragma once

#include <string>
#include <vector>

#include "wkr/decimal.hpp"
#include "wkr/explanation.hpp"
#include "wkr/phrase.hpp"

namespace wkr {

/// The explanation as readable text: one block per step, then the receipt.
[[nodiscard]] std::string render_text(const Explanation& explanation, Language language);

/// The label of a rule id or quantity name in `language` ("wage_bill" → "fiscale loonsom");
/// the key itself when it has none.
[[nodiscard]] std::string label(const std::string& key, Language language);

/// What a rule does, in one sentence in `language`; empty when the rule has no description.
[[nodiscard]] std::string describe_rule(const std::string& rule, Language language);

/// A parameter's value as the tables give it, in `language`: "0,80", "€ 0 → 0,02; € 400.000 → 0,0118",
/// "2 decimalen, naar beneden".
[[nodiscard]] std::string format_parameter_value(const UsedParameter& parameter, Language language);

/// How sure the tables are of a figure ("official", "secondary", "unconfirmed"), in `language`.
[[nodiscard]] std::string confidence_text(const std::string& confidence, Language language);

/// A note of the tables in `language` (the tables give every note in Dutch and English).
[[nodiscard]] inline const std::string& note_text(const TableText& note, Language language) {
  return language == Language::nl ? note.nl : note.en;
}

/// Every text of the label table and the sentence catalogue, with its Dutch and English: labels of
/// rule ids and quantity names ("label.KEY"), what a rule does ("about.KEY") and the sentences.
[[nodiscard]] std::vector<CatalogueEntry> catalogue();

}  // namespace wkr
