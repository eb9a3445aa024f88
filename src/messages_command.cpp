// The sentences of the wkr command (examples/cli) in Dutch and English: its errors ("error.command.*",
// and "error.system.*" for why a file could not be read or written) and its own words ("cli.*": the
// help's headings, options and notes, the man page, the headings of its output). Part of the
// catalogue of wkr/phrase.hpp, like messages.cpp; {0}, {1} … are the arguments.
#include <array>

#include "catalogue.hpp"

namespace wkr {

namespace {

constexpr auto command_sentences = std::to_array<Sentence>({
    // The command line (CLI11's parse errors, usage_message() in examples/cli/parse_errors.cpp).
    {"error.command.unexpected_argument", "dit argument kent wkr hier niet: {0}",
     "The following argument was not expected: {0}"},
    {"error.command.unexpected_arguments", "deze argumenten kent wkr hier niet: {0}",
     "The following arguments were not expected: {0}"},
    {"error.command.required", "{0} is verplicht", "{0} is required"},
    {"error.command.needs_value", "{0} heeft een waarde nodig", "{0} needs a value"},
    {"error.command.too_many_values", "{0} neemt ten hoogste {1} waarde, maar kreeg er {2}",
     "{0} takes at most {1} value but received {2}"},
    {"error.command.not_convertible", "'{1}' is geen geldige waarde voor {0}", "Could not convert: {0} = {1}"},
    {"error.command.switch_value", "{0} is een schakelaar en neemt geen waarde", "{0} is a switch and takes no value"},
    {"error.command.excludes", "{0} en {1} sluiten elkaar uit", "{0} excludes {1}"},
    {"error.command.requires", "{0} kan alleen met {1}", "{0} requires {1}"},
    {"error.command.invalid_value", "{0} heeft een ongeldige waarde: \"{1}\"", "{0}: {1}"},
    {"error.command.usage_detail", "de opdrachtregel klopt niet: \"{0}\"", "{0}"},
    // The command's own checks and files.
    {"error.command.give_command", "geef een opdracht: {0}", "give a command: {0}"},
    {"error.command.json_and_format", "--json en --format {0} sluiten elkaar uit; geef er één",
     "--json and --format {0} exclude each other; give one"},
    {"error.command.out_of_memory", "onvoldoende geheugen", "out of memory"},
    {"error.command.output_without_man",
     "--output van wkr zelf hoort bij --man; de --output van een opdracht komt na de opdracht",
     "--output of wkr itself goes with --man; the --output of a command comes after the command"},
    {"error.command.unknown_format", "--format '{0}' kent wkr niet: geef text, md, csv, json of html",
     "--format '{0}' is not a format of wkr: give text, md, csv, json or html"},
    {"error.command.unknown_help_topic", "'{0}' is geen opdracht van wkr; de opdrachten zijn {1}",
     "'{0}' is not a command of wkr; the commands are {1}"},
    {"error.command.unknown_language", "--lang '{0}' is geen taal van wkr: geef nl of en",
     "--lang '{0}' is not a language of wkr: give nl or en"},
    {"error.command.cannot_write", "kan {0} niet schrijven: {1}", "cannot write {0}: {1}"},
    {"error.command.cannot_write_stdout", "kan de standaarduitvoer niet schrijven: {0}",
     "cannot write to standard output: {0}"},
    {"error.command.cannot_stage_stdout",
     "kan de tijdelijke kopie van de standaarduitvoer in {0} niet schrijven: {1} (wkr bewaart de uitvoer daar "
     "tot elke regel goed is; geef TMPDIR een map met ruimte voor de hele uitvoer, of schrijf met --output naar "
     "een bestand)",
     "cannot write the temporary copy of standard output in {0}: {1} (wkr keeps the output there until every row "
     "is good; set TMPDIR to a directory with room for the whole output, or write to a file with --output)"},
    {"error.command.cannot_read", "kan {0} niet lezen: {1}", "cannot read {0}: {1}"},
    {"error.command.result_is_directory", "{0} is een map, geen bestand; geef het pad van een JSON-resultaat",
     "{0} is a directory, not a file; give the path of a JSON result"},
    {"error.command.result_not_json", "{0} is geen JSON: een fout bij byte {1}",
     "{0} is not JSON: an error at byte {1}"},
    {"error.command.result_without_explanation",
     "{0} heeft geen \"explanation\"; geef de --json-uitvoer van een wkr-opdracht (wkr free-space … --json)",
     "{0} has no \"explanation\"; give the --json output of a wkr command (wkr free-space … --json)"},
    // Why a file could not be read or written (an errno value; system_reason() in examples/cli/output.cpp).
    {"error.system.no_such_file", "het bestand of de map bestaat niet", "No such file or directory"},
    {"error.system.permission_denied", "toegang geweigerd", "Permission denied"},
    {"error.system.no_space", "de schijf is vol", "No space left on device"},
    {"error.system.is_directory", "dat is een map", "Is a directory"},
    {"error.system.not_directory", "een deel van het pad is geen map", "Not a directory"},
    {"error.system.read_only", "het bestandssysteem is alleen-lezen", "Read-only file system"},
    {"error.system.closed", "die is gesloten", "it is closed"},
    {"error.system.other", "systeemfout \"{0}\"", "{0}"},
    {"cli.usage", "gebruiksfout: {0} (zie '{1} --help')", "usage error: {0} (see '{1} --help')"},
    {"cli.budget.designated_elsewhere", ", waarvan {0} elders aangewezen: {1} over voor het beleid",
     ", {0} of it designated elsewhere: {1} left for the policy"},
    {"cli.choice.designate", "aanwijzen", "designate"},
    {"cli.choice.wage", "loon", "wage"},
    {"cli.error", "fout", "error"},
    {"cli.exit.bad_input",
     "foute invoer: een waarde die de regel weigert of buiten het bereik, een verkeerd geschreven bedrag, een foute "
     "regel in een CSV-bestand of een fout in een tabelbestand",
     "bad input: a value the rule refuses or out of range, a malformed amount, a bad row of a CSV file or an error in "
     "a table file"},
    {"cli.exit.internal", "interne fout (een fout in wkr: meld die)", "internal error (a bug in wkr: report it)"},
    {"cli.exit.io",
     "een bestand of map is niet te lezen of te schrijven (ook een volle schijf of een gesloten standaarduitvoer)",
     "a file or directory that cannot be read or written (a full disk or a closed standard output too)"},
    {"cli.exit.not_covered", "het jaar of de waarde valt buiten de tabellen",
     "the year or value is not covered by the tables"},
    {"cli.exit.ok", "gelukt", "success"},
    {"cli.exit.usage",
     "gebruik: een onbekende opdracht of optie, een ontbrekende verplichte optie, opties die elkaar uitsluiten of een "
     "optie zonder waarde",
     "usage: an unknown command or option, a missing required option, options that exclude each other or an option "
     "without its value"},
    {"cli.explain.about", "Toon de uitleg van een bewaard JSON-resultaat opnieuw, in het Nederlands of het Engels",
     "Show the explanation of a saved JSON result again, in Dutch or English"},
    {"cli.explain.file", "Het JSON-resultaat (de uitvoer van een opdracht met --json)",
     "The JSON result (the output of a command with --json)"},
    {"cli.group.inputs", "Invoer", "Inputs"},
    {"cli.group.output", "Uitvoer", "Output"},
    {"cli.help.about", "Toon de hulp van wkr, of van OPDRACHT", "Show the help of wkr, or of COMMAND"},
    {"cli.help.commands", "Opdrachten", "Commands"},
    {"cli.help.commands_footer",
     "'wkr OPDRACHT --help' of 'wkr help OPDRACHT' toont de opties van een opdracht; 'wkr --man' de handleiding "
     "(man-pagina).",
     "'wkr COMMAND --help' or 'wkr help COMMAND' shows the options of a command; 'wkr --man' the manual page."},
    {"cli.help.coverage",
     "De ingebouwde tabellen dekken {0}–{1}; voor een ander jaar stopt wkr met exitcode 4. --data MAP legt nieuwere "
     "tabellen eroverheen.",
     "The embedded tables cover {0}–{1}; for another year wkr stops with exit code 4. --data DIR layers newer tables "
     "over them."},
    {"cli.help.examples", "Voorbeelden:", "Examples:"},
    {"cli.help.exit_codes", "Exitcodes:", "Exit codes:"},
    {"cli.help.topic", "De opdracht waarvan de hulp getoond wordt", "The command to show the help of"},
    {"cli.hint.load_tables", " (laad tabellen voor {0} met --data MAP)", " (load tables for {0} with --data DIR)"},
    {"cli.internal_error", "interne fout", "internal error"},
    {"cli.man.description",
     "Exacte berekeningen voor de werkkostenregeling: een opdracht per vraag, tekst in het Nederlands of Engels "
     "(--lang), JSON voor scripts (--json) en bij elk bedrag de stappen met hun wettelijke bron (--explain).",
     "Exact calculations for the Dutch werkkostenregeling: one command per question, text in Dutch or English "
     "(--lang), JSON for scripts (--json), and every figure's steps with their legal source (--explain)."},
    {"cli.man.see_also", "docs/cli.md in de broncode: elke optie, de JSON-sleutels en de exitcodes.",
     "docs/cli.md in the source: every option, the JSON keys and the exit codes."},
    {"cli.note.budget.order",
     "Eerst de gerichte vrijstellingen (thuiswerken, woon-werk, internet, arbo, reizen naar co-working), elk tot zijn "
     "maximum voor het weekpatroon; dan aangewezen in de vrije ruimte die over is; daarboven de goedkoopste weg: "
     "eindheffing (80%) of loon, gebruteerd tegen het marginale tarief.",
     "The targeted exemptions first (home working, commuting, internet, arbo, travel to co-working), each up to its "
     "maximum for the weekly pattern; then designated in the free space left; above it the cheaper way: the final levy "
     "(80%) or wage, grossed up at the marginal rate."},
    {"cli.note.commute.forms",
     "Geef de werkelijke dagen (--days met --paid) of een vaste vergoeding (--fixed met --office-days-per-week); de "
     "andere opties van de vaste vergoeding gelden alleen met --fixed.",
     "Give the actual days (--days with --paid) or a fixed allowance (--fixed with --office-days-per-week); the other "
     "options of a fixed allowance need --fixed."},
    {"cli.note.evaluate.bad_rows",
     "Elke foute regel wordt met zijn regelnummer gemeld, alle tegelijk, en dan wordt niets beoordeeld.",
     "Every bad row is reported with its line number, all at once, and then nothing is evaluated."},
    {"cli.note.evaluate.categories", "Categorieën (kolom category):", "Categories (the category column):"},
    {"cli.note.explain.text", "De tekst is die van --explain bij de oorspronkelijke opdracht.",
     "The text is that of --explain with the original command."},
    {"cli.note.free_space.group",
     "Herhaal --wage-bill voor de leden van een concernregeling: de loonsommen worden opgeteld en de tarieven gelden "
     "één keer over het totaal (art. 32 Wet LB 1964).",
     "Repeat --wage-bill for the members of a group scheme: the wage bills are added up and the rates apply once to "
     "the total (art. 32 Wet LB 1964)."},
    {"cli.note.home_working.forms",
     "Geef de werkelijke dagen (--days met --paid) of een vaste vergoeding (--fixed met --home-days-per-week).",
     "Give the actual days (--days with --paid) or a fixed allowance (--fixed with --home-days-per-week)."},
    {"cli.note.ledger.periods",
     "Het bestand met tijdvakken heeft de kolommen 'period', 'wage_bill', 'designated' en eventueel 'levy_paid' (de in "
     "dat tijdvak aangegeven eindheffing, hele euro's); elk tijdvak van het jaar staat er één keer in. Elke foute "
     "regel wordt met zijn regelnummer gemeld.",
     "The periods file has the columns period,wage_bill,designated and optionally levy_paid (the final levy declared "
     "in that period, whole euros); every period of the year appears once. Every bad row is reported with its line "
     "number."},
    {"cli.note.ledger.year_end",
     "Na het jaar: de afrekening zoals wkr settle die maakt, en de correctie voor wat in het jaar al is aangegeven "
     "(negatief: terug te ontvangen).",
     "After the year: the settlement as wkr settle makes it, and the correction for what was declared during the year "
     "(negative: a refund)."},
    {"cli.note.levy_or_wage.choice",
     "De keuze is exact (een knapzak over de centen van de vrije ruimte); bij gelijke kosten worden de eerste "
     "werknemers aangewezen. wkr berekent geen inkomstenbelasting: het bestand geeft het tarief.",
     "The choice is exact (a knapsack over the cents of the free space); among equal costs the earliest employees are "
     "designated. wkr does not compute income tax: the file gives the rate."},
    {"cli.note.parameters.review", "Met --data DIR: controleer een update voordat u hem gebruikt.",
     "With --data DIR: review an update before using it."},
    {"cli.note.params_check.lines",
     "Elk probleem staat op een eigen regel als bestand:regel:kolom: wat er mis is; de exitcode is dan 3. Zonder "
     "problemen: een samenvatting en exitcode 0.",
     "Every problem is a line file:line:column: what is wrong; the exit code is then 3. Without problems: a summary "
     "and exit code 0."},
    {"cli.note.report.contents",
     "Het rapport bestaat uit de eigen uitkomsten van wkr evaluate, wkr settle en wkr ledger voor dezelfde invoer: de "
     "vrije ruimte en hoe die berekend is, de uitsplitsing naar soort, de gebruikelijkheidstoets per werknemer, de "
     "overschrijding, de eindheffing en de aangifte waarin die verschuldigd is, de afrondingen, met --periods het "
     "verloop per tijdvak, en de verantwoording: versie, tabellen en de SHA-256 van elk invoerbestand.",
     "The report is made of the results of wkr evaluate, wkr settle and wkr ledger for the same inputs: the free space "
     "and how it was computed, the breakdown by category, the customary test per employee, the excess, the final levy "
     "and the return it is due in, the roundings, with --periods the periods, and the receipt: version, tables and the "
     "SHA-256 of every input file."},
    {"cli.note.report.keys",
     "--format json geeft dezelfde sleutels als wkr settle --json, met categories, item_categories, flags, employees, "
     "roundings, periods en year_end erbij; --format csv geeft elk bedrag op een regel met zijn sleutel in de JSON.",
     "--format json gives the keys of wkr settle --json, with categories, item_categories, flags, employees, "
     "roundings, periods and year_end added; --format csv gives every figure on a line with its key in the JSON."},
    {"cli.note.same_day.calendar",
     "De kalender heeft de kolommen date,kind en eventueel business_km; kind is home, office, home_and_office, "
     "business_trip of absent.",
     "The calendar has the columns date,kind and optionally business_km; kind is home, office, home_and_office, "
     "business_trip or absent."},
    {"cli.note.scenario.rules",
     "Elk bedrag gaat werknemer voor werknemer door de regels van de loonadministratie; de totalen zijn de sommen. "
     "Besparingen gelden tegen elke werkdag op kantoor. Een fout in een beleids- of populatiebestand noemt "
     "bestand:regel (exitcode 3).",
     "Every euro goes through the payroll's rules, employee by employee; the totals are the sums. Savings are against "
     "every working day at the office. An error in a policy or population file names file:line (exit code 3)."},
    {"cli.note.settle.levy",
     "De eindheffing geldt over het aangewezen loon boven de vrije ruimte; de aangifte neemt hele euro's, naar beneden "
     "afgerond.",
     "The final levy applies to the designated wage above the free space; the return takes whole euros, rounded down."},
    {"cli.note.settle.members",
     "--members leest een CSV met een regel per lid van de concernregeling: 'name', 'wage_bill' en eventueel "
     "'whole_year' ('no': een lid dat in het jaar toe- of uittrad; dat heeft een eigen vrije ruimte), 'designated' "
     "(het aangewezen loon van het lid) en 'allocation_weight' (zijn gewicht met --allocation-key own).",
     "--members reads a CSV with a row per member of the group scheme: name,wage_bill and optionally whole_year (no: a "
     "member that joined or left during the year; it has its own free space), designated (the member's designated "
     "wage) and allocation_weight (its weight with --allocation-key own)."},
    {"cli.note.wage_bill.former",
     "Loon uit vroegere dienstbetrekking telt mee zolang het ten hoogste 10% van het totale fiscale loon is; daarboven "
     "telt het helemaal niet mee.",
     "Wage from former employment counts while it is at most 10% of the total fiscal wage; above that it does not "
     "count at all."},
    {"cli.note.wage_bill.group", "Het resultaat van een concern geeft per lid de loonsom voor wkr settle --members.",
     "A group's result gives each member's wage bill for wkr settle --members."},
    {"cli.option.decimal_comma", "Bedragen in de CSV-bestanden hebben een decimale komma (12,50); standaard bij ';'",
     "Amounts in the CSV files have a decimal comma (12,50); the default with ';'"},
    {"cli.option.decimal_point", "Bedragen in de CSV-bestanden hebben een decimale punt (12.50)",
     "Amounts in the CSV files have a decimal point (12.50)"},
    {"cli.option.delimiter", "Het scheidingsteken van de CSV-bestanden (standaard: gevonden in de kopregel)",
     "The delimiter of the CSV files (default: found in the header line)"},
    {"cli.option.lang", "Taal van de hulp, de meldingen en de tekst van de opdracht: nl of en",
     "Language of the help, the messages and the command's text: nl or en"},
    {"cli.option.man", "Schrijf de handleiding wkr(1) in roff (de tekst van deze hulp)",
     "Print the manual page wkr(1) in roff (the text of this help)"},
    {"cli.option.man_output", "Met --man: schrijf de handleiding naar BESTAND (helemaal of niet)",
     "With --man: write the manual page to FILE (whole or not at all)"},
    {"cli.option.output",
     "Schrijf het resultaat naar BESTAND in plaats van de standaarduitvoer: helemaal of niet (een tijdelijk bestand in "
     "dezelfde map, hernoemd als het compleet is)",
     "Write the result to FILE instead of standard output: whole or not at all (a temporary file in the same "
     "directory, renamed when complete)"},
    {"cli.option.report_format",
     "Vorm van het rapport: text (standaard), md, csv, json of html (één bestand met grafiek, om af te drukken naar "
     "PDF)",
     "Form of the report: text (the default), md, csv, json or html (one file with a chart, to print to PDF)"},
    {"cli.option.strict_data", "Weiger een --data-tabel die een ingebouwde waarde voor dezelfde datum vervangt",
     "Refuse a --data table that replaces an embedded value for the same date"},
    {"cli.params_check.about",
     "Controleer een map met parametertabellen (de cijfers van volgend jaar) en meld elk probleem",
     "Check a directory of parameter tables (next year's figures) and report every problem"},
    {"cli.params_check.directory", "De map met *.yaml-tabellen, gelegd over de ingebouwde (zoals --data doet)",
     "The directory of *.yaml tables, layered over the embedded ones (as --data does)"},
    {"cli.params_check.no_problems", "{0}: geen problemen; met deze tabellen dekt wkr {1}–{2}\n",
     "{0}: no problems; with these tables wkr covers {1}–{2}\n"},
    {"cli.params_check.one_problem", "{0}: {1} probleem\n", "{0}: {1} problem\n"},
    {"cli.params_check.problems", "{0}: {1} problemen\n", "{0}: {1} problems\n"},
    {"cli.progress.on", "met", "on"},
    {"cli.progress.working", "bezig", "working"},
    {"cli.route.final_levy", "aangewezen met eindheffing (80%)", "designated with the final levy (80%)"},
    {"cli.route.none", "geen", "none"},
    {"cli.route.wage", "loon, gebruteerd", "wage, grossed up"},
    {"cli.scenario.emissions", "CO₂ per km (lijst {0}): auto {1}, openbaar vervoer {2}, fiets {3} kg.\n",
     "CO₂ per km (list {0}): car {1}, public transport {2}, bicycle {3} kg.\n"},
});

}  // namespace

std::span<const Sentence> command_messages() { return command_sentences; }

}  // namespace wkr
