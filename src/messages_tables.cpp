// The sentences of the table loader and of the explanation re-reader in Dutch and English: the
// errors of loading parameter tables (src/parameters.cpp, src/embedded_parameters.cpp), of exact
// numbers and dates (src/number_errors.cpp), of a saved explanation read again (src/json.cpp), the
// words they are built from and yaml-cpp's common syntax errors. Part of the catalogue of
// wkr/phrase.hpp; {0}, {1} … are the arguments.
#include <array>

#include "catalogue.hpp"

namespace wkr {

namespace {

constexpr auto sentences_of_tables = std::to_array<Sentence>({
    // What a table file is made of, named in the errors below.
    {"tables.a_table_file", "een tabelbestand", "a table file"},
    {"tables.a_parameter_name", "een parameternaam", "a parameter name"},
    {"tables.a_key", "een sleutel", "a key"},
    {"tables.an_effective_date", "een ingangsdatum", "an effective date"},
    {"tables.parameter", "parameter '{0}'", "parameter '{0}'"},
    {"tables.value_of", "de waarde van '{0}' vanaf {1}", "the value of '{0}' from {1}"},
    {"tables.with_unit", "{0} (eenheid {1})", "{0} (unit {1})"},
    {"tables.a_bracket", "een schijf", "a bracket"},
    {"tables.a_rounding_rule", "een afrondingsregel", "a rounding rule"},
    {"tables.shape.number", "een getal", "a number"},
    {"tables.shape.brackets", "een lijst van schijven", "a list of brackets"},
    {"tables.rule.flag", "een vlag is 0 (nee) of 1 (ja)", "a flag is 0 (no) or 1 (yes)"},
    {"tables.rule.period", "een aangiftetijdvak is een heel getal van 1 tot en met 13",
     "a return period is a whole number from 1 to 13"},
    {"tables.rule.months", "een aantal maanden is een heel getal van 0 tot en met 12",
     "a number of months is a whole number from 0 to 12"},
    {"word.table_note", "toelichting", "note"},

    // Reading a table file.
    {"error.yaml.syntax", "YAML-syntaxfout: {0}", "YAML syntax error: {0}"},
    {"error.yaml.syntax_other", "YAML-syntaxfout (yaml-cpp meldt: \"{0}\")", "YAML syntax error: {0}"},
    {"error.tables.file_shape", "een tabelbestand is een mapping met de sleutels 'description' en 'parameters'",
     "a table file is a mapping with the keys 'description' and 'parameters'"},
    {"error.tables.parameters_shape", "'parameters' koppelt parameternamen aan hun definities",
     "'parameters' maps parameter names to their definitions"},
    {"error.tables.parameter_twice_in_file", "parameter '{0}' staat twee keer in dit bestand",
     "parameter '{0}' is defined twice in this file"},
    {"error.tables.not_scalar", "{0} moet een enkele tekstwaarde zijn", "{0} must be a plain text value"},
    {"error.tables.key_required", "{0} heeft de sleutel '{1}' nodig", "{0} needs the key '{1}'"},
    {"error.tables.unknown_key", "onbekende sleutel '{0}' in {1}; de sleutels zijn {2}",
     "unknown key '{0}' in {1}; the keys are {2}"},
    {"error.tables.key_twice", "sleutel '{0}' staat twee keer in {1}", "key '{0}' appears twice in {1}"},
    {"error.tables.not_a_date", "{0} '{1}' is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-01-01",
     "{0} '{1}' is not a date; write YYYY-MM-DD, e.g. 2026-01-01"},
    {"error.tables.unknown_unit", "onbekende eenheid '{0}'; de eenheden zijn {1}",
     "unknown unit '{0}'; the units are {1}"},
    {"error.tables.note_shape",
     "'note' is een mapping met de Nederlandse en de Engelse tekst, {nl: TEKST, en: TEKST}, geen van beide leeg",
     "'note' is a mapping with the Dutch and the English text, {nl: TEXT, en: TEXT}, neither empty"},
    {"error.tables.parameter_shape", "{0} is een mapping met unit, until en values",
     "{0} is a mapping with unit, until and values"},
    {"error.tables.values_shape", "'values' van {0} koppelt ingangsdata aan waarden",
     "'values' of {0} maps effective dates to values"},
    {"error.tables.date_twice", "datum {0} van {1} staat er twee keer (eerst op regel {2})",
     "date {0} of {1} appears twice (first at line {2})"},
    {"error.tables.until_too_early", "{0} heeft een waarde vanaf {1}, maar 'until' {2} eindigt daarvoor",
     "{0} has a value from {1} but 'until' {2} ends before it"},
    {"error.tables.value_shape", "{0} is een mapping met de waarde en haar grondslag",
     "{0} is a mapping with the value and its reference"},
    {"error.tables.negative", "{0} is negatief; parameterwaarden zijn 0 of meer",
     "{0} is negative; parameter values are 0 or more"},
    {"error.tables.reference_empty", "{0} heeft een niet-lege 'reference' nodig", "{0} needs a non-empty 'reference'"},
    {"error.tables.confidence", "zekerheid '{0}' is niet 'official', 'secondary' of 'unconfirmed'",
     "confidence '{0}' is not one of official, secondary, unconfirmed"},
    {"error.tables.brackets_shape", "'brackets' van {0} is een lijst van schijven met 'from' en 'rate'",
     "'brackets' of {0} is a list of {from, rate}"},
    {"error.tables.bracket_shape", "een schijf is een mapping {'from': BEDRAG, 'rate': VERHOUDING}",
     "a bracket is a mapping {from: AMOUNT, rate: RATIO}"},
    {"error.tables.first_bracket", "de eerste schijf begint bij 'from': 0", "the first bracket starts 'from: 0'"},
    {"error.tables.brackets_go_up", "de schijven lopen op: elke 'from' ligt boven de vorige",
     "brackets go up: each 'from' is above the one before"},
    {"error.tables.bracket_negative", "het tarief van een schijf kan niet negatief zijn",
     "a bracket's rate cannot be negative"},
    {"error.tables.rounding_shape", "'rounding' van {0} is {'decimals': N, 'mode': MODUS}",
     "'rounding' of {0} is {decimals: N, mode: MODE}"},
    {"error.tables.rounding_decimals", "'decimals' is een heel getal van 0 tot en met 30",
     "'decimals' is a whole number from 0 to 30"},

    // Layering table files and checking them against the catalogue of parameters.
    {"error.tables.unknown_parameter",
     "onbekende parameter '{0}'; deze bibliotheek leest de parameters die docs/parameters.md noemt",
     "unknown parameter '{0}'; this library reads the parameters listed in docs/parameters.md"},
    {"error.tables.wrong_unit", "parameter '{0}' heeft de eenheid '{1}', niet '{2}'",
     "parameter '{0}' has unit '{1}', not '{2}'"},
    {"error.tables.parameter_in_two_files",
     "parameter '{0}' staat ook in {1}; binnen één tabelset staat elke parameter in één bestand",
     "parameter '{0}' is also defined in {1}; within one table set each parameter lives in one file"},
    {"error.tables.value_outside_unit", "parameter '{0}' vanaf {1} is {2}; {3}",
     "parameter '{0}' from {1} is {2}; {3}"},
    {"error.tables.parameter_missing", "de tabellen definiëren de parameter '{0}' niet (eenheid {1})",
     "the tables do not define the parameter '{0}' (unit {1})"},
    {"error.tables.override_refused",
     "{0} vanaf {1} vervangt de waarde die de tabellen al geven in {2}; strikte tabellen voegen alleen nieuwe data "
     "toe (geef de nieuwe waarde een latere datum, of sta vervanging toe)",
     "{0} from {1} replaces the value the tables already give at {2}; strict tables add new dates only (give the new "
     "value a later date, or allow overrides)"},

    // Table files and directories.
    {"error.tables.cannot_read", "het tabelbestand {0} kan niet worden gelezen", "cannot read the table file {0}"},
    {"error.tables.read_failed", "fout bij het lezen van het tabelbestand {0}",
     "error while reading the table file {0}"},
    {"error.tables.no_directory", "de tabelmap {0} bestaat niet of is geen map",
     "the table directory {0} does not exist or is not a directory"},
    {"error.tables.cannot_list", "de tabelmap {0} kan niet worden doorzocht (het systeem meldt: \"{1}\")",
     "cannot list the table directory {0}: {1}"},
    {"error.tables.no_yaml", "de tabelmap {0} bevat geen *.yaml-bestand",
     "the table directory {0} holds no *.yaml file"},

    // Looking a parameter up.
    {"error.parameter.unknown", "er is geen parameter met de naam '{0}'", "there is no parameter named '{0}'"},
    {"error.parameter.date_not_covered",
     "de tabellen hebben geen waarde van {0} voor {1}: zij dekken {2} tot en met {3}",
     "the tables have no value of {0} for {1}: they cover {2} to {3}"},
    {"error.parameter.shape", "parameter '{0}' heeft een andere vorm dan {1}", "parameter '{0}' is not {1}"},

    // Exact numbers, rounding modes and dates (wkr/decimal.hpp, wkr/date.hpp).
    {"error.rounding.unknown_mode",
     "'{0}' is geen afrondingswijze; verwacht 'half-up', 'half-even', 'floor', 'ceiling' of 'toward-zero'",
     "'{0}' is not a rounding mode; expected one of half-up, half-even, floor, ceiling, toward-zero"},
    {"error.decimal.scale", "een decimaal getal heeft 0 tot en met 30 decimalen, niet {0}",
     "a decimal has 0 to 30 decimals, not {0}"},
    {"error.decimal.overflow", "{0} valt buiten het exacte bereik (ongeveer 10^38 in de laatste decimaal)",
     "{0} exceeds the exact range (about 10^38 in the last decimal)"},
    {"decimal.operation.product", "het product van {0} en {1}", "the product of {0} and {1}"},
    {"decimal.operation.sum", "de som van {0} en {1}", "the sum of {0} and {1}"},
    {"decimal.operation.difference", "het verschil van {0} en {1}", "the difference of {0} and {1}"},
    {"decimal.operation.quotient", "het quotiënt van {0} en {1}", "the quotient of {0} and {1}"},
    {"decimal.operation.rescaling", "{0} met {1} decimalen", "{0} with {1} decimals"},
    {"error.decimal.not_plain",
     "'{0}' is geen gewoon decimaal getal ({1}); schrijf cijfers met eventueel '-' en '.', bijvoorbeeld 1600000 of "
     "0.0118",
     "'{0}' is not a plain decimal ({1}); write digits with an optional '-' and '.', e.g. 1600000 or 0.0118"},
    {"decimal.why.two_points", "twee decimale punten", "two decimal points"},
    {"decimal.why.no_digit_before", "geen cijfer vóór de punt", "no digit before the point"},
    {"decimal.why.unexpected_character", "onverwacht teken", "unexpected character"},
    {"decimal.why.too_many_decimals", "meer dan 30 decimalen", "more than 30 decimals"},
    {"decimal.why.no_digits", "geen cijfers", "no digits"},
    {"decimal.why.no_digit_after", "geen cijfer na de punt", "no digit after the point"},
    {"error.decimal.too_many_digits", "'{0}' is te groot voor een exact decimaal getal (ten hoogste 38 cijfers)",
     "'{0}' is too large for an exact decimal (at most 38 digits)"},
    {"error.decimal.not_whole", "{0} is {1}, geen heel getal", "{0} is {1}, not a whole number"},
    {"error.decimal.not_multiple", "{0} is {1}, geen geheel veelvoud van {2} binnen 64 bits",
     "{0} is {1}, not a whole multiple of {2} within 64 bits"},
    {"error.decimal.power_overflow", "10^{0} valt buiten het exacte bereik", "10^{0} exceeds the exact range"},
    {"error.decimal.product_scale",
     "het product van {0} en {1} heeft meer dan 30 decimalen; rond eerst een van beide af",
     "the product of {0} and {1} has more than 30 decimals; round an operand first"},
    {"error.decimal.division_by_zero", "{0} kan niet door nul worden gedeeld", "cannot divide {0} by zero"},
    {"error.date.invalid", "'{0}' is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2025-09-07",
     "'{0}' is not a date; write YYYY-MM-DD, e.g. 2025-09-07"},

    // A saved explanation read again (wkr explain FILE.json).
    {"error.explanation.missing",
     "{0} heeft geen {1} (een resultaat dat een oudere wkr bewaarde, kan niet opnieuw worden getoond: bereken het "
     "opnieuw met --json)",
     "{0} has no {1} (a result saved by an older wkr cannot be rendered again: compute it again with --json)"},
    {"explanation.text_field", "tekst \"{0}\"", "text \"{0}\""},
    {"error.explanation.unknown_unit", "{0}: onbekende eenheid '{1}'", "{0}: unknown unit '{1}'"},
    {"error.explanation.not_pieces", "{0} is geen lijst van zinsdelen", "{0} is not a list of phrase pieces"},
    {"error.explanation.piece_not_object", "{0} heeft een zinsdeel dat geen object is",
     "{0} has a piece that is not an object"},
    {"error.explanation.no_typed_value", "{0} heeft geen getypeerde waarde", "{0} has no typed value"},
    {"error.explanation.not_steps", "\"explanation\" is geen lijst van stappen",
     "\"explanation\" is not a list of steps"},
    {"error.explanation.not_step", "{0} is geen stap", "{0} is not a step"},
    {"error.explanation.rounding_decimals", "{0}.rounding heeft geen heel getal 'decimals'",
     "{0}.rounding has no whole number \"decimals\""},

    // yaml-cpp's common syntax errors (the English is yaml-cpp's own).
    {"yaml.end_of_map", "einde van de mapping niet gevonden", "end of map not found"},
    {"yaml.end_of_map_flow", "einde van de mapping tussen accolades niet gevonden ('}' ontbreekt?)",
     "end of map flow not found"},
    {"yaml.end_of_seq", "einde van de lijst niet gevonden", "end of sequence not found"},
    {"yaml.end_of_seq_flow", "einde van de lijst tussen haken niet gevonden (']' ontbreekt?)",
     "end of sequence flow not found"},
    {"yaml.unknown_token", "onbekend element", "unknown token"},
    {"yaml.eof_in_scalar", "het bestand eindigt midden in een waarde (een aanhalingsteken niet gesloten?)",
     "illegal EOF in scalar"},
    {"yaml.char_in_scalar", "ongeldig teken in een waarde", "illegal character in scalar"},
    {"yaml.doc_in_scalar", "documentmarkering ('---' of '...') midden in een waarde",
     "illegal document indicator in scalar"},
    {"yaml.tab_in_indentation", "tab in de inspringing; YAML springt in met spaties",
     "illegal tab when looking for indentation"},
    {"yaml.flow_end", "ongeldig einde van een lijst of mapping tussen haken", "illegal flow end"},
    {"yaml.block_entry", "een lijstelement ('- ') mag hier niet staan", "illegal block entry"},
    {"yaml.map_key", "ongeldige sleutel", "illegal map key"},
    {"yaml.map_value",
     "een sleutel en waarde mogen hier niet staan (een dubbele punt te veel, of een inspringing die niet klopt?)",
     "illegal map value"},
    {"yaml.unknown_anchor", "het anker waarnaar verwezen wordt (&naam) is niet gedefinieerd",
     "the referenced anchor is not defined"},
});

}  // namespace

std::span<const Sentence> table_messages() { return sentences_of_tables; }

}  // namespace wkr
