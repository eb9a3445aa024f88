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
  int32_t (*new_context)(wkr_context**) = wkr_context_new;
  void (*free_context)(wkr_context*) = wkr_context_free;
  int32_t (*batch)(const wkr_context*, const wkr_settle_input*, size_t, size_t, wkr_settlement*, size_t,
                   int32_t*) = wkr_settle_batch;
  int ok = new_context == wkr_context_new && free_context == wkr_context_free && batch == wkr_settle_batch;
  ok = ok && free_space_input.struct_size == 24u && settle_input.struct_size == 32u && member.whole_year == 1u &&
       free_space_result.struct_size == 24u && settlement.struct_size == 64u;
  return decimal.scale + ok + WKR_VERSION_NUMBER + WKR_ABI_VERSION + WKR_OK + WKR_DECIMAL_STRING_MAX +
         WKR_ROUNDING_TABLES;
}
