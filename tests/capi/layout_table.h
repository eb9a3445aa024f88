/*
 * The documented layout of every struct of wkr.h: size, and offset and size of each field, on
 * every platform (the structs hold only fixed-width integers, 8-byte fields at multiples of 8).
 * One table, used three ways: compile-time assertions in C (layout_check.h), the layout dump that
 * the Python and C# tests compare their mirrors with (layout_dump.c), and — by
 * check_layout_complete.cmake — a check that every struct of wkr.h is listed here.
 *
 * WKR_LAYOUT_TABLE(S, F): S(type, size) for a struct, F(type, field, offset, size) for a field.
 * When a struct grows in 1.x, append its new fields here and raise its size; never change a row.
 */
#ifndef WKR_TESTS_LAYOUT_TABLE_H
#define WKR_TESTS_LAYOUT_TABLE_H

#define WKR_LAYOUT_TABLE(S, F)                                     \
  S(wkr_decimal, 24)                                               \
  F(wkr_decimal, lo, 0, 8)                                         \
  F(wkr_decimal, hi, 8, 8)                                         \
  F(wkr_decimal, scale, 16, 4)                                     \
  F(wkr_decimal, reserved, 20, 4)                                  \
  S(wkr_free_space_input, 24)                                      \
  F(wkr_free_space_input, struct_size, 0, 4)                       \
  F(wkr_free_space_input, year, 4, 4)                              \
  F(wkr_free_space_input, wage_bill_cents, 8, 8)                   \
  F(wkr_free_space_input, free_space_rounding, 16, 4)              \
  F(wkr_free_space_input, reserved, 20, 4)                         \
  S(wkr_settle_input, 32)                                          \
  F(wkr_settle_input, struct_size, 0, 4)                           \
  F(wkr_settle_input, year, 4, 4)                                  \
  F(wkr_settle_input, wage_bill_cents, 8, 8)                       \
  F(wkr_settle_input, designated_cents, 16, 8)                     \
  F(wkr_settle_input, free_space_rounding, 24, 4)                  \
  F(wkr_settle_input, reserved, 28, 4)                             \
  S(wkr_group_member, 16)                                          \
  F(wkr_group_member, struct_size, 0, 4)                           \
  F(wkr_group_member, whole_year, 4, 4)                            \
  F(wkr_group_member, wage_bill_cents, 8, 8)                       \
  S(wkr_free_space_result, 24)                                     \
  F(wkr_free_space_result, struct_size, 0, 4)                      \
  F(wkr_free_space_result, year, 4, 4)                             \
  F(wkr_free_space_result, wage_bill_cents, 8, 8)                  \
  F(wkr_free_space_result, free_space_cents, 16, 8)                \
  S(wkr_settlement, 64)                                            \
  F(wkr_settlement, struct_size, 0, 4)                             \
  F(wkr_settlement, year, 4, 4)                                    \
  F(wkr_settlement, wage_bill_cents, 8, 8)                         \
  F(wkr_settlement, free_space_cents, 16, 8)                       \
  F(wkr_settlement, designated_cents, 24, 8)                       \
  F(wkr_settlement, excess_cents, 32, 8)                           \
  F(wkr_settlement, final_levy_cents, 40, 8)                       \
  F(wkr_settlement, final_levy_return_cents, 48, 8)                \
  F(wkr_settlement, due_year, 56, 4)                               \
  F(wkr_settlement, due_period, 60, 4)                             \
  S(wkr_home_working_days_input, 32)                               \
  F(wkr_home_working_days_input, struct_size, 0, 4)                \
  F(wkr_home_working_days_input, year, 4, 4)                       \
  F(wkr_home_working_days_input, days, 8, 4)                       \
  F(wkr_home_working_days_input, excess, 12, 4)                    \
  F(wkr_home_working_days_input, paid_given, 16, 4)                \
  F(wkr_home_working_days_input, reserved, 20, 4)                  \
  F(wkr_home_working_days_input, paid_cents, 24, 8)                \
  S(wkr_home_working_fixed_input, 40)                              \
  F(wkr_home_working_fixed_input, struct_size, 0, 4)               \
  F(wkr_home_working_fixed_input, year, 4, 4)                      \
  F(wkr_home_working_fixed_input, home_days_per_week, 8, 4)        \
  F(wkr_home_working_fixed_input, from_month, 12, 4)               \
  F(wkr_home_working_fixed_input, to_month, 16, 4)                 \
  F(wkr_home_working_fixed_input, day_rounding, 20, 4)             \
  F(wkr_home_working_fixed_input, excess, 24, 4)                   \
  F(wkr_home_working_fixed_input, paid_given, 28, 4)               \
  F(wkr_home_working_fixed_input, paid_cents, 32, 8)               \
  S(wkr_home_working_result, 128)                                  \
  F(wkr_home_working_result, struct_size, 0, 4)                    \
  F(wkr_home_working_result, year, 4, 4)                           \
  F(wkr_home_working_result, days, 8, 24)                          \
  F(wkr_home_working_result, daily_amount, 32, 24)                 \
  F(wkr_home_working_result, cap_cents, 56, 8)                     \
  F(wkr_home_working_result, monthly_cap_cents, 64, 8)             \
  F(wkr_home_working_result, paid_cents, 72, 8)                    \
  F(wkr_home_working_result, exempt_cents, 80, 8)                  \
  F(wkr_home_working_result, excess_cents, 88, 8)                  \
  F(wkr_home_working_result, designated_cents, 96, 8)              \
  F(wkr_home_working_result, wage_cents, 104, 8)                   \
  F(wkr_home_working_result, fixed, 112, 4)                        \
  F(wkr_home_working_result, exemption_in_force, 116, 4)           \
  F(wkr_home_working_result, paid_given, 120, 4)                   \
  F(wkr_home_working_result, excess_treatment, 124, 4)             \
  S(wkr_commute_days_input, 56)                                    \
  F(wkr_commute_days_input, struct_size, 0, 4)                     \
  F(wkr_commute_days_input, year, 4, 4)                            \
  F(wkr_commute_days_input, km_one_way, 8, 24)                     \
  F(wkr_commute_days_input, days, 32, 4)                           \
  F(wkr_commute_days_input, excess, 36, 4)                         \
  F(wkr_commute_days_input, paid_given, 40, 4)                     \
  F(wkr_commute_days_input, reserved, 44, 4)                       \
  F(wkr_commute_days_input, paid_cents, 48, 8)                     \
  S(wkr_travel_km_input, 56)                                       \
  F(wkr_travel_km_input, struct_size, 0, 4)                        \
  F(wkr_travel_km_input, year, 4, 4)                               \
  F(wkr_travel_km_input, km, 8, 24)                                \
  F(wkr_travel_km_input, purpose, 32, 4)                           \
  F(wkr_travel_km_input, excess, 36, 4)                            \
  F(wkr_travel_km_input, paid_given, 40, 4)                        \
  F(wkr_travel_km_input, reserved, 44, 4)                          \
  F(wkr_travel_km_input, paid_cents, 48, 8)                        \
  S(wkr_travel_result, 168)                                        \
  F(wkr_travel_result, struct_size, 0, 4)                          \
  F(wkr_travel_result, year, 4, 4)                                 \
  F(wkr_travel_result, purpose, 8, 4)                              \
  F(wkr_travel_result, paid_given, 12, 4)                          \
  F(wkr_travel_result, km_one_way, 16, 24)                         \
  F(wkr_travel_result, days, 40, 24)                               \
  F(wkr_travel_result, km, 64, 24)                                 \
  F(wkr_travel_result, rate, 88, 24)                               \
  F(wkr_travel_result, cap_cents, 112, 8)                          \
  F(wkr_travel_result, paid_cents, 120, 8)                         \
  F(wkr_travel_result, exempt_cents, 128, 8)                       \
  F(wkr_travel_result, excess_cents, 136, 8)                       \
  F(wkr_travel_result, designated_cents, 144, 8)                   \
  F(wkr_travel_result, wage_cents, 152, 8)                         \
  F(wkr_travel_result, excess_treatment, 160, 4)                   \
  F(wkr_travel_result, reserved, 164, 4)                           \
  S(wkr_absence, 16)                                               \
  F(wkr_absence, struct_size, 0, 4)                                \
  F(wkr_absence, start, 4, 4)                                      \
  F(wkr_absence, returned, 8, 4)                                   \
  F(wkr_absence, reserved, 12, 4)                                  \
  S(wkr_fixed_commute_input, 176)                                  \
  F(wkr_fixed_commute_input, struct_size, 0, 4)                    \
  F(wkr_fixed_commute_input, year, 4, 4)                           \
  F(wkr_fixed_commute_input, km_one_way, 8, 24)                    \
  F(wkr_fixed_commute_input, office_days_per_week, 32, 4)          \
  F(wkr_fixed_commute_input, work_days_per_week, 36, 4)            \
  F(wkr_fixed_commute_input, from_month, 40, 4)                    \
  F(wkr_fixed_commute_input, to_month, 44, 4)                      \
  F(wkr_fixed_commute_input, day_rounding, 48, 4)                  \
  F(wkr_fixed_commute_input, excess, 52, 4)                        \
  F(wkr_fixed_commute_input, paid_given, 56, 4)                    \
  F(wkr_fixed_commute_input, travel_days_given, 60, 4)             \
  F(wkr_fixed_commute_input, travel_weeks_given, 64, 4)            \
  F(wkr_fixed_commute_input, actual_km_given, 68, 4)               \
  F(wkr_fixed_commute_input, paid_cents, 72, 8)                    \
  F(wkr_fixed_commute_input, travel_days, 80, 24)                  \
  F(wkr_fixed_commute_input, travel_weeks, 104, 24)                \
  F(wkr_fixed_commute_input, actual_km, 128, 24)                   \
  F(wkr_fixed_commute_input, absence_first, 152, 4)                \
  F(wkr_fixed_commute_input, absence_count, 156, 4)                \
  F(wkr_fixed_commute_input, absence_new_cause_each_year, 160, 4)  \
  F(wkr_fixed_commute_input, reserved, 164, 4)                     \
  F(wkr_fixed_commute_input, corona_approval, 168, 4)              \
  F(wkr_fixed_commute_input, reserved2, 172, 4)                    \
  S(wkr_fixed_commute_result, 240)                                 \
  F(wkr_fixed_commute_result, struct_size, 0, 4)                   \
  F(wkr_fixed_commute_result, year, 4, 4)                          \
  F(wkr_fixed_commute_result, km_one_way, 8, 24)                   \
  F(wkr_fixed_commute_result, days, 32, 24)                        \
  F(wkr_fixed_commute_result, minimum_days, 56, 24)                \
  F(wkr_fixed_commute_result, minimum_weeks, 80, 24)               \
  F(wkr_fixed_commute_result, rate, 104, 24)                       \
  F(wkr_fixed_commute_result, pattern_cap_cents, 128, 8)           \
  F(wkr_fixed_commute_result, cap_cents, 136, 8)                   \
  F(wkr_fixed_commute_result, monthly_cap_cents, 144, 8)           \
  F(wkr_fixed_commute_result, actual_cap_cents, 152, 8)            \
  F(wkr_fixed_commute_result, paid_cents, 160, 8)                  \
  F(wkr_fixed_commute_result, exempt_cents, 168, 8)                \
  F(wkr_fixed_commute_result, excess_cents, 176, 8)                \
  F(wkr_fixed_commute_result, designated_cents, 184, 8)            \
  F(wkr_fixed_commute_result, wage_cents, 192, 8)                  \
  F(wkr_fixed_commute_result, days_per_week, 200, 4)               \
  F(wkr_fixed_commute_result, months, 204, 4)                      \
  F(wkr_fixed_commute_result, stopped_months, 208, 4)              \
  F(wkr_fixed_commute_result, pattern_based, 212, 4)               \
  F(wkr_fixed_commute_result, qualifies, 216, 4)                   \
  F(wkr_fixed_commute_result, recalculation_required, 220, 4)      \
  F(wkr_fixed_commute_result, actual_cap_given, 224, 4)            \
  F(wkr_fixed_commute_result, paid_given, 228, 4)                  \
  F(wkr_fixed_commute_result, excess_treatment, 232, 4)            \
  F(wkr_fixed_commute_result, reserved, 236, 4)                    \
  S(wkr_item, 64)                                                  \
  F(wkr_item, struct_size, 0, 4)                                   \
  F(wkr_item, category, 4, 4)                                      \
  F(wkr_item, employee_id, 8, 8)                                   \
  F(wkr_item, amount_cents, 16, 8)                                 \
  F(wkr_item, quantity, 24, 24)                                    \
  F(wkr_item, quantity_given, 48, 4)                               \
  F(wkr_item, treatment, 52, 4)                                    \
  F(wkr_item, customary_test, 56, 4)                               \
  F(wkr_item, reserved, 60, 4)                                     \
  S(wkr_item_result, 80)                                           \
  F(wkr_item_result, struct_size, 0, 4)                            \
  F(wkr_item_result, employee_index, 4, 4)                         \
  F(wkr_item_result, amount_cents, 8, 8)                           \
  F(wkr_item_result, exempt_cents, 16, 8)                          \
  F(wkr_item_result, targeted_exempt_cents, 24, 8)                 \
  F(wkr_item_result, nil_valued_cents, 32, 8)                      \
  F(wkr_item_result, intermediary_cents, 40, 8)                    \
  F(wkr_item_result, designated_cents, 48, 8)                      \
  F(wkr_item_result, wage_cents, 56, 8)                            \
  F(wkr_item_result, cap_cents, 64, 8)                             \
  F(wkr_item_result, cap_given, 72, 4)                             \
  F(wkr_item_result, category, 76, 4)                              \
  S(wkr_employee_totals, 80)                                       \
  F(wkr_employee_totals, struct_size, 0, 4)                        \
  F(wkr_employee_totals, item_count, 4, 4)                         \
  F(wkr_employee_totals, employee_id, 8, 8)                        \
  F(wkr_employee_totals, exempt_cents, 16, 8)                      \
  F(wkr_employee_totals, targeted_exempt_cents, 24, 8)             \
  F(wkr_employee_totals, nil_valued_cents, 32, 8)                  \
  F(wkr_employee_totals, intermediary_cents, 40, 8)                \
  F(wkr_employee_totals, designated_cents, 48, 8)                  \
  F(wkr_employee_totals, wage_cents, 56, 8)                        \
  F(wkr_employee_totals, safe_harbour_cents, 64, 8)                \
  F(wkr_employee_totals, customary_test_applies, 72, 4)            \
  F(wkr_employee_totals, customary_review, 76, 4)                  \
  S(wkr_evaluation_input, 16)                                      \
  F(wkr_evaluation_input, struct_size, 0, 4)                       \
  F(wkr_evaluation_input, year, 4, 4)                              \
  F(wkr_evaluation_input, excess, 8, 4)                            \
  F(wkr_evaluation_input, company_bicycle_designation, 12, 4)      \
  S(wkr_evaluation_result, 64)                                     \
  F(wkr_evaluation_result, struct_size, 0, 4)                      \
  F(wkr_evaluation_result, year, 4, 4)                             \
  F(wkr_evaluation_result, employee_count, 8, 4)                   \
  F(wkr_evaluation_result, customary_review_count, 12, 4)          \
  F(wkr_evaluation_result, exempt_cents, 16, 8)                    \
  F(wkr_evaluation_result, targeted_exempt_cents, 24, 8)           \
  F(wkr_evaluation_result, nil_valued_cents, 32, 8)                \
  F(wkr_evaluation_result, intermediary_cents, 40, 8)              \
  F(wkr_evaluation_result, designated_cents, 48, 8)                \
  F(wkr_evaluation_result, wage_cents, 56, 8)

#endif
