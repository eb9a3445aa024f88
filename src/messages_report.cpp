// The annual report's words in Dutch and English (wkr report, examples/cli/report_document.cpp and
// report_html.cpp): the "report.*" part of the catalogue of wkr/phrase.hpp — the title, the section
// headings, the paragraphs, the column heads and the chart's labels. {0}, {1} … are the arguments.
#include <array>

#include "catalogue.hpp"

namespace wkr {

namespace {

constexpr auto report_sentences = std::to_array<Sentence>({
    // The document.
    {"report.title", "Werkkostenregeling {0}: jaarafrekening", "Work-related costs scheme {0}: annual report"},
    {"report.subtitle", "Berekend door wkr {0} uit {1}.", "Computed by wkr {0} from {1}."},
    {"report.inputs_given", "de gegeven invoer", "the inputs given"},
    {"report.language_code", "nl", "en"},  // the HTML document's lang attribute
    {"report.period_of", "tijdvak {0} van {1}", "period {0} of {1}"},
    // The summary.
    {"report.summary", "Samenvatting", "Summary"},
    {"report.final_levy_return", "eindheffing in de aangifte (hele euro's)", "final levy in the return (whole euros)"},
    {"report.due", "uiterlijk in de aangifte over", "due at the latest in the return for"},
    {"report.refund", "terug te ontvangen (correctie)", "refund (correction)"},
    {"report.to_declare", "nog aan te geven (correctie)", "still to declare (correction)"},
    {"report.within", "Het aangewezen loon blijft binnen de vrije ruimte: er is geen eindheffing verschuldigd.",
     "The designated wage stays within the free space: no final levy is due."},
    {"report.exceeds",
     "Het aangewezen loon gaat boven de vrije ruimte uit: over de overschrijding is eindheffing verschuldigd (het "
     "tarief uit de tabellen).",
     "The designated wage exceeds the free space: the final levy (the tables' rate) is due on the excess."},
    // The computation.
    {"report.computation", "Berekening", "How it was computed"},
    {"report.computation.about",
     "De stappen van de afrekening, elk met zijn wettelijke grondslag; de parameters en hun bronnen staan in de "
     "JSON-uitvoer en in wkr settle --explain.",
     "The steps of the settlement, each with its legal basis; the parameters and their sources are in the JSON "
     "output and in wkr settle --explain."},
    {"report.step", "stap", "step"},
    {"report.legal_basis", "grondslag", "legal basis"},
    {"report.calculation", "berekening", "calculation"},
    {"report.result", "uitkomst", "result"},
    // The breakdown by category.
    {"report.categories", "Uitsplitsing", "Breakdown"},
    {"report.targeted_exempt", "gericht vrijgesteld", "targeted exemptions"},
    {"report.category", "soort", "category"},
    {"report.items", "posten", "items"},
    {"report.amount", "bedrag", "amount"},
    // The customary test.
    {"report.customary", "Gebruikelijkheidstoets", "Customary test"},
    {"report.customary.about",
     "{0} van de {1} werknemers vragen om een beoordeling: hun aangewezen loon gaat boven de doelmatigheidsmarge, of "
     "de marge geldt voor hen niet (stagiairs, loon onder het minimumloon).",
     "{0} of the {1} employees need a review: their designated wage exceeds the safe harbour, or the safe harbour "
     "does not apply to them (interns, wage below the minimum wage)."},
    {"report.employee", "werknemer", "employee"},
    {"report.safe_harbour", "marge", "safe harbour"},
    {"report.safe_harbour_applies", "marge geldt", "safe harbour applies"},
    // The periods.
    {"report.periods", "Verloop per tijdvak", "Period by period"},
    {"report.periods.as_you_go", "Eindheffing aangegeven zodra de vrije ruimte tot nu toe is overschreden.",
     "Final levy declared as soon as the free space so far is exceeded."},
    {"report.periods.after_year",
     "Eindheffing na afloop van het jaar; de vrije ruimte tot nu toe is de vrije ruimte over de loonsom tot nu toe.",
     "Final levy after the year; the free space so far is the free space on the wage bill so far."},
    {"report.period", "tijdvak", "period"},
    {"report.chart.excess_from", "overschrijding vanaf tijdvak {0}", "excess from period {0}"},
    // The roundings.
    {"report.roundings", "Afrondingen", "Roundings"},
    {"report.exact", "exact", "exact"},
    {"report.decimals", "decimalen", "decimals"},
    {"report.mode", "richting", "mode"},
    // The employees.
    {"report.employees", "Werknemers", "Employees"},
    {"report.review", "toets", "review"},
    {"report.to_review", "beoordelen", "review"},
    // The receipt.
    {"report.receipt", "Verantwoording", "Receipt"},
    {"report.version", "versie van wkr", "wkr version"},
    {"report.tables", "tabellen (SHA-256)", "tables (SHA-256)"},
    {"report.input", "invoer", "input"},
    {"report.file", "bestand", "file"},
    {"report.bytes", "bytes", "bytes"},
});

}  // namespace

std::span<const Sentence> report_messages() { return report_sentences; }

}  // namespace wkr
