/*
 * wkr.h on its own, compiled by ctest as C99, C11 and C++ with every warning an error
 * (-pedantic -Wall -Wextra -Werror …): it must need nothing but the standard headers it includes,
 * survive a second inclusion, and its initializer macros must compile.
 */
#include <wkr/wkr.h>
#include <wkr/wkr.h>

#include "layout_check.h"

int wkr_header_check(void);

int wkr_header_check(void) {
  wkr_decimal decimal = {0, 0, 2, 0};
  wkr_free_space_input free_space_input = WKR_FREE_SPACE_INPUT_INIT;
  wkr_settle_input settle_input = WKR_SETTLE_INPUT_INIT;
  wkr_group_member member = WKR_GROUP_MEMBER_INIT;
  wkr_free_space_result free_space_result = WKR_FREE_SPACE_RESULT_INIT;
  wkr_settlement settlement = WKR_SETTLEMENT_INIT;
  wkr_home_working_days_input home_working_days = WKR_HOME_WORKING_DAYS_INPUT_INIT;
  wkr_home_working_fixed_input home_working_fixed = WKR_HOME_WORKING_FIXED_INPUT_INIT;
  wkr_home_working_result home_working = WKR_HOME_WORKING_RESULT_INIT;
  wkr_commute_days_input commute_days = WKR_COMMUTE_DAYS_INPUT_INIT;
  wkr_travel_km_input travel_km = WKR_TRAVEL_KM_INPUT_INIT;
  wkr_travel_result travel = WKR_TRAVEL_RESULT_INIT;
  wkr_absence absence = WKR_ABSENCE_INIT;
  wkr_fixed_commute_input fixed_commute_input = WKR_FIXED_COMMUTE_INPUT_INIT;
  wkr_fixed_commute_result fixed_commute = WKR_FIXED_COMMUTE_RESULT_INIT;
  wkr_item item = WKR_ITEM_INIT;
  wkr_item_result item_result = WKR_ITEM_RESULT_INIT;
  wkr_employee_totals employee = WKR_EMPLOYEE_TOTALS_INIT;
  wkr_evaluation_input evaluation_input = WKR_EVALUATION_INPUT_INIT;
  wkr_evaluation_result evaluation = WKR_EVALUATION_RESULT_INIT;
  int32_t (*new_context)(wkr_context**) = wkr_context_new;
  void (*free_context)(wkr_context*) = wkr_context_free;
  int32_t (*batch)(const wkr_context*, const wkr_settle_input*, size_t, size_t, wkr_settlement*, size_t,
                   int32_t*) = wkr_settle_batch;
  int ok = new_context == wkr_context_new && free_context == wkr_context_free && batch == wkr_settle_batch;
  ok = ok && free_space_input.struct_size == 24u && settle_input.struct_size == 32u && member.whole_year == 1u &&
       free_space_result.struct_size == 24u && settlement.struct_size == 64u;
  ok = ok && home_working_days.struct_size == 32u && home_working_fixed.struct_size == 40u &&
       home_working.struct_size == 128u && commute_days.struct_size == 56u && travel_km.struct_size == 56u &&
       travel.struct_size == 168u && absence.struct_size == 16u && fixed_commute_input.struct_size == 168u &&
       fixed_commute.struct_size == 240u && item.struct_size == 64u && item_result.struct_size == 80u &&
       employee.struct_size == 80u && evaluation_input.struct_size == 16u && evaluation.struct_size == 64u;
  return decimal.scale + ok + WKR_VERSION_NUMBER + WKR_ABI_VERSION + WKR_OK + WKR_DECIMAL_STRING_MAX +
         WKR_ROUNDING_TABLES + WKR_EXCESS_DEFAULT + WKR_DAYS_EXACT + WKR_TRAVEL_COMMUTING + WKR_ITEM_HOME_WORKING +
         WKR_CUSTOMARY_TEST_APPLIES;
}
