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
  /* … and so are the codes of the allowance rules */
  CHECK(WKR_EXCESS_DEFAULT == 0 && WKR_EXCESS_DESIGNATE == 1 && WKR_EXCESS_WAGE == 2);
  CHECK(WKR_DAYS_EXACT == 0 && WKR_DAYS_UP == 1 && WKR_TRAVEL_COMMUTING == 0 && WKR_TRAVEL_BUSINESS_TRIP == 1);
  CHECK(WKR_ITEM_HOME_WORKING == 1 && WKR_ITEM_FREE_SPACE == 10 && WKR_ITEM_COMPANY_BICYCLE == 16);
  CHECK(WKR_CUSTOMARY_TEST_APPLIES == 0 && WKR_CUSTOMARY_TEST_INTERN == 1 && WKR_CUSTOMARY_TEST_BELOW_MINIMUM_WAGE == 2);
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
  CHECK_INIT(wkr_home_working_days_input, WKR_HOME_WORKING_DAYS_INPUT_INIT, wkr_home_working_days_input_init);
  CHECK_INIT(wkr_home_working_fixed_input, WKR_HOME_WORKING_FIXED_INPUT_INIT, wkr_home_working_fixed_input_init);
  CHECK_INIT(wkr_home_working_result, WKR_HOME_WORKING_RESULT_INIT, wkr_home_working_result_init);
  CHECK_INIT(wkr_commute_days_input, WKR_COMMUTE_DAYS_INPUT_INIT, wkr_commute_days_input_init);
  CHECK_INIT(wkr_travel_km_input, WKR_TRAVEL_KM_INPUT_INIT, wkr_travel_km_input_init);
  CHECK_INIT(wkr_travel_result, WKR_TRAVEL_RESULT_INIT, wkr_travel_result_init);
  CHECK_INIT(wkr_absence, WKR_ABSENCE_INIT, wkr_absence_init);
  CHECK_INIT(wkr_fixed_commute_input, WKR_FIXED_COMMUTE_INPUT_INIT, wkr_fixed_commute_input_init);
  CHECK_INIT(wkr_fixed_commute_result, WKR_FIXED_COMMUTE_RESULT_INIT, wkr_fixed_commute_result_init);
  CHECK_INIT(wkr_item, WKR_ITEM_INIT, wkr_item_init);
  CHECK_INIT(wkr_item_result, WKR_ITEM_RESULT_INIT, wkr_item_result_init);
  CHECK_INIT(wkr_employee_totals, WKR_EMPLOYEE_TOTALS_INIT, wkr_employee_totals_init);
  CHECK_INIT(wkr_evaluation_input, WKR_EVALUATION_INPUT_INIT, wkr_evaluation_input_init);
  CHECK_INIT(wkr_evaluation_result, WKR_EVALUATION_RESULT_INIT, wkr_evaluation_result_init);
  CHECK_INIT(wkr_group_scheme_input, WKR_GROUP_SCHEME_INPUT_INIT, wkr_group_scheme_input_init);
  CHECK_INIT(wkr_group_scheme_settlement, WKR_GROUP_SCHEME_SETTLEMENT_INIT, wkr_group_scheme_settlement_init);
  CHECK_INIT(wkr_group_member_result, WKR_GROUP_MEMBER_RESULT_INIT, wkr_group_member_result_init);
  CHECK_INIT(wkr_wage_bill_input, WKR_WAGE_BILL_INPUT_INIT, wkr_wage_bill_input_init);
  CHECK_INIT(wkr_employee_wage, WKR_EMPLOYEE_WAGE_INIT, wkr_employee_wage_init);
  CHECK_INIT(wkr_payroll_member, WKR_PAYROLL_MEMBER_INIT, wkr_payroll_member_init);
  CHECK_INIT(wkr_wage_bill_result, WKR_WAGE_BILL_RESULT_INIT, wkr_wage_bill_result_init);
  CHECK_INIT(wkr_group_wage_bill_result, WKR_GROUP_WAGE_BILL_RESULT_INIT, wkr_group_wage_bill_result_init);
  CHECK_INIT(wkr_ledger_input, WKR_LEDGER_INPUT_INIT, wkr_ledger_input_init);
  CHECK_INIT(wkr_ledger_period, WKR_LEDGER_PERIOD_INIT, wkr_ledger_period_init);
  CHECK_INIT(wkr_ledger_row, WKR_LEDGER_ROW_INIT, wkr_ledger_row_init);
  CHECK_INIT(wkr_ledger_year_end, WKR_LEDGER_YEAR_END_INIT, wkr_ledger_year_end_init);
  {
    wkr_group_member member = WKR_GROUP_MEMBER_INIT;
    wkr_payroll_member payroll = WKR_PAYROLL_MEMBER_INIT;
    CHECK(member.whole_year == 1 && payroll.whole_year == 1);
  }
}

/* ---- the calculations ------------------------------------------------------------------------ */

static void test_free_space(void) {
  wkr_free_space_input input = WKR_FREE_SPACE_INPUT_INIT;
  wkr_free_space_result result = WKR_FREE_SPACE_RESULT_INIT;
  input.year = 2026;
  input.wage_bill_cents = 160000000; /* €1,600,000 */
  CHECK_STATUS(WKR_OK, wkr_free_space(embedded(), &input, &result));
  CHECK(result.free_space_cents == 2216000); /* €22,160.00 (W8, randstad.nl) */
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
  input.wage_bill_cents = INT64_MAX; /* €92 quadrillion: beyond the largest amount (docs/limits.md) */
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_free_space(embedded(), &input, &result));
  CHECK(contains(wkr_last_error_message(), "the wage bill is 92233720368547758.07, more than 1000000000000 euros"));
  input.wage_bill_cents = INT64_C(100000000000000); /* €10^12, the largest: exact, and the result fits */
  CHECK_STATUS(WKR_OK, wkr_free_space(embedded(), &input, &result));
  CHECK(result.wage_bill_cents == INT64_C(100000000000000) && result.free_space_cents == INT64_C(1180000328000));

  /* NULL arguments */
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_free_space(NULL, &input, &result));
  CHECK(contains(wkr_last_error_message(), "context is NULL"));
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_free_space(embedded(), NULL, &result));
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_free_space(embedded(), &input, NULL));
}

/* docs/limits.md: the same out-of-range inputs as the command, Python and C# tests, the same code and
   message (tests/cli/test_cli.py, tests/python/test_binding.py, tests/csharp/WkrTests.cs: Limits). */
static void test_limits(void) {
  wkr_settle_input input = WKR_SETTLE_INPUT_INIT;
  wkr_settlement result = WKR_SETTLEMENT_INIT;
  input.year = 2026;
  input.wage_bill_cents = INT64_C(100000000000001); /* €1 000 000 000 000.01 */
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_settle(embedded(), &input, &result));
  CHECK(strcmp(wkr_last_error_message(),
               "the wage bill is 1000000000000.01, more than 1000000000000 euros, the most "
               "wkr accepts (docs/limits.md)") == 0);
  input.wage_bill_cents = INT64_C(100000000000000);
  input.year = 2100;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_settle(embedded(), &input, &result));
  CHECK(strcmp(wkr_last_error_message(),
               "the year 2100 is outside 2000–2099, the years wkr accepts (docs/limits.md)") == 0);
  /* more digits than int64 cents hold: through the JSON entry point, the library's limit answers */
  const char* request =
      "{\"command\": \"settle\", \"year\": 2026, \"wage_bill\": \"123456789012345678901234567890\","
      " \"designated\": \"0\"}";
  char* response = NULL;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_evaluate_json(embedded(), request, strlen(request), &response, NULL));
  CHECK(strcmp(wkr_last_error_message(),
               "the wage bill is 123456789012345678901234567890, more than 1000000000000 "
               "euros, the most wkr accepts (docs/limits.md)") == 0);
  CHECK(response == NULL);
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
  CHECK(result.free_space_cents == 6108000 && result.wage_bill_cents == 500000000); /* W4, 5dok Special Lonen 2022 */
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
  /* the older calls take the group's total: a member's own amount is refused, not ignored */
  members[2].designated_given = 1;
  members[2].designated_cents = 100;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_group_settle(embedded(), &settle_input, members, 5, sizeof members[0],
                                                        &settlement));
  CHECK(contains(wkr_last_error_message(), "members[2].designated_given is 1") &&
        contains(wkr_last_error_message(), "wkr_group_scheme_settle()"));
  members[2].designated_given = 0;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_group_settle(embedded(), &settle_input, members, 5, sizeof members[0],
                                                        &settlement));
  CHECK(contains(wkr_last_error_message(), "members[2].designated_cents is 100 but members[2].designated_given is 0"));
  members[2].designated_cents = 0;
  /* a caller of the first version passes 16-byte members */
  {
    unsigned char first[3][16];
    for (i = 0; i < 3; ++i) {
      memcpy(first[i], &members[i], 16);
      ((wkr_group_member*)(void*)first[i])->struct_size = 16;
    }
    input.year = 2022;
    CHECK_STATUS(WKR_OK, wkr_group_free_space(embedded(), &input, (const wkr_group_member*)(void*)first, 3, 16, &result));
    CHECK(result.wage_bill_cents == 300000000 && result.free_space_cents == 3748000); /* 0.017 × 400000 + 0.0118 × 2600000 */
  }
}

/* ---- the group scheme as the law has it ------------------------------------------------------ */

static wkr_group_member scheme_member(int64_t wage_bill_cents, uint32_t whole_year, int64_t designated_cents) {
  wkr_group_member member = WKR_GROUP_MEMBER_INIT;
  member.wage_bill_cents = wage_bill_cents;
  member.whole_year = whole_year;
  member.designated_given = 1;
  member.designated_cents = designated_cents;
  return member;
}

static void init_member_results(wkr_group_member_result* results, int count) {
  int i;
  for (i = 0; i < count; ++i) {
    const wkr_group_member_result r = WKR_GROUP_MEMBER_RESULT_INIT;
    results[i] = r;
  }
}

static void test_group_scheme(void) {
  /* GS-part-year-member (docs/group-scheme.md): 2025, Holding BV €1,000,000 / €20,000 designated and
     Werk BV €600,000 / €10,000 all year; Nieuw BV €200,000 / €5,000 joined during the year. The group:
     2% × 400,000 + 1.18% × 1,200,000 = 22,160; 7,840 excess; levy 6,272 = 4,181.33 + 2,090.67 by
     designated amounts (the cent to the larger remainder). Nieuw BV alone: 2% × 200,000 = 4,000;
     1,000 excess; levy 800. */
  wkr_group_scheme_input input = WKR_GROUP_SCHEME_INPUT_INIT;
  wkr_group_scheme_settlement result = WKR_GROUP_SCHEME_SETTLEMENT_INIT;
  wkr_group_member_result parts[3];
  wkr_group_member members[3];
  char text[WKR_DECIMAL_STRING_MAX];
  members[0] = scheme_member(100000000, 1, 2000000);
  members[1] = scheme_member(60000000, 1, 1000000);
  members[2] = scheme_member(20000000, 0, 500000);
  init_member_results(parts, 3);
  input.year = 2025;
  CHECK_STATUS(WKR_OK, wkr_group_scheme_settle(embedded(), &input, members, 3, sizeof members[0], &result, parts,
                                               sizeof parts[0]));
  CHECK(result.year == 2025 && result.wage_bill_cents == 160000000 && result.free_space_cents == 2216000);
  CHECK(result.designated_cents == 3000000 && result.excess_cents == 784000 && result.final_levy_cents == 627200);
  CHECK(result.final_levy_return_cents == 627200 && result.due_year == 2026 && result.due_period == 2);
  CHECK(result.filing_member == 1 && result.filing_member_named == 0 && result.needs_permission == 0);
  CHECK(result.allocation_key == WKR_ALLOCATION_DESIGNATED);
  CHECK(result.group_member_count == 2 && result.part_year_member_count == 1);
  CHECK(parts[0].in_group == 1 && parts[0].levy_share_cents == 418133 && parts[0].wage_bill_cents == 100000000);
  CHECK(parts[1].in_group == 1 && parts[1].levy_share_cents == 209067 && parts[1].designated_cents == 1000000);
  CHECK(wkr_decimal_format(&parts[1].allocation_weight, text, sizeof text, NULL) == WKR_OK &&
        strcmp(text, "10000.00") == 0);
  CHECK(parts[0].levy_share_cents + parts[1].levy_share_cents == result.final_levy_cents);
  CHECK(parts[0].final_levy_cents == 0 && parts[0].due_year == 0);
  CHECK(parts[2].in_group == 0 && parts[2].levy_share_cents == 0 && parts[2].free_space_cents == 400000);
  CHECK(parts[2].designated_cents == 500000 && parts[2].excess_cents == 100000 && parts[2].final_levy_cents == 80000);
  CHECK(parts[2].final_levy_return_cents == 80000 && parts[2].due_year == 2026 && parts[2].due_period == 2);

  /* another member files: only with the inspector's permission (art. 64 AWR) */
  input.filing_member = 2;
  CHECK_STATUS(WKR_OK, wkr_group_scheme_settle(embedded(), &input, members, 3, sizeof members[0], &result, NULL, 0));
  CHECK(result.filing_member == 2 && result.filing_member_named == 1 && result.needs_permission == 1);
  input.filing_member = 3;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_group_scheme_settle(embedded(), &input, members, 3, sizeof members[0],
                                                               &result, parts, sizeof parts[0]));
  CHECK(contains(wkr_last_error_message(), "the filing member member 3 was not in the group for the whole year"));
  CHECK(result.final_levy_cents == 0 && parts[0].levy_share_cents == 0 && parts[2].free_space_cents == 0);
  CHECK(result.struct_size == sizeof result && parts[2].struct_size == sizeof parts[2]);
  input.filing_member = 4;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_group_scheme_settle(embedded(), &input, members, 3, sizeof members[0],
                                                               &result, NULL, 0));
  CHECK(contains(wkr_last_error_message(), "input.filing_member is 4, but there are 3 members"));
  input.filing_member = 0;

  /* GS-own-key-tie: 2026, one designated total of €125 for three members without a wage bill: levy
     0.80 × 125 = 100.00 by equal weights — 33.34 + 33.33 + 33.33, the cent to the first listed */
  {
    int i;
    for (i = 0; i < 3; ++i) {
      wkr_group_member member = WKR_GROUP_MEMBER_INIT;
      member.allocation_weight_given = 1;
      (void)wkr_decimal_parse("1", 1, &member.allocation_weight);
      members[i] = member;
    }
  }
  input.year = 2026;
  input.designated_given = 1;
  input.designated_cents = 12500;
  input.allocation_key = WKR_ALLOCATION_DESIGNATED;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_group_scheme_settle(embedded(), &input, members, 3, sizeof members[0],
                                                               &result, parts, sizeof parts[0]));
  CHECK(contains(wkr_last_error_message(), "choose the allocation key wage-bill or own"));
  input.allocation_key = WKR_ALLOCATION_OWN;
  CHECK_STATUS(WKR_OK, wkr_group_scheme_settle(embedded(), &input, members, 3, sizeof members[0], &result, parts,
                                               sizeof parts[0]));
  CHECK(result.final_levy_cents == 10000 && result.allocation_key == WKR_ALLOCATION_OWN);
  CHECK(parts[0].levy_share_cents == 3334 && parts[1].levy_share_cents == 3333 && parts[2].levy_share_cents == 3333);
  input.allocation_key = 3;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_group_scheme_settle(embedded(), &input, members, 3, sizeof members[0],
                                                               &result, parts, sizeof parts[0]));
  CHECK(contains(wkr_last_error_message(), "input.allocation_key is 3"));
  input.allocation_key = WKR_ALLOCATION_OWN;
  members[1].designated_given = 1; /* a total and a member's own amount */
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_group_scheme_settle(embedded(), &input, members, 3, sizeof members[0],
                                                               &result, parts, sizeof parts[0]));
  CHECK(contains(wkr_last_error_message(), "both a designated total and a designated amount of member 2"));
  members[1].designated_given = 0;
  members[0].whole_year = 0; /* no designated amount of its own for a part-year member */
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_group_scheme_settle(embedded(), &input, members, 3, sizeof members[0],
                                                               &result, parts, sizeof parts[0]));
  CHECK(contains(wkr_last_error_message(), "member 1 was not in the group for the whole year"));
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_group_scheme_settle(embedded(), &input, members, 0, sizeof members[0],
                                                               &result, parts, sizeof parts[0]));
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_group_scheme_settle(embedded(), &input, members, 3, sizeof members[0],
                                                               NULL, parts, sizeof parts[0]));
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_group_scheme_settle(embedded(), &input, members, 3, sizeof members[0],
                                                               &result, parts, 8));
}

/* ---- the wage bill ------------------------------------------------------------------------------ */

static wkr_employee_wage payroll_row(int64_t cents, uint32_t former) {
  wkr_employee_wage row = WKR_EMPLOYEE_WAGE_INIT;
  row.fiscal_wage_cents = cents;
  row.former = former;
  return row;
}

static void test_wage_bill(void) {
  /* WB-ten-percent-in: 100,000 former of 1,000,000 is exactly 10%, so it counts; one cent more and
     all of it is left out (the 10%-criterium, "meer dan 10%") */
  wkr_wage_bill_input input = WKR_WAGE_BILL_INPUT_INIT;
  wkr_wage_bill_result result = WKR_WAGE_BILL_RESULT_INIT;
  wkr_group_wage_bill_result total = WKR_GROUP_WAGE_BILL_RESULT_INIT;
  wkr_wage_bill_result per_member[2];
  wkr_payroll_member members[2];
  wkr_employee_wage rows[3];
  rows[0] = payroll_row(50000000, 0);
  rows[1] = payroll_row(40000000, 0);
  rows[2] = payroll_row(10000000, 1);
  input.year = 2025;
  CHECK_STATUS(WKR_OK, wkr_wage_bill(embedded(), &input, rows, 3, sizeof rows[0], &result));
  CHECK(result.current_cents == 90000000 && result.former_cents == 10000000 && result.former_included == 1);
  CHECK(result.wage_bill_cents == 100000000 && result.whole_year == 1 && result.year == 2025);
  rows[2].fiscal_wage_cents = 10000001;
  CHECK_STATUS(WKR_OK, wkr_wage_bill(embedded(), &input, rows, 3, sizeof rows[0], &result));
  CHECK(result.former_included == 0 && result.wage_bill_cents == 90000000);
  rows[2].former = 2;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_wage_bill(embedded(), &input, rows, 3, sizeof rows[0], &result));
  CHECK(contains(wkr_last_error_message(), "employees[2].former is 2") && result.wage_bill_cents == 0);
  rows[2].former = 1;
  input.former_wage_test = WKR_FORMER_WAGE_TEST_MEMBER;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_wage_bill(embedded(), &input, rows, 3, sizeof rows[0], &result));
  CHECK(contains(wkr_last_error_message(), "is for a group"));

  /* WB-group-method and WB-member-method: A pays 900,000 current and 150,000 former wage, B 1,000,000
     current. On the group's totals 150,000 of 2,050,000 counts; per member A's 150,000 is more than
     10% of its own 1,050,000 and is left out. */
  rows[0] = payroll_row(90000000, 0);
  rows[1] = payroll_row(15000000, 1);
  rows[2] = payroll_row(100000000, 0);
  members[0] = (wkr_payroll_member)WKR_PAYROLL_MEMBER_INIT;
  members[0].employee_first = 0;
  members[0].employee_count = 2;
  members[1] = (wkr_payroll_member)WKR_PAYROLL_MEMBER_INIT;
  members[1].employee_first = 2;
  members[1].employee_count = 1;
  per_member[0] = (wkr_wage_bill_result)WKR_WAGE_BILL_RESULT_INIT;
  per_member[1] = (wkr_wage_bill_result)WKR_WAGE_BILL_RESULT_INIT;
  input.year = 2026;
  input.former_wage_test = WKR_FORMER_WAGE_TEST_GROUP;
  CHECK_STATUS(WKR_OK, wkr_group_wage_bill(embedded(), &input, rows, 3, sizeof rows[0], members, 2, sizeof members[0],
                                           per_member, sizeof per_member[0], &total));
  CHECK(total.wage_bill_cents == 205000000 && total.former_wage_test == WKR_FORMER_WAGE_TEST_GROUP);
  CHECK(total.group_member_count == 2 && per_member[0].former_included == 1);
  CHECK(per_member[0].wage_bill_cents == 105000000 && per_member[1].wage_bill_cents == 100000000);
  input.former_wage_test = WKR_FORMER_WAGE_TEST_MEMBER;
  CHECK_STATUS(WKR_OK, wkr_group_wage_bill(embedded(), &input, rows, 3, sizeof rows[0], members, 2, sizeof members[0],
                                           per_member, sizeof per_member[0], &total));
  CHECK(total.wage_bill_cents == 190000000 && per_member[0].former_included == 0);
  CHECK(per_member[0].current_cents == 90000000 && per_member[0].former_cents == 15000000);
  CHECK(per_member[0].wage_bill_cents == 90000000 && per_member[1].former_included == 1);
  /* B was in the group part of the year: it is not in the group scheme's wage bill */
  members[1].whole_year = 0;
  input.former_wage_test = WKR_FORMER_WAGE_TEST_GROUP;
  CHECK_STATUS(WKR_OK, wkr_group_wage_bill(embedded(), &input, rows, 3, sizeof rows[0], members, 2, sizeof members[0],
                                           per_member, sizeof per_member[0], &total));
  CHECK(total.group_member_count == 1 && per_member[1].whole_year == 0 && per_member[1].wage_bill_cents == 100000000);
  CHECK(total.wage_bill_cents == 90000000); /* A alone: 150,000 of 1,050,000 is more than 10% */
  members[1].whole_year = 1;
  members[1].employee_count = 2;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_group_wage_bill(embedded(), &input, rows, 3, sizeof rows[0], members, 2,
                                                           sizeof members[0], per_member, sizeof per_member[0], &total));
  CHECK(contains(wkr_last_error_message(), "members[1] picks employees 2 to 4 (exclusive) of an employees array of 3"));
  CHECK(total.wage_bill_cents == 0 && per_member[0].wage_bill_cents == 0);
  members[1].employee_count = 1;
  input.former_wage_test = 2;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_group_wage_bill(embedded(), &input, rows, 3, sizeof rows[0], members, 2,
                                                           sizeof members[0], per_member, sizeof per_member[0], &total));
  input.former_wage_test = 0;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_group_wage_bill(embedded(), &input, rows, 3, sizeof rows[0], members, 0,
                                                           sizeof members[0], per_member, sizeof per_member[0], &total));
  CHECK(contains(wkr_last_error_message(), "a group needs at least one member"));
}

/* ---- the ledger and the distribution ------------------------------------------------------------ */

/* W6 over a year (tests/golden/ledger.yaml): 2025, €40,000 a month and €60,000 in December, the whole
   €14,180 designated in December. */
static void w6_periods(wkr_ledger_period* periods) {
  int p;
  for (p = 1; p <= 12; ++p) {
    wkr_ledger_period period = WKR_LEDGER_PERIOD_INIT;
    period.period = p;
    period.wage_bill_cents = p == 12 ? 6000000 : 4000000;
    period.designated_cents = p == 12 ? 1418000 : 0;
    periods[12 - p] = period; /* in reverse: the periods may come in any order */
  }
}

static void init_rows(wkr_ledger_row* rows, int count) {
  int i;
  for (i = 0; i < count; ++i) {
    const wkr_ledger_row row = WKR_LEDGER_ROW_INIT;
    rows[i] = row;
  }
}

static void test_ledger(void) {
  wkr_ledger_input input = WKR_LEDGER_INPUT_INIT;
  wkr_ledger_year_end end = WKR_LEDGER_YEAR_END_INIT;
  wkr_ledger_period periods[13];
  wkr_ledger_row rows[13];
  int p;
  w6_periods(periods);
  init_rows(rows, 13);
  input.year = 2025;
  /* after the year: January's free space (8,000 + 944) / 12 = 745.33 (the threshold prorated),
     November's 8,198.66; December is the year's 9,180; the levy 4,000 is all the correction */
  CHECK_STATUS(WKR_OK, wkr_ledger(embedded(), &input, periods, 12, sizeof periods[0], rows, sizeof rows[0], &end));
  for (p = 0; p < 12; ++p) CHECK(rows[p].period == p + 1 && rows[p].levy_declared_cents == 0);
  CHECK(rows[0].free_space_cumulative_cents == 74533 && rows[0].free_space_left_cents == 74533);
  CHECK(rows[10].free_space_cumulative_cents == 819866 && rows[10].wage_bill_cumulative_cents == 44000000);
  CHECK(rows[11].free_space_cumulative_cents == 918000 && rows[11].excess_cumulative_cents == 500000);
  CHECK(rows[11].designated_cumulative_cents == 1418000 && rows[11].final_levy_so_far_cents == 400000);
  CHECK(rows[11].estimate_given == 0 && rows[11].free_space_estimate_cents == 0);
  CHECK(end.year == 2025 && end.wage_bill_cents == 50000000 && end.free_space_cents == 918000);
  CHECK(end.final_levy_cents == 400000 && end.final_levy_return_cents == 400000 && end.levy_paid_cents == 0);
  CHECK(end.correction_cents == 400000 && end.due_year == 2026 && end.due_period == 2);
  /* as you go: the levy is declared in December; nothing is left for the year-end */
  input.strategy = WKR_LEVY_AS_YOU_GO;
  CHECK_STATUS(WKR_OK, wkr_ledger(embedded(), &input, periods, 12, sizeof periods[0], rows, sizeof rows[0], &end));
  CHECK(rows[11].levy_declared_cents == 400000 && end.levy_paid_cents == 400000 && end.correction_cents == 0);
  /* €500 declared in June as well (ledger-W6-refund): €500 comes back */
  periods[6].levy_paid_given = 1; /* periods[6] is June */
  periods[6].levy_paid_cents = 50000;
  CHECK_STATUS(WKR_OK, wkr_ledger(embedded(), &input, periods, 12, sizeof periods[0], rows, sizeof rows[0], &end));
  CHECK(rows[5].levy_declared_cents == 50000 && rows[11].levy_declared_cents == 350000);
  CHECK(end.levy_paid_cents == 400000 && end.correction_cents == 0);
  input.strategy = WKR_LEVY_AFTER_YEAR;
  CHECK_STATUS(WKR_OK, wkr_ledger(embedded(), &input, periods, 12, sizeof periods[0], rows, sizeof rows[0], &end));
  CHECK(end.levy_paid_cents == 50000 && end.correction_cents == 350000);
  periods[6].levy_paid_cents = 1250; /* €12.50: the return takes whole euros */
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_ledger(embedded(), &input, periods, 12, sizeof periods[0], rows,
                                                  sizeof rows[0], &end));
  CHECK(contains(wkr_last_error_message(), "whole euros") && end.correction_cents == 0);
  CHECK(rows[0].free_space_cumulative_cents == 0 && rows[0].struct_size == sizeof rows[0]);
  periods[6].levy_paid_given = 0;
  periods[6].levy_paid_cents = 0;

  /* ledger-estimate-basis: 2026, €100,000 a month against the free space on an estimate of
     €1,200,000 (0.02 × 400,000 + 0.0118 × 800,000 = 17,440); €2,000 a month designated to August and
     €3,000 in September: 1,560 above it, 0.80 × 1,560 = €1,248 declared in September */
  for (p = 1; p <= 12; ++p) {
    wkr_ledger_period period = WKR_LEDGER_PERIOD_INIT;
    period.period = p;
    period.wage_bill_cents = 10000000;
    period.designated_cents = p <= 8 ? 200000 : p == 9 ? 300000 : 0;
    periods[p - 1] = period;
  }
  input.year = 2026;
  input.strategy = WKR_LEVY_AS_YOU_GO;
  input.basis = WKR_BASIS_ESTIMATE;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_ledger(embedded(), &input, periods, 12, sizeof periods[0], rows,
                                                  sizeof rows[0], &end));
  CHECK(contains(wkr_last_error_message(), "give the estimate from period 1 on"));
  periods[0].estimate_given = 1;
  periods[0].estimate_cents = 120000000;
  CHECK_STATUS(WKR_OK, wkr_ledger(embedded(), &input, periods, 12, sizeof periods[0], rows, sizeof rows[0], &end));
  CHECK(rows[0].estimate_given == 1 && rows[0].estimate_cents == 120000000);
  CHECK(rows[0].free_space_estimate_cents == 1744000 && rows[0].free_space_left_cents == 1544000);
  CHECK(rows[11].estimate_given == 1 && rows[11].free_space_estimate_cents == 1744000); /* still in force */
  CHECK(rows[7].levy_declared_cents == 0 && rows[8].excess_cumulative_cents == 156000);
  CHECK(rows[8].levy_declared_cents == 124800 && end.final_levy_cents == 124800 && end.correction_cents == 0);

  /* the whole threshold from January: 0.02 × 100,000 = 2,000 (on the actual basis) */
  input.basis = WKR_BASIS_ACTUAL;
  input.threshold_to_date = WKR_THRESHOLD_WHOLE;
  CHECK_STATUS(WKR_OK, wkr_ledger(embedded(), &input, periods, 12, sizeof periods[0], rows, sizeof rows[0], &end));
  CHECK(rows[0].free_space_cumulative_cents == 200000);
  input.threshold_to_date = WKR_THRESHOLD_PRORATED;

  /* thirteen four-weekly periods: twelve are not a year */
  input.four_weekly = 1;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_ledger(embedded(), &input, periods, 12, sizeof periods[0], rows,
                                                  sizeof rows[0], &end));
  CHECK(contains(wkr_last_error_message(), "period 13 of 2026 is missing"));
  input.four_weekly = 2;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_ledger(embedded(), &input, periods, 12, sizeof periods[0], rows,
                                                  sizeof rows[0], &end));
  input.four_weekly = 0;
  periods[3].period = 3; /* period 3 twice, no period 4 */
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_ledger(embedded(), &input, periods, 12, sizeof periods[0], rows,
                                                  sizeof rows[0], &end));
  CHECK(contains(wkr_last_error_message(), "period 3 is given more than once"));
  periods[3].period = 4;
  input.strategy = 2;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_ledger(embedded(), &input, periods, 12, sizeof periods[0], rows,
                                                  sizeof rows[0], &end));
  CHECK(contains(wkr_last_error_message(), "input.strategy is 2"));
  input.strategy = 0;
  input.year = 2014;
  CHECK_STATUS(WKR_E_NOT_COVERED, wkr_ledger(embedded(), &input, periods, 12, sizeof periods[0], rows, sizeof rows[0],
                                             &end));
  input.year = 2026;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_ledger(embedded(), &input, periods, 12, sizeof periods[0], NULL, 0, &end));
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_ledger(embedded(), &input, periods, 12, 8, rows, sizeof rows[0], &end));
  /* an output row whose struct_size exceeds the stride is refused, and the row after it is not
     written (found by the capi fuzz target: the failure's zero-fill ran past the last row) */
  init_rows(rows, 13);
  rows[0].struct_size = sizeof rows[0] + 8;
  CHECK_STATUS(WKR_E_UNSUPPORTED,
               wkr_ledger(embedded(), &input, periods, 12, sizeof periods[0], rows, sizeof rows[0], &end));
  CHECK(contains(wkr_last_error_message(), "rows[0].struct_size"));
  CHECK(contains(wkr_last_error_message(), "more than the stride"));
  CHECK(rows[1].struct_size == sizeof rows[1] && rows[1].period == 0);
  init_rows(rows, 13);
}

static void test_distribute(void) {
  int64_t parts[13];
  const int32_t weights[3] = {1, 0, 2};
  int i;
  /* €1,000.00 over 12 periods: 83.34 in periods 1–4, 83.33 in 5–12 (docs/ledger.md) */
  CHECK_STATUS(WKR_OK, wkr_distribute(100000, NULL, 12, parts));
  for (i = 0; i < 12; ++i) CHECK(parts[i] == (i < 4 ? 8334 : 8333));
  /* €1.00 by weights 1:0:2 — 0.33 rem 1/3, 0, 0.66 rem 2/3: the cent left to the larger remainder */
  CHECK_STATUS(WKR_OK, wkr_distribute(100, weights, 3, parts));
  CHECK(parts[0] == 33 && parts[1] == 0 && parts[2] == 67);
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_distribute(-1, NULL, 12, parts));
  CHECK(contains(wkr_last_error_message(), "negative") && parts[0] == 0);
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_distribute(100, NULL, 0, parts));
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_distribute(100, NULL, 3, NULL));
  {
    const int32_t none[2] = {0, 0};
    CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_distribute(100, none, 2, parts));
    CHECK(contains(wkr_last_error_message(), "all 0"));
  }
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

/* The last error in Dutch: the library's sentence, the same as the wkr command's with --lang nl for
   the same input (`wkr free-space --year 2014 --wage-bill 4000 --lang nl` writes "wkr: fout: " and
   this sentence; tests/cli/test_cli.py and tests/python compare the two programs directly). */
static void test_last_error_in_dutch(void) {
  static const char* not_covered_nl = "de tabellen hebben geen waarden voor het jaar 2014: zij dekken 2015–2026";
  wkr_free_space_input input = WKR_FREE_SPACE_INPUT_INIT;
  wkr_free_space_result result = WKR_FREE_SPACE_RESULT_INIT;
  char buffer[16];
  char* whole;
  size_t needed = 0;
  input.year = 2014;
  input.wage_bill_cents = 400000;
  CHECK_STATUS(WKR_E_NOT_COVERED, wkr_free_space(embedded(), &input, &result));
  CHECK(strcmp(wkr_last_error_message_in(WKR_LANG_NL), not_covered_nl) == 0);
  CHECK(strcmp(wkr_last_error_message_in(WKR_LANG_EN), wkr_last_error_message()) == 0);
  CHECK(contains(wkr_last_error_message(), "2014") && strcmp(wkr_last_error_message(), not_covered_nl) != 0);
  /* copied, whole or truncated, as wkr_last_error_copy() does */
  CHECK_STATUS(WKR_E_BUFFER_TOO_SMALL, wkr_last_error_copy_in(WKR_LANG_NL, NULL, 0, &needed));
  CHECK(needed == strlen(not_covered_nl) + 1);
  CHECK_STATUS(WKR_E_BUFFER_TOO_SMALL, wkr_last_error_copy_in(WKR_LANG_NL, buffer, sizeof buffer, &needed));
  CHECK(strncmp(buffer, not_covered_nl, sizeof buffer - 1) == 0 && strlen(buffer) == sizeof buffer - 1);
  whole = (char*)malloc(needed);
  CHECK(whole != NULL);
  if (whole != NULL) {
    CHECK_STATUS(WKR_OK, wkr_last_error_copy_in(WKR_LANG_NL, whole, needed, NULL));
    CHECK(strcmp(whole, not_covered_nl) == 0);
    free(whole);
  }
  /* a language the library does not know: nothing, and the last error stays */
  CHECK(wkr_last_error_message_in(2) == NULL && wkr_last_error_message_in(-1) == NULL);
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_last_error_copy_in(7, buffer, sizeof buffer, &needed));
  CHECK(strcmp(wkr_last_error_message_in(WKR_LANG_NL), not_covered_nl) == 0);
  /* numbers the Dutch way: a negative wage bill of one cent */
  input.year = 2026;
  input.wage_bill_cents = -1;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_free_space(embedded(), &input, &result));
  CHECK(strcmp(wkr_last_error_message_in(WKR_LANG_NL),
               "de loonsom is -€ 0,01; dat kan niet negatief zijn (geef 0 of meer)") == 0);
  CHECK(strcmp(wkr_last_error_message(), "the wage bill is -0.01; it cannot be negative (give 0 or more)") == 0);
  /* the C layer's own message has no Dutch yet: both languages read the English */
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_free_space(NULL, &input, &result));
  CHECK(strcmp(wkr_last_error_message_in(WKR_LANG_NL), wkr_last_error_message()) == 0);
  /* a success clears both */
  input.wage_bill_cents = 400000;
  CHECK_STATUS(WKR_OK, wkr_free_space(embedded(), &input, &result));
  CHECK(strcmp(wkr_last_error_message_in(WKR_LANG_NL), "") == 0 &&
        strcmp(wkr_last_error_message_in(WKR_LANG_EN), "") == 0);
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
  CHECK(result.free_space_cents == 864000); /* 2.16% from the run-time update (W9) */

  CHECK_STATUS(WKR_OK, wkr_context_parameters_digest(embedded(), digest, sizeof digest, &needed));
  CHECK(needed == 65 && strlen(digest) == 64 && strspn(digest, "0123456789abcdef") == 64);
  CHECK_STATUS(WKR_OK, wkr_context_parameters_digest(updated, other_digest, sizeof other_digest, NULL));
  CHECK(strcmp(digest, other_digest) != 0);
  CHECK_STATUS(WKR_E_BUFFER_TOO_SMALL, wkr_context_parameters_digest(embedded(), small, sizeof small, &needed));
  CHECK(needed == 65);
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_context_parameters_digest(NULL, digest, sizeof digest, &needed));
  wkr_context_free(updated);

  /* A directory that replaces an embedded value: listed by default, refused when strict (docs/limits.md). */
  {
    wkr_settle_input settle = WKR_SETTLE_INPUT_INIT;
    wkr_settlement settled = WKR_SETTLEMENT_INIT;
    settle.year = 2026;
    settle.wage_bill_cents = 40000000;
    settle.designated_cents = 810000;
    sprintf(directory, "%s/tests/data/redated", source_dir);
    CHECK_STATUS(
        WKR_OK, wkr_context_new_from_directory_flags(directory, strlen(directory), WKR_DATA_ALLOW_OVERRIDES, &updated));
    CHECK_STATUS(WKR_OK, wkr_settle(updated, &settle, &settled));
    CHECK(settled.final_levy_cents == 7500); /* 0.75 × €100 over the free space, not 0.80 */
    wkr_context_free(updated);
    CHECK_STATUS(WKR_E_DATA,
                 wkr_context_new_from_directory_flags(directory, strlen(directory), WKR_DATA_STRICT, &context));
    CHECK(context == NULL);
    CHECK(contains(wkr_last_error_message(), "final_levy.yaml:6:7"));
    CHECK(contains(wkr_last_error_message(),
                   "final_levy.rate from 2015-01-01 replaces the value the tables already give"));
    CHECK_STATUS(WKR_E_INVALID_ARGUMENT,
                 wkr_context_new_from_directory_flags(directory, strlen(directory), 2, &context));
    CHECK(contains(wkr_last_error_message(), "flags 2"));
  }

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

/* ---- columns ---------------------------------------------------------------------------------- */

/* A small deterministic generator, so the columns below are "random" but reproducible. */
static uint64_t next_random(uint64_t* state) {
  *state = *state * 6364136223846793005ULL + 1442695040888963407ULL;
  return *state >> 17;
}

/* The columnar calls against the single calls, row by row, on pseudo-random rows with 1, 2 and 3
 * threads, years per row (bad ones among them); and the invalid calls. */
static void test_columns(void) {
  enum { rows = 5000 };
  static int32_t years[rows], due[rows], status[rows];
  static int64_t bill[rows], designated[rows], space[rows], excess[rows], levy[rows], levy_return[rows];
  uint64_t state = 20261201;
  int threads, i, mismatches = 0, failures = 0;
  wkr_columns_options options = WKR_COLUMNS_OPTIONS_INIT;
  for (i = 0; i < rows; ++i) {
    years[i] = 2013 + (int32_t)(next_random(&state) % 15); /* 2013 and 2027 are not covered */
    bill[i] = (int64_t)(next_random(&state) % 5000000000ULL);
    designated[i] = (int64_t)(next_random(&state) % 200000000ULL) - (i % 997 == 0 ? 300000000 : 0);
  }
  for (threads = 1; threads <= 3; ++threads) {
    options.threads = threads;
    CHECK_STATUS(WKR_E_ROWS_FAILED, wkr_settle_columns(embedded(), &options, years, rows, rows, bill, designated, space,
                                                       excess, levy, levy_return, due, status));
    CHECK(contains(wkr_last_error_message(), "rows failed; the first, row "));
    for (i = 0; i < rows; ++i) {
      wkr_settle_input in = WKR_SETTLE_INPUT_INIT;
      wkr_settlement out = WKR_SETTLEMENT_INIT;
      int32_t single;
      in.year = years[i];
      in.wage_bill_cents = bill[i];
      in.designated_cents = designated[i];
      single = wkr_settle(embedded(), &in, &out);
      if (single != status[i]) ++mismatches;
      if (single != WKR_OK) {
        ++failures;
        if (space[i] != 0 || levy[i] != 0 || due[i] != 0) ++mismatches;
        continue;
      }
      if (out.free_space_cents != space[i] || out.excess_cents != excess[i] || out.final_levy_cents != levy[i] ||
          out.final_levy_return_cents != levy_return[i] || out.due_period != due[i] || out.due_year != years[i] + 1) {
        ++mismatches;
      }
    }
  }
  CHECK(mismatches == 0);
  CHECK(failures > 0 && failures < 3 * rows);

  /* the free space, one year for every row; NULL outputs are not written */
  options.threads = 2;
  for (i = 0; i < rows; ++i) designated[i] = (int64_t)(next_random(&state) % 200000000ULL);
  years[0] = 2026;
  CHECK_STATUS(WKR_OK, wkr_free_space_columns(embedded(), &options, years, 1, rows, bill, space, NULL));
  for (i = 0; i < rows; ++i) {
    wkr_free_space_input in = WKR_FREE_SPACE_INPUT_INIT;
    wkr_free_space_result out = WKR_FREE_SPACE_RESULT_INIT;
    in.year = 2026;
    in.wage_bill_cents = bill[i];
    if (wkr_free_space(embedded(), &in, &out) != WKR_OK || out.free_space_cents != space[i]) ++mismatches;
  }
  CHECK(mismatches == 0);
  CHECK_STATUS(WKR_OK, wkr_settle_columns(embedded(), &options, years, 1, rows, bill, designated, NULL, NULL, levy,
                                          NULL, NULL, NULL));

  /* invalid calls compute nothing */
  CHECK_STATUS(WKR_OK,
               wkr_settle_columns(embedded(), &options, years, 1, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL));
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_free_space_columns(embedded(), &options, years, 2, rows, bill, space, NULL));
  CHECK(contains(wkr_last_error_message(), "year_count is 2"));
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_free_space_columns(embedded(), &options, years, 1, rows, bill, NULL, NULL));
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_settle_columns(embedded(), &options, years, 1, rows, bill, NULL, space, NULL,
                                                          NULL, NULL, NULL, NULL));
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_free_space_columns(embedded(), NULL, years, 1, rows, bill, space, NULL));
  options.threads = -2;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_free_space_columns(embedded(), &options, years, 1, rows, bill, space, NULL));
  options.threads = 1;
  options.reserved = 1;
  CHECK_STATUS(WKR_E_UNSUPPORTED, wkr_free_space_columns(embedded(), &options, years, 1, rows, bill, space, NULL));
  options.reserved = 0;
  options.free_space_rounding = 99;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_free_space_columns(embedded(), &options, years, 1, rows, bill, space, NULL));
}

/* ---- the targeted exemptions ------------------------------------------------------------------ */

/* The exact text of a wkr_decimal, compared with `text`. */
static int decimal_is(const wkr_decimal* value, const char* text) {
  char buffer[WKR_DECIMAL_STRING_MAX];
  if (wkr_decimal_format(value, buffer, sizeof buffer, NULL) != WKR_OK) return 0;
  if (strcmp(buffer, text) != 0) {
    printf("  decimal %s, expected %s\n", buffer, text);
    return 0;
  }
  return 1;
}

static wkr_decimal decimal_of(const char* text) {
  wkr_decimal value = {0, 0, 0, 0};
  if (wkr_decimal_parse(text, strlen(text), &value) != WKR_OK) {
    printf("cannot parse %s: %s\n", text, wkr_last_error_message());
    exit(1);
  }
  return value;
}

static void test_home_working(void) {
  wkr_home_working_days_input days = WKR_HOME_WORKING_DAYS_INPUT_INIT;
  wkr_home_working_fixed_input fixed = WKR_HOME_WORKING_FIXED_INPUT_INIT;
  wkr_home_working_result r = WKR_HOME_WORKING_RESULT_INIT;

  /* HW-2022-per-day: 100 days at €2.00, €250 paid → €200 exempt, €50 designated */
  days.year = 2022;
  days.days = 100;
  days.paid_given = 1;
  days.paid_cents = 25000;
  CHECK_STATUS(WKR_OK, wkr_home_working_per_day(embedded(), &days, &r));
  CHECK(r.year == 2022 && decimal_is(&r.days, "100") && decimal_is(&r.daily_amount, "2.00"));
  CHECK(r.cap_cents == 20000 && r.monthly_cap_cents == 0 && r.fixed == 0 && r.exemption_in_force == 1);
  CHECK(r.paid_given == 1 && r.paid_cents == 25000 && r.exempt_cents == 20000 && r.excess_cents == 5000);
  CHECK(r.designated_cents == 5000 && r.wage_cents == 0 && r.excess_treatment == WKR_EXCESS_DESIGNATE);
  CHECK(strcmp(wkr_last_error_message(), "") == 0);

  /* HW-2026-per-day-wage: the excess taxed as wage at the employer's choice */
  days.year = 2026;
  days.paid_cents = 30000;
  days.excess = WKR_EXCESS_WAGE;
  CHECK_STATUS(WKR_OK, wkr_home_working_per_day(embedded(), &days, &r));
  CHECK(decimal_is(&r.daily_amount, "2.45") && r.cap_cents == 24500 && r.exempt_cents == 24500);
  CHECK(r.excess_cents == 5500 && r.designated_cents == 0 && r.wage_cents == 5500);
  CHECK(r.excess_treatment == WKR_EXCESS_WAGE);
  days.excess = WKR_EXCESS_DESIGNATE;
  CHECK_STATUS(WKR_OK, wkr_home_working_per_day(embedded(), &days, &r));
  CHECK(r.designated_cents == 5500 && r.wage_cents == 0 && r.excess_treatment == WKR_EXCESS_DESIGNATE);

  /* HW-2021-no-exemption: before 2022 the cap is 0.00 and everything paid is excess */
  days.year = 2021;
  days.paid_cents = 20000;
  CHECK_STATUS(WKR_OK, wkr_home_working_per_day(embedded(), &days, &r));
  /* the tables' own 0 (the JSON response writes money with two decimals: "0.00") */
  CHECK(r.exemption_in_force == 0 && decimal_is(&r.daily_amount, "0") && r.cap_cents == 0);
  CHECK(r.exempt_cents == 0 && r.excess_cents == 20000 && r.designated_cents == 20000);

  /* no amount paid: the cap only, no split */
  days.year = 2025;
  days.days = 10;
  days.paid_given = 0;
  days.paid_cents = 99999; /* an amount without its flag is a mistake, not silently ignored */
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_home_working_per_day(embedded(), &days, &r));
  CHECK(contains(wkr_last_error_message(), "input.paid_cents is 99999 but input.paid_given is 0"));
  days.paid_cents = 0;
  CHECK_STATUS(WKR_OK, wkr_home_working_per_day(embedded(), &days, &r));
  CHECK(r.cap_cents == 2400 && r.paid_given == 0 && r.paid_cents == 0 && r.exempt_cents == 0);
  CHECK(r.excess_treatment == WKR_EXCESS_DEFAULT);

  /* errors of the rule and of the call */
  days.days = 366; /* 2025 has 365 days */
  r.cap_cents = 12345;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_home_working_per_day(embedded(), &days, &r));
  CHECK(contains(wkr_last_error_message(), "2025 has 365 days"));
  CHECK(r.cap_cents == 0 && r.struct_size == sizeof r && all_zero(&r, 4, sizeof r)); /* no stale result */
  days.days = -1;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_home_working_per_day(embedded(), &days, &r));
  CHECK(contains(wkr_last_error_message(), "negative"));
  days.days = 10;
  days.year = 2014;
  CHECK_STATUS(WKR_E_NOT_COVERED, wkr_home_working_per_day(embedded(), &days, &r));
  CHECK(contains(wkr_last_error_message(), "for the year 2014"));
  days.year = 2027;
  CHECK_STATUS(WKR_E_NOT_COVERED, wkr_home_working_per_day(embedded(), &days, &r));
  days.year = 2025;
  days.paid_given = 1;
  days.paid_cents = -1;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_home_working_per_day(embedded(), &days, &r));
  CHECK(contains(wkr_last_error_message(), "negative"));
  days.paid_cents = 0;
  days.paid_given = 2;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_home_working_per_day(embedded(), &days, &r));
  CHECK(contains(wkr_last_error_message(), "input.paid_given is 2"));
  days.paid_given = 1;
  days.excess = 3;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_home_working_per_day(embedded(), &days, &r));
  CHECK(contains(wkr_last_error_message(), "input.excess is 3"));
  days.excess = 0;
  days.reserved = 1;
  CHECK_STATUS(WKR_E_UNSUPPORTED, wkr_home_working_per_day(embedded(), &days, &r));
  CHECK(contains(wkr_last_error_message(), "reserved"));
  days.reserved = 0;
  days.struct_size = 24;
  CHECK_STATUS(WKR_E_UNSUPPORTED, wkr_home_working_per_day(embedded(), &days, &r));
  days.struct_size = sizeof days;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_home_working_per_day(NULL, &days, &r));
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_home_working_per_day(embedded(), NULL, &r));
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_home_working_per_day(embedded(), &days, NULL));

  /* W14-home: 1 fixed home day in 2025 → 42.8 days, €102.72, €8.56 a month */
  fixed.year = 2025;
  fixed.home_days_per_week = 1;
  CHECK_STATUS(WKR_OK, wkr_home_working_fixed(embedded(), &fixed, &r));
  CHECK(r.fixed == 1 && decimal_is(&r.days, "42.8") && decimal_is(&r.daily_amount, "2.40"));
  CHECK(r.cap_cents == 10272 && r.monthly_cap_cents == 856 && r.paid_given == 0);
  fixed.paid_given = 1;
  fixed.paid_cents = 12000;
  CHECK_STATUS(WKR_OK, wkr_home_working_fixed(embedded(), &fixed, &r));
  CHECK(r.exempt_cents == 10272 && r.excess_cents == 1728 && r.designated_cents == 1728);
  /* HW-fixed-from-june: 214 × 2/5 × 7/12 = 49.933… → 49.93 days exact, 50 rounded up */
  fixed.home_days_per_week = 2;
  fixed.from_month = 6;
  fixed.paid_given = 0;
  fixed.paid_cents = 0;
  CHECK_STATUS(WKR_OK, wkr_home_working_fixed(embedded(), &fixed, &r));
  CHECK(decimal_is(&r.days, "49.93") && r.cap_cents == 11983 && r.monthly_cap_cents == 1711);
  fixed.day_rounding = WKR_DAYS_UP;
  CHECK_STATUS(WKR_OK, wkr_home_working_fixed(embedded(), &fixed, &r));
  CHECK(decimal_is(&r.days, "50") && r.cap_cents == 12000 && r.monthly_cap_cents == 1714);
  /* from April to December given explicitly equals from April with to_month 0 */
  fixed.day_rounding = WKR_DAYS_EXACT;
  fixed.from_month = 4;
  fixed.to_month = 12;
  CHECK_STATUS(WKR_OK, wkr_home_working_fixed(embedded(), &fixed, &r));
  CHECK(decimal_is(&r.days, "64.2") && r.cap_cents == 15408 && r.monthly_cap_cents == 1712);
  fixed.to_month = 3; /* ends before it starts */
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_home_working_fixed(embedded(), &fixed, &r));
  CHECK(contains(wkr_last_error_message(), "months 1 to 12"));
  fixed.to_month = 0;
  fixed.day_rounding = 2;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_home_working_fixed(embedded(), &fixed, &r));
  CHECK(contains(wkr_last_error_message(), "input.day_rounding is 2"));
  fixed.day_rounding = 0;
  fixed.home_days_per_week = 0;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_home_working_fixed(embedded(), &fixed, &r));
  CHECK(contains(wkr_last_error_message(), "1 to 7 days"));
}

static void test_travel(void) {
  wkr_commute_days_input commute = WKR_COMMUTE_DAYS_INPUT_INIT;
  wkr_travel_km_input km = WKR_TRAVEL_KM_INPUT_INIT;
  wkr_travel_result r = WKR_TRAVEL_RESULT_INIT;

  /* W11-travel-per-day: 2022, 129 days × 10 km × 2 × €0.19 = €490.20 */
  commute.year = 2022;
  commute.km_one_way = decimal_of("10");
  commute.days = 129;
  commute.paid_given = 1;
  commute.paid_cents = 49020;
  CHECK_STATUS(WKR_OK, wkr_commute_per_day(embedded(), &commute, &r));
  CHECK(r.year == 2022 && r.purpose == WKR_TRAVEL_COMMUTING && decimal_is(&r.km_one_way, "10"));
  CHECK(decimal_is(&r.days, "129") && decimal_is(&r.km, "2580") && decimal_is(&r.rate, "0.19"));
  CHECK(r.cap_cents == 49020 && r.exempt_cents == 49020 && r.excess_cents == 0 && r.paid_given == 1);
  /* TR-km-with-decimals: the exact cap 17.043 is rounded down to cents */
  commute.year = 2025;
  commute.km_one_way = decimal_of("12.35");
  commute.days = 3;
  commute.paid_cents = 2000;
  CHECK_STATUS(WKR_OK, wkr_commute_per_day(embedded(), &commute, &r));
  CHECK(decimal_is(&r.km, "74.10") && r.cap_cents == 1704 && r.exempt_cents == 1704 && r.excess_cents == 296);
  CHECK(r.designated_cents == 296 && r.excess_treatment == WKR_EXCESS_DESIGNATE);
  commute.km_one_way = decimal_of("-1");
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_commute_per_day(embedded(), &commute, &r));
  CHECK(contains(wkr_last_error_message(), "the distance one way is -1"));
  CHECK(r.cap_cents == 0 && all_zero(&r, 4, sizeof r));
  commute.km_one_way.scale = 31;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_commute_per_day(embedded(), &commute, &r));
  CHECK(contains(wkr_last_error_message(), "input.km_one_way.scale"));
  commute.km_one_way = decimal_of("10");
  commute.km_one_way.reserved = 1;
  CHECK_STATUS(WKR_E_UNSUPPORTED, wkr_commute_per_day(embedded(), &commute, &r));
  commute.km_one_way.reserved = 0;
  commute.days = 400;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_commute_per_day(embedded(), &commute, &r));
  CHECK(contains(wkr_last_error_message(), "has 365 days"));

  /* business trips by the km: 155 km × €0.23 = €35.65, apart from commuting */
  km.year = 2025;
  km.km = decimal_of("155");
  km.purpose = WKR_TRAVEL_BUSINESS_TRIP;
  CHECK_STATUS(WKR_OK, wkr_travel_per_km(embedded(), &km, &r));
  CHECK(r.purpose == WKR_TRAVEL_BUSINESS_TRIP && decimal_is(&r.km, "155") && r.cap_cents == 3565);
  CHECK(decimal_is(&r.km_one_way, "0") && decimal_is(&r.days, "0") && r.paid_given == 0);
  /* commuting km, €1,000 paid for 4,000 km: €920 exempt, €80 wage */
  km.purpose = WKR_TRAVEL_COMMUTING;
  km.km = decimal_of("4000");
  km.paid_given = 1;
  km.paid_cents = 100000;
  km.excess = WKR_EXCESS_WAGE;
  CHECK_STATUS(WKR_OK, wkr_travel_per_km(embedded(), &km, &r));
  CHECK(r.cap_cents == 92000 && r.exempt_cents == 92000 && r.wage_cents == 8000 && r.designated_cents == 0);
  km.purpose = 2;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_travel_per_km(embedded(), &km, &r));
  CHECK(contains(wkr_last_error_message(), "input.purpose is 2"));
  km.purpose = 0;
  km.year = 2014;
  CHECK_STATUS(WKR_E_NOT_COVERED, wkr_travel_per_km(embedded(), &km, &r));
}

static void test_fixed_commute(void) {
  wkr_fixed_commute_input in = WKR_FIXED_COMMUTE_INPUT_INIT;
  wkr_fixed_commute_result r = WKR_FIXED_COMMUTE_RESULT_INIT;
  wkr_absence absences[3];
  {
    const wkr_absence absence = WKR_ABSENCE_INIT;
    absences[0] = absence;
    absences[1] = absence;
    absences[2] = absence;
  }
  absences[0].start = 20240907; /* W16: away 7 Sep, back 11 Dec */
  absences[0].returned = 20241211;
  absences[1].start = 20241015; /* ABS-not-back */
  absences[2].start = 20241015;
  absences[2].returned = 20240901; /* ends before it starts */

  /* W14-travel: 2025, 20 km, 4 office days → 171.2 days, €1,575.04, €131.25 a month */
  in.year = 2025;
  in.km_one_way = decimal_of("20");
  in.office_days_per_week = 4;
  CHECK_STATUS(WKR_OK, wkr_fixed_commute(embedded(), &in, NULL, 0, 0, &r));
  CHECK(r.year == 2025 && decimal_is(&r.km_one_way, "20") && decimal_is(&r.days, "171.2"));
  CHECK(decimal_is(&r.minimum_days, "102.4") && decimal_is(&r.minimum_weeks, "36") && decimal_is(&r.rate, "0.23"));
  CHECK(r.pattern_cap_cents == 157504 && r.cap_cents == 157504 && r.monthly_cap_cents == 13125);
  CHECK(r.days_per_week == 4 && r.months == 12 && r.stopped_months == 0 && r.pattern_based == 1);
  CHECK(r.qualifies == 1 && r.recalculation_required == 0 && r.actual_cap_given == 0 && r.paid_given == 0);

  /* REGIME-2021-home-days-ignored: before 2022 the working week counts → 214 days, €1,626.40 */
  in.year = 2021;
  CHECK_STATUS(WKR_OK, wkr_fixed_commute(embedded(), &in, NULL, 0, 0, &r));
  CHECK(r.pattern_based == 0 && r.days_per_week == 5 && decimal_is(&r.days, "214") && r.cap_cents == 162640);
  /* REGIME-2021-part-time: 3 office of 4 working days → 171.2 */
  in.office_days_per_week = 3;
  in.work_days_per_week = 4;
  CHECK_STATUS(WKR_OK, wkr_fixed_commute(embedded(), &in, NULL, 0, 0, &r));
  CHECK(r.days_per_week == 4 && decimal_is(&r.days, "171.2"));
  in.office_days_per_week = 5; /* more office days than working days */
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_fixed_commute(embedded(), &in, NULL, 0, 0, &r));
  CHECK(contains(wkr_last_error_message(), "cannot be more than the working days"));
  CHECK(r.cap_cents == 0 && all_zero(&r, 4, sizeof r));
  in.work_days_per_week = 0; /* 0 means 5 */

  /* W12-travel-82-a-month: days rounded up, €984 paid against €980.40 → €3.60 designated */
  in.year = 2022;
  in.office_days_per_week = 3;
  in.day_rounding = WKR_DAYS_UP;
  in.paid_given = 1;
  in.paid_cents = 98400;
  CHECK_STATUS(WKR_OK, wkr_fixed_commute(embedded(), &in, NULL, 0, 0, &r));
  CHECK(decimal_is(&r.days, "129") && decimal_is(&r.minimum_days, "77") && r.cap_cents == 98040);
  CHECK(r.monthly_cap_cents == 8170 && r.exempt_cents == 98040 && r.excess_cents == 360);
  CHECK(r.designated_cents == 360 && r.paid_cents == 98400 && r.paid_given == 1);
  in.day_rounding = WKR_DAYS_EXACT;
  in.paid_given = 0;
  in.paid_cents = 0;

  /* TR-128-rule-missed and TR-36-week-rule */
  in.year = 2025;
  in.km_one_way = decimal_of("10");
  in.travel_days_given = 1;
  in.travel_days = decimal_of("76");
  CHECK_STATUS(WKR_OK, wkr_fixed_commute(embedded(), &in, NULL, 0, 0, &r));
  CHECK(r.qualifies == 0 && r.recalculation_required == 1);
  in.travel_weeks_given = 1;
  in.travel_weeks = decimal_of("36");
  CHECK_STATUS(WKR_OK, wkr_fixed_commute(embedded(), &in, NULL, 0, 0, &r));
  CHECK(r.qualifies == 1 && r.recalculation_required == 0);
  in.travel_days_given = 0; /* travel_days still holds 76: set without its flag */
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_fixed_commute(embedded(), &in, NULL, 0, 0, &r));
  CHECK(contains(wkr_last_error_message(), "input.travel_days is set but input.travel_days_given is 0"));
  in.travel_days = decimal_of("0");
  in.travel_weeks_given = 3;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_fixed_commute(embedded(), &in, NULL, 0, 0, &r));
  CHECK(contains(wkr_last_error_message(), "input.travel_weeks_given is 3"));
  in.travel_weeks_given = 0;
  in.travel_weeks = decimal_of("0");

  /* W15-2024: 100 km, 42,800 km fixed, 40,000 actual → €644 excess */
  in.year = 2024;
  in.km_one_way = decimal_of("100");
  in.office_days_per_week = 5;
  in.paid_given = 1;
  in.paid_cents = 984400;
  in.actual_km_given = 1;
  in.actual_km = decimal_of("40000");
  CHECK_STATUS(WKR_OK, wkr_fixed_commute(embedded(), &in, NULL, 0, 0, &r));
  CHECK(r.cap_cents == 984400 && r.recalculation_required == 1 && r.actual_cap_given == 1);
  CHECK(r.actual_cap_cents == 920000 && r.exempt_cents == 920000 && r.excess_cents == 64400);
  /* TR-actual-km-without-recalculation: at 75 km the fixed allowance stands */
  in.km_one_way = decimal_of("75");
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_fixed_commute(embedded(), &in, NULL, 0, 0, &r));
  CHECK(contains(wkr_last_error_message(), "here the fixed allowance stands"));
  in.actual_km_given = 0;
  in.actual_km = decimal_of("0");
  in.paid_given = 0;
  in.paid_cents = 0;

  /* W16: long absence 7 Sep – 11 Dec 2024 → Nov and Dec taxable; the caller's array, picked by index */
  in.km_one_way = decimal_of("20");
  in.absence_first = 0;
  in.absence_count = 1;
  CHECK_STATUS(WKR_OK, wkr_fixed_commute(embedded(), &in, absences, 3, sizeof absences[0], &r));
  CHECK(r.stopped_months == ((1u << 10) | (1u << 11)) && r.pattern_cap_cents == 196880 && r.cap_cents == 164066);
  /* ABS-not-back: from 15 Oct → Dec taxable */
  in.absence_first = 1;
  CHECK_STATUS(WKR_OK, wkr_fixed_commute(embedded(), &in, absences, 3, sizeof absences[0], &r));
  CHECK(r.stopped_months == (1u << 11) && r.cap_cents == 180473);
  /* W16-next-year: the 2024 absence changes nothing in 2025 */
  in.year = 2025;
  in.absence_first = 0;
  CHECK_STATUS(WKR_OK, wkr_fixed_commute(embedded(), &in, absences, 3, sizeof absences[0], &r));
  CHECK(r.stopped_months == 0 && r.cap_cents == 196880);
  in.year = 2024;
  in.absence_first = 2; /* ABS-return-before-start */
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_fixed_commute(embedded(), &in, absences, 3, sizeof absences[0], &r));
  CHECK(contains(wkr_last_error_message(), "cannot end before it"));
  in.absence_first = 2;
  in.absence_count = 2; /* past the end of the array */
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_fixed_commute(embedded(), &in, absences, 3, sizeof absences[0], &r));
  CHECK(contains(wkr_last_error_message(), "of an absences array of 3"));
  in.absence_first = 0xFFFFFFFFu; /* no overflow in the range check */
  in.absence_count = 2;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_fixed_commute(embedded(), &in, absences, 3, sizeof absences[0], &r));
  in.absence_first = 0;
  in.absence_count = 1;
  absences[0].start = 20250230;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_fixed_commute(embedded(), &in, absences, 3, sizeof absences[0], &r));
  CHECK(contains(wkr_last_error_message(), "absences[0].start is 20250230, not a date"));
  absences[0].start = 20240907;
  absences[0].reserved = 1;
  CHECK_STATUS(WKR_E_UNSUPPORTED, wkr_fixed_commute(embedded(), &in, absences, 3, sizeof absences[0], &r));
  absences[0].reserved = 0;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_fixed_commute(embedded(), &in, NULL, 3, sizeof absences[0], &r));
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_fixed_commute(embedded(), &in, absences, 3, 8, &r));
  CHECK(contains(wkr_last_error_message(), "absence_stride"));
  in.absence_count = 0;
  { /* a flag is 0 or 1, a reserved field 0 — also corona_approval and reserved2, appended later */
    uint32_t* const flags[] = {&in.absence_new_cause_each_year, &in.corona_approval};
    uint32_t* const reserved[] = {&in.reserved, &in.reserved2};
    unsigned k;
    for (k = 0; k < 2; ++k) {
      *flags[k] = 2;
      CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_fixed_commute(embedded(), &in, NULL, 0, 0, &r));
      *flags[k] = 0;
      *reserved[k] = 1;
      CHECK_STATUS(WKR_E_UNSUPPORTED, wkr_fixed_commute(embedded(), &in, NULL, 0, 0, &r));
      *reserved[k] = 0;
    }
  }

  /* corona_approval, appended after the first version: 2021, working at home → the 214 days stay */
  in.year = 2021;
  in.office_days_per_week = 0;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_fixed_commute(embedded(), &in, NULL, 0, 0, &r));
  CHECK(contains(wkr_last_error_message(), "the office days a week are 0"));
  in.corona_approval = 1;
  CHECK_STATUS(WKR_OK, wkr_fixed_commute(embedded(), &in, NULL, 0, 0, &r));
  CHECK(r.days_per_week == 5 && r.recalculation_required == 0 && r.pattern_based == 0);
  in.year = 2022; /* the approval ended on 1 January 2022 */
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_fixed_commute(embedded(), &in, NULL, 0, 0, &r));
  CHECK(contains(wkr_last_error_message(), "does not apply in 2022"));
  in.year = 2021;
  /* a caller of the first version (168 bytes) has no corona_approval: it reads as 0 */
  in.office_days_per_week = 5;
  in.struct_size = 168;
  CHECK_STATUS(WKR_OK, wkr_fixed_commute(embedded(), &in, NULL, 0, 0, &r));
  CHECK(r.days_per_week == 5);
  in.office_days_per_week = 0;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_fixed_commute(embedded(), &in, NULL, 0, 0, &r));
  in.struct_size = (uint32_t)sizeof in;
  in.corona_approval = 0;
}

/* ABS-across-new-year(-new-cause), through the batch: one absence array shared by the rows */
typedef struct {
  int64_t employee_number; /* the caller's own fields around the library's structs */
  wkr_fixed_commute_input in;
  char note[12];
  wkr_fixed_commute_result out;
} commute_record;

static void test_fixed_commute_batch(void) {
  commute_record records[5];
  int32_t status[5];
  wkr_absence absences[2];
  int i;
  for (i = 0; i < 2; ++i) {
    const wkr_absence absence = WKR_ABSENCE_INIT;
    absences[i] = absence;
  }
  absences[0].start = 20241110;
  absences[0].returned = 20250305;
  absences[1].start = 20250230; /* not a date: fails only the row that uses it */
  for (i = 0; i < 5; ++i) {
    const wkr_fixed_commute_input in = WKR_FIXED_COMMUTE_INPUT_INIT;
    const wkr_fixed_commute_result out = WKR_FIXED_COMMUTE_RESULT_INIT;
    memset(&records[i], 0x66, sizeof records[i]);
    records[i].employee_number = 500 + i;
    records[i].in = in;
    records[i].in.year = 2025;
    records[i].in.km_one_way = decimal_of("20");
    records[i].in.office_days_per_week = 5;
    records[i].out = out;
    status[i] = 99;
  }
  records[1].in.absence_count = 1; /* ABS-across-new-year: Jan–Mar taxable */
  records[2].in.absence_count = 1;
  records[2].in.absence_new_cause_each_year = 1; /* the Kennisgroep reading: only Mar */
  records[3].in.absence_first = 1;
  records[3].in.absence_count = 1;
  records[4].in.year = 2014;
  CHECK_STATUS(WKR_E_ROWS_FAILED,
               wkr_fixed_commute_batch(embedded(), &records[0].in, 5, sizeof records[0], absences, 2, sizeof absences[0],
                                       &records[0].out, sizeof records[0], status));
  CHECK(status[0] == WKR_OK && status[1] == WKR_OK && status[2] == WKR_OK);
  CHECK(status[3] == WKR_E_INVALID_ARGUMENT && status[4] == WKR_E_NOT_COVERED);
  CHECK(records[0].out.cap_cents == 196880 && records[0].out.stopped_months == 0);
  CHECK(records[1].out.stopped_months == 7u && records[1].out.cap_cents == 147660);
  CHECK(records[2].out.stopped_months == 4u && records[2].out.cap_cents == 180473);
  CHECK(records[3].out.cap_cents == 0 && all_zero(&records[3].out, 4, sizeof records[3].out));
  CHECK(records[4].out.struct_size == sizeof(wkr_fixed_commute_result) && records[4].out.year == 0);
  CHECK(records[2].employee_number == 502 && records[2].note[0] == 0x66); /* the caller's fields untouched */
  CHECK(contains(wkr_last_error_message(), "2 of 5 rows failed"));
  CHECK(contains(wkr_last_error_message(), "row 3: ") && contains(wkr_last_error_message(), "absences[1].start"));

  absences[1].start = 20250101;
  records[4].in.year = 2025;
  CHECK_STATUS(WKR_OK, wkr_fixed_commute_batch(embedded(), &records[0].in, 5, sizeof records[0], absences, 2,
                                               sizeof absences[0], &records[0].out, sizeof records[0], NULL));
  /* absent from 1 January, not back: exempt Jan and Feb, taxable from March; 1968.80 × 2/12 down to cents */
  CHECK(records[3].out.stopped_months == 0xFFCu && records[3].out.cap_cents == 32813);

  /* an invalid call computes nothing */
  CHECK_STATUS(WKR_OK, wkr_fixed_commute_batch(embedded(), NULL, 0, 0, NULL, 0, 0, NULL, 0, NULL));
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_fixed_commute_batch(embedded(), &records[0].in, 5, sizeof records[0], NULL,
                                                               2, sizeof absences[0], &records[0].out,
                                                               sizeof records[0], status));
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_fixed_commute_batch(embedded(), &records[0].in, 5, sizeof records[0],
                                                               absences, 2, 4, &records[0].out, sizeof records[0],
                                                               status));
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_fixed_commute_batch(embedded(), &records[0].in, 5, 16, absences, 2,
                                                               sizeof absences[0], &records[0].out, sizeof records[0],
                                                               status));
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_fixed_commute_batch(NULL, &records[0].in, 5, sizeof records[0], absences, 2,
                                                               sizeof absences[0], &records[0].out, sizeof records[0],
                                                               status));
}

/* The items of the golden case EVAL-2025 (Anna = 1, Bram = 2). */
static int eval_items(wkr_item* items) {
  static const struct {
    int64_t employee;
    int32_t category;
    int64_t amount_cents;
    const char* quantity;
  } rows[] = {
      {1, WKR_ITEM_HOME_WORKING, 50000, "200"},     {1, WKR_ITEM_COMMUTE_KM, 100000, "4000"},
      {1, WKR_ITEM_INTERNET_NECESSARY, 36000, NULL}, {1, WKR_ITEM_ARBO, 65000, "400"},
      {1, WKR_ITEM_FREE_SPACE, 30000, NULL},         {1, WKR_ITEM_INTERMEDIARY, 4550, NULL},
      {2, WKR_ITEM_PUBLIC_TRANSPORT, 120000, NULL},  {2, WKR_ITEM_INTERNET_OTHER, 24000, NULL},
      {2, WKR_ITEM_COMPANY_CAR, 360000, NULL},       {2, WKR_ITEM_FLEX_WORKPLACE, 150000, NULL},
      {2, WKR_ITEM_COWORKING, 90000, NULL},          {2, WKR_ITEM_FREE_SPACE, 150000, NULL},
  };
  int i;
  for (i = 0; i < 12; ++i) {
    const wkr_item item = WKR_ITEM_INIT;
    items[i] = item;
    items[i].employee_id = rows[i].employee;
    items[i].category = rows[i].category;
    items[i].amount_cents = rows[i].amount_cents;
    if (rows[i].quantity != NULL) {
      items[i].quantity_given = 1;
      items[i].quantity = decimal_of(rows[i].quantity);
    }
  }
  return 12;
}

static void init_outputs(wkr_item_result* results, wkr_employee_totals* employees, int count) {
  int i;
  for (i = 0; i < count; ++i) {
    const wkr_item_result r = WKR_ITEM_RESULT_INIT;
    const wkr_employee_totals e = WKR_EMPLOYEE_TOTALS_INIT;
    results[i] = r;
    employees[i] = e;
  }
}

static void test_evaluation(void) {
  wkr_evaluation_input input = WKR_EVALUATION_INPUT_INIT;
  wkr_evaluation_result total = WKR_EVALUATION_RESULT_INIT;
  wkr_item items[12];
  wkr_item_result results[12];
  wkr_employee_totals employees[12];
  int32_t status[12];
  const int n = eval_items(items);
  int i;
  init_outputs(results, employees, n);
  input.year = 2025;

  CHECK(strcmp(wkr_item_category_name(WKR_ITEM_HOME_WORKING), "home_working") == 0);
  CHECK(strcmp(wkr_item_category_name(WKR_ITEM_COMPANY_BICYCLE), "company_bicycle") == 0);
  CHECK(strcmp(wkr_item_category_name(WKR_ITEM_INTERNET_NECESSARY), "internet_necessary") == 0);
  CHECK(wkr_item_category_name(0) == NULL && wkr_item_category_name(-1) == NULL); /* all codes: item_categories.c */
  CHECK(strcmp(wkr_item_category_name(WKR_ITEM_EQUIPMENT_OTHER), "equipment_other") == 0);

  /* EVAL-2025 */
  CHECK_STATUS(WKR_OK, wkr_evaluate_items(embedded(), &input, items, (size_t)n, sizeof items[0], status, results,
                                          sizeof results[0], employees, 12, sizeof employees[0], &total));
  for (i = 0; i < n; ++i) CHECK(status[i] == WKR_OK);
  CHECK(total.year == 2025 && total.employee_count == 2 && total.customary_review_count == 1);
  CHECK(total.exempt_cents == 490550 && total.designated_cents == 329000 && total.wage_cents == 360000);
  CHECK(total.targeted_exempt_cents == 336000 && total.nil_valued_cents == 150000 && total.intermediary_cents == 4550);
  CHECK(employees[0].employee_id == 1 && employees[0].item_count == 6 && employees[0].exempt_cents == 220550);
  CHECK(employees[0].designated_cents == 65000 && employees[0].wage_cents == 0 && employees[0].customary_review == 0);
  CHECK(employees[0].customary_test_applies == 1 && employees[0].safe_harbour_cents == 240000);
  CHECK(employees[1].employee_id == 2 && employees[1].item_count == 6 && employees[1].exempt_cents == 270000);
  CHECK(employees[1].designated_cents == 264000 && employees[1].wage_cents == 360000);
  CHECK(employees[1].customary_review == 1);
  CHECK(results[0].employee_index == 0 && results[0].category == WKR_ITEM_HOME_WORKING && results[0].cap_given == 1);
  CHECK(results[0].cap_cents == 48000 && results[0].targeted_exempt_cents == 48000 && results[0].designated_cents == 2000);
  CHECK(results[1].cap_cents == 92000 && results[1].targeted_exempt_cents == 92000 && results[1].designated_cents == 8000);
  CHECK(results[2].targeted_exempt_cents == 36000 && results[2].designated_cents == 0);
  CHECK(results[3].cap_cents == 40000 && results[3].targeted_exempt_cents == 40000 && results[3].designated_cents == 25000);
  CHECK(results[4].cap_given == 0 && results[4].exempt_cents == 0 && results[4].designated_cents == 30000);
  CHECK(results[5].intermediary_cents == 4550 && results[5].exempt_cents == 4550 && results[5].wage_cents == 0);
  CHECK(results[6].employee_index == 1 && results[6].targeted_exempt_cents == 120000);
  CHECK(results[8].wage_cents == 360000 && results[8].designated_cents == 0);
  CHECK(results[9].nil_valued_cents == 150000 && results[9].exempt_cents == 150000);
  CHECK(results[11].amount_cents == 150000 && results[11].designated_cents == 150000);
  CHECK(strcmp(wkr_last_error_message(), "") == 0);

  /* EVAL-excess-as-wage; only the totals (no item results, no employees) */
  input.excess = WKR_EXCESS_WAGE;
  CHECK_STATUS(WKR_OK, wkr_evaluate_items(embedded(), &input, items, (size_t)n, sizeof items[0], NULL, NULL, 0, NULL,
                                          0, 0, &total));
  CHECK(total.designated_cents == 180000 && total.wage_cents == 509000 && total.customary_review_count == 0);
  CHECK(total.employee_count == 2);
  input.excess = WKR_EXCESS_DEFAULT;
  /* an item's own treatment wins over the evaluation's */
  items[1].treatment = WKR_EXCESS_WAGE;
  CHECK_STATUS(WKR_OK, wkr_evaluate_items(embedded(), &input, items, (size_t)n, sizeof items[0], NULL, results,
                                          sizeof results[0], NULL, 0, 0, &total));
  CHECK(results[1].wage_cents == 8000 && results[1].designated_cents == 0 && total.wage_cents == 368000);
  items[1].treatment = WKR_EXCESS_DEFAULT;

  /* EVAL-intern-below-safe-harbour: Anna's items say she is an intern — no safe harbour, her €650
     designated is flagged (Bram is above the safe harbour anyway) */
  for (i = 0; i < 6; ++i) items[i].customary_test = WKR_CUSTOMARY_TEST_INTERN;
  CHECK_STATUS(WKR_OK, wkr_evaluate_items(embedded(), &input, items, (size_t)n, sizeof items[0], status, results,
                                          sizeof results[0], employees, 12, sizeof employees[0], &total));
  CHECK(total.customary_review_count == 2 && employees[0].customary_test_applies == 0);
  CHECK(employees[0].customary_review == 1 && employees[1].customary_test_applies == 1);
  for (i = 0; i < 6; ++i) items[i].customary_test = WKR_CUSTOMARY_TEST_BELOW_MINIMUM_WAGE;
  CHECK_STATUS(WKR_OK, wkr_evaluate_items(embedded(), &input, items, (size_t)n, sizeof items[0], status, results,
                                          sizeof results[0], employees, 12, sizeof employees[0], &total));
  CHECK(total.customary_review_count == 2 && employees[0].customary_test_applies == 0);
  for (i = 0; i < 6; ++i) items[i].customary_test = WKR_CUSTOMARY_TEST_APPLIES;
  for (i = 6; i < 12; ++i) items[i].customary_test = WKR_CUSTOMARY_TEST_BELOW_MINIMUM_WAGE; /* for items[7] below */

  /* bad rows: all reported by index, nothing evaluated */
  items[7].customary_test = WKR_CUSTOMARY_TEST_APPLIES;          /* disagrees with items[6] */
  items[0].quantity = decimal_of("12.5");                         /* EVAL-bad-row-days */
  items[3].category = 99;                                         /* EVAL-bad-row-category */
  items[4].struct_size = 0;                                       /* a struct it cannot read */
  items[8].treatment = WKR_EXCESS_DESIGNATE;                      /* EVAL-designate-company-car */
  items[1].quantity_given = 0;                                    /* EVAL-bad-row-quantity */
  items[1].quantity = decimal_of("0");
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_evaluate_items(embedded(), &input, items, (size_t)n, sizeof items[0], status,
                                                          results, sizeof results[0], employees, 12,
                                                          sizeof employees[0], &total));
  CHECK(status[0] == WKR_E_INVALID_ARGUMENT && status[1] == WKR_E_INVALID_ARGUMENT && status[2] == WKR_OK);
  CHECK(status[3] == WKR_E_INVALID_ARGUMENT && status[4] == WKR_E_UNSUPPORTED && status[5] == WKR_OK);
  CHECK(status[7] == WKR_E_INVALID_ARGUMENT && status[8] == WKR_E_INVALID_ARGUMENT && status[9] == WKR_OK);
  CHECK(contains(wkr_last_error_message(), "the items: 6 bad rows, nothing was evaluated"));
  CHECK(contains(wkr_last_error_message(), "items[0]: the days 12.5 are not a whole number"));
  CHECK(contains(wkr_last_error_message(), "items[1]: commute_km needs a quantity"));
  CHECK(contains(wkr_last_error_message(), "items[3].category is 99"));
  CHECK(contains(wkr_last_error_message(), "items[4].struct_size is 0"));
  CHECK(contains(wkr_last_error_message(), "items[7]: customary_test is WKR_CUSTOMARY_TEST_APPLIES, but employee 2"));
  CHECK(contains(wkr_last_error_message(), "items[8]: company_car is always the employee's wage"));
  CHECK(total.designated_cents == 0 && total.employee_count == 0 && all_zero(&total, 4, sizeof total));
  CHECK(results[2].targeted_exempt_cents == 0 && all_zero(&results[2], 4, sizeof results[2]));
  CHECK(results[2].struct_size == sizeof results[2]);

  /* the first bad row's status is the call's */
  (void)eval_items(items);
  items[2].struct_size = 8;
  items[5].amount_cents = -1;
  CHECK_STATUS(WKR_E_UNSUPPORTED, wkr_evaluate_items(embedded(), &input, items, (size_t)n, sizeof items[0], status,
                                                     NULL, 0, NULL, 0, 0, &total));
  CHECK(status[2] == WKR_E_UNSUPPORTED && status[5] == WKR_E_INVALID_ARGUMENT && status[0] == WKR_OK);
  CHECK(contains(wkr_last_error_message(), "items[5]: the amount -0.01 is negative"));
  (void)eval_items(items);

  /* a company bicycle is wage, unless designation is allowed */
  items[11].category = WKR_ITEM_COMPANY_BICYCLE;
  CHECK_STATUS(WKR_OK, wkr_evaluate_items(embedded(), &input, items, (size_t)n, sizeof items[0], NULL, results,
                                          sizeof results[0], NULL, 0, 0, &total));
  CHECK(results[11].wage_cents == 150000 && results[11].designated_cents == 0);
  input.company_bicycle_designation = 1;
  CHECK_STATUS(WKR_OK, wkr_evaluate_items(embedded(), &input, items, (size_t)n, sizeof items[0], NULL, results,
                                          sizeof results[0], NULL, 0, 0, &total));
  CHECK(results[11].wage_cents == 0 && results[11].designated_cents == 150000);
  input.company_bicycle_designation = 2;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_evaluate_items(embedded(), &input, items, (size_t)n, sizeof items[0], NULL,
                                                          NULL, 0, NULL, 0, 0, &total));
  input.company_bicycle_designation = 0;
  (void)eval_items(items);

  /* an own contribution (eigen bijdrage) comes off the value: €300 of gifts with €100 paid by the
     employee leaves €200 designated; more than the value leaves nothing */
  items[4].own_contribution_given = 1;
  items[4].own_contribution_cents = 10000;
  CHECK_STATUS(WKR_OK, wkr_evaluate_items(embedded(), &input, items, (size_t)n, sizeof items[0], NULL, results,
                                          sizeof results[0], employees, 12, sizeof employees[0], &total));
  CHECK(results[4].amount_cents == 30000 && results[4].designated_cents == 20000);
  CHECK(results[4].own_contribution_cents == 10000 && results[3].own_contribution_cents == 0);
  CHECK(employees[0].own_contribution_cents == 10000 && total.own_contribution_cents == 10000);
  CHECK(total.designated_cents == 319000);
  items[4].own_contribution_cents = 50000;
  CHECK_STATUS(WKR_OK, wkr_evaluate_items(embedded(), &input, items, (size_t)n, sizeof items[0], NULL, results,
                                          sizeof results[0], NULL, 0, 0, &total));
  CHECK(results[4].own_contribution_cents == 30000 && results[4].designated_cents == 0);
  /* not for an allowance paid in money, and not set without its flag */
  items[0].own_contribution_given = 1;
  items[0].own_contribution_cents = 1000;
  items[4].own_contribution_given = 0;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_evaluate_items(embedded(), &input, items, (size_t)n, sizeof items[0], status,
                                                          NULL, 0, NULL, 0, 0, &total));
  CHECK(status[0] == WKR_E_INVALID_ARGUMENT && status[4] == WKR_E_INVALID_ARGUMENT && status[1] == WKR_OK);
  CHECK(contains(wkr_last_error_message(), "items[0]: home_working takes no own contribution"));
  CHECK(contains(wkr_last_error_message(),
                 "items[4].own_contribution_cents is 50000 but items[4].own_contribution_given is 0"));
  (void)eval_items(items);
  /* a caller of the first version passes 64-byte items: no own contribution */
  for (i = 0; i < n; ++i) items[i].struct_size = 64;
  CHECK_STATUS(WKR_OK, wkr_evaluate_items(embedded(), &input, items, (size_t)n, sizeof items[0], NULL, NULL, 0, NULL, 0,
                                          0, &total));
  CHECK(total.designated_cents == 329000 && total.own_contribution_cents == 0);
  (void)eval_items(items);

  /* a rule of the year refuses an item: before 2024 a public-transport pass needs the cost of its
     business trips; that item's status says so too, not only the message */
  items[9].category = WKR_ITEM_PUBLIC_TRANSPORT_PASS;
  input.year = 2023;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_evaluate_items(embedded(), &input, items, (size_t)n, sizeof items[0], status,
                                                          results, sizeof results[0], NULL, 0, 0, &total));
  for (i = 0; i < n; ++i) CHECK(status[i] == (i == 9 ? WKR_E_INVALID_ARGUMENT : WKR_OK));
  CHECK(contains(wkr_last_error_message(), "items[9]: public_transport_pass in 2023 needs a quantity"));
  input.year = 2025;
  CHECK_STATUS(WKR_OK, wkr_evaluate_items(embedded(), &input, items, (size_t)n, sizeof items[0], status, NULL, 0, NULL,
                                          0, 0, &total));
  CHECK(status[9] == WKR_OK);
  (void)eval_items(items);

  /* too little room for the employees: the count needed comes back */
  CHECK_STATUS(WKR_E_BUFFER_TOO_SMALL, wkr_evaluate_items(embedded(), &input, items, (size_t)n, sizeof items[0], status,
                                                          results, sizeof results[0], employees, 1,
                                                          sizeof employees[0], &total));
  CHECK(total.employee_count == 2 && total.designated_cents == 0 && employees[0].designated_cents == 0);
  CHECK(results[0].cap_cents == 0);

  /* the year, and an invalid call */
  input.year = 2014;
  CHECK_STATUS(WKR_E_NOT_COVERED, wkr_evaluate_items(embedded(), &input, items, (size_t)n, sizeof items[0], status,
                                                     results, sizeof results[0], employees, 12, sizeof employees[0],
                                                     &total));
  CHECK(contains(wkr_last_error_message(), "2014"));
  CHECK_STATUS(WKR_E_NOT_COVERED, wkr_evaluate_items(embedded(), &input, NULL, 0, 0, NULL, NULL, 0, NULL, 0, 0, &total));
  input.year = 2025;
  CHECK_STATUS(WKR_OK, wkr_evaluate_items(embedded(), &input, NULL, 0, 0, NULL, NULL, 0, NULL, 0, 0, &total));
  CHECK(total.employee_count == 0 && total.designated_cents == 0 && total.year == 2025);
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_evaluate_items(embedded(), &input, NULL, 2, sizeof items[0], NULL, NULL, 0,
                                                          NULL, 0, 0, &total));
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_evaluate_items(embedded(), &input, items, 2, 16, NULL, NULL, 0, NULL, 0, 0,
                                                          &total));
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_evaluate_items(embedded(), &input, items, 2, sizeof items[0], NULL, results,
                                                          8, NULL, 0, 0, &total));
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_evaluate_items(embedded(), &input, items, 2, sizeof items[0], NULL, NULL, 0,
                                                          NULL, 3, sizeof employees[0], &total));
  results[1].struct_size = 0;
  CHECK_STATUS(WKR_E_UNSUPPORTED, wkr_evaluate_items(embedded(), &input, items, 2, sizeof items[0], NULL, results,
                                                     sizeof results[0], NULL, 0, 0, &total));
  CHECK(contains(wkr_last_error_message(), "item_results[1].struct_size"));
  results[1].struct_size = sizeof results[1];
  input.excess = 7;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_evaluate_items(embedded(), &input, items, 2, sizeof items[0], NULL, NULL, 0,
                                                          NULL, 0, 0, &total));
  input.excess = 0;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_evaluate_items(NULL, &input, items, 2, sizeof items[0], NULL, NULL, 0, NULL,
                                                          0, 0, &total));
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_evaluate_items(embedded(), &input, items, 2, sizeof items[0], NULL, NULL, 0,
                                                          NULL, 0, 0, NULL));
}

/* A caller compiled against a later wkr.h: longer structs, the unknown tail zero. */
typedef struct {
  wkr_home_working_days_input v1;
  int64_t field_of_a_later_version;
} home_working_input_v2;

typedef struct {
  wkr_home_working_result v1;
  int64_t field_of_a_later_version;
} home_working_result_v2;

/* The where-you-work budget of one employee (tests/golden/policy.yaml, worked out there from the 2026
 * figures: € 2.45 a home day, € 0.23 a km, 214 days for a full week, final levy 80%). */
static void test_budget(void) {
  wkr_budget_input in = WKR_BUDGET_INPUT_INIT;
  wkr_budget_result r = WKR_BUDGET_RESULT_INIT;
  wkr_budget_share shares[WKR_BUDGET_CATEGORY_COUNT];
  size_t i;
  for (i = 0; i < WKR_BUDGET_CATEGORY_COUNT; ++i)
    CHECK_STATUS(WKR_OK, wkr_budget_share_init(&shares[i], sizeof shares[i]));

  /* budget-hybrid-wage: 3 office days at 20 km by car, 2 home days, necessary internet € 30 a month,
   * € 500 free space left, rate 0.3756: exempt 209.72 + 1181.28 + 360.00; 500.00 in the free space; of
   * the 749.00 left the wage route gives floor(749 × 0.6244) = 467.67 net for a gross of 749.00. */
  in.year = 2026;
  in.budget_cents = 300000;
  in.office_days = 3;
  in.home_days = 2;
  in.km_one_way = decimal_of("20");
  in.mode = WKR_MODE_CAR;
  in.internet_necessary = 1;
  in.internet_per_month_cents = 3000;
  in.marginal_rate_given = 1;
  in.marginal_rate = decimal_of("0.3756");
  in.free_space_left_cents = 50000;
  CHECK_STATUS(WKR_OK, wkr_budget(embedded(), &in, &r, shares, WKR_BUDGET_CATEGORY_COUNT, sizeof shares[0]));
  CHECK(r.year == 2026 && r.budget_cents == 300000 && r.route == WKR_ROUTE_WAGE);
  CHECK(r.exempt_cents == 175100 && r.free_space_used_cents == 50000 && r.above_free_space_cents == 0);
  CHECK(r.wage_net_cents == 46767 && r.wage_gross_cents == 74900 && r.net_value_cents == 271867);
  CHECK(decimal_is(&r.employer_cost, "3000.00") && decimal_is(&r.left_over, "0.00") && r.free_space_left_cents == 0);
  CHECK(shares[WKR_BUDGET_HOME_WORKING].category == WKR_BUDGET_HOME_WORKING &&
        shares[WKR_BUDGET_HOME_WORKING].exempt_cents == 20972);
  CHECK(shares[WKR_BUDGET_COMMUTING].exempt_cents == 118128 && shares[WKR_BUDGET_INTERNET].exempt_cents == 36000);
  CHECK(shares[WKR_BUDGET_REST].free_space_cents == 50000 && shares[WKR_BUDGET_REST].wage_cents == 46767 &&
        shares[WKR_BUDGET_REST].net_cents == 96767);

  /* budget-hybrid-levy: at 0.4950 the final levy gives more, floor(749 / 1.80) = 416.11 net; the levy
   * 0.80 × 416.11 = 332.888 is exact (the employer's levy is rounded once, at its total). */
  in.marginal_rate = decimal_of("0.4950");
  CHECK_STATUS(WKR_OK, wkr_budget(embedded(), &in, &r, shares, WKR_BUDGET_CATEGORY_COUNT, sizeof shares[0]));
  CHECK(r.route == WKR_ROUTE_FINAL_LEVY && r.above_free_space_cents == 41611 && r.net_value_cents == 266711);
  CHECK(decimal_is(&r.final_levy, "332.888") && decimal_is(&r.employer_cost, "2999.998") &&
        decimal_is(&r.left_over, "0.002"));
  CHECK(shares[WKR_BUDGET_REST].above_free_space_cents == 41611 &&
        decimal_is(&shares[WKR_BUDGET_REST].levy, "332.888"));

  /* Without shares: the totals alone. */
  CHECK_STATUS(WKR_OK, wkr_budget(embedded(), &in, &r, NULL, 0, 0));
  CHECK(r.above_free_space_cents == 41611);

  /* budget-bad-rate: a marginal rate of 1 is refused, and the outputs are zero-filled. */
  in.marginal_rate = decimal_of("1");
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT,
               wkr_budget(embedded(), &in, &r, shares, WKR_BUDGET_CATEGORY_COUNT, sizeof shares[0]));
  CHECK(contains(wkr_last_error_message(), "the marginal rate is 1; give a fraction from 0 up to but not including 1"));
  CHECK(r.struct_size == sizeof r && all_zero(&r, sizeof r.struct_size, sizeof r));
  CHECK(all_zero(&shares[WKR_BUDGET_REST], sizeof(uint32_t), sizeof shares[0]));

  /* 0 is not a travel mode; a marginal rate set without its flag is not silently ignored. */
  in.marginal_rate = decimal_of("0.3756");
  in.mode = 0;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_budget(embedded(), &in, &r, NULL, 0, 0));
  CHECK(contains(wkr_last_error_message(), "input.mode is 0"));
  in.mode = WKR_MODE_CAR;
  in.marginal_rate_given = 0;
  CHECK_STATUS(WKR_E_INVALID_ARGUMENT, wkr_budget(embedded(), &in, &r, NULL, 0, 0));
  CHECK(contains(wkr_last_error_message(), "marginal_rate_given"));
}

/* The choice between final levy and wage and the scenario are JSON requests (levy-or-wage-worked in
 * tests/golden/policy.yaml: € 1,000 of free space, three employees; saving 194.86 against designating
 * everything). */
static void test_policy_json(void) {
  const char* request =
      "{\"command\": \"levy-or-wage\", \"year\": 2026, \"wage_bill\": [\"50000\"],"
      " \"items_csv\": "
      "\"employee,category,amount,quantity\\nA,free_space,800,\\nB,free_space,600,\\nC,free_space,500,\\n\","
      " \"rates_csv\": \"employee,marginal_rate\\nA,0.3575\\nB,0.4950\\nC,0.3756\\n\"}";
  char* response = NULL;
  size_t length = 0;
  CHECK_STATUS(WKR_OK, wkr_evaluate_json(embedded(), request, strlen(request), &response, &length));
  CHECK(contains(response, "\"saving\":\"194.86\"") && contains(response, "\"final_levy\":\"80.00\""));
  wkr_free(response);
}

static void test_allowance_struct_size(void) {
  home_working_input_v2 input;
  home_working_result_v2 result;
  memset(&input, 0, sizeof input);
  input.v1.struct_size = sizeof input;
  input.v1.year = 2025;
  input.v1.days = 10;
  memset(&result, 0xFF, sizeof result);
  result.v1.struct_size = sizeof result;
  CHECK_STATUS(WKR_OK, wkr_home_working_per_day(embedded(), &input.v1, &result.v1));
  CHECK(result.v1.cap_cents == 2400 && result.field_of_a_later_version == 0 && result.v1.struct_size == sizeof result);
  input.field_of_a_later_version = 1;
  CHECK_STATUS(WKR_E_UNSUPPORTED, wkr_home_working_per_day(embedded(), &input.v1, &result.v1));
  CHECK(contains(wkr_last_error_message(), "upgrade"));
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
  test_limits();
  test_group();
  test_struct_size();
  test_decimals();
  test_last_error();
  test_last_error_in_dutch();
  test_contexts();
  test_json();
  test_batch();
  test_columns();
  test_home_working();
  test_travel();
  test_fixed_commute();
  test_fixed_commute_batch();
  test_evaluation();
  test_group_scheme();
  test_wage_bill();
  test_ledger();
  test_distribute();
  test_budget();
  test_policy_json();
  test_allowance_struct_size();
  test_threads();
  wkr_context_free(embedded());
  printf("%d passed, %d failed\n", passed, failed);
  return failed == 0 ? 0 : 1;
}
