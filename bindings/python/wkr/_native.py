"""libwkr loaded with ctypes: the library, its functions declared, and the helpers every call needs.

The structs, the item categories and the function declarations come from wkr._abi, which
capi/generate_abi.py writes from the description of the C interface (capi/abi.py), wkr.h and the
library's item table; the tests compare every struct with the layout the C compiler produced
(tests/python, layout.txt).

The library is looked for, in order:
  1. the path in the environment variable WKR_LIBRARY (an override);
  2. where it was installed, as recorded in wkr/_installed.py when the package was installed
     (`cmake --install` records the libwkr it installs; pip the `library` config setting);
  3. next to this package: wkr/libwkr.so.1 (or libwkr.1.dylib, wkr.dll);
  4. by its SONAME, libwkr.so.1, through the system's loader (LD_LIBRARY_PATH, ld.so.cache).
"""

import ctypes
import os
import sys
from ctypes import c_size_t

from ._abi import *  # noqa: F401,F403 — the structs by their C names, CONTEXT_P, the constants (OK, E_…)
from ._abi import FUNCTIONS, INIT_DEFAULTS, ITEM_CATEGORIES, STRUCTS, VERSIONED_STRUCTS  # noqa: F401
from . import _installed

ABI_VERSION = 1
"""The ABI version this binding was written for: the N of libwkr.so.N."""

if sys.platform == "darwin":
    _FILE_NAMES = ("libwkr.%d.dylib" % ABI_VERSION,)
elif os.name == "nt":
    _FILE_NAMES = ("wkr.dll",)
else:
    _FILE_NAMES = ("libwkr.so.%d" % ABI_VERSION,)


def new(struct_type, **fields):
    """A struct as its WKR_*_INIT macro makes it (struct_size set), with `fields` on top."""
    value = struct_type(**dict(INIT_DEFAULTS.get(struct_type.__name__, {}), **fields))
    if "struct_size" in dict(struct_type._fields_):
        value.struct_size = ctypes.sizeof(struct_type)
    return value


def new_array(struct_type, count):
    """`count` structs as new() makes them, in one ctypes array."""
    return (struct_type * count)(*(new(struct_type) for _ in range(count)))


# ---- loading -------------------------------------------------------------------------------------


def _candidates():
    explicit = os.environ.get("WKR_LIBRARY")
    if explicit:
        return [explicit], True
    here = os.path.dirname(os.path.abspath(__file__))
    recorded = [os.path.normpath(os.path.join(here, _installed.LIBRARY))] if _installed.LIBRARY else []
    return recorded + [os.path.join(here, name) for name in _FILE_NAMES] + list(_FILE_NAMES), False


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
    where = "WKR_LIBRARY" if explicit else "where it was installed, next to the wkr package, or by SONAME"
    raise ImportError(
        "cannot load libwkr (looked %s):\n  %s\nSet WKR_LIBRARY to the path of %s, install the package "
        "with pip's --config-settings library=PATH, or make the system loader find it (ldconfig, "
        "LD_LIBRARY_PATH)."
        % (where, "\n  ".join(errors), _FILE_NAMES[0])
    )


lib, library_path = _load()
"""The loaded library and the path or name it was loaded from."""


def _declare(name, restype, *argtypes):
    function = getattr(lib, name)
    function.restype = restype
    function.argtypes = list(argtypes)
    return function


for _name, (_restype, _argtypes) in FUNCTIONS.items():
    _declare(_name, _restype, *_argtypes)

if lib.wkr_abi_version() != ABI_VERSION:
    raise ImportError(
        "%s has ABI version %d; this binding needs %d" % (library_path, lib.wkr_abi_version(), ABI_VERSION)
    )


# ---- errors ----------------------------------------------------------------------------------------


def status_name(status):
    """The name of a status code, e.g. 'WKR_E_NOT_COVERED'."""
    return lib.wkr_status_name(status).decode("ascii")


def last_error_message(language=LANG_EN):  # noqa: F405 — a constant of wkr.h (_abi)
    """The message of the last failure on this thread, copied out of the library, in English or
    (LANG_NL) in Dutch."""
    needed = c_size_t(0)
    lib.wkr_last_error_copy_in(language, None, 0, ctypes.byref(needed))
    buffer = ctypes.create_string_buffer(needed.value)
    lib.wkr_last_error_copy_in(language, buffer, needed.value, None)
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

