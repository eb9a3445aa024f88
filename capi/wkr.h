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
#define WKR_VERSION_MAJOR 0
#define WKR_VERSION_MINOR 1
#define WKR_VERSION_PATCH 0
/** "MAJOR.MINOR.PATCH" as a string literal. */
#define WKR_VERSION_STRING "0.1.0"
/** MAJOR × 10000 + MINOR × 100 + PATCH, e.g. 100 for 0.1.0 and 10203 for 1.2.3. */
#define WKR_VERSION_NUMBER (WKR_VERSION_MAJOR * 10000 + WKR_VERSION_MINOR * 100 + WKR_VERSION_PATCH)

/** The ABI version: the N of libwkr.so.N (the SONAME). It changes only when an existing function
 *  or struct changes incompatibly — which the project promises not to do within a major version. */
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
 *  status sets it, except wkr_last_error_copy(). The pointer is borrowed: it stays valid until the
 *  next status-returning call on this thread. Never NULL, never free it. */
WKR_API const char* wkr_last_error_message(void);

/** Copies the last error message of this thread into `buffer` (for managed callers, which should
 *  not hold a borrowed pointer). Writes at most `capacity` bytes including the terminating NUL,
 *  truncating if needed, and stores the size needed, NUL included, in `*needed` when `needed` is
 *  not NULL. Returns WKR_OK; WKR_E_BUFFER_TOO_SMALL if the message was truncated or `capacity` is
 *  0 (then `buffer` may be NULL: the way to ask for the size); WKR_E_INVALID_ARGUMENT for a NULL
 *  `buffer` with a non-zero `capacity`. Does not change the last error. */
WKR_API int32_t wkr_last_error_copy(char* buffer, size_t capacity, size_t* needed);

/* ---- memory ------------------------------------------------------------------------------- */

/** Releases memory that libwkr allocated and handed to the caller (the response of
 *  wkr_evaluate_json()). NULL is ignored. Never pass such memory to free() — the library may use
 *  another allocator — and never pass other memory here. */
WKR_API void wkr_free(void* pointer);

/* ---- exact decimals ----------------------------------------------------------------------- */

/** An exact decimal: value = (hi × 2^64 + lo) × 10^-scale, the 128-bit significand in two's
 *  complement with the low word first (as DuckDB's hugeint and Arrow's decimal128). `scale` is 0
 *  to 30. `reserved` must be 0. 24 bytes, no padding. Example: 9180.00 is {918000, 0, 2, 0};
 *  -0.5 is {0xFFFFFFFFFFFFFFFB, -1, 1, 0}. A value from the library is always within two's
 *  complement 128 bits; one that would not be is WKR_E_RANGE. */
typedef struct wkr_decimal {
  uint64_t lo;       /**< the low 64 bits of the significand */
  int64_t hi;        /**< the high 64 bits, carrying the sign */
  int32_t scale;     /**< the number of decimals, 0 to 30 */
  uint32_t reserved; /**< must be 0 */
} wkr_decimal;

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
 *  struct_size = size (pass sizeof(wkr_free_space_input)). Errors: WKR_E_INVALID_ARGUMENT for
 *  NULL, WKR_E_UNSUPPORTED for a size below the first version or above 2^32 − 1. */
WKR_API int32_t wkr_free_space_input_init(wkr_free_space_input* input, size_t size);

/** Input of wkr_settle(): the wage bill and the total designated as final-levy wage (aangewezen
 *  eindheffingsloon). Also the common input of wkr_group_settle(), where wage_bill_cents must be
 *  0. 32 bytes in version 1. */
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

/** Fills the first `size` bytes of `*input` as WKR_SETTLE_INPUT_INIT does, with
 *  struct_size = size. Errors as wkr_free_space_input_init(). */
WKR_API int32_t wkr_settle_input_init(wkr_settle_input* input, size_t size);

/** A member of a group scheme (concernregeling, art. 32 Wet LB 1964). 16 bytes in version 1. */
typedef struct wkr_group_member {
  uint32_t struct_size;    /**< sizeof(wkr_group_member) as the caller knows it */
  uint32_t whole_year;     /**< 1: in the group the whole calendar year; 0: joined or left during
                                the year (then it may not join the scheme: an error for a group of
                                more than one). Any other value is an error. */
  int64_t wage_bill_cents; /**< the member's fiscal wage bill in cents */
} wkr_group_member;

/** An initializer for wkr_group_member: struct_size set, whole_year = 1, wage bill 0. */
#define WKR_GROUP_MEMBER_INIT {sizeof(wkr_group_member), 1, 0}

/** Fills the first `size` bytes of `*member` as WKR_GROUP_MEMBER_INIT does, with
 *  struct_size = size. Errors as wkr_free_space_input_init(). */
WKR_API int32_t wkr_group_member_init(wkr_group_member* member, size_t size);

/** Result of wkr_free_space() and wkr_group_free_space(). The caller sets struct_size (the
 *  library writes exactly that many bytes, zero-filling fields it does not know). 24 bytes in
 *  version 1. */
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

/** Fills the first `size` bytes of `*result` as WKR_SETTLEMENT_INIT does, with
 *  struct_size = size. Errors as wkr_free_space_input_init(). */
WKR_API int32_t wkr_settlement_init(wkr_settlement* result, size_t size);

/** The free space of one employer (art. 31a lid 2 Wet LB 1964): the rates of the year applied to
 *  the wage bill, rounded to the cent. Errors: WKR_E_INVALID_ARGUMENT (NULL, negative wage bill,
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

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* WKR_H */
