// wkr — an explanation as people read it: the Dutch and English labels of rule ids and quantity
// names (one table, in src/explanation.cpp), the rendering of a trail as text, and amounts written
// the Dutch or the English way. The trail itself is wkr/explanation.hpp.
#pragma once

#include <string>

#include "wkr/decimal.hpp"
#include "wkr/explanation.hpp"

namespace wkr {

/// The language of rendered text. Dutch is the default for user-facing text.
enum class Language { nl, en };

/// The explanation as readable text: one block per step, then the receipt.
[[nodiscard]] std::string render_text(const Explanation& explanation, Language language);

/// The label of a rule id or quantity name in `language` ("wage_bill" → "fiscale loonsom");
/// the key itself when it has none.
[[nodiscard]] std::string label(const std::string& key, Language language);

/// What a rule does, in one sentence in `language`; empty when the rule has no description.
[[nodiscard]] std::string describe_rule(const std::string& rule, Language language);

/// An amount as a person reads it: "€ 9.180,00" (nl) or "€9,180.00" (en). Exact: shows at least
/// `min_decimals` decimals (padding) and every decimal the amount has (never rounds).
[[nodiscard]] std::string format_money(const Decimal& amount, Language language, int min_decimals = 2);

}  // namespace wkr
