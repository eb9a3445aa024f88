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

#define WKR_LAYOUT_TABLE(S, F)                               \
  S(wkr_decimal, 24)                                         \
  F(wkr_decimal, lo, 0, 8)                                   \
  F(wkr_decimal, hi, 8, 8)                                   \
  F(wkr_decimal, scale, 16, 4)                               \
  F(wkr_decimal, reserved, 20, 4)                            \
  S(wkr_free_space_input, 24)                                \
  F(wkr_free_space_input, struct_size, 0, 4)                 \
  F(wkr_free_space_input, year, 4, 4)                        \
  F(wkr_free_space_input, wage_bill_cents, 8, 8)             \
  F(wkr_free_space_input, free_space_rounding, 16, 4)        \
  F(wkr_free_space_input, reserved, 20, 4)                   \
  S(wkr_settle_input, 32)                                    \
  F(wkr_settle_input, struct_size, 0, 4)                     \
  F(wkr_settle_input, year, 4, 4)                            \
  F(wkr_settle_input, wage_bill_cents, 8, 8)                 \
  F(wkr_settle_input, designated_cents, 16, 8)               \
  F(wkr_settle_input, free_space_rounding, 24, 4)            \
  F(wkr_settle_input, reserved, 28, 4)                       \
  S(wkr_group_member, 16)                                    \
  F(wkr_group_member, struct_size, 0, 4)                     \
  F(wkr_group_member, whole_year, 4, 4)                      \
  F(wkr_group_member, wage_bill_cents, 8, 8)                 \
  S(wkr_free_space_result, 24)                               \
  F(wkr_free_space_result, struct_size, 0, 4)                \
  F(wkr_free_space_result, year, 4, 4)                       \
  F(wkr_free_space_result, wage_bill_cents, 8, 8)            \
  F(wkr_free_space_result, free_space_cents, 16, 8)          \
  S(wkr_settlement, 64)                                      \
  F(wkr_settlement, struct_size, 0, 4)                       \
  F(wkr_settlement, year, 4, 4)                              \
  F(wkr_settlement, wage_bill_cents, 8, 8)                   \
  F(wkr_settlement, free_space_cents, 16, 8)                 \
  F(wkr_settlement, designated_cents, 24, 8)                 \
  F(wkr_settlement, excess_cents, 32, 8)                     \
  F(wkr_settlement, final_levy_cents, 40, 8)                 \
  F(wkr_settlement, final_levy_return_cents, 48, 8)          \
  F(wkr_settlement, due_year, 56, 4)                         \
  F(wkr_settlement, due_period, 60, 4)

#endif
