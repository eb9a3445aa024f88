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

