// The sentences of the wkr command's help and man page in Dutch and English: what wkr is, what each
// command does ("cli.command.*"), what each option means ("cli.option.*"), the names of the values in
// the help ("cli.placeholder.*": BEDRAG for AMOUNT), CLI11's own words ("cli.label.*"), the man page's
// headings ("cli.man.*") and the meaning of each item category of `wkr evaluate --help`. Part of the
// catalogue of wkr/phrase.hpp, like messages.cpp; {0} is an argument. The English is what the help
// said before it had Dutch: tests and docs/cli.md quote it.
#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "catalogue.hpp"
#include "wkr/allowances/items.hpp"

namespace wkr {

namespace {

constexpr auto help_sentences = std::to_array<Sentence>({
    {"cli.summary", "exacte berekeningen voor de werkkostenregeling (WKR)",
     "exact calculations for the Dutch werkkostenregeling (WKR)"},
    // CLI11's own words (its Formatter's labels) and the options it adds itself.
    {"cli.label.usage", "Gebruik", "Usage"},
    {"cli.label.options", "OPTIES", "OPTIONS"},
    {"cli.label.required", "VERPLICHT", "REQUIRED"},
    {"cli.label.positionals", "Argumenten", "Positionals"},
    {"cli.group.options", "Opties", "Options"},
    {"cli.option.help", "Toon deze hulp en stop", "Print this help message and exit"},
    {"cli.option.version", "Toon het versienummer van wkr en stop", "Display program version information and exit"},
    // The names of the values of options and arguments that are words; a list of values the user types
    // (designate|wage) stays as it is written.
    {"cli.placeholder.amount", "BEDRAG", "AMOUNT"},
    {"cli.placeholder.command", "OPDRACHT", "COMMAND"},
    {"cli.placeholder.dir", "MAP", "DIR"},
    {"cli.placeholder.file", "BESTAND", "FILE"},
    {"cli.placeholder.json_file", "BESTAND.json", "FILE.json"},
    {"cli.placeholder.long_absence", "BEGIN:TERUG", "START:RETURN"},
    {"cli.placeholder.mode", "AFRONDING", "MODE"},
    {"cli.placeholder.month", "MAAND", "MONTH"},
    {"cli.placeholder.name", "NAAM", "NAME"},
    {"cli.placeholder.rate", "TARIEF", "RATE"},
    {"cli.placeholder.year", "JAAR", "YEAR"},
    // The man page's headings.
    {"cli.man.heading.commands", "OPDRACHTEN", "COMMANDS"},
    {"cli.man.heading.description", "BESCHRIJVING", "DESCRIPTION"},
    {"cli.man.heading.exit_status", "AFSLUITSTATUS", "EXIT STATUS"},
    {"cli.man.manual", "Gebruikersopdrachten", "User Commands"},
    {"cli.man.heading.name", "NAAM", "NAME"},
    {"cli.man.heading.see_also", "ZIE OOK", "SEE ALSO"},
    {"cli.man.heading.synopsis", "OVERZICHT", "SYNOPSIS"},
    // The commands.
    {"cli.command.budget", "De fiscaal gunstigste besteding van het waar-je-werkt-budget van één werknemer",
     "The tax-optimal use of one employee's where-you-work budget (waar-je-werkt-budget)"},
    {"cli.command.commute",
     "Reiskostenvergoeding voor woon-werkverkeer: per dag of vast op basis van een reispatroon per week",
     "Travel allowance for commuting: by the day or fixed from a weekly pattern"},
    {"cli.command.evaluate", "Jaarbeoordeling per werknemer van een CSV met vergoedingen en verstrekkingen",
     "Per-employee annual evaluation of a CSV of items"},
    {"cli.command.free_space", "De vrije ruimte over een fiscale loonsom",
     "The free space (vrije ruimte) for a wage bill"},
    {"cli.command.home_working", "Thuiswerkvergoeding: het vrijgestelde deel en het meerdere",
     "Home-working allowance (thuiswerkvergoeding): exempt part and excess"},
    {"cli.command.ledger",
     "De vrije ruimte per aangiftetijdvak: wat er over is, de aangegeven eindheffing, de afrekening na het jaar",
     "The free space period by period: what is left, the levy declared, the year-end"},
    {"cli.command.levy_or_wage",
     "Per werknemer eindheffing of loon over wat de resterende vrije ruimte te boven gaat: de goedkoopste verdeling",
     "Per employee, final levy or wage over the free space left: the cheapest allocation"},
    {"cli.command.parameters", "Elk cijfer dat in een jaar geldt, met zijn wettelijke grondslag en bron",
     "Every figure in force for a year, with its legal reference and source"},
    {"cli.command.report",
     "Het jaarrapport van een werkgever: vrije ruimte, uitsplitsing, gebruikelijkheidstoets, eindheffing, "
     "tijdvakken, verantwoording",
     "The annual report of an employer: free space, breakdown, customary test, final levy, periods, receipt"},
    {"cli.command.same_day",
     "Thuiswerken of woon-werkverkeer op één dag, over een kalender: per dag de thuiswerkvergoeding of de "
     "reiskostenvergoeding",
     "The same-day rule over a calendar: home working or commuting per day"},
    {"cli.command.scenario",
     "Thuiswerkbeleid naast elkaar voor een personeelsbestand: kosten, onbelast, eindheffing, km, uren, CO₂",
     "Home-working policies side by side for a population: cost, tax-free, levy, km, hours, CO₂"},
    {"cli.command.settle",
     "Reken het jaar af: de overschrijding, de eindheffing en de aangifte waarin die verschuldigd is",
     "Settle the year: excess, final levy and the return it is due in"},
    {"cli.command.wage_bill",
     "De fiscale loonsom uit de loonadministratie, met de 10%-toets voor loon uit vroegere dienstbetrekking",
     "The fiscal wage bill from the payroll, with the 10% test for former employment"},
    // The options every command has (cli_common.cpp).
    {"cli.option.data", "Map met parametertabellen die over de ingebouwde worden gelegd",
     "Directory of parameter tables to layer over the embedded ones"},
    {"cli.option.explain", "Toon elke stap met zijn wettelijke bron", "Show every step with its legal source"},
    {"cli.option.free_space_rounding",
     "Rond de vrije ruimte af op centen op deze wijze in plaats van die van de tabellen ('floor'): 'half-up', "
     "'half-even', 'floor', 'ceiling' of 'toward-zero'",
     "Round the free space to cents with this mode instead of the tables' (floor): half-up, half-even, floor, "
     "ceiling or toward-zero"},
    {"cli.option.free_space_rounding_with",
     "Met {0}: rond de vrije ruimte af op centen op deze wijze in plaats van die van de tabellen ('floor'): "
     "'half-up', 'half-even', 'floor', 'ceiling' of 'toward-zero'",
     "With {0}: round the free space to cents with this mode instead of the tables' (floor): half-up, half-even, "
     "floor, ceiling or toward-zero"},
    {"cli.option.json", "Schrijf één JSON-object (met de uitleg en de verantwoording)",
     "Print one JSON object (with the explanation and the receipt)"},
    {"cli.option.text_lang", "Taal van de tekstuitvoer: nl (standaard) of en",
     "Language of the text output: nl (the default) or en"},
    {"cli.option.year", "Kalenderjaar, bijvoorbeeld 2026 (verplicht)", "Calendar year, e.g. 2026 (required)"},
    // free-space and settle (free_space_commands.cpp).
    {"cli.option.wage_bill",
     "Fiscale loonsom in euro's (verplicht, of --members); herhaal hem voor de leden van een concernregeling die "
     "het hele jaar in het concern zaten",
     "Fiscal wage bill (fiscale loonsom) in euros (required, or --members); repeat it for the members of a group "
     "scheme that were all in the group the whole year"},
    {"cli.option.members",
     "CSV met de leden van een concernregeling, kolommen 'name', 'wage_bill' en eventueel 'whole_year', "
     "'designated' en 'allocation_weight'; een lid dat maar een deel van het jaar in het concern zat, rekent zijn "
     "eigen vrije ruimte af",
     "CSV of the members of a group scheme: name,wage_bill[,whole_year][,designated][,allocation_weight]; a member "
     "in the group for part of the year settles its own free space"},
    {"cli.option.settle.designated",
     "Totaal aangewezen loon (eindheffingsloon) in de vrije ruimte, in euro's (verplicht; met --members het "
     "totaal van het concern, als het ledenbestand geen aangewezen bedragen geeft)",
     "Total designated to the free space (aangewezen eindheffingsloon) in euros (required; with --members the "
     "group's total, when the members file gives no designated amounts)"},
    {"cli.option.settle.filing_member",
     "Met --members: het lid dat de eindheffing van het concern aangeeft (standaard: het lid met de grootste "
     "loonsom; een ander lid heeft toestemming van de inspecteur nodig, art. 64 AWR)",
     "With --members: the member that files the group's levy (default: the largest wage bill; another needs the "
     "inspector's permission, art. 64 AWR)"},
    {"cli.option.settle.allocation_key",
     "Met --members: hoe de eindheffing van het concern over de leden wordt verdeeld: naar hun aangewezen loon "
     "('designated', standaard), naar hun loonsommen ('wage-bill') of naar de kolom 'allocation_weight' ('own')",
     "With --members: how the group's levy is shared among the members: in proportion to their designated "
     "amounts (the default), their wage bills, or the allocation_weight column"},
    // home-working, commute, same-day and evaluate (allowance_commands.cpp).
    {"cli.option.excess",
     "Wat er gebeurt met een bedrag boven de vrijstelling: 'designate' (aanwijzen in de vrije ruimte, standaard) "
     "of 'wage' (loon)",
     "What becomes of an amount above the exemption: designate (to the free space, the default) or wage"},
    {"cli.option.round_days",
     "Het aantal dagen van een vaste vergoeding: 'exact' (3/5 × 214 = 128,4, standaard) of 'up' (naar boven "
     "afgerond: 129)",
     "Day counts of a fixed allowance: exact (3/5 × 214 = 128.4, the default) or up (129)"},
    {"cli.option.from_month", "Eerste maand (1-12) van de vaste vergoeding, als die in de loop van het jaar begint",
     "First month (1-12) the fixed allowance runs, when it starts in the year"},
    {"cli.option.to_month", "Laatste maand (1-12) van de vaste vergoeding, als die in de loop van het jaar eindigt",
     "Last month (1-12) the fixed allowance runs, when it ends in the year"},
    {"cli.option.km_one_way", "Enkele afstand van huis naar de vaste werkplek in km (verplicht)",
     "Distance from home to the fixed workplace, one way, in km (required)"},
    {"cli.option.paid", "Betaald bedrag over het jaar in euro's (verplicht met --days)",
     "Amount paid for the year in euros (required with --days)"},
    {"cli.option.home_working.days", "Thuiswerkdagen, een heel getal (een deel van een dag telt als een dag)",
     "Days worked at home, a whole number (a partial day counts as a day)"},
    {"cli.option.home_working.fixed",
     "Een vaste vergoeding op basis van een weekpatroon (128-dagenregeling) in plaats van de werkelijke dagen",
     "A fixed allowance from a weekly pattern (128-dagenregeling) instead of actual days"},
    {"cli.option.home_days_per_week", "Thuiswerkdagen per week in het vastgelegde patroon, 1-7 (met --fixed)",
     "Home-working days a week of the recorded pattern, 1-7 (with --fixed)"},
    {"cli.option.commute.days", "Dagen gereisd naar de vaste werkplek, een heel getal",
     "Days travelled to the fixed workplace, a whole number"},
    {"cli.option.commute.fixed",
     "Een vaste vergoeding op basis van het reispatroon per week in plaats van de werkelijke dagen",
     "A fixed allowance from the weekly travel pattern instead of actual days"},
    {"cli.option.office_days_per_week",
     "Dagen per week dat de werknemer in de regel naar de vaste werkplek reist, 0-7 (met --fixed; 0 alleen met "
     "--corona-approval)",
     "Days a week the employee in de regel travels to the fixed workplace, 0-7 (with --fixed; 0 only with "
     "--corona-approval)"},
    {"cli.option.work_days_per_week",
     "Werkdagen per week volgens de arbeidsovereenkomst, de grondslag vóór 2022 "
     "(standaard 5)",
     "Working days a week of the contract, the basis before 2022 (default 5)"},
    {"cli.option.long_absence",
     "Een langdurige afwezigheid, datums als JJJJ-MM-DD (TERUG leeg: niet teruggekeerd); herhaalbaar",
     "A long absence, dates YYYY-MM-DD (RETURN empty: not back); repeatable"},
    {"cli.option.absence_new_cause",
     "Behandel een afwezigheid die doorloopt in het jaar als een nieuwe oorzaak (de lezing van de Kennisgroep)",
     "Treat an absence that continues into the year as a new cause (Kennisgroep reading)"},
    {"cli.option.travel_days", "Werkelijk gereisde dagen, voor de toets van de 128-dagenregeling",
     "Days actually travelled, to test the 128-day rule"},
    {"cli.option.travel_weeks", "Werkelijk gereisde weken, voor de toets van de 36-wekenregel",
     "Weeks actually travelled, to test the 36-week rule"},
    {"cli.option.actual_km", "Werkelijk gereisde woon-werkkilometers, voor de nacalculatie na het jaar",
     "Commuting km actually travelled, for the year-end recalculation"},
    {"cli.option.corona_approval",
     "2020-2021: de vergoeding gold al ongewijzigd vóór 13 maart 2020 en loopt door terwijl de werknemer thuiswerkt "
     "(coronagoedkeuring): de grondslag van vóór corona blijft",
     "2020-2021: the allowance was in place unchanged before 13 March 2020 and goes on while the employee works at "
     "home (corona approval): the pre-corona basis stays"},
    {"cli.option.calendar", "CSV met dagen: date,kind[,business_km] (verplicht)",
     "CSV of days: date,kind[,business_km] (required)"},
    {"cli.option.home_working_paid", "Betaalde thuiswerkvergoeding voor deze dagen",
     "Home-working allowance paid for these days"},
    {"cli.option.commuting_paid", "Betaalde reiskostenvergoeding woon-werk voor deze dagen",
     "Commuting allowance paid for these days"},
    {"cli.option.business_travel_paid", "Betaalde vergoeding voor zakelijke reizen", "Business travel allowance paid"},
    {"cli.option.prefer",
     "Dagen deels thuis en deels op kantoor: 'most-exempt' (standaard: de verdeling die het meeste van het "
     "betaalde vrijstelt; 'larger' telt als 'most-exempt'), 'home-working' of 'commuting'",
     "Days partly at home and partly at the office: most-exempt (default: the allocation that exempts the most of "
     "what was paid; 'larger' is read as most-exempt), home-working or commuting"},
    {"cli.option.items",
     "CSV met de vergoedingen en verstrekkingen, kolommen 'employee', 'category', 'amount', 'quantity' en "
     "eventueel 'treatment' en 'own_contribution' (verplicht)",
     "CSV of items: employee,category,amount,quantity[,treatment][,own_contribution] (required)"},
    {"cli.option.intern",
     "Een stagiair: geen doelmatigheidsgrens bij de gebruikelijkheidstoets, al het aangewezen loon wordt gemeld om "
     "te beoordelen; herhaalbaar",
     "An intern: no safe harbour of the customary test, anything designated is flagged for review; repeatable"},
    {"cli.option.below_minimum_wage",
     "Een werknemer met minder dan het wettelijk minimumloon: geen doelmatigheidsgrens, al het aangewezen loon wordt "
     "gemeld om te beoordelen; herhaalbaar",
     "An employee paid below the statutory minimum wage: no safe harbour, anything designated is flagged for "
     "review; repeatable"},
    {"cli.option.company_bicycle_as_wage",
     "Behandel de bijtelling voor privégebruik van een fiets van de zaak als loon van de werknemer (standaard: "
     "aangewezen)",
     "Treat the private-use addition of a company bicycle as the employee's wage (default: designated)"},
    {"cli.option.company_bicycle_designation",
     "Wijs de bijtelling van een fiets van de zaak aan: nu de standaard, aanvaard voor oude scripts",
     "Designate a company bicycle's addition: the default now, accepted for old scripts"},
    {"cli.option.evaluate.wage_bill",
     "Fiscale loonsom, om het totaal aangewezen loon af te rekenen tegen de vrije ruimte; herhaal voor een concern",
     "Fiscal wage bill, to settle the designated total against the free space; repeat for a group"},
    // ledger (ledger_command.cpp).
    {"cli.option.periods",
     "CSV met de aangiftetijdvakken, kolommen 'period', 'wage_bill', 'designated' en eventueel 'levy_paid'; elk "
     "tijdvak één keer (verplicht)",
     "CSV of the return periods: period,wage_bill,designated[,levy_paid], every period once (required)"},
    {"cli.option.four_weekly", "Dertien aangiftetijdvakken van vier weken in plaats van twaalf maanden",
     "Thirteen four-weekly return periods instead of twelve months"},
    {"cli.option.strategy",
     "Wanneer de eindheffing wordt aangegeven: 'after-year' (standaard: in de aangifte na afloop van het jaar) of "
     "'as-you-go' (in elk tijdvak zodra de vrije ruimte tot nu toe is overschreden)",
     "When the final levy is declared: after-year (the default: in the return after the year) or as-you-go (in "
     "every period as soon as the free space so far is exceeded)"},
    {"cli.option.basis",
     "De vrije ruimte waartegen het aangewezen loon tot nu toe wordt gemeten: 'actual' (standaard: op de loonsom "
     "tot nu toe) of 'estimate' (op --estimate)",
     "The free space the designated wage so far is measured against: actual (the default: on the wage bill so far) "
     "or estimate (on --estimate)"},
    {"cli.option.estimate", "Een raming van de loonsom van het jaar in euro's (verplicht met --basis estimate)",
     "An estimate of the year's wage bill in euros (required with --basis estimate)"},
    {"cli.option.threshold_to_date",
     "De grens van de eerste schijf (vanaf 2020) tegenover de loonsom tot nu toe: 'prorated' (naar rato van de "
     "tijdvakken tot nu toe, standaard) of 'whole' (de hele grens)",
     "The bracket threshold (2020 on) against the wage bill so far: prorated to the periods so far (the default) or "
     "whole"},
    // wage-bill (group_commands.cpp).
    {"cli.option.employees",
     "CSV met de loonadministratie van één werkgever, kolommen 'employee', 'fiscal_wage' en 'former' (kolom 14 van "
     "de loonstaat; 'former': 'yes' voor loon uit vroegere dienstbetrekking) (verplicht, of --members)",
     "CSV of one employer's payroll: employee,fiscal_wage,former (column 14 of the payroll record; former: yes for "
     "wage from former employment) (required, or --members)"},
    {"cli.option.payroll_members",
     "CSV met de leden van een concern, kolommen 'name', 'employees' en eventueel 'whole_year'; 'employees' is het "
     "pad van de CSV met de loonadministratie van het lid (ten opzichte van dit bestand)",
     "CSV of a group's members: name,employees[,whole_year], employees the path of the member's payroll CSV "
     "(relative to this file)"},
    {"cli.option.former_wage_test",
     "Met --members: de 10%-toets op de totalen van het concern ('group', standaard) of op die van elk lid "
     "afzonderlijk ('member')",
     "With --members: the 10% test on the group's totals (the default) or on each member's own"},
    // report (report_command.cpp).
    {"cli.option.report.items",
     "CSV met de vergoedingen en verstrekkingen van het jaar, kolommen 'employee', 'category', 'amount', "
     "'quantity' … (verplicht)",
     "CSV of the year's items: employee,category,amount,quantity[,…] (required)"},
    {"cli.option.report.wage_bill",
     "Fiscale loonsom in euro's (of --periods); herhaal hem voor de leden van een concernregeling die het hele jaar "
     "in het concern zaten",
     "Fiscal wage bill in euros (or --periods); repeat it for the members of a group scheme that were all in the "
     "group the whole year"},
    {"cli.option.report.periods",
     "CSV met de aangiftetijdvakken zoals wkr ledger die leest (of --wage-bill), kolommen 'period', 'wage_bill', "
     "'designated' en eventueel 'levy_paid'; de kolom 'designated' moet optellen tot het totaal aangewezen loon van "
     "de vergoedingen en verstrekkingen",
     "CSV of the return periods as wkr ledger reads it (or --wage-bill): period,wage_bill,designated[,levy_paid]; "
     "its designated column must add up to the items' designated total"},
    {"cli.option.report.four_weekly",
     "Met --periods: dertien aangiftetijdvakken van vier weken in plaats van twaalf maanden",
     "With --periods: thirteen four-weekly return periods instead of twelve months"},
    {"cli.option.report.strategy", "Met --periods: wanneer de eindheffing wordt aangegeven (zie wkr ledger --help)",
     "With --periods: when the final levy is declared (see wkr ledger --help)"},
    {"cli.option.report.intern", "Een stagiair: geen doelmatigheidsgrens bij de gebruikelijkheidstoets; herhaalbaar",
     "An intern: no safe harbour of the customary test; repeatable"},
    {"cli.option.report.below_minimum_wage",
     "Een werknemer met minder dan het wettelijk minimumloon: geen doelmatigheidsgrens; herhaalbaar",
     "An employee paid below the statutory minimum wage: no safe harbour; repeatable"},
    // budget, levy-or-wage and scenario (policy_commands.cpp).
    {"cli.option.budget", "Het budget in euro's, voor het jaar (of een maand met --budget-period month) (verplicht)",
     "The budget in euros, for the year (or a month with --budget-period month) (required)"},
    {"cli.option.budget_period", "Waarvoor het budget is: 'year' (een jaar, standaard) of 'month' (een maand, × 12)",
     "What the budget is for: year (the default) or month (× 12)"},
    {"cli.option.office_days", "Dagen per week op kantoor (0 tot en met 7)", "Days a week at the office (0 to 7)"},
    {"cli.option.home_days", "Dagen per week thuis (0 tot en met 7)", "Days a week at home (0 to 7)"},
    {"cli.option.coworking_days", "Dagen per week op een co-workingplek (0 tot en met 7)",
     "Days a week at a co-working space (0 to 7)"},
    {"cli.option.budget.km_one_way", "Enkele afstand van huis naar kantoor in km (verplicht met kantoordagen)",
     "Distance from home to the office, one way, in km (required with office days)"},
    {"cli.option.mode", "Hoe de werknemer reist (verplicht)", "How the employee travels (required)"},
    {"cli.option.fare_per_day",
     "Openbaar vervoer: een retourkaartje naar kantoor, in euro's (vrijgesteld tegen de werkelijke kosten; anders "
     "per km)",
     "Public transport: a return ticket to the office, in euros (exempt at actual cost; else by the km)"},
    {"cli.option.coworking_km_one_way", "Enkele afstand naar de co-workingplek (nodig met co-workingdagen)",
     "Distance to the co-working space, one way (needed with co-working days)"},
    {"cli.option.coworking_fare_per_day", "Openbaar vervoer: een retourkaartje naar de co-workingplek",
     "Public transport: a return ticket to the co-working space"},
    {"cli.option.coworking_cost", "De eigen co-workingplek van de werknemer voor het jaar (geen vrijstelling)",
     "The employee's own co-working space for the year (no exemption)"},
    {"cli.option.internet_necessary", "Internet is noodzakelijk voor het werk (noodzakelijkheidscriterium)",
     "Internet is necessary for the work (noodzakelijkheidscriterium)"},
    {"cli.option.internet_per_month", "Het internetdeel van het abonnement van de werknemer, per maand",
     "The internet component of the employee's subscription, a month"},
    {"cli.option.arbo_cost", "Arbovoorzieningen die de Arbowet voorschrijft, voor het jaar",
     "Arbo provisions the Arbowet requires, for the year"},
    {"cli.option.marginal_rate",
     "Het marginale tarief van de werknemer, bijvoorbeeld 0.3756 (wkr berekent geen inkomstenbelasting); zonder dit "
     "tarief geen route via het loon",
     "The employee's marginal rate, e.g. 0.3756 (wkr does not compute income tax); without it no wage route"},
    {"cli.option.free_space_left",
     "De resterende vrije ruimte van de werkgever voor wat voor deze werknemer wordt "
     "aangewezen",
     "The employer's free space left for this employee's designations"},
    {"cli.option.rest",
     "Het deel van het budget dat de kosten niet nodig hebben: 'pay-out' (uitbetalen, standaard) of 'keep' "
     "(laten staan)",
     "The part of the budget the costs do not need: pay-out (the default) or keep (left over)"},
    {"cli.option.levy_or_wage.wage_bill", "Fiscale loonsom in euro's (verplicht; herhaal voor een concernregeling)",
     "Fiscal wage bill in euros (required; repeat for a group scheme)"},
    {"cli.option.levy_or_wage.items", "CSV met de vergoedingen en verstrekkingen, zoals voor wkr evaluate (verplicht)",
     "CSV of the items, as for wkr evaluate (required)"},
    {"cli.option.rates",
     "CSV met de kolommen 'employee' en 'marginal_rate': elke werknemer met iets om aan te wijzen (verplicht)",
     "CSV employee,marginal_rate: every employee with something to designate (required)"},
    {"cli.option.designated_elsewhere", "Elders aangewezen: dat gaat eerst van de vrije ruimte af",
     "Designated elsewhere: it takes the free space first"},
    {"cli.option.policy", "Een beleidsbestand (YAML, docs/policy.md); herhaal voor elk beleid (verplicht)",
     "A policy file (YAML, docs/policy.md); repeat for each policy (required)"},
    {"cli.option.population", "CSV met de werknemers (docs/policy.md) (verplicht)",
     "CSV of the employees (docs/policy.md) (required)"},
    {"cli.option.scenario.wage_bill",
     "De fiscale loonsom van de werkgever (standaard: de som van de fiscale lonen van de werknemers)",
     "The employer's fiscal wage bill (default: the sum of the population's fiscal wages)"},
    {"cli.option.trace_employee", "De werknemer bij wiens bedragen elke toegepaste regel wordt bewaard",
     "The employee whose figures carry their full rule trail"},
    {"cli.option.scenario.employees", "Met --json: ook de bedragen van elke werknemer",
     "With --json: every employee's figures too"},
});

/// The Dutch meaning of each item category (`wkr evaluate --help`); the English is the library's own
/// (CategoryInfo::meaning, items.hpp). The Dutch leaves out the figures the English gives: they are the
/// tables'.
struct DutchMeaning {
  std::string_view category;
  const char* nl;
};
constexpr auto dutch_meanings = std::to_array<DutchMeaning>({
    {"home_working", "thuiswerkvergoeding; 'quantity' = thuiswerkdagen"},
    {"commute_km", "reiskostenvergoeding woon-werk per km; 'quantity' = gereisde km"},
    {"business_km", "zakelijke reizen per km; 'quantity' = gereisde km"},
    {"public_transport",
     "openbaar vervoer; 'quantity' = de werkelijke kosten (leeg: het bedrag is de werkelijke kosten)"},
    {"internet_necessary",
     "internetdeel, noodzakelijk voor het werk; 'quantity' = de eigen bijdrage van de werknemer (leeg: geen; de kolom "
     "'own_contribution' zegt hetzelfde)"},
    {"internet_other", "internet dat niet noodzakelijk is, tv of een vaste telefoonlijn: niet vrijgesteld"},
    {"arbo",
     "arbovoorziening die de Arbowet voorschrijft, zonder eigen bijdrage; 'quantity' = de kosten van de voorgeschreven "
     "uitvoering (leeg: het hele bedrag)"},
    {"flex_workplace", "een flexwerkplek die de werkgever ter beschikking stelt: nihilwaardering"},
    {"coworking", "het eigen co-workingabonnement van de werknemer, vergoed: niet vrijgesteld"},
    {"free_space", "geschenken, feesten en andere posten zonder vrijstelling: aangewezen"},
    {"intermediary", "intermediaire kosten: geen loon"},
    {"always_wage", "altijd loon van de werknemer"},
    {"company_car", "privégebruik van een auto van de zaak: altijd loon"},
    {"housing", "een dienstwoning: altijd loon"},
    {"fine", "boetes: altijd loon"},
    {"company_bicycle",
     "fiets van de zaak (de bijtelling voor privégebruik): aangewezen, of loon als de werkgever die als loon "
     "behandelt"},
    {"stay_costs",
     "tijdelijk verblijf op zakenreizen (verblijfskosten: maaltijden, logies, kleine uitgaven): vrijgesteld; "
     "'quantity' = de werkelijke kosten (leeg: het bedrag is de werkelijke kosten)"},
    {"course",
     "cursussen, studie, congressen en vakliteratuur voor het werk: vrijgesteld; 'quantity' = de werkelijke kosten "
     "(leeg: het bedrag is de werkelijke kosten)"},
    {"vog",
     "een verklaring omtrent het gedrag (VOG): vrijgesteld vanaf 2020, daarvoor aangewezen; 'quantity' = de "
     "werkelijke kosten (leeg: het bedrag is de werkelijke kosten)"},
    {"outplacement",
     "outplacement: vrijgesteld; 'quantity' = de werkelijke kosten (leeg: het bedrag is de werkelijke kosten)"},
    {"moving_costs",
     "verhuizing voor het werk, de vergoeding naast het overbrengen van de inboedel: vrijgesteld tot het maximum per "
     "werknemer per jaar"},
    {"moving_goods",
     "verhuizing voor het werk, de kosten van het overbrengen van de inboedel: vrijgesteld; 'quantity' = de werkelijke "
     "kosten (leeg: het bedrag is de werkelijke kosten)"},
    {"staff_discount",
     "korting op eigen (niet branchevreemde) producten van de werkgever: vrijgesteld tot de maxima van de "
     "personeelskortingsregeling; 'amount' = de korting, 'quantity' = de waarde van de producten"},
    {"work_clothing",
     "werkkleding die ter beschikking wordt gesteld (de werkgever blijft eigenaar) en op het werk wordt gedragen en "
     "uitsluitend of nagenoeg uitsluitend geschikt is om in te werken, of met logo's van de voorgeschreven "
     "oppervlakte, of die op de werkplek blijft: nihilwaardering"},
    {"clothing_other", "andere kleding, of kleding die aan de werknemer wordt vergoed of gegeven: aangewezen"},
    {"workplace_drinks", "consumpties (geen maaltijd) op de werkplek: nihilwaardering"},
    {"workplace_meal",
     "maaltijden op de werkplek (kantine): gewaardeerd tegen het normbedrag per maaltijd, min de eigen bijdrage; "
     "'amount' = wat de maaltijden kosten, 'quantity' = het aantal maaltijden"},
    {"business_meal",
     "maaltijden met een meer dan bijkomstig zakelijk karakter (zakenreis, overwerk, met een klant): vrijgesteld; "
     "'quantity' = de werkelijke kosten (leeg: het bedrag is de werkelijke kosten)"},
    {"public_transport_pass",
     "een ov-abonnement dat ook voor zakelijke reizen wordt gebruikt: vanaf 2024 helemaal vrijgesteld; vóór 2024 tot "
     "de kosten van de zakelijke reizen die ermee zijn gemaakt, de kolom 'quantity' (dan verplicht)"},
    {"necessary_equipment",
     "gereedschap, computers, telefoons en dergelijke die noodzakelijk zijn voor het werk, terug te geven of te "
     "betalen tegen de restwaarde als ze niet meer noodzakelijk zijn: vrijgesteld"},
    {"equipment_other",
     "gereedschap, computers, telefoons en dergelijke die niet noodzakelijk zijn voor het werk: aangewezen"},
});

/// "category_meaning.NAME" for each category of item_categories(), with its Dutch; a category without
/// Dutch keeps its English, which the tell-tale scan of tests/unit/dutch_text_test.cpp then finds.
std::span<const Sentence> category_sentences() {
  static const std::vector<std::string> keys = [] {
    std::vector<std::string> out;
    for (const CategoryInfo& c : item_categories()) out.push_back("category_meaning." + std::string(c.name));
    return out;
  }();
  static const std::vector<Sentence> sentences = [] {
    std::vector<Sentence> out;
    for (std::size_t i = 0; i < item_categories().size(); ++i) {
      const CategoryInfo& c = item_categories()[i];
      const auto* dutch = std::find_if(dutch_meanings.begin(), dutch_meanings.end(),
                                       [&](const DutchMeaning& m) { return m.category == c.name; });
      // The meanings are string literals: data() ends in '\0'.
      const char* english = c.meaning.data();
      out.push_back({keys[i].c_str(), dutch == dutch_meanings.end() ? english : dutch->nl, english});
    }
    return out;
  }();
  return sentences;
}

}  // namespace

std::span<const Sentence> help_messages() { return help_sentences; }
std::span<const Sentence> category_meanings() { return category_sentences(); }

}  // namespace wkr
