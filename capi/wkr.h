/*
 * wkr.h — the stable C interface of libwkr: exact calculations for the Dutch
 * werkkostenregeling (WKR).
 *
 * This is the only header of libwkr whose ABI is promised (docs/c-api.md, "The ABI promise"):
 * within ABI version 1 (libwkr.so.1) functions and struct fields are only ever added, never
 * changed or removed. The C++ headers of the core are not part of that promise.
 *
 * Conventions (the same for every function):
 *   - Every fallible function returns an int32_t status: WKR_OK (0) or a negative WKR_E_* code.
 *     wkr_status_name() names a code; wkr_last_error_message() explains the last failure on the
 *     calling thread. No C++ exception ever leaves the library.
 *   - The context comes first, then the inputs, then the outputs (pointers the library writes).
 *   - Amounts of money are int64_t cents (euro × 100). Exact decimals with any number of decimals
 *     (rates, per-day amounts) are wkr_decimal. No binary floating point crosses this interface.
 *   - Strings go in as UTF-8 with an explicit length (const char*, size_t); no NUL is needed.
 *     Strings come out into a caller's buffer (snprintf style, reporting the size needed) or,
 *     for results of unknown size, as memory the library allocates and wkr_free() releases.
 *   - Input and output structs begin with `uint32_t struct_size`, which the caller sets to
 *     sizeof the struct it was compiled with (use the WKR_*_INIT macro or the *_init() function).
 *     That is how a struct grows in a later 1.x release without breaking old callers.
 *   - Structs hold only fixed-width integer types, with explicit reserved fields; a reserved field
 *     must be zero.
 *
 * Thread safety: a wkr_context is immutable once created and may be used by any number of threads
 * at the same time. The last-error message is per thread. There is no other global state.
 */
#ifndef WKR_H
#define WKR_H

#include <stddef.h>
#include <stdint.h>

/* ---- export macro ------------------------------------------------------------------------- */

/** WKR_API marks every function exported by libwkr (default visibility; dllexport/dllimport on
 *  Windows, where WKR_BUILDING_LIBRARY is defined while libwkr itself is compiled). */
#if defined(_WIN32) || defined(__CYGWIN__)
#  if defined(WKR_BUILDING_LIBRARY)
#    define WKR_API __declspec(dllexport)
#  else
#    define WKR_API __declspec(dllimport)
#  endif
#elif defined(__GNUC__) && __GNUC__ >= 4
#  define WKR_API __attribute__((visibility("default")))
#else
#  define WKR_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ---- versions ----------------------------------------------------------------------------- */

/** The library version this header belongs to (semantic versioning). CMake checks at configure
 *  time that these equal the project version, so they cannot drift. */
#define WKR_VERSION_MAJOR 1
#define WKR_VERSION_MINOR 0
#define WKR_VERSION_PATCH 0
/** "MAJOR.MINOR.PATCH" as a string literal. */
#define WKR_VERSION_STRING "1.0.0"
/** MAJOR × 10000 + MINOR × 100 + PATCH, e.g. 100 for 0.1.0 and 10203 for 1.2.3. */
#define WKR_VERSION_NUMBER (WKR_VERSION_MAJOR * 10000 + WKR_VERSION_MINOR * 100 + WKR_VERSION_PATCH)

/** The ABI version: the N of libwkr.so.N (the SONAME), always equal to WKR_VERSION_MAJOR. It
 *  changes only when an existing function or struct changes incompatibly — which the project
 *  promises not to do within a major version. */
#define WKR_ABI_VERSION 1

/** The version of the library actually loaded, as WKR_VERSION_NUMBER computes it. Compare it with
 *  WKR_VERSION_NUMBER to detect a header/library mismatch (a newer library is fine). */
WKR_API int32_t wkr_version_number(void);

/** The version of the library actually loaded, "MAJOR.MINOR.PATCH". A static string: never free
 *  it. */
WKR_API const char* wkr_version_string(void);

/** The ABI version of the library actually loaded; equals WKR_ABI_VERSION of the header it was
 *  built from. */
WKR_API int32_t wkr_abi_version(void);

/* ---- status codes ------------------------------------------------------------------------- */

/* The numbering is stable: a code is never renumbered or reused. -1 … -99 are the error codes of
 * the C++ core (wkr::ErrorCode n is status -n); -100 and below belong to this C layer. New codes
 * may be added in a 1.x release, so treat any unknown negative value as an error. */

/** Success. */
#define WKR_OK 0
/** An argument is not acceptable: a NULL pointer, a negative amount, an unknown rounding mode, a
 *  malformed request, a member of a group scheme that was not in the group all year, … */
#define WKR_E_INVALID_ARGUMENT (-1)
/** A text that should be a decimal number (or a JSON request) is not one. */
#define WKR_E_PARSE (-2)
/** A value does not fit the exact 128-bit range of the calculation. */
#define WKR_E_OVERFLOW (-3)
/** A parameter table is malformed; the message names file:line:column. */
#define WKR_E_DATA (-4)
/** The parameter tables have no value for the year asked; the message names the covered years. */
#define WKR_E_NOT_COVERED (-5)
/** A file or directory could not be read. */
#define WKR_E_IO (-6)
/** A division by zero. */
#define WKR_E_DIVISION_BY_ZERO (-7)
/** Out of memory. */
#define WKR_E_NOMEM (-100)
/** A bug in libwkr (an unexpected internal failure). Please report it with the message. */
#define WKR_E_INTERNAL (-101)
/** A result is exact but does not fit the C type asked for: an amount that is not a whole number
 *  of cents or exceeds int64_t cents, a decimal beyond 128-bit two's complement. */
#define WKR_E_RANGE (-102)
/** A caller's buffer is too small; the `needed` output says how large it must be. */
#define WKR_E_BUFFER_TOO_SMALL (-103)
/** A struct this library version cannot read: struct_size below the first version of the struct,
 *  larger than a batch stride, or a newer caller's struct that sets a field (or a reserved field)
 *  this library does not know. Upgrading libwkr fixes the latter. */
#define WKR_E_UNSUPPORTED (-104)
/** Some rows of a batch failed; every other row was computed. See the per-row statuses. */
#define WKR_E_ROWS_FAILED (-105)

/** The name of a status code, e.g. "WKR_E_NOT_COVERED", or "WKR_E_UNKNOWN" for a code this
 *  library version does not know. A static string: never NULL, never free it. */
WKR_API const char* wkr_status_name(int32_t status);

/** The message that explains the last failure on the calling thread (UTF-8, NUL-terminated), or
 *  "" when the last status-returning call on this thread succeeded. Every function that returns a
 *  status sets it, except wkr_last_error_copy() and the *_in functions below. The pointer is borrowed: it stays valid
 * until the next status-returning call on this thread. Never NULL, never free it. */
WKR_API const char* wkr_last_error_message(void);

/** Copies the last error message of this thread into `buffer` (for managed callers, which should
 *  not hold a borrowed pointer). Writes at most `capacity` bytes including the terminating NUL,
 *  truncating if needed, and stores the size needed, NUL included, in `*needed` when `needed` is
 *  not NULL. Returns WKR_OK; WKR_E_BUFFER_TOO_SMALL if the message was truncated or `capacity` is
 *  0 (then `buffer` may be NULL: the way to ask for the size); WKR_E_INVALID_ARGUMENT for a NULL
 *  `buffer` with a non-zero `capacity`. Does not change the last error. */
WKR_API int32_t wkr_last_error_copy(char* buffer, size_t capacity, size_t* needed);

/** The languages of the messages, for wkr_last_error_message_in() and wkr_last_error_copy_in():
 *  English (the language of wkr_last_error_message()) and Dutch. */
#define WKR_LANG_EN 0
#define WKR_LANG_NL 1

/** The last error message of this thread in `language` (WKR_LANG_EN or WKR_LANG_NL), as
 *  wkr_last_error_message() gives it in English: "" after a success, borrowed until the next
 *  status-returning call on this thread, never free it. The Dutch is the same sentence as the
 *  wkr command's with --lang nl; a message that is not yet in the library's catalogue (the C
 *  layer's own, such as a NULL argument) reads in English in both. NULL for a language this
 *  library does not know. Does not change the last error. */
WKR_API const char* wkr_last_error_message_in(int32_t language);

/** wkr_last_error_copy() in `language` (WKR_LANG_EN or WKR_LANG_NL): the same contract, and
 *  WKR_E_INVALID_ARGUMENT (nothing written) for a language this library does not know. Does not
 *  change the last error. */
WKR_API int32_t wkr_last_error_copy_in(int32_t language, char* buffer, size_t capacity, size_t* needed);

/* ---- memory ------------------------------------------------------------------------------- */

/** Releases memory that libwkr allocated and handed to the caller (the response of
 *  wkr_evaluate_json()). NULL is ignored. Never pass such memory to free() — the library may use
 *  another allocator — and never pass other memory here. */
WKR_API void wkr_free(void* pointer);

/* ---- exact decimals ----------------------------------------------------------------------- */

/* [generated: decimal] from capi/abi.py by capi/generate_abi.py; do not edit here */
/* clang-format off */
/** An exact decimal: value = (hi × 2^64 + lo) × 10^-scale, the 128-bit significand in two's
 *  complement with the low word first (as DuckDB's hugeint and Arrow's decimal128). `scale` is 0 to
 *  30. `reserved` must be 0. Example: 9180.00 is {918000, 0, 2, 0}; -0.5 is
 *  {0xFFFFFFFFFFFFFFFB, -1, 1, 0}. A value from the library is always within two's complement 128
 *  bits; one that would not be is WKR_E_RANGE. 24 bytes. */
typedef struct wkr_decimal {
  uint64_t lo;       /**< the low 64 bits of the significand */
  int64_t hi;        /**< the high 64 bits, carrying the sign */
  int32_t scale;     /**< the number of decimals, 0 to 30 */
  uint32_t reserved; /**< must be 0 */
} wkr_decimal;
/* clang-format on */
/* [end generated: decimal] */

/** A buffer of this many bytes always holds a formatted wkr_decimal with its NUL. */
#define WKR_DECIMAL_STRING_MAX 48

/** Parses a plain decimal ("1600000", "0.0118", "-2.5": an optional '-', digits, optionally '.'
 *  and digits; no '+', exponent, spaces or separators) of `length` bytes into `*out`, keeping the
 *  decimals as written ("1.50" has scale 2). Errors: WKR_E_PARSE for another form or more than
 *  30 decimals; WKR_E_OVERFLOW for more than 38 digits; WKR_E_RANGE when the significand does
 *  not fit two's complement 128 bits; WKR_E_INVALID_ARGUMENT for a NULL pointer. */
WKR_API int32_t wkr_decimal_parse(const char* text, size_t length, wkr_decimal* out);

/** Formats `*value` as its exact text with all its decimals ("9180.00", "-0.5"), NUL-terminated,
 *  into `buffer` of `capacity` bytes, and stores the size needed (NUL included) in `*needed` when
 *  `needed` is not NULL. Returns WKR_E_BUFFER_TOO_SMALL (writing nothing) when it does not fit;
 *  WKR_E_INVALID_ARGUMENT for a scale outside 0–30; WKR_E_UNSUPPORTED for a non-zero reserved
 *  field. */
WKR_API int32_t wkr_decimal_format(const wkr_decimal* value, char* buffer, size_t capacity,
                                   size_t* needed);

/* ---- contexts ----------------------------------------------------------------------------- */

/** A loaded set of parameter tables (the law's numbers, year by year). Opaque; create it with
 *  wkr_context_new() or wkr_context_new_from_directory() and release it with
 *  wkr_context_free(). Immutable: any number of threads may use one context at the same time. */
typedef struct wkr_context wkr_context;

/** Creates a context with the parameter tables compiled into the library. Stores it in `*out`
 *  (NULL on failure). */
WKR_API int32_t wkr_context_new(wkr_context** out);

/** Creates a context with the embedded tables and every *.yaml file of the directory `path`
 *  (UTF-8, `path_length` bytes) layered on top — newer tables (a new year) without a rebuild.
 *  Errors: WKR_E_IO when the directory cannot be read, WKR_E_DATA naming file:line:column for a
 *  malformed table. Stores the context in `*out` (NULL on failure). */
WKR_API int32_t wkr_context_new_from_directory(const char* path, size_t path_length,
                                               wkr_context** out);

/** Flags of wkr_context_new_from_directory_flags(): what a table of the directory may do to a value
 *  the embedded tables already give for the same date. */
/** Replace it; the replacement is listed in the receipt (JSON responses) and the explanation. */
#define WKR_DATA_ALLOW_OVERRIDES 0
/** Refuse it: WKR_E_DATA naming the parameter, the date and the file:line — a directory may add new
 *  dates only (the command's --strict-data). */
#define WKR_DATA_STRICT 1

/** wkr_context_new_from_directory() with `flags` (WKR_DATA_*; any other bit is WKR_E_INVALID_ARGUMENT). */
WKR_API int32_t wkr_context_new_from_directory_flags(const char* path, size_t path_length, uint32_t flags,
                                                     wkr_context** out);

/** Releases a context. NULL is ignored. The caller must make sure no other thread still uses it. */
WKR_API void wkr_context_free(wkr_context* context);

/** Copies the SHA-256 digest (64 lowercase hex digits) of the exact tables the context loaded —
 *  the "receipt" that pins a result to its tables — into `buffer` like wkr_decimal_format():
 *  NUL-terminated, the size needed (65) in `*needed`, WKR_E_BUFFER_TOO_SMALL if it does not fit. */
WKR_API int32_t wkr_context_parameters_digest(const wkr_context* context, char* buffer,
                                              size_t capacity, size_t* needed);

/** Looks up a numeric parameter for a calendar year, e.g. "final_levy.rate" for 2025 gives 0.80,
 *  exactly as the tables state it. `name` is UTF-8 of `name_length` bytes (docs/parameters.md
 *  lists the names). Errors: WKR_E_INVALID_ARGUMENT for an unknown name, WKR_E_NOT_COVERED for a
 *  year the tables do not cover, WKR_E_DATA for a parameter that is not a single number (rate
 *  brackets, rounding rules). */
WKR_API int32_t wkr_parameter_number(const wkr_context* context, const char* name,
                                     size_t name_length, int32_t year, wkr_decimal* out);

/* ---- rounding ----------------------------------------------------------------------------- */

/** Rounding modes, for the int32_t rounding fields of the input structs. */
/** Use the rule of the parameter tables (the default). */
#define WKR_ROUNDING_TABLES 0
/** Rekenkundig afronden: ties away from zero (2.5 → 3, −2.5 → −3). */
#define WKR_ROUNDING_HALF_UP 1
/** Bankers' rounding: ties to the even neighbour. */
#define WKR_ROUNDING_HALF_EVEN 2
/** Toward −∞ (naar beneden). */
#define WKR_ROUNDING_FLOOR 3
/** Toward +∞ (naar boven). */
#define WKR_ROUNDING_CEILING 4
/** Drop the digits (afkappen). */
#define WKR_ROUNDING_TOWARD_ZERO 5

/* ---- free space (vrije ruimte) and settlement ------------------------------------------------
 *
 * Art. 31a and 32 Wet LB 1964. All amounts are int64_t cents and must not be negative. */

/* [generated: free space] from capi/abi.py by capi/generate_abi.py; do not edit here */
/* clang-format off */
/** Input of wkr_free_space(): one employer's fiscal wage bill (fiscale loonsom) for a year. Also
 *  the common input of wkr_group_free_space(), where wage_bill_cents must be 0 (the members carry
 *  the wage bills). 24 bytes in version 1. */
typedef struct wkr_free_space_input {
  uint32_t struct_size;        /**< sizeof(wkr_free_space_input) as the caller knows it */
  int32_t year;                /**< the calendar year, e.g. 2026 */
  int64_t wage_bill_cents;     /**< the fiscal wage bill in cents */
  int32_t free_space_rounding; /**< WKR_ROUNDING_*; WKR_ROUNDING_TABLES: down to the cent */
  uint32_t reserved;           /**< must be 0 */
} wkr_free_space_input;

/** An initializer for wkr_free_space_input: struct_size set, everything else 0. */
#define WKR_FREE_SPACE_INPUT_INIT {sizeof(wkr_free_space_input), 0, 0, 0, 0}

/** Fills the first `size` bytes of `*input` as WKR_FREE_SPACE_INPUT_INIT does, with
 *  struct_size = size (pass sizeof(wkr_free_space_input)). Errors: WKR_E_INVALID_ARGUMENT for NULL,
 *  WKR_E_UNSUPPORTED for a size below the first version or above 2^32 − 1. */
WKR_API int32_t wkr_free_space_input_init(wkr_free_space_input* input, size_t size);

/** Input of wkr_settle(): the wage bill and the total designated as final-levy wage (aangewezen
 *  eindheffingsloon). Also the common input of wkr_group_settle(), where wage_bill_cents must be 0.
 *  32 bytes in version 1. */
typedef struct wkr_settle_input {
  uint32_t struct_size;        /**< sizeof(wkr_settle_input) as the caller knows it */
  int32_t year;                /**< the calendar year */
  int64_t wage_bill_cents;     /**< the fiscal wage bill in cents */
  int64_t designated_cents;    /**< the designated total in cents */
  int32_t free_space_rounding; /**< WKR_ROUNDING_*; WKR_ROUNDING_TABLES: down to the cent */
  uint32_t reserved;           /**< must be 0 */
} wkr_settle_input;

/** An initializer for wkr_settle_input: struct_size set, everything else 0. */
#define WKR_SETTLE_INPUT_INIT {sizeof(wkr_settle_input), 0, 0, 0, 0, 0}

/** Fills the first `size` bytes of `*input` as WKR_SETTLE_INPUT_INIT does, with struct_size = size.
 *  Errors as wkr_free_space_input_init(). */
WKR_API int32_t wkr_settle_input_init(wkr_settle_input* input, size_t size);

/** A member of a group scheme (concernregeling, art. 32 Wet LB 1964). 16 bytes in its first
 *  version; 56 since designated_given and allocation_weight_given and designated_cents and
 *  allocation_weight were appended (a caller's 16-byte struct is read with them 0). */
typedef struct wkr_group_member {
  uint32_t struct_size;             /**< sizeof(wkr_group_member) as the caller knows it */
  uint32_t whole_year;              /**< 1: in the group the whole calendar year; 0: joined or left
                                         during the year (then it may not join the scheme: an error
                                         for a group of more than one). Any other value is an
                                         error. */
  int64_t wage_bill_cents;          /**< the member's fiscal wage bill in cents */
  /* appended after the first version (struct_size > 16): */
  uint32_t designated_given;        /**< 1: designated_cents is the member's own designated amount
                                         (wkr_group_scheme_settle()); the older group calls take the
                                         group's total and refuse it */
  uint32_t allocation_weight_given; /**< 1: allocation_weight is the member's weight in the group's
                                         own key (WKR_ALLOCATION_OWN; wkr_group_scheme_settle()
                                         only) */
  int64_t designated_cents;         /**< the member's designated amount in cents */
  wkr_decimal allocation_weight;    /**< its weight in the group's own key, e.g. a headcount or a
                                         percentage */
} wkr_group_member;

/** An initializer for wkr_group_member: struct_size set, whole_year = 1, everything else 0. */
#define WKR_GROUP_MEMBER_INIT {sizeof(wkr_group_member), 1, 0, 0, 0, 0, {0, 0, 0, 0}}

/** Fills the first `size` bytes of `*member` as WKR_GROUP_MEMBER_INIT does, with
 *  struct_size = size. Errors as wkr_free_space_input_init(). */
WKR_API int32_t wkr_group_member_init(wkr_group_member* member, size_t size);

/** Result of wkr_free_space() and wkr_group_free_space(). The caller sets struct_size (the library
 *  writes exactly that many bytes, zero-filling fields it does not know). 24 bytes in version 1. */
typedef struct wkr_free_space_result {
  uint32_t struct_size;     /**< set by the caller: sizeof(wkr_free_space_result) */
  int32_t year;             /**< the calendar year */
  int64_t wage_bill_cents;  /**< the (group's total) wage bill the rates were applied to */
  int64_t free_space_cents; /**< the free space, rounded to the cent */
} wkr_free_space_result;

/** An initializer for wkr_free_space_result: struct_size set, everything else 0. */
#define WKR_FREE_SPACE_RESULT_INIT {sizeof(wkr_free_space_result), 0, 0, 0}

/** Fills the first `size` bytes of `*result` as WKR_FREE_SPACE_RESULT_INIT does, with
 *  struct_size = size. Errors as wkr_free_space_input_init(). */
WKR_API int32_t wkr_free_space_result_init(wkr_free_space_result* result, size_t size);

/** Result of wkr_settle() and wkr_group_settle(). The caller sets struct_size. 64 bytes in
 *  version 1. */
typedef struct wkr_settlement {
  uint32_t struct_size;            /**< set by the caller: sizeof(wkr_settlement) */
  int32_t year;                    /**< the calendar year settled */
  int64_t wage_bill_cents;         /**< the (group's total) wage bill */
  int64_t free_space_cents;        /**< the free space */
  int64_t designated_cents;        /**< the designated total */
  int64_t excess_cents;            /**< designated above the free space; 0 when within it */
  int64_t final_levy_cents;        /**< the final levy (eindheffing) on the excess, in cents */
  int64_t final_levy_return_cents; /**< the levy as declared in the return: whole euros (so a
                                        multiple of 100 cents), rounded from the exact levy */
  int32_t due_year;                /**< the return the levy is due in at the latest: its year … */
  int32_t due_period;              /**< … and its period (aangiftetijdvak) number, 1 to 13 */
} wkr_settlement;

/** An initializer for wkr_settlement: struct_size set, everything else 0. */
#define WKR_SETTLEMENT_INIT {sizeof(wkr_settlement), 0, 0, 0, 0, 0, 0, 0, 0, 0}

/** Fills the first `size` bytes of `*result` as WKR_SETTLEMENT_INIT does, with struct_size = size.
 *  Errors as wkr_free_space_input_init(). */
WKR_API int32_t wkr_settlement_init(wkr_settlement* result, size_t size);
/* clang-format on */
/* [end generated: free space] */

/** The free space of one employer (art. 31a Wet LB 1964, lid 3 from 2021): the rates of the year
 *  applied to the wage bill, rounded to the cent. Errors: WKR_E_INVALID_ARGUMENT (NULL, negative wage bill,
 *  unknown rounding), WKR_E_NOT_COVERED (a year the tables do not cover), WKR_E_UNSUPPORTED (a
 *  struct_size this version cannot read). On failure `*result` is zero-filled after struct_size. */
WKR_API int32_t wkr_free_space(const wkr_context* context, const wkr_free_space_input* input,
                               wkr_free_space_result* result);

/** The free space of a group scheme (concernregeling, art. 32 Wet LB 1964): the members' wage
 *  bills are summed and the rates apply once to the total. `members` points to `member_count`
 *  (at least 1) structs, `member_stride` bytes apart (sizeof(wkr_group_member) for a plain array).
 *  `input->wage_bill_cents` must be 0. Errors as wkr_free_space(), and WKR_E_INVALID_ARGUMENT for
 *  a member that was not in the group the whole year (the message names it by its 1-based
 *  number). */
WKR_API int32_t wkr_group_free_space(const wkr_context* context, const wkr_free_space_input* input,
                                     const wkr_group_member* members, size_t member_count,
                                     size_t member_stride, wkr_free_space_result* result);

/** The year-end settlement of one employer (art. 31a Wet LB 1964): the designated total against
 *  the free space, the excess, the final levy on it (in cents and as declared) and the return it
 *  is due in. Errors as wkr_free_space(), and WKR_E_INVALID_ARGUMENT for a negative designated
 *  total. */
WKR_API int32_t wkr_settle(const wkr_context* context, const wkr_settle_input* input,
                           wkr_settlement* result);

/** The settlement of a group scheme: the members as for wkr_group_free_space(), the designated
 *  total of the whole group in `input->designated_cents`; `input->wage_bill_cents` must be 0. */
WKR_API int32_t wkr_group_settle(const wkr_context* context, const wkr_settle_input* input,
                                 const wkr_group_member* members, size_t member_count,
                                 size_t member_stride, wkr_settlement* result);

/* ---- batches ---------------------------------------------------------------------------------
 *
 * A batch computes many independent rows in one call: row i is read from
 * (const char*)rows + i × row_stride and its result written to (char*)results + i × result_stride,
 * so the rows may be plain arrays (stride = sizeof the struct) or fields of the caller's own
 * larger records. Every input row and every result row carries its own struct_size, which must
 * not exceed its stride. A bad row does not stop the batch: its status goes to row_status[i] (when
 * row_status is not NULL), its result is zero-filled after struct_size, and the other rows are
 * computed. The call returns WKR_OK when every row succeeded, WKR_E_ROWS_FAILED when some failed
 * (the message lists the first ten by 0-based index), and another code — computing nothing — when
 * the call itself is invalid (a NULL pointer with row_count > 0, a stride smaller than the first
 * version of its struct). The rows are computed in order on the calling thread; to use more cores,
 * split a batch over threads that share one context. */

/** wkr_free_space() over `row_count` rows. */
WKR_API int32_t wkr_free_space_batch(const wkr_context* context, const wkr_free_space_input* rows,
                                     size_t row_count, size_t row_stride,
                                     wkr_free_space_result* results, size_t result_stride,
                                     int32_t* row_status);

/** wkr_settle() over `row_count` rows. */
WKR_API int32_t wkr_settle_batch(const wkr_context* context, const wkr_settle_input* rows,
                                 size_t row_count, size_t row_stride, wkr_settlement* results,
                                 size_t result_stride, int32_t* row_status);

/* ---- JSON requests ----------------------------------------------------------------------- */

/** Evaluates one request written as JSON — the same inputs as the `wkr` command, e.g.
 *  {"command": "settle", "year": 2025, "wage_bill": ["500000"], "designated": "14180"} — and
 *  returns the same result object as `wkr … --json`, with its explanation (every step, its legal
 *  reference and the parameter values used) and its receipt (library version, tables digest).
 *  Amounts are JSON strings of plain decimals (or JSON integers); a JSON number with a fraction is
 *  refused, since it would have passed through binary floating point. New result fields may
 *  appear in any release; ignore keys you do not know.
 *
 *  `request` is UTF-8 of `request_length` bytes. On success `*response` receives a NUL-terminated
 *  UTF-8 string that the caller releases with wkr_free(), and `*response_length` (when not NULL)
 *  its length without the NUL. On failure `*response` is NULL and the status and message say why:
 *  WKR_E_PARSE for text that is not JSON, WKR_E_INVALID_ARGUMENT naming a missing, unknown or
 *  malformed key, or whatever the calculation reports (WKR_E_NOT_COVERED, …). */
WKR_API int32_t wkr_evaluate_json(const wkr_context* context, const char* request,
                                  size_t request_length, char** response, size_t* response_length);

/* ---- targeted exemptions (gerichte vrijstellingen, art. 31a lid 2 Wet LB 1964) ----------------
 *
 * The allowance rules of docs/allowances.md as typed calls: the home-working allowance, travel by
 * the kilometre, the fixed travel allowance (with its batch) and the per-employee evaluation of
 * items (which also reaches internet, arbo, workplace, public transport and the items that are
 * always wage). Each call returns the same figures as the JSON entry point and the `wkr` command;
 * the explanation of every step (its legal reference, the parameter values used) is only in the
 * JSON response of wkr_evaluate_json().
 *
 * Amounts paid are int64_t cents and must not be negative. Day counts, distances and rates are
 * wkr_decimal (a fixed allowance's days are exact fractions such as 171.2). Every exempt maximum,
 * exempt part and excess the library computes is in whole cents (a cap with more decimals is
 * rounded down to cents by the tables' allowances.cap_rounding), so they are int64_t cents here.
 * A `*_given` field says whether an optional input is present (1) or not (0); any other value is
 * WKR_E_INVALID_ARGUMENT, and so is a non-zero input whose flag is 0 (a value set without its flag
 * is a mistake, never silently ignored). An amount paid is optional: without it a call computes the
 * exempt maximum only, and the split fields of the result (paid, exempt, excess, designated, wage)
 * are 0. */

/** What becomes of the part of an allowance above its exempt maximum (the excess), for the int32_t
 *  `excess` fields. */
/** The default: designated to the free space (for an item: the evaluation's `excess`). */
#define WKR_EXCESS_DEFAULT 0
/** Designated to the free space as final-levy wage (art. 31 lid 1 onderdeel f Wet LB 1964). */
#define WKR_EXCESS_DESIGNATE 1
/** Taxed as the employee's wage (Handboek Loonheffingen 2011 voorbeeld 6). */
#define WKR_EXCESS_WAGE 2

/** How the day count of a fixed allowance (k/5 × 214) is rounded, for the `day_rounding` fields. */
/** Exact, the law's fraction (3/5 × 214 = 128.4; the default). */
#define WKR_DAYS_EXACT 0
/** Up to whole days (129), as many payroll sources do. */
#define WKR_DAYS_UP 1

/* [generated: home working] from capi/abi.py by capi/generate_abi.py; do not edit here */
/* clang-format off */
/** Input of wkr_home_working_per_day(): home-working days actually worked in a year (a day worked
 *  at home for part of it counts as a whole day). 32 bytes in version 1. */
typedef struct wkr_home_working_days_input {
  uint32_t struct_size; /**< sizeof(wkr_home_working_days_input) as the caller knows it */
  int32_t year;         /**< the calendar year */
  int32_t days;         /**< the home-working days, 0 to the days of the year */
  int32_t excess;       /**< WKR_EXCESS_*: what becomes of an amount paid above the cap */
  uint32_t paid_given;  /**< 1: paid_cents is the amount paid for these days; 0: cap only */
  uint32_t reserved;    /**< must be 0 */
  int64_t paid_cents;   /**< the allowance paid, in cents */
} wkr_home_working_days_input;

/** An initializer for wkr_home_working_days_input: struct_size set, everything else 0. */
#define WKR_HOME_WORKING_DAYS_INPUT_INIT {sizeof(wkr_home_working_days_input), 0, 0, 0, 0, 0, 0}

/** Fills the first `size` bytes of `*input` as WKR_HOME_WORKING_DAYS_INPUT_INIT does, with
 *  struct_size = size. Errors as wkr_free_space_input_init(). */
WKR_API int32_t wkr_home_working_days_input_init(wkr_home_working_days_input* input, size_t size);

/** Input of wkr_home_working_fixed(): a fixed home-working allowance from a recorded weekly pattern
 *  (128-dagenregeling: home days/5 × 214 days, time-proportional when the allowance runs for part
 *  of the year). 40 bytes in version 1. */
typedef struct wkr_home_working_fixed_input {
  uint32_t struct_size;       /**< sizeof(wkr_home_working_fixed_input) as the caller knows it */
  int32_t year;               /**< the calendar year */
  int32_t home_days_per_week; /**< the home days of the pattern, 1 to 7 (more than 5 count as 5) */
  int32_t from_month;         /**< the first month the allowance runs, 1 to 12; 0 means 1 */
  int32_t to_month;           /**< the last month the allowance runs, 1 to 12; 0 means 12 */
  int32_t day_rounding;       /**< WKR_DAYS_* */
  int32_t excess;             /**< WKR_EXCESS_* */
  uint32_t paid_given;        /**< 1: paid_cents is the amount paid for the year; 0: cap only */
  int64_t paid_cents;         /**< the allowance paid for the year, in cents */
} wkr_home_working_fixed_input;

/** An initializer for wkr_home_working_fixed_input: struct_size set, everything else 0. */
#define WKR_HOME_WORKING_FIXED_INPUT_INIT                                                          \
  {sizeof(wkr_home_working_fixed_input), 0, 0, 0, 0, 0, 0, 0, 0}

/** Fills the first `size` bytes of `*input` as WKR_HOME_WORKING_FIXED_INPUT_INIT does, with
 *  struct_size = size. Errors as wkr_free_space_input_init(). */
WKR_API int32_t wkr_home_working_fixed_input_init(wkr_home_working_fixed_input* input, size_t size);

/** Result of wkr_home_working_per_day() and wkr_home_working_fixed(). The caller sets struct_size.
 *  128 bytes in version 1. */
typedef struct wkr_home_working_result {
  uint32_t struct_size;        /**< set by the caller: sizeof(wkr_home_working_result) */
  int32_t year;                /**< the calendar year */
  wkr_decimal days;            /**< the actual days, or the pattern's days (85.6 for 2 days a
                                    week) */
  wkr_decimal daily_amount;    /**< exempt per home-working day (2.40 in 2025; 0.00 before 2022) */
  int64_t cap_cents;           /**< the exempt maximum for the year: days × daily amount */
  int64_t monthly_cap_cents;   /**< a fixed allowance: the exempt maximum per month; 0 per day */
  int64_t paid_cents;          /**< the amount paid (0 when none was given) */
  int64_t exempt_cents;        /**< min(paid, cap) */
  int64_t excess_cents;        /**< paid − exempt */
  int64_t designated_cents;    /**< the excess when designated, else 0 */
  int64_t wage_cents;          /**< the excess when taxed as wage, else 0 */
  uint32_t fixed;              /**< 1 for a fixed allowance from a pattern, 0 per actual day */
  uint32_t exemption_in_force; /**< 0 before 2022: no targeted exemption existed, the cap is 0.00 */
  uint32_t paid_given;         /**< 1 when an amount paid was split into exempt and excess */
  int32_t excess_treatment;    /**< WKR_EXCESS_DESIGNATE or WKR_EXCESS_WAGE as applied; 0 unpaid */
} wkr_home_working_result;

/** An initializer for wkr_home_working_result: struct_size set, everything else 0. */
#define WKR_HOME_WORKING_RESULT_INIT                                                               \
  {sizeof(wkr_home_working_result), 0, {0, 0, 0, 0},                                               \
   {0, 0, 0, 0}, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}

/** Fills the first `size` bytes of `*result` as WKR_HOME_WORKING_RESULT_INIT does, with
 *  struct_size = size. Errors as wkr_free_space_input_init(). */
WKR_API int32_t wkr_home_working_result_init(wkr_home_working_result* result, size_t size);
/* clang-format on */
/* [end generated: home working] */

/** The home-working allowance (thuiswerkvergoeding, art. 31a lid 2 onderdeel k Wet LB 1964, from
 *  2022) for actual days: cap = days × the amount per day; with an amount paid, its exempt part
 *  and excess. Before 2022 the cap is 0.00 and exemption_in_force is 0. Errors:
 *  WKR_E_INVALID_ARGUMENT (NULL, negative days or amount, more days than the year has, an unknown
 *  code), WKR_E_NOT_COVERED (a year the tables do not cover), WKR_E_UNSUPPORTED (a struct_size this
 *  version cannot read). On failure `*result` is zero-filled after struct_size. */
WKR_API int32_t wkr_home_working_per_day(const wkr_context* context, const wkr_home_working_days_input* input,
                                         wkr_home_working_result* result);

/** The fixed home-working allowance from a weekly pattern: cap = k/5 × 214 × months/12 × the
 *  amount per day (W14: 1 home day in 2025 → 42.8 days, €102.72; €8.56 a month). Errors as
 *  wkr_home_working_per_day(), and WKR_E_INVALID_ARGUMENT for a pattern outside 1–7 days or months
 *  outside 1–12 (the first after the last). */
WKR_API int32_t wkr_home_working_fixed(const wkr_context* context, const wkr_home_working_fixed_input* input,
                                       wkr_home_working_result* result);

/** What a kilometre allowance reimburses, for the `purpose` fields. */
/** Commuting (woon-werkverkeer): home to the fixed workplace and back. */
#define WKR_TRAVEL_COMMUTING 0
/** Business trips (zakelijke reizen): kept apart from commuting. */
#define WKR_TRAVEL_BUSINESS_TRIP 1

/* [generated: travel] from capi/abi.py by capi/generate_abi.py; do not edit here */
/* clang-format off */
/** Input of wkr_commute_per_day(): `days` trips of `km_one_way` there and back. 56 bytes in
 *  version 1. */
typedef struct wkr_commute_days_input {
  uint32_t struct_size;   /**< sizeof(wkr_commute_days_input) as the caller knows it */
  int32_t year;           /**< the calendar year */
  wkr_decimal km_one_way; /**< the distance one way in km, e.g. 12.35 */
  int32_t days;           /**< the days travelled, 0 to the days of the year */
  int32_t excess;         /**< WKR_EXCESS_* */
  uint32_t paid_given;    /**< 1: paid_cents is the amount paid; 0: cap only */
  uint32_t reserved;      /**< must be 0 */
  int64_t paid_cents;     /**< the allowance paid, in cents */
} wkr_commute_days_input;

/** An initializer for wkr_commute_days_input: struct_size set, everything else 0. */
#define WKR_COMMUTE_DAYS_INPUT_INIT {sizeof(wkr_commute_days_input), 0, {0, 0, 0, 0}, 0, 0, 0, 0, 0}

/** Fills the first `size` bytes of `*input` as WKR_COMMUTE_DAYS_INPUT_INIT does, with
 *  struct_size = size. Errors as wkr_free_space_input_init(). */
WKR_API int32_t wkr_commute_days_input_init(wkr_commute_days_input* input, size_t size);

/** Input of wkr_travel_per_km(): kilometres travelled in total, for commuting or business trips.
 *  56 bytes in version 1. */
typedef struct wkr_travel_km_input {
  uint32_t struct_size; /**< sizeof(wkr_travel_km_input) as the caller knows it */
  int32_t year;         /**< the calendar year */
  wkr_decimal km;       /**< the kilometres travelled */
  int32_t purpose;      /**< WKR_TRAVEL_COMMUTING or WKR_TRAVEL_BUSINESS_TRIP */
  int32_t excess;       /**< WKR_EXCESS_* */
  uint32_t paid_given;  /**< 1: paid_cents is the amount paid; 0: cap only */
  uint32_t reserved;    /**< must be 0 */
  int64_t paid_cents;   /**< the allowance paid, in cents */
} wkr_travel_km_input;

/** An initializer for wkr_travel_km_input: struct_size set, everything else 0. */
#define WKR_TRAVEL_KM_INPUT_INIT {sizeof(wkr_travel_km_input), 0, {0, 0, 0, 0}, 0, 0, 0, 0, 0}

/** Fills the first `size` bytes of `*input` as WKR_TRAVEL_KM_INPUT_INIT does, with
 *  struct_size = size. Errors as wkr_free_space_input_init(). */
WKR_API int32_t wkr_travel_km_input_init(wkr_travel_km_input* input, size_t size);

/** Result of wkr_commute_per_day() and wkr_travel_per_km(). The caller sets struct_size. 168 bytes
 *  in version 1. */
typedef struct wkr_travel_result {
  uint32_t struct_size;     /**< set by the caller: sizeof(wkr_travel_result) */
  int32_t year;             /**< the calendar year */
  int32_t purpose;          /**< WKR_TRAVEL_* */
  uint32_t paid_given;      /**< 1 when an amount paid was split into exempt and excess */
  wkr_decimal km_one_way;   /**< wkr_commute_per_day(): the distance one way; else 0 */
  wkr_decimal days;         /**< wkr_commute_per_day(): the days; else 0 */
  wkr_decimal km;           /**< the kilometres: km one way × 2 × days, or as given */
  wkr_decimal rate;         /**< exempt per km (0.23 in 2024–2026) */
  int64_t cap_cents;        /**< the exempt maximum: km × rate */
  int64_t paid_cents;       /**< the amount paid (0 when none was given) */
  int64_t exempt_cents;     /**< min(paid, cap) */
  int64_t excess_cents;     /**< paid − exempt */
  int64_t designated_cents; /**< the excess when designated, else 0 */
  int64_t wage_cents;       /**< the excess when taxed as wage, else 0 */
  int32_t excess_treatment; /**< WKR_EXCESS_DESIGNATE or WKR_EXCESS_WAGE as applied; 0 unpaid */
  uint32_t reserved;        /**< 0 */
} wkr_travel_result;

/** An initializer for wkr_travel_result: struct_size set, everything else 0. */
#define WKR_TRAVEL_RESULT_INIT                                                                     \
  {sizeof(wkr_travel_result), 0, 0, 0, {0, 0, 0, 0}, {0, 0, 0, 0},                                 \
   {0, 0, 0, 0}, {0, 0, 0, 0}, 0, 0, 0, 0, 0, 0, 0, 0}

/** Fills the first `size` bytes of `*result` as WKR_TRAVEL_RESULT_INIT does, with
 *  struct_size = size. Errors as wkr_free_space_input_init(). */
WKR_API int32_t wkr_travel_result_init(wkr_travel_result* result, size_t size);
/* clang-format on */
/* [end generated: travel] */

/** Commuting by the day (art. 31a lid 2 onderdeel a Wet LB 1964): cap = km one way × 2 × days ×
 *  the rate per km, rounded down to cents when the distance has decimals (W11: 10 km, 129 days,
 *  2022 → €490.20). Errors as wkr_home_working_per_day(). */
WKR_API int32_t wkr_commute_per_day(const wkr_context* context, const wkr_commute_days_input* input,
                                    wkr_travel_result* result);

/** Travel by the kilometre, commuting or business trips: cap = km × the rate per km. Errors as
 *  wkr_home_working_per_day(). */
WKR_API int32_t wkr_travel_per_km(const wkr_context* context, const wkr_travel_km_input* input,
                                  wkr_travel_result* result);

/* [generated: fixed commute] from capi/abi.py by capi/generate_abi.py; do not edit here */
/* clang-format off */
/** A long absence of an employee with a fixed travel allowance (sickness, leave), for
 *  wkr_fixed_commute(). Dates are int32_t YYYYMMDD (20240907 is 7 September 2024). 16 bytes in
 *  version 1. */
typedef struct wkr_absence {
  uint32_t struct_size; /**< sizeof(wkr_absence) as the caller knows it */
  int32_t start;        /**< the first day of absence, YYYYMMDD */
  int32_t returned;     /**< the first day back, YYYYMMDD; 0: not back (yet) */
  uint32_t reserved;    /**< must be 0 */
} wkr_absence;

/** An initializer for wkr_absence: struct_size set, everything else 0. */
#define WKR_ABSENCE_INIT {sizeof(wkr_absence), 0, 0, 0}

/** Fills the first `size` bytes of `*absence` as WKR_ABSENCE_INIT does, with struct_size = size.
 *  Errors as wkr_free_space_input_init(). */
WKR_API int32_t wkr_absence_init(wkr_absence* absence, size_t size);

/** Input of wkr_fixed_commute() and a row of wkr_fixed_commute_batch(): the fixed travel allowance
 *  for commuting from the pattern the employee travels "in de regel". Optional inputs have a
 *  `*_given` flag. The employee's long absences are absence_count entries of the absences array
 *  passed with the call, from index absence_first. 168 bytes in its first version; 176 since
 *  corona_approval and reserved2 were appended (a caller's 168-byte struct is read with them 0). */
typedef struct wkr_fixed_commute_input {
  uint32_t struct_size;         /**< sizeof(wkr_fixed_commute_input) as the caller knows it */
  int32_t year;                 /**< the calendar year */
  wkr_decimal km_one_way;       /**< the distance one way in km */
  int32_t office_days_per_week; /**< days a week travelled to the fixed workplace, 1 to 7 (0 only
                                     with corona_approval) */
  int32_t work_days_per_week;   /**< days a week of the contract (the basis before 2022); 0 means
                                     5 */
  int32_t from_month;           /**< the first month the allowance runs, 1 to 12; 0 means 1 */
  int32_t to_month;             /**< the last month the allowance runs, 1 to 12; 0 means 12 */
  int32_t day_rounding;         /**< WKR_DAYS_* */
  int32_t excess;               /**< WKR_EXCESS_* */
  uint32_t paid_given;          /**< 1: paid_cents is the allowance paid for the year */
  uint32_t travel_days_given;   /**< 1: travel_days tests the 128-day rule against actual travel */
  uint32_t travel_weeks_given;  /**< 1: travel_weeks tests the 36-week rule */
  uint32_t actual_km_given;     /**< 1: actual_km is the year-end recalculation (nacalculatie) */
  int64_t paid_cents;           /**< the allowance paid for the year, in cents */
  wkr_decimal travel_days;      /**< days actually travelled */
  wkr_decimal travel_weeks;     /**< weeks actually travelled */
  wkr_decimal actual_km;        /**< commuting km actually travelled; only when a recalculation is
                                     required (one way more than 75 km, or the rules not met) */
  uint32_t absence_first;       /**< the index of this employee's first absence in `absences` */
  uint32_t absence_count;       /**< how many absences from absence_first are this employee's */
  uint32_t absence_new_cause_each_year; /**< 1: an absence crossing 31 December is a new cause in
                                             the new year (KG:204:2022:28); 0: counted from its real
                                             start (the default) */
  uint32_t reserved;            /**< must be 0 */
  /* appended after the first version (struct_size > 168): */
  uint32_t corona_approval;     /**< 1: the corona approval (2020 and 2021 only) — the allowance was
                                     in place, unchanged, before 13 March 2020 and goes on while the
                                     employee works at home: it keeps its pre-corona basis (the
                                     working week), office_days_per_week may be 0, and no
                                     recalculation is required on that account; in another year
                                     WKR_E_INVALID_ARGUMENT. 0: the normal rules */
  uint32_t reserved2;           /**< must be 0 */
} wkr_fixed_commute_input;

/** An initializer for wkr_fixed_commute_input: struct_size set, everything else 0. */
#define WKR_FIXED_COMMUTE_INPUT_INIT                                                               \
  {sizeof(wkr_fixed_commute_input), 0, {0, 0, 0, 0}, 0, 0, 0, 0, 0, 0, 0,                          \
   0, 0, 0, 0, {0, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}, 0, 0, 0, 0, 0, 0}

/** Fills the first `size` bytes of `*input` as WKR_FIXED_COMMUTE_INPUT_INIT does, with
 *  struct_size = size. Errors as wkr_free_space_input_init(). */
WKR_API int32_t wkr_fixed_commute_input_init(wkr_fixed_commute_input* input, size_t size);

/** Result of wkr_fixed_commute() and wkr_fixed_commute_batch(). The caller sets struct_size.
 *  240 bytes in its first version; 248 since warning_count and reserved2 were appended (a caller's
 *  240-byte struct is read with them 0). */
typedef struct wkr_fixed_commute_result {
  uint32_t struct_size;            /**< set by the caller: sizeof(wkr_fixed_commute_result) */
  int32_t year;                    /**< the calendar year */
  wkr_decimal km_one_way;          /**< the distance one way */
  wkr_decimal days;                /**< 214 × k/5 × months/12, rounded as asked (171.2) */
  wkr_decimal minimum_days;        /**< the 128-day rule for the pattern (76.8 for 3 days) */
  wkr_decimal minimum_weeks;       /**< the 36-week rule for the months the allowance runs */
  wkr_decimal rate;                /**< exempt per km */
  int64_t pattern_cap_cents;       /**< days × km one way × 2 × rate, before any long absence */
  int64_t cap_cents;               /**< the exempt maximum: the pattern cap less the months a long
                                        absence stops */
  int64_t monthly_cap_cents;       /**< the pattern cap per month the allowance runs */
  int64_t actual_cap_cents;        /**< actual km × rate, when actual_cap_given */
  int64_t paid_cents;              /**< the amount paid (0 when none was given) */
  int64_t exempt_cents;            /**< min(paid, cap, or the actual cap after a recalculation) */
  int64_t excess_cents;            /**< paid − exempt */
  int64_t designated_cents;        /**< the excess when designated, else 0 */
  int64_t wage_cents;              /**< the excess when taxed as wage, else 0 */
  int32_t days_per_week;           /**< k of k/5: office days (from 2022) or working days
                                        (before) */
  int32_t months;                  /**< the months the allowance runs */
  uint32_t stopped_months;         /**< the months a long absence makes taxable: bit m−1 for month m
                                        (bit 0 January, bit 11 December) */
  uint32_t pattern_based;          /**< 1 from 2022 (the days follow the travel pattern); 0 before
                                        (the working week) */
  uint32_t qualifies;              /**< 1 when the 128-day or the 36-week rule is met (assumed from
                                        the pattern unless travel days or weeks were given) */
  uint32_t recalculation_required; /**< 1 when the allowance must be recalculated at the year end:
                                        one way more than 75 km, or an estimate (the rules not met);
                                        the reasons are in the JSON response */
  uint32_t actual_cap_given;       /**< 1 when actual km were given: exempt is against actual_cap */
  uint32_t paid_given;             /**< 1 when an amount paid was split into exempt and excess */
  int32_t excess_treatment;        /**< WKR_EXCESS_DESIGNATE or WKR_EXCESS_WAGE as applied; 0
                                        unpaid */
  uint32_t reserved;               /**< 0 */
  /* appended after the first version (struct_size > 240): */
  uint32_t warning_count;          /**< the inputs that changed nothing in the answer (a long
                                        absence that does not touch the year); their texts are the
                                        `warnings` of the JSON response (docs/limits.md, "Nothing
                                        silent"). 0: none */
  uint32_t reserved2;              /**< 0 */
} wkr_fixed_commute_result;

/** An initializer for wkr_fixed_commute_result: struct_size set, everything else 0. */
#define WKR_FIXED_COMMUTE_RESULT_INIT                                                              \
  {sizeof(wkr_fixed_commute_result), 0, {0, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0},                  \
   {0, 0, 0, 0}, {0, 0, 0, 0}, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}

/** Fills the first `size` bytes of `*result` as WKR_FIXED_COMMUTE_RESULT_INIT does, with
 *  struct_size = size. Errors as wkr_free_space_input_init(). */
WKR_API int32_t wkr_fixed_commute_result_init(wkr_fixed_commute_result* result, size_t size);
/* clang-format on */
/* [end generated: fixed commute] */

/** The fixed travel allowance for commuting (vaste reiskostenvergoeding, art. 31a lid 2 onderdeel a
 *  slotzin and lid 7 Wet LB 1964): cap = days × km one way × 2 × rate, the days from the pattern
 *  (from 2022 k office days give k/5 × 214; 2015–2021 the working week, if the office days meet the
 *  128-day rule), reduced for the months a long absence stops the exemption; the year-end
 *  recalculation when required; the split of an amount paid. W14: 2025, 20 km, 4 office days →
 *  171.2 days, €1,575.04, €131.25 a month.
 *
 *  `absences` points to `absence_count` wkr_absence structs, `absence_stride` bytes apart (NULL
 *  with count 0 when there are none); input->absence_first and input->absence_count pick this
 *  employee's. Errors as wkr_home_working_per_day(), and WKR_E_INVALID_ARGUMENT for more office days
 *  than working days, an absence that ends before it starts or is not a date, absences outside the
 *  array, or actual km when no recalculation is required. */
WKR_API int32_t wkr_fixed_commute(const wkr_context* context, const wkr_fixed_commute_input* input,
                                  const wkr_absence* absences, size_t absence_count, size_t absence_stride,
                                  wkr_fixed_commute_result* result);

/** wkr_fixed_commute() over `row_count` employees, as the batches above: a bad row gets its own
 *  status and a zero-filled result, the other rows are computed. All rows share one absences array
 *  and pick their absences from it by absence_first and absence_count. An absences array that is
 *  NULL with a non-zero count, or a stride below sizeof the first wkr_absence, makes the call
 *  invalid (nothing computed); a bad absence fails only the rows that use it. */
WKR_API int32_t wkr_fixed_commute_batch(const wkr_context* context, const wkr_fixed_commute_input* rows,
                                        size_t row_count, size_t row_stride, const wkr_absence* absences,
                                        size_t absence_count, size_t absence_stride,
                                        wkr_fixed_commute_result* results, size_t result_stride,
                                        int32_t* row_status);

/* ---- the per-employee evaluation ---------------------------------------------------------------
 *
 * A list of items — one amount paid or provided to one employee in the year, in a category that
 * says which rule applies — evaluated item by item: per item its targeted-exempt, nil-valued,
 * intermediary, designated and wage parts (which add up to the amount); per employee the totals
 * and the customary test (gebruikelijkheidstoets); for the employer the totals, whose designated
 * total is what wkr_settle() takes. Each item has its own cap (two home-working items do not pool
 * their days); the same-day rule is taken to be applied to the day counts already. */

/** The categories of an item, for wkr_item.category: the rows of the library's table, named by
 *  wkr_item_category_name() as the items CSV spells them; a quantity left "empty" is one with
 *  quantity_given 0. 0 is not a category. A category the library gains gets the next free number,
 *  and a number never changes. Whether a company bicycle's addition is designated or wage is
 *  wkr_evaluation_input.company_bicycle_designation's choice. */
/* [generated: item categories] from include/wkr/allowances/items.hpp by capi/generate_abi.py */
/* clang-format off */
/** Home-working allowance; quantity = home-working days. The quantity is required. */
#define WKR_ITEM_HOME_WORKING 1
/** Commuting allowance by the km; quantity = km travelled. The quantity is required. */
#define WKR_ITEM_COMMUTE_KM 2
/** Business travel by the km; quantity = km travelled. The quantity is required. */
#define WKR_ITEM_BUSINESS_KM 3
/** Public transport; quantity = the actual cost (empty: the amount is the actual cost). The
 *  quantity is optional. */
#define WKR_ITEM_PUBLIC_TRANSPORT 4
/** Internet component, necessary for the job; quantity = the employee's own contribution (empty:
 *  none; the own_contribution column says the same). The quantity is optional. */
#define WKR_ITEM_INTERNET_NECESSARY 5
/** Internet that is not necessary, TV or a landline: not exempt. No quantity. */
#define WKR_ITEM_INTERNET_OTHER 6
/** Arbo provision required by the Arbowet, no own contribution; quantity = the cost of the required
 *  version (empty: the whole amount). The quantity is optional. */
#define WKR_ITEM_ARBO 7
/** A flex workplace the employer provides: nil valued. No quantity. */
#define WKR_ITEM_FLEX_WORKPLACE 8
/** The employee's own co-working subscription reimbursed: not exempt. No quantity. */
#define WKR_ITEM_COWORKING 9
/** Gifts, parties and other items without an exemption: designated. No quantity. */
#define WKR_ITEM_FREE_SPACE 10
/** Intermediary costs: not wage. No quantity. */
#define WKR_ITEM_INTERMEDIARY 11
/** Always the employee's wage. No quantity. */
#define WKR_ITEM_ALWAYS_WAGE 12
/** Private use of a company car: always wage. No quantity. */
#define WKR_ITEM_COMPANY_CAR 13
/** A company house (dienstwoning): always wage. No quantity. */
#define WKR_ITEM_HOUSING 14
/** Fines: always wage. No quantity. */
#define WKR_ITEM_FINE 15
/** Company bicycle (its private-use addition): designated, or wage when the employer treats it as
 *  wage. No quantity. */
#define WKR_ITEM_COMPANY_BICYCLE 16
/** Temporary stay on business trips (verblijfskosten: meals, lodging, small expenses): exempt;
 *  quantity = the actual cost (empty: the amount is the actual cost). The quantity is optional. */
#define WKR_ITEM_STAY_COSTS 17
/** Courses, study, congresses and professional literature for the job: exempt; quantity = the
 *  actual cost (empty: the amount is the actual cost). The quantity is optional. */
#define WKR_ITEM_COURSE 18
/** A certificate of conduct (verklaring omtrent het gedrag): exempt from 2020, designated before;
 *  quantity = the actual cost (empty: the amount is the actual cost). The quantity is optional. */
#define WKR_ITEM_VOG 19
/** Outplacement: exempt; quantity = the actual cost (empty: the amount is the actual cost). The
 *  quantity is optional. */
#define WKR_ITEM_OUTPLACEMENT 20
/** Moving for work, the allowance besides moving the household goods: exempt up to a maximum per
 *  employee and year (€7,750). No quantity. */
#define WKR_ITEM_MOVING_COSTS 21
/** Moving for work, the cost of moving the household goods: exempt; quantity = the actual cost
 *  (empty: the amount is the actual cost). The quantity is optional. */
#define WKR_ITEM_MOVING_GOODS 22
/** Discount on the employer's own (not branch-foreign) products: exempt up to 20% of their value
 *  and €500 a year per employee; amount = the discount, quantity = the value of the products. The
 *  quantity is required. */
#define WKR_ITEM_STAFF_DISCOUNT 23
/** Work clothing made available (the employer stays owner), worn at work and only or almost only
 *  suitable for work, or with logos of at least 70 cm², or left at the workplace: nil valued. No
 *  quantity. */
#define WKR_ITEM_WORK_CLOTHING 24
/** Other clothing, or clothing reimbursed or given to the employee: designated. No quantity. */
#define WKR_ITEM_CLOTHING_OTHER 25
/** Drinks and snacks (not a meal) provided at the workplace: nil valued. No quantity. */
#define WKR_ITEM_WORKPLACE_DRINKS 26
/** Meals provided at the workplace (canteen): valued at the standard value per meal, less the own
 *  contribution; amount = what the meals cost, quantity = the number of meals. The quantity is
 *  required. */
#define WKR_ITEM_WORKPLACE_MEAL 27
/** Meals with a more than incidental business character (business trip, overtime, with a client):
 *  exempt; quantity = the actual cost (empty: the amount is the actual cost). The quantity is
 *  optional. */
#define WKR_ITEM_BUSINESS_MEAL 28
/** A public-transport pass also used for business trips: exempt in full from 2024; before 2024 up
 *  to the cost of the business trips made with it, the quantity (required then). The quantity is
 *  optional. */
#define WKR_ITEM_PUBLIC_TRANSPORT_PASS 29
/** Tools, computers, phones and the like necessary for the job, to be returned or paid for at their
 *  residual value when no longer necessary: exempt. No quantity. */
#define WKR_ITEM_NECESSARY_EQUIPMENT 30
/** Tools, computers, phones and the like that are not necessary for the job: designated. No
 *  quantity. */
#define WKR_ITEM_EQUIPMENT_OTHER 31
/* clang-format on */
/* [end generated: item categories] */

/** The name of an item category as the items CSV spells it ("home_working"), or NULL for a code
 *  that is not a category. A static string: never free it. */
WKR_API const char* wkr_item_category_name(int32_t category);

/** How the customary test applies to the employee of an item, for wkr_item.customary_test.
 *  All items of one employee must say the same. */
/** The test applies with its €2,400 safe harbour (the default). */
#define WKR_CUSTOMARY_TEST_APPLIES 0
/** An intern (stagiair): the safe harbour may not be used, so the full test applies and anything
 *  designated is flagged for review. */
#define WKR_CUSTOMARY_TEST_INTERN 1
/** Paid below the statutory minimum wage: as an intern, no safe harbour; anything designated is
 *  flagged for review. */
#define WKR_CUSTOMARY_TEST_BELOW_MINIMUM_WAGE 2

/* [generated: evaluation] from capi/abi.py by capi/generate_abi.py; do not edit here */
/* clang-format off */
/** One item of the evaluation. The employee is the caller's own number (an employee id); items with
 *  the same number belong to the same employee. 64 bytes in its first version; 80 since
 *  own_contribution_given and reserved2 and own_contribution_cents were appended (a caller's
 *  64-byte struct is read with them 0). */
typedef struct wkr_item {
  uint32_t struct_size;            /**< sizeof(wkr_item) as the caller knows it */
  int32_t category;                /**< WKR_ITEM_* */
  int64_t employee_id;             /**< the employee, any number the caller chooses */
  int64_t amount_cents;            /**< the amount paid or provided, in cents, not negative */
  wkr_decimal quantity;            /**< days, km or an amount, as the category says (when
                                        quantity_given) */
  uint32_t quantity_given;         /**< 1 when quantity is given */
  int32_t treatment;               /**< WKR_EXCESS_*: 0 for the evaluation's; a category with no
                                        taxable part takes none, and what is always wage cannot be
                                        designated */
  int32_t customary_test;          /**< WKR_CUSTOMARY_TEST_* for this item's employee */
  uint32_t reserved;               /**< must be 0 */
  /* appended after the first version (struct_size > 64): */
  uint32_t own_contribution_given; /**< 1: own_contribution_cents is what the employee pays towards
                                        the item himself (eigen bijdrage: off its value, not below
                                        nil; refused for allowances paid in money, the staff
                                        discount and intermediary costs); 0: none */
  uint32_t reserved2;              /**< must be 0 */
  int64_t own_contribution_cents;  /**< the own contribution in cents, not negative */
} wkr_item;

/** An initializer for wkr_item: struct_size set, everything else 0 (set category: 0 is not a
 *  category). */
#define WKR_ITEM_INIT {sizeof(wkr_item), 0, 0, 0, {0, 0, 0, 0}, 0, 0, 0, 0, 0, 0, 0}

/** Fills the first `size` bytes of `*item` as WKR_ITEM_INIT does, with struct_size = size. Errors
 *  as wkr_free_space_input_init(). */
WKR_API int32_t wkr_item_init(wkr_item* item, size_t size);

/** The evaluation of one item. The caller sets struct_size. 80 bytes in its first version; 88 since
 *  own_contribution_cents was appended (a caller's 80-byte struct is read with it 0). */
typedef struct wkr_item_result {
  uint32_t struct_size;           /**< set by the caller: sizeof(wkr_item_result) */
  uint32_t employee_index;        /**< the item's employee: an index into the employees output */
  int64_t amount_cents;           /**< the amount; the five parts below (and own_contribution_cents)
                                       add up to it */
  int64_t exempt_cents;           /**< targeted exempt + nil valued + intermediary */
  int64_t targeted_exempt_cents;  /**< gerichte vrijstelling */
  int64_t nil_valued_cents;       /**< nihilwaardering */
  int64_t intermediary_cents;     /**< intermediaire kosten: not wage */
  int64_t designated_cents;       /**< designated to the free space */
  int64_t wage_cents;             /**< the employee's wage */
  int64_t cap_cents;              /**< the exempt maximum, when the rule has one (cap_given) */
  uint32_t cap_given;             /**< 1 when the item's rule has an exempt maximum */
  int32_t category;               /**< WKR_ITEM_*, as given */
  /* appended after the first version (struct_size > 80): */
  int64_t own_contribution_cents; /**< what the employee paid towards it himself (eigen bijdrage;
                                       not wage): with the parts above it adds up to the amount */
} wkr_item_result;

/** An initializer for wkr_item_result: struct_size set, everything else 0. */
#define WKR_ITEM_RESULT_INIT {sizeof(wkr_item_result), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}

/** Fills the first `size` bytes of `*result` as WKR_ITEM_RESULT_INIT does, with struct_size = size.
 *  Errors as wkr_free_space_input_init(). */
WKR_API int32_t wkr_item_result_init(wkr_item_result* result, size_t size);

/** The totals of one employee: sums over the employee's items. The caller sets struct_size.
 *  80 bytes in its first version; 88 since own_contribution_cents was appended (a caller's 80-byte
 *  struct is read with it 0). */
typedef struct wkr_employee_totals {
  uint32_t struct_size;            /**< set by the caller: sizeof(wkr_employee_totals) */
  uint32_t item_count;             /**< the employee's items */
  int64_t employee_id;             /**< as given in the items */
  int64_t exempt_cents;            /**< targeted exempt + nil valued + intermediary */
  int64_t targeted_exempt_cents;   /**< gerichte vrijstelling */
  int64_t nil_valued_cents;        /**< nihilwaardering */
  int64_t intermediary_cents;      /**< intermediaire kosten: not wage */
  int64_t designated_cents;        /**< the employee's designated total, for the customary test */
  int64_t wage_cents;              /**< the employee's wage */
  int64_t safe_harbour_cents;      /**< the customary test's safe harbour for the year (€2,400) */
  uint32_t customary_test_applies; /**< 1 when the safe harbour may be used; 0 for an intern or
                                        below the minimum wage (the name is older than that reading:
                                        the test itself applies to everyone) */
  uint32_t customary_review;       /**< 1: review whether the designated items are customary —
                                        designated above the safe harbour, or anything designated
                                        when the safe harbour may not be used */
  /* appended after the first version (struct_size > 80): */
  int64_t own_contribution_cents;  /**< what the employee paid towards it himself (eigen bijdrage;
                                        not wage): with the parts above it adds up to the items'
                                        amounts */
} wkr_employee_totals;

/** An initializer for wkr_employee_totals: struct_size set, everything else 0. */
#define WKR_EMPLOYEE_TOTALS_INIT {sizeof(wkr_employee_totals), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}

/** Fills the first `size` bytes of `*totals` as WKR_EMPLOYEE_TOTALS_INIT does, with
 *  struct_size = size. Errors as wkr_free_space_input_init(). */
WKR_API int32_t wkr_employee_totals_init(wkr_employee_totals* totals, size_t size);

/** The common input of wkr_evaluate_items(). 16 bytes in version 1. */
typedef struct wkr_evaluation_input {
  uint32_t struct_size; /**< sizeof(wkr_evaluation_input) as the caller knows it */
  int32_t year;         /**< the calendar year */
  int32_t excess;       /**< WKR_EXCESS_*: for the items that do not say */
  uint32_t company_bicycle_designation; /**< 1: a company bicycle's addition is designated (the
                                             sources allow it, docs/allowances.md; the default of
                                             the library, the command, Python and C#); 0: it is
                                             wage. 0 keeps its first meaning, so a zeroed struct
                                             gives wage: set 1 for the other front ends' default */
} wkr_evaluation_input;

/** An initializer for wkr_evaluation_input: struct_size set, everything else 0. */
#define WKR_EVALUATION_INPUT_INIT {sizeof(wkr_evaluation_input), 0, 0, 0}

/** Fills the first `size` bytes of `*input` as WKR_EVALUATION_INPUT_INIT does, with
 *  struct_size = size. Errors as wkr_free_space_input_init(). */
WKR_API int32_t wkr_evaluation_input_init(wkr_evaluation_input* input, size_t size);

/** The employer's totals of wkr_evaluate_items(): sums over all items. The caller sets struct_size.
 *  64 bytes in its first version; 72 since own_contribution_cents was appended (a caller's 64-byte
 *  struct is read with it 0). */
typedef struct wkr_evaluation_result {
  uint32_t struct_size;            /**< set by the caller: sizeof(wkr_evaluation_result) */
  int32_t year;                    /**< the calendar year */
  uint32_t employee_count;         /**< the distinct employees of the items */
  uint32_t customary_review_count; /**< the employees flagged by the customary test */
  int64_t exempt_cents;            /**< targeted exempt + nil valued + intermediary */
  int64_t targeted_exempt_cents;   /**< gerichte vrijstelling */
  int64_t nil_valued_cents;        /**< nihilwaardering */
  int64_t intermediary_cents;      /**< intermediaire kosten: not wage */
  int64_t designated_cents;        /**< the designated total: settle it with wkr_settle() */
  int64_t wage_cents;              /**< the employees' wage */
  /* appended after the first version (struct_size > 64): */
  int64_t own_contribution_cents;  /**< what the employee paid towards it himself (eigen bijdrage;
                                        not wage): with the parts above it adds up to the items'
                                        amounts */
} wkr_evaluation_result;

/** An initializer for wkr_evaluation_result: struct_size set, everything else 0. */
#define WKR_EVALUATION_RESULT_INIT {sizeof(wkr_evaluation_result), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}

/** Fills the first `size` bytes of `*result` as WKR_EVALUATION_RESULT_INIT does, with
 *  struct_size = size. Errors as wkr_free_space_input_init(). */
WKR_API int32_t wkr_evaluation_result_init(wkr_evaluation_result* result, size_t size);
/* clang-format on */
/* [end generated: evaluation] */

/** Evaluates `item_count` items for `input->year` (see above). `items` are `item_stride` bytes
 *  apart; item i's result goes to `item_results` (item_result_stride apart; NULL when only the
 *  totals are wanted), its employee's totals to `employees` (employee_stride apart, in the order the
 *  employees first appear; NULL with employee_capacity 0 when not wanted), the employer's totals to
 *  `*result`. Every output struct carries its struct_size.
 *
 *  The items are checked before anything is evaluated, and nothing is evaluated while any item is
 *  bad (as the library and the `wkr evaluate` command do): each bad item gets its status in
 *  item_status[i] (WKR_E_INVALID_ARGUMENT for what the rules refuse — a negative amount, a
 *  missing quantity, a fraction of a home-working day, designating a company car, an own
 *  contribution to an allowance paid in money, an unknown category or code, employees' items
 *  disagreeing on the customary test, and what a rule of the year refuses, such as a public-transport
 *  pass without the cost of its business trips before 2024; WKR_E_UNSUPPORTED for a struct it
 *  cannot read), every good item WKR_OK, and the call returns the status of the first bad item with
 *  a message listing all of them by index ("items[3]: …"). item_status may be NULL.
 *
 *  Errors of the call itself: WKR_E_INVALID_ARGUMENT (NULL pointers with item_count > 0, a stride
 *  below the first version of its struct, an unknown excess code), WKR_E_NOT_COVERED (the year),
 *  WKR_E_BUFFER_TOO_SMALL when employees has room for fewer than the distinct employees — then
 *  result->employee_count says how many are needed (item_count always suffices). On any failure
 *  the outputs are zero-filled after their struct_size (except that count). */
WKR_API int32_t wkr_evaluate_items(const wkr_context* context, const wkr_evaluation_input* input,
                                   const wkr_item* items, size_t item_count, size_t item_stride,
                                   int32_t* item_status, wkr_item_result* item_results,
                                   size_t item_result_stride, wkr_employee_totals* employees,
                                   size_t employee_capacity, size_t employee_stride,
                                   wkr_evaluation_result* result);

/* ---- the group scheme as the law has it (concernregeling, art. 32 Wet LB 1964) ---------------
 *
 * wkr_group_settle() refuses a member that was in the group for part of the year and takes one
 * designated total. wkr_group_scheme_settle() settles the group scheme as the law has it
 * (docs/group-scheme.md): the members in the group the whole year share one free space; a member
 * that joined or left during the year is outside the scheme and settles its own free space; the
 * member with the largest wage bill files the levy (another one only with the inspector's
 * permission); and the group's levy is shared among the members of the scheme in cents, adding up
 * exactly. Members have no names here: messages name them "member N", N their number in the
 * members array counted from 1. */

/** How the group's final levy is shared among the members of the group scheme, for
 *  wkr_group_scheme_input.allocation_key (no key is prescribed; the levy is the filing member's to
 *  pay). */
/** In proportion to each member's designated amount (the default). */
#define WKR_ALLOCATION_DESIGNATED 0
/** In proportion to each member's wage bill. */
#define WKR_ALLOCATION_WAGE_BILL 1
/** The group's own key: each member's allocation_weight. */
#define WKR_ALLOCATION_OWN 2

/* [generated: group scheme] from capi/abi.py by capi/generate_abi.py; do not edit here */
/* clang-format off */
/** The common input of wkr_group_scheme_settle(): the group scheme as the law has it, its members
 *  in the wkr_group_member array. 32 bytes in version 1. */
typedef struct wkr_group_scheme_input {
  uint32_t struct_size;        /**< sizeof(wkr_group_scheme_input) as the caller knows it */
  int32_t year;                /**< the calendar year */
  int32_t free_space_rounding; /**< WKR_ROUNDING_*; WKR_ROUNDING_TABLES: down to the cent */
  int32_t allocation_key;      /**< WKR_ALLOCATION_*: how the group's levy is shared among the
                                    members of the scheme */
  uint32_t filing_member;      /**< the member that files the group's levy, by its number in the
                                    members array counted from 1; 0: the member with the largest
                                    wage bill (of equal ones the first) */
  uint32_t designated_given;   /**< 1: designated_cents is the group scheme's designated total, and
                                    the members in the group give none (then the key cannot be
                                    WKR_ALLOCATION_DESIGNATED); 0: every member gives its own */
  int64_t designated_cents;    /**< the group scheme's designated total in cents */
} wkr_group_scheme_input;

/** An initializer for wkr_group_scheme_input: struct_size set, everything else 0. */
#define WKR_GROUP_SCHEME_INPUT_INIT {sizeof(wkr_group_scheme_input), 0, 0, 0, 0, 0, 0}

/** Fills the first `size` bytes of `*input` as WKR_GROUP_SCHEME_INPUT_INIT does, with
 *  struct_size = size. Errors as wkr_free_space_input_init(). */
WKR_API int32_t wkr_group_scheme_input_init(wkr_group_scheme_input* input, size_t size);

/** The settlement of the group scheme by wkr_group_scheme_settle(): the members in the group all
 *  year, their summed wage bills and designated amounts. The caller sets struct_size. 88 bytes in
 *  version 1. */
typedef struct wkr_group_scheme_settlement {
  uint32_t struct_size;            /**< set by the caller: sizeof(wkr_group_scheme_settlement) */
  int32_t year;                    /**< the calendar year settled */
  int64_t wage_bill_cents;         /**< the summed wage bill of the members in the group scheme */
  int64_t free_space_cents;        /**< the group scheme's free space */
  int64_t designated_cents;        /**< its designated total */
  int64_t excess_cents;            /**< designated above the free space; 0 when within it */
  int64_t final_levy_cents;        /**< the group's final levy, in cents */
  int64_t final_levy_return_cents; /**< the levy in the return: whole euros */
  int32_t due_year;                /**< the return the levy is due in at the latest: its year … */
  int32_t due_period;              /**< … and its period */
  uint32_t filing_member;          /**< the member that files the levy, by its number in the members
                                        array counted from 1 */
  uint32_t filing_member_named;    /**< 1 when input->filing_member named it */
  uint32_t needs_permission;       /**< 1: named, and its wage bill is not the largest — it files
                                        only with the inspector's permission (art. 64 AWR) and the
                                        consent of all members */
  int32_t allocation_key;          /**< WKR_ALLOCATION_*, as applied */
  uint32_t group_member_count;     /**< the members in the group scheme */
  uint32_t part_year_member_count; /**< the members outside it (part of the year) */
} wkr_group_scheme_settlement;

/** An initializer for wkr_group_scheme_settlement: struct_size set, everything else 0. */
#define WKR_GROUP_SCHEME_SETTLEMENT_INIT                                                           \
  {sizeof(wkr_group_scheme_settlement), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}

/** Fills the first `size` bytes of `*result` as WKR_GROUP_SCHEME_SETTLEMENT_INIT does, with
 *  struct_size = size. Errors as wkr_free_space_input_init(). */
WKR_API int32_t wkr_group_scheme_settlement_init(wkr_group_scheme_settlement* result, size_t size);

/** One member's part of wkr_group_scheme_settle(), in the order of the members array: its share of
 *  the group's levy when it is in the group scheme, or its own settlement when it was in the group
 *  for part of the year. The caller sets struct_size. 96 bytes in version 1. */
typedef struct wkr_group_member_result {
  uint32_t struct_size;            /**< set by the caller: sizeof(wkr_group_member_result) */
  uint32_t in_group;               /**< 1: in the group scheme (the whole year); 0: outside it, with
                                        a settlement of its own */
  int64_t wage_bill_cents;         /**< the member's wage bill */
  int64_t levy_share_cents;        /**< in the group scheme: its share of the group's final levy
                                        (the shares add up to it exactly); else 0 */
  wkr_decimal allocation_weight;   /**< in the group scheme: its value in the key (its designated
                                        amount, wage bill or weight); else 0 */
  int64_t designated_cents;        /**< its own designated amount (0 when none was given) */
  int64_t free_space_cents;        /**< outside the scheme: its own free space; else 0 */
  int64_t excess_cents;            /**< outside the scheme: its own excess; else 0 */
  int64_t final_levy_cents;        /**< outside the scheme: its own final levy, in cents; else 0 */
  int64_t final_levy_return_cents; /**< outside the scheme: its own levy in the return; else 0 */
  int32_t due_year;                /**< outside the scheme: the return its levy is due in; else 0 */
  int32_t due_period;              /**< … and its period */
} wkr_group_member_result;

/** An initializer for wkr_group_member_result: struct_size set, everything else 0. */
#define WKR_GROUP_MEMBER_RESULT_INIT                                                               \
  {sizeof(wkr_group_member_result), 0, 0, 0, {0, 0, 0, 0}, 0, 0, 0, 0, 0, 0, 0}

/** Fills the first `size` bytes of `*result` as WKR_GROUP_MEMBER_RESULT_INIT does, with
 *  struct_size = size. Errors as wkr_free_space_input_init(). */
WKR_API int32_t wkr_group_member_result_init(wkr_group_member_result* result, size_t size);
/* clang-format on */
/* [end generated: group scheme] */

/** The settlement of a group scheme as the law has it. `members` points to `member_count` (at least
 *  1) wkr_group_member structs, `member_stride` bytes apart, each with its wage bill, whether it was
 *  in the group the whole year, and its designated amount (designated_given) unless
 *  input->designated_given gives the group scheme's total; a part-year member always gives its own.
 *  With WKR_ALLOCATION_OWN every member of the scheme gives its allocation_weight. `*result`
 *  receives the group scheme's settlement and the filing member; `member_results` (NULL when not
 *  wanted) receives one wkr_group_member_result per member, `member_result_stride` bytes apart, in
 *  the order of `members`. Errors: WKR_E_INVALID_ARGUMENT (no member in the group the whole year, a
 *  designated amount given both ways or missing, the key WKR_ALLOCATION_DESIGNATED with a total, a
 *  weight without the own key or missing with it, a filing member outside the scheme or beyond the
 *  array, a negative amount, a flag other than 0 or 1, an unknown code), WKR_E_NOT_COVERED,
 *  WKR_E_UNSUPPORTED. On failure every output is zero-filled after its struct_size. */
WKR_API int32_t wkr_group_scheme_settle(const wkr_context* context, const wkr_group_scheme_input* input,
                                        const wkr_group_member* members, size_t member_count,
                                        size_t member_stride, wkr_group_scheme_settlement* result,
                                        wkr_group_member_result* member_results,
                                        size_t member_result_stride);

/* ---- the wage bill from the payroll -------------------------------------------------------------
 *
 * The fiscal wage bill (fiscale loonsom) the free space is a percentage of, from the fiscal wage
 * of each employee (column 14 of the payroll record), with the 10%-criterium: wage from former
 * employment counts while it is at most 10% of the total; when it is more, all of it is left out
 * (docs/group-scheme.md, "The wage bill"). */

/** Where the 10% test applies in a group, for wkr_wage_bill_input.former_wage_test. */
/** To the group scheme's totals, its outcome applying to each member (the default; the Kennisgroep
 *  Loonheffingen's conclusion). */
#define WKR_FORMER_WAGE_TEST_GROUP 0
/** To each member's own payroll (also arguable, the Kennisgroep says). */
#define WKR_FORMER_WAGE_TEST_MEMBER 1

/* [generated: wage bill] from capi/abi.py by capi/generate_abi.py; do not edit here */
/* clang-format off */
/** The common input of wkr_wage_bill() and wkr_group_wage_bill(). 12 bytes in version 1. */
typedef struct wkr_wage_bill_input {
  uint32_t struct_size;     /**< sizeof(wkr_wage_bill_input) as the caller knows it */
  int32_t year;             /**< the calendar year */
  int32_t former_wage_test; /**< WKR_FORMER_WAGE_TEST_*: where the 10% test applies in a group
                                 (wkr_group_wage_bill() only; 0 for one employer) */
} wkr_wage_bill_input;

/** An initializer for wkr_wage_bill_input: struct_size set, everything else 0. */
#define WKR_WAGE_BILL_INPUT_INIT {sizeof(wkr_wage_bill_input), 0, 0}

/** Fills the first `size` bytes of `*input` as WKR_WAGE_BILL_INPUT_INIT does, with
 *  struct_size = size. Errors as wkr_free_space_input_init(). */
WKR_API int32_t wkr_wage_bill_input_init(wkr_wage_bill_input* input, size_t size);

/** One row of the payroll: an employee's fiscal wage for the year, column 14 of the payroll record
 *  (loonstaat). An employee with several income relationships has several rows. 16 bytes in
 *  version 1. */
typedef struct wkr_employee_wage {
  uint32_t struct_size;      /**< sizeof(wkr_employee_wage) as the caller knows it */
  uint32_t former;           /**< 1: wage from former employment (a pension, a benefit paid to a
                                  former employee); 0: from current employment */
  int64_t fiscal_wage_cents; /**< the fiscal wage in cents; may be negative (a repayment) */
} wkr_employee_wage;

/** An initializer for wkr_employee_wage: struct_size set, everything else 0. */
#define WKR_EMPLOYEE_WAGE_INIT {sizeof(wkr_employee_wage), 0, 0}

/** Fills the first `size` bytes of `*employee` as WKR_EMPLOYEE_WAGE_INIT does, with
 *  struct_size = size. Errors as wkr_free_space_input_init(). */
WKR_API int32_t wkr_employee_wage_init(wkr_employee_wage* employee, size_t size);

/** A member of a group for wkr_group_wage_bill(): its payroll is employee_count rows of the
 *  employees array, from index employee_first. 16 bytes in version 1. */
typedef struct wkr_payroll_member {
  uint32_t struct_size;    /**< sizeof(wkr_payroll_member) as the caller knows it */
  uint32_t whole_year;     /**< 1: in the group the whole calendar year; 0: part of the year
                                (outside the group scheme, always tested on its own payroll) */
  uint32_t employee_first; /**< the index of the member's first row in `employees` */
  uint32_t employee_count; /**< how many rows from employee_first are the member's */
} wkr_payroll_member;

/** An initializer for wkr_payroll_member: struct_size set, whole_year = 1, everything else 0. */
#define WKR_PAYROLL_MEMBER_INIT {sizeof(wkr_payroll_member), 1, 0, 0}

/** Fills the first `size` bytes of `*member` as WKR_PAYROLL_MEMBER_INIT does, with
 *  struct_size = size. Errors as wkr_free_space_input_init(). */
WKR_API int32_t wkr_payroll_member_init(wkr_payroll_member* member, size_t size);

/** The wage bill of one employer (wkr_wage_bill()) or of one member (wkr_group_wage_bill()). The
 *  caller sets struct_size. 40 bytes in version 1. */
typedef struct wkr_wage_bill_result {
  uint32_t struct_size;     /**< set by the caller: sizeof(wkr_wage_bill_result) */
  int32_t year;             /**< the calendar year */
  int64_t current_cents;    /**< wage from current employment (tegenwoordige dienstbetrekking) */
  int64_t former_cents;     /**< wage from former employment (vroegere dienstbetrekking) */
  int64_t wage_bill_cents;  /**< current + former when the former counts, else current alone */
  uint32_t former_included; /**< 1: the former wage is at most 10% of the total and counts; 0: it is
                                 more and is left out entirely */
  uint32_t whole_year;      /**< 1 for one employer; for a member as given */
} wkr_wage_bill_result;

/** An initializer for wkr_wage_bill_result: struct_size set, everything else 0. */
#define WKR_WAGE_BILL_RESULT_INIT {sizeof(wkr_wage_bill_result), 0, 0, 0, 0, 0, 0}

/** Fills the first `size` bytes of `*result` as WKR_WAGE_BILL_RESULT_INIT does, with
 *  struct_size = size. Errors as wkr_free_space_input_init(). */
WKR_API int32_t wkr_wage_bill_result_init(wkr_wage_bill_result* result, size_t size);

/** The group's totals of wkr_group_wage_bill(). The caller sets struct_size. 24 bytes in version 1.
 */
typedef struct wkr_group_wage_bill_result {
  uint32_t struct_size;        /**< set by the caller: sizeof(wkr_group_wage_bill_result) */
  int32_t year;                /**< the calendar year */
  int64_t wage_bill_cents;     /**< the wage bill of the members in the group scheme together */
  int32_t former_wage_test;    /**< WKR_FORMER_WAGE_TEST_*, as applied */
  uint32_t group_member_count; /**< the members in the group scheme (the whole year) */
} wkr_group_wage_bill_result;

/** An initializer for wkr_group_wage_bill_result: struct_size set, everything else 0. */
#define WKR_GROUP_WAGE_BILL_RESULT_INIT {sizeof(wkr_group_wage_bill_result), 0, 0, 0, 0}

/** Fills the first `size` bytes of `*result` as WKR_GROUP_WAGE_BILL_RESULT_INIT does, with
 *  struct_size = size. Errors as wkr_free_space_input_init(). */
WKR_API int32_t wkr_group_wage_bill_result_init(wkr_group_wage_bill_result* result, size_t size);
/* clang-format on */
/* [end generated: wage bill] */

/** The wage bill of one employer from `employee_count` payroll rows (`employees`, `employee_stride`
 *  bytes apart). input->former_wage_test must be 0. Errors: WKR_E_INVALID_ARGUMENT (a negative sum
 *  of current or of former wage, a flag other than 0 or 1), WKR_E_NOT_COVERED, WKR_E_UNSUPPORTED.
 *  On failure `*result` is zero-filled after struct_size. */
WKR_API int32_t wkr_wage_bill(const wkr_context* context, const wkr_wage_bill_input* input,
                              const wkr_employee_wage* employees, size_t employee_count,
                              size_t employee_stride, wkr_wage_bill_result* result);

/** The wage bills of a group's members: member i's payroll is the rows of `employees` that
 *  members[i] picks (employee_first, employee_count); the test is applied as
 *  input->former_wage_test says. Each member's wage bill goes to `member_results` (one per member,
 *  `member_result_stride` bytes apart, in the order of `members`), the group scheme's total to
 *  `*result`. Errors as wkr_wage_bill(), and WKR_E_INVALID_ARGUMENT for no member, rows picked
 *  beyond the employees array, or an unknown code. */
WKR_API int32_t wkr_group_wage_bill(const wkr_context* context, const wkr_wage_bill_input* input,
                                    const wkr_employee_wage* employees, size_t employee_count,
                                    size_t employee_stride, const wkr_payroll_member* members,
                                    size_t member_count, size_t member_stride,
                                    wkr_wage_bill_result* member_results, size_t member_result_stride,
                                    wkr_group_wage_bill_result* result);

/* ---- the ledger: the free space period by period ----------------------------------------------
 *
 * Payroll runs per return period (aangiftetijdvak). wkr_ledger() gives, for each of the 12 or 13
 * periods of a year, the wage bill and the designated wage so far, the free space so far, what is
 * left of it or by how much it is exceeded, and the levy declared in the period; then the year's
 * settlement and the correction for what was declared during the year (docs/ledger.md). */

/** When the final levy is declared, for wkr_ledger_input.strategy. */
/** No levy during the year; all of it in the return after the year (the default). */
#define WKR_LEVY_AFTER_YEAR 0
/** As soon as the designated wage so far exceeds the free space: the whole euros of the levy so
 *  far less what was declared before, in every period (never negative during the year). */
#define WKR_LEVY_AS_YOU_GO 1

/** The free space the designated wage so far is measured against, for wkr_ledger_input.basis. */
/** The free space on the actual wage bill so far (the default). */
#define WKR_BASIS_ACTUAL 0
/** The free space on the estimate of the year's wage bill in force (wkr_ledger_period.estimate). */
#define WKR_BASIS_ESTIMATE 1

/** How the bracket threshold (from 2020) applies to the wage bill so far, for
 *  wkr_ledger_input.threshold_to_date. */
/** Prorated to the periods so far (the default, the conservative choice). */
#define WKR_THRESHOLD_PRORATED 0
/** The whole threshold from period 1 (more free space early in the year). */
#define WKR_THRESHOLD_WHOLE 1

/* [generated: ledger] from capi/abi.py by capi/generate_abi.py; do not edit here */
/* clang-format off */
/** The common input of wkr_ledger(): the year and how the ledger is kept (docs/ledger.md). 28 bytes
 *  in version 1. */
typedef struct wkr_ledger_input {
  uint32_t struct_size;        /**< sizeof(wkr_ledger_input) as the caller knows it */
  int32_t year;                /**< the calendar year */
  uint32_t four_weekly;        /**< 1: 13 four-weekly return periods; 0: 12 monthly ones */
  int32_t strategy;            /**< WKR_LEVY_*: when the final levy is declared */
  int32_t basis;               /**< WKR_BASIS_*: the free space the designated wage so far is
                                    measured against */
  int32_t threshold_to_date;   /**< WKR_THRESHOLD_*: the bracket threshold (2020 on) against the
                                    wage bill so far */
  int32_t free_space_rounding; /**< WKR_ROUNDING_*; WKR_ROUNDING_TABLES: down to the cent */
} wkr_ledger_input;

/** An initializer for wkr_ledger_input: struct_size set, everything else 0. */
#define WKR_LEDGER_INPUT_INIT {sizeof(wkr_ledger_input), 0, 0, 0, 0, 0, 0}

/** Fills the first `size` bytes of `*input` as WKR_LEDGER_INPUT_INIT does, with struct_size = size.
 *  Errors as wkr_free_space_input_init(). */
WKR_API int32_t wkr_ledger_input_init(wkr_ledger_input* input, size_t size);

/** One return period's figures for wkr_ledger(); every period of the year once. 48 bytes in
 *  version 1. */
typedef struct wkr_ledger_period {
  uint32_t struct_size;     /**< sizeof(wkr_ledger_period) as the caller knows it */
  int32_t period;           /**< 1 to 12 (monthly) or 1 to 13 (four-weekly) */
  int64_t wage_bill_cents;  /**< the fiscal wage of the period, in cents */
  int64_t designated_cents; /**< designated to the free space in the period, in cents */
  uint32_t levy_paid_given; /**< 1: levy_paid_cents is the final levy declared in this period's
                                 return (it is then what the ledger counts as declared there) */
  uint32_t estimate_given;  /**< 1: estimate_cents is an estimate of the year's wage bill, in force
                                 from this period until another is given (WKR_BASIS_ESTIMATE needs
                                 one from period 1) */
  int64_t levy_paid_cents;  /**< the levy declared, whole euros (a multiple of 100 cents) */
  int64_t estimate_cents;   /**< the estimate of the year's wage bill, in cents */
} wkr_ledger_period;

/** An initializer for wkr_ledger_period: struct_size set, everything else 0. */
#define WKR_LEDGER_PERIOD_INIT {sizeof(wkr_ledger_period), 0, 0, 0, 0, 0, 0, 0}

/** Fills the first `size` bytes of `*period` as WKR_LEDGER_PERIOD_INIT does, with
 *  struct_size = size. Errors as wkr_free_space_input_init(). */
WKR_API int32_t wkr_ledger_period_init(wkr_ledger_period* period, size_t size);

/** One period of the ledger: the period and the year so far. The caller sets struct_size. 104 bytes
 *  in version 1. */
typedef struct wkr_ledger_row {
  uint32_t struct_size;              /**< set by the caller: sizeof(wkr_ledger_row) */
  int32_t period;                    /**< the period, 1 to 13 */
  int64_t wage_bill_cents;           /**< the period's fiscal wage */
  int64_t wage_bill_cumulative_cents; /**< the year's so far */
  int64_t free_space_cumulative_cents; /**< the free space on the wage bill so far (the threshold as
                                            input->threshold_to_date says) */
  int64_t designated_cents;          /**< designated in the period */
  int64_t designated_cumulative_cents; /**< designated so far */
  int64_t free_space_left_cents;     /**< the basis's free space less the designated so far; 0 when
                                          exceeded */
  int64_t excess_cumulative_cents;   /**< the designated so far above the basis's free space; 0 when
                                          within */
  int64_t final_levy_so_far_cents;   /**< the levy on the excess so far, in cents: the levy if the
                                          year ended now */
  int64_t levy_declared_cents;       /**< declared in this period's return, whole euros */
  uint32_t estimate_given;           /**< 1 when an estimate of the year's wage bill is in force */
  uint32_t reserved;                 /**< 0 */
  int64_t estimate_cents;            /**< the estimate in force */
  int64_t free_space_estimate_cents; /**< the free space on that estimate */
} wkr_ledger_row;

/** An initializer for wkr_ledger_row: struct_size set, everything else 0. */
#define WKR_LEDGER_ROW_INIT {sizeof(wkr_ledger_row), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}

/** Fills the first `size` bytes of `*result` as WKR_LEDGER_ROW_INIT does, with struct_size = size.
 *  Errors as wkr_free_space_input_init(). */
WKR_API int32_t wkr_ledger_row_init(wkr_ledger_row* result, size_t size);

/** The year-end of wkr_ledger(): the year's settlement as wkr_settle() makes it, and the correction
 *  for the levy declared during the year. The caller sets struct_size. 80 bytes in version 1. */
typedef struct wkr_ledger_year_end {
  uint32_t struct_size;            /**< set by the caller: sizeof(wkr_ledger_year_end) */
  int32_t year;                    /**< the calendar year */
  int64_t wage_bill_cents;         /**< the year's wage bill */
  int64_t free_space_cents;        /**< the year's free space */
  int64_t designated_cents;        /**< the year's designated total */
  int64_t excess_cents;            /**< designated above the free space; 0 when within it */
  int64_t final_levy_cents;        /**< the year's final levy, in cents */
  int64_t final_levy_return_cents; /**< the levy over the year in the return: whole euros */
  int32_t due_year;                /**< the return the levy and the correction are due in: its year
                                        … */
  int32_t due_period;              /**< … and its period */
  int64_t levy_paid_cents;         /**< declared during the year: the sum of levy_declared */
  int64_t correction_cents;        /**< final_levy_return − levy_paid, whole euros: still due, or a
                                        refund when negative */
} wkr_ledger_year_end;

/** An initializer for wkr_ledger_year_end: struct_size set, everything else 0. */
#define WKR_LEDGER_YEAR_END_INIT {sizeof(wkr_ledger_year_end), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}

/** Fills the first `size` bytes of `*result` as WKR_LEDGER_YEAR_END_INIT does, with
 *  struct_size = size. Errors as wkr_free_space_input_init(). */
WKR_API int32_t wkr_ledger_year_end_init(wkr_ledger_year_end* result, size_t size);
/* clang-format on */
/* [end generated: ledger] */

/** The ledger of a year: `periods` holds `period_count` wkr_ledger_period structs, `period_stride`
 *  bytes apart, every period of the year exactly once in any order (12, or 13 with four_weekly);
 *  `rows` receives one wkr_ledger_row per period in period order (room for period_count,
 *  `row_stride` bytes apart), `*year_end` the year-end. Errors: WKR_E_INVALID_ARGUMENT (a period
 *  missing, repeated or out of range, a negative amount, a levy paid that is not whole euros, the
 *  estimate basis without an estimate in period 1, a flag other than 0 or 1, an unknown code),
 *  WKR_E_NOT_COVERED, WKR_E_UNSUPPORTED. On failure every output is zero-filled after its
 *  struct_size. */
WKR_API int32_t wkr_ledger(const wkr_context* context, const wkr_ledger_input* input,
                           const wkr_ledger_period* periods, size_t period_count, size_t period_stride,
                           wkr_ledger_row* rows, size_t row_stride, wkr_ledger_year_end* year_end);

/** Splits `amount_cents` (not negative) over `period_count` periods in cents so that the parts add
 *  up to it exactly: in proportion to `weights` (period_count int32_t, not negative, not all 0), or
 *  evenly when `weights` is NULL. Each part is its exact share rounded down to the cent; the cents
 *  left go one each to the largest remainders, the earliest period first (€1,000.00 over 12: 83.34
 *  in periods 1–4, 83.33 in 5–12). `parts_cents` receives period_count parts. No law prescribes the
 *  rule; it only moves cents between the periods of one year (docs/ledger.md). Errors:
 *  WKR_E_INVALID_ARGUMENT (a negative amount, no period, a negative weight, weights all 0, NULL
 *  pointers with period_count > 0). */
WKR_API int32_t wkr_distribute(int64_t amount_cents, const int32_t* weights, size_t period_count,
                               int64_t* parts_cents);

/* ---- the where-you-work budget of one employee -------------------------------------------------
 *
 * A budget an employer spends on an employee's home working, travel and co-working, used the
 * tax-optimal way: the targeted exemptions first, each to its maximum for the weekly pattern;
 * then designated within the free space left; beyond it the cheaper of the final levy (80%) and
 * wage grossed up at the employee's marginal rate (docs/policy.md). The scenario comparison of
 * policies and the choice between final levy and wage per employee are JSON requests
 * (wkr_evaluate_json(), "command": "scenario" and "levy-or-wage"). */

/** What wkr_budget_input.budget_cents is for. */
/** A year (the default). */
#define WKR_BUDGET_PERIOD_YEAR 0
/** A month: the budget for the year is 12 times it. */
#define WKR_BUDGET_PERIOD_MONTH 1

/** How the employee travels, for wkr_budget_input.mode (0 is not a mode). */
/** Own transport (car, motorbike): exempt by the km. */
#define WKR_MODE_CAR 1
/** Own bicycle or on foot: exempt by the km. */
#define WKR_MODE_BIKE 2
/** Public transport: at the tickets' actual cost (fare_per_day_given), else by the km. */
#define WKR_MODE_PUBLIC_TRANSPORT 3
/** A bicycle the employer provides (fiets van de zaak): no exemption by the km. */
#define WKR_MODE_COMPANY_BICYCLE 4

/** What becomes of the part of the budget the costs do not need, for wkr_budget_input.rest. */
/** Paid out to the employee: designated, then the cheaper of final levy and wage (the default). */
#define WKR_BUDGET_REST_PAY_OUT 0
/** Kept by the employer: left over. */
#define WKR_BUDGET_REST_KEEP 1

/** How the part beyond the free space is paid, for wkr_budget_result.route. */
/** Nothing beyond the free space. */
#define WKR_ROUTE_NONE 0
/** Designated with the final levy. */
#define WKR_ROUTE_FINAL_LEVY 1
/** Paid as wage, grossed up at the marginal rate. */
#define WKR_ROUTE_WAGE 2

/** The parts of a budget, wkr_budget_share.category: also their index in the shares array. */
#define WKR_BUDGET_HOME_WORKING 0
#define WKR_BUDGET_COMMUTING 1
#define WKR_BUDGET_INTERNET 2
#define WKR_BUDGET_ARBO 3
#define WKR_BUDGET_COWORKING_TRAVEL 4
#define WKR_BUDGET_COWORKING_SPACE 5
#define WKR_BUDGET_REST 6
/** The number of parts: the size of a shares array that receives them all. */
#define WKR_BUDGET_CATEGORY_COUNT 7

/* The generator aligns the block below its own way (capi/generate_abi.py). */
/* clang-format off */
/* [generated: budget] from capi/abi.py by capi/generate_abi.py; do not edit here */
/* clang-format off */
/** Input of wkr_budget(): one employee's where-you-work budget (waar-je-werkt-budget) for a year,
 *  his weekly pattern, how he travels and what the employer has left of its free space
 *  (docs/policy.md). Optional inputs have a `*_given` flag. 184 bytes in version 1. */
typedef struct wkr_budget_input {
  uint32_t struct_size;             /**< sizeof(wkr_budget_input) as the caller knows it */
  int32_t year;                     /**< the calendar year */
  int64_t budget_cents;             /**< the budget in cents, for the year or a month
                                         (budget_period) */
  int32_t budget_period;            /**< WKR_BUDGET_PERIOD_*: what budget_cents is for */
  int32_t office_days;              /**< days a week at the office, 0 to 7 */
  int32_t home_days;                /**< days a week at home, 0 to 7 */
  int32_t coworking_days;           /**< days a week at a co-working space, 0 to 7 */
  wkr_decimal km_one_way;           /**< home to the office, one way, in km (needed with office
                                         days) */
  int32_t mode;                     /**< WKR_MODE_*: how the employee travels */
  uint32_t internet_necessary;      /**< 1: internet is necessary for the work */
  uint32_t fare_per_day_given;      /**< 1: fare_per_day_cents is a return ticket to the office
                                         (public transport at actual cost); 0: by the km */
  uint32_t coworking_km_one_way_given; /**< 1: coworking_km_one_way is given */
  int64_t fare_per_day_cents;       /**< a return ticket to the office, in cents */
  wkr_decimal coworking_km_one_way; /**< home to the co-working space, one way (needed with
                                         co-working days) */
  uint32_t coworking_fare_per_day_given; /**< 1: coworking_fare_per_day_cents is given */
  uint32_t marginal_rate_given;     /**< 1: marginal_rate is the employee's; 0: no wage route beyond
                                         the free space */
  int64_t coworking_fare_per_day_cents; /**< a return ticket to the co-working space */
  int64_t coworking_cost_cents;     /**< the employee's own co-working space for the year (no
                                         exemption) */
  int64_t internet_per_month_cents; /**< the internet component of his subscription, a month */
  int64_t arbo_cost_cents;          /**< arbo provisions the Arbowet requires, for the year */
  wkr_decimal marginal_rate;        /**< the employee's marginal rate, 0 ≤ r < 1 (e.g. 0.3756; wkr
                                         does not compute income tax) */
  int64_t free_space_left_cents;    /**< the employer's free space left for this budget */
  int32_t rest;                     /**< WKR_BUDGET_REST_*: the part the costs do not need */
  uint32_t reserved;                /**< must be 0 */
} wkr_budget_input;

/** An initializer for wkr_budget_input: struct_size set, everything else 0 (set mode: 0 is not a
 *  travel mode). */
#define WKR_BUDGET_INPUT_INIT                                                                      \
  {sizeof(wkr_budget_input), 0, 0, 0, 0, 0, 0, {0, 0, 0, 0}, 0, 0,                                 \
   0, 0, 0, {0, 0, 0, 0}, 0, 0, 0, 0, 0, 0, {0, 0, 0, 0}, 0, 0, 0}

/** Fills the first `size` bytes of `*input` as WKR_BUDGET_INPUT_INIT does, with struct_size = size.
 *  Errors as wkr_free_space_input_init(). */
WKR_API int32_t wkr_budget_input_init(wkr_budget_input* input, size_t size);

/** Result of wkr_budget(): the totals of the budget. Amounts that are exact shares of the
 *  employer's final levy (rounded once, at the employer's total) are wkr_decimal; the rest cents.
 *  The caller sets struct_size. 160 bytes in version 1. */
typedef struct wkr_budget_result {
  uint32_t struct_size;            /**< set by the caller: sizeof(wkr_budget_result) */
  int32_t year;                    /**< the calendar year */
  int64_t budget_cents;            /**< the budget for the year */
  int32_t route;                   /**< WKR_ROUTE_*: how the part beyond the free space is paid */
  uint32_t customary_review;       /**< 1: the customary test flags the designated total */
  uint32_t recalculation_required; /**< 1: a route to work is beyond the threshold; the exempt
                                        maxima are estimates */
  uint32_t reserved;               /**< 0 */
  int64_t exempt_cents;            /**< under targeted exemptions */
  int64_t free_space_used_cents;   /**< designated within the free space left */
  int64_t above_free_space_cents;  /**< designated above it */
  wkr_decimal final_levy;          /**< the final levy on that, exact (332.888) */
  int64_t wage_net_cents;          /**< paid as wage: the net the employee keeps */
  int64_t wage_gross_cents;        /**< its gross-up at the marginal rate */
  int64_t net_value_cents;         /**< what the employee gets, net */
  wkr_decimal employer_cost;       /**< exempt + designated + final levy + wage gross */
  wkr_decimal left_over;           /**< budget − employer cost */
  int64_t free_space_left_cents;   /**< the free space left after this budget */
} wkr_budget_result;

/** An initializer for wkr_budget_result: struct_size set, everything else 0. */
#define WKR_BUDGET_RESULT_INIT                                                                     \
  {sizeof(wkr_budget_result), 0, 0, 0, 0, 0, 0, 0, 0, 0,                                           \
   {0, 0, 0, 0}, 0, 0, 0, {0, 0, 0, 0}, {0, 0, 0, 0}, 0}

/** Fills the first `size` bytes of `*result` as WKR_BUDGET_RESULT_INIT does, with
 *  struct_size = size. Errors as wkr_free_space_input_init(). */
WKR_API int32_t wkr_budget_result_init(wkr_budget_result* result, size_t size);

/** One part of a budget (WKR_BUDGET_HOME_WORKING …), in the order the budget pays them. The amounts
 *  paid are net to the employee; the levy is on top. The rule and the legal source of each part are
 *  in the JSON response. The caller sets struct_size. 80 bytes in version 1. */
typedef struct wkr_budget_share {
  uint32_t struct_size;           /**< set by the caller: sizeof(wkr_budget_share) */
  int32_t category;               /**< WKR_BUDGET_*: the part */
  int64_t wanted_cents;           /**< its exempt maximum, or its cost (0 for the rest) */
  int64_t exempt_cents;           /**< under a targeted exemption */
  int64_t free_space_cents;       /**< designated within the free space left */
  int64_t above_free_space_cents; /**< designated above it */
  wkr_decimal levy;               /**< the final levy on above_free_space, exact */
  int64_t wage_cents;             /**< paid as wage, net */
  int64_t net_cents;              /**< exempt + free space + above it + wage */
} wkr_budget_share;

/** An initializer for wkr_budget_share: struct_size set, everything else 0. */
#define WKR_BUDGET_SHARE_INIT {sizeof(wkr_budget_share), 0, 0, 0, 0, 0, {0, 0, 0, 0}, 0, 0}

/** Fills the first `size` bytes of `*share` as WKR_BUDGET_SHARE_INIT does, with struct_size = size.
 *  Errors as wkr_free_space_input_init(). */
WKR_API int32_t wkr_budget_share_init(wkr_budget_share* share, size_t size);
/* clang-format on */
/* [end generated: budget] */
/* clang-format on */

/** The tax-optimal use of one employee's budget: the totals to `*result` and, when `shares` is not
 *  NULL, the parts to `shares` (room for share_count, `share_stride` bytes apart; the first
 *  min(share_count, WKR_BUDGET_CATEGORY_COUNT) parts are written, in category order). Errors:
 *  WKR_E_INVALID_ARGUMENT (a negative amount, a pattern outside 1–7 days, a marginal rate outside
 *  0 ≤ r < 1, a fare for another mode than public transport, co-working days without their
 *  distance, necessary internet without its cost, an unknown code, a flag other than 0 or 1),
 *  WKR_E_NOT_COVERED, WKR_E_UNSUPPORTED. On failure every output is zero-filled after its
 *  struct_size. */
WKR_API int32_t wkr_budget(const wkr_context* context, const wkr_budget_input* input, wkr_budget_result* result,
                           wkr_budget_share* shares, size_t share_count, size_t share_stride);
/* ---- columns ---------------------------------------------------------------------------------
 *
 * The columnar calls compute many independent rows from the caller's arrays of int64_t cents (a
 * data frame's columns, NumPy or Arrow buffers) without a struct per row: element i of every array
 * is row i. `years` holds year_count years: 1 (the year of every row) or row_count (one per row).
 * An output array may be NULL when the caller does not want it (except where a call says
 * otherwise); each given one has room for row_count elements. Nothing is allocated per row, and
 * options->threads may spread the rows over several threads that share the immutable context.
 *
 * A bad row does not stop the others: its outputs are 0, row_status[i] (when row_status is not
 * NULL) is its WKR_E_* code, and the call returns WKR_E_ROWS_FAILED with a message that counts the
 * bad rows and says what was wrong with the first (the single call's message for that row). A
 * result beyond int64_t cents fails its row with WKR_E_INVALID_ARGUMENT. Another code — computing
 * nothing — is returned when the call itself is invalid (a NULL array that is needed with
 * row_count > 0, year_count neither 1 nor row_count, an unreadable options struct). */

/* The generator aligns the block below its own way (capi/generate_abi.py). */
/* clang-format off */
/* [generated: columns] from capi/abi.py by capi/generate_abi.py; do not edit here */
/* clang-format off */
/** Options of the columnar calls wkr_free_space_columns() and wkr_settle_columns(): how the free
 *  space is rounded and how many threads compute the rows. 16 bytes in version 1. */
typedef struct wkr_columns_options {
  uint32_t struct_size;        /**< sizeof(wkr_columns_options) as the caller knows it */
  int32_t free_space_rounding; /**< WKR_ROUNDING_*; WKR_ROUNDING_TABLES: down to the cent */
  int32_t threads;             /**< 0 or 1: the calling thread alone; n > 1: up to n threads (a
                                    thread for every 2,048 rows at most); -1: one per hardware
                                    thread. The results are the same for any number */
  uint32_t reserved;           /**< must be 0 */
} wkr_columns_options;

/** An initializer for wkr_columns_options: struct_size set, everything else 0. */
#define WKR_COLUMNS_OPTIONS_INIT {sizeof(wkr_columns_options), 0, 0, 0}

/** Fills the first `size` bytes of `*input` as WKR_COLUMNS_OPTIONS_INIT does, with
 *  struct_size = size. Errors as wkr_free_space_input_init(). */
WKR_API int32_t wkr_columns_options_init(wkr_columns_options* input, size_t size);
/* clang-format on */
/* [end generated: columns] */
/* clang-format on */

/** The free space of every row: wage_bill_cents[i] in its year into free_space_cents[i] (which must
 *  not be NULL). Errors per row as wkr_free_space(). */
WKR_API int32_t wkr_free_space_columns(const wkr_context* context, const wkr_columns_options* options,
                                       const int32_t* years, size_t year_count, size_t row_count,
                                       const int64_t* wage_bill_cents, int64_t* free_space_cents, int32_t* row_status);

/** The settlement of every row: wage_bill_cents[i] and designated_cents[i] in its year into the
 *  free space, the excess, the final levy in cents and as declared (whole euros, in cents), and the
 *  period of the return it is due in (due_period; its year is the year after the row's year). Any
 *  output may be NULL. Errors per row as wkr_settle(). */
WKR_API int32_t wkr_settle_columns(const wkr_context* context, const wkr_columns_options* options, const int32_t* years,
                                   size_t year_count, size_t row_count, const int64_t* wage_bill_cents,
                                   const int64_t* designated_cents, int64_t* free_space_cents, int64_t* excess_cents,
                                   int64_t* final_levy_cents, int64_t* final_levy_return_cents, int32_t* due_period,
                                   int32_t* row_status);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* WKR_H */
