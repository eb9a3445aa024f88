"""The structs of libwkr's C interface (wkr.h), each described once.

capi/generate_abi.py turns this description into everything that states a struct's layout: the
typedefs, WKR_*_INIT macros and *_init() declarations of wkr.h; the layout asserts, first sizes and
*_init() definitions of wkr.cpp (capi/wkr_abi.inc); the layout table of the C tests
(tests/capi/layout_table.h); the ctypes structs of Python (bindings/python/wkr/_abi.py) and the
[StructLayout] structs of C# (bindings/csharp/Abi.cs). Build the target wkr_abi to rewrite them; the
test capi_abi_generated fails while any of them differs from what this file says.

A struct lists its fields as (type, name, doc). The types are the fixed-width ones of the ABI rules
(docs/c-api.md, "Structs that grow"): uint32_t, int32_t, uint64_t, int64_t, and the 24-byte
wkr_decimal. Every struct but wkr_decimal begins with uint32_t struct_size, which the generator
adds. The generator refuses padding the compiler would hide (an 8-byte field at an offset that is
not a multiple of 8, a size that is not a multiple of the largest field): a gap is an explicit
reserved field.

Within ABI version 1 a field is never changed, moved or removed. A new field is appended to
`appended` (its zero must keep the old behaviour; end with a reserved field where the size needs
one): the struct's first size stays what `fields` add up to, and that is the least struct_size a
caller may pass. Then build wkr_abi and regenerate the ABI baseline (docs/architecture.md, "Adding a
C entry point or a struct field").

Options of struct(): output=True for a struct the library writes (its struct_size is set by the
caller, "The caller sets struct_size"); param, the name of the *_init() parameter (default: input,
or result for an output); defaults, the non-zero values of the INIT macro; init_note, a remark on the
INIT macro; versioned=False for a struct without struct_size (wkr_decimal).
"""


def struct(name, doc, fields, *, appended=(), output=False, param=None, defaults=None, init_note=None,
           versioned=True):
    """One struct of wkr.h (see above for the options)."""
    return {
        "name": name,
        "doc": doc,
        "fields": list(fields),
        "appended": list(appended),
        "output": output,
        "param": param or ("result" if output else "input"),
        "defaults": dict(defaults or {}),
        "init_note": init_note,
        "versioned": versioned,
    }


def split(exempt="min(paid, cap)"):
    """The split of an amount paid, in the results of the allowance calls."""
    return [
        ("int64_t", "paid_cents", "the amount paid (0 when none was given)"),
        ("int64_t", "exempt_cents", exempt),
        ("int64_t", "excess_cents", "paid − exempt"),
        ("int64_t", "designated_cents", "the excess when designated, else 0"),
        ("int64_t", "wage_cents", "the excess when taxed as wage, else 0"),
    ]


def parts(designated="designated to the free space", wage="the employee's wage"):
    """The parts of an amount and their exempt sum, in the results of the evaluation."""
    return [
        ("int64_t", "exempt_cents", "targeted exempt + nil valued + intermediary"),
        ("int64_t", "targeted_exempt_cents", "gerichte vrijstelling"),
        ("int64_t", "nil_valued_cents", "nihilwaardering"),
        ("int64_t", "intermediary_cents", "intermediaire kosten: not wage"),
        ("int64_t", "designated_cents", designated),
        ("int64_t", "wage_cents", wage),
    ]


# The blocks of wkr.h that hold the structs, each between its "[generated: <block>]" markers, in the
# order of the header.
BLOCKS = [
    ("decimal", [
        struct(
            "wkr_decimal",
            versioned=False,
            doc="""An exact decimal: value = (hi × 2^64 + lo) × 10^-scale, the 128-bit significand in two's
                complement with the low word first (as DuckDB's hugeint and Arrow's decimal128). `scale`
                is 0 to 30. `reserved` must be 0. Example: 9180.00 is {918000, 0, 2, 0}; -0.5 is
                {0xFFFFFFFFFFFFFFFB, -1, 1, 0}. A value from the library is always within two's
                complement 128 bits; one that would not be is WKR_E_RANGE.""",
            fields=[
                ("uint64_t", "lo", "the low 64 bits of the significand"),
                ("int64_t", "hi", "the high 64 bits, carrying the sign"),
                ("int32_t", "scale", "the number of decimals, 0 to 30"),
                ("uint32_t", "reserved", "must be 0"),
            ],
        ),
    ]),
    ("free space", [
        struct(
            "wkr_free_space_input",
            doc="""Input of wkr_free_space(): one employer's fiscal wage bill (fiscale loonsom) for a year.
                Also the common input of wkr_group_free_space(), where wage_bill_cents must be 0 (the
                members carry the wage bills).""",
            fields=[
                ("int32_t", "year", "the calendar year, e.g. 2026"),
                ("int64_t", "wage_bill_cents", "the fiscal wage bill in cents"),
                ("int32_t", "free_space_rounding", "WKR_ROUNDING_*; WKR_ROUNDING_TABLES: down to the cent"),
                ("uint32_t", "reserved", "must be 0"),
            ],
        ),
        struct(
            "wkr_settle_input",
            doc="""Input of wkr_settle(): the wage bill and the total designated as final-levy wage
                (aangewezen eindheffingsloon). Also the common input of wkr_group_settle(), where
                wage_bill_cents must be 0.""",
            fields=[
                ("int32_t", "year", "the calendar year"),
                ("int64_t", "wage_bill_cents", "the fiscal wage bill in cents"),
                ("int64_t", "designated_cents", "the designated total in cents"),
                ("int32_t", "free_space_rounding", "WKR_ROUNDING_*; WKR_ROUNDING_TABLES: down to the cent"),
                ("uint32_t", "reserved", "must be 0"),
            ],
        ),
        struct(
            "wkr_group_member",
            param="member",
            defaults={"whole_year": 1},
            doc="A member of a group scheme (concernregeling, art. 32 Wet LB 1964).",
            fields=[
                ("uint32_t", "whole_year", """1: in the group the whole calendar year; 0: joined or left
                    during the year (then it may not join the scheme: an error for a group of more than
                    one). Any other value is an error."""),
                ("int64_t", "wage_bill_cents", "the member's fiscal wage bill in cents"),
            ],
            appended=[
                ("uint32_t", "designated_given", """1: designated_cents is the member's own designated
                    amount (wkr_group_scheme_settle()); the older group calls take the group's total
                    and refuse it"""),
                ("uint32_t", "allocation_weight_given", """1: allocation_weight is the member's weight in
                    the group's own key (WKR_ALLOCATION_OWN; wkr_group_scheme_settle() only)"""),
                ("int64_t", "designated_cents", "the member's designated amount in cents"),
                ("wkr_decimal", "allocation_weight", """its weight in the group's own key, e.g. a
                    headcount or a percentage"""),
            ],
        ),
        struct(
            "wkr_free_space_result",
            output=True,
            doc="""Result of wkr_free_space() and wkr_group_free_space(). The caller sets struct_size (the
                library writes exactly that many bytes, zero-filling fields it does not know).""",
            fields=[
                ("int32_t", "year", "the calendar year"),
                ("int64_t", "wage_bill_cents", "the (group's total) wage bill the rates were applied to"),
                ("int64_t", "free_space_cents", "the free space, rounded to the cent"),
            ],
        ),
        struct(
            "wkr_settlement",
            output=True,
            doc="Result of wkr_settle() and wkr_group_settle(). The caller sets struct_size.",
            fields=[
                ("int32_t", "year", "the calendar year settled"),
                ("int64_t", "wage_bill_cents", "the (group's total) wage bill"),
                ("int64_t", "free_space_cents", "the free space"),
                ("int64_t", "designated_cents", "the designated total"),
                ("int64_t", "excess_cents", "designated above the free space; 0 when within it"),
                ("int64_t", "final_levy_cents", "the final levy (eindheffing) on the excess, in cents"),
                ("int64_t", "final_levy_return_cents", """the levy as declared in the return: whole euros
                    (so a multiple of 100 cents), rounded from the exact levy"""),
                ("int32_t", "due_year", "the return the levy is due in at the latest: its year …"),
                ("int32_t", "due_period", "… and its period (aangiftetijdvak) number, 1 to 13"),
            ],
        ),
    ]),
    ("home working", [
        struct(
            "wkr_home_working_days_input",
            doc="""Input of wkr_home_working_per_day(): home-working days actually worked in a year (a day
                worked at home for part of it counts as a whole day).""",
            fields=[
                ("int32_t", "year", "the calendar year"),
                ("int32_t", "days", "the home-working days, 0 to the days of the year"),
                ("int32_t", "excess", "WKR_EXCESS_*: what becomes of an amount paid above the cap"),
                ("uint32_t", "paid_given", "1: paid_cents is the amount paid for these days; 0: cap only"),
                ("uint32_t", "reserved", "must be 0"),
                ("int64_t", "paid_cents", "the allowance paid, in cents"),
            ],
        ),
        struct(
            "wkr_home_working_fixed_input",
            doc="""Input of wkr_home_working_fixed(): a fixed home-working allowance from a recorded weekly
                pattern (128-dagenregeling: home days/5 × 214 days, time-proportional when the allowance
                runs for part of the year).""",
            fields=[
                ("int32_t", "year", "the calendar year"),
                ("int32_t", "home_days_per_week", """the home days of the pattern, 1 to 7 (more than 5
                    count as 5)"""),
                ("int32_t", "from_month", "the first month the allowance runs, 1 to 12; 0 means 1"),
                ("int32_t", "to_month", "the last month the allowance runs, 1 to 12; 0 means 12"),
                ("int32_t", "day_rounding", "WKR_DAYS_*"),
                ("int32_t", "excess", "WKR_EXCESS_*"),
                ("uint32_t", "paid_given", "1: paid_cents is the amount paid for the year; 0: cap only"),
                ("int64_t", "paid_cents", "the allowance paid for the year, in cents"),
            ],
        ),
        struct(
            "wkr_home_working_result",
            output=True,
            doc="""Result of wkr_home_working_per_day() and wkr_home_working_fixed(). The caller sets
                struct_size.""",
            fields=[
                ("int32_t", "year", "the calendar year"),
                ("wkr_decimal", "days", "the actual days, or the pattern's days (85.6 for 2 days a week)"),
                ("wkr_decimal", "daily_amount", """exempt per home-working day (2.40 in 2025; 0.00 before
                    2022)"""),
                ("int64_t", "cap_cents", "the exempt maximum for the year: days × daily amount"),
                ("int64_t", "monthly_cap_cents", """a fixed allowance: the exempt maximum per month; 0 per
                    day"""),
            ] + split() + [
                ("uint32_t", "fixed", "1 for a fixed allowance from a pattern, 0 per actual day"),
                ("uint32_t", "exemption_in_force", """0 before 2022: no targeted exemption existed, the cap
                    is 0.00"""),
                ("uint32_t", "paid_given", "1 when an amount paid was split into exempt and excess"),
                ("int32_t", "excess_treatment", """WKR_EXCESS_DESIGNATE or WKR_EXCESS_WAGE as applied; 0
                    unpaid"""),
            ],
        ),
    ]),
    ("travel", [
        struct(
            "wkr_commute_days_input",
            doc="Input of wkr_commute_per_day(): `days` trips of `km_one_way` there and back.",
            fields=[
                ("int32_t", "year", "the calendar year"),
                ("wkr_decimal", "km_one_way", "the distance one way in km, e.g. 12.35"),
                ("int32_t", "days", "the days travelled, 0 to the days of the year"),
                ("int32_t", "excess", "WKR_EXCESS_*"),
                ("uint32_t", "paid_given", "1: paid_cents is the amount paid; 0: cap only"),
                ("uint32_t", "reserved", "must be 0"),
                ("int64_t", "paid_cents", "the allowance paid, in cents"),
            ],
        ),
        struct(
            "wkr_travel_km_input",
            doc="""Input of wkr_travel_per_km(): kilometres travelled in total, for commuting or business
                trips.""",
            fields=[
                ("int32_t", "year", "the calendar year"),
                ("wkr_decimal", "km", "the kilometres travelled"),
                ("int32_t", "purpose", "WKR_TRAVEL_COMMUTING or WKR_TRAVEL_BUSINESS_TRIP"),
                ("int32_t", "excess", "WKR_EXCESS_*"),
                ("uint32_t", "paid_given", "1: paid_cents is the amount paid; 0: cap only"),
                ("uint32_t", "reserved", "must be 0"),
                ("int64_t", "paid_cents", "the allowance paid, in cents"),
            ],
        ),
        struct(
            "wkr_travel_result",
            output=True,
            doc="Result of wkr_commute_per_day() and wkr_travel_per_km(). The caller sets struct_size.",
            fields=[
                ("int32_t", "year", "the calendar year"),
                ("int32_t", "purpose", "WKR_TRAVEL_*"),
                ("uint32_t", "paid_given", "1 when an amount paid was split into exempt and excess"),
                ("wkr_decimal", "km_one_way", "wkr_commute_per_day(): the distance one way; else 0"),
                ("wkr_decimal", "days", "wkr_commute_per_day(): the days; else 0"),
                ("wkr_decimal", "km", "the kilometres: km one way × 2 × days, or as given"),
                ("wkr_decimal", "rate", "exempt per km (0.23 in 2024–2026)"),
                ("int64_t", "cap_cents", "the exempt maximum: km × rate"),
            ] + split() + [
                ("int32_t", "excess_treatment", """WKR_EXCESS_DESIGNATE or WKR_EXCESS_WAGE as applied; 0
                    unpaid"""),
                ("uint32_t", "reserved", "0"),
            ],
        ),
    ]),
    ("fixed commute", [
        struct(
            "wkr_absence",
            param="absence",
            doc="""A long absence of an employee with a fixed travel allowance (sickness, leave), for
                wkr_fixed_commute(). Dates are int32_t YYYYMMDD (20240907 is 7 September 2024).""",
            fields=[
                ("int32_t", "start", "the first day of absence, YYYYMMDD"),
                ("int32_t", "returned", "the first day back, YYYYMMDD; 0: not back (yet)"),
                ("uint32_t", "reserved", "must be 0"),
            ],
        ),
        struct(
            "wkr_fixed_commute_input",
            doc="""Input of wkr_fixed_commute() and a row of wkr_fixed_commute_batch(): the fixed travel
                allowance for commuting from the pattern the employee travels "in de regel". Optional
                inputs have a `*_given` flag. The employee's long absences are absence_count entries of
                the absences array passed with the call, from index absence_first.""",
            fields=[
                ("int32_t", "year", "the calendar year"),
                ("wkr_decimal", "km_one_way", "the distance one way in km"),
                ("int32_t", "office_days_per_week", """days a week travelled to the fixed workplace, 1 to 7
                    (0 only with corona_approval)"""),
                ("int32_t", "work_days_per_week", """days a week of the contract (the basis before 2022); 0
                    means 5"""),
                ("int32_t", "from_month", "the first month the allowance runs, 1 to 12; 0 means 1"),
                ("int32_t", "to_month", "the last month the allowance runs, 1 to 12; 0 means 12"),
                ("int32_t", "day_rounding", "WKR_DAYS_*"),
                ("int32_t", "excess", "WKR_EXCESS_*"),
                ("uint32_t", "paid_given", "1: paid_cents is the allowance paid for the year"),
                ("uint32_t", "travel_days_given", """1: travel_days tests the 128-day rule against actual
                    travel"""),
                ("uint32_t", "travel_weeks_given", "1: travel_weeks tests the 36-week rule"),
                ("uint32_t", "actual_km_given", """1: actual_km is the year-end recalculation
                    (nacalculatie)"""),
                ("int64_t", "paid_cents", "the allowance paid for the year, in cents"),
                ("wkr_decimal", "travel_days", "days actually travelled"),
                ("wkr_decimal", "travel_weeks", "weeks actually travelled"),
                ("wkr_decimal", "actual_km", """commuting km actually travelled; only when a recalculation
                    is required (one way more than 75 km, or the rules not met)"""),
                ("uint32_t", "absence_first", "the index of this employee's first absence in `absences`"),
                ("uint32_t", "absence_count", "how many absences from absence_first are this employee's"),
                ("uint32_t", "absence_new_cause_each_year", """1: an absence crossing 31 December is a new
                    cause in the new year (KG:204:2022:28); 0: counted from its real start (the default)"""),
                ("uint32_t", "reserved", "must be 0"),
            ],
            appended=[
                ("uint32_t", "corona_approval", """1: the corona approval (2020 and 2021 only) — the
                    allowance was in place, unchanged, before 13 March 2020 and goes on while the
                    employee works at home: it keeps its pre-corona basis (the working week),
                    office_days_per_week may be 0, and no recalculation is required on that account; in
                    another year WKR_E_INVALID_ARGUMENT. 0: the normal rules"""),
                ("uint32_t", "reserved2", "must be 0"),
            ],
        ),
        struct(
            "wkr_fixed_commute_result",
            output=True,
            doc="""Result of wkr_fixed_commute() and wkr_fixed_commute_batch(). The caller sets
                struct_size.""",
            fields=[
                ("int32_t", "year", "the calendar year"),
                ("wkr_decimal", "km_one_way", "the distance one way"),
                ("wkr_decimal", "days", "214 × k/5 × months/12, rounded as asked (171.2)"),
                ("wkr_decimal", "minimum_days", "the 128-day rule for the pattern (76.8 for 3 days)"),
                ("wkr_decimal", "minimum_weeks", "the 36-week rule for the months the allowance runs"),
                ("wkr_decimal", "rate", "exempt per km"),
                ("int64_t", "pattern_cap_cents", "days × km one way × 2 × rate, before any long absence"),
                ("int64_t", "cap_cents", """the exempt maximum: the pattern cap less the months a long
                    absence stops"""),
                ("int64_t", "monthly_cap_cents", "the pattern cap per month the allowance runs"),
                ("int64_t", "actual_cap_cents", "actual km × rate, when actual_cap_given"),
            ] + split(exempt="min(paid, cap, or the actual cap after a recalculation)") + [
                ("int32_t", "days_per_week", "k of k/5: office days (from 2022) or working days (before)"),
                ("int32_t", "months", "the months the allowance runs"),
                ("uint32_t", "stopped_months", """the months a long absence makes taxable: bit m−1 for
                    month m (bit 0 January, bit 11 December)"""),
                ("uint32_t", "pattern_based", """1 from 2022 (the days follow the travel pattern); 0 before
                    (the working week)"""),
                ("uint32_t", "qualifies", """1 when the 128-day or the 36-week rule is met (assumed from
                    the pattern unless travel days or weeks were given)"""),
                ("uint32_t", "recalculation_required", """1 when the allowance must be recalculated at the
                    year end: one way more than 75 km, or an estimate (the rules not met); the reasons
                    are in the JSON response"""),
                ("uint32_t", "actual_cap_given", """1 when actual km were given: exempt is against
                    actual_cap"""),
                ("uint32_t", "paid_given", "1 when an amount paid was split into exempt and excess"),
                ("int32_t", "excess_treatment", """WKR_EXCESS_DESIGNATE or WKR_EXCESS_WAGE as applied; 0
                    unpaid"""),
                ("uint32_t", "reserved", "0"),
            ],
            appended=[
                ("uint32_t", "warning_count", """the inputs that changed nothing in the answer (a long
                    absence that does not touch the year); their texts are the `warnings` of the JSON
                    response (docs/limits.md, "Nothing silent"). 0: none"""),
                ("uint32_t", "reserved2", "0"),
            ],
        ),
    ]),
    ("evaluation", [
        struct(
            "wkr_item",
            param="item",
            init_note="set category: 0 is not a category",
            doc="""One item of the evaluation. The employee is the caller's own number (an employee id);
                items with the same number belong to the same employee.""",
            fields=[
                ("int32_t", "category", "WKR_ITEM_*"),
                ("int64_t", "employee_id", "the employee, any number the caller chooses"),
                ("int64_t", "amount_cents", "the amount paid or provided, in cents, not negative"),
                ("wkr_decimal", "quantity", """days, km or an amount, as the category says (when
                    quantity_given)"""),
                ("uint32_t", "quantity_given", "1 when quantity is given"),
                ("int32_t", "treatment", """WKR_EXCESS_*: 0 for the evaluation's; a category with no
                    taxable part takes none, and what is always wage cannot be designated"""),
                ("int32_t", "customary_test", "WKR_CUSTOMARY_TEST_* for this item's employee"),
                ("uint32_t", "reserved", "must be 0"),
            ],
            appended=[
                ("uint32_t", "own_contribution_given", """1: own_contribution_cents is what the employee
                    pays towards the item himself (eigen bijdrage: off its value, not below nil;
                    refused for allowances paid in money, the staff discount and intermediary
                    costs); 0: none"""),
                ("uint32_t", "reserved2", "must be 0"),
                ("int64_t", "own_contribution_cents", "the own contribution in cents, not negative"),
            ],
        ),
        struct(
            "wkr_item_result",
            output=True,
            doc="The evaluation of one item. The caller sets struct_size.",
            fields=[
                ("uint32_t", "employee_index", "the item's employee: an index into the employees output"),
                ("int64_t", "amount_cents", "the amount; the five parts below (and own_contribution_cents) add up to it"),
            ] + parts() + [
                ("int64_t", "cap_cents", "the exempt maximum, when the rule has one (cap_given)"),
                ("uint32_t", "cap_given", "1 when the item's rule has an exempt maximum"),
                ("int32_t", "category", "WKR_ITEM_*, as given"),
            ],
            appended=[
                ("int64_t", "own_contribution_cents", """what the employee paid towards it himself (eigen
                    bijdrage; not wage): with the parts above it adds up to the amount"""),
            ],
        ),
        struct(
            "wkr_employee_totals",
            output=True,
            param="totals",
            doc="The totals of one employee: sums over the employee's items. The caller sets struct_size.",
            fields=[
                ("uint32_t", "item_count", "the employee's items"),
                ("int64_t", "employee_id", "as given in the items"),
            ] + parts(designated="the employee's designated total, for the customary test") + [
                ("int64_t", "safe_harbour_cents", """the customary test's safe harbour for the year
                    (€2,400)"""),
                ("uint32_t", "customary_test_applies", """1 when the safe harbour may be used; 0 for an
                    intern or below the minimum wage (the name is older than that reading: the test
                    itself applies to everyone)"""),
                ("uint32_t", "customary_review", """1: review whether the designated items are customary —
                    designated above the safe harbour, or anything designated when the safe harbour may
                    not be used"""),
            ],
            appended=[
                ("int64_t", "own_contribution_cents", """what the employee paid towards it himself (eigen
                    bijdrage; not wage): with the parts above it adds up to the items' amounts"""),
            ],
        ),
        struct(
            "wkr_evaluation_input",
            doc="The common input of wkr_evaluate_items().",
            fields=[
                ("int32_t", "year", "the calendar year"),
                ("int32_t", "excess", "WKR_EXCESS_*: for the items that do not say"),
                ("uint32_t", "company_bicycle_designation", """1: a company bicycle's addition is
                    designated (the sources allow it, docs/allowances.md; the default of the library,
                    the command, Python and C#); 0: it is wage. 0 keeps its first meaning, so a zeroed
                    struct gives wage: set 1 for the other front ends' default"""),
            ],
        ),
        struct(
            "wkr_evaluation_result",
            output=True,
            doc="""The employer's totals of wkr_evaluate_items(): sums over all items. The caller sets
                struct_size.""",
            fields=[
                ("int32_t", "year", "the calendar year"),
                ("uint32_t", "employee_count", "the distinct employees of the items"),
                ("uint32_t", "customary_review_count", "the employees flagged by the customary test"),
            ] + parts(designated="the designated total: settle it with wkr_settle()", wage="the employees' wage"),
            appended=[
                ("int64_t", "own_contribution_cents", """what the employee paid towards it himself (eigen
                    bijdrage; not wage): with the parts above it adds up to the items' amounts"""),
            ],
        ),
    ]),
    ("group scheme", [
        struct(
            "wkr_group_scheme_input",
            doc="""The common input of wkr_group_scheme_settle(): the group scheme as the law has it, its
                members in the wkr_group_member array.""",
            fields=[
                ("int32_t", "year", "the calendar year"),
                ("int32_t", "free_space_rounding", "WKR_ROUNDING_*; WKR_ROUNDING_TABLES: down to the cent"),
                ("int32_t", "allocation_key", """WKR_ALLOCATION_*: how the group's levy is shared among the
                    members of the scheme"""),
                ("uint32_t", "filing_member", """the member that files the group's levy, by its number in
                    the members array counted from 1; 0: the member with the largest wage bill (of equal
                    ones the first)"""),
                ("uint32_t", "designated_given", """1: designated_cents is the group scheme's designated
                    total, and the members in the group give none (then the key cannot be
                    WKR_ALLOCATION_DESIGNATED); 0: every member gives its own"""),
                ("int64_t", "designated_cents", "the group scheme's designated total in cents"),
            ],
        ),
        struct(
            "wkr_group_scheme_settlement",
            output=True,
            doc="""The settlement of the group scheme by wkr_group_scheme_settle(): the members in the group
                all year, their summed wage bills and designated amounts. The caller sets
                struct_size.""",
            fields=[
                ("int32_t", "year", "the calendar year settled"),
                ("int64_t", "wage_bill_cents", "the summed wage bill of the members in the group scheme"),
                ("int64_t", "free_space_cents", "the group scheme's free space"),
                ("int64_t", "designated_cents", "its designated total"),
                ("int64_t", "excess_cents", "designated above the free space; 0 when within it"),
                ("int64_t", "final_levy_cents", "the group's final levy, in cents"),
                ("int64_t", "final_levy_return_cents", "the levy in the return: whole euros"),
                ("int32_t", "due_year", "the return the levy is due in at the latest: its year …"),
                ("int32_t", "due_period", "… and its period"),
                ("uint32_t", "filing_member", """the member that files the levy, by its number in the
                    members array counted from 1"""),
                ("uint32_t", "filing_member_named", "1 when input->filing_member named it"),
                ("uint32_t", "needs_permission", """1: named, and its wage bill is not the largest — it
                    files only with the inspector's permission (art. 64 AWR) and the consent of all
                    members"""),
                ("int32_t", "allocation_key", "WKR_ALLOCATION_*, as applied"),
                ("uint32_t", "group_member_count", "the members in the group scheme"),
                ("uint32_t", "part_year_member_count", "the members outside it (part of the year)"),
            ],
        ),
        struct(
            "wkr_group_member_result",
            output=True,
            doc="""One member's part of wkr_group_scheme_settle(), in the order of the members array: its
                share of the group's levy when it is in the group scheme, or its own settlement when it
                was in the group for part of the year. The caller sets struct_size.""",
            fields=[
                ("uint32_t", "in_group", """1: in the group scheme (the whole year); 0: outside it, with a
                    settlement of its own"""),
                ("int64_t", "wage_bill_cents", "the member's wage bill"),
                ("int64_t", "levy_share_cents", """in the group scheme: its share of the group's final levy
                    (the shares add up to it exactly); else 0"""),
                ("wkr_decimal", "allocation_weight", """in the group scheme: its value in the key (its
                    designated amount, wage bill or weight); else 0"""),
                ("int64_t", "designated_cents", "its own designated amount (0 when none was given)"),
                ("int64_t", "free_space_cents", "outside the scheme: its own free space; else 0"),
                ("int64_t", "excess_cents", "outside the scheme: its own excess; else 0"),
                ("int64_t", "final_levy_cents", "outside the scheme: its own final levy, in cents; else 0"),
                ("int64_t", "final_levy_return_cents", "outside the scheme: its own levy in the return; else 0"),
                ("int32_t", "due_year", "outside the scheme: the return its levy is due in; else 0"),
                ("int32_t", "due_period", "… and its period"),
            ],
        ),
    ]),
    ("wage bill", [
        struct(
            "wkr_wage_bill_input",
            doc="The common input of wkr_wage_bill() and wkr_group_wage_bill().",
            fields=[
                ("int32_t", "year", "the calendar year"),
                ("int32_t", "former_wage_test", """WKR_FORMER_WAGE_TEST_*: where the 10% test applies in a
                    group (wkr_group_wage_bill() only; 0 for one employer)"""),
            ],
        ),
        struct(
            "wkr_employee_wage",
            param="employee",
            doc="""One row of the payroll: an employee's fiscal wage for the year, column 14 of the payroll
                record (loonstaat). An employee with several income relationships has several rows.""",
            fields=[
                ("uint32_t", "former", """1: wage from former employment (a pension, a benefit paid to a
                    former employee); 0: from current employment"""),
                ("int64_t", "fiscal_wage_cents", "the fiscal wage in cents; may be negative (a repayment)"),
            ],
        ),
        struct(
            "wkr_payroll_member",
            param="member",
            defaults={"whole_year": 1},
            doc="""A member of a group for wkr_group_wage_bill(): its payroll is employee_count rows of the
                employees array, from index employee_first.""",
            fields=[
                ("uint32_t", "whole_year", """1: in the group the whole calendar year; 0: part of the year
                    (outside the group scheme, always tested on its own payroll)"""),
                ("uint32_t", "employee_first", "the index of the member's first row in `employees`"),
                ("uint32_t", "employee_count", "how many rows from employee_first are the member's"),
            ],
        ),
        struct(
            "wkr_wage_bill_result",
            output=True,
            doc="""The wage bill of one employer (wkr_wage_bill()) or of one member
                (wkr_group_wage_bill()). The caller sets struct_size.""",
            fields=[
                ("int32_t", "year", "the calendar year"),
                ("int64_t", "current_cents", "wage from current employment (tegenwoordige dienstbetrekking)"),
                ("int64_t", "former_cents", "wage from former employment (vroegere dienstbetrekking)"),
                ("int64_t", "wage_bill_cents", "current + former when the former counts, else current alone"),
                ("uint32_t", "former_included", """1: the former wage is at most 10% of the total and
                    counts; 0: it is more and is left out entirely"""),
                ("uint32_t", "whole_year", "1 for one employer; for a member as given"),
            ],
        ),
        struct(
            "wkr_group_wage_bill_result",
            output=True,
            doc="The group's totals of wkr_group_wage_bill(). The caller sets struct_size.",
            fields=[
                ("int32_t", "year", "the calendar year"),
                ("int64_t", "wage_bill_cents", "the wage bill of the members in the group scheme together"),
                ("int32_t", "former_wage_test", "WKR_FORMER_WAGE_TEST_*, as applied"),
                ("uint32_t", "group_member_count", "the members in the group scheme (the whole year)"),
            ],
        ),
    ]),
    ("ledger", [
        struct(
            "wkr_ledger_input",
            doc="The common input of wkr_ledger(): the year and how the ledger is kept (docs/ledger.md).",
            fields=[
                ("int32_t", "year", "the calendar year"),
                ("uint32_t", "four_weekly", "1: 13 four-weekly return periods; 0: 12 monthly ones"),
                ("int32_t", "strategy", "WKR_LEVY_*: when the final levy is declared"),
                ("int32_t", "basis", """WKR_BASIS_*: the free space the designated wage so far is measured
                    against"""),
                ("int32_t", "threshold_to_date", """WKR_THRESHOLD_*: the bracket threshold (2020 on) against
                    the wage bill so far"""),
                ("int32_t", "free_space_rounding", "WKR_ROUNDING_*; WKR_ROUNDING_TABLES: down to the cent"),
            ],
        ),
        struct(
            "wkr_ledger_period",
            param="period",
            doc="One return period's figures for wkr_ledger(); every period of the year once.",
            fields=[
                ("int32_t", "period", "1 to 12 (monthly) or 1 to 13 (four-weekly)"),
                ("int64_t", "wage_bill_cents", "the fiscal wage of the period, in cents"),
                ("int64_t", "designated_cents", "designated to the free space in the period, in cents"),
                ("uint32_t", "levy_paid_given", """1: levy_paid_cents is the final levy declared in this
                    period's return (it is then what the ledger counts as declared there)"""),
                ("uint32_t", "estimate_given", """1: estimate_cents is an estimate of the year's wage bill,
                    in force from this period until another is given (WKR_BASIS_ESTIMATE needs one from
                    period 1)"""),
                ("int64_t", "levy_paid_cents", "the levy declared, whole euros (a multiple of 100 cents)"),
                ("int64_t", "estimate_cents", "the estimate of the year's wage bill, in cents"),
            ],
        ),
        struct(
            "wkr_ledger_row",
            output=True,
            doc="One period of the ledger: the period and the year so far. The caller sets struct_size.",
            fields=[
                ("int32_t", "period", "the period, 1 to 13"),
                ("int64_t", "wage_bill_cents", "the period's fiscal wage"),
                ("int64_t", "wage_bill_cumulative_cents", "the year's so far"),
                ("int64_t", "free_space_cumulative_cents", """the free space on the wage bill so far (the
                    threshold as input->threshold_to_date says)"""),
                ("int64_t", "designated_cents", "designated in the period"),
                ("int64_t", "designated_cumulative_cents", "designated so far"),
                ("int64_t", "free_space_left_cents", """the basis's free space less the designated so far; 0
                    when exceeded"""),
                ("int64_t", "excess_cumulative_cents", """the designated so far above the basis's free
                    space; 0 when within"""),
                ("int64_t", "final_levy_so_far_cents", """the levy on the excess so far, in cents: the levy
                    if the year ended now"""),
                ("int64_t", "levy_declared_cents", "declared in this period's return, whole euros"),
                ("uint32_t", "estimate_given", "1 when an estimate of the year's wage bill is in force"),
                ("uint32_t", "reserved", "0"),
                ("int64_t", "estimate_cents", "the estimate in force"),
                ("int64_t", "free_space_estimate_cents", "the free space on that estimate"),
            ],
        ),
        struct(
            "wkr_ledger_year_end",
            output=True,
            doc="""The year-end of wkr_ledger(): the year's settlement as wkr_settle() makes it, and the
                correction for the levy declared during the year. The caller sets struct_size.""",
            fields=[
                ("int32_t", "year", "the calendar year"),
                ("int64_t", "wage_bill_cents", "the year's wage bill"),
                ("int64_t", "free_space_cents", "the year's free space"),
                ("int64_t", "designated_cents", "the year's designated total"),
                ("int64_t", "excess_cents", "designated above the free space; 0 when within it"),
                ("int64_t", "final_levy_cents", "the year's final levy, in cents"),
                ("int64_t", "final_levy_return_cents", "the levy over the year in the return: whole euros"),
                ("int32_t", "due_year", "the return the levy and the correction are due in: its year …"),
                ("int32_t", "due_period", "… and its period"),
                ("int64_t", "levy_paid_cents", "declared during the year: the sum of levy_declared"),
                ("int64_t", "correction_cents", """final_levy_return − levy_paid, whole euros: still due, or
                    a refund when negative"""),
            ],
        ),
    ]),
    ("budget", [
        struct(
            "wkr_budget_input",
            init_note="set mode: 0 is not a travel mode",
            doc="""Input of wkr_budget(): one employee's where-you-work budget (waar-je-werkt-budget) for a
                year, his weekly pattern, how he travels and what the employer has left of its free space
                (docs/policy.md). Optional inputs have a `*_given` flag.""",
            fields=[
                ("int32_t", "year", "the calendar year"),
                ("int64_t", "budget_cents", "the budget in cents, for the year or a month (budget_period)"),
                ("int32_t", "budget_period", "WKR_BUDGET_PERIOD_*: what budget_cents is for"),
                ("int32_t", "office_days", "days a week at the office, 0 to 7"),
                ("int32_t", "home_days", "days a week at home, 0 to 7"),
                ("int32_t", "coworking_days", "days a week at a co-working space, 0 to 7"),
                ("wkr_decimal", "km_one_way", "home to the office, one way, in km (needed with office days)"),
                ("int32_t", "mode", "WKR_MODE_*: how the employee travels"),
                ("uint32_t", "internet_necessary", "1: internet is necessary for the work"),
                ("uint32_t", "fare_per_day_given", """1: fare_per_day_cents is a return ticket to the office
                    (public transport at actual cost); 0: by the km"""),
                ("uint32_t", "coworking_km_one_way_given", "1: coworking_km_one_way is given"),
                ("int64_t", "fare_per_day_cents", "a return ticket to the office, in cents"),
                ("wkr_decimal", "coworking_km_one_way", """home to the co-working space, one way (needed
                    with co-working days)"""),
                ("uint32_t", "coworking_fare_per_day_given", "1: coworking_fare_per_day_cents is given"),
                ("uint32_t", "marginal_rate_given", """1: marginal_rate is the employee's; 0: no wage
                    route beyond the free space"""),
                ("int64_t", "coworking_fare_per_day_cents", "a return ticket to the co-working space"),
                ("int64_t", "coworking_cost_cents", "the employee's own co-working space for the year (no exemption)"),
                ("int64_t", "internet_per_month_cents", "the internet component of his subscription, a month"),
                ("int64_t", "arbo_cost_cents", "arbo provisions the Arbowet requires, for the year"),
                ("wkr_decimal", "marginal_rate", """the employee's marginal rate, 0 ≤ r < 1 (e.g. 0.3756;
                    wkr does not compute income tax)"""),
                ("int64_t", "free_space_left_cents", "the employer's free space left for this budget"),
                ("int32_t", "rest", "WKR_BUDGET_REST_*: the part the costs do not need"),
                ("uint32_t", "reserved", "must be 0"),
            ],
        ),
        struct(
            "wkr_budget_result",
            output=True,
            doc="""Result of wkr_budget(): the totals of the budget. Amounts that are exact shares of the
                employer's final levy (rounded once, at the employer's total) are wkr_decimal; the rest
                cents. The caller sets struct_size.""",
            fields=[
                ("int32_t", "year", "the calendar year"),
                ("int64_t", "budget_cents", "the budget for the year"),
                ("int32_t", "route", "WKR_ROUTE_*: how the part beyond the free space is paid"),
                ("uint32_t", "customary_review", "1: the customary test flags the designated total"),
                ("uint32_t", "recalculation_required", """1: a route to work is beyond the threshold; the
                    exempt maxima are estimates"""),
                ("uint32_t", "reserved", "0"),
                ("int64_t", "exempt_cents", "under targeted exemptions"),
                ("int64_t", "free_space_used_cents", "designated within the free space left"),
                ("int64_t", "above_free_space_cents", "designated above it"),
                ("wkr_decimal", "final_levy", "the final levy on that, exact (332.888)"),
                ("int64_t", "wage_net_cents", "paid as wage: the net the employee keeps"),
                ("int64_t", "wage_gross_cents", "its gross-up at the marginal rate"),
                ("int64_t", "net_value_cents", "what the employee gets, net"),
                ("wkr_decimal", "employer_cost", "exempt + designated + final levy + wage gross"),
                ("wkr_decimal", "left_over", "budget − employer cost"),
                ("int64_t", "free_space_left_cents", "the free space left after this budget"),
            ],
        ),
        struct(
            "wkr_budget_share",
            output=True,
            param="share",
            doc="""One part of a budget (WKR_BUDGET_HOME_WORKING …), in the order the budget pays them.
                The amounts paid are net to the employee; the levy is on top. The rule and the legal
                source of each part are in the JSON response. The caller sets struct_size.""",
            fields=[
                ("int32_t", "category", "WKR_BUDGET_*: the part"),
                ("int64_t", "wanted_cents", "its exempt maximum, or its cost (0 for the rest)"),
                ("int64_t", "exempt_cents", "under a targeted exemption"),
                ("int64_t", "free_space_cents", "designated within the free space left"),
                ("int64_t", "above_free_space_cents", "designated above it"),
                ("wkr_decimal", "levy", "the final levy on above_free_space, exact"),
                ("int64_t", "wage_cents", "paid as wage, net"),
                ("int64_t", "net_cents", "exempt + free space + above it + wage"),
            ],
        ),
    ]),
    ("columns", [
        struct(
            "wkr_columns_options",
            doc="""Options of the columnar calls wkr_free_space_columns() and wkr_settle_columns(): how the
                free space is rounded and how many threads compute the rows.""",
            fields=[
                ("int32_t", "free_space_rounding", "WKR_ROUNDING_*; WKR_ROUNDING_TABLES: down to the cent"),
                ("int32_t", "threads", """0 or 1: the calling thread alone; n > 1: up to n threads (a thread
                    for every 2,048 rows at most); -1: one per hardware thread. The results are the
                    same for any number"""),
                ("uint32_t", "reserved", "must be 0"),
            ],
        ),
    ]),
]
