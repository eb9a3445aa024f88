// Rendering explanations as Dutch or English text: the label table and the renderer of
// wkr/explanation_text.hpp.
#include "wkr/explanation_text.hpp"

#include "wkr/free_space.hpp"  // member_phrase()

#include <fmt/format.h>

#include <array>
#include <map>
#include <stdexcept>
#include <string_view>

namespace wkr {

namespace {

struct Labels {
  const char* nl;
  const char* en;
  const char* about_nl = nullptr;  // for a rule: what it does, in a sentence
  const char* about_en = nullptr;
};

struct LabelEntry {
  const char* key;
  Labels labels;
};

// Labels of rule ids and quantity names, and for rules a sentence on what they do. A key missing
// here is shown as itself. Constant data, as the sentence tables are: an initialiser of strings
// was the library's largest function (docs/performance.md, round eleven).
constexpr auto label_table = std::to_array<LabelEntry>({
    {"wage_bill.group_total",
     {"Fiscale loonsom van het concern", "Wage bill of the group",
      "concernregeling: de loonsommen van alle leden worden opgeteld en de tarieven gelden één keer over het totaal",
      "group scheme: the wage bills of all members are added up and the rates apply once to the total"}},
    {"free_space.brackets",
     {"Vrije ruimte (exact)", "Free space (exact)", "de vrije ruimte is een percentage van de fiscale loonsom",
      "the free space is a percentage of the fiscal wage bill"}},
    {"free_space.rounding",
     {"Afronding vrije ruimte", "Rounding of the free space",
      "geen wettelijke afrondingsregel gevonden; de tabel kiest de voorzichtige afronding (zie de toelichting)",
      "no statutory rounding rule found; the tables choose the conservative rounding (see the note)"}},
    {"free_space.rounding.chosen",
     {"Afronding vrije ruimte", "Rounding of the free space", "afronding gekozen door de gebruiker",
      "rounding chosen by the user"}},
    {"settlement.excess",
     {"Overschrijding van de vrije ruimte", "Excess over the free space",
      "de eindheffing geldt over het aangewezen loon boven de vrije ruimte",
      "the final levy applies to the designated wage above the free space"}},
    {"final_levy.amount",
     {"Eindheffing", "Final levy", "eindheffing over het bovenmatige deel", "final levy on the excess"}},
    {"final_levy.return_amount",
     {"Eindheffing in de aangifte", "Final levy in the return",
      "collectieve bedragen in de aangifte in hele euro's, alleen op het totaal afgerond",
      "collective amounts in the return are whole euros, rounded only at the total"}},
    {"final_levy.due",
     {"Aangifte waarin de eindheffing verschuldigd is", "Return in which the levy is due",
      "de eindheffing over een kalenderjaar wordt aangegeven in een aangifte van het volgende jaar",
      "the final levy over a calendar year is declared in a return of the following year"}},
    // The group scheme (group_scheme.hpp).
    {"group_scheme.members",
     {"Leden van de concernregeling", "Members of the group scheme",
      "alleen leden die het hele kalenderjaar tot het concern behoorden doen mee; een lid dat in de loop van het "
      "jaar "
      "toetrad of uittrad, heeft een eigen vrije ruimte",
      "only members that belonged to the group for the whole calendar year take part; a member that joined or left "
      "during the year has a free space of its own"}},
    {"group_scheme.designated",
     {"Aangewezen eindheffingsloon van het concern", "Designated wage of the group",
      "de aangewezen bedragen van de leden worden opgeteld", "the members' designated amounts are added up"}},
    {"group_scheme.filing_member",
     {"Aangevend lid", "Filing member",
      "het lid met het hoogste loon doet aangifte van de eindheffing (standpunt Kennisgroep; bij gelijke loonsommen "
      "het eerstgenoemde)",
      "the member with the highest wage declares the final levy (Kennisgroep standpoint; of equal wage bills the "
      "first listed)"}},
    {"group_scheme.filing_member.named",
     {"Aangevend lid (opgegeven)", "Filing member (named)", "het opgegeven lid heeft het hoogste loon",
      "the member named has the highest wage"}},
    {"group_scheme.filing_member.permission",
     {"Aangevend lid (opgegeven, met toestemming)", "Filing member (named, with permission)",
      "een ander lid dan dat met het hoogste loon mag alleen aangifte doen met toestemming van de inspecteur "
      "(art. 64 AWR) en instemming van alle leden",
      "a member other than the one with the highest wage may file only with the inspector's permission "
      "(art. 64 AWR) and the consent of all members"}},
    {"final_levy.allocation_key.designated",
     {"Verdeelsleutel: aangewezen bedragen", "Allocation key: designated amounts",
      "de eindheffing van het concern wordt verdeeld naar de aangewezen bedragen van de leden (geen wettelijke "
      "sleutel gevonden)",
      "the group's final levy is shared in proportion to the members' designated amounts (no statutory key found)"}},
    {"final_levy.allocation_key.wage_bill",
     {"Verdeelsleutel: loonsommen", "Allocation key: wage bills",
      "de eindheffing van het concern wordt verdeeld naar de loonsommen van de leden (geen wettelijke sleutel "
      "gevonden)",
      "the group's final levy is shared in proportion to the members' wage bills (no statutory key found)"}},
    {"final_levy.allocation_key.own",
     {"Verdeelsleutel van het concern", "The group's own allocation key",
      "de eindheffing van het concern wordt verdeeld naar de eigen sleutel van het concern (geen wettelijke "
      "sleutel gevonden)",
      "the group's final levy is shared by the group's own key (no statutory key found)"}},
    {"final_levy.allocation",
     {"Aandeel in de eindheffing", "Share of the final levy",
      "grootste-restmethode: elk aandeel naar beneden op centen; de resterende centen één voor één naar de grootste "
      "resten, bij gelijke resten naar het eerstgenoemde lid; samen precies de eindheffing",
      "largest remainder: each share rounded down to the cent; the cents left over one by one to the largest "
      "remainders, of equal remainders to the member listed first; together exactly the final levy"}},
    // The wage bill (wage_bill.hpp).
    {"wage_bill.payroll",
     {"Fiscaal loon uit de loonstaat", "Fiscal wage from the payroll",
      "kolom 14 van de loonstaat, opgeteld naar loon uit tegenwoordige en uit vroegere dienstbetrekking",
      "column 14 of the payroll record, summed as wage from current and from former employment"}},
    {"wage_bill.former_employment",
     {"10%-criterium", "The 10% test",
      "loon uit vroegere dienstbetrekking telt mee als het niet meer is dan 10% van het totale fiscale loon",
      "wage from former employment counts if it is at most 10% of the total fiscal wage"}},
    {"wage_bill.former_employment.group",
     {"10%-criterium op concernniveau", "The 10% test at group level",
      "getoetst op de totalen van de leden van de concernregeling (de conclusie van de Kennisgroep); de uitkomst "
      "geldt voor alle leden",
      "tested on the totals of the members of the group scheme (the Kennisgroep's conclusion); the outcome holds "
      "for every member"}},
    {"wage_bill.former_employment.member",
     {"10%-criterium per lid", "The 10% test per member",
      "getoetst per lid (volgens de Kennisgroep ook pleitbaar); alle leden passen dezelfde methode toe",
      "tested per member (also arguable, the Kennisgroep says); every member applies the same method"}},
    {"wage_bill.former_employment.outside",
     {"10%-criterium van een lid buiten de concernregeling", "The 10% test of a member outside the group scheme",
      "een lid dat niet het hele jaar tot het concern behoorde, toetst zijn eigen loon",
      "a member that was not in the group for the whole year tests its own wage"}},
    {"wage_bill.total",
     {"Fiscale loonsom", "Wage bill", "loon uit tegenwoordige plus vroegere dienstbetrekking",
      "wage from current plus former employment"}},
    {"wage_bill.total.without_former",
     {"Fiscale loonsom (zonder vroegere dienstbetrekking)", "Wage bill (without former employment)",
      "meer dan 10%: het loon uit vroegere dienstbetrekking blijft helemaal buiten de loonsom",
      "more than 10%: the wage from former employment is left out of the wage bill entirely"}},
    {"wage_bill", {"fiscale loonsom", "wage bill"}},
    {"whole_year", {"het hele jaar in het concern", "in the group the whole year"}},
    {"group_members", {"leden in de concernregeling", "members in the group scheme"}},
    {"filing_member", {"aangevend lid", "filing member"}},
    {"allocation_weight", {"gewicht in de verdeelsleutel", "weight in the allocation key"}},
    {"allocation_weight_total", {"totaal van de verdeelsleutel", "total of the allocation key"}},
    {"levy_share", {"aandeel in de eindheffing", "share of the final levy"}},
    {"current_wage", {"loon uit tegenwoordige dienstbetrekking", "wage from current employment"}},
    {"former_wage", {"loon uit vroegere dienstbetrekking", "wage from former employment"}},
    {"fiscal_wage_total", {"totaal fiscaal loon", "total fiscal wage"}},
    {"former_wage_included", {"loon uit vroegere dienstbetrekking telt mee", "wage from former employment counts"}},
    {"free_space", {"vrije ruimte", "free space"}},
    {"free_space_exact", {"vrije ruimte (exact)", "free space (exact)"}},
    {"designated", {"aangewezen eindheffingsloon", "designated to the free space"}},
    {"excess", {"overschrijding", "excess"}},
    {"final_levy", {"eindheffing", "final levy"}},
    {"final_levy_exact", {"eindheffing (exact)", "final levy (exact)"}},
    {"final_levy_return", {"eindheffing in de aangifte", "final levy in the return"}},
    {"due_period", {"aangiftetijdvak", "return period"}},
    // The ledger (ledger.hpp): rules.
    {"ledger.to_date",
     {"Loonsom en aangewezen loon tot nu toe", "Wage bill and designated so far",
      "de bedragen van het tijdvak opgeteld bij die van de eerdere tijdvakken van het jaar",
      "the period's amounts added to those of the year's earlier periods"}},
    {"ledger.free_space_to_date",
     {"Vrije ruimte over de loonsom tot nu toe", "Free space on the wage bill so far",
      "geen regel bekend voor een deel van het jaar; de drempel wordt naar rato van de tijdvakken verlaagd "
      "(de voorzichtige keuze)",
      "no rule is known for part of a year; the threshold is prorated to the periods so far (the conservative "
      "choice)"}},
    {"ledger.excess_to_date",
     {"Overschrijding tot nu toe", "Excess so far",
      "het aangewezen loon tot nu toe tegen de vrije ruimte die de werkgever als maatstaf kiest",
      "the designated wage so far against the free space the employer measures it by"}},
    {"ledger.levy_declared",
     {"Eindheffing in de aangifte van het tijdvak", "Final levy in the period's return",
      "achteraf: niets in het jaar; gaandeweg: de hele euro's van de eindheffing tot nu toe min wat al is "
      "aangegeven, nooit minder dan 0",
      "after the year: nothing during the year; as you go: the whole euros of the levy so far less what was "
      "declared before, never below 0"}},
    {"ledger.correction",
     {"Correctie bij de jaarafrekening", "Year-end correction",
      "de eindheffing over het jaar min wat in het jaar al is aangegeven; negatief is een teruggaaf",
      "the levy over the year less what was declared during the year; negative is a refund"}},
    {"allowance.by_month",
     {"Onbelast per maand", "Exempt per month",
      "het onbelaste bedrag van een reeks maanden in centen over die maanden verdeeld (grootste rest, vroegste "
      "maand eerst)",
      "a run of months' exempt amount spread over those months in cents (largest remainder, earliest month "
      "first)"}},
    // The ledger: quantities.
    {"period", {"aangiftetijdvak", "return period"}},
    {"wage_bill_cumulative", {"fiscale loonsom tot nu toe", "wage bill so far"}},
    {"free_space_cumulative", {"vrije ruimte tot nu toe", "free space so far"}},
    {"free_space_estimate", {"vrije ruimte over de geschatte jaarloonsom", "free space on the estimated wage bill"}},
    {"designated_cumulative", {"aangewezen tot nu toe", "designated so far"}},
    {"excess_cumulative", {"overschrijding tot nu toe", "excess so far"}},
    {"final_levy_so_far", {"eindheffing tot nu toe", "final levy so far"}},
    {"levy_declared", {"aangegeven eindheffing", "levy declared"}},
    {"levy_declared_before", {"eerder aangegeven eindheffing", "levy declared before"}},
    {"levy_paid", {"in het jaar aangegeven eindheffing", "levy declared during the year"}},
    {"correction", {"correctie", "correction"}},
    {"stretch", {"reeks maanden", "run of months"}},
    // Targeted exemptions (include/wkr/allowances/): rules.
    {"home_working.daily_amount", {"Thuiswerkvergoeding per dag", "Home-working allowance per day"}},
    {"home_working.fixed_days", {"Thuiswerkdagen van het vaste patroon", "Home-working days of the fixed pattern"}},
    {"home_working.minimum_days",
     {"Minimum thuiswerkdagen (128-dagenregeling)", "Minimum home-working days (128-day rule)"}},
    {"home_working.cap", {"Maximaal onbelaste thuiswerkvergoeding", "Largest exempt home-working allowance"}},
    {"home_working.cap_rounding", {"Afronding onbelast bedrag", "Rounding of the exempt amount"}},
    {"home_working.monthly_cap", {"Onbelast per maand", "Exempt per month"}},
    {"allowance.split", {"Vrijgesteld deel en overschrijding", "Exempt part and excess"}},
    {"travel.rate", {"Onbelaste kilometervergoeding", "Exempt amount per km"}},
    {"commuting.cap", {"Maximaal onbelaste reiskostenvergoeding (woon-werk)", "Largest exempt commuting allowance"}},
    {"commuting.cap_rounding", {"Afronding onbelast bedrag", "Rounding of the exempt amount"}},
    {"business_travel.cap",
     {"Maximaal onbelaste vergoeding zakelijke reizen", "Largest exempt business travel allowance"}},
    {"business_travel.cap_rounding", {"Afronding onbelast bedrag", "Rounding of the exempt amount"}},
    {"public_transport.cap", {"Openbaar vervoer: werkelijke kosten", "Public transport: actual cost"}},
    {"commuting.regime", {"Regime vaste reiskostenvergoeding", "Regime of the fixed travel allowance"}},
    {"commuting.corona_approval",
     {"Coronagoedkeuring vaste reiskostenvergoeding", "Corona approval of the fixed travel allowance",
      "een vaste vergoeding van vóór de coronamaatregelen mocht ongewijzigd doorlopen terwijl de werknemer "
      "thuiswerkte",
      "a fixed allowance from before the corona measures could go on unchanged while the employee worked at home"}},
    {"commuting.fixed_days", {"Reisdagen van de vaste vergoeding", "Travel days of the fixed allowance"}},
    {"commuting.minimum_days", {"Minimum reisdagen (128-dagenregeling)", "Minimum travel days (128-day rule)"}},
    {"commuting.qualification", {"Toets 128-dagen- of 36-wekenregeling", "Test of the 128-day or 36-week rule"}},
    {"commuting.fixed_cap", {"Maximaal onbelaste vaste reiskostenvergoeding", "Largest exempt fixed travel allowance"}},
    {"commuting.fixed_cap_rounding", {"Afronding onbelast bedrag", "Rounding of the exempt amount"}},
    {"commuting.monthly_cap", {"Onbelast per maand", "Exempt per month"}},
    {"commuting.recalculation", {"Nacalculatie", "Year-end recalculation"}},
    {"commuting.long_absence", {"Langdurige afwezigheid", "Long absence"}},
    {"warning",
     {"Let op", "Warning", "een invoer die niets verandert aan de uitkomst; de uitkomst blijft staan",
      "an input that changes nothing in the answer; the answer stands"}},
    {"commuting.absence_cap", {"Onbelast na langdurige afwezigheid", "Exempt after long absence"}},
    {"commuting.absence_cap_rounding", {"Afronding onbelast bedrag", "Rounding of the exempt amount"}},
    {"commuting.recalculated_cap", {"Onbelast na nacalculatie", "Exempt after recalculation"}},
    {"commuting.recalculated_cap_rounding", {"Afronding onbelast bedrag", "Rounding of the exempt amount"}},
    {"same_day.choice",
     {"Thuiswerken en woon-werkverkeer op één dag", "Home working and commuting on one day",
      "op één dag geldt maar één van de twee vrijstellingen; een zakelijke reis houdt beide",
      "on one day only one of the two exemptions applies; a business trip keeps both"}},
    {"internet.necessity", {"Internet: noodzakelijkheidscriterium", "Internet: necessity criterion"}},
    {"internet.other_components", {"TV en vaste telefoon", "TV and landline"}},
    {"internet.not_exempt", {"Internet zonder vrijstelling", "Internet without exemption"}},
    {"arbo.required", {"Arbovoorziening thuiswerkplek", "Arbo provision for the home workplace"}},
    {"workplace.flex", {"Flexwerkplek van de werkgever", "Flex workplace provided by the employer"}},
    {"workplace.coworking", {"Eigen co-working-abonnement vergoed", "Own co-working subscription reimbursed"}},
    {"intermediary.not_wage", {"Intermediaire kosten", "Intermediary costs"}},
    {"free_space.designation", {"Aanwijzing in de vrije ruimte", "Designation to the free space"}},
    {"always_wage",
     {"Altijd loon", "Always wage", "altijd loon van de werknemer; het kan niet in de vrije ruimte worden aangewezen",
      "always the employee's wage; cannot be designated to the free space"}},
    {"company_bicycle",
     {"Fiets van de zaak", "Company bicycle",
      "de bijtelling voor privégebruik mag worden aangewezen, anders dan bij een auto of woning van de zaak",
      "its private-use addition may be designated, unlike a company car or house"}},
    {"customary_test.safe_harbour",
     {"Gebruikelijkheidstoets", "Customary test",
      "de veilige haven geldt niet voor stagiairs en werknemers onder het wettelijk minimumloon",
      "the safe harbour may not be used for interns or employees below the statutory minimum wage"}},
    {"commuting.minimum_weeks", {"Minimum reisweken (36-wekenregeling)", "Minimum travel weeks (36-week rule)"}},
    // The catalogue of other items (allowances/): rules.
    {"own_contribution.deducted",
     {"Eigen bijdrage", "Own contribution",
      "de eigen bijdrage van de werknemer gaat af van de waarde, niet verder dan tot nihil",
      "the employee's own contribution is taken off the value, not below nil"}},
    {"stay_costs", {"Tijdelijke verblijfskosten (dienstreis)", "Temporary stay on a business trip"}},
    {"course", {"Cursus, studie en vakliteratuur", "Course, study and professional literature"}},
    {"vog", {"Verklaring omtrent het gedrag (VOG)", "Certificate of conduct (VOG)"}},
    {"outplacement", {"Outplacement", "Outplacement"}},
    {"moving_goods", {"Verhuizing: overbrengen van de inboedel", "Moving: the household goods"}},
    {"business_meal", {"Maaltijd met zakelijk karakter", "Meal with a business character"}},
    {"moving_costs.cap",
     {"Verhuiskostenvergoeding: maximaal onbelast", "Moving allowance: largest exempt amount",
      "het maximum geldt per werknemer per jaar, over zijn verhuisposten in de gegeven volgorde",
      "the maximum is the employee's for the year, over his moving items in the order given"}},
    {"staff_discount.per_product", {"Personeelskorting: 20% van de waarde", "Staff discount: 20% of the value"}},
    {"staff_discount.per_product_rounding", {"Afronding onbelast bedrag", "Rounding of the exempt amount"}},
    {"staff_discount.annual",
     {"Personeelskorting: maximum per jaar", "Staff discount: yearly maximum",
      "het maximum geldt per werknemer per jaar, over zijn kortingsposten in de gegeven volgorde",
      "the maximum is the employee's for the year, over his discount items in the order given"}},
    {"clothing.work", {"Werkkleding ter beschikking gesteld", "Work clothing made available"}},
    {"clothing.other", {"Overige kleding", "Other clothing"}},
    {"meals.workplace_drinks", {"Consumpties op de werkplek", "Drinks and snacks at the workplace"}},
    {"meals.workplace_value",
     {"Maaltijden op de werkplek: normbedrag", "Meals at the workplace: standard value",
      "het normbedrag per maaltijd min de eigen bijdrage, niet lager dan nihil",
      "the standard value per meal, less the own contribution, not below nil"}},
    {"meals.workplace_cost",
     {"Maaltijden op de werkplek: kosten boven de waarde", "Meals at the workplace: cost above the value"}},
    {"public_transport_pass", {"Ov-abonnement ook privé gebruikt", "Public-transport pass also used privately"}},
    {"equipment.necessity",
     {"Gereedschap, computer, telefoon: noodzakelijkheidscriterium", "Tools, computer, phone: necessity criterion"}},
    {"equipment.not_necessary",
     {"Gereedschap, computer, telefoon: niet noodzakelijk", "Tools, computer, phone: not necessary"}},
    // Targeted exemptions: quantities.
    {"paid", {"betaald", "paid"}},
    {"amount", {"bedrag", "amount"}},
    {"cap", {"maximaal onbelast", "largest exempt amount"}},
    {"exempt", {"vrijgesteld", "exempt"}},
    {"wage", {"loon", "wage"}},
    {"not_exempt", {"niet vrijgesteld", "not exempt"}},
    {"nil_valued", {"nihil gewaardeerd", "nil valued"}},
    {"intermediary", {"intermediaire kosten", "intermediary costs"}},
    {"days", {"dagen", "days"}},
    {"daily_amount", {"bedrag per dag", "amount per day"}},
    {"days_per_week", {"dagen per week", "days a week"}},
    {"months", {"maanden", "months"}},
    {"minimum_days", {"minimum dagen", "minimum days"}},
    {"minimum_weeks", {"minimum weken", "minimum weeks"}},
    {"rate", {"bedrag per km", "amount per km"}},
    {"km", {"kilometers", "kilometres"}},
    {"km_one_way", {"enkele reisafstand (km)", "distance one way (km)"}},
    {"office_days_per_week", {"kantoordagen per week", "office days a week"}},
    {"work_days_per_week", {"werkdagen per week", "working days a week"}},
    {"travel_days", {"gereisde dagen", "days travelled"}},
    {"travel_weeks", {"gereisde weken", "weeks travelled"}},
    {"qualifies", {"voldoet", "qualifies"}},
    {"recalculation_required", {"nacalculatie nodig", "recalculation required"}},
    {"stopped_months", {"maanden zonder vrijstelling", "months without exemption"}},
    {"warnings", {"waarschuwingen", "warnings"}},
    {"exempt_months", {"maanden met vrijstelling", "months with exemption"}},
    {"actual_km", {"werkelijk gereden km", "kilometres actually travelled"}},
    {"actual_cap", {"onbelast na nacalculatie", "exempt after recalculation"}},
    {"actual_cost", {"werkelijke kosten", "actual cost"}},
    {"monthly_cap", {"onbelast per maand", "exempt per month"}},
    {"home_working_days", {"thuiswerkdagen", "home-working days"}},
    {"commuting_days", {"reisdagen woon-werk", "commuting days"}},
    {"same_day_conflicts", {"dagen deels thuis, deels op kantoor", "days partly at home, partly at the office"}},
    {"home_working_paid", {"betaalde thuiswerkvergoeding", "home-working allowance paid"}},
    {"commuting_paid", {"betaalde reiskostenvergoeding woon-werk", "commuting allowance paid"}},
    {"internet", {"internet", "internet"}},
    {"own_contribution", {"eigen bijdrage", "own contribution"}},
    {"tv", {"tv", "TV"}},
    {"landline", {"vaste telefoon", "landline"}},
    {"required_cost", {"kosten verplichte uitvoering", "cost of the required version"}},
    {"customary_review", {"ter beoordeling", "for review"}},
    {"value", {"waarde", "value"}},
    {"already_exempt", {"al vrijgesteld in eerdere posten", "already exempt in earlier items"}},
    {"meals", {"maaltijden", "meals"}},
    {"business_trips_cost", {"kosten van de zakelijke reizen", "cost of the business trips"}},
    // The policy engine (include/wkr/policy/): rules.
    {"budget.annual",
     {"Budget voor het jaar", "Budget for the year", "het maandbudget maal 12", "the monthly budget times 12"}},
    {"budget.exempt",
     {"Uit het budget, vrijgesteld", "From the budget, exempt",
      "eerst de gerichte vrijstellingen, elk tot zijn maximum, zolang het budget strekt",
      "the targeted exemptions first, each up to its maximum, while the budget lasts"}},
    {"budget.free_space",
     {"Uit het budget, in de vrije ruimte", "From the budget, in the free space",
      "wat niet vrijgesteld is, wordt aangewezen zolang er vrije ruimte over is",
      "what is not exempt is designated while free space is left"}},
    {"budget.route",
     {"Eindheffing of loon boven de vrije ruimte", "Final levy or wage above the free space",
      "de weg die de werknemer het meeste netto geeft; bij gelijk netto de goedkoopste, dan de eindheffing",
      "the way that gives the employee the most net; equal nets the cheaper, then the final levy"}},
    {"budget.left_over", {"Over van het budget", "Left over from the budget"}},
    {"budget.rest", {"Rest van het budget", "Rest of the budget"}},
    {"budget.company_bicycle",
     {"Fiets van de zaak: geen kilometervergoeding", "Company bicycle: no exemption by the km"}},
    {"budget.coworking_travel",
     {"Reizen naar een co-workingplek", "Travel to a co-working space",
      "vervoer in het kader van de dienstbetrekking, ook naar een co-workingplek, is vrijgesteld als "
      "woon-werkverkeer",
      "travel for work, to a co-working space too, is exempt like commuting"}},
    {"budget.public_transport.fixed_days", {"Reisdagen van het patroon", "Travel days of the pattern"}},
    {"budget.public_transport.minimum_days",
     {"Minimum reisdagen (128-dagenregeling)", "Minimum travel days (128-day rule)"}},
    {"budget.public_transport_cost",
     {"Openbaar vervoer: werkelijke kosten van het jaar", "Public transport: actual cost of the year"}},
    {"budget.public_transport_cost_rounding",
     {"Afronding kosten openbaar vervoer", "Rounding of the public transport cost"}},
    {"policy.gross_up",
     {"Bruteren", "Gross-up",
      "loon dat na belasting tegen het marginale tarief hetzelfde netto laat: netto / (1 − tarief), naar boven op "
      "centen",
      "wage that leaves the same net after tax at the marginal rate: net / (1 − rate), rounded up to the cent"}},
    {"policy.home_working_paid_rounding",
     {"Afronding betaalde thuiswerkvergoeding", "Rounding of the home-working allowance paid"}},
    {"policy.travel_paid.fixed_days",
     {"Dagen van de betaalde reiskostenvergoeding", "Days of the travel allowance paid"}},
    {"policy.travel_paid.minimum_days",
     {"Minimum reisdagen (128-dagenregeling)", "Minimum travel days (128-day rule)"}},
    {"policy.travel_paid_rounding",
     {"Afronding betaalde reiskostenvergoeding", "Rounding of the travel allowance paid"}},
    {"policy.coworking_paid_rounding",
     {"Afronding vergoeding co-workingplek", "Rounding of the co-working reimbursement"}},
    {"levy_or_wage.employee",
     {"Eindheffing of loon per werknemer", "Final levy or wage per employee",
      "de kosten van brutering tegen de eindheffing boven de vrije ruimte",
      "the cost of the gross-up against the final levy above the free space"}},
    {"levy_or_wage.knapsack",
     {"Goedkoopste verdeling over de vrije ruimte", "Cheapest allocation over the free space",
      "exact, in centen; bij gelijke kosten worden de eerste werknemers aangewezen",
      "exact, in cents; among equal costs the earliest employees are designated"}},
    {"levy_or_wage.saving", {"Besparing tegen alles aanwijzen", "Saving against designating everything"}},
    {"scenario.working_weeks",
     {"Werkweken per jaar (aanname)", "Working weeks a year (assumption)",
      "een aanname van het scenario, geen wet: zij bepaalt kilometers, uren, CO₂ en vergoedingen per gereisde km",
      "an assumption of the scenario, not law: it sets km, hours, CO₂ and allowances per km travelled"}},
    {"scenario.free_space", {"Vrije ruimte voor het beleid", "Free space for the policy"}},
    {"scenario.emissions",
     {"CO₂-emissiefactoren", "CO₂ emission factors",
      "statistiek, geen wet; een jaar zonder factoren heeft geen CO₂, nooit de factor van een ander jaar",
      "statistics, not law; a year without factors has no CO₂, never another year's factor"}},
    {"scenario.employer_cost", {"Kosten voor de werkgever", "Cost for the employer"}},
    // The policy engine: quantities.
    {"budget", {"budget", "budget"}},
    {"budget_per_month", {"budget per maand", "budget a month"}},
    {"budget_left", {"budget over", "budget left"}},
    {"fare_per_day", {"reiskosten openbaar vervoer per dag", "public transport fare a day"}},
    {"marginal_rate", {"marginaal tarief", "marginal rate"}},
    {"beyond_free_space", {"netto boven de vrije ruimte", "net above the free space"}},
    {"wage_net", {"loon, netto", "wage, net"}},
    {"wage_gross", {"loon, bruto", "wage, gross"}},
    {"employer_cost", {"kosten werkgever", "employer's cost"}},
    {"net_value", {"netto voor de werknemer", "net to the employee"}},
    {"left_over", {"over", "left over"}},
    {"free_space_left", {"vrije ruimte over", "free space left"}},
    {"extra_cost", {"extra kosten van loon", "extra cost of wage"}},
    {"all_designated_levy", {"eindheffing als alles is aangewezen", "final levy with everything designated"}},
    {"saving", {"besparing", "saving"}},
    {"cost", {"kosten", "cost"}},
    // The policy engine: the figures of a budget and a scenario (for the commands' tables).
    {"wanted", {"gevraagd", "wanted"}},
    {"above_free_space", {"aangewezen boven de vrije ruimte", "designated above the free space"}},
    {"route", {"boven de vrije ruimte", "above the free space"}},
    {"ambition_level", {"ambitieniveau", "ambition level"}},
    {"tax_free", {"onbelast (gerichte vrijstellingen)", "tax-free (targeted exemptions)"}},
    {"free_space_used", {"gebruikte vrije ruimte", "free space used"}},
    {"levy_or_wage_saving", {"besparing eindheffing of loon", "saved by levy or wage"}},
    {"budget_left_over", {"budget over", "budget left over"}},
    {"travel_reimbursement", {"reiskostenvergoeding", "travel reimbursement"}},
    {"travel_reimbursement_saved", {"bespaarde reiskostenvergoeding", "travel reimbursement saved"}},
    {"km_saved", {"bespaarde woon-werkkilometers", "commuting km saved"}},
    {"travel_hours", {"reisuren", "travel hours"}},
    {"hours_saved", {"bespaarde reisuren", "travel hours saved"}},
    {"co2_kg", {"CO₂ (kg)", "CO₂ (kg)"}},
    {"co2_saved_kg", {"bespaarde CO₂ (kg)", "CO₂ saved (kg)"}},
    {"employees_paid_less", {"werknemers die minder krijgen", "employees paid less"}},
    {"employees_paid_more", {"werknemers die meer krijgen", "employees paid more"}},
    {"working_weeks", {"werkweken per jaar", "working weeks a year"}},
    {"emissions_available", {"emissiefactoren beschikbaar", "emission factors available"}},
    {"designated_elsewhere", {"elders aangewezen", "designated elsewhere"}},
});

/// The labels by key, in key order (the catalogue lists them so), made at the first look-up.
const std::map<std::string_view, const Labels*, std::less<>>& labels() {
  static const std::map<std::string_view, const Labels*, std::less<>> table = [] {
    std::map<std::string_view, const Labels*, std::less<>> all;
    for (const LabelEntry& entry : label_table) {
      // One label per key: a key defined twice would silently lose one.
      if (!all.emplace(entry.key, &entry.labels).second)
        throw std::logic_error(std::string("label defined twice: ") + entry.key);
    }
    return all;
  }();
  return table;
}

const char* text(Language language, const char* nl, const char* en) { return language == Language::nl ? nl : en; }

std::string show(const Quantity& q, Language language) { return format_value(q.value, q.unit, language); }

}  // namespace

std::string label(const std::string& key, Language language) {
  const auto& table = labels();
  if (auto it = table.find(key); it != table.end()) return text(language, it->second->nl, it->second->en);
  // "wage_bill:BV Noord" → the label of wage_bill, with the member's name.
  if (auto colon = key.find(':'); colon != std::string::npos) {
    return label(key.substr(0, colon), language) + " " +
           render(detail::member_phrase(std::string_view(key).substr(colon + 1)), language);
  }
  return key;
}

std::string describe_rule(const std::string& rule, Language language) {
  const auto& table = labels();
  auto it = table.find(rule);
  if (it == table.end()) return "";
  const char* about = language == Language::nl ? it->second->about_nl : it->second->about_en;
  return about == nullptr ? "" : about;
}

std::string format_parameter_value(const UsedParameter& parameter, Language language) {
  if (const auto* number = std::get_if<Decimal>(&parameter.typed_value)) {
    // With its unit where a bare number would not say it ("214 dagen"); money and flags say it.
    const std::string key = "unit." + std::string(to_string(parameter.typed_unit));
    if (sentence(key, language) == key) return format_value(*number, parameter.typed_unit, language);
    return render(say(key, Phrase(*number, parameter.typed_unit)), language);
  }
  if (const auto* brackets = std::get_if<std::vector<Bracket>>(&parameter.typed_value)) {
    std::string out;
    for (const Bracket& b : *brackets) {
      out += (out.empty() ? "" : "; ") + format_money(b.from, language, 0) + " → " +
             format_value(b.rate, Unit::ratio, language);
    }
    return out;
  }
  const auto& rule = std::get<RoundingRule>(parameter.typed_value);
  return rounding_text(rule.decimals, rule.mode, language);
}

std::string confidence_text(const std::string& confidence, Language language) {
  const std::string key = "word.confidence." + confidence;
  const std::string said = sentence(key, language);
  return said == key ? confidence : said;
}

std::vector<CatalogueEntry> catalogue() {
  std::vector<CatalogueEntry> out;
  for (const auto& [key, l] : labels()) {
    out.push_back({"label." + std::string(key), l->nl, l->en});
    if (l->about_nl != nullptr || l->about_en != nullptr) {
      out.push_back({"about." + std::string(key), l->about_nl != nullptr ? l->about_nl : "",
                     l->about_en != nullptr ? l->about_en : ""});
    }
  }
  for (CatalogueEntry& e : sentences()) out.push_back(std::move(e));
  return out;
}

std::string render_text(const Explanation& explanation, Language language) {
  const auto word = [language](std::string_view key) { return sentence(key, language); };
  std::string out;
  int number = 0;
  for (const Step& step : explanation.steps) {
    out += fmt::format("{}. {}\n", ++number, label(step.rule, language));
    if (const std::string about = describe_rule(step.rule, language); !about.empty()) {
      out += fmt::format("   {}\n", about);
    }
    if (!step.reference.empty()) out += fmt::format("   {}: {}\n", word("word.legal_basis"), step.reference);
    for (const Quantity& input : step.inputs) {
      out += fmt::format("   {}: {}\n", label(input.name, language), show(input, language));
    }
    for (const CitedParameter& cited : step.parameters) {
      const UsedParameter& p = *cited;
      out += fmt::format("   {} {} = {} ({} {}; {})\n", word("word.parameter"), p.name,
                         format_parameter_value(p, language), word("word.effective"), p.effective_from, p.reference);
      if (!p.source.empty()) out += fmt::format("      {}: {}\n", word("word.source"), p.source);
      if (!p.note.empty()) out += fmt::format("      {}: {}\n", word("word.table_note"), note_text(p.note, language));
      if (p.confidence == "unconfirmed") out += fmt::format("      {}\n", word("word.unconfirmed_note"));
    }
    if (!step.formula.empty()) {
      out += fmt::format("   {}: {}\n", word("word.calculation"), render(step.formula, language));
    }
    if (step.rounding) {
      out += fmt::format("   {}: {} → {}\n", word("word.rounding"),
                         format_value(step.rounding->before,
                                      step.result.unit == Unit::eur_whole ? Unit::eur : step.result.unit, language),
                         rounding_text(step.rounding->decimals, step.rounding->mode, language));
    }
    out += fmt::format("   = {}: {}\n", label(step.result.name, language), show(step.result, language));
  }
  if (!explanation.receipt) return out;  // an empty explanation (not asked for) has no receipt
  const Receipt& r = *explanation.receipt;
  out += fmt::format("{}: wkr {}, {} sha256:{}\n", word("word.receipt"), r.library_version, word("word.tables"),
                     r.parameters_digest);
  for (const std::string& source : r.sources) out += fmt::format("   {}\n", source);
  for (const TableOverride& o : r.overrides) {
    out +=
        fmt::format("   {}\n", render(say("word.override", o.parameter, o.effective_from, o.by, o.replaced), language));
  }
  return out;
}

}  // namespace wkr
