// The rendering of a Phrase and of numbers per language (wkr/phrase.hpp), over the sentence
// catalogue (src/sentences.cpp: explanations and words; src/messages.cpp: errors). Part of the
// table loader's library, since its errors are rendered here too.
#include <algorithm>
#include <stdexcept>
#include <unordered_map>
#include <vector>

#include "catalogue.hpp"
#include "wkr/error.hpp"
#include "wkr/phrase.hpp"

namespace wkr {

namespace {

/// Every sentence by its key, made at the first look-up: a hash table, since the command makes it
/// on every start (a sorted map costs twice the instructions for the catalogue's thousand keys).
const std::unordered_map<std::string_view, const Sentence*>& table() {
  static const std::unordered_map<std::string_view, const Sentence*> sentences = [] {
    const auto parts = {explanation_sentences(), error_messages(),   table_messages(), input_messages(),
                        warning_messages(),      command_messages(), text_messages(),  help_messages(),
                        category_meanings(),     report_messages()};
    std::size_t count = 0;
    for (const auto& part : parts) count += part.size();
    std::unordered_map<std::string_view, const Sentence*> all;
    all.reserve(count);
    for (const auto& part : parts) {
      for (const Sentence& s : part) {
        // One sentence per key: a key defined twice in two files would silently lose one.
        if (!all.emplace(s.key, &s).second)
          throw std::logic_error(std::string("catalogue key defined twice: ") + s.key);
      }
    }
    return all;
  }();
  return sentences;
}

/// The sentence of `key`, or null.
const Sentence* find_sentence(std::string_view key) {
  const auto& sentences = table();
  const auto it = sentences.find(key);
  return it == sentences.end() ? nullptr : it->second;
}

/// `value` with all its decimals, the thousands grouped as `language` writes them, after `prefix`
/// and the sign: (-1234.5, nl, "€ ") → "-€ 1.234,5"; (-1234.5, en, "") → "-1,234.5". Written
/// backwards in one pass, from the coefficient's digits straight into one buffer: the decimals
/// (zeros where the coefficient has fewer digits), the point, the whole part with a separator before
/// every three digits, the prefix, the sign. A stream writes seven amounts an employee, so no string
/// is made but the result, and no copy is a call to memmove; inlined, so format_money pays no call.
[[gnu::always_inline]] inline std::string grouped_number(const Decimal& value, Language language,
                                                         std::string_view prefix) {
  const bool nl = language == Language::nl;
  char digits[40];  // 2^128 − 1 has 39 digits
  const char* const first = value.write_coefficient_digits(digits + sizeof digits);
  const char* digit = digits + sizeof digits;
  char text[96];  // the 39 digits, 12 separators, zeros before them, a point, the prefix and the sign
  char* const text_end = text + sizeof text;
  char* p = text_end;
  for (int i = 0; i < value.scale(); ++i) *--p = digit > first ? *--digit : '0';
  if (value.scale() > 0) *--p = nl ? ',' : '.';
  if (digit == first) *--p = '0';  // 0,05: no digit before the point
  for (int in_group = 0; digit > first; ++in_group) {
    if (in_group == 3) {
      *--p = nl ? '.' : ',';
      in_group = 0;
    }
    *--p = *--digit;
  }
  for (auto c = prefix.rbegin(); c != prefix.rend(); ++c) *--p = *c;
  if (value.is_negative()) *--p = '-';
  return {p, text_end};
}

/// The fewest decimals, at least `min_decimals`, that show `amount` exactly.
Decimal shortest(const Decimal& amount, int min_decimals) {
  if (amount.scale() < min_decimals) return amount.rounded(min_decimals, Rounding::half_up);
  for (int decimals = min_decimals; decimals < amount.scale(); ++decimals) {
    Decimal fewer = amount.rounded(decimals, Rounding::toward_zero);
    if (fewer == amount) return fewer;
  }
  return amount;
}

struct Style {
  Language language;
  bool plain;  // numbers as plain decimals (JSON, what())
};

void render_into(std::string& out, const Phrase& phrase, Style style);

void fill(std::string& out, std::string_view text, const std::vector<Phrase>& args, Style style) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{') {
      const auto close = text.find('}', i);
      if (close != std::string_view::npos && close > i + 1) {
        const std::string_view index = text.substr(i + 1, close - i - 1);
        if (std::all_of(index.begin(), index.end(), [](char c) { return c >= '0' && c <= '9'; })) {
          const std::size_t n = std::stoul(std::string(index));
          if (n < args.size()) render_into(out, args[n], style);
          i = close;
          continue;
        }
      }
    }
    out += text[i];
  }
}

void render_into(std::string& out, const Phrase& phrase, Style style) {
  for (const PhrasePiece& piece : phrase.pieces()) {
    switch (piece.kind) {
      case PhrasePiece::Kind::text: out += piece.text; break;
      case PhrasePiece::Kind::value:
        out += style.plain ? piece.value.to_string() : format_value(piece.value, piece.unit, style.language);
        break;
      case PhrasePiece::Kind::flag:
        out += sentence(piece.value.is_zero() ? "word.no" : "word.yes", style.language);
        break;
      case PhrasePiece::Kind::said: fill(out, sentence(piece.text, style.language), piece.args, style); break;
    }
  }
}

}  // namespace

std::string sentence(std::string_view key, Language language) {
  const Sentence* s = find_sentence(key);
  if (s == nullptr) return std::string(key);
  return language == Language::nl ? s->nl : s->en;
}

std::vector<CatalogueEntry> sentences() {
  std::vector<CatalogueEntry> out;
  for (const auto& [key, s] : table()) out.push_back({std::string(key), s->nl, s->en});
  std::sort(out.begin(), out.end(), [](const CatalogueEntry& a, const CatalogueEntry& b) { return a.key < b.key; });
  return out;
}

std::string render(const Phrase& phrase, Language language) {
  std::string out;
  render_into(out, phrase, {language, false});
  return out;
}

std::string to_plain_text(const Phrase& phrase) {
  std::string out;
  render_into(out, phrase, {Language::en, true});
  return out;
}

std::string format_money(const Decimal& amount, Language language, int min_decimals) {
  return grouped_number(shortest(amount, min_decimals), language, language == Language::nl ? "€ " : "€");
}

std::string format_value(const Decimal& value, Unit unit, Language language) {
  switch (unit) {
    case Unit::eur:
    case Unit::eur_per_day:
    case Unit::eur_per_km: return format_money(value, language);
    case Unit::eur_whole: return format_money(value, language, shortest(value, 0).scale() == 0 ? 0 : 2);
    case Unit::flag: return sentence(value.is_zero() ? "word.no" : "word.yes", language);
    default: return grouped_number(value, language, "");
  }
}

std::string rounding_text(int decimals, Rounding mode, Language language) {
  return render(say(decimals == 1 ? "word.one_decimal" : "word.decimals", num(decimals)), language) + ", " +
         sentence("word.rounding." + std::string(to_string(mode)), language);
}

Phrase noun(std::string_view what) {
  std::string key = "what.";
  key += what;
  if (find_sentence(key) != nullptr) return Phrase::said(std::move(key), {});
  return Phrase(std::string(what));
}

Phrase Noun::phrase() const {
  if (phrase_ != nullptr) return *phrase_;
  if (key_ != nullptr) return say(key_, std::string(text_));
  return noun(c_text_ != nullptr ? std::string_view(c_text_) : text_);
}

namespace detail::decimal {
void negative_amount(const Decimal& amount, const Noun& what) {
  throw Error(ErrorCode::invalid_argument, say("error.negative_amount", what.phrase(), euro(amount)));
}
}  // namespace detail::decimal

Error::Error(ErrorCode code, const Phrase& message)
    : std::runtime_error(to_plain_text(message)), code_(code), phrase_(std::make_shared<const Phrase>(message)) {}

Error::Error(ErrorCode code, const Phrase& message, SourceLocation where)
    : std::runtime_error(where.to_string() + ": " + to_plain_text(message)),
      code_(code),
      where_(std::move(where)),
      phrase_(std::make_shared<const Phrase>(message)) {}

Phrase Error::phrase() const {
  if (phrase_ == nullptr) return {what()};
  return where_ ? Phrase(where_->to_string() + ": ") + *phrase_ : *phrase_;
}

std::string Error::message(Language language) const {
  // English is what() exactly (numbers as plain decimals), so programs and tests see one text.
  if (phrase_ == nullptr || language == Language::en) return what();
  return (where_ ? where_->to_string() + ": " : std::string()) + render(*phrase_, language);
}

}  // namespace wkr
