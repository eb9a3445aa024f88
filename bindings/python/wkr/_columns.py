"""Columns of int64 cents for the columnar calls (Context.settle_columns, free_space_columns), and
the bulk conversion of Decimal sequences to such columns for the sequence calls.

A column is any object with the buffer protocol holding int64 (array('q'), a memoryview, a NumPy
int64 array; NumPy is never needed) or, as a convenience, a sequence of int. The library reads the
caller's memory in place: no Python work per row. Outputs are array('q'), which NumPy reads without
a copy (numpy.frombuffer).
"""

import ctypes
import decimal
import operator
from array import array
from itertools import repeat

_INT64_FORMATS = {"q", "l", "<q", "<l", "=q", "=l", "@q", "@l"}
_INT32_FORMATS = {"i", "<i", "=i", "@i"}


def _typed_view(values, formats, itemsize):
    """A contiguous one-dimensional memoryview of `values` when it is a buffer of the right integer
    type, else None."""
    try:
        view = memoryview(values)
    except TypeError:
        return None
    if view.ndim != 1 or view.itemsize != itemsize or view.format not in formats or not view.c_contiguous:
        return None
    return view


def _as_ctypes(view, c_type):
    """The buffer as a ctypes array, in place when it is writable (a read-only one is copied once)."""
    array_type = c_type * len(view)
    if view.readonly:
        return array_type.from_buffer_copy(view)
    return array_type.from_buffer(view)


def int64_column(values, what):
    """`values` as (ctypes array, length, keep-alive): an int64 buffer in place, or a sequence of int
    converted once (TypeError for anything else, a float among them too)."""
    view = _typed_view(values, _INT64_FORMATS, 8)
    if view is None:
        try:
            view = memoryview(array("q", values))
        except (TypeError, OverflowError) as error:
            raise TypeError(
                "%s must be int64 cents: an array('q'), a NumPy int64 array, a memoryview of int64 or a "
                "sequence of int (%s)" % (what, error)
            ) from None
    return _as_ctypes(view, ctypes.c_int64), len(view), view


def year_column(year, rows, what="year"):
    """An int year for every row, or a column of years (int32 buffers in place): (ctypes array, count)."""
    if isinstance(year, int) and not isinstance(year, bool):
        return (ctypes.c_int32 * 1)(year), 1
    view = _typed_view(year, _INT32_FORMATS, 4)
    if view is None:
        try:
            view = memoryview(array("i", year))
        except (TypeError, OverflowError) as error:
            raise TypeError("%s must be an int or a column of years (%s)" % (what, error)) from None
    if len(view) != rows:
        raise ValueError("%s has %d elements; a column of years needs one per row (%d)" % (what, len(view), rows))
    return _as_ctypes(view, ctypes.c_int32), len(view)


def new_int64(rows):
    """A zeroed array('q') of `rows` elements and its ctypes view (the library writes it in place)."""
    column = array("q", [0]) * rows  # written once (array("q", bytes(…)) zeroes the memory twice)
    return column, _as_ctypes(memoryview(column), ctypes.c_int64)


def new_int32(rows):
    column = array("i", [0]) * rows
    return column, _as_ctypes(memoryview(column), ctypes.c_int32)


# ---- Decimal sequences in bulk ------------------------------------------------------------------
#
# Every conversion below is one C-level loop over the whole sequence (map, array, sum): no Python
# bytecode runs per value. What is left per value is CPython's own cost of a Decimal operation, which
# bounds the sequence calls (docs/performance.md, "Round four: Python").

EXACT = decimal.Context(prec=80, traps=[decimal.Inexact, decimal.Rounded, decimal.InvalidOperation])
_HUNDRED = decimal.Decimal("1E+2")  # coefficient 1: v × 1E+2 keeps v's digits, exponent + 2
_CENT = decimal.Decimal("0.01")


def amounts_in_bulk(values):
    """A sequence of Decimal (or int) amounts as (cents, money): cents an array('q') of int64 cents for
    a columnar call, money the amounts as the results give them back (Decimals with two decimals) —
    the sequence itself when every amount already is such a Decimal (Decimals are immutable, so a
    result may hold the caller's object), else money_in_bulk(cents) (lazy: to be consumed under EXACT,
    and only when the call succeeded). None instead of the pair when any value is not plainly an
    amount of whole cents within int64 (a float, a bool, a fraction of a cent, NaN, too large…), so
    that the caller converts row by row and reports the exact row and error."""
    kinds = set(map(type, values))
    if not kinds <= {decimal.Decimal, int}:
        return None
    with decimal.localcontext(EXACT):
        try:
            two_decimals = kinds == {decimal.Decimal} and all(map(_CENT.same_quantum, values))  # whole cents
            scaled = map(operator.mul, values, repeat(_HUNDRED))
            if not two_decimals:
                scaled = list(scaled)
            cents = list(map(decimal.Decimal.__floor__, scaled))  # a list first: array() reads it faster
            column = array("q", cents)  # OverflowError beyond int64
            # Each floor is at most its value, so the sums are equal only when every value is whole
            # cents (the Decimal sum is exact or raises Rounded).
            if not two_decimals and sum(scaled) != sum(cents):
                return None
        except (decimal.DecimalException, ValueError, OverflowError):
            return None
    # An amount with two decimals is its own result, but for a negative zero: the results say 0.00.
    if two_decimals and (0 not in cents or not any(map(decimal.Decimal.is_signed, values))):
        return column, values
    return column, money_in_bulk(cents)


def money_in_bulk(cents):
    """int cents → Decimal with two decimals each (2216000 → Decimal('22160.00')), lazily, for a
    caller that consumes it under EXACT: int × Decimal('0.01') is exact below 28 digits, and int64
    cents have at most 19."""
    return map(operator.mul, repeat(_CENT), cents)
