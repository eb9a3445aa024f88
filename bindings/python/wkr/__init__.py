"""wkr — exact calculations for the Dutch werkkostenregeling (WKR), over libwkr's C interface.

Pure ctypes, standard library only. Amounts go in and come out as decimal.Decimal (or int);
a float is refused with TypeError, because it cannot hold most amounts exactly.

    >>> from decimal import Decimal
    >>> import wkr
    >>> wkr.free_space(2026, Decimal("1600000"))
    Decimal('22160.00')
    >>> wkr.settle(2025, Decimal("500000"), Decimal("14180")).final_levy
    Decimal('4000.00')

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
import threading
from collections import namedtuple
from decimal import Decimal

from . import _native
from ._native import lib

__all__ = [
    "BatchError",
    "Context",
    "Due",
    "FreeSpace",
    "Member",
    "Rounding",
    "Settlement",
    "Status",
    "WkrError",
    "abi_version",
    "evaluate",
    "free_space",
    "free_space_batch",
    "group_free_space",
    "group_settle",
    "parameter",
    "settle",
    "settle_batch",
    "version",
    "version_number",
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
    know), .status_name ('WKR_E_NOT_COVERED') and .message (what was wrong and what would be right)."""

    def __init__(self, status, message):
        try:
            status = Status(status)
        except ValueError:
            pass
        self.status = status
        self.status_name = _native.status_name(int(status))
        self.message = message
        super().__init__("%s: %s" % (self.status_name, message))


class BatchError(WkrError):
    """Some rows of a batch failed. .results has one entry per row (None for a failed row) and
    .errors maps the index of each failed row to its WkrError."""

    def __init__(self, message, results, errors):
        super().__init__(Status.E_ROWS_FAILED, message)
        self.results = results
        self.errors = errors


def _check(status):
    if status != _native.OK:
        raise WkrError(status, _native.last_error_message())


# ---- exact numbers ---------------------------------------------------------------------------------

_EXACT = decimal.Context(prec=80, traps=[decimal.Inexact, decimal.Rounded, decimal.InvalidOperation])
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


class Member(namedtuple("Member", "wage_bill whole_year")):
    """A member of a group scheme: its wage bill, and whether it was in the group all year."""

    __slots__ = ()

    def __new__(cls, wage_bill, whole_year=True):
        return super().__new__(cls, wage_bill, whole_year)


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


def _members(members):
    members = list(members)
    array = (_native.wkr_group_member * len(members))()
    for i, member in enumerate(members):
        if not isinstance(member, Member):
            member = Member(member)
        if not isinstance(member.whole_year, bool):
            raise TypeError("members[%d].whole_year must be True or False" % i)
        array[i] = _native.new(
            _native.wkr_group_member,
            whole_year=1 if member.whole_year else 0,
            wage_bill_cents=_amount(member.wage_bill, "members[%d].wage_bill" % i),
        )
    return array


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


# ---- contexts ----------------------------------------------------------------------------------------


class Context:
    """Loaded parameter tables: the embedded ones, or with a directory of newer tables on top.

    Immutable and safe to share between threads. Close it (or use `with`) to release it at once;
    otherwise it is released when collected. Using a closed context raises ValueError.
    """

    def __init__(self, directory=None):
        self._handle = None
        handle = _native.CONTEXT_P()
        if directory is None:
            _check(lib.wkr_context_new(ctypes.byref(handle)))
        else:
            path = str(directory).encode("utf-8")
            _check(lib.wkr_context_new_from_directory(path, len(path), ctypes.byref(handle)))
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

    def free_space_result(self, year, wage_bill, *, rounding=None):
        """The free space of one employer as a FreeSpace (year, wage bill, free space)."""
        data = _native.new(
            _native.wkr_free_space_input,
            year=year,
            wage_bill_cents=_amount(wage_bill, "wage_bill"),
            free_space_rounding=_rounding(rounding),
        )
        result = _native.new(_native.wkr_free_space_result)
        _check(lib.wkr_free_space(self.handle, ctypes.byref(data), ctypes.byref(result)))
        return _free_space_of(result)

    def free_space(self, year, wage_bill, *, rounding=None):
        """The free space (vrije ruimte) of one employer with this wage bill, as a Decimal in cents
        (art. 31a lid 2 Wet LB 1964)."""
        return self.free_space_result(year, wage_bill, rounding=rounding).free_space

    def group_free_space_result(self, year, members, *, rounding=None):
        """The free space of a group scheme as a FreeSpace; members are Member or amounts."""
        array = _members(members)
        data = _native.new(_native.wkr_free_space_input, year=year, free_space_rounding=_rounding(rounding))
        result = _native.new(_native.wkr_free_space_result)
        _check(
            lib.wkr_group_free_space(
                self.handle,
                ctypes.byref(data),
                array,
                len(array),
                ctypes.sizeof(_native.wkr_group_member),
                ctypes.byref(result),
            )
        )
        return _free_space_of(result)

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
        result = _native.new(_native.wkr_settlement)
        _check(lib.wkr_settle(self.handle, ctypes.byref(data), ctypes.byref(result)))
        return _settlement_of(result)

    def group_settle(self, year, members, designated, *, rounding=None):
        """The settlement of a group scheme: the designated total of the whole group."""
        array = _members(members)
        data = _native.new(
            _native.wkr_settle_input,
            year=year,
            designated_cents=_amount(designated, "designated"),
            free_space_rounding=_rounding(rounding),
        )
        result = _native.new(_native.wkr_settlement)
        _check(
            lib.wkr_group_settle(
                self.handle,
                ctypes.byref(data),
                array,
                len(array),
                ctypes.sizeof(_native.wkr_group_member),
                ctypes.byref(result),
            )
        )
        return _settlement_of(result)

    def _batch(self, function, input_type, output_type, rows, convert, single, raise_on_error):
        rows = list(rows)
        count = len(rows)
        inputs = (input_type * count)()
        for i, row in enumerate(rows):
            inputs[i] = convert(i, row)
        outputs = (output_type * count)()
        for i in range(count):
            outputs[i].struct_size = ctypes.sizeof(output_type)
        statuses = (ctypes.c_int32 * count)()
        status = function(
            self.handle,
            inputs,
            count,
            ctypes.sizeof(input_type),
            outputs,
            ctypes.sizeof(output_type),
            statuses,
        )
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
            function(self.handle, ctypes.byref(inputs[i]), 1, ctypes.sizeof(input_type),
                     ctypes.byref(outputs[i]), ctypes.sizeof(output_type), None)
            row_message = _native.last_error_message().split("; row 0: ", 1)[-1]
            errors[i] = WkrError(statuses[i], row_message)
            results.append(None if raise_on_error else errors[i])
        if errors and raise_on_error:
            raise BatchError(message, results, errors)
        return results

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

        return self._batch(lib.wkr_settle_batch, _native.wkr_settle_input, _native.wkr_settlement,
                           rows, convert, _settlement_of, raise_on_error)

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


def evaluate(request, *, context=None):
    """See Context.evaluate."""
    return _embedded(context).evaluate(request)


def parameter(name, year, *, context=None):
    """See Context.parameter."""
    return _embedded(context).parameter(name, year)
