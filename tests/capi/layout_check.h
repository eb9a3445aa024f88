/*
 * Compile-time checks that wkr.h's structs have exactly the layout of layout_table.h: in C99
 * (a negative array size), C11 (_Static_assert) and C++11 (static_assert).
 */
#ifndef WKR_TESTS_LAYOUT_CHECK_H
#define WKR_TESTS_LAYOUT_CHECK_H

#include <stddef.h>

#include <wkr/wkr.h>

#include "layout_table.h"

#if defined(__cplusplus)
#  define WKR_CHECK(condition, name) static_assert(condition, #name);
#  define WKR_MEMBER_SIZE(type, field) sizeof(type::field)
#elif defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
#  define WKR_CHECK(condition, name) _Static_assert(condition, #name);
#  define WKR_MEMBER_SIZE(type, field) sizeof(((type*)0)->field)
#else
#  define WKR_CHECK(condition, name) typedef char wkr_layout_check_##name[(condition) ? 1 : -1];
#  define WKR_MEMBER_SIZE(type, field) sizeof(((type*)0)->field)
#endif

#define WKR_CHECK_STRUCT(type, size) WKR_CHECK(sizeof(type) == (size), type##_size)
#define WKR_CHECK_FIELD(type, field, offset, size)                          \
  WKR_CHECK(offsetof(type, field) == (offset), type##_##field##_offset)      \
  WKR_CHECK(WKR_MEMBER_SIZE(type, field) == (size), type##_##field##_size)

WKR_LAYOUT_TABLE(WKR_CHECK_STRUCT, WKR_CHECK_FIELD)

#endif
