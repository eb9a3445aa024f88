"""wkr — exact calculations for the Dutch werkkostenregeling (WKR), over libwkr's C interface.

Pure ctypes, standard library only. Amounts go in and come out as decimal.Decimal (or int);
a float is refused with TypeError, because it cannot hold most amounts exactly.

    >>> from decimal import Decimal
    >>> import wkr
    >>> wkr.free_space(2026, Decimal("1600000"))
    Decimal('22160.00')
    >>> wkr.settle(2025, Decimal("500000"), Decimal("14180")).final_levy
    Decimal('4000.00')

The allowance rules have typed calls too, with exact day counts:

    >>> wkr.home_working_fixed(2025, 1).days
    Decimal('42.8')
    >>> wkr.fixed_commute(2025, 20, 4).cap
    Decimal('1575.04')

(home_working, home_working_fixed, commute, travel_km, fixed_commute, fixed_commute_batch and
evaluate_items, the per-employee evaluation of Item rows.) The group scheme as the law has it
(group_scheme_settle), the wage bill from the payroll (wage_bill, group_wage_bill), the free space
period by period (ledger) and an amount split over periods (distribute):

    >>> wkr.ledger(2025, [wkr.Period(p, 40000, 1000) for p in range(1, 13)]).totals.final_levy
    Decimal('2444.80')
    >>> wkr.distribute(Decimal("1000"), 12)[:5]
    [Decimal('83.34'), Decimal('83.34'), Decimal('83.34'), Decimal('83.34'), Decimal('83.33')]

Module-level functions use the tables compiled into the library. For other tables (a new year,
loaded from a directory) use a Context, preferably as a context manager:

    >>> with wkr.Context("data/updates/2027") as tables:
    ...     tables.free_space(2027, Decimal("400000"))
    Decimal('8640.00')

A failure raises wkr.WkrError with the library's status code (.status, .status_name) and its
message (.message). Contexts are immutable and may be shared by threads; libwkr releases the GIL
during each call. The library is found as described in wkr._native.
"""

import ctypes
import decimal
import enum
import json
import os
import threading
from collections import namedtuple
from decimal import Decimal
from functools import partial
from itertools import repeat

from . import _columns, _native
from ._native import lib

__all__ = [
    "BatchError",
    "ColumnsError",
    "Budget",
    "BudgetShare",
    "Context",
    "Due",
    "EmployeeEvaluation",
    "EmployeeWage",
    "Evaluation",
    "FixedCommute",
    "FreeSpace",
    "FreeSpaceColumns",
    "GroupSchemeSettlement",
    "GroupWageBill",
    "HomeWorking",
    "Item",
    "ItemEvaluation",
    "ItemsError",
    "Ledger",
    "LedgerRow",
    "LevyShare",
    "Member",
    "MemberPayroll",
    "MemberWageBill",
    "PartYearMember",
    "Period",
    "Rounding",
    "Settlement",
    "SettlementColumns",
    "Status",
    "Travel",
    "WageBill",
    "WkrError",
    "YearEnd",
    "abi_version",
    "budget",
    "commute",
    "distribute",
    "evaluate",
    "evaluate_items",
    "fixed_commute",
    "fixed_commute_batch",
    "free_space",
    "free_space_batch",
    "free_space_columns",
    "group_free_space",
    "group_scheme_settle",
    "group_settle",
    "group_wage_bill",
    "home_working",
    "home_working_fixed",
    "ledger",
    "parameter",
    "scenario",
    "settle",
    "settle_batch",
    "settle_columns",
    "travel_km",
    "version",
    "version_number",
    "wage_bill",
]

# ---- versions ----------------------------------------------------------------------------------------


def version():
    """The version of the loaded libwkr, e.g. '0.1.0'."""
    return lib.wkr_version_string().decode("ascii")


def version_number():
    """The version of the loaded libwkr as MAJOR * 10000 + MINOR * 100 + PATCH."""
    return lib.wkr_version_number()


def abi_version():
    """The ABI version of the loaded libwkr (the N of libwkr.so.N)."""
    return lib.wkr_abi_version()


__version__ = version()

# ---- status codes and errors --------------------------------------------------------------------------


class Status(enum.IntEnum):
    """The status codes of wkr.h (stable numbering)."""

    OK = _native.OK
    E_INVALID_ARGUMENT = _native.E_INVALID_ARGUMENT
    E_PARSE = _native.E_PARSE
    E_OVERFLOW = _native.E_OVERFLOW
    E_DATA = _native.E_DATA
    E_NOT_COVERED = _native.E_NOT_COVERED
    E_IO = _native.E_IO
    E_DIVISION_BY_ZERO = _native.E_DIVISION_BY_ZERO
    E_NOMEM = _native.E_NOMEM
    E_INTERNAL = _native.E_INTERNAL
    E_RANGE = _native.E_RANGE
    E_BUFFER_TOO_SMALL = _native.E_BUFFER_TOO_SMALL
    E_UNSUPPORTED = _native.E_UNSUPPORTED
    E_ROWS_FAILED = _native.E_ROWS_FAILED


class WkrError(Exception):
    """A failure reported by libwkr: .status (a Status, or the int of a code this binding does not
    know), .status_name ('WKR_E_NOT_COVERED'), .message (what was wrong and what would be right, in
    English) and .message_nl (the same in Dutch, as the wkr command says it with --lang nl; the
    English where the library has no Dutch for it: the C layer's own messages, the summary of a
    batch of tuples).
    message_in('nl' or 'en') picks one."""

    def __init__(self, status, message, message_nl=None):
        try:
            status = Status(status)
        except ValueError:
            pass
        self.status = status
        self.status_name = _native.status_name(int(status))
        self.message = message
        self.message_nl = message if message_nl is None else message_nl
        super().__init__("%s: %s" % (self.status_name, message))

    def message_in(self, language):
        """The message in 'nl' or 'en'."""
        if language not in ("nl", "en"):
            raise ValueError("language is 'nl' or 'en', not %r" % (language,))
        return self.message_nl if language == "nl" else self.message


class BatchError(WkrError):
    """Some rows of a batch failed. .results has one entry per row (None for a failed row) and
    .errors maps the index of each failed row to its WkrError."""

    def __init__(self, message, results, errors):
        super().__init__(Status.E_ROWS_FAILED, message)
        self.results = results
        self.errors = errors


def _check(status):
    if status != _native.OK:
        raise WkrError(status, _native.last_error_message(), _native.last_error_message(_native.LANG_NL))


# ---- exact numbers ---------------------------------------------------------------------------------

_EXACT = _columns.EXACT  # every rounding trapped
_INT64 = (-(2**63), 2**63 - 1)


def _amount(value, what):
    """A Decimal or int amount as int cents; TypeError for a float (or anything else), ValueError
    for a fraction of a cent or a value beyond int64 cents."""
    if isinstance(value, bool) or not isinstance(value, (Decimal, int)):
        if isinstance(value, float):
            raise TypeError(
                "%s is the float %r; pass a decimal.Decimal (e.g. Decimal(%r)) or an int, so the amount "
                "stays exact" % (what, value, str(value))
            )
        raise TypeError("%s must be a decimal.Decimal or an int, not %s" % (what, type(value).__name__))
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError("%s is %s; an amount is a finite number" % (what, value))
        scaled = value.scaleb(2, context=_EXACT)
        if scaled != scaled.to_integral_value():
            raise ValueError("%s is %s: libwkr takes whole cents (at most two decimals)" % (what, value))
        cents = int(scaled)
    else:
        cents = value * 100
    if not _INT64[0] <= cents <= _INT64[1]:
        raise ValueError("%s is %s: beyond the range of int64 cents" % (what, value))
    return cents


def _money(cents):
    """int cents → Decimal with two decimals (2216000 → Decimal('22160.00'))."""
    return Decimal(cents).scaleb(-2, context=_EXACT)


def _to_c_decimal(value):
    """Decimal → wkr_decimal (exact; ValueError when it does not fit 128 bits or 30 decimals)."""
    if isinstance(value, bool) or not isinstance(value, (Decimal, int)):
        raise TypeError("expected a decimal.Decimal or an int, not %s" % type(value).__name__)
    value = Decimal(value)
    if not value.is_finite():
        raise ValueError("%s is not a finite number" % value)
    sign, digits, exponent = value.as_tuple()
    coefficient = int("".join(map(str, digits)) or "0")
    if exponent > 0:
        coefficient *= 10**exponent
        exponent = 0
    if -exponent > 30:
        raise ValueError("%s has more than 30 decimals" % value)
    if sign:
        coefficient = -coefficient
    if not -(2**127) <= coefficient < 2**127:
        raise ValueError("%s does not fit the 128-bit significand of wkr_decimal" % value)
    bits = coefficient & (2**128 - 1)
    high = bits >> 64
    if high >= 2**63:
        high -= 2**64
    return _native.wkr_decimal(lo=bits & (2**64 - 1), hi=high, scale=-exponent, reserved=0)


def _from_c_decimal(value):
    """wkr_decimal → Decimal, exactly (never through the default context's 28 digits)."""
    coefficient = value.hi * 2**64 + value.lo
    digits = tuple(int(c) for c in str(abs(coefficient)))
    return Decimal((1 if coefficient < 0 else 0, digits, -value.scale))


# ---- rounding ---------------------------------------------------------------------------------------


class Rounding(enum.IntEnum):
    """How the free space is brought to cents. TABLES (the default) uses the parameter tables'
    rule: down to the cent."""

    TABLES = 0
    HALF_UP = 1
    HALF_EVEN = 2
    FLOOR = 3
    CEILING = 4
    TOWARD_ZERO = 5


_ROUNDING_NAMES = {m.name.lower().replace("_", "-"): m for m in Rounding}


def _rounding(value):
    if value is None:
        return Rounding.TABLES
    if isinstance(value, str):
        try:
            return _ROUNDING_NAMES[value]
        except KeyError:
            raise ValueError(
                "rounding %r is not one of %s" % (value, ", ".join(sorted(_ROUNDING_NAMES)))
            ) from None
    return Rounding(value)


# ---- results ----------------------------------------------------------------------------------------

Due = namedtuple("Due", "year period")
Due.__doc__ = "The return (aangiftetijdvak) a final levy is due in at the latest."

FreeSpace = namedtuple("FreeSpace", "year wage_bill free_space")
FreeSpace.__doc__ = "A free space (vrije ruimte): the year, the (total) wage bill and the free space."

Settlement = namedtuple(
    "Settlement", "year wage_bill free_space designated excess final_levy final_levy_return due"
)
Settlement.__doc__ = (
    "A year-end settlement: amounts as Decimal with two decimals; final_levy_return is the levy "
    "as declared (whole euros); due is a Due."
)


SettlementColumns = namedtuple(
    "SettlementColumns", "free_space_cents excess_cents final_levy_cents final_levy_return_cents due_period status"
)
SettlementColumns.__doc__ = (
    "The settlements of Context.settle_columns(), one element per row: the amounts as array('q') of "
    "int64 cents (final_levy_return_cents in whole euros, as declared), due_period the period of the "
    "return in the year after the row's year, and status array('i') with 0 for a row computed, else its "
    "Status (its amounts are then 0)."
)

FreeSpaceColumns = namedtuple("FreeSpaceColumns", "free_space_cents status")
FreeSpaceColumns.__doc__ = "The free space of Context.free_space_columns(): array('q') of cents and array('i') statuses."


class ColumnsError(WkrError):
    """Some rows of a columnar call failed (raise_on_error=True). .columns holds every column as the
    call made it (the failed rows 0, their Status in .columns.status); the message says how many rows
    failed and what was wrong with the first."""

    def __init__(self, message, columns, message_nl=None):
        super().__init__(Status.E_ROWS_FAILED, message, message_nl)
        self.columns = columns


class Member(namedtuple("Member", "wage_bill whole_year designated allocation_weight name")):
    """A member of a group scheme: its wage bill, whether it was in the group all year, and for
    group_scheme_settle() its own designated amount, its weight in the group's own key and a name
    (None: "member N", N its place counted from 1). group_free_space() and group_settle() take the
    wage bill and whole_year only."""

    __slots__ = ()

    def __new__(cls, wage_bill, whole_year=True, designated=None, allocation_weight=None, name=None):
        return super().__new__(cls, wage_bill, whole_year, designated, allocation_weight, name)


def _free_space_of(result):
    return FreeSpace(result.year, _money(result.wage_bill_cents), _money(result.free_space_cents))


def _settlement_of(result):
    return Settlement(
        result.year,
        _money(result.wage_bill_cents),
        _money(result.free_space_cents),
        _money(result.designated_cents),
        _money(result.excess_cents),
        _money(result.final_levy_cents),
        _money(result.final_levy_return_cents),
        Due(result.due_year, result.due_period),
    )


def _group(members):
    """The members of a group scheme as the C calls take them: (array, count, stride)."""
    members = [member if isinstance(member, Member) else Member(member) for member in members]
    array = (_native.wkr_group_member * len(members))()
    for i, member in enumerate(members):
        if not isinstance(member.whole_year, bool):
            raise TypeError("members[%d].whole_year must be True or False" % i)
        array[i] = _native.new(
            _native.wkr_group_member,
            whole_year=1 if member.whole_year else 0,
            wage_bill_cents=_amount(member.wage_bill, "members[%d].wage_bill" % i),
        )
        if member.designated is not None:
            array[i].designated_given = 1
            array[i].designated_cents = _amount(member.designated, "members[%d].designated" % i)
        if member.allocation_weight is not None:
            array[i].allocation_weight_given = 1
            array[i].allocation_weight = _exact(member.allocation_weight, "members[%d].allocation_weight" % i)
    return array, len(array), ctypes.sizeof(_native.wkr_group_member)


def _check_json_value(value, path):
    """A request may hold no float anywhere."""
    if isinstance(value, float):
        raise TypeError("%s is the float %r; write amounts as decimal.Decimal or str" % (path, value))
    if isinstance(value, dict):
        for key, item in value.items():
            _check_json_value(item, "%s.%s" % (path, key))
    elif isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            _check_json_value(item, "%s[%d]" % (path, i))


def _json_default(value):
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError("%s cannot be written into a JSON request" % type(value).__name__)


# ---- the targeted exemptions ------------------------------------------------------------------------

HomeWorking = namedtuple(
    "HomeWorking",
    "year fixed exemption_in_force days daily_amount cap monthly_cap "
    "paid exempt excess excess_treatment designated wage",
)
HomeWorking.__doc__ = (
    "A home-working allowance (thuiswerkvergoeding): days and daily_amount exact, amounts as Decimal "
    "in cents; monthly_cap only for a fixed allowance; the split (paid … wage) None without an "
    "amount paid; excess_treatment 'designate' or 'wage'."
)

Travel = namedtuple(
    "Travel",
    "year purpose km_one_way days km rate cap paid exempt excess excess_treatment designated wage",
)
Travel.__doc__ = (
    "A travel allowance by the km: purpose 'commuting' or 'business_trip'; km_one_way and days for "
    "commute(), None for travel_km(); the split None without an amount paid."
)

FixedCommute = namedtuple(
    "FixedCommute",
    "year km_one_way regime days_per_week days minimum_days minimum_weeks months rate "
    "cap_before_absence cap monthly_cap stopped_months qualifies recalculation_required actual_cap "
    "paid exempt excess excess_treatment designated wage warning_count",
)
FixedCommute.__doc__ = (
    "A fixed travel allowance (vaste reiskostenvergoeding): regime 'travel_pattern' (from 2022) or "
    "'working_week'; stopped_months the months (1–12) a long absence makes taxable; actual_cap after "
    "the year-end recalculation (else None); the split None without an amount paid; warning_count the "
    "inputs that changed nothing (a long absence that does not touch the year — their texts are the "
    "'warnings' of evaluate())."
)

Item = namedtuple("Item", "employee category amount quantity treatment own_contribution")
Item.__new__.__defaults__ = (None, None, None)
Item.__doc__ = (
    "One item of the evaluation: employee (any hashable: a name, a number), category (the items CSV "
    "name, e.g. 'home_working', or a WKR_ITEM_* code), amount (Decimal or int), quantity (days, km or "
    "an amount as the category says; None when not given), treatment ('designate', 'wage' or None "
    "for the evaluation's), own_contribution (what the employee pays towards it himself, the items "
    "CSV's own_contribution column; None when none)."
)

ItemEvaluation = namedtuple(
    "ItemEvaluation",
    "employee category amount exempt targeted_exempt nil_valued intermediary designated wage own_contribution cap",
)
ItemEvaluation.__doc__ = (
    "The parts of one item (targeted_exempt, nil_valued, intermediary, designated, wage and "
    "own_contribution add up to the amount); cap None when the rule has none."
)

EmployeeEvaluation = namedtuple(
    "EmployeeEvaluation",
    "employee items exempt targeted_exempt nil_valued intermediary designated wage own_contribution safe_harbour "
    "customary_test_applies customary_review",
)
EmployeeEvaluation.__doc__ = (
    "One employee's items (ItemEvaluation, in input order) and totals, with the customary test: "
    "customary_test_applies is True when its safe harbour may be used (False for interns and employees "
    "below the minimum wage); customary_review flags designated amounts for review."
)

Evaluation = namedtuple(
    "Evaluation",
    "year items employees exempt targeted_exempt nil_valued intermediary designated wage own_contribution "
    "customary_review",
)
Evaluation.__doc__ = (
    "The evaluation: items (one ItemEvaluation per input item, in input order), employees "
    "(EmployeeEvaluation, in the order they first appear), the employer's totals, and the employees "
    "flagged by the customary test. Settle the designated total with settle()."
)


class ItemsError(WkrError):
    """Some items are bad, so nothing was evaluated. .rows maps the index of each bad item to its
    WkrError (its own status and the message's part about it)."""

    def __init__(self, status, message, rows):
        super().__init__(status, message)
        self.rows = rows


_EXCESS = {None: _native.EXCESS_DEFAULT, "designate": _native.EXCESS_DESIGNATE, "wage": _native.EXCESS_WAGE}
_EXCESS_NAMES = {_native.EXCESS_DESIGNATE: "designate", _native.EXCESS_WAGE: "wage"}
_DAY_ROUNDING = {None: _native.DAYS_EXACT, "exact": _native.DAYS_EXACT, "up": _native.DAYS_UP}
_PURPOSE = {"commuting": _native.TRAVEL_COMMUTING, "business_trip": _native.TRAVEL_BUSINESS_TRIP}
_PURPOSE_NAMES = {code: name for name, code in _PURPOSE.items()}
_CUSTOMARY = {None: _native.CUSTOMARY_TEST_APPLIES, "intern": _native.CUSTOMARY_TEST_INTERN,
              "below_minimum_wage": _native.CUSTOMARY_TEST_BELOW_MINIMUM_WAGE}


def _choice(table, value, what):
    try:
        return table[value]
    except (KeyError, TypeError):
        names = ", ".join(repr(k) for k in table if k is not None)
        raise ValueError("%s is %r; it must be one of %s" % (what, value, names)) from None


def _exact(value, what):
    """A day count, distance or other exact decimal as a wkr_decimal; TypeError for a float."""
    if isinstance(value, float):
        raise TypeError(
            "%s is the float %r; pass a decimal.Decimal (e.g. Decimal(%r)) or an int, so the value stays exact"
            % (what, value, str(value))
        )
    if isinstance(value, bool) or not isinstance(value, (Decimal, int)):
        raise TypeError("%s must be a decimal.Decimal or an int, not %s" % (what, type(value).__name__))
    try:
        return _to_c_decimal(value)
    except ValueError as error:
        raise ValueError("%s: %s" % (what, error)) from None


def _whole(value, what):
    """A whole number (int, or a Decimal without a fraction) for an int32_t field."""
    if isinstance(value, float):
        raise TypeError("%s is the float %r; pass an int" % (what, value))
    if isinstance(value, bool) or not isinstance(value, (Decimal, int)):
        raise TypeError("%s must be an int, not %s" % (what, type(value).__name__))
    if isinstance(value, Decimal):
        if not value.is_finite() or value != value.to_integral_value():
            raise ValueError("%s is %s; give a whole number (a partial day counts as a day)" % (what, value))
        value = int(value)
    if not -(2**31) <= value < 2**31:
        raise ValueError("%s is %s: beyond the range of int32_t" % (what, value))
    return value


def _optional_month(value, what):
    return 0 if value is None else _whole(value, what)


def _date(value, what):
    """A datetime.date or 'YYYY-MM-DD' as YYYYMMDD."""
    import datetime

    if isinstance(value, datetime.date):
        return value.year * 10000 + value.month * 100 + value.day
    if isinstance(value, str):
        try:
            return _date(datetime.date.fromisoformat(value), what)
        except ValueError:
            raise ValueError("%s is %r; write a date as YYYY-MM-DD" % (what, value)) from None
    raise TypeError("%s must be a datetime.date or a 'YYYY-MM-DD' string, not %s" % (what, type(value).__name__))


def _split_of(result):
    """(paid, exempt, excess, excess_treatment, designated, wage), None each without an amount paid."""
    if not result.paid_given:
        return (None,) * 6
    return (
        _money(result.paid_cents),
        _money(result.exempt_cents),
        _money(result.excess_cents),
        _EXCESS_NAMES.get(result.excess_treatment),
        _money(result.designated_cents),
        _money(result.wage_cents),
    )


def _home_working_of(r):
    return HomeWorking(
        r.year,
        bool(r.fixed),
        bool(r.exemption_in_force),
        _from_c_decimal(r.days),
        _from_c_decimal(r.daily_amount),
        _money(r.cap_cents),
        _money(r.monthly_cap_cents) if r.fixed else None,
        *_split_of(r),
    )


def _travel_of(r, per_day):
    return Travel(
        r.year,
        _PURPOSE_NAMES.get(r.purpose, r.purpose),
        _from_c_decimal(r.km_one_way) if per_day else None,
        _from_c_decimal(r.days) if per_day else None,
        _from_c_decimal(r.km),
        _from_c_decimal(r.rate),
        _money(r.cap_cents),
        *_split_of(r),
    )


def _fixed_commute_of(r):
    return FixedCommute(
        r.year,
        _from_c_decimal(r.km_one_way),
        "travel_pattern" if r.pattern_based else "working_week",
        r.days_per_week,
        _from_c_decimal(r.days),
        _from_c_decimal(r.minimum_days),
        _from_c_decimal(r.minimum_weeks),
        r.months,
        _from_c_decimal(r.rate),
        _money(r.pattern_cap_cents),
        _money(r.cap_cents),
        _money(r.monthly_cap_cents),
        [month for month in range(1, 13) if r.stopped_months & (1 << (month - 1))],
        bool(r.qualifies),
        bool(r.recalculation_required),
        _money(r.actual_cap_cents) if r.actual_cap_given else None,
        *_split_of(r),
        r.warning_count,
    )


def _pattern(from_month, to_month, round_days, excess):
    """The fields of a fixed allowance from a weekly pattern: the months it runs, how its days are
    rounded, what becomes of the excess."""
    return {
        "from_month": _optional_month(from_month, "from_month"),
        "to_month": _optional_month(to_month, "to_month"),
        "day_rounding": _choice(_DAY_ROUNDING, round_days, "round_days"),
        "excess": _choice(_EXCESS, excess, "excess"),
    }


def _set_paid(data, paid):
    if paid is not None:
        data.paid_given = 1
        data.paid_cents = _amount(paid, "paid")


def _fixed_commute_input(absences, year, km_one_way, office_days_per_week, paid=None, *, work_days_per_week=None,
                         from_month=None, to_month=None, round_days=None, travel_days=None, travel_weeks=None,
                         actual_km=None, long_absences=(), absence_new_cause_each_year=False, corona_approval=False,
                         excess=None):
    """A wkr_fixed_commute_input; its long absences are appended to `absences` (a list of wkr_absence)."""
    data = _native.new(
        _native.wkr_fixed_commute_input,
        year=_whole(year, "year"),
        km_one_way=_exact(km_one_way, "km_one_way"),
        office_days_per_week=_whole(office_days_per_week, "office_days_per_week"),
        work_days_per_week=_optional_month(work_days_per_week, "work_days_per_week"),
        **_pattern(from_month, to_month, round_days, excess),
    )
    _set_paid(data, paid)
    for name, value in (("travel_days", travel_days), ("travel_weeks", travel_weeks), ("actual_km", actual_km)):
        if value is not None:
            setattr(data, name, _exact(value, name))
            setattr(data, name + "_given", 1)
    if not isinstance(absence_new_cause_each_year, bool):
        raise TypeError("absence_new_cause_each_year must be True or False")
    data.absence_new_cause_each_year = 1 if absence_new_cause_each_year else 0
    if not isinstance(corona_approval, bool):
        raise TypeError("corona_approval must be True or False")
    data.corona_approval = 1 if corona_approval else 0
    data.absence_first = len(absences)
    for i, absence in enumerate(long_absences):
        start, returned = absence
        absences.append(
            _native.new(
                _native.wkr_absence,
                start=_date(start, "long_absences[%d] start" % i),
                returned=0 if returned is None else _date(returned, "long_absences[%d] return" % i),
            )
        )
    data.absence_count = len(absences) - data.absence_first
    return data


def _absence_array(absences):
    array = (_native.wkr_absence * max(len(absences), 1))()
    for i, absence in enumerate(absences):
        array[i] = absence
    return array


def _category(value, i):
    if isinstance(value, str):
        return _choice(_native.ITEM_CATEGORIES, value, "items[%d].category" % i)
    if isinstance(value, int) and not isinstance(value, bool):
        return value  # a WKR_ITEM_* code; the library judges it
    raise TypeError("items[%d].category must be a name such as 'home_working' or a code" % i)


def _parts(result):
    return (
        _money(result.exempt_cents),
        _money(result.targeted_exempt_cents),
        _money(result.nil_valued_cents),
        _money(result.intermediary_cents),
        _money(result.designated_cents),
        _money(result.wage_cents),
        _money(result.own_contribution_cents),
    )


def _row_errors(statuses, message):
    """{index: WkrError} for the bad rows, each with the part of the message about it."""
    import re

    parts = {}
    for part in re.split(r"; (?=items\[\d+\])", message.split(" — ", 1)[-1]):
        found = re.match(r"items\[(\d+)\]", part)
        if found:
            parts.setdefault(int(found.group(1)), []).append(part)
    return {
        i: WkrError(status, "; ".join(parts.get(i, [message])))
        for i, status in enumerate(statuses)
        if status != _native.OK
    }


# ---- the group scheme as the law has it, the wage bill, the ledger --------------------------------

GroupSchemeSettlement = namedtuple(
    "GroupSchemeSettlement",
    "settlement members part_year_members filing_member filing_member_named needs_permission allocation_key "
    "allocation",
)
GroupSchemeSettlement.__doc__ = (
    "The settlement of a group scheme as the law has it: settlement (a Settlement of the members in "
    "the group the whole year), members (their names), part_year_members (PartYearMember, each with "
    "its own Settlement), the filing member's name, whether it was named, whether it needs the "
    "inspector's permission (art. 64 AWR), the allocation key ('designated', 'wage-bill' or 'own') "
    "and allocation (LevyShare per member of the scheme; the shares add up to the final levy)."
)

LevyShare = namedtuple("LevyShare", "member weight share")
LevyShare.__doc__ = "A member's share of the group's final levy: its weight in the key and its share in cents."

PartYearMember = namedtuple("PartYearMember", "name settlement")
PartYearMember.__doc__ = "A member in the group for part of the year: its own Settlement."

EmployeeWage = namedtuple("EmployeeWage", "fiscal_wage former")
EmployeeWage.__new__.__defaults__ = (False,)
EmployeeWage.__doc__ = (
    "One payroll row: the fiscal wage of the year (column 14 of the payroll record; may be negative) "
    "and whether it is wage from former employment (a pension, a benefit)."
)

MemberPayroll = namedtuple("MemberPayroll", "employees whole_year name")
MemberPayroll.__new__.__defaults__ = (True, None)
MemberPayroll.__doc__ = (
    "A group member's payroll: its EmployeeWage rows, whether it was in the group the whole year, "
    "and its name (None: 'member N')."
)

WageBill = namedtuple("WageBill", "year current former former_included wage_bill")
WageBill.__doc__ = (
    "One employer's wage bill: wage from current and from former employment, whether the former "
    "counts (at most 10% of the total) and the wage bill."
)

MemberWageBill = namedtuple("MemberWageBill", "name whole_year current former former_included wage_bill")
MemberWageBill.__doc__ = "A group member's wage bill, as WageBill."

GroupWageBill = namedtuple("GroupWageBill", "year former_wage_test wage_bill members")
GroupWageBill.__doc__ = (
    "A group's wage bills: the test's method ('group' or 'member'), the wage bill of the members in "
    "the group scheme together, and MemberWageBill per member in the order given."
)

Period = namedtuple("Period", "period wage_bill designated levy_paid estimate")
Period.__new__.__defaults__ = (None, None)
Period.__doc__ = (
    "One return period for ledger(): its number (1–12, or 1–13 four-weekly), its fiscal wage and "
    "what was designated in it; levy_paid, the levy declared in its return (whole euros), and "
    "estimate, an estimate of the year's wage bill in force from this period, when known."
)

LedgerRow = namedtuple(
    "LedgerRow",
    "period wage_bill wage_bill_cumulative free_space_cumulative designated designated_cumulative "
    "free_space_left excess_cumulative final_levy_so_far levy_declared estimate free_space_estimate",
)
LedgerRow.__doc__ = (
    "One period of the ledger and the year so far (docs/ledger.md); estimate and free_space_estimate "
    "None when no estimate is in force."
)

YearEnd = namedtuple(
    "YearEnd",
    "year wage_bill free_space designated excess final_levy final_levy_return due levy_paid correction",
)
YearEnd.__doc__ = (
    "The year-end of the ledger: the year's settlement as settle() makes it, the levy declared "
    "during the year and the correction (negative: a refund), due in the return `due`."
)

Ledger = namedtuple("Ledger", "year strategy rows totals")
Ledger.__doc__ = "The ledger of a year: the strategy, a LedgerRow per period in order, and the YearEnd."

_ALLOCATION = {"designated": _native.ALLOCATION_DESIGNATED, "wage-bill": _native.ALLOCATION_WAGE_BILL,
               "own": _native.ALLOCATION_OWN}
_ALLOCATION_NAMES = {code: name for name, code in _ALLOCATION.items()}
_FORMER_WAGE_TEST = {"group": _native.FORMER_WAGE_TEST_GROUP, "member": _native.FORMER_WAGE_TEST_MEMBER}
_FORMER_WAGE_TEST_NAMES = {code: name for name, code in _FORMER_WAGE_TEST.items()}
_STRATEGY = {"after-year": _native.LEVY_AFTER_YEAR, "as-you-go": _native.LEVY_AS_YOU_GO}
_BASIS = {"actual": _native.BASIS_ACTUAL, "estimate": _native.BASIS_ESTIMATE}
_THRESHOLD = {"prorated": _native.THRESHOLD_PRORATED, "whole": _native.THRESHOLD_WHOLE}


BudgetShare = namedtuple("BudgetShare", "category wanted exempt free_space above_free_space levy wage net")
BudgetShare.__doc__ = (
    "One part of a budget ('home_working', 'commuting', 'internet', 'arbo', 'coworking_travel', "
    "'coworking_space', 'rest'): what it asked (its exempt maximum or its cost) and how each euro paid is "
    "treated; the amounts are net to the employee, the levy (exact) on top."
)

Budget = namedtuple(
    "Budget",
    "year budget route exempt free_space_used above_free_space final_levy wage_net wage_gross net_value "
    "employer_cost left_over free_space_left customary_review recalculation_required shares",
)
Budget.__doc__ = (
    "The tax-optimal use of one employee's where-you-work budget (docs/policy.md): the route beyond the "
    "free space ('none', 'final-levy' or 'wage'), the totals, and a BudgetShare per part in the order "
    "the budget pays them. final_levy, employer_cost and left_over are exact (a share of the employer's "
    "levy, which is rounded once at its total)."
)

_MODE = {"car": _native.MODE_CAR, "bike": _native.MODE_BIKE, "public-transport": _native.MODE_PUBLIC_TRANSPORT,
         "company-bicycle": _native.MODE_COMPANY_BICYCLE}
_BUDGET_PERIOD = {"year": _native.BUDGET_PERIOD_YEAR, "month": _native.BUDGET_PERIOD_MONTH}
_BUDGET_REST = {"pay-out": _native.BUDGET_REST_PAY_OUT, "keep": _native.BUDGET_REST_KEEP}
_ROUTE_NAMES = {_native.ROUTE_NONE: "none", _native.ROUTE_FINAL_LEVY: "final-levy", _native.ROUTE_WAGE: "wage"}
_BUDGET_CATEGORIES = ("home_working", "commuting", "internet", "arbo", "coworking_travel", "coworking_space", "rest")


def _read_text(path, what):
    """The text of a file the caller names, for a JSON request; its name for the messages."""
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError("%s must be a path (str or os.PathLike), not %s" % (what, type(path).__name__))
    with open(path, encoding="utf-8") as f:
        return f.read(), os.fspath(path)

def _names(items, what):
    """Each item's name, or "member N" (N counted from 1) as the library names it; names must differ."""
    names = [item.name if item.name is not None else "member %d" % (i + 1) for i, item in enumerate(items)]
    for i, name in enumerate(names):
        if not isinstance(name, str):
            raise TypeError("%s[%d].name must be a str or None" % (what, i))
    return names


def _employee_rows(employees, first_index):
    """EmployeeWage rows (or (fiscal_wage, former) tuples) as wkr_employee_wage structs."""
    out = []
    for k, employee in enumerate(employees):
        employee = employee if isinstance(employee, EmployeeWage) else EmployeeWage(*employee)
        where = "employees[%d]" % (first_index + k)
        if not isinstance(employee.former, bool):
            raise TypeError("%s.former must be True or False" % where)
        out.append(_native.new(_native.wkr_employee_wage, former=1 if employee.former else 0,
                               fiscal_wage_cents=_amount(employee.fiscal_wage, where + ".fiscal_wage")))
    return out


def _wage_bill_parts(result):
    return (_money(result.current_cents), _money(result.former_cents), bool(result.former_included),
            _money(result.wage_bill_cents))


def distribute(amount, periods):
    """`amount` (Decimal or int, whole cents, not negative) split over `periods` in cents so that the
    parts add up to it exactly: an int is that many equal periods, a sequence of ints their weights.
    Each part is its exact share rounded down to the cent; the cents left go to the largest
    remainders, the earliest first: distribute(Decimal('1000'), 12) is 83.34 four times, then 83.33."""
    if isinstance(periods, int) and not isinstance(periods, bool):
        count, weights = periods, None
    else:
        weights = [_whole(w, "weights[%d]" % i) for i, w in enumerate(periods)]
        count = len(weights)
    if count < 0:
        raise ValueError("periods is %d; an amount is distributed over at least one period" % count)
    parts = (ctypes.c_int64 * max(count, 1))()
    array = None if weights is None else (ctypes.c_int32 * max(count, 1))(*weights)
    _check(lib.wkr_distribute(_amount(amount, "amount"), array, count, parts))
    return [_money(parts[i]) for i in range(count)]


# ---- contexts ----------------------------------------------------------------------------------------


class Context:
    """Loaded parameter tables: the embedded ones, or with a directory of newer tables on top.

    Immutable and safe to share between threads. Close it (or use `with`) to release it at once;
    otherwise it is released when collected. Using a closed context raises ValueError.
    """

    def __init__(self, directory=None, strict_data=False):
        """`directory`: newer tables layered on the embedded ones. A value it gives for a date the
        embedded tables already have replaces that value (listed in every result's receipt);
        `strict_data=True` refuses it instead (WkrError, WKR_E_DATA, naming the file and line)."""
        self._handle = None
        handle = _native.CONTEXT_P()
        if directory is None:
            if strict_data:
                raise ValueError("strict_data applies to a directory of tables; give directory as well")
            _check(lib.wkr_context_new(ctypes.byref(handle)))
        else:
            path = str(directory).encode("utf-8")
            flags = _native.DATA_STRICT if strict_data else _native.DATA_ALLOW_OVERRIDES
            _check(lib.wkr_context_new_from_directory_flags(path, len(path), flags, ctypes.byref(handle)))
        self._handle = handle
        self.directory = directory

    def close(self):
        """Releases the tables. Safe to call twice."""
        handle, self._handle = self._handle, None
        if handle:
            lib.wkr_context_free(handle)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __del__(self):
        self.close()

    def __repr__(self):
        state = "closed" if self._handle is None else "open"
        return "<wkr.Context %s, %s>" % ("embedded tables" if self.directory is None else repr(self.directory), state)

    @property
    def handle(self):
        if self._handle is None:
            raise ValueError("this wkr.Context is closed")
        return self._handle

    @property
    def digest(self):
        """The SHA-256 of the exact tables loaded (hex): the receipt of every result."""
        status, text = _native.copy_string(lib.wkr_context_parameters_digest, self.handle)
        _check(status)
        return text

    def parameter(self, name, year):
        """A numeric parameter for a year, exactly as the tables state it:
        parameter('final_levy.rate', 2025) == Decimal('0.80')."""
        encoded = name.encode("utf-8")
        out = _native.wkr_decimal()
        _check(lib.wkr_parameter_number(self.handle, encoded, len(encoded), year, ctypes.byref(out)))
        return _from_c_decimal(out)

    def _call(self, function, data, result_type, *between):
        """A single calculation: the input struct `data`, the arguments `between` it and the result
        (a group's members), the result struct the library fills."""
        result = _native.new(result_type)
        _check(function(self.handle, ctypes.byref(data), *between, ctypes.byref(result)))
        return result

    def free_space_result(self, year, wage_bill, *, rounding=None):
        """The free space of one employer as a FreeSpace (year, wage bill, free space)."""
        data = _native.new(
            _native.wkr_free_space_input,
            year=year,
            wage_bill_cents=_amount(wage_bill, "wage_bill"),
            free_space_rounding=_rounding(rounding),
        )
        return _free_space_of(self._call(lib.wkr_free_space, data, _native.wkr_free_space_result))

    def free_space(self, year, wage_bill, *, rounding=None):
        """The free space (vrije ruimte) of one employer with this wage bill, as a Decimal in cents
        (art. 31a Wet LB 1964, lid 3 from 2021)."""
        return self.free_space_result(year, wage_bill, rounding=rounding).free_space

    def group_free_space_result(self, year, members, *, rounding=None):
        """The free space of a group scheme as a FreeSpace; members are Member or amounts."""
        group = _group(members)
        data = _native.new(_native.wkr_free_space_input, year=year, free_space_rounding=_rounding(rounding))
        return _free_space_of(self._call(lib.wkr_group_free_space, data, _native.wkr_free_space_result, *group))

    def group_free_space(self, year, members, *, rounding=None):
        """The free space of a group scheme (concernregeling, art. 32 Wet LB 1964): the rates apply
        once to the members' total wage bill. members: Member(wage_bill, whole_year) or amounts."""
        return self.group_free_space_result(year, members, rounding=rounding).free_space

    def settle(self, year, wage_bill, designated, *, rounding=None):
        """The year-end settlement of one employer: a Settlement (art. 31a Wet LB 1964)."""
        data = _native.new(
            _native.wkr_settle_input,
            year=year,
            wage_bill_cents=_amount(wage_bill, "wage_bill"),
            designated_cents=_amount(designated, "designated"),
            free_space_rounding=_rounding(rounding),
        )
        return _settlement_of(self._call(lib.wkr_settle, data, _native.wkr_settlement))

    def group_settle(self, year, members, designated, *, rounding=None):
        """The settlement of a group scheme: the designated total of the whole group."""
        group = _group(members)
        data = _native.new(
            _native.wkr_settle_input,
            year=year,
            designated_cents=_amount(designated, "designated"),
            free_space_rounding=_rounding(rounding),
        )
        return _settlement_of(self._call(lib.wkr_group_settle, data, _native.wkr_settlement, *group))

    def _batch(self, function, input_type, output_type, rows, convert, single, raise_on_error, shared=tuple):
        """`rows` through a batch entry point: convert(i, row) makes each input struct, single(output)
        each result; shared() gives the arguments between the rows and the results that all rows share
        (called after every row is converted)."""
        rows = list(rows)
        count = len(rows)
        inputs = (input_type * count)()
        for i, row in enumerate(rows):
            inputs[i] = convert(i, row)
        outputs = _native.new_array(output_type, count)
        statuses = (ctypes.c_int32 * count)()
        between = shared()
        status = function(self.handle, inputs, count, ctypes.sizeof(input_type), *between, outputs,
                          ctypes.sizeof(output_type), statuses)
        if status not in (_native.OK, _native.E_ROWS_FAILED):
            _check(status)
        message = _native.last_error_message()
        results = []
        errors = {}
        for i in range(count):
            if statuses[i] == _native.OK:
                results.append(single(outputs[i]))
                continue
            # The batch reports statuses per row and one summary message; the row's own message
            # comes from computing that row alone (rare, so cheap).
            function(self.handle, ctypes.byref(inputs[i]), 1, ctypes.sizeof(input_type), *between,
                     ctypes.byref(outputs[i]), ctypes.sizeof(output_type), None)
            row_message = _native.last_error_message().split("; row 0: ", 1)[-1]
            errors[i] = WkrError(statuses[i], row_message)
            results.append(None if raise_on_error else errors[i])
        if errors and raise_on_error:
            raise BatchError(message, results, errors)
        return results

    # ---- columns of int64 cents (wkr._columns): no Python work per row

    def _columns_call(self, function, rows, year, rounding, threads, *arrays):
        """Calls wkr_*_columns over `rows` rows: arrays are the columns after row_count, the status
        column last. Returns the call's status and its message in English and in Dutch (OK or
        E_ROWS_FAILED; others raise)."""
        years, year_count = _columns.year_column(year, rows)
        options = _native.new(_native.wkr_columns_options, free_space_rounding=_rounding(rounding),
                              threads=-1 if threads is None else threads)
        status = function(self.handle, ctypes.byref(options), years, year_count, rows, *arrays)
        if status not in (_native.OK, _native.E_ROWS_FAILED):
            _check(status)
        if status == _native.OK:
            return status, ("", "")
        return status, (_native.last_error_message(), _native.last_error_message(_native.LANG_NL))

    def settle_columns(self, year, wage_bill_cents, designated_cents, *, rounding=None, threads=1,
                       raise_on_error=True):
        """Settlements of many employers from columns of int64 cents (array('q'), a memoryview, a NumPy
        int64 array — read in place — or a sequence of int): `year` an int for every row or a column of
        years. Returns SettlementColumns of array('q'). threads: up to that many threads (None: one per
        hardware thread). A bad row does not stop the others: with raise_on_error (the default) a
        ColumnsError carrying the columns is raised at the end; without it the rows' statuses say."""
        bills, rows, _keep_bills = _columns.int64_column(wage_bill_cents, "wage_bill_cents")
        designated, count, _keep_designated = _columns.int64_column(designated_cents, "designated_cents")
        if count != rows:
            raise ValueError("designated_cents has %d elements and wage_bill_cents %d; one per row each" % (count, rows))
        outputs = [_columns.new_int64(rows) for _ in range(4)] + [_columns.new_int32(rows), _columns.new_int32(rows)]
        status, messages = self._columns_call(lib.wkr_settle_columns, rows, year, rounding, threads, bills, designated,
                                             *(c_array for _, c_array in outputs))
        result = SettlementColumns(*(column for column, _ in outputs))
        if status != _native.OK and raise_on_error:
            raise ColumnsError(messages[0], result, messages[1])
        return result

    def free_space_columns(self, year, wage_bill_cents, *, rounding=None, threads=1, raise_on_error=True):
        """The free space of many employers from a column of int64 cents, as settle_columns(): a
        FreeSpaceColumns (free_space_cents array('q'), status array('i'))."""
        bills, rows, _keep = _columns.int64_column(wage_bill_cents, "wage_bill_cents")
        outputs = [_columns.new_int64(rows), _columns.new_int32(rows)]
        status, messages = self._columns_call(lib.wkr_free_space_columns, rows, year, rounding, threads, bills,
                                             *(c_array for _, c_array in outputs))
        result = FreeSpaceColumns(*(column for column, _ in outputs))
        if status != _native.OK and raise_on_error:
            raise ColumnsError(messages[0], result, messages[1])
        return result

    def _in_bulk(self, rows, width):
        """The columns of a sequence call whose rows are all plain (year, amount…) tuples of `width`
        with whole-cent amounts and no rounding: (year or years, (cents, money) per amount) as
        _columns.amounts_in_bulk() gives them, converted with a few calls over the whole sequence;
        None when any row is not, so that the caller takes the row-by-row path that names the row and
        its error."""
        if not rows or set(map(len, rows)) != {width}:
            return None
        years, *fields = zip(*rows)
        if set(map(type, years)) != {int}:
            return None
        distinct = set(years)
        amounts = list(map(_columns.amounts_in_bulk, fields))
        if None in amounts:
            return None
        return (next(iter(distinct)) if len(distinct) == 1 else years, *amounts)

    @staticmethod
    def _bulk_results(result_type, year, rows, *columns):
        """The results of a bulk sequence call, one result_type per row: `year` (an int or a column),
        then the other fields as columns (iterables, _columns.money_in_bulk() among them, consumed
        here under the exact context)."""
        years = repeat(year, rows) if isinstance(year, int) else year
        with decimal.localcontext(_columns.EXACT):
            return list(map(partial(tuple.__new__, result_type), zip(years, *columns)))

    @staticmethod
    def _dues(year, due_period):
        """The Due of every row, one Due object per (year, period) shared by the rows that have it."""
        if isinstance(year, int):
            made = {period: Due(year + 1, period) for period in set(due_period)}
            if len(made) == 1:  # as a rule: one year, one period
                return repeat(*made.values(), len(due_period))
            return map(made.__getitem__, due_period)
        made = {key: Due(key[0] + 1, key[1]) for key in set(zip(year, due_period))}
        return map(made.__getitem__, zip(year, due_period))

    def free_space_batch(self, rows, *, raise_on_error=True):
        """The free space of many employers in one call. rows: a sequence of (year, wage_bill) or
        (year, wage_bill, rounding). Returns a list of FreeSpace in row order. A bad row does not
        stop the others: with raise_on_error (the default) a BatchError carrying every result and
        error is raised at the end; without it the failed rows hold their WkrError."""

        def convert(i, row):
            year, wage_bill, rounding = (tuple(row) + (None,))[:3]
            return _native.new(
                _native.wkr_free_space_input,
                year=year,
                wage_bill_cents=_amount(wage_bill, "rows[%d].wage_bill" % i),
                free_space_rounding=_rounding(rounding),
            )

        rows = list(rows)
        bulk = self._in_bulk(rows, 2)
        if bulk is not None:
            year, (bills, bill_money) = bulk
            columns = self.free_space_columns(year, bills, raise_on_error=False)
            if columns.status.count(0) == len(rows):
                return self._bulk_results(FreeSpace, year, len(rows), bill_money,
                                          _columns.money_in_bulk(columns.free_space_cents))
        return self._batch(lib.wkr_free_space_batch, _native.wkr_free_space_input,
                           _native.wkr_free_space_result, rows, convert, _free_space_of, raise_on_error)

    def settle_batch(self, rows, *, raise_on_error=True):
        """Settlements of many employers in one call. rows: a sequence of (year, wage_bill,
        designated) or (year, wage_bill, designated, rounding). Errors as free_space_batch()."""

        def convert(i, row):
            year, wage_bill, designated, rounding = (tuple(row) + (None,))[:4]
            return _native.new(
                _native.wkr_settle_input,
                year=year,
                wage_bill_cents=_amount(wage_bill, "rows[%d].wage_bill" % i),
                designated_cents=_amount(designated, "rows[%d].designated" % i),
                free_space_rounding=_rounding(rounding),
            )

        # The common case — plain (year, amount, amount) rows — goes through the columnar call, with
        # every conversion made over the whole sequence at once; anything else, or a row that fails,
        # takes the row-by-row path below, which names the row and its error.
        rows = list(rows)
        bulk = self._in_bulk(rows, 3)
        if bulk is not None:
            year, (bills, bill_money), (designated, designated_money) = bulk
            c = self.settle_columns(year, bills, designated, raise_on_error=False)
            if c.status.count(0) == len(rows):
                money = _columns.money_in_bulk
                return self._bulk_results(Settlement, year, len(rows), bill_money, money(c.free_space_cents),
                                          designated_money, money(c.excess_cents), money(c.final_levy_cents),
                                          money(c.final_levy_return_cents), self._dues(year, c.due_period))
        return self._batch(lib.wkr_settle_batch, _native.wkr_settle_input, _native.wkr_settlement,
                           rows, convert, _settlement_of, raise_on_error)

    # ---- the targeted exemptions

    def _allowance(self, function, data, paid, result_type):
        """A typed allowance call: `data` with the amount paid (None: the cap only)."""
        _set_paid(data, paid)
        return self._call(function, data, result_type)

    def home_working(self, year, days, paid=None, *, excess=None):
        """The home-working allowance for actual home-working days (a part of a day counts as a day):
        cap = days × the amount per day (art. 31a lid 2 onderdeel k Wet LB 1964, from 2022). With
        `paid`, its exempt part and the excess, designated or as `excess='wage'`. A HomeWorking."""
        data = _native.new(
            _native.wkr_home_working_days_input,
            year=_whole(year, "year"),
            days=_whole(days, "days"),
            excess=_choice(_EXCESS, excess, "excess"),
        )
        return _home_working_of(self._allowance(lib.wkr_home_working_per_day, data, paid, _native.wkr_home_working_result))

    def home_working_fixed(self, year, home_days_per_week, paid=None, *, from_month=None, to_month=None,
                           round_days=None, excess=None):
        """The fixed home-working allowance from a weekly pattern: k/5 × 214 days (× months/12 from
        `from_month` to `to_month`), exact or `round_days='up'`; `paid` for the year. A HomeWorking."""
        data = _native.new(
            _native.wkr_home_working_fixed_input,
            year=_whole(year, "year"),
            home_days_per_week=_whole(home_days_per_week, "home_days_per_week"),
            **_pattern(from_month, to_month, round_days, excess),
        )
        return _home_working_of(self._allowance(lib.wkr_home_working_fixed, data, paid, _native.wkr_home_working_result))

    def commute(self, year, km_one_way, days, paid=None, *, excess=None):
        """Commuting by the day: km_one_way × 2 × days × the rate per km (art. 31a lid 2 onderdeel a
        Wet LB 1964). A Travel."""
        data = _native.new(
            _native.wkr_commute_days_input,
            year=_whole(year, "year"),
            km_one_way=_exact(km_one_way, "km_one_way"),
            days=_whole(days, "days"),
            excess=_choice(_EXCESS, excess, "excess"),
        )
        return _travel_of(self._allowance(lib.wkr_commute_per_day, data, paid, _native.wkr_travel_result), True)

    def travel_km(self, year, km, paid=None, *, purpose="commuting", excess=None):
        """Kilometres travelled in total × the rate per km, for 'commuting' or 'business_trip'. A Travel."""
        data = _native.new(
            _native.wkr_travel_km_input,
            year=_whole(year, "year"),
            km=_exact(km, "km"),
            purpose=_choice(_PURPOSE, purpose, "purpose"),
            excess=_choice(_EXCESS, excess, "excess"),
        )
        return _travel_of(self._allowance(lib.wkr_travel_per_km, data, paid, _native.wkr_travel_result), False)

    def fixed_commute(self, year, km_one_way, office_days_per_week, paid=None, **options):
        """The fixed travel allowance for commuting from the weekly pattern (vaste
        reiskostenvergoeding). Options: work_days_per_week (the basis before 2022; default 5),
        from_month, to_month, round_days ('exact' or 'up'), travel_days and travel_weeks (the
        128-day and 36-week rules against actual travel), actual_km (the year-end recalculation),
        long_absences [(start, return or None)] as datetime.date or 'YYYY-MM-DD',
        absence_new_cause_each_year, corona_approval (2020 and 2021: the allowance was in place,
        unchanged, before 13 March 2020 and goes on while the employee works at home; the office
        days may then be 0), excess. A FixedCommute."""
        absences = []
        data = _fixed_commute_input(absences, year, km_one_way, office_days_per_week, paid, **options)
        array = _absence_array(absences)
        result = _native.new(_native.wkr_fixed_commute_result)
        _check(lib.wkr_fixed_commute(self.handle, ctypes.byref(data), array, len(absences),
                                     ctypes.sizeof(_native.wkr_absence), ctypes.byref(result)))
        return _fixed_commute_of(result)

    def fixed_commute_batch(self, rows, *, raise_on_error=True):
        """Fixed travel allowances of many employees in one call. rows: a sequence of dicts with the
        arguments of fixed_commute() (year, km_one_way, office_days_per_week, paid, options). Returns
        a list of FixedCommute in row order; a bad row does not stop the others (errors as
        free_space_batch())."""
        absences = []  # every row's long absences, one array for the call

        def convert(i, row):
            if not isinstance(row, dict):
                raise TypeError("rows[%d] must be a dict of fixed_commute() arguments" % i)
            return _fixed_commute_input(absences, **row)

        def shared():
            return _absence_array(absences), len(absences), ctypes.sizeof(_native.wkr_absence)

        return self._batch(lib.wkr_fixed_commute_batch, _native.wkr_fixed_commute_input,
                           _native.wkr_fixed_commute_result, rows, convert, _fixed_commute_of, raise_on_error, shared)

    def evaluate_items(self, year, items, *, excess=None, interns=(), below_minimum_wage=(),
                       company_bicycle_designation=True):
        """The per-employee evaluation of `items` (Item or tuples (employee, category, amount[,
        quantity[, treatment[, own_contribution]]])): per item its exempt, nil-valued, intermediary,
        designated and wage parts and the own contribution, per employee the totals and the customary test (without its safe harbour for `interns`
        and `below_minimum_wage` employees: anything designated for them is flagged), and the
        employer's totals. A company bicycle's private-use addition is designated unless
        `company_bicycle_designation` is False (then it is wage). An Evaluation. Bad items raise
        ItemsError with every bad item by index; nothing is evaluated then."""
        items = [item if isinstance(item, Item) else Item(*item) for item in items]
        ids = {}  # each employee's employee_id for the C interface: its place in `employees`
        for item in items:
            ids.setdefault(item.employee, len(ids))
        employees = list(ids)
        customary = {}
        for code, names in (("intern", interns), ("below_minimum_wage", below_minimum_wage)):
            for name in names:
                if name not in ids:
                    raise ValueError("%r is named for the customary test but has no items" % (name,))
                customary.setdefault(name, code)
        if not isinstance(company_bicycle_designation, bool):
            raise TypeError("company_bicycle_designation must be True or False")
        count = len(items)
        array = (_native.wkr_item * count)()
        for i, item in enumerate(items):
            array[i] = _native.new(
                _native.wkr_item,
                category=_category(item.category, i),
                employee_id=ids[item.employee],
                amount_cents=_amount(item.amount, "items[%d].amount" % i),
                treatment=_choice(_EXCESS, item.treatment, "items[%d].treatment" % i),
                customary_test=_CUSTOMARY[customary.get(item.employee)],
            )
            if item.quantity is not None:
                array[i].quantity = _exact(item.quantity, "items[%d].quantity" % i)
                array[i].quantity_given = 1
            if item.own_contribution is not None:
                array[i].own_contribution_cents = _amount(item.own_contribution, "items[%d].own_contribution" % i)
                array[i].own_contribution_given = 1
        data = _native.new(
            _native.wkr_evaluation_input,
            year=_whole(year, "year"),
            excess=_choice(_EXCESS, excess, "excess"),
            company_bicycle_designation=1 if company_bicycle_designation else 0,
        )
        item_results = _native.new_array(_native.wkr_item_result, count)
        totals = _native.new_array(_native.wkr_employee_totals, len(employees))
        statuses = (ctypes.c_int32 * count)()
        result = _native.new(_native.wkr_evaluation_result)
        status = lib.wkr_evaluate_items(
            self.handle, ctypes.byref(data), array, count, ctypes.sizeof(_native.wkr_item), statuses, item_results,
            ctypes.sizeof(_native.wkr_item_result), totals, len(employees),
            ctypes.sizeof(_native.wkr_employee_totals), ctypes.byref(result))
        if status != _native.OK:
            message = _native.last_error_message()
            if any(statuses[i] != _native.OK for i in range(count)):
                raise ItemsError(status, message, _row_errors(list(statuses), message))
            raise WkrError(status, message, _native.last_error_message(_native.LANG_NL))
        evaluated = []
        for i, item in enumerate(items):
            r = item_results[i]
            evaluated.append(ItemEvaluation(item.employee, _native.lib.wkr_item_category_name(r.category).decode(),
                                            _money(r.amount_cents), *_parts(r),
                                            _money(r.cap_cents) if r.cap_given else None))
        per_employee = [[] for _ in employees]
        for i, evaluation in enumerate(evaluated):
            per_employee[item_results[i].employee_index].append(evaluation)
        people = []
        for e in range(result.employee_count):
            t = totals[e]
            people.append(EmployeeEvaluation(employees[t.employee_id], per_employee[e], *_parts(t),
                                             _money(t.safe_harbour_cents), bool(t.customary_test_applies),
                                             bool(t.customary_review)))
        return Evaluation(result.year, evaluated, people, *_parts(result),
                          [p.employee for p in people if p.customary_review])

    # ---- the group scheme as the law has it, the wage bill, the ledger

    def group_scheme_settle(self, year, members, *, designated=None, filing_member=None, allocation_key="designated",
                            rounding=None):
        """The settlement of a group scheme as the law has it (art. 32 Wet LB 1964): `members` are
        Member(wage_bill, whole_year, designated, allocation_weight, name). The members in the group
        the whole year share one free space on their summed wage bills; a member in it for part of
        the year settles its own. Designated amounts per member, or `designated`, the group scheme's
        total (then the members in it give none). `filing_member` names the member that files (by
        name; default: the largest wage bill). The levy is shared by `allocation_key`: 'designated',
        'wage-bill' or 'own' (the members' allocation_weight). A GroupSchemeSettlement; its names are
        the members' own, while libwkr's messages name a member by its place ("member 2")."""
        members = [member if isinstance(member, Member) else Member(member) for member in members]
        names = _names(members, "members")
        filing = 0
        if filing_member is not None:
            if filing_member not in names:
                raise ValueError("filing_member %r is not one of the members %s" % (filing_member, ", ".join(names)))
            filing = names.index(filing_member) + 1
        data = _native.new(
            _native.wkr_group_scheme_input,
            year=_whole(year, "year"),
            free_space_rounding=_rounding(rounding),
            allocation_key=_choice(_ALLOCATION, allocation_key, "allocation_key"),
            filing_member=filing,
        )
        if designated is not None:
            data.designated_given = 1
            data.designated_cents = _amount(designated, "designated")
        array, count, stride = _group(members)
        result = _native.new(_native.wkr_group_scheme_settlement)
        parts = _native.new_array(_native.wkr_group_member_result, count)
        _check(lib.wkr_group_scheme_settle(self.handle, ctypes.byref(data), array, count, stride, ctypes.byref(result),
                                           parts, ctypes.sizeof(_native.wkr_group_member_result)))
        in_group = [i for i in range(count) if parts[i].in_group]
        part_year = [
            PartYearMember(names[i], Settlement(result.year, _money(parts[i].wage_bill_cents),
                                                _money(parts[i].free_space_cents), _money(parts[i].designated_cents),
                                                _money(parts[i].excess_cents), _money(parts[i].final_levy_cents),
                                                _money(parts[i].final_levy_return_cents),
                                                Due(parts[i].due_year, parts[i].due_period)))
            for i in range(count) if not parts[i].in_group
        ]
        return GroupSchemeSettlement(
            _settlement_of(result),
            [names[i] for i in in_group],
            part_year,
            names[result.filing_member - 1],
            bool(result.filing_member_named),
            bool(result.needs_permission),
            _ALLOCATION_NAMES[result.allocation_key],
            [LevyShare(names[i], _from_c_decimal(parts[i].allocation_weight), _money(parts[i].levy_share_cents))
             for i in in_group],
        )

    def wage_bill(self, year, employees):
        """One employer's wage bill from its payroll: `employees` are EmployeeWage(fiscal_wage, former)
        rows (or tuples). Wage from former employment counts while it is at most 10% of the total;
        when it is more, all of it is left out. A WageBill."""
        rows = _employee_rows(employees, 0)
        array = (_native.wkr_employee_wage * max(len(rows), 1))(*rows)
        data = _native.new(_native.wkr_wage_bill_input, year=_whole(year, "year"))
        result = _native.new(_native.wkr_wage_bill_result)
        _check(lib.wkr_wage_bill(self.handle, ctypes.byref(data), array, len(rows),
                                 ctypes.sizeof(_native.wkr_employee_wage), ctypes.byref(result)))
        return WageBill(result.year, *_wage_bill_parts(result))

    def group_wage_bill(self, year, members, *, former_wage_test="group"):
        """The wage bills of a group's members: `members` are MemberPayroll(employees, whole_year,
        name). `former_wage_test`: the 10% test on the group scheme's totals ('group', the default)
        or on each member's own payroll ('member'). A GroupWageBill."""
        members = [member if isinstance(member, MemberPayroll) else MemberPayroll(*member) for member in members]
        names = _names(members, "members")
        rows = []
        payrolls = (_native.wkr_payroll_member * max(len(members), 1))()
        for i, member in enumerate(members):
            if not isinstance(member.whole_year, bool):
                raise TypeError("members[%d].whole_year must be True or False" % i)
            first = len(rows)
            rows += _employee_rows(member.employees, first)
            payrolls[i] = _native.new(_native.wkr_payroll_member, whole_year=1 if member.whole_year else 0,
                                      employee_first=first, employee_count=len(rows) - first)
        employees = (_native.wkr_employee_wage * max(len(rows), 1))(*rows)
        data = _native.new(_native.wkr_wage_bill_input, year=_whole(year, "year"),
                           former_wage_test=_choice(_FORMER_WAGE_TEST, former_wage_test, "former_wage_test"))
        per_member = _native.new_array(_native.wkr_wage_bill_result, max(len(members), 1))
        result = _native.new(_native.wkr_group_wage_bill_result)
        _check(lib.wkr_group_wage_bill(self.handle, ctypes.byref(data), employees, len(rows),
                                       ctypes.sizeof(_native.wkr_employee_wage), payrolls, len(members),
                                       ctypes.sizeof(_native.wkr_payroll_member), per_member,
                                       ctypes.sizeof(_native.wkr_wage_bill_result), ctypes.byref(result)))
        return GroupWageBill(
            result.year, _FORMER_WAGE_TEST_NAMES[result.former_wage_test], _money(result.wage_bill_cents),
            [MemberWageBill(names[i], bool(per_member[i].whole_year), *_wage_bill_parts(per_member[i]))
             for i in range(len(members))])

    def ledger(self, year, periods, *, strategy="after-year", basis="actual", four_weekly=False,
               threshold_to_date="prorated", rounding=None):
        """The free space period by period (docs/ledger.md): `periods` are Period(period, wage_bill,
        designated, levy_paid, estimate) — every period of the year once, in any order (12, or 13
        with `four_weekly`). `strategy`: 'after-year' (no levy during the year) or 'as-you-go' (as
        soon as the free space so far is exceeded); `basis`: the free space the designated wage so
        far is measured against, on the 'actual' wage bill so far or on the 'estimate' (a period 1
        estimate is needed); `threshold_to_date`: 'prorated' or 'whole'. A Ledger."""
        periods = [period if isinstance(period, Period) else Period(*period) for period in periods]
        if not isinstance(four_weekly, bool):
            raise TypeError("four_weekly must be True or False")
        array = (_native.wkr_ledger_period * max(len(periods), 1))()
        for i, period in enumerate(periods):
            where = "periods[%d]" % i
            array[i] = _native.new(
                _native.wkr_ledger_period,
                period=_whole(period.period, where + ".period"),
                wage_bill_cents=_amount(period.wage_bill, where + ".wage_bill"),
                designated_cents=_amount(period.designated, where + ".designated"),
            )
            if period.levy_paid is not None:
                array[i].levy_paid_given = 1
                array[i].levy_paid_cents = _amount(period.levy_paid, where + ".levy_paid")
            if period.estimate is not None:
                array[i].estimate_given = 1
                array[i].estimate_cents = _amount(period.estimate, where + ".estimate")
        data = _native.new(
            _native.wkr_ledger_input,
            year=_whole(year, "year"),
            four_weekly=1 if four_weekly else 0,
            strategy=_choice(_STRATEGY, strategy, "strategy"),
            basis=_choice(_BASIS, basis, "basis"),
            threshold_to_date=_choice(_THRESHOLD, threshold_to_date, "threshold_to_date"),
            free_space_rounding=_rounding(rounding),
        )
        rows = _native.new_array(_native.wkr_ledger_row, max(len(periods), 1))
        end = _native.new(_native.wkr_ledger_year_end)
        _check(lib.wkr_ledger(self.handle, ctypes.byref(data), array, len(periods),
                              ctypes.sizeof(_native.wkr_ledger_period), rows, ctypes.sizeof(_native.wkr_ledger_row),
                              ctypes.byref(end)))
        out = []
        for i in range(len(periods)):
            r = rows[i]
            out.append(LedgerRow(
                r.period, _money(r.wage_bill_cents), _money(r.wage_bill_cumulative_cents),
                _money(r.free_space_cumulative_cents), _money(r.designated_cents),
                _money(r.designated_cumulative_cents), _money(r.free_space_left_cents),
                _money(r.excess_cumulative_cents), _money(r.final_levy_so_far_cents), _money(r.levy_declared_cents),
                _money(r.estimate_cents) if r.estimate_given else None,
                _money(r.free_space_estimate_cents) if r.estimate_given else None))
        totals = YearEnd(end.year, _money(end.wage_bill_cents), _money(end.free_space_cents),
                         _money(end.designated_cents), _money(end.excess_cents), _money(end.final_levy_cents),
                         _money(end.final_levy_return_cents), Due(end.due_year, end.due_period),
                         _money(end.levy_paid_cents), _money(end.correction_cents))
        return Ledger(end.year, strategy, out, totals)

    def budget(self, year, budget, *, mode, office_days=0, home_days=0, coworking_days=0, km_one_way=0,
               budget_period="year", fare_per_day=None, coworking_km_one_way=None, coworking_fare_per_day=None,
               coworking_cost=0, internet_necessary=False, internet_per_month=0, arbo_cost=0, marginal_rate=None,
               free_space_left=0, rest="pay-out"):
        """The tax-optimal use of one employee's where-you-work budget (docs/policy.md): the targeted
        exemptions first, each to its maximum for the weekly pattern; then designated in the free space
        left; beyond it the cheaper of the final levy and wage grossed up at `marginal_rate` (a Decimal,
        e.g. Decimal('0.3756'); None: no wage route). `mode`: 'car', 'bike', 'public-transport' or
        'company-bicycle'; `budget_period`: 'year' or 'month'; `rest`: 'pay-out' or 'keep'. Amounts are
        Decimal or int euros, distances Decimal or int km. A Budget."""
        if not isinstance(internet_necessary, bool):
            raise TypeError("internet_necessary must be True or False")
        data = _native.new(
            _native.wkr_budget_input,
            year=_whole(year, "year"),
            budget_cents=_amount(budget, "budget"),
            budget_period=_choice(_BUDGET_PERIOD, budget_period, "budget_period"),
            office_days=_whole(office_days, "office_days"),
            home_days=_whole(home_days, "home_days"),
            coworking_days=_whole(coworking_days, "coworking_days"),
            km_one_way=_exact(km_one_way, "km_one_way"),
            mode=_choice(_MODE, mode, "mode"),
            internet_necessary=1 if internet_necessary else 0,
            coworking_cost_cents=_amount(coworking_cost, "coworking_cost"),
            internet_per_month_cents=_amount(internet_per_month, "internet_per_month"),
            arbo_cost_cents=_amount(arbo_cost, "arbo_cost"),
            free_space_left_cents=_amount(free_space_left, "free_space_left"),
            rest=_choice(_BUDGET_REST, rest, "rest"),
        )
        if fare_per_day is not None:
            data.fare_per_day_given = 1
            data.fare_per_day_cents = _amount(fare_per_day, "fare_per_day")
        if coworking_km_one_way is not None:
            data.coworking_km_one_way_given = 1
            data.coworking_km_one_way = _exact(coworking_km_one_way, "coworking_km_one_way")
        if coworking_fare_per_day is not None:
            data.coworking_fare_per_day_given = 1
            data.coworking_fare_per_day_cents = _amount(coworking_fare_per_day, "coworking_fare_per_day")
        if marginal_rate is not None:
            data.marginal_rate_given = 1
            data.marginal_rate = _exact(marginal_rate, "marginal_rate")
        count = len(_BUDGET_CATEGORIES)
        shares = _native.new_array(_native.wkr_budget_share, count)
        result = _native.new(_native.wkr_budget_result)
        _check(lib.wkr_budget(self.handle, ctypes.byref(data), ctypes.byref(result), shares, count,
                              ctypes.sizeof(_native.wkr_budget_share)))
        parts = [
            BudgetShare(_BUDGET_CATEGORIES[s.category], _money(s.wanted_cents), _money(s.exempt_cents),
                        _money(s.free_space_cents), _money(s.above_free_space_cents), _from_c_decimal(s.levy),
                        _money(s.wage_cents), _money(s.net_cents))
            for s in (shares[i] for i in range(count))
        ]
        r = result
        return Budget(r.year, _money(r.budget_cents), _ROUTE_NAMES[r.route], _money(r.exempt_cents),
                      _money(r.free_space_used_cents), _money(r.above_free_space_cents), _from_c_decimal(r.final_levy),
                      _money(r.wage_net_cents), _money(r.wage_gross_cents), _money(r.net_value_cents),
                      _from_c_decimal(r.employer_cost), _from_c_decimal(r.left_over), _money(r.free_space_left_cents),
                      bool(r.customary_review), bool(r.recalculation_required), parts)

    def scenario(self, year, policies, population, *, wage_bill=None, designated_elsewhere=None, employees=False,
                 trace_employee=None):
        """Home-working policies side by side for a population (docs/policy.md), as `wkr scenario
        --json` gives them: `policies` are the paths of policy files (YAML), `population` the path of
        the employees' CSV; the messages name them. A dict with the explanation and the receipt;
        `employees` adds every employee's figures, `trace_employee` one employee's full trail."""
        if isinstance(policies, (str, os.PathLike)):
            raise TypeError("policies is a list of paths, one per policy")
        texts = [_read_text(path, "policies[%d]" % i) for i, path in enumerate(policies)]
        population_text, population_name = _read_text(population, "population")
        request = {"command": "scenario", "year": year,
                   "policy_yaml": [text for text, _ in texts], "policy_file": [name for _, name in texts],
                   "population_csv": population_text, "population_file": population_name}
        if wage_bill is not None:
            request["wage_bill"] = wage_bill
        if designated_elsewhere is not None:
            request["designated_elsewhere"] = designated_elsewhere
        if employees:
            request["employees"] = True
        if trace_employee is not None:
            request["trace_employee"] = trace_employee
        return self.evaluate(request)

    def evaluate(self, request):
        """One request as the wkr command takes it — a dict (Decimal values allowed, floats refused)
        or a JSON string — returning the result as a dict, with its explanation and receipt. Numbers
        with a fraction in the result would come back as Decimal (amounts are strings anyway)."""
        if isinstance(request, (dict, list)):
            _check_json_value(request, "request")
            text = json.dumps(request, default=_json_default)
        elif isinstance(request, str):
            text = request
        else:
            raise TypeError("a request is a dict or a JSON string, not %s" % type(request).__name__)
        encoded = text.encode("utf-8")
        response = ctypes.c_void_p()
        length = ctypes.c_size_t()
        _check(lib.wkr_evaluate_json(self.handle, encoded, len(encoded), ctypes.byref(response), ctypes.byref(length)))
        try:
            body = ctypes.string_at(response, length.value).decode("utf-8")
        finally:
            lib.wkr_free(response)
        return json.loads(body, parse_float=Decimal)


# ---- the module-level API on the embedded tables ---------------------------------------------------

_default = None
_default_lock = threading.Lock()


def _embedded(context):
    if context is not None:
        return context
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Context()
    return _default


def free_space(year, wage_bill, *, rounding=None, context=None):
    """The free space of one employer: wkr.free_space(2026, Decimal('1600000')) == Decimal('22160.00')."""
    return _embedded(context).free_space(year, wage_bill, rounding=rounding)


def group_free_space(year, members, *, rounding=None, context=None):
    """The free space of a group scheme; see Context.group_free_space."""
    return _embedded(context).group_free_space(year, members, rounding=rounding)


def settle(year, wage_bill, designated, *, rounding=None, context=None):
    """The settlement of one employer: settle(2025, Decimal('500000'), Decimal('14180')).final_levy
    == Decimal('4000.00')."""
    return _embedded(context).settle(year, wage_bill, designated, rounding=rounding)


def group_settle(year, members, designated, *, rounding=None, context=None):
    """The settlement of a group scheme; see Context.group_settle."""
    return _embedded(context).group_settle(year, members, designated, rounding=rounding)


def free_space_batch(rows, *, raise_on_error=True, context=None):
    """See Context.free_space_batch."""
    return _embedded(context).free_space_batch(rows, raise_on_error=raise_on_error)


def settle_batch(rows, *, raise_on_error=True, context=None):
    """See Context.settle_batch."""
    return _embedded(context).settle_batch(rows, raise_on_error=raise_on_error)


def settle_columns(year, wage_bill_cents, designated_cents, *, context=None, **options):
    """See Context.settle_columns."""
    return _embedded(context).settle_columns(year, wage_bill_cents, designated_cents, **options)


def free_space_columns(year, wage_bill_cents, *, context=None, **options):
    """See Context.free_space_columns."""
    return _embedded(context).free_space_columns(year, wage_bill_cents, **options)


def evaluate(request, *, context=None):
    """See Context.evaluate."""
    return _embedded(context).evaluate(request)


def home_working(year, days, paid=None, *, excess=None, context=None):
    """See Context.home_working."""
    return _embedded(context).home_working(year, days, paid, excess=excess)


def home_working_fixed(year, home_days_per_week, paid=None, *, context=None, **options):
    """See Context.home_working_fixed."""
    return _embedded(context).home_working_fixed(year, home_days_per_week, paid, **options)


def commute(year, km_one_way, days, paid=None, *, excess=None, context=None):
    """See Context.commute."""
    return _embedded(context).commute(year, km_one_way, days, paid, excess=excess)


def travel_km(year, km, paid=None, *, purpose="commuting", excess=None, context=None):
    """See Context.travel_km."""
    return _embedded(context).travel_km(year, km, paid, purpose=purpose, excess=excess)


def fixed_commute(year, km_one_way, office_days_per_week, paid=None, *, context=None, **options):
    """See Context.fixed_commute."""
    return _embedded(context).fixed_commute(year, km_one_way, office_days_per_week, paid, **options)


def fixed_commute_batch(rows, *, raise_on_error=True, context=None):
    """See Context.fixed_commute_batch."""
    return _embedded(context).fixed_commute_batch(rows, raise_on_error=raise_on_error)


def evaluate_items(year, items, *, context=None, **options):
    """See Context.evaluate_items."""
    return _embedded(context).evaluate_items(year, items, **options)


def parameter(name, year, *, context=None):
    """See Context.parameter."""
    return _embedded(context).parameter(name, year)


def group_scheme_settle(year, members, *, context=None, **options):
    """See Context.group_scheme_settle."""
    return _embedded(context).group_scheme_settle(year, members, **options)


def wage_bill(year, employees, *, context=None):
    """See Context.wage_bill."""
    return _embedded(context).wage_bill(year, employees)


def group_wage_bill(year, members, *, former_wage_test="group", context=None):
    """See Context.group_wage_bill."""
    return _embedded(context).group_wage_bill(year, members, former_wage_test=former_wage_test)


def ledger(year, periods, *, context=None, **options):
    """See Context.ledger."""
    return _embedded(context).ledger(year, periods, **options)


def budget(year, budget, *, context=None, **options):
    """See Context.budget."""
    return _embedded(context).budget(year, budget, **options)


def scenario(year, policies, population, *, context=None, **options):
    """See Context.scenario."""
    return _embedded(context).scenario(year, policies, population, **options)
