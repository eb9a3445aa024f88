// wkr — a sentence or formula that reads in Dutch and in English: the key of a sentence in the
// catalogue (src/sentences.cpp, src/messages.cpp) with typed arguments, or symbols and typed
// values; src/phrases.cpp renders them. Numbers stay exact Decimals with their unit until the text
// is rendered, so one trail or error reads "€ 1.181,28" in Dutch and "€1,181.28" in English. The
// catalogue is enumerable (catalogue()), so a test can check that every sentence has both
// languages and the same placeholders, and docs can list them.
#pragma once

#include <algorithm>
#include <concepts>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "wkr/decimal.hpp"
#include "wkr/parameters.hpp"

namespace wkr {

/// The language of rendered text. Dutch is the default for user-facing text.
enum class Language { nl, en };

class Phrase;

/// One part of a phrase.
struct PhrasePiece {
  enum class Kind : std::uint8_t {
    text,   ///< shown as it is: symbols ("×", " + "), a member's name, a date
    value,  ///< an exact number, written per language and unit
    flag,   ///< yes/no: "ja"/"nee"
    said,   ///< a sentence of the catalogue: `text` is its key, `args` fill {0}, {1} …
  };
  Kind kind = Kind::text;
  std::string text{};
  Decimal value{};
  Unit unit = Unit::number;
  std::vector<Phrase> args;  // no {} here: Phrase is still incomplete (clang instantiates the initializer early)
};

/// Text that reads in either language. A plain string converts to one (shown as it is in both
/// languages: fit for symbols and names only — words go in the catalogue and come in by say()).
class Phrase {
 public:
  Phrase() = default;
  Phrase(const char* text) { append_text(text); }             // NOLINT(google-explicit-constructor)
  Phrase(std::string text) { append_text(std::move(text)); }  // NOLINT(google-explicit-constructor)
  Phrase(const Decimal& value, Unit unit) { pieces_.push_back({PhrasePiece::Kind::value, {}, value, unit, {}}); }

  /// Sentence `key` of the catalogue with its arguments.
  static Phrase said(std::string key, std::vector<Phrase> args) {
    Phrase p;
    p.pieces_.push_back({PhrasePiece::Kind::said, std::move(key), {}, Unit::number, std::move(args)});
    return p;
  }
  static Phrase flag(bool yes) {
    Phrase p;
    p.pieces_.push_back({PhrasePiece::Kind::flag, {}, Decimal::from_integer(yes ? 1 : 0), Unit::flag, {}});
    return p;
  }

  Phrase& operator+=(Phrase other) {
    if (pieces_.empty()) {
      pieces_ = std::move(other.pieces_);
      return *this;
    }
    // A formula grows piece by piece: room for a few more at once, not one reallocation per piece.
    if (const std::size_t needed = pieces_.size() + other.pieces_.size(); needed > pieces_.capacity()) {
      pieces_.reserve(std::max({needed, 2 * pieces_.capacity(), std::size_t{8}}));  // geometric, as push_back
    }
    for (PhrasePiece& piece : other.pieces_) pieces_.push_back(std::move(piece));
    return *this;
  }
  // `a` is returned by name, so it moves: `return a += b` would copy every piece.
  friend Phrase operator+(Phrase a, Phrase b) {
    a += std::move(b);
    return a;
  }

  [[nodiscard]] bool empty() const noexcept { return pieces_.empty(); }
  [[nodiscard]] const std::vector<PhrasePiece>& pieces() const noexcept { return pieces_; }

 private:
  void append_text(std::string text) {
    if (!text.empty()) pieces_.push_back({PhrasePiece::Kind::text, std::move(text), {}, Unit::number, {}});
  }
  std::vector<PhrasePiece> pieces_;
};

/// Sentence `key` of the catalogue; each argument is a Phrase (a value, a name, another sentence).
template <class... Args>
[[nodiscard]] Phrase say(std::string key, Args&&... args) {
  std::vector<Phrase> list;
  list.reserve(sizeof...(args));
  (list.emplace_back(std::forward<Args>(args)), ...);
  return Phrase::said(std::move(key), std::move(list));
}

/// An amount in euro: always with cents ("€ 1.181,28"), every further decimal it has kept.
[[nodiscard]] inline Phrase euro(const Decimal& amount) { return {amount, Unit::eur}; }
/// An amount where the law takes whole euros (the return): "€ 2.272" — with its cents if it has any.
[[nodiscard]] inline Phrase whole_euros(const Decimal& amount) { return {amount, Unit::eur_whole}; }
/// A number (a rate, days, km, a count): its own decimals, with a decimal comma in Dutch.
[[nodiscard]] inline Phrase num(const Decimal& value) { return {value, Unit::number}; }
template <std::integral Int>
[[nodiscard]] Phrase num(Int value) {
  return {Decimal::from_integer(static_cast<std::int64_t>(value)), Unit::number};
}
/// Yes or no: "ja"/"nee".
[[nodiscard]] inline Phrase yes_no(bool yes) { return Phrase::flag(yes); }

/// `phrase` as a person reads it in `language`: the catalogue's sentence, numbers the Dutch or the
/// English way ("€ 1.181,28", "0,02", "ja"). A key missing from the catalogue shows as itself.
[[nodiscard]] std::string render(const Phrase& phrase, Language language);

/// `phrase` in English with numbers as plain decimals ("0.02 × 400000"): the text of JSON output
/// and of Error::what(), which programs read.
[[nodiscard]] std::string to_plain_text(const Phrase& phrase);

/// An exact number in `unit` as a person reads it: money "€ 9.180,00" / "€9,180.00" (cents always,
/// trailing zeros beyond them dropped, never rounded), whole euros "€ 2.272", a flag "ja"/"nee",
/// any other number with its own decimals and a decimal comma in Dutch ("128,4").
[[nodiscard]] std::string format_value(const Decimal& value, Unit unit, Language language);

/// An amount as a person reads it: "€ 9.180,00" (nl) or "€9,180.00" (en). Exact: shows at least
/// `min_decimals` decimals (padding) and every non-zero decimal the amount has (never rounds).
[[nodiscard]] std::string format_money(const Decimal& amount, Language language, int min_decimals = 2);

/// A rounding rule as words: "2 decimalen, naar beneden" / "2 decimals, down (floor)".
[[nodiscard]] std::string rounding_text(int decimals, Rounding mode, Language language);

/// A thing named in a message ("the wage bill"): the catalogue's "what.<what>" when it has one,
/// else `what` as it is (English).
[[nodiscard]] Phrase noun(std::string_view what);

/// A sentence of the catalogue: its key and its Dutch and English text ({0}, {1} … are arguments).
struct CatalogueEntry {
  std::string key;
  std::string nl;
  std::string en;
};
/// Every sentence of the catalogue (explanation sentences, words, error messages), in key order.
[[nodiscard]] std::vector<CatalogueEntry> sentences();
/// The sentence `key` in `language`, its arguments not filled in; the key itself when unknown.
[[nodiscard]] std::string sentence(std::string_view key, Language language);

}  // namespace wkr
