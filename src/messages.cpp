// The error messages of wkr in Dutch and English: the "error.*" part of the catalogue of
// wkr/phrase.hpp, thrown as Error(code, say("error.KEY", args…)). Each says what was wrong, where,
// and what would be right. {0}, {1} … are the arguments.
#include <array>

#include "catalogue.hpp"

namespace wkr {

namespace {

constexpr auto messages = std::to_array<Sentence>({
    {"error.negative_amount", "{0} is {1}; dat kan niet negatief zijn (geef 0 of meer)",
     "{0} is {1}; it cannot be negative (give 0 or more)"},
    {"what.the distance one way", "de enkele reisafstand", "the distance one way"},
    {"what.the designated total", "het aangewezen totaal", "the designated total"},
    {"what.the own contribution", "de eigen bijdrage", "the own contribution"},
    {"what.the amount", "het bedrag", "the amount"},
    {"what.the value", "de waarde", "the value"},
    {"what.the amount of", "het bedrag van {0}", "the amount of {0}"},
    {"what.the gross-up of", "de brutering van {0}", "the gross-up of {0}"},
    {"what.the wage bill", "de loonsom", "the wage bill"},
    {"what.the number of home-working days", "het aantal thuiswerkdagen", "the number of home-working days"},
    {"what.the number of commuting days", "het aantal reisdagen woon-werk", "the number of commuting days"},
    {"what.the amount paid", "het betaalde bedrag", "the amount paid"},
    {"what.the value of the products", "de waarde van de producten", "the value of the products"},
    {"what.the number of travel weeks", "het aantal reisweken", "the number of travel weeks"},
    {"what.the number of travel days", "het aantal reisdagen", "the number of travel days"},
    {"what.the number of meals", "het aantal maaltijden", "the number of meals"},
    {"what.the number of kilometres", "het aantal kilometers", "the number of kilometres"},
    {"what.the moving allowance", "de verhuiskostenvergoeding", "the moving allowance"},
    {"what.the landline reimbursement", "de vergoeding voor de vaste telefoon", "the landline reimbursement"},
    {"what.the internet reimbursement", "de internetvergoeding", "the internet reimbursement"},
    {"what.the intermediary costs", "de intermediaire kosten", "the intermediary costs"},
    {"what.the home-working allowance paid", "de betaalde thuiswerkvergoeding", "the home-working allowance paid"},
    {"what.the distance to the co-working space", "de afstand tot de co-workingplek",
     "the distance to the co-working space"},
    {"what.the discount", "de korting", "the discount"},
    {"what.the cost of the required version", "de kosten van de verplichte uitvoering",
     "the cost of the required version"},
    {"what.the cost of the meals", "de kosten van de maaltijden", "the cost of the meals"},
    {"what.the cost of the business trips", "de kosten van de zakelijke reizen", "the cost of the business trips"},
    {"what.the commuting allowance paid", "de betaalde reiskostenvergoeding woon-werk", "the commuting allowance paid"},
    {"what.the amount to distribute", "het te verdelen bedrag", "the amount to distribute"},
    {"what.the amount of the public-transport pass", "het bedrag van het ov-abonnement",
     "the amount of the public-transport pass"},
    {"what.the amount of the equipment", "het bedrag van het gereedschap, de computer of de telefoon",
     "the amount of the equipment"},
    {"what.the amount of the arbo provision", "het bedrag van de arbovoorziening", "the amount of the arbo provision"},
    {"what.the actual cost of public transport", "de werkelijke kosten van het openbaar vervoer",
     "the actual cost of public transport"},
    {"what.the actual cost", "de werkelijke kosten", "the actual cost"},
    {"what.the actual commuting kilometres", "de werkelijk gereden woon-werkkilometers",
     "the actual commuting kilometres"},
    {"what.the TV reimbursement", "de tv-vergoeding", "the TV reimbursement"},
    {"error.allocation_key.unknown",
     "onbekende verdeelsleutel '{0}'; de sleutels zijn 'designated', 'wage-bill', 'own'",
     "unknown allocation key '{0}'; the keys are designated, wage-bill, own"},
    {"error.group.no_members", "een concernregeling heeft ten minste één lid nodig",
     "a group scheme needs at least one member"},
    {"error.group.same_name",
     "twee leden heten '{0}'; het aangevende lid en de aandelen in de eindheffing worden per lid genoemd, dus elk lid "
     "heeft een eigen naam nodig",
     "two members are named '{0}'; the filing member and the shares of the levy are named by member, so each member "
     "needs a name of its own"},
    {"error.group.none_whole_year",
     "geen lid hoorde het hele jaar {0} tot het concern, dus dat jaar is er geen concernregeling (art. 32 Wet LB "
     "1964); elke werkgever rekent zijn eigen vrije ruimte af",
     "no member belonged to the group for the whole of {0}, so there is no group scheme that year (art. 32 Wet LB "
     "1964); each employer settles its own free space"},
    {"error.group.part_year_needs_designated",
     "{0} hoorde niet het hele jaar tot het concern, dus het rekent zijn eigen vrije ruimte af en heeft een eigen "
     "aangewezen bedrag nodig",
     "{0} was not in the group for the whole year, so it settles its own free space and needs its own designated "
     "amount"},
    {"error.group.designated_twice",
     "zowel een aangewezen totaal als een aangewezen bedrag van {0} is opgegeven; geef de aangewezen bedragen per lid "
     "of één totaal voor het concern",
     "both a designated total and a designated amount of {0} were given; give the designated amounts per member or one "
     "total for the group"},
    {"error.group.designated_key_needs_members",
     "de eindheffing kan niet naar de aangewezen bedragen worden verdeeld als alleen het totaal van het concern is "
     "opgegeven; geef het aangewezen bedrag van elk lid, of kies de verdeelsleutel 'wage-bill' of 'own'",
     "the levy cannot be shared in proportion to designated amounts when only the group's total is given; give each "
     "member's designated amount, or choose the allocation key wage-bill or own"},
    {"error.group.designated_missing",
     "geen aangewezen bedrag voor {0}; geef het aangewezen bedrag van elk lid, of één totaal voor het concern",
     "no designated amount for {0}; give every member's designated amount, or one total for the group"},
    {"error.group.filer_part_year",
     "het aangevende lid {0} hoorde niet het hele jaar tot het concern; alleen een lid van de concernregeling doet "
     "aangifte van de eindheffing",
     "the filing member {0} was not in the group for the whole year; only a member of the group scheme files its levy"},
    {"error.group.filer_unknown", "het aangevende lid '{0}' is geen lid; de leden van de concernregeling zijn {1}",
     "the filing member '{0}' is not a member; the members of the group scheme are {1}"},
    {"error.group.weight_part_year",
     "{0} hoorde niet het hele jaar tot het concern: het betaalt zijn eigen eindheffing en heeft geen gewicht in de "
     "sleutel van het concern",
     "{0} was not in the group for the whole year: it pays its own levy and has no weight in the group's key"},
    {"error.group.weight_missing",
     "geen gewicht in de verdeelsleutel voor {0}; de eigen sleutel van het concern heeft voor elk lid een gewicht "
     "nodig",
     "no allocation weight for {0}; the group's own key needs a weight for every member"},
    {"error.group.weight_unused",
     "een gewicht in de verdeelsleutel voor {0} wordt alleen gelezen met de verdeelsleutel 'own', niet met '{1}'",
     "an allocation weight for {0} is read only with the allocation key own, not {1}"},
    {"error.group.key_zero",
     "de verdeelsleutel {0} telt op tot 0, dus de eindheffing van {1} kan er niet mee worden verdeeld; kies een andere "
     "sleutel",
     "the allocation key {0} adds up to 0, so the levy of {1} cannot be shared by it; choose another key"},
    {"error.group.levy_cents", "de eindheffing {0} is niet in hele centen; zij kan niet in centen worden verdeeld",
     "the levy {0} is not in whole cents; it cannot be shared in cents"},
    {"error.free_space.no_wage_bill", "een vrije ruimte heeft ten minste één loonsom nodig",
     "a free space needs at least one wage bill"},
    {"error.group.member_part_year",
     "{0} hoorde niet het hele jaar {1} tot het concern; een lid dat in de loop van het jaar toetreedt of uittreedt, "
     "valt buiten de concernregeling en rekent zijn eigen vrije ruimte af (art. 32 Wet LB 1964)",
     "{0} did not belong to the group for the whole of {1}; a member that joins or leaves during the year is outside "
     "the group scheme and settles its own free space (art. 32 Wet LB 1964)"},
    {"error.year.not_covered", "de tabellen hebben geen waarden voor het jaar {0}: zij dekken {1}–{2}",
     "the tables have no values for the year {0}: they cover {1}–{2}"},
    {"error.parameter.year_not_covered", "de tabellen hebben geen waarde van {0} voor het jaar {1}: zij dekken {2}",
     "the tables have no value of {0} for the year {1}: they cover {2}"},
    {"error.parameter.changes_within_year", "{0} verandert in {1} (op {2}); vraag naar een datum, niet naar een jaar",
     "{0} changes within {1} (on {2}); ask for a date, not a year"},
    {"error.parameter.not_covered", "de tabellen hebben geen waarde van {0} voor {1}",
     "the tables have no value of {0} for {1}"},
    {"error.ledger.period", "tijdvak {0}", "period {0}"},
    {"error.ledger.periods", "tijdvakken {0} en {1}", "periods {0} and {1}"},
    {"error.ledger.strategy", "'{0}' is geen werkwijze; verwacht 'after-year' of 'as-you-go'",
     "'{0}' is not a strategy; expected after-year or as-you-go"},
    {"error.ledger.basis", "'{0}' is geen maatstaf; verwacht 'actual' of 'estimate'",
     "'{0}' is not a basis; expected actual or estimate"},
    {"error.ledger.threshold", "'{0}' is geen drempel tot nu toe; verwacht 'prorated' of 'whole'",
     "'{0}' is not a threshold to date; expected prorated or whole"},
    {"error.ledger.all_in",
     "tijdvak {0} opgegeven, maar alle {1} tijdvakken van {2} zijn binnen; sluit het grootboek af voor de "
     "jaarafrekening",
     "period {0} given, but all {1} periods of {2} are in; close the ledger for the year-end"},
    {"error.ledger.out_of_order",
     "tijdvak {0} opgegeven waar tijdvak {1} de volgende is; geef de tijdvakken 1–{2} op volgorde, elk één keer",
     "period {0} given where period {1} is next; add the periods 1–{2} in order, each once"},
    {"error.ledger.wage_bill_twice",
     "tijdvak {0}: de loonsom is zowel als totaal ({1}) als per lid opgegeven; geef er één",
     "period {0}: the wage bill is given both as a total ({1}) and by member; give one of them"},
    {"error.ledger.levy_paid_cents",
     "de betaalde eindheffing in tijdvak {0} is {1}; de aangifte neemt de eindheffing in hele euro's (collectieve "
     "bedragen), bijvoorbeeld {2}",
     "the levy paid in period {0} is {1}; the return takes the final levy in whole euros (collective amounts), e.g. "
     "{2}"},
    {"error.ledger.estimate_missing",
     "tijdvak {0}: de maatstaf estimate meet het aangewezen loon af aan de vrije ruimte over een schatting van de "
     "jaarloonsom; geef de schatting vanaf tijdvak 1 (zij blijft gelden tot er een andere wordt opgegeven)",
     "period {0}: the estimate basis measures the designated wage against the free space on an estimate of the year's "
     "wage bill; give the estimate from period 1 on (it stays in force until another is given)"},
    {"error.ledger.incomplete",
     "het grootboek van {0} heeft {1} van zijn {2} tijdvakken; voeg {3} toe vóór de jaarafrekening",
     "the ledger of {0} has {1} of its {2} periods; add {3} before the year-end"},
    {"error.ledger.outside_monthly", "tijdvak {0} ligt buiten 1–{1} (maandaangiften)",
     "period {0} is outside 1–{1} (monthly returns)"},
    {"error.ledger.outside_four_weekly", "tijdvak {0} ligt buiten 1–{1} (vierwekenaangiften)",
     "period {0} is outside 1–{1} (four-weekly returns)"},
    {"error.ledger.repeated", "{0} is meer dan eens opgegeven; elk tijdvak komt één keer voor",
     "{0} is given more than once; every period appears once"},
    {"error.ledger.missing", "{0} van {1} ontbreekt; een jaar heeft {2} tijdvakken, elk één keer opgegeven",
     "{0} of {1} is missing; a year has {2} periods, each given once"},
    {"error.wage_bill.method", "onbekende methode '{0}' van het 10%-criterium; de methoden zijn 'group', 'member'",
     "unknown method '{0}' of the 10% test; the methods are group, member"},
    {"error.wage_bill.same_name", "twee leden heten '{0}'; elk lid heeft een eigen naam nodig",
     "two members are named '{0}'; each member needs a name of its own"},
    {"error.wage_bill.none_whole_year",
     "geen lid hoorde het hele jaar {0} tot het concern, dus dat jaar is er geen concernregeling (art. 32 Wet LB 1964)",
     "no member belonged to the group for the whole of {0}, so there is no group scheme that year (art. 32 Wet LB "
     "1964)"},
    {"error.ledger.repeated_many", "{0} zijn meer dan eens opgegeven; elk tijdvak komt één keer voor",
     "{0} are given more than once; every period appears once"},
    {"error.ledger.missing_many", "{0} van {1} ontbreken; een jaar heeft {2} tijdvakken, elk één keer opgegeven",
     "{0} of {1} are missing; a year has {2} periods, each given once"},
    {"error.wage_bill.no_members", "een concern heeft ten minste één lid nodig", "a group needs at least one member"},
    {"error.excess_treatment", "'{0}' is geen behandeling van een overschrijding; verwacht 'designate' of 'wage'",
     "'{0}' is not a treatment of an excess; expected designate or wage"},
    {"error.day_rounding", "'{0}' is geen afronding van dagen; verwacht 'exact' of 'up'",
     "'{0}' is not a day rounding; expected exact or up"},
    {"error.days.whole", "{0} is {1}; geef een heel getal (een deel van een dag telt als een dag)",
     "{0} is {1}; give a whole number (a partial day counts as a day)"},
    {"error.days.in_year", "{0} is {1}; {2} heeft {3} dagen", "{0} is {1}; {2} has {3} days"},
    {"error.commuting.office_days_above",
     "de kantoordagen per week ({0}) kunnen niet meer zijn dan de werkdagen per week ({1})",
     "the office days a week ({0}) cannot be more than the working days a week ({1})"},
    {"error.commuting.office_days_none",
     "de kantoordagen per week zijn {0}; een vaste reiskostenvergoeding vraagt 1 tot {1} reisdagen per week naar de "
     "vaste werkplek (0 alleen onder de coronagoedkeuring, voor een vergoeding die daarvóór al gold, in de jaren dat "
     "de goedkeuring gold)",
     "the office days a week are {0}; a fixed travel allowance needs 1 to {1} days a week of travel to the fixed "
     "workplace (0 only under the corona approval, for an allowance in place before it, in the years the approval "
     "applied)"},
    {"error.commuting.corona_not_in_force",
     "de coronagoedkeuring voor een vaste reiskostenvergoeding geldt niet in {0}: {1}; laat haar weg en baseer de "
     "vergoeding op de gereisde dagen",
     "the corona approval for a fixed travel allowance does not apply in {0}: {1}; leave it out and base the allowance "
     "on the days travelled"},
    {"error.commuting.actual_km_unused",
     "werkelijke kilometers zijn voor de nacalculatie, die alleen geldt als de enkele reis langer is dan de drempel of "
     "de vergoeding een schatting is; hier blijft de vaste vergoeding staan",
     "actual kilometres are for the year-end recalculation, which applies only when one way is more than the threshold "
     "or the allowance is an estimate; here the fixed allowance stands"},
    {"error.by_month.no_stretch", "een vaste vergoeding per maand heeft ten minste één reeks maanden nodig",
     "a fixed allowance month by month needs at least one stretch"},
    {"error.by_month.overlap",
     "reeksen {0} en {1} lopen allebei in maand {2}; elke maand heeft ten hoogste één patroon",
     "stretches {0} and {1} both run in month {2}; each month has at most one pattern"},
    {"error.by_month.no_month",
     "reeks {0} heeft een onbelast maximum van {1} maar geen maand waarin het is vrijgesteld",
     "stretch {0} has an exempt maximum of {1} but no month in which it is exempt"},
    {"error.by_month.paid_count",
     "de betaalde bedragen per maand zijn {0} bedragen; geef er 12, één voor elke maand (0 waar niets is betaald)",
     "the amounts paid per month are {0} amounts; give 12, one for each month (0 where nothing is paid)"},
    {"error.by_month.annual_inputs",
     "reeks {0} geeft werkelijke km of een betaald bedrag voor het jaar: de nacalculatie en de splitsing per jaar "
     "horen bij fixed_commute(); per maand geeft u de betaalde bedragen per maand",
     "stretch {0} gives actual km or an amount paid for the year: the year-end recalculation and the annual split are "
     "fixed_commute()'s; month by month, give the amounts paid per month"},
    {"error.budget.period", "'{0}' is geen budgetperiode; verwacht 'year' of 'month'",
     "'{0}' is not a budget period; expected year or month"},
    {"error.budget.rest", "'{0}' is geen regel voor de rest; verwacht 'pay-out' of 'keep'",
     "'{0}' is not a rule for the rest; expected pay-out or keep"},
    {"error.budget.coworking_km",
     "bij co-workingdagen is de afstand tot de co-workingplek nodig (coworking_km_one_way)",
     "with co-working days the distance to the co-working space is needed (coworking_km_one_way)"},
    {"error.budget.internet_cost",
     "internet is noodzakelijk maar de kosten zijn niet opgegeven; geef de internetkosten per maand",
     "internet is necessary but its cost is not given; give the internet cost a month"},
    {"error.travel_mode",
     "'{0}' is geen vervoerswijze; verwacht 'car', 'bike', 'public-transport' of 'company-bicycle'",
     "'{0}' is not a travel mode; expected car, bike, public-transport or company-bicycle"},
    {"error.whole_cents", "{0} is {1}; geef hele centen (ten hoogste twee decimalen)",
     "{0} is {1}; give whole cents (at most two decimals)"},
    {"error.scenario.no_policy", "een scenario vergelijkt ten minste één beleid",
     "a scenario compares at least one policy"},
    {"error.scenario.no_employees", "{0} heeft geen werknemers", "{0} has no employees"},
    {"error.scenario.wage_bill_twice", "een loonsom is opgegeven en {0} heeft fiscale lonen; geef één van de twee",
     "a wage bill is given and {0} has fiscal wages; give one of the two"},
    {"error.same_day.kind",
     "'{0}' is geen soort dag; verwacht 'home', 'office', 'home_and_office', 'business_trip' of 'absent'",
     "'{0}' is not a kind of day; expected home, office, home_and_office, business_trip or absent"},
    {"error.same_day.preference",
     "'{0}' is geen voorkeur voor dezelfde dag; verwacht 'most-exempt' (standaard), 'home-working' of 'commuting'",
     "'{0}' is not a same-day preference; expected most-exempt (the default), home-working or commuting"},
    {"error.pattern.months",
     "de vergoeding loopt van maand {0} tot maand {1}; geef maanden 1 tot 12 met de eerste niet na de laatste",
     "the allowance runs from month {0} to month {1}; give months 1 to 12 with the first not after the last"},
    {"error.absence.invalid_date", "een afwezigheid heeft een ongeldige datum", "an absence has an invalid date"},
    {"error.absence.back_before_start", "een afwezigheid vanaf {0} kan niet eindigen vóór het begin (terug {1})",
     "an absence starting {0} cannot end before it (back {1})"},
    {"error.public_transport_pass.quantity",
     "public_transport_pass in {0} heeft een hoeveelheid nodig: wat de zakelijke reizen met het abonnement "
     "(woon-werkverkeer inbegrepen) zouden hebben gekost — vóór 2024 is het abonnement alleen tot dat bedrag "
     "vrijgesteld",
     "public_transport_pass in {0} needs a quantity: what the business trips made with the pass (commuting included) "
     "would have cost — before 2024 the pass is exempt only up to that"},
    {"error.meals.below_value",
     "de {0} maaltijden kosten {1}, minder dan hun normbedrag {2} ({0} × {3}, {4}); geef als bedrag wat zij kosten als "
     "dat ten minste het normbedrag is, anders het normbedrag (een aantoonbaar lagere waarde in het economische "
     "verkeer hoort in free_space)",
     "the {0} meals cost {1}, less than their standard value {2} ({0} × {3}, {4}); give as the amount what they cost "
     "if that is at least their standard value, else the standard value (a demonstrably lower economic value goes in "
     "free_space instead)"},
    {"what.this item", "deze post", "this item"},
    {"what.the private use of a company car", "het privégebruik van een auto van de zaak",
     "the private use of a company car"},
    {"what.a company house", "een woning van de zaak", "a company house"},
    {"what.a fine", "een boete", "a fine"},
    {"what.what is designated elsewhere", "wat elders is aangewezen", "what is designated elsewhere"},
});

}  // namespace

std::span<const Sentence> error_messages() { return messages; }

}  // namespace wkr
