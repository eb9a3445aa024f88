/*
 * Tests of libwkr's C interface as a C caller sees it: versions, status codes and messages,
 * struct initialisation and growth (struct_size), exact decimals at the edges of 128 bits,
 * contexts, the calculations, batches, the JSON entry point, memory ownership and threads.
 * C99 with -pedantic -Werror; runs under ASan/UBSan in the sanitizer build.
 *
 *   usage: wkr_capi_test <source dir>     prints "N passed, N failed"
 */
#include <wkr/wkr.h>

#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "layout_check.h"

static int passed = 0;
static int failed = 0;
static const char* source_dir = ".";

#define CHECK(condition)                                                                      \
  do {                                                                                        \
    if (condition) {                                                                          \
      ++passed;                                                                               \
    } else {                                                                                  \
      ++failed;                                                                               \
      printf("FAIL %s:%d: %s (last error: %s)\n", __FILE__, __LINE__, #condition,             \
             wkr_last_error_message());                                                       \
    }                                                                                         \
  } while (0)

#define CHECK_STATUS(expected, call)                                                          \
  do {                                                                                        \
    const int32_t check_status_ = (call);                                                     \
    if (check_status_ == (expected)) {                                                        \
      ++passed;                                                                               \
    } else {                                                                                  \
      ++failed;                                                                               \
      printf("FAIL %s:%d: %s returned %s, expected %s (last error: %s)\n", __FILE__, __LINE__, \
             #call, wkr_status_name(check_status_), wkr_status_name(expected),                \
             wkr_last_error_message());                                                       \
    }                                                                                         \
  } while (0)

static int contains(const char* text, const char* part) { return text != NULL && strstr(text, part) != NULL; }

static wkr_context* embedded(void) {
  static wkr_context* context = NULL;
  if (context == NULL && wkr_context_new(&context) != WKR_OK) {
    printf("cannot create a context: %s\n", wkr_last_error_message());
    exit(1);
  }
  return context;
}

static int all_zero(const void* memory, size_t from, size_t to) {
  const unsigned char* bytes = (const unsigned char*)memory;
  size_t i;
  for (i = from; i < to; ++i) {
    if (bytes[i] != 0) return 0;
  }
  return 1;
}

/* ---- versions and status codes ------------------------------------------------------------- */

static void test_versions(void) {
  char expected[32];
  CHECK(wkr_version_number() == WKR_VERSION_NUMBER);
  CHECK(strcmp(wkr_version_string(), WKR_VERSION_STRING) == 0);
  CHECK(wkr_abi_version() == WKR_ABI_VERSION);
  sprintf(expected, "%d.%d.%d", WKR_VERSION_MAJOR, WKR_VERSION_MINOR, WKR_VERSION_PATCH);
  CHECK(strcmp(expected, WKR_VERSION_STRING) == 0);
  CHECK(WKR_VERSION_NUMBER == WKR_VERSION_MAJOR * 10000 + WKR_VERSION_MINOR * 100 + WKR_VERSION_PATCH);
}

static void test_status_codes(void) {
  /* The numbering is part of the ABI: pinned here so a renumbering fails. */
  CHECK(WKR_OK == 0);
  CHECK(WKR_E_INVALID_ARGUMENT == -1 && WKR_E_PARSE == -2 && WKR_E_OVERFLOW == -3 && WKR_E_DATA == -4);
  CHECK(WKR_E_NOT_COVERED == -5 && WKR_E_IO == -6 && WKR_E_DIVISION_BY_ZERO == -7);
  CHECK(WKR_E_NOMEM == -100 && WKR_E_INTERNAL == -101 && WKR_E_RANGE == -102);
  CHECK(WKR_E_BUFFER_TOO_SMALL == -103 && WKR_E_UNSUPPORTED == -104 && WKR_E_ROWS_FAILED == -105);
  CHECK(strcmp(wkr_status_name(WKR_OK), "WKR_OK") == 0);
  CHECK(strcmp(wkr_status_name(WKR_E_NOT_COVERED), "WKR_E_NOT_COVERED") == 0);
  CHECK(strcmp(wkr_status_name(WKR_E_ROWS_FAILED), "WKR_E_ROWS_FAILED") == 0);
  CHECK(strcmp(wkr_status_name(-99), "WKR_E_UNKNOWN") == 0);
  CHECK(strcmp(wkr_status_name(INT32_MIN), "WKR_E_UNKNOWN") == 0);
  CHECK(strcmp(wkr_status_name(1), "WKR_E_UNKNOWN") == 0);
}

/* ---- struct initialisation: the macro and the function agree (libgit2 structinit) ---------- */

#define CHECK_INIT(type, MACRO, init)                                                     \
  do {                                                                                    \
    type from_macro = MACRO;                                                              \
    type from_function;                                                                   \
    unsigned char bigger[sizeof(type) + 16];                                              \
    memset(&from_function, 0xAB, sizeof from_function);                                  \
    CHECK_STATUS(WKR_OK, init(&from_function, sizeof from_function));                     \
    CHECK(memcmp(&from_macro, &from_function, sizeof(type)) == 0);                        \
    CHECK(from_macro.struct_size == sizeof(type));                                        \
    memset(bigger, 0xAB, sizeof bigger);                                                  \
    CHECK_STATUS(WKR_OK, init((type*)(void*)bigger, sizeof bigger));                      \
    CHECK(((type*)(void*)bigger)->struct_size == sizeof bigger);                          \
    CHECK(memcmp(bigger + 4, (unsigned char*)&from_macro + 4, sizeof(type) - 4) == 0);     \
    CHECK(all_zero(bigger, sizeof(type), sizeof bigger));                                 \
    CHECK_STATUS(WKR_E_UNSUPPORTED, init(&from_function, 8));                             \
    CHECK_STATUS(WKR_E_INVALID_ARGUMENT, init(NULL, sizeof(type)));                       \
  } while (0)

static void test_struct_init(void) {
  CHECK_INIT(wkr_free_space_input, WKR_FREE_SPACE_INPUT_INIT, wkr_free_space_input_init);
  CHECK_INIT(wkr_settle_input, WKR_SETTLE_INPUT_INIT, wkr_settle_input_init);
  CHECK_INIT(wkr_group_member, WKR_GROUP_MEMBER_INIT, wkr_group_member_init);
  CHECK_INIT(wkr_free_space_result, WKR_FREE_SPACE_RESULT_INIT, wkr_free_space_result_init);
  CHECK_INIT(wkr_settlement, WKR_SETTLEMENT_INIT, wkr_settlement_init);
  {
    wkr_group_member member = WKR_GROUP_MEMBER_INIT;
    CHECK(member.whole_year == 1);
  }
}

/* ---- the calculations ------------------------------------------------------------------------ */

static void test_free_space(void) {
  wkr_free_space_input input = WKR_FREE_SPACE_INPUT_INIT;
  wkr_free_space_result result = WKR_FREE_SPACE_RESULT_INIT;
  input.year = 2026;
  input.wage_bill_cents = 160000000; /* €1,600,000 */
  CHECK_STATUS(WKR_OK, wkr_free_space(embedded(), &input, &result));
  CHECK(result.free_space_cents == 2216000); /* €22,160.00 (fiscal-facts W8) */
  CHECK(result.wage_bill_cents == 160000000 && result.year == 2026);
  CHECK(strcmp(wkr_last_error_message(), "") == 0);

  /* the cent above the bracket, rounded down by the tables and up on request */
  input.wage_bill_cents = 40000001;
  CHECK_STATUS(WKR_OK, wkr_free_space(embedded(), &input, &result));
  CHECK(result.free_space_cents == 800000);
  input.free_space_rounding = WKR_ROUNDING_CEILING;
  CHECK_STATUS(WKR_OK, wkr_free_space(embedded(), &input, &result));
  CHECK(result.free_space_cents == 800001);
  input.free_space_rounding = 6;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_free_space(embedded(), &input, &result));
  CHECK(contains(wkr_last_error_message(), "free_space_rounding"));
  input.free_space_rounding = WKR_ROUNDING_TABLES;

  /* errors of the rule */
  input.year = 2014;
  result.free_space_cents = 12345;
  CHECK_STATUS(WKR_E_NOT_COVERED, wkr_free_space(embedded(), &input, &result));
  CHECK(contains(wkr_last_error_message(), "2014"));
  CHECK(result.free_space_cents == 0 && result.struct_size == sizeof result); /* no stale result */
  input.year = 2026;
  input.wage_bill_cents = -1;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_free_space(embedded(), &input, &result));
  CHECK(contains(wkr_last_error_message(), "negative"));
  input.wage_bill_cents = INT64_MAX; /* €92 quadrillion: exact, and the result still fits */
  CHECK_STATUS(WKR_OK, wkr_free_space(embedded(), &input, &result));
  CHECK(result.wage_bill_cents == INT64_MAX);

  /* NULL arguments */
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_free_space(NULL, &input, &result));
  CHECK(contains(wkr_last_error_message(), "context is NULL"));
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_free_space(embedded(), NULL, &result));
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_free_space(embedded(), &input, NULL));
}

static void test_settle(void) {
  wkr_settle_input input = WKR_SETTLE_INPUT_INIT;
  wkr_settlement result = WKR_SETTLEMENT_INIT;
  input.year = 2025;
  input.wage_bill_cents = 50000000;
  input.designated_cents = 1418000;
  CHECK_STATUS(WKR_OK, wkr_settle(embedded(), &input, &result));
  CHECK(result.free_space_cents == 918000);
  CHECK(result.excess_cents == 500000);
  CHECK(result.final_levy_cents == 400000);
  CHECK(result.final_levy_return_cents == 400000);
  CHECK(result.due_year == 2026 && result.due_period == 2);
  CHECK(result.designated_cents == 1418000 && result.year == 2025);

  /* the return takes whole euros of the exact levy: 0.80 × 1250.99 = 1000.792 */
  input.year = 2026;
  input.wage_bill_cents = 40000000;
  input.designated_cents = 925099;
  CHECK_STATUS(WKR_OK, wkr_settle(embedded(), &input, &result));
  CHECK(result.final_levy_cents == 100079 && result.final_levy_return_cents == 100000);

  input.designated_cents = -500;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_settle(embedded(), &input, &result));
  CHECK(contains(wkr_last_error_message(), "designated"));
  CHECK(result.final_levy_cents == 0);
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_settle(NULL, &input, &result));
}

typedef struct {
  char name[13];          /* the caller's own data around the members */
  wkr_group_member member;
  int32_t department;
} employer_record;

static void test_group(void) {
  wkr_free_space_input input = WKR_FREE_SPACE_INPUT_INIT;
  wkr_free_space_result result = WKR_FREE_SPACE_RESULT_INIT;
  wkr_settle_input settle_input = WKR_SETTLE_INPUT_INIT;
  wkr_settlement settlement = WKR_SETTLEMENT_INIT;
  wkr_group_member members[5];
  employer_record records[5];
  int i;
  for (i = 0; i < 5; ++i) {
    wkr_group_member member = WKR_GROUP_MEMBER_INIT;
    member.wage_bill_cents = 100000000; /* €1,000,000 each */
    members[i] = member;
    memset(&records[i], 0x5A, sizeof records[i]);
    records[i].member = member;
  }
  input.year = 2022;
  CHECK_STATUS(WKR_OK, wkr_group_free_space(embedded(), &input, members, 5, sizeof members[0], &result));
  CHECK(result.free_space_cents == 6108000 && result.wage_bill_cents == 500000000); /* fiscal-facts W4 */
  /* the same members as fields of the caller's records: the stride skips the rest */
  CHECK_STATUS(WKR_OK, wkr_group_free_space(embedded(), &input, &records[0].member, 5, sizeof records[0], &result));
  CHECK(result.free_space_cents == 6108000);

  members[1].whole_year = 0;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_group_free_space(embedded(), &input, members, 5, sizeof members[0], &result));
  CHECK(contains(wkr_last_error_message(), "member 2") && contains(wkr_last_error_message(), "whole"));
  /* a single member that was not in a group all year settles its own free space */
  CHECK_STATUS(WKR_OK, wkr_group_free_space(embedded(), &input, &members[1], 1, sizeof members[0], &result));
  CHECK(result.free_space_cents == 1388000);
  members[1].whole_year = 2;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_group_free_space(embedded(), &input, members, 5, sizeof members[0], &result));
  CHECK(contains(wkr_last_error_message(), "members[1].whole_year"));
  members[1].whole_year = 1;

  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_group_free_space(embedded(), &input, members, 0, sizeof members[0], &result));
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_group_free_space(embedded(), &input, NULL, 5, sizeof members[0], &result));
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_group_free_space(embedded(), &input, members, 5, 8, &result));
  input.wage_bill_cents = 1;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_group_free_space(embedded(), &input, members, 5, sizeof members[0], &result));
  CHECK(contains(wkr_last_error_message(), "wage_bill_cents"));
  input.wage_bill_cents = 0;
  members[4].struct_size = 0;
  CHECK_STATUS(WKR_E_UNSUPPORTED, wkr_group_free_space(embedded(), &input, members, 5, sizeof members[0], &result));
  CHECK(contains(wkr_last_error_message(), "members[4].struct_size"));
  members[4].struct_size = sizeof members[4];

  settle_input.year = 2022;
  settle_input.designated_cents = 6208000; /* €1,000 above the group's free space */
  CHECK_STATUS(WKR_OK, wkr_group_settle(embedded(), &settle_input, members, 5, sizeof members[0], &settlement));
  CHECK(settlement.excess_cents == 100000 && settlement.final_levy_cents == 80000);
  CHECK(settlement.wage_bill_cents == 500000000 && settlement.due_year == 2023);
}

/* ---- structs that grow: struct_size -------------------------------------------------------- */

typedef struct {
  wkr_free_space_input v1;
  int64_t field_of_a_later_version;
} free_space_input_v2;

typedef struct {
  wkr_free_space_result v1;
  int64_t field_of_a_later_version;
} free_space_result_v2;

static void test_struct_size(void) {
  free_space_input_v2 input;
  free_space_result_v2 result;
  wkr_free_space_result plain = WKR_FREE_SPACE_RESULT_INIT;
  memset(&input, 0, sizeof input);
  input.v1.struct_size = sizeof input;
  input.v1.year = 2026;
  input.v1.wage_bill_cents = 160000000;
  memset(&result, 0xFF, sizeof result);
  result.v1.struct_size = sizeof result;

  /* a newer caller: a longer struct whose unknown tail is zero is accepted, and the unknown part
     of its result is zero-filled */
  CHECK_STATUS(WKR_OK, wkr_free_space(embedded(), &input.v1, &result.v1));
  CHECK(result.v1.free_space_cents == 2216000);
  CHECK(result.v1.struct_size == sizeof result);
  CHECK(result.field_of_a_later_version == 0);

  /* … but a field this library does not know may not be set */
  input.field_of_a_later_version = 7;
  CHECK_STATUS(WKR_E_UNSUPPORTED, wkr_free_space(embedded(), &input.v1, &plain));
  CHECK(contains(wkr_last_error_message(), "upgrade"));
  input.field_of_a_later_version = 0;

  /* an older or uninitialised struct */
  input.v1.struct_size = 16;
  CHECK_STATUS(WKR_E_UNSUPPORTED, wkr_free_space(embedded(), &input.v1, &plain));
  CHECK(contains(wkr_last_error_message(), "struct_size"));
  input.v1.struct_size = sizeof input.v1;
  plain.struct_size = 0;
  CHECK_STATUS(WKR_E_UNSUPPORTED, wkr_free_space(embedded(), &input.v1, &plain));
  plain.struct_size = sizeof plain;

  /* reserved fields must be zero */
  input.v1.reserved = 1;
  CHECK_STATUS(WKR_E_UNSUPPORTED, wkr_free_space(embedded(), &input.v1, &plain));
  CHECK(contains(wkr_last_error_message(), "reserved"));
  input.v1.reserved = 0;
}

/* ---- exact decimals -------------------------------------------------------------------------- */

static int parse_is(const char* text, uint64_t lo, int64_t hi, int32_t scale) {
  wkr_decimal d;
  char buffer[WKR_DECIMAL_STRING_MAX];
  size_t needed = 0;
  if (wkr_decimal_parse(text, strlen(text), &d) != WKR_OK) return 0;
  if (d.lo != lo || d.hi != hi || d.scale != scale || d.reserved != 0) return 0;
  if (wkr_decimal_format(&d, buffer, sizeof buffer, &needed) != WKR_OK) return 0;
  return strcmp(buffer, text) == 0 && needed == strlen(text) + 1;
}

static void test_decimals(void) {
  wkr_decimal d = {918000, 0, 2, 0};
  char buffer[WKR_DECIMAL_STRING_MAX];
  char small[4];
  size_t needed = 0;
  CHECK(parse_is("9180.00", 918000, 0, 2));
  CHECK(parse_is("0", 0, 0, 0));
  CHECK(parse_is("-0.5", 0xFFFFFFFFFFFFFFFBull, -1, 1));
  CHECK(parse_is("-1", UINT64_MAX, -1, 0));
  CHECK(parse_is("18446744073709551616", 0, 1, 0)); /* 2^64 */
  CHECK(parse_is("-18446744073709551616", 0, -1, 0));
  CHECK(parse_is("0.000000000000000000000000000001", 1, 0, 30));
  /* the edges of two's complement 128 bits: 2^127 − 1 and −2^127 */
  CHECK(parse_is("170141183460469231731687303715884105727", UINT64_MAX, INT64_MAX, 0));
  CHECK(parse_is("-170141183460469231731687303715884105728", 0, INT64_MIN, 0));
  CHECK(parse_is("-170141183.460469231731687303715884105728", 0, INT64_MIN, 30)); /* the longest text */

  CHECK_STATUS(WKR_E_RANGE, wkr_decimal_parse("170141183460469231731687303715884105728", 39, &d));
  CHECK_STATUS(WKR_E_RANGE, wkr_decimal_parse("-170141183460469231731687303715884105729", 40, &d));
  CHECK_STATUS(WKR_E_OVERFLOW, wkr_decimal_parse("999999999999999999999999999999999999999", 39, &d));
  CHECK_STATUS(WKR_E_PARSE, wkr_decimal_parse("1,5", 3, &d));
  CHECK(contains(wkr_last_error_message(), "plain decimal"));
  CHECK_STATUS(WKR_E_PARSE, wkr_decimal_parse("1e5", 3, &d));
  CHECK_STATUS(WKR_E_PARSE, wkr_decimal_parse("", 0, &d));
  CHECK_STATUS(WKR_E_PARSE, wkr_decimal_parse(NULL, 0, &d));
  CHECK_STATUS(WKR_E_PARSE, wkr_decimal_parse("0.0000000000000000000000000000001", 33, &d));
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_decimal_parse("1", 1, NULL));
  /* the length counts, not a NUL */
  CHECK_STATUS(WKR_OK, wkr_decimal_parse("12345", 3, &d));
  CHECK(d.lo == 123 && d.hi == 0 && d.scale == 0);

  d.lo = 918000;
  d.hi = 0;
  d.scale = 2;
  CHECK_STATUS(WKR_E_BUFFER_TOO_SMALL, wkr_decimal_format(&d, small, sizeof small, &needed));
  CHECK(needed == 8);
  CHECK_STATUS(WKR_E_BUFFER_TOO_SMALL, wkr_decimal_format(&d, NULL, 0, &needed));
  CHECK(needed == 8);
  CHECK_STATUS(WKR_OK, wkr_decimal_format(&d, buffer, 8, NULL));
  CHECK(strcmp(buffer, "9180.00") == 0);
  d.scale = 31;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_decimal_format(&d, buffer, sizeof buffer, &needed));
  d.scale = -1;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_decimal_format(&d, buffer, sizeof buffer, &needed));
  d.scale = 2;
  d.reserved = 1;
  CHECK_STATUS(WKR_E_UNSUPPORTED, wkr_decimal_format(&d, buffer, sizeof buffer, &needed));
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_decimal_format(NULL, buffer, sizeof buffer, &needed));
}

/* ---- errors: the thread's last message ------------------------------------------------------- */

static void test_last_error(void) {
  wkr_decimal d;
  char buffer[8];
  size_t needed = 0;
  const char* message;
  CHECK_STATUS(WKR_E_PARSE, wkr_decimal_parse("x", 1, &d));
  message = wkr_last_error_message();
  CHECK(contains(message, "'x' is not a plain decimal"));
  CHECK_STATUS(WKR_E_BUFFER_TOO_SMALL, wkr_last_error_copy(buffer, sizeof buffer, &needed));
  CHECK(needed == strlen(message) + 1);
  CHECK(strlen(buffer) == sizeof buffer - 1 && strncmp(buffer, message, sizeof buffer - 1) == 0);
  CHECK_STATUS(WKR_E_BUFFER_TOO_SMALL, wkr_last_error_copy(NULL, 0, &needed));
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_last_error_copy(NULL, 10, &needed));
  /* copying does not change the message */
  CHECK(contains(wkr_last_error_message(), "'x' is not a plain decimal"));
  {
    char* whole = (char*)malloc(needed);
    CHECK(whole != NULL);
    if (whole != NULL) {
      CHECK_STATUS(WKR_OK, wkr_last_error_copy(whole, needed, NULL));
      CHECK(strcmp(whole, wkr_last_error_message()) == 0);
      free(whole);
    }
  }
  /* a success clears it */
  CHECK_STATUS(WKR_OK, wkr_decimal_parse("1", 1, &d));
  CHECK(strcmp(wkr_last_error_message(), "") == 0);
  CHECK_STATUS(WKR_OK, wkr_last_error_copy(buffer, sizeof buffer, &needed));
  CHECK(needed == 1 && buffer[0] == '\0');
}

/* ---- contexts and parameters --------------------------------------------------------------- */

static void test_contexts(void) {
  char directory[4096];
  char digest[65];
  char other_digest[65];
  char small[10];
  size_t needed = 0;
  wkr_context* updated = NULL;
  wkr_context* context = (wkr_context*)&needed; /* must be overwritten with NULL on failure */
  wkr_free_space_input input = WKR_FREE_SPACE_INPUT_INIT;
  wkr_free_space_result result = WKR_FREE_SPACE_RESULT_INIT;
  wkr_decimal rate;

  wkr_context_free(NULL); /* allowed */
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_context_new(NULL));

  sprintf(directory, "%s/data/updates/2027", source_dir);
  CHECK_STATUS(WKR_OK, wkr_context_new_from_directory(directory, strlen(directory), &updated));
  input.year = 2027;
  input.wage_bill_cents = 40000000;
  CHECK_STATUS(WKR_E_NOT_COVERED, wkr_free_space(embedded(), &input, &result));
  CHECK(contains(wkr_last_error_message(), "2027"));
  CHECK_STATUS(WKR_OK, wkr_free_space(updated, &input, &result));
  CHECK(result.free_space_cents == 864000); /* 2.16% from the run-time update (fiscal-facts W9) */

  CHECK_STATUS(WKR_OK, wkr_context_parameters_digest(embedded(), digest, sizeof digest, &needed));
  CHECK(needed == 65 && strlen(digest) == 64 && strspn(digest, "0123456789abcdef") == 64);
  CHECK_STATUS(WKR_OK, wkr_context_parameters_digest(updated, other_digest, sizeof other_digest, NULL));
  CHECK(strcmp(digest, other_digest) != 0);
  CHECK_STATUS(WKR_E_BUFFER_TOO_SMALL, wkr_context_parameters_digest(embedded(), small, sizeof small, &needed));
  CHECK(needed == 65);
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_context_parameters_digest(NULL, digest, sizeof digest, &needed));
  wkr_context_free(updated);

  sprintf(directory, "%s/data/no-such-directory", source_dir);
  CHECK_STATUS(WKR_E_IO, wkr_context_new_from_directory(directory, strlen(directory), &context));
  CHECK(context == NULL);
  CHECK(contains(wkr_last_error_message(), "no-such-directory"));
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_context_new_from_directory("", 0, &context));
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_context_new_from_directory("a\0b", 3, &context));

  CHECK_STATUS(WKR_OK, wkr_parameter_number(embedded(), "final_levy.rate", 15, 2025, &rate));
  CHECK(rate.lo == 80 && rate.hi == 0 && rate.scale == 2); /* 0.80 as the tables write it */
  CHECK_STATUS(WKR_E_DATA, wkr_parameter_number(embedded(), "free_space.rates", 16, 2025, &rate));
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_parameter_number(embedded(), "no.such", 7, 2025, &rate));
  CHECK_STATUS(WKR_E_NOT_COVERED, wkr_parameter_number(embedded(), "final_levy.rate", 15, 2014, &rate));
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_parameter_number(NULL, "final_levy.rate", 15, 2025, &rate));
}

/* ---- JSON requests ---------------------------------------------------------------------------- */

static void test_json(void) {
  const char* request = "{\"command\":\"settle\",\"year\":2025,\"wage_bill\":[\"500000\"],\"designated\":\"14180\"}";
  const char* floating = "{\"command\":\"settle\",\"year\":2025,\"wage_bill\":[\"500000\"],\"designated\":14180.5}";
  char* response = (char*)&request; /* must be overwritten */
  size_t length = 0;
  char digest[65];
  char needle[100];

  CHECK_STATUS(WKR_OK, wkr_evaluate_json(embedded(), request, strlen(request), &response, &length));
  CHECK(response != NULL && strlen(response) == length);
  CHECK(contains(response, "\"final_levy\":\"4000.00\""));
  CHECK(contains(response, "\"explanation\":["));
  CHECK(contains(response, "\"library_version\":\"" WKR_VERSION_STRING "\""));
  CHECK_STATUS(WKR_OK, wkr_context_parameters_digest(embedded(), digest, sizeof digest, NULL));
  sprintf(needle, "\"parameters_digest\":\"%s\"", digest);
  CHECK(contains(response, needle));
  wkr_free(response);
  wkr_free(NULL);

  CHECK_STATUS(WKR_OK, wkr_evaluate_json(embedded(), request, strlen(request), &response, NULL));
  wkr_free(response);

  CHECK_STATUS(WKR_E_PARSE, wkr_evaluate_json(embedded(), "{\"command\":", 11, &response, &length));
  CHECK(response == NULL && length == 0);
  CHECK(contains(wkr_last_error_message(), "not valid JSON"));
  CHECK_STATUS(WKR_E_PARSE, wkr_evaluate_json(embedded(), NULL, 0, &response, &length));
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_evaluate_json(embedded(), floating, strlen(floating), &response, &length));
  CHECK(contains(wkr_last_error_message(), "fraction"));
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_evaluate_json(embedded(), "{\"command\":\"nope\"}", 18, &response, &length));
  CHECK(contains(wkr_last_error_message(), "unknown command"));
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_evaluate_json(embedded(), "[1]", 3, &response, &length));
  CHECK_STATUS(WKR_E_NOT_COVERED,
               wkr_evaluate_json(embedded(), "{\"command\":\"free-space\",\"year\":2014,\"wage_bill\":1}", 50,
                                 &response, &length));
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_evaluate_json(embedded(), request, strlen(request), NULL, &length));
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_evaluate_json(NULL, request, strlen(request), &response, &length));
}

/* ---- batches ---------------------------------------------------------------------------------- */

typedef struct {
  int32_t employer_id; /* the caller's own fields around the library's structs */
  wkr_settle_input in;
  char note[20];
  wkr_settlement out;
} settle_record;

static void test_batch(void) {
  settle_record records[4];
  int32_t status[4];
  wkr_free_space_input rows[12];
  wkr_free_space_result results[12];
  int32_t row_status[12];
  int i;
  for (i = 0; i < 4; ++i) {
    const wkr_settle_input in = WKR_SETTLE_INPUT_INIT;
    const wkr_settlement out = WKR_SETTLEMENT_INIT;
    memset(&records[i], 0x77, sizeof records[i]);
    records[i].employer_id = 1000 + i;
    records[i].in = in;
    records[i].in.year = 2025;
    records[i].in.wage_bill_cents = 50000000;
    records[i].in.designated_cents = 1418000;
    records[i].out = out;
    status[i] = 99;
  }
  records[1].in.year = 2014;           /* not covered */
  records[2].in.designated_cents = -1; /* negative */
  CHECK_STATUS(WKR_E_ROWS_FAILED, wkr_settle_batch(embedded(), &records[0].in, 4, sizeof records[0], &records[0].out,
                                                   sizeof records[0], status));
  CHECK(status[0] == WKR_OK && status[1] == WKR_E_NOT_COVERED && status[2] == WKR_E_INVALID_ARGUMENT &&
        status[3] == WKR_OK);
  CHECK(records[0].out.final_levy_cents == 400000 && records[3].out.final_levy_cents == 400000);
  CHECK(records[1].out.final_levy_cents == 0 && records[1].out.due_year == 0 &&
        records[1].out.struct_size == sizeof(wkr_settlement));
  CHECK(records[3].employer_id == 1003 && records[3].note[0] == 0x77); /* the caller's fields untouched */
  CHECK(contains(wkr_last_error_message(), "2 of 4 rows failed"));
  CHECK(contains(wkr_last_error_message(), "row 1: ") && contains(wkr_last_error_message(), "2014"));
  CHECK(contains(wkr_last_error_message(), "row 2: "));

  /* statuses are optional; all good rows give WKR_OK */
  records[1].in.year = 2025;
  records[2].in.designated_cents = 0;
  CHECK_STATUS(WKR_OK, wkr_settle_batch(embedded(), &records[0].in, 4, sizeof records[0], &records[0].out,
                                        sizeof records[0], NULL));
  CHECK(records[2].out.final_levy_cents == 0 && records[2].out.free_space_cents == 918000);
  CHECK(strcmp(wkr_last_error_message(), "") == 0);

  /* plain arrays; more than ten failures are summarised */
  for (i = 0; i < 12; ++i) {
    const wkr_free_space_input in = WKR_FREE_SPACE_INPUT_INIT;
    const wkr_free_space_result out = WKR_FREE_SPACE_RESULT_INIT;
    rows[i] = in;
    rows[i].year = 2014 + i; /* 2014 is not covered, 2015–2025 are */
    rows[i].wage_bill_cents = 40000000;
    results[i] = out;
  }
  CHECK_STATUS(WKR_E_ROWS_FAILED, wkr_free_space_batch(embedded(), rows, 12, sizeof rows[0], results,
                                                       sizeof results[0], row_status));
  CHECK(row_status[0] == WKR_E_NOT_COVERED && row_status[1] == WKR_OK && row_status[11] == WKR_OK);
  CHECK(results[6].free_space_cents == 1200000); /* 2020: 3% of €400,000 */
  for (i = 0; i < 12; ++i) rows[i].year = 2013;
  CHECK_STATUS(WKR_E_ROWS_FAILED, wkr_free_space_batch(embedded(), rows, 12, sizeof rows[0], results,
                                                       sizeof results[0], row_status));
  CHECK(contains(wkr_last_error_message(), "12 of 12 rows failed (the first ten follow)"));
  CHECK(!contains(wkr_last_error_message(), "row 10:"));

  /* a row whose struct is wrong fails alone */
  for (i = 0; i < 12; ++i) rows[i].year = 2026;
  rows[3].struct_size = 0;
  results[5].struct_size = sizeof results[5] + 8; /* larger than the stride */
  CHECK_STATUS(WKR_E_ROWS_FAILED, wkr_free_space_batch(embedded(), rows, 12, sizeof rows[0], results,
                                                       sizeof results[0], row_status));
  CHECK(row_status[3] == WKR_E_UNSUPPORTED && row_status[5] == WKR_E_UNSUPPORTED && row_status[4] == WKR_OK);
  rows[3].struct_size = sizeof rows[3];
  results[5].struct_size = sizeof results[5];

  /* an invalid call computes nothing */
  CHECK_STATUS(WKR_OK, wkr_free_space_batch(embedded(), NULL, 0, 0, NULL, 0, NULL));
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_free_space_batch(embedded(), NULL, 2, sizeof rows[0], results,
                                                            sizeof results[0], row_status));
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_free_space_batch(embedded(), rows, 2, 8, results, sizeof results[0],
                                                            row_status));
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_free_space_batch(embedded(), rows, SIZE_MAX, sizeof rows[0], results,
                                                            sizeof results[0], row_status));
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_free_space_batch(NULL, rows, 2, sizeof rows[0], results, sizeof results[0],
                                                            row_status));
}

/* ---- threads: one context shared, messages per thread ------------------------------------------ */

typedef struct {
  int index;
  int wrong;
} thread_job;

static void* thread_main(void* argument) {
  thread_job* job = (thread_job*)argument;
  int i;
  for (i = 0; i < 300; ++i) {
    wkr_free_space_input input = WKR_FREE_SPACE_INPUT_INIT;
    wkr_free_space_result result = WKR_FREE_SPACE_RESULT_INIT;
    input.year = 2026;
    input.wage_bill_cents = 160000000;
    if (job->index % 2 == 0) {
      /* this thread fails every call: its message, not the others', names its own year */
      input.year = 2000 + job->index;
      if (wkr_free_space(embedded(), &input, &result) != WKR_E_NOT_COVERED) ++job->wrong;
      {
        char year[16];
        sprintf(year, "%d", 2000 + job->index);
        if (!contains(wkr_last_error_message(), year)) ++job->wrong;
      }
    } else {
      if (wkr_free_space(embedded(), &input, &result) != WKR_OK || result.free_space_cents != 2216000) ++job->wrong;
      if (strcmp(wkr_last_error_message(), "") != 0) ++job->wrong;
    }
  }
  return NULL;
}

static void test_threads(void) {
  pthread_t threads[6];
  thread_job jobs[6];
  int i;
  (void)embedded();
  for (i = 0; i < 6; ++i) {
    jobs[i].index = i;
    jobs[i].wrong = 0;
    CHECK(pthread_create(&threads[i], NULL, thread_main, &jobs[i]) == 0);
  }
  for (i = 0; i < 6; ++i) {
    CHECK(pthread_join(threads[i], NULL) == 0);
    CHECK(jobs[i].wrong == 0);
  }
}

int main(int argc, char** argv) {
  if (argc > 1) source_dir = argv[1];
  test_versions();
  test_status_codes();
  test_struct_init();
  test_free_space();
  test_settle();
  test_group();
  test_struct_size();
  test_decimals();
  test_last_error();
  test_contexts();
  test_json();
  test_batch();
  test_threads();
  wkr_context_free(embedded());
  printf("%d passed, %d failed\n", passed, failed);
  return failed == 0 ? 0 : 1;
}
