"""The ctypes declarations of libwkr's C interface (wkr.h), and nothing else.

Every struct and function here mirrors wkr.h by hand (ctypes cannot read a header); the tests
compare each struct with the layout the C compiler produced (tests/python, layout.txt), so a
mirror that drifts from the header fails there.

The library is looked for, in order:
  1. the path in the environment variable WKR_LIBRARY;
  2. next to this package: wkr/libwkr.so.1 (or libwkr.1.dylib, wkr.dll);
  3. by its SONAME, libwkr.so.1, through the system's loader (LD_LIBRARY_PATH, ld.so.cache).
"""

import ctypes
import os
import sys

from ctypes import (
    POINTER,
    Structure,
    c_char,
    c_char_p,
    c_int32,
    c_int64,
    c_size_t,
    c_uint32,
    c_uint64,
    c_void_p,
)

ABI_VERSION = 1
"""The ABI version this binding was written for: the N of libwkr.so.N."""

if sys.platform == "darwin":
    _FILE_NAMES = ("libwkr.%d.dylib" % ABI_VERSION,)
elif os.name == "nt":
    _FILE_NAMES = ("wkr.dll",)
else:
    _FILE_NAMES = ("libwkr.so.%d" % ABI_VERSION,)


# ---- structs (wkr.h) -----------------------------------------------------------------------------


class wkr_decimal(Structure):
    """(hi * 2**64 + lo) * 10**-scale; 128-bit two's complement, low word first."""

    _fields_ = [("lo", c_uint64), ("hi", c_int64), ("scale", c_int32), ("reserved", c_uint32)]


class wkr_free_space_input(Structure):
    _fields_ = [
        ("struct_size", c_uint32),
        ("year", c_int32),
        ("wage_bill_cents", c_int64),
        ("free_space_rounding", c_int32),
        ("reserved", c_uint32),
    ]


class wkr_settle_input(Structure):
    _fields_ = [
        ("struct_size", c_uint32),
        ("year", c_int32),
        ("wage_bill_cents", c_int64),
        ("designated_cents", c_int64),
        ("free_space_rounding", c_int32),
        ("reserved", c_uint32),
    ]


class wkr_group_member(Structure):
    _fields_ = [("struct_size", c_uint32), ("whole_year", c_uint32), ("wage_bill_cents", c_int64)]


class wkr_free_space_result(Structure):
    _fields_ = [
        ("struct_size", c_uint32),
        ("year", c_int32),
        ("wage_bill_cents", c_int64),
        ("free_space_cents", c_int64),
    ]


class wkr_settlement(Structure):
    _fields_ = [
        ("struct_size", c_uint32),
        ("year", c_int32),
        ("wage_bill_cents", c_int64),
        ("free_space_cents", c_int64),
        ("designated_cents", c_int64),
        ("excess_cents", c_int64),
        ("final_levy_cents", c_int64),
        ("final_levy_return_cents", c_int64),
        ("due_year", c_int32),
        ("due_period", c_int32),
    ]


# ---- the targeted exemptions ------------------------------------------------------------------------

_SPLIT = [
    ("paid_cents", c_int64),
    ("exempt_cents", c_int64),
    ("excess_cents", c_int64),
    ("designated_cents", c_int64),
    ("wage_cents", c_int64),
]


class wkr_home_working_days_input(Structure):
    _fields_ = [
        ("struct_size", c_uint32),
        ("year", c_int32),
        ("days", c_int32),
        ("excess", c_int32),
        ("paid_given", c_uint32),
        ("reserved", c_uint32),
        ("paid_cents", c_int64),
    ]


class wkr_home_working_fixed_input(Structure):
    _fields_ = [
        ("struct_size", c_uint32),
        ("year", c_int32),
        ("home_days_per_week", c_int32),
        ("from_month", c_int32),
        ("to_month", c_int32),
        ("day_rounding", c_int32),
        ("excess", c_int32),
        ("paid_given", c_uint32),
        ("paid_cents", c_int64),
    ]


class wkr_home_working_result(Structure):
    _fields_ = [
        ("struct_size", c_uint32),
        ("year", c_int32),
        ("days", wkr_decimal),
        ("daily_amount", wkr_decimal),
        ("cap_cents", c_int64),
        ("monthly_cap_cents", c_int64),
    ] + _SPLIT + [
        ("fixed", c_uint32),
        ("exemption_in_force", c_uint32),
        ("paid_given", c_uint32),
        ("excess_treatment", c_int32),
    ]


class wkr_commute_days_input(Structure):
    _fields_ = [
        ("struct_size", c_uint32),
        ("year", c_int32),
        ("km_one_way", wkr_decimal),
        ("days", c_int32),
        ("excess", c_int32),
        ("paid_given", c_uint32),
        ("reserved", c_uint32),
        ("paid_cents", c_int64),
    ]


class wkr_travel_km_input(Structure):
    _fields_ = [
        ("struct_size", c_uint32),
        ("year", c_int32),
        ("km", wkr_decimal),
        ("purpose", c_int32),
        ("excess", c_int32),
        ("paid_given", c_uint32),
        ("reserved", c_uint32),
        ("paid_cents", c_int64),
    ]


class wkr_travel_result(Structure):
    _fields_ = [
        ("struct_size", c_uint32),
        ("year", c_int32),
        ("purpose", c_int32),
        ("paid_given", c_uint32),
        ("km_one_way", wkr_decimal),
        ("days", wkr_decimal),
        ("km", wkr_decimal),
        ("rate", wkr_decimal),
        ("cap_cents", c_int64),
    ] + _SPLIT + [
        ("excess_treatment", c_int32),
        ("reserved", c_uint32),
    ]


class wkr_absence(Structure):
    _fields_ = [("struct_size", c_uint32), ("start", c_int32), ("returned", c_int32), ("reserved", c_uint32)]


class wkr_fixed_commute_input(Structure):
    _fields_ = [
        ("struct_size", c_uint32),
        ("year", c_int32),
        ("km_one_way", wkr_decimal),
        ("office_days_per_week", c_int32),
        ("work_days_per_week", c_int32),
        ("from_month", c_int32),
        ("to_month", c_int32),
        ("day_rounding", c_int32),
        ("excess", c_int32),
        ("paid_given", c_uint32),
        ("travel_days_given", c_uint32),
        ("travel_weeks_given", c_uint32),
        ("actual_km_given", c_uint32),
        ("paid_cents", c_int64),
        ("travel_days", wkr_decimal),
        ("travel_weeks", wkr_decimal),
        ("actual_km", wkr_decimal),
        ("absence_first", c_uint32),
        ("absence_count", c_uint32),
        ("absence_new_cause_each_year", c_uint32),
        ("reserved", c_uint32),
        ("corona_approval", c_uint32),  # appended after the first version (168 bytes)
        ("reserved2", c_uint32),
    ]


class wkr_fixed_commute_result(Structure):
    _fields_ = [
        ("struct_size", c_uint32),
        ("year", c_int32),
        ("km_one_way", wkr_decimal),
        ("days", wkr_decimal),
        ("minimum_days", wkr_decimal),
        ("minimum_weeks", wkr_decimal),
        ("rate", wkr_decimal),
        ("pattern_cap_cents", c_int64),
        ("cap_cents", c_int64),
        ("monthly_cap_cents", c_int64),
        ("actual_cap_cents", c_int64),
    ] + _SPLIT + [
        ("days_per_week", c_int32),
        ("months", c_int32),
        ("stopped_months", c_uint32),
        ("pattern_based", c_uint32),
        ("qualifies", c_uint32),
        ("recalculation_required", c_uint32),
        ("actual_cap_given", c_uint32),
        ("paid_given", c_uint32),
        ("excess_treatment", c_int32),
        ("reserved", c_uint32),
    ]


_PARTS = [
    ("exempt_cents", c_int64),
    ("targeted_exempt_cents", c_int64),
    ("nil_valued_cents", c_int64),
    ("intermediary_cents", c_int64),
    ("designated_cents", c_int64),
    ("wage_cents", c_int64),
]


class wkr_item(Structure):
    _fields_ = [
        ("struct_size", c_uint32),
        ("category", c_int32),
        ("employee_id", c_int64),
        ("amount_cents", c_int64),
        ("quantity", wkr_decimal),
        ("quantity_given", c_uint32),
        ("treatment", c_int32),
        ("customary_test", c_int32),
        ("reserved", c_uint32),
    ]


class wkr_item_result(Structure):
    _fields_ = [
        ("struct_size", c_uint32),
        ("employee_index", c_uint32),
        ("amount_cents", c_int64),
    ] + _PARTS + [
        ("cap_cents", c_int64),
        ("cap_given", c_uint32),
        ("category", c_int32),
    ]


class wkr_employee_totals(Structure):
    _fields_ = [
        ("struct_size", c_uint32),
        ("item_count", c_uint32),
        ("employee_id", c_int64),
    ] + _PARTS + [
        ("safe_harbour_cents", c_int64),
        ("customary_test_applies", c_uint32),
        ("customary_review", c_uint32),
    ]


class wkr_evaluation_input(Structure):
    _fields_ = [
        ("struct_size", c_uint32),
        ("year", c_int32),
        ("excess", c_int32),
        ("company_bicycle_designation", c_uint32),
    ]


class wkr_evaluation_result(Structure):
    _fields_ = [
        ("struct_size", c_uint32),
        ("year", c_int32),
        ("employee_count", c_uint32),
        ("customary_review_count", c_uint32),
    ] + _PARTS


ALLOWANCE_STRUCTS = (
    wkr_home_working_days_input,
    wkr_home_working_fixed_input,
    wkr_home_working_result,
    wkr_commute_days_input,
    wkr_travel_km_input,
    wkr_travel_result,
    wkr_absence,
    wkr_fixed_commute_input,
    wkr_fixed_commute_result,
    wkr_item,
    wkr_item_result,
    wkr_employee_totals,
    wkr_evaluation_input,
    wkr_evaluation_result,
)
"""The structs of the targeted exemptions, each with a wkr_<name>_init function."""

STRUCTS = {
    cls.__name__: cls
    for cls in (
        wkr_decimal,
        wkr_free_space_input,
        wkr_settle_input,
        wkr_group_member,
        wkr_free_space_result,
        wkr_settlement,
    )
    + ALLOWANCE_STRUCTS
}
"""Every struct of wkr.h by its C name (the layout test walks this)."""


def new(struct_type, **fields):
    """A struct with struct_size set, as the WKR_*_INIT macros do."""
    value = struct_type(**fields)
    if "struct_size" in dict(struct_type._fields_):
        value.struct_size = ctypes.sizeof(struct_type)
    return value


class wkr_context(Structure):
    """Opaque: only pointers to it exist."""


CONTEXT_P = POINTER(wkr_context)

# ---- status codes (wkr.h: stable numbering) --------------------------------------------------------

OK = 0
E_INVALID_ARGUMENT = -1
E_PARSE = -2
E_OVERFLOW = -3
E_DATA = -4
E_NOT_COVERED = -5
E_IO = -6
E_DIVISION_BY_ZERO = -7
E_NOMEM = -100
E_INTERNAL = -101
E_RANGE = -102
E_BUFFER_TOO_SMALL = -103
E_UNSUPPORTED = -104
E_ROWS_FAILED = -105

# ---- codes of the targeted exemptions (wkr.h) ------------------------------------------------------

EXCESS_DEFAULT = 0
EXCESS_DESIGNATE = 1
EXCESS_WAGE = 2
DAYS_EXACT = 0
DAYS_UP = 1
TRAVEL_COMMUTING = 0
TRAVEL_BUSINESS_TRIP = 1
CUSTOMARY_TEST_APPLIES = 0
CUSTOMARY_TEST_INTERN = 1
CUSTOMARY_TEST_BELOW_MINIMUM_WAGE = 2
ITEM_CATEGORIES = {
    "home_working": 1,
    "commute_km": 2,
    "business_km": 3,
    "public_transport": 4,
    "internet_necessary": 5,
    "internet_other": 6,
    "arbo": 7,
    "flex_workplace": 8,
    "coworking": 9,
    "free_space": 10,
    "intermediary": 11,
    "always_wage": 12,
    "company_car": 13,
    "housing": 14,
    "fine": 15,
    "company_bicycle": 16,
    "stay_costs": 17,
    "course": 18,
    "vog": 19,
    "outplacement": 20,
    "moving_costs": 21,
    "moving_goods": 22,
    "staff_discount": 23,
    "work_clothing": 24,
    "clothing_other": 25,
    "workplace_drinks": 26,
    "workplace_meal": 27,
    "business_meal": 28,
    "public_transport_pass": 29,
    "necessary_equipment": 30,
    "equipment_other": 31,
}
"""WKR_ITEM_* by the name of the items CSV (the tests check them against wkr_item_category_name)."""

# ---- loading -------------------------------------------------------------------------------------


def _candidates():
    explicit = os.environ.get("WKR_LIBRARY")
    if explicit:
        return [explicit], True
    here = os.path.dirname(os.path.abspath(__file__))
    return [os.path.join(here, name) for name in _FILE_NAMES] + list(_FILE_NAMES), False


def _load():
    candidates, explicit = _candidates()
    errors = []
    for candidate in candidates:
        if os.sep in candidate and not os.path.exists(candidate):
            errors.append("%s: no such file" % candidate)
            continue
        try:
            return ctypes.CDLL(candidate), candidate
        except OSError as error:
            errors.append("%s: %s" % (candidate, error))
    where = "WKR_LIBRARY" if explicit else "next to the wkr package, or by SONAME"
    raise ImportError(
        "cannot load libwkr (looked %s):\n  %s\nSet WKR_LIBRARY to the path of %s, put it next to "
        "the package, or make the system loader find it (LD_LIBRARY_PATH)."
        % (where, "\n  ".join(errors), _FILE_NAMES[0])
    )


lib, library_path = _load()
"""The loaded library and the path or name it was loaded from."""


def _declare(name, restype, *argtypes):
    function = getattr(lib, name)
    function.restype = restype
    function.argtypes = list(argtypes)
    return function


_declare("wkr_version_number", c_int32)
_declare("wkr_version_string", c_char_p)
_declare("wkr_abi_version", c_int32)
_declare("wkr_status_name", c_char_p, c_int32)
_declare("wkr_last_error_message", c_char_p)
_declare("wkr_last_error_copy", c_int32, POINTER(c_char), c_size_t, POINTER(c_size_t))
_declare("wkr_free", None, c_void_p)
_declare("wkr_decimal_parse", c_int32, c_char_p, c_size_t, POINTER(wkr_decimal))
_declare("wkr_decimal_format", c_int32, POINTER(wkr_decimal), POINTER(c_char), c_size_t, POINTER(c_size_t))
_declare("wkr_context_new", c_int32, POINTER(CONTEXT_P))
_declare("wkr_context_new_from_directory", c_int32, c_char_p, c_size_t, POINTER(CONTEXT_P))
_declare("wkr_context_free", None, CONTEXT_P)
_declare("wkr_context_parameters_digest", c_int32, CONTEXT_P, POINTER(c_char), c_size_t, POINTER(c_size_t))
_declare("wkr_parameter_number", c_int32, CONTEXT_P, c_char_p, c_size_t, c_int32, POINTER(wkr_decimal))
for _struct in ("free_space_input", "settle_input", "group_member", "free_space_result"):
    _declare("wkr_%s_init" % _struct, c_int32, POINTER(STRUCTS["wkr_" + _struct]), c_size_t)
_declare("wkr_settlement_init", c_int32, POINTER(wkr_settlement), c_size_t)
_declare("wkr_free_space", c_int32, CONTEXT_P, POINTER(wkr_free_space_input), POINTER(wkr_free_space_result))
_declare(
    "wkr_group_free_space",
    c_int32,
    CONTEXT_P,
    POINTER(wkr_free_space_input),
    POINTER(wkr_group_member),
    c_size_t,
    c_size_t,
    POINTER(wkr_free_space_result),
)
_declare("wkr_settle", c_int32, CONTEXT_P, POINTER(wkr_settle_input), POINTER(wkr_settlement))
_declare(
    "wkr_group_settle",
    c_int32,
    CONTEXT_P,
    POINTER(wkr_settle_input),
    POINTER(wkr_group_member),
    c_size_t,
    c_size_t,
    POINTER(wkr_settlement),
)
_declare(
    "wkr_free_space_batch",
    c_int32,
    CONTEXT_P,
    POINTER(wkr_free_space_input),
    c_size_t,
    c_size_t,
    POINTER(wkr_free_space_result),
    c_size_t,
    POINTER(c_int32),
)
_declare(
    "wkr_settle_batch",
    c_int32,
    CONTEXT_P,
    POINTER(wkr_settle_input),
    c_size_t,
    c_size_t,
    POINTER(wkr_settlement),
    c_size_t,
    POINTER(c_int32),
)
_declare(
    "wkr_evaluate_json", c_int32, CONTEXT_P, c_char_p, c_size_t, POINTER(c_void_p), POINTER(c_size_t)
)
for _struct in ALLOWANCE_STRUCTS:
    _declare(_struct.__name__ + "_init", c_int32, POINTER(_struct), c_size_t)
_declare(
    "wkr_home_working_per_day",
    c_int32,
    CONTEXT_P,
    POINTER(wkr_home_working_days_input),
    POINTER(wkr_home_working_result),
)
_declare(
    "wkr_home_working_fixed",
    c_int32,
    CONTEXT_P,
    POINTER(wkr_home_working_fixed_input),
    POINTER(wkr_home_working_result),
)
_declare("wkr_commute_per_day", c_int32, CONTEXT_P, POINTER(wkr_commute_days_input), POINTER(wkr_travel_result))
_declare("wkr_travel_per_km", c_int32, CONTEXT_P, POINTER(wkr_travel_km_input), POINTER(wkr_travel_result))
_declare(
    "wkr_fixed_commute",
    c_int32,
    CONTEXT_P,
    POINTER(wkr_fixed_commute_input),
    POINTER(wkr_absence),
    c_size_t,
    c_size_t,
    POINTER(wkr_fixed_commute_result),
)
_declare(
    "wkr_fixed_commute_batch",
    c_int32,
    CONTEXT_P,
    POINTER(wkr_fixed_commute_input),
    c_size_t,
    c_size_t,
    POINTER(wkr_absence),
    c_size_t,
    c_size_t,
    POINTER(wkr_fixed_commute_result),
    c_size_t,
    POINTER(c_int32),
)
_declare("wkr_item_category_name", c_char_p, c_int32)
_declare(
    "wkr_evaluate_items",
    c_int32,
    CONTEXT_P,
    POINTER(wkr_evaluation_input),
    POINTER(wkr_item),
    c_size_t,
    c_size_t,
    POINTER(c_int32),
    POINTER(wkr_item_result),
    c_size_t,
    POINTER(wkr_employee_totals),
    c_size_t,
    c_size_t,
    POINTER(wkr_evaluation_result),
)

if lib.wkr_abi_version() != ABI_VERSION:
    raise ImportError(
        "%s has ABI version %d; this binding needs %d" % (library_path, lib.wkr_abi_version(), ABI_VERSION)
    )


# ---- errors ----------------------------------------------------------------------------------------


def status_name(status):
    """The name of a status code, e.g. 'WKR_E_NOT_COVERED'."""
    return lib.wkr_status_name(status).decode("ascii")


def last_error_message():
    """The message of the last failure on this thread, copied out of the library."""
    needed = c_size_t(0)
    lib.wkr_last_error_copy(None, 0, ctypes.byref(needed))
    buffer = ctypes.create_string_buffer(needed.value)
    lib.wkr_last_error_copy(buffer, needed.value, None)
    return buffer.value.decode("utf-8", errors="replace")


def copy_string(function, *arguments):
    """Calls a snprintf-style function (…, buffer, capacity, needed) and returns the text, or
    (status, None) on failure."""
    needed = c_size_t(0)
    buffer = ctypes.create_string_buffer(128)
    status = function(*arguments, buffer, len(buffer), ctypes.byref(needed))
    if status == E_BUFFER_TOO_SMALL:
        buffer = ctypes.create_string_buffer(needed.value)
        status = function(*arguments, buffer, len(buffer), ctypes.byref(needed))
    return status, (buffer.value.decode("utf-8") if status == OK else None)

