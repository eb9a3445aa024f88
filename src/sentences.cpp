// The sentences of explanations and the words of the renderings, in Dutch and English: the
// catalogue of wkr/phrase.hpp (the error messages are messages.cpp). Keys: "word.*" for the words
// of a rendering, the rule id and what for a sentence of a step. {0}, {1} … are the arguments.
#include <array>

#include "catalogue.hpp"

namespace wkr {

namespace {

constexpr auto explanation_table = std::to_array<Sentence>({
    // Words of the renderings.
    {"word.yes", "ja", "yes"},
    {"word.no", "nee", "no"},
    {"word.decimals", "{0} decimalen", "{0} decimals"},
    {"word.one_decimal", "{0} decimaal", "{0} decimal"},
    {"word.rounding.half-up", "rekenkundig", "half up"},
    {"word.rounding.half-even", "bankiersafronding", "half even"},
    {"word.rounding.floor", "naar beneden", "down (floor)"},
    {"word.rounding.ceiling", "naar boven", "up (ceiling)"},
    {"word.rounding.toward-zero", "afkappen", "toward zero"},
    {"word.confidence.official", "officieel", "official"},
    {"word.confidence.secondary", "secundaire bron", "secondary"},
    {"word.confidence.unconfirmed", "niet bevestigd", "unconfirmed"},
    {"word.legal_basis", "grondslag", "legal basis"},
    {"word.parameter", "parameter", "parameter"},
    {"word.effective", "geldig vanaf", "effective"},
    {"word.source", "bron", "source"},
    {"word.unconfirmed_note", "let op: niet bevestigd door een bron", "note: not confirmed by a source"},
    {"word.calculation", "berekening", "calculation"},
    {"word.rounding", "afronding", "rounding"},
    {"word.receipt", "Verantwoording", "Receipt"},
    {"word.tables", "tabellen", "tables"},
    {"word.override", "LET OP: {0} vanaf {1}: {2} (vervangt {3})", "NOTE: {0} from {1}: {2} (replaces {3})"},
    {"final_levy.due.formula", "tijdvak {0} van {1}", "period {0} of {1}"},
    {"group_scheme.members.in", "het hele jaar {0} in het concern: {1}", "in the group all of {0}: {1}"},
    {"group_scheme.members.out", "; erbuiten, elk met een eigen vrije ruimte: {0}",
     "; outside, each with its own free space: {0}"},
    {"group_scheme.filing_member.largest", "hoogste loonsom: {0} ({1})", "largest wage bill: {0} ({1})"},
    {"group_scheme.filing_member.equal", "; gelijk aan {0}: het eerstgenoemde", "; equal to {0}: the first listed"},
    {"group_scheme.filing_member.named", "; opgegeven: {0}", "; named: {0}"},
    {"final_levy.allocation.share", "{0} × {1} / {2}, naar beneden afgerond op centen",
     "{0} × {1} / {2}, rounded down to the cent"},
    {"final_levy.allocation.extra", ", + {0} (grootste rest)", ", + {0} (largest remainder)"},
    {"ledger.free_space_to_date.formula",
     "({0}) / {1} = de schijven met hun grenzen × {2}/{1} over de loonsom tot nu toe (voor een deel van het jaar is "
     "geen regel bekend; de voorzichtige keuze — de hele drempel geeft vroeg in het jaar meer vrije ruimte)",
     "({0}) / {1} = the brackets with their bounds × {2}/{1} on the wage bill so far (no rule is known for part of a "
     "year; the conservative choice — the whole threshold gives more free space early in the year)"},
    {"ledger.to_date.formula", "loonsom {0} + {1} = {2}; aangewezen {3} + {4} = {5}",
     "wage bill {0} + {1} = {2}; designated {3} + {4} = {5}"},
    {"ledger.excess_to_date.on_estimate",
     "{0} × max(0, {1} − {2}), tegen de vrije ruimte over de geschatte jaarloonsom (de keuze van de werkgever); vrije "
     "ruimte over {3}",
     "{0} × max(0, {1} − {2}), against the free space on the estimate of the year's wage bill (the employer's choice); "
     "free space left {3}"},
    {"ledger.excess_to_date.so_far",
     "{0} × max(0, {1} − {2}), tegen de vrije ruimte over de loonsom tot nu toe (de keuze van de werkgever); vrije "
     "ruimte over {3}",
     "{0} × max(0, {1} − {2}), against the free space on the wage bill so far (the employer's choice); free space left "
     "{3}"},
    {"ledger.levy_declared.after_year",
     "achteraf: de eindheffing over het jaar wordt aangegeven in een aangifte van het volgende jaar, niets in het jaar "
     "zelf",
     "after-year: the levy over the year is due in a return of the next year, none during the year"},
    {"ledger.levy_declared.as_you_go",
     "gaandeweg: max(0, {0} − {1}) = {2}: de hele euro's van de eindheffing tot nu toe, afgerond op het cumulatieve "
     "totaal, min wat eerder is aangegeven",
     "as-you-go: max(0, {0} − {1}) = {2}: the whole euros of the levy so far, rounded at the cumulative total, less "
     "what was declared before"},
    {"ledger.levy_declared.shrank",
     " (de overschrijding tot nu toe is kleiner geworden: in het jaar wordt niets teruggegeven, de correctie bij de "
     "jaarafrekening geeft het terug)",
     " (the excess so far shrank: nothing is declared back during the year, the year-end correction returns it)"},
    {"ledger.levy_declared.given", "; wat is aangegeven, zoals opgegeven: {0}", "; what was declared, as given: {0}"},
    {"ledger.correction.refund",
     "{0} − {1}: een teruggaaf: in het jaar is meer aangegeven dan verschuldigd is, verrekend in de aangifte over "
     "tijdvak {2} van {3} met de eindheffing over het jaar",
     "{0} − {1}: a refund: more was declared during the year than is due, settled in the return for period {2} of {3} "
     "with the levy over the year"},
    {"ledger.correction.nothing",
     "{0} − {1}: niets: de in het jaar aangegeven eindheffing is de verschuldigde eindheffing, verrekend in de "
     "aangifte over tijdvak {2} van {3} met de eindheffing over het jaar",
     "{0} − {1}: nothing: the levy declared during the year is the levy due, settled in the return for period {2} of "
     "{3} with the levy over the year"},
    {"ledger.correction.due",
     "{0} − {1}: nog verschuldigde eindheffing, verrekend in de aangifte over tijdvak {2} van {3} met de eindheffing "
     "over het jaar",
     "{0} − {1}: levy still due, settled in the return for period {2} of {3} with the levy over the year"},
    {"wage_bill.payroll.formula", "{0} regels van kolom 14: {1} tegenwoordig + {2} vroeger",
     "{0} rows of column 14: {1} current + {2} former"},
    {"home_working.daily_amount.in_force", "het onbelaste bedrag per thuiswerkdag (ook een deel van een dag)",
     "the exempt amount per home-working day (a part of a day included)"},
    {"home_working.daily_amount.none",
     "geen gerichte vrijstelling voor thuiswerken in {0} (die bestaat vanaf 1-1-2022, MvT Belastingplan 2022 §11): het "
     "vrijgestelde deel is {1}",
     "no targeted exemption for home working in {0} (it exists from 1-1-2022, MvT Belastingplan 2022 §11): the exempt "
     "part is {1}"},
    {"home_working.cap.formula", "{0} dagen × {1}", "{0} days × {1}"},
    {"home_working.cap.none", " (geen gerichte vrijstelling voor thuiswerken vóór 1-1-2022)",
     " (no targeted exemption for home working before 1-1-2022)"},
    {"allowance.cap_rounding.no_rule",
     "{0}; geen wettelijke afrondingsregel gevonden, zie de toelichting bij de parameter",
     "{0}; no statutory rule found, see the parameter's note"},
    {"allowance.split.designated",
     "vrijgesteld = min({0}, {1}); overschrijding = {0} − {2}, aangewezen in de vrije ruimte",
     "exempt = min({0}, {1}); excess = {0} − {2}, designated to the free space"},
    {"allowance.split.wage",
     "vrijgesteld = min({0}, {1}); overschrijding = {0} − {2}, belast als loon van de werknemer",
     "exempt = min({0}, {1}); excess = {0} − {2}, taxed as the employee's wage"},
    {"commuting.corona_approval.formula",
     "een vergoeding die sinds vóór de coronamaatregelen ongewijzigd doorloopt, voor een werknemer die thuiswerkt: zij "
     "houdt haar grondslag van vóór corona, k = de werkdagen per week = {0}, ongeacht de kantoordagen nu ({1}); de "
     "thuiswerkdagen tellen als reisdagen, dus daarom geen nacalculatie",
     "an allowance in place unchanged since before the corona measures, for an employee working at home: it keeps its "
     "pre-corona basis, k = the working days a week = {0}, whatever the office days now ({1}); the days worked at home "
     "count as travel days, so no recalculation on that account"},
    {"commuting.regime.pattern",
     "vanaf 2022 volgen de dagen het reispatroon: k = de kantoordagen per week = {0} (thuiswerkdagen tellen niet mee)",
     "from 2022 the days follow the travel pattern: k = the office days a week = {0} (home-working days do not count)"},
    {"commuting.regime.working_week",
     "2015–2021: 214 dagen voor de werkweek ongeacht de thuiswerkdagen, als {0} × {1} ≥ {2} × {3}: ja, k = de "
     "werkdagen per week = {4}",
     "2015–2021: 214 days for the working week whatever the home-working days, if {0} × {1} ≥ {2} × {3}: yes, k = the "
     "working days a week = {4}"},
    {"commuting.regime.office_days",
     "2015–2021: 214 dagen voor de werkweek ongeacht de thuiswerkdagen, als {0} × {1} ≥ {2} × {3}: nee, k = de "
     "kantoordagen per week = {4}",
     "2015–2021: 214 days for the working week whatever the home-working days, if {0} × {1} ≥ {2} × {3}: no, k = the "
     "office days a week = {4}"},
    {"commuting.recalculation.office_days",
     "de kantoordagen voldoen niet aan de 128-dagenregeling, dus de vergoeding is een schatting van de werkelijke "
     "reizen",
     "the office days do not meet the 128-day rule, so the allowance is an estimate of the actual travel"},
    {"commuting.recalculation.not_qualified",
     "noch aan de 128-dagenregeling noch aan de 36-wekenregeling is voldaan, dus de vergoeding is een schatting van de "
     "werkelijke reizen",
     "neither the 128-day nor the 36-week rule is met, so the allowance is an estimate of the actual travel"},
    {"commuting.recalculation.far", "de enkele reis is langer dan {0} km", "one way is more than {0} km"},
    {"commuting.recalculation.corona",
     "; onder de coronagoedkeuring mag de nacalculatie het reispatroon volgen waarop de vergoeding was gebaseerd (geef "
     "die km op als de werkelijke km)",
     "; under the corona approval the recalculation may keep to the travel pattern the allowance was based on (give "
     "those km as the actual km)"},
    {"commuting.recalculation.estimate", " (ook als de vergoeding een schatting is in plaats van de 128/36-regels)",
     " (also when the allowance is an estimate rather than the 128/36 rules)"},
    {"commuting.qualification.days_met", "{0} ≥ {1} dagen", "{0} ≥ {1} days"},
    {"commuting.qualification.days_short", "{0} < {1} dagen", "{0} < {1} days"},
    {"commuting.qualification.weeks_met", "{0} ≥ {1} weken", "{0} ≥ {1} weeks"},
    {"commuting.qualification.weeks_short", "{0} < {1} weken", "{0} < {1} weeks"},
    {"commuting.qualification.corona",
     "; onder de coronagoedkeuring tellen de thuiswerkdagen als reisdagen, dus aan de regels is voldaan",
     "; under the corona approval the days worked at home count as travel days, so the rules are met"},
    {"commuting.absence_cap.months_out", ": de maanden zonder vrijstelling gaan eraf",
     ": the months without exemption are taken out"},
    {"commuting.fixed_cap.formula", "{0} dagen × {1} km × 2 × {2}", "{0} days × {1} km × 2 × {2}"},
    {"commuting.recalculated_cap.formula",
     "{0} werkelijk gereden km × {1}: de vaste vergoeding wordt vergeleken met de werkelijk gereden kilometers × het "
     "tarief; het meerdere is niet vrijgesteld",
     "{0} km actually travelled × {1}: the fixed allowance is compared with the kilometres actually travelled × the "
     "rate; the surplus is not exempt"},
    {"travel.rate.formula", "het onbelaste bedrag per km voor eigen vervoer, fiets of te voet",
     "the exempt amount per km for own transport, bicycle or on foot"},
    {"commuting.cap.formula", "{0} km × 2 × {1} dagen", "{0} km × 2 × {1} days"},
    {"travel.km", "{0} km", "{0} km"},
    {"public_transport.cap.actual", "de werkelijke kosten van de vervoerbewijzen", "the actual cost of the tickets"},
    {"public_transport.cap.paid", "het betaalde bedrag is de werkelijke kosten van de vervoerbewijzen",
     "the amount paid is the actual cost of the tickets"},
    {"fixed_pattern.full_week", " ({0} dagen per week tellen als een volle week)",
     " ({0} days a week count as a full week)"},
    {"fixed_pattern.minimum_up", "; een minimum wordt naar boven afgerond, nooit in het voordeel van de werknemer",
     "; a minimum is rounded up, never in the employee's favour"},
    {"fixed_pattern.caller_rounds_up",
     "; naar boven afgerond op hele dagen, naar keuze van de gebruiker (--round-days up)",
     "; rounded up to whole days at the caller's choice (--round-days up)"},
    {"fixed_pattern.per_month",
     ": een vaste vergoeding wordt per maand betaald; het maximum per maand is het jaarmaximum over de maanden waarin "
     "zij loopt",
     ": a fixed allowance is paid per month; its exempt maximum per month is the annual maximum over the months it "
     "runs"},
    {"allowance.by_month.formula",
     "{0} over de maanden waarin het is vrijgesteld, in centen (grootste rest, vroegste maand eerst):",
     "{0} over the months it is exempt, in cents (largest remainder, earliest month first):"},
    {"customary_test.above",
     ": boven de veilige haven; beoordeel of de aangewezen posten gebruikelijk zijn (het deel dat meer dan 30% boven "
     "het gebruikelijke ligt, is loon van de werknemer)",
     ": above the safe harbour, review whether the designated items are customary (the part more than 30% above what "
     "is usual is the employee's wage)"},
    {"customary_test.within", ": binnen de veilige haven, geacht gebruikelijk te zijn",
     ": within the safe harbour, taken to be customary"},
    {"customary_test.intern", "een stagiair: geen veilige haven, de volledige gebruikelijkheidstoets geldt; {0}",
     "an intern (stagiair): no safe harbour, the full customary test applies; {0}"},
    {"customary_test.minimum_wage",
     "betaald onder het wettelijk minimumloon: geen veilige haven, de volledige gebruikelijkheidstoets geldt; {0}",
     "paid below the statutory minimum wage: no safe harbour, the full customary test applies; {0}"},
    {"customary_test.review",
     "{0} aangewezen: beoordeel of de aangewezen posten gebruikelijk zijn (het deel dat meer dan 30% boven het "
     "gebruikelijke ligt, is loon van de werknemer)",
     "{0} designated: review whether the designated items are customary (the part more than 30% above what is usual is "
     "the employee's wage)"},
    {"customary_test.nothing", "{0} aangewezen: niets te beoordelen", "{0} designated: nothing to review"},
    {"internet.necessary",
     "noodzakelijk voor het werk: het internetdeel is helemaal vrijgesteld, ongeacht het privégebruik (geen zakelijk "
     "deel sinds 2015)",
     "necessary for the job: the internet component is exempt in full, whatever the private use (no business share "
     "since 2015)"},
    {"internet.not_necessary", "niet noodzakelijk voor het werk: geen vrijstelling",
     "not necessary for the job: no exemption"},
    {"internet.contribution_allowed",
     "; de eigen bijdrage van {0} voor privégebruik staat de vrijstelling niet in de weg (vanaf 2021)",
     "; the own contribution of {0} for private use does not block the exemption (from 2021)"},
    {"internet.contribution_blocks", "; een eigen bijdrage van {0} blokkeert de vrijstelling vóór 2021",
     "; an own contribution of {0} blocks the exemption before 2021"},
    {"internet.other_not_exempt", ": alleen het internetdeel is vrijgesteld; tv en een vaste telefoon niet",
     ": only the internet component is exempt; TV and a fixed landline are not"},
    {"arbo.not_required", "niet verplicht op grond van de Arbowet: geen arbovrijstelling",
     "not required by the Arbowet: no arbo exemption"},
    {"arbo.contribution", "de werknemer betaalt {0} mee: geen arbovrijstelling",
     "the employee contributes {0}: no arbo exemption"},
    {"arbo.up_to_required", "vrijgesteld tot de kosten van de verplichte uitvoering: min({0}, {1})",
     "exempt up to the cost of the required version: min({0}, {1})"},
    {"arbo.exempt", "verplicht op grond van de Arbowet, geen eigen bijdrage: vrijgesteld",
     "required by the Arbowet, no own contribution: exempt"},
    {"meals.workplace_cost.formula",
     "{0} − {1} − {2}: de kosten boven de waarde en de bijdrage zijn geen loon (het normbedrag vervangt de kosten)",
     "{0} − {1} − {2}: the cost above the value and the contribution is not wage (the standard value replaces the "
     "cost)"},
    {"same_day.paid.both", "thuiswerken {0} en woon-werk {1} betaald", "home working {0} and commuting {1} paid"},
    {"same_day.paid.home_working", "thuiswerken {0} betaald", "home working {0} paid"},
    {"same_day.paid.commuting", "woon-werk {0} betaald", "commuting {0} paid"},
    {"same_day.preference.home_working", "de voorkeur van de werkgever: thuiswerken",
     "the employer's preference: home-working"},
    {"same_day.preference.commuting", "de voorkeur van de werkgever: woon-werkverkeer",
     "the employer's preference: commuting"},
    {"same_day.preference.costs", " ({0}: zo is {1} vrijgesteld; {2} naar thuiswerken zou {3} vrijstellen)",
     " ({0}: it exempts {1}; {2} to home working would exempt {3})"},
    {"same_day.both_paid",
     "beide vergoedingen worden betaald ({0}): de verdeling die het meeste van het betaalde vrijstelt, min({1}, {2} × "
     "{3}) + min({4}, {5} × {6}) = {7}; bij gelijkspel gaat het naar woon-werkverkeer",
     "both allowances are paid ({0}): the allocation that exempts the most of what was paid, min({1}, {2} × {3}) + "
     "min({4}, {5} × {6}) = {7}; a tie goes to commuting"},
    {"same_day.only_home_working_paid",
     "alleen de thuiswerkvergoeding wordt betaald ({0}), dus elke zulke dag gaat naar thuiswerken",
     "only the home-working allowance is paid ({0}), so every such day goes to home working"},
    {"same_day.only_commuting_paid",
     "alleen de reiskostenvergoeding wordt betaald ({0}), dus elke zulke dag gaat naar woon-werkverkeer",
     "only the commuting allowance is paid ({0}), so every such day goes to commuting"},
    {"same_day.none_paid",
     "geen vergoeding betaald: de grootste vrijstelling ({0} thuiswerken tegen {1} woon-werk per dag; bij gelijkspel "
     "woon-werkverkeer)",
     "no allowance paid: the larger exemption ({0} home working vs {1} commuting a day; a tie goes to commuting)"},
    {"same_day.choice.formula",
     "{0} dagen deels thuis en deels op kantoor: {1} naar thuiswerken, {2} naar woon-werkverkeer; {3}",
     "{0} days partly at home and partly at the office: {1} to home working, {2} to commuting; {3}"},
    {"moving_costs.cap.formula",
     "max(0, {0} − {1}): het maximum per werknemer per jaar, min wat de eerdere verhuisposten (moving_costs) van de "
     "werknemer gebruikten; naast de kosten van het overbrengen van de inboedel (moving_goods)",
     "max(0, {0} − {1}): the maximum per employee and year, less what the employee's earlier moving_costs items used; "
     "besides the cost of moving the household goods (moving_goods)"},
    {"staff_discount.per_product.formula", "{0} × {1}: ten hoogste 20% van de waarde van de producten",
     "{0} × {1}: at most 20% of the value of the products"},
    {"staff_discount.annual.formula",
     "min({0}, max(0, {1} − {2})): wat over is van het jaarmaximum na de eerdere kortingsposten (staff_discount) van "
     "de werknemer",
     "min({0}, max(0, {1} − {2})): what is left of the yearly maximum after the employee's earlier staff_discount "
     "items"},
    {"long_absence.back", "afwezig vanaf {0}, terug {1}", "absent from {0}, back {1}"},
    {"long_absence.not_back", "afwezig vanaf {0}, niet terug", "absent from {0}, not back"},
    {"long_absence.exempt_through", ": vrijgesteld tot en met {0}", ": exempt through {0}"},
    {"long_absence.not_exempt_month", ", niet vrijgesteld {0}", ", not exempt {0}"},
    {"long_absence.not_exempt_months", ", niet vrijgesteld {0} tot en met {1}", ", not exempt {0} to {1}"},
    {"long_absence.exempt_again", ", weer vrijgesteld vanaf {0}", ", exempt again from {0}"},
    {"long_absence.new_cause", "; een afwezigheid die doorloopt in een nieuw kalenderjaar is daar een nieuwe oorzaak",
     "; an absence that continues into a new calendar year is a new cause there"},
    {"stay_costs.condition",
     "de kosten van tijdelijk verblijf op een dienstreis (maaltijden, logies, kleine uitgaven): de werknemer werkt op "
     "wisselende plaatsen, of op één plaats op ten hoogste 20 dagen",
     "the costs of a temporary stay on a business trip (meals, lodging, small expenses): the employee works at "
     "changing places, or at one place on at most 20 days"},
    {"course.condition",
     "een cursus, studie, congres of vakliteratuur gericht op het inkomen uit werk van de werknemer",
     "a course, study, congress or professional literature aimed at the employee's income from work"},
    {"vog.condition", "de kosten van een verklaring omtrent het gedrag (VOG) voor de functie",
     "the cost of a certificate of conduct (verklaring omtrent het gedrag) for the job"},
    {"outplacement.condition",
     "outplacement: hulp bij ander werk; voor een oud-werknemer alleen zolang hij nog loon uit tegenwoordige "
     "dienstbetrekking heeft",
     "outplacement: help towards other work; for a former employee only while he still has wage from present "
     "employment"},
    {"moving_goods.condition", "verhuizing voor het werk: de kosten van het overbrengen van de inboedel",
     "moving for the job: the cost of moving the household goods"},
    {"business_meal.condition",
     "een maaltijd met een meer dan incidenteel zakelijk karakter (dienstreis, overwerk, met een klant)",
     "a meal with a more than incidental business character (business trip, overtime, with a client)"},
    {"cost_exemption.not_in_force", ": geen gerichte vrijstelling in dit jaar, dus niet vrijgesteld",
     ": no targeted exemption in this year, so not exempt"},
    {"cost_exemption.up_to_actual", ": vrijgesteld tot de werkelijke kosten", ": exempt up to the actual cost"},
    {"cost_exemption.amount_is_cost", ": het bedrag is de werkelijke kosten, vrijgesteld",
     ": the amount is the actual cost, exempt"},
    {"public_transport_pass.in_full",
     "(ook) gebruikt voor zakelijke reizen, woon-werkverkeer inbegrepen: helemaal vrijgesteld, ongeacht het "
     "privégebruik (vanaf 2024)",
     "used (also) for business trips, commuting included: exempt in full, whatever the private use (from 2024)"},
    {"public_transport_pass.business_part",
     "vrijgesteld tot de kosten van de zakelijke reizen ermee, woon-werkverkeer inbegrepen (vóór 2024)",
     "exempt up to the cost of the business trips made with it, commuting included (before 2024)"},
    {"equipment.contributed",
     "de werknemer heeft eraan meebetaald, dus het komt niet voor rekening van de werkgever: geen vrijstelling (een "
     "bijdrage mag alleen voor een duurdere uitvoering)",
     "the employee contributed towards it, so it is not at the employer's expense: no exemption (a contribution is "
     "allowed only for a more expensive version)"},
    {"equipment.necessary",
     "noodzakelijk voor het werk: vrijgesteld, op voorwaarde dat de werknemer het teruggeeft of de restwaarde betaalt "
     "als het niet meer noodzakelijk is — doet hij geen van beide, dan is de restwaarde zijn loon (of aangewezen)",
     "necessary for the job: exempt, on condition that the employee returns it, or pays its residual value, when it is "
     "no longer necessary — if he does neither, the residual value is then his wage (or designated)"},
    {"intermediary.formula",
     "vergoede kosten van de werkgever: geen loon, buiten de vrije ruimte; kosten die namens de werkgever zijn "
     "betaald, zijn geen loon",
     "reimbursed costs of the employer: not wage, outside the free space; costs paid on the employer's behalf are not "
     "wage"},
    {"own_contribution.blocks", "; voor deze categorie kan een bijdrage ook de vrijstelling in de weg staan",
     "; for this category a contribution can also stand in the way of its exemption"},
    {"clothing.work.formula",
     "werkkleding ter beschikking gesteld en op het werk gedragen — (vrijwel) alleen geschikt om in te werken, of met "
     "logo's van samen ten minste 70 cm² per kledingstuk, of op de werkplek achtergelaten: nihil gewaardeerd",
     "work clothing made available and worn at work — only or almost only suitable for work, or logos of at least 70 "
     "cm² per garment, or kept at the workplace: nil valued"},
    {"clothing.other.formula",
     "kleding die geen ter beschikking gestelde werkkleding is, of kleding die aan de werknemer is vergoed of gegeven: "
     "loon, niet vrijgesteld",
     "clothing that is not work clothing made available, or clothing reimbursed or given to the employee: wage, not "
     "exempt"},
    {"workplace.flex.formula",
     "door de werkgever op een werkplek ter beschikking gesteld: nihil gewaardeerd. Een werkplek is een plaats waar "
     "gewerkt wordt en de Arbowet geldt, niet de woning van de werknemer; dat een flexwerkplek van de werkgever "
     "daaronder valt, is afgeleid uit die definitie (niet bevestigd)",
     "provided by the employer at a workplace: nil valued. A workplace is a place used for work where the Arbowet "
     "applies, not the employee's home; applying it to an employer-provided flex workplace is an inference from that "
     "definition (unconfirmed)"},
    {"workplace.coworking.formula",
     "het eigen abonnement van de werknemer vergoed: niet vrijgesteld (geen gerichte vrijstelling of nihilwaardering "
     "gevonden voor het vergoeden van een eigen co-working-abonnement; niet bevestigd)",
     "the employee's own subscription reimbursed: not exempt (no targeted exemption or nil valuation found for "
     "reimbursing an employee's own co-working subscription; unconfirmed)"},
    {"free_space.designation.formula", "een post zonder gerichte vrijstelling of nihilwaardering: niet vrijgesteld",
     "an item without a targeted exemption or nil valuation: not exempt"},
    {"company_bicycle.designated", "bijtelling voor privégebruik: aangewezen", "private-use addition: designated"},
    {"company_bicycle.wage", "bijtelling voor privégebruik: loon van de werknemer, naar keuze van de werkgever",
     "private-use addition: the employee's wage, at the employer's choice"},
    {"meals.workplace_drinks.formula", "consumpties, geen maaltijd, op de werkplek verstrekt: nihil gewaardeerd",
     "drinks and snacks, not a meal, provided at the workplace: nil valued"},
    {"equipment.not_necessary.formula", "niet noodzakelijk voor het werk, dus niet vrijgesteld",
     "not necessary for the job, so not exempt"},
    {"internet.not_exempt.formula",
     "internet dat niet noodzakelijk is voor het werk, tv en een vaste telefoon zijn niet vrijgesteld",
     "internet that is not necessary for the job, TV and a fixed landline are not exempt"},
    {"budget.company_bicycle.formula",
     "{0} dagen per week op een fiets van de zaak: geen vrijstelling per km voor ritten op een fiets die de werkgever "
     "ter beschikking stelt",
     "{0} days a week on a company bicycle: no exemption by the km for trips on a bicycle the employer provides"},
    {"budget.coworking_travel.formula",
     "reizen naar de co-workingplek is vrijgesteld als woon-werkverkeer (per km of tegen de werkelijke kosten van het "
     "openbaar vervoer)",
     "travel to the co-working space is exempt like commuting (by the km or at the actual cost of public transport)"},
    {"budget.route.levy", "eindheffing: {0} per netto euro, ⌊{1} / {2}⌋ = {3} netto",
     "final levy: {0} a net euro, ⌊{1} / {2}⌋ = {3} net"},
    {"budget.route.wage", "; loon tegen {0}: ⌊{1} × {2}⌋ = {3} netto, {4} bruto",
     "; wage at {0}: ⌊{1} × {2}⌋ = {3} net, gross {4}"},
    {"budget.route.no_rate", "; geen marginaal tarief opgegeven, dus geen loonroute",
     "; no marginal rate given, so no wage route"},
    {"budget.route.wanted", "; ten hoogste de {0} die nog gevraagd is", "; at most the {0} still wanted"},
    {"budget.route.chosen", " → {0} (het grootste netto; bij gelijk netto de laagste kosten, dan de eindheffing)",
     " → {0} (the larger net; equal nets the lower cost, then the final levy)"},
    {"budget.the_rest", "de rest", "the rest"},
    {"route.none", "geen", "none"},
    {"route.final-levy", "eindheffing", "final levy"},
    {"route.wage", "loon", "wage"},
    {"category.home_working", "thuiswerken", "home working"},
    {"category.commuting", "woon-werkverkeer", "commuting"},
    {"category.internet", "internet", "internet"},
    {"category.arbo", "arbovoorzieningen", "arbo provisions"},
    {"category.coworking_travel", "reizen naar een co-workingplek", "travel to a co-working space"},
    {"category.coworking_space", "co-workingplek", "co-working space"},
    {"category.rest", "rest van het budget", "rest of the budget"},
    {"scenario.emissions.factors", "kg CO₂-eq per km: auto {0}, fiets {1}, openbaar vervoer {2} (statistiek, geen wet)",
     "kg CO₂-eq per km: car {0}, bicycle {1}, public transport {2} (a statistic, not law)"},
    {"scenario.emissions.unavailable",
     "de tabellen hebben geen emissiefactoren voor {0}: CO₂ is niet beschikbaar en de factor van een ander jaar wordt "
     "niet gebruikt",
     "the tables have no emission factors for {0}: CO₂ is not available and no other year's factor is used"},
    {"scenario.free_space.none",
     "geen loonsom opgegeven en geen fiscale lonen in {0}: geen vrije ruimte, alles wat is aangewezen valt erboven",
     "no wage bill given and no fiscal wages in {0}: no free space, everything designated is above it"},
    {"scenario.working_weeks.policy", "werkweken volgens het beleid (een aanname): {0}",
     "working weeks of the policy (an assumption): {0}"},
    {"scenario.working_weeks.law",
     "{0} / {1}: een aanname, de grondslag van de wet voor een vaste vergoeding, 214 dagen voor een 5-daagse werkweek "
     "(vakantie, gemiddeld verzuim en verlof meegerekend)",
     "{0} / {1}: an assumption, the law's basis for a fixed allowance, 214 days for a 5-day week (holidays, average "
     "sickness and leave allowed for)"},
    {"budget.company_bicycle.travel", "reizen op een fiets van de zaak: geen vrijstelling per km",
     "travel on a company bicycle: no exemption by the km"},
    {"levy_or_wage.employee.knapsack",
     "{0}: loonroute {1} / (1 − {2}) − {1} = {3} < {4} eindheffing boven de vrije ruimte: naar de verdeling "
     "(brutering: naar boven op centen)",
     "{0}: wage route {1} / (1 − {2}) − {1} = {3} < {4} levy above the free space: to the knapsack (gross-up rounded "
     "up to the cent)"},
    {"levy_or_wage.employee.designated",
     "{0}: loonroute {1} / (1 − {2}) − {1} = {3} ≥ {4} eindheffing boven de vrije ruimte: aangewezen (brutering: naar "
     "boven op centen)",
     "{0}: wage route {1} / (1 − {2}) − {1} = {3} ≥ {4} levy above the free space: designated (gross-up rounded up to "
     "the cent)"},
    {"levy_or_wage.knapsack.formula",
     "{0} werknemers van wie de loonroute goedkoper is dan de eindheffing, {1} vrije ruimte over voor hen na de {2} "
     "anderen; de goedkoopste verdeling, exact over de centen van de vrije ruimte; bij gelijke kosten worden de eerste "
     "werknemers aangewezen",
     "{0} employees whose wage route is cheaper than the levy, {1} of free space left for them after the {2} others; "
     "the cheapest allocation, exactly, over the cents of the free space; among equal costs the earliest employees "
     "designated"},
    {"levy_or_wage.saving.formula",
     "alles aanwijzen: {0} eindheffing over {1}; deze verdeling: {2} eindheffing + {3} brutering",
     "designating everything: {0} levy on {1}; this allocation: {2} levy + {3} gross-up"},
    {"unit.days", "{0} dagen", "{0} days"},
    {"unit.weeks", "{0} weken", "{0} weeks"},
    {"unit.km", "{0} km", "{0} km"},
    {"unit.months", "{0} maanden", "{0} months"},
    {"unit.period", "tijdvak {0}", "period {0}"},
    {"unit.eur_per_day", "{0} per dag", "{0} a day"},
    {"unit.eur_per_km", "{0} per km", "{0} per km"},
    {"unit.kg_co2e_per_km", "{0} kg CO₂-eq per km", "{0} kg CO₂-eq per km"},
    {"word.line", "regel {0}", "line {0}"},
    {"always_wage.formula", "{0}: loon", "{0}: wage"},
    {"word.member", "lid {0}", "member {0}"},
});

}  // namespace

std::span<const Sentence> explanation_sentences() { return explanation_table; }

}  // namespace wkr
