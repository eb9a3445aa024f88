// Dutch that is Dutch: every text of the label table and the sentence catalogue in both languages
// with the same placeholders, no English tell-tale in a Dutch rendering, and numbers written the
// Dutch way (exact strings, worked out by hand from the rules of format_value).
#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <set>

#include "telltales.hpp"
#include "test_support.hpp"
#include "wkr/explanation_text.hpp"
#include "wkr/free_space.hpp"
#include "wkr/request.hpp"

namespace {

using wkr::Decimal;
using wkr::Language;
using wkr::Unit;

Decimal d(const char* text) { return Decimal::parse(text); }

std::set<std::string> placeholders(const std::string& text) {
  std::set<std::string> found;
  const std::regex placeholder(R"(\{[0-9]+\})");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), placeholder); it != std::sregex_iterator(); ++it) {
    found.insert(it->str());
  }
  return found;
}

/// `text` with every {N} filled in by a neutral sample ("12").
std::string with_samples(const std::string& text) {
  return std::regex_replace(text, std::regex(R"(\{[0-9]+\})"), "12");
}

TEST(Catalogue, EveryTextHasBothLanguagesAndTheSamePlaceholders) {
  const std::vector<wkr::CatalogueEntry> all = wkr::catalogue();
  ASSERT_GT(all.size(), 400U);  // the label table alone has more than 300 rows
  std::set<std::string> keys;
  for (const wkr::CatalogueEntry& e : all) {
    EXPECT_TRUE(keys.insert(e.key).second) << "twice: " << e.key;
    EXPECT_FALSE(e.nl.empty()) << e.key;
    EXPECT_FALSE(e.en.empty()) << e.key;
    EXPECT_EQ(placeholders(e.nl), placeholders(e.en)) << e.key;
  }
}

TEST(Catalogue, NoDutchTextHasAnEnglishTelltale) {
  for (const wkr::CatalogueEntry& e : wkr::catalogue()) {
    for (const std::string& word : wkr::test::english_words_in(with_samples(e.nl)))
      ADD_FAILURE() << e.key << ": " << word;
  }
}

TEST(Catalogue, TheTelltalesCatchEnglish) {
  // The scan itself: the English of a sentence trips it, names and options do not.
  EXPECT_FALSE(wkr::test::english_words_in(wkr::sentence("home_working.cap.formula", Language::en)).empty());
  EXPECT_TRUE(wkr::test::english_words_in("parameter home_working.daily_amount = € 2,40 (--round-days up)").empty());
  EXPECT_TRUE(wkr::test::english_words_in("--excess designate|wage  Wat er gebeurt").empty());  // the values
  EXPECT_EQ(wkr::test::english_words_in("2 decimals, floor").size(), 2U);
}

TEST(DutchNumbers, MoneyHasCentsAndDutchSeparators) {
  EXPECT_EQ(wkr::format_value(d("1181.280"), Unit::eur, Language::nl), "€ 1.181,28");  // exact: 0 dropped
  EXPECT_EQ(wkr::format_value(d("1181.280"), Unit::eur, Language::en), "€1,181.28");
  EXPECT_EQ(wkr::format_value(d("2272"), Unit::eur, Language::nl), "€ 2.272,00");
  EXPECT_EQ(wkr::format_value(d("100000.0010"), Unit::eur, Language::nl), "€ 100.000,001");  // never rounded
  EXPECT_EQ(wkr::format_value(d("-5"), Unit::eur, Language::nl), "-€ 5,00");
  EXPECT_EQ(wkr::format_value(d("0"), Unit::eur, Language::nl), "€ 0,00");
  EXPECT_EQ(wkr::format_value(d("0.05"), Unit::eur, Language::nl), "€ 0,05");  // no digit before the point
  EXPECT_EQ(wkr::format_value(d("-0.5"), Unit::eur, Language::en), "-€0.50");
  EXPECT_EQ(wkr::format_value(d("0.001"), Unit::eur, Language::nl), "€ 0,001");
}

TEST(DutchNumbers, ThousandsAreGroupedAtEveryThirdDigit) {
  EXPECT_EQ(wkr::format_value(d("999.99"), Unit::eur, Language::nl), "€ 999,99");
  EXPECT_EQ(wkr::format_value(d("1000"), Unit::eur, Language::nl), "€ 1.000,00");
  EXPECT_EQ(wkr::format_value(d("123456"), Unit::eur, Language::en), "€123,456.00");
  EXPECT_EQ(wkr::format_value(d("-1234567.8"), Unit::eur, Language::nl), "-€ 1.234.567,80");
  EXPECT_EQ(wkr::format_value(d("-1234567.8"), Unit::eur, Language::en), "-€1,234,567.80");
  EXPECT_EQ(wkr::format_value(d("12345678"), Unit::eur_whole, Language::nl), "€ 12.345.678");
  EXPECT_EQ(wkr::format_value(d("-1000.5"), Unit::days, Language::nl), "-1.000,5");
  EXPECT_EQ(wkr::format_value(d("0.25"), Unit::days, Language::en), "0.25");
}

TEST(DutchNumbers, WholeEurosWhereTheLawTakesThem) {
  // The return's collective amounts are whole euros (final_levy.return_rounding: 0 decimals).
  EXPECT_EQ(wkr::format_value(d("2272"), Unit::eur_whole, Language::nl), "€ 2.272");
  EXPECT_EQ(wkr::format_value(d("2272.00"), Unit::eur_whole, Language::nl), "€ 2.272");
  EXPECT_EQ(wkr::format_value(d("2272.5"), Unit::eur_whole, Language::nl), "€ 2.272,50");  // given with cents
}

TEST(DutchNumbers, RatesDaysAndFlags) {
  EXPECT_EQ(wkr::format_value(d("0.0118"), Unit::ratio, Language::nl), "0,0118");
  EXPECT_EQ(wkr::format_value(d("0.80"), Unit::ratio, Language::nl), "0,80");
  EXPECT_EQ(wkr::render(wkr::say("home_working.cap.formula", wkr::num(d("128.4")), wkr::euro(d("2.40"))), Language::nl),
            "128,4 dagen × € 2,40");
  EXPECT_EQ(wkr::format_value(d("1"), Unit::flag, Language::nl), "ja");
  EXPECT_EQ(wkr::format_value(d("0"), Unit::flag, Language::nl), "nee");
  EXPECT_EQ(wkr::render(wkr::yes_no(true), Language::en), "yes");
  EXPECT_EQ(wkr::rounding_text(2, wkr::Rounding::floor, Language::nl), "2 decimalen, naar beneden");
}

TEST(DutchNumbers, TheBracketFormula) {
  // 2015: 2% up to €400,000, 1.18% above (fiscal-facts); a wage bill of €1,600,000.
  const std::vector<wkr::Bracket> brackets = {{d("0"), d("0.02")}, {d("400000"), d("0.0118")}};
  const wkr::Phrase formula = wkr::detail::bracket_formula(brackets, d("1600000"));
  EXPECT_EQ(wkr::render(formula, Language::nl), "0,02 × € 400.000 + 0,0118 × € 1.200.000");
  EXPECT_EQ(wkr::render(formula, Language::en), "0.02 × €400,000 + 0.0118 × €1,200,000");
  EXPECT_EQ(wkr::to_plain_text(formula), "0.02 × 400000 + 0.0118 × 1200000");  // JSON keeps plain decimals
}

TEST(DutchText, AnExplanationReadsInDutch) {
  // fiscal-facts W6: 2025, wage bill €500,000, designated €14,180 → excess €5,000, levy €4,000.
  const wkr::Settlement s = wkr::settle(wkr::test::tables(), 2025, d("500000"), d("14180"), {}, wkr::Explain::yes);
  const std::string nl = wkr::render_text(s.explanation, Language::nl);
  // The whole text, the tables' references, sources and notes included (data/nl keeps references
  // and sources to citations and gives every note in Dutch and English).
  for (const std::string& word : wkr::test::english_words_in(nl)) ADD_FAILURE() << word << "\n" << nl;
  // 2025's free-space percentages have a note; the Dutch explanation shows its Dutch text.
  EXPECT_NE(nl.find("toelichting: De tekst van het amendement zelf is niet opgehaald."), std::string::npos) << nl;
  EXPECT_NE(wkr::render_text(s.explanation, Language::en).find("note: The amendment's own text was not retrieved."),
            std::string::npos);
  EXPECT_NE(nl.find("berekening: 0,02 × € 400.000 + 0,0118 × € 100.000"), std::string::npos) << nl;
  EXPECT_NE(nl.find("berekening: tijdvak 2 van 2026"), std::string::npos) << nl;
  EXPECT_NE(nl.find("= eindheffing in de aangifte: € 4.000\n"), std::string::npos) << nl;
  EXPECT_NE(nl.find("2 decimalen, naar beneden"), std::string::npos) << nl;
}

TEST(DutchText, TheParametersOfEveryYearReadInDutch) {
  // What `wkr parameters --lang nl` shows of each figure: its value and how sure the tables are.
  for (int year = 2015; year <= 2026; ++year) {
    for (const wkr::UsedParameter& p : wkr::parameters_in_force(wkr::test::tables(), year).in_force) {
      const std::string shown =
          wkr::format_parameter_value(p, Language::nl) + " " + wkr::confidence_text(p.confidence, Language::nl);
      for (const std::string& word : wkr::test::english_words_in(shown)) ADD_FAILURE() << p.name << ": " << word;
    }
  }
  // data/nl: free_space.rounding {2, floor}, final_levy.rate 0.80, fixed_allowance.basis_days 214.
  std::map<std::string, std::string> shown;
  for (const wkr::UsedParameter& p : wkr::parameters_in_force(wkr::test::tables(), 2025).in_force) {
    shown[p.name] = wkr::format_parameter_value(p, Language::nl);
  }
  EXPECT_EQ(shown["free_space.rounding"], "2 decimalen, naar beneden");
  EXPECT_EQ(shown["final_levy.rate"], "0,80");
  EXPECT_EQ(shown["fixed_allowance.basis_days"], "214 dagen");
}

TEST(DutchText, EveryCitationOfTheTablesReadsInDutch) {
  // What an explanation and `wkr parameters --lang nl` show of every value of every year: the
  // value, the reference, the source, how sure and the note in Dutch (the note in English has a
  // tell-tale somewhere, or the scan would prove nothing).
  int notes = 0;
  bool english_caught = false;
  for (int year = 2015; year <= 2026; ++year) {
    for (const wkr::UsedParameter& p : wkr::parameters_in_force(wkr::test::tables(), year).in_force) {
      const std::string shown = wkr::format_parameter_value(p, Language::nl) + "\n" + p.reference + "\n" + p.source +
                                "\n" + wkr::confidence_text(p.confidence, Language::nl) + "\n" +
                                wkr::note_text(p.note, Language::nl);
      for (const std::string& word : wkr::test::english_words_in(shown)) ADD_FAILURE() << p.name << ": " << word;
      if (!p.note.empty()) {
        ++notes;
        EXPECT_FALSE(p.note.nl.empty() || p.note.en.empty()) << p.name;
        english_caught = english_caught || !wkr::test::english_words_in(p.note.en).empty();
      }
    }
  }
  EXPECT_GT(notes, 100);  // 12 years of some 30 parameters, about a third with a note
  EXPECT_TRUE(english_caught);
}

TEST(DutchText, AnErrorOfTheTablesReadsInBothLanguages) {
  // A note in one language only: the loader's error, in Dutch and English, with file:line:column.
  const wkr::TableSource file{"x.yaml", R"(parameters:
  final_levy.rate:
    unit: ratio
    until: 2026-12-31
    values:
      2026-01-01:
        value: 0.80
        reference: art. 1
        note: only English
)"};
  try {
    (void)wkr::Parameters::embedded().with_overlay({file});
    FAIL() << "no error";
  } catch (const wkr::Error& e) {
    EXPECT_EQ(e.message(Language::en),
              "x.yaml:9:15: 'note' is a mapping with the Dutch and the English text, {nl: TEXT, en: TEXT}, neither "
              "empty");
    EXPECT_EQ(e.message(Language::nl),
              "x.yaml:9:15: 'note' is een mapping met de Nederlandse en de Engelse tekst, {nl: TEKST, en: TEKST}, geen "
              "van beide leeg");
  }
  // A decimal's error inside the loader's keeps both languages.
  const wkr::TableSource comma{"y.yaml", R"(parameters:
  final_levy.rate:
    unit: ratio
    until: 2026-12-31
    values:
      2026-01-01:
        value: 0,80
        reference: art. 1
)"};
  try {
    (void)wkr::Parameters::embedded().with_overlay({comma});
    FAIL() << "no error";
  } catch (const wkr::Error& e) {
    EXPECT_EQ(e.message(Language::en),
              "y.yaml:7:16: the value of 'final_levy.rate' from 2026-01-01: '0,80' is not a plain decimal (unexpected "
              "character); write digits with an optional '-' and '.', e.g. 1600000 or 0.0118");
    EXPECT_EQ(e.message(Language::nl),
              "y.yaml:7:16: de waarde van 'final_levy.rate' vanaf 2026-01-01: '0,80' is geen gewoon decimaal getal "
              "(onverwacht teken); schrijf cijfers met eventueel '-' en '.', bijvoorbeeld 1600000 of 0.0118");
  }
}

TEST(DutchText, AnErrorOfTheCatalogueReadsInBothLanguages) {
  try {
    wkr::require_non_negative(d("-5"), "the wage bill");
    FAIL() << "no error";
  } catch (const wkr::Error& e) {
    EXPECT_EQ(std::string(e.what()), "the wage bill is -5; it cannot be negative (give 0 or more)");
    EXPECT_EQ(e.message(Language::en), e.what());
    EXPECT_EQ(e.message(Language::nl), "de loonsom is -€ 5,00; dat kan niet negatief zijn (geef 0 of meer)");
  }
  const wkr::Error e(wkr::ErrorCode::invalid_argument, wkr::say("error.negative_amount", "X", wkr::euro(d("-5"))));
  EXPECT_EQ(e.message(Language::nl), "X is -€ 5,00; dat kan niet negatief zijn (geef 0 of meer)");
  EXPECT_EQ(std::string(e.what()), "X is -5; it cannot be negative (give 0 or more)");
}

}  // namespace
