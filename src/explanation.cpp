// Rendering explanations as Dutch or English text.
#include "wkr/explanation.hpp"

#include <fmt/format.h>

#include <map>

namespace wkr {

namespace {

struct Labels {
  const char* nl;
  const char* en;
};

// Labels of rule ids and quantity names. A key missing here is shown as itself.
const std::map<std::string, Labels, std::less<>>& labels() {
  static const std::map<std::string, Labels, std::less<>> table = {
      {"wage_bill.group_total", {"Fiscale loonsom van het concern", "Wage bill of the group"}},
      {"free_space.brackets", {"Vrije ruimte (exact)", "Free space (exact)"}},
      {"free_space.rounding", {"Afronding vrije ruimte", "Rounding of the free space"}},
      {"settlement.excess", {"Overschrijding van de vrije ruimte", "Excess over the free space"}},
      {"final_levy.amount", {"Eindheffing", "Final levy"}},
      {"final_levy.return_amount", {"Eindheffing in de aangifte", "Final levy in the return"}},
      {"final_levy.due", {"Aangifte waarin de eindheffing verschuldigd is", "Return in which the levy is due"}},
      {"wage_bill", {"fiscale loonsom", "wage bill"}},
      {"free_space", {"vrije ruimte", "free space"}},
      {"free_space_exact", {"vrije ruimte (exact)", "free space (exact)"}},
      {"designated", {"aangewezen eindheffingsloon", "designated to the free space"}},
      {"excess", {"overschrijding", "excess"}},
      {"final_levy", {"eindheffing", "final levy"}},
      {"final_levy_exact", {"eindheffing (exact)", "final levy (exact)"}},
      {"final_levy_return", {"eindheffing in de aangifte", "final levy in the return"}},
      {"due_period", {"aangiftetijdvak", "return period"}},
  };
  return table;
}

const char* text(Language language, const char* nl, const char* en) { return language == Language::nl ? nl : en; }

std::string rounding_name(Rounding mode, Language language) {
  switch (mode) {
    case Rounding::half_up: return text(language, "rekenkundig", "half up");
    case Rounding::half_even: return text(language, "bankiersafronding", "half even");
    case Rounding::floor: return text(language, "naar beneden", "down (floor)");
    case Rounding::ceiling: return text(language, "naar boven", "up (ceiling)");
    case Rounding::toward_zero: return text(language, "afkappen", "toward zero");
  }
  return "?";
}

std::string show(const Quantity& q, Language language) {
  if (q.unit == "eur") return format_money(q.value, language);
  return q.value.to_string();
}

}  // namespace

std::string label(const std::string& key, Language language) {
  const auto& table = labels();
  if (auto it = table.find(key); it != table.end()) return text(language, it->second.nl, it->second.en);
  // "wage_bill:BV Noord" → the label of wage_bill, with the member's name.
  if (auto colon = key.find(':'); colon != std::string::npos) {
    return label(key.substr(0, colon), language) + " " + key.substr(colon + 1);
  }
  return key;
}

std::string format_money(const Decimal& amount, Language language, int min_decimals) {
  const std::string plain =
      (amount.scale() >= min_decimals ? amount : amount.rounded(min_decimals, Rounding::half_up)).to_string();
  const bool negative = !plain.empty() && plain[0] == '-';
  const std::string digits = negative ? plain.substr(1) : plain;
  const auto point = digits.find('.');
  const std::string whole = digits.substr(0, point);
  const std::string fraction = point == std::string::npos ? "" : digits.substr(point + 1);
  const char group = language == Language::nl ? '.' : ',';
  const char decimal = language == Language::nl ? ',' : '.';
  std::string grouped;
  for (std::size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) grouped += group;
    grouped += whole[i];
  }
  if (!fraction.empty()) grouped += decimal + fraction;
  return std::string(negative ? "-" : "") + (language == Language::nl ? "€ " : "€") + grouped;
}

std::string render_text(const Explanation& explanation, Language language) {
  std::string out;
  int number = 0;
  for (const Step& step : explanation.steps) {
    out += fmt::format("{}. {}\n", ++number, label(step.rule, language));
    out += fmt::format("   {}: {}\n", text(language, "grondslag", "legal basis"), step.reference);
    for (const Quantity& input : step.inputs) {
      out += fmt::format("   {}: {}\n", label(input.name, language), show(input, language));
    }
    for (const UsedParameter& p : step.parameters) {
      out += fmt::format("   {} {} = {} ({} {}; {})\n", text(language, "parameter", "parameter"), p.name, p.value,
                         text(language, "geldig vanaf", "effective"), p.effective_from, p.reference);
      if (!p.source.empty()) out += fmt::format("      {}: {}\n", text(language, "bron", "source"), p.source);
      if (p.confidence == "unconfirmed") {
        out += fmt::format("      {}\n", text(language, "let op: niet bevestigd door een bron",
                                              "note: not confirmed by a source"));
      }
    }
    if (!step.formula.empty()) {
      out += fmt::format("   {}: {}\n", text(language, "berekening", "calculation"), step.formula);
    }
    if (step.rounding) {
      out += fmt::format("   {}: {} → {} {}, {}\n", text(language, "afronding", "rounding"),
                         step.rounding->before.to_string(), step.rounding->decimals,
                         text(language, "decimalen", "decimals"), rounding_name(step.rounding->mode, language));
    }
    out += fmt::format("   = {}: {}\n", label(step.result.name, language), show(step.result, language));
  }
  const Receipt& r = explanation.receipt;
  out += fmt::format("{}: wkr {}, {} sha256:{}\n", text(language, "Verantwoording", "Receipt"), r.library_version,
                     text(language, "tabellen", "tables"), r.parameters_digest);
  for (const std::string& source : r.sources) out += fmt::format("   {}\n", source);
  return out;
}

}  // namespace wkr
