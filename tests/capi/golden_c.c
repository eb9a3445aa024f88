/*
 * The golden cases (the YAML files of tests/golden, exported as golden.tsv by wkr_golden_export) computed by
 * a C program through libwkr's C interface — twice per case where it can: through the JSON entry
 * point, checking every expected value of the result, and through the typed entry points
 * (wkr_free_space, wkr_group_free_space, wkr_settle, wkr_group_settle, checking the cents; and the
 * home-working and commute cases through wkr_home_working_per_day/_fixed, wkr_commute_per_day and
 * wkr_fixed_commute, checking every expected value the typed result carries).
 * Cases that are usage errors of the command line (exit 2) are skipped.
 *
 * Built in the build tree against the built library and, by tests/install, as a consumer of the
 * installed package (find_package and pkg-config). Pure C99, only <wkr/wkr.h> and the C library.
 *
 *   usage: wkr_golden_c golden.tsv     prints "N passed, N failed", exits 1 on any failure
 */
#include <wkr/wkr.h>

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_LINE 65536
#define MAX_ITEMS 64

static int passed = 0;
static int failed = 0;
static int skipped = 0;

/* ---- a minimal JSON reader: enough to find a value by path in the library's response ------- */

static const char* skip_ws(const char* p) {
  while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') ++p;
  return p;
}

/* p at the opening quote; returns the position after the closing quote, or NULL. */
static const char* skip_string(const char* p) {
  if (*p != '"') return NULL;
  for (++p; *p != '\0' && *p != '"'; ++p) {
    if (*p == '\\') {
      ++p;
      if (*p == '\0') return NULL;
    }
  }
  return *p == '"' ? p + 1 : NULL;
}

static const char* skip_value(const char* p) {
  p = skip_ws(p);
  if (*p == '"') return skip_string(p);
  if (*p == '{' || *p == '[') {
    const char close = *p == '{' ? '}' : ']';
    p = skip_ws(p + 1);
    if (*p == close) return p + 1;
    for (;;) {
      if (close == '}') {
        p = skip_string(skip_ws(p));
        if (p == NULL) return NULL;
        p = skip_ws(p);
        if (*p != ':') return NULL;
        ++p;
      }
      p = skip_value(p);
      if (p == NULL) return NULL;
      p = skip_ws(p);
      if (*p == ',') {
        ++p;
        continue;
      }
      return *p == close ? p + 1 : NULL;
    }
  }
  if (*p == '\0' || *p == ',' || *p == '}' || *p == ']' || *p == ':') return NULL;
  while (*p != '\0' && *p != ',' && *p != '}' && *p != ']' && *p != ' ' && *p != '\n') ++p;
  return p;
}

static void put_utf8(unsigned long code, char** out, const char* end) {
  unsigned char bytes[4];
  int n;
  int i;
  if (code < 0x80) {
    bytes[0] = (unsigned char)code;
    n = 1;
  } else if (code < 0x800) {
    bytes[0] = (unsigned char)(0xC0 | (code >> 6));
    bytes[1] = (unsigned char)(0x80 | (code & 0x3F));
    n = 2;
  } else if (code < 0x10000) {
    bytes[0] = (unsigned char)(0xE0 | (code >> 12));
    bytes[1] = (unsigned char)(0x80 | ((code >> 6) & 0x3F));
    bytes[2] = (unsigned char)(0x80 | (code & 0x3F));
    n = 3;
  } else {
    bytes[0] = (unsigned char)(0xF0 | (code >> 18));
    bytes[1] = (unsigned char)(0x80 | ((code >> 12) & 0x3F));
    bytes[2] = (unsigned char)(0x80 | ((code >> 6) & 0x3F));
    bytes[3] = (unsigned char)(0x80 | (code & 0x3F));
    n = 4;
  }
  for (i = 0; i < n && *out < end; ++i) *(*out)++ = (char)bytes[i];
}

static unsigned long hex4(const char* p) {
  unsigned long v = 0;
  int i;
  for (i = 0; i < 4; ++i) {
    const char c = p[i];
    v <<= 4;
    if (c >= '0' && c <= '9') v |= (unsigned long)(c - '0');
    else if (c >= 'a' && c <= 'f') v |= (unsigned long)(c - 'a' + 10);
    else if (c >= 'A' && c <= 'F') v |= (unsigned long)(c - 'A' + 10);
    else return 0xFFFFFFFFul;
  }
  return v;
}

/* The text of the value at v: a string unescaped, anything else as written. 0 on error. */
static int value_text(const char* v, char* out, size_t capacity) {
  char* o = out;
  const char* end = out + capacity - 1;
  v = skip_ws(v);
  if (*v == '"') {
    for (++v; *v != '"'; ++v) {
      if (*v == '\0') return 0;
      if (*v == '\\') {
        ++v;
        switch (*v) {
          case 'n': if (o < end) *o++ = '\n'; break;
          case 't': if (o < end) *o++ = '\t'; break;
          case 'r': if (o < end) *o++ = '\r'; break;
          case 'b': if (o < end) *o++ = '\b'; break;
          case 'f': if (o < end) *o++ = '\f'; break;
          case 'u': {
            unsigned long code = hex4(v + 1);
            if (code == 0xFFFFFFFFul) return 0;
            v += 4;
            if (code >= 0xD800 && code < 0xDC00 && v[1] == '\\' && v[2] == 'u') {
              const unsigned long low = hex4(v + 3);
              if (low >= 0xDC00 && low < 0xE000) {
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                v += 6;
              }
            }
            put_utf8(code, &o, end);
            break;
          }
          case '\0': return 0;
          default: if (o < end) *o++ = *v; break;
        }
      } else if (o < end) {
        *o++ = *v;
      }
    }
  } else {
    const char* stop = skip_value(v);
    if (stop == NULL) return 0;
    while (v < stop && o < end) *o++ = *v++;
  }
  *o = '\0';
  return 1;
}

/* The value at `path` ("due/year", "items/0/name") in the JSON text, or NULL. */
static const char* find_path(const char* json, const char* path) {
  const char* p = skip_ws(json);
  while (*path != '\0') {
    const char* slash = strchr(path, '/');
    const size_t length = slash != NULL ? (size_t)(slash - path) : strlen(path);
    if (*p == '{') {
      p = skip_ws(p + 1);
      for (;;) {
        const char* key = p;
        const char* after_key = skip_string(key);
        if (after_key == NULL) return NULL;
        p = skip_ws(after_key);
        if (*p != ':') return NULL;
        p = skip_ws(p + 1);
        if ((size_t)(after_key - key - 2) == length && strncmp(key + 1, path, length) == 0) break;
        p = skip_value(p);
        if (p == NULL) return NULL;
        p = skip_ws(p);
        if (*p != ',') return NULL;
        p = skip_ws(p + 1);
      }
    } else if (*p == '[') {
      long index = strtol(path, NULL, 10);
      p = skip_ws(p + 1);
      for (; index > 0; --index) {
        p = skip_value(p);
        if (p == NULL) return NULL;
        p = skip_ws(p);
        if (*p != ',') return NULL;
        p = skip_ws(p + 1);
      }
      if (*p == ']') return NULL;
    } else {
      return NULL;
    }
    path += length;
    if (*path == '/') ++path;
  }
  return p;
}

static long array_size(const char* v) {
  long n = 0;
  v = skip_ws(v);
  if (*v != '[') return -1;
  v = skip_ws(v + 1);
  if (*v == ']') return 0;
  for (;;) {
    v = skip_value(v);
    if (v == NULL) return -1;
    ++n;
    v = skip_ws(v);
    if (*v == ']') return n;
    if (*v != ',') return -1;
    ++v;
  }
}

/* ---- one golden case ------------------------------------------------------------------------- */

typedef struct {
  char key[256];
  char value[1024];
} item;

typedef struct {
  char id[256];
  char data[4096];
  char* request;
  int cli_only;
  int expect_error;
  char error_message[1024];
  item expect[MAX_ITEMS];
  int expect_count;
  item expect_size[MAX_ITEMS];
  int expect_size_count;
  int has_typed;
  char function[64];
  long long year;
  long long rounding;
  long long designated_cents;
  long long wage_bills[MAX_ITEMS];
  int member_count;
  item typed_expect[MAX_ITEMS];
  int typed_expect_count;
  char warnings[1024]; /* the keys of the expected warnings, comma-separated; "" none */
} golden_case;

typedef struct {
  char directory[4096];
  wkr_context* context;
} cached_context;

static cached_context contexts[16];
static int context_count = 0;

static wkr_context* context_for(const char* directory) {
  int i;
  wkr_context* context = NULL;
  int32_t status;
  for (i = 0; i < context_count; ++i) {
    if (strcmp(contexts[i].directory, directory) == 0) return contexts[i].context;
  }
  if (context_count == (int)(sizeof contexts / sizeof contexts[0])) return NULL;
  status = directory[0] == '\0' ? wkr_context_new(&context)
                                : wkr_context_new_from_directory(directory, strlen(directory), &context);
  if (status != WKR_OK) {
    fprintf(stderr, "cannot load the tables of '%s': %s: %s\n", directory, wkr_status_name(status),
            wkr_last_error_message());
    return NULL;
  }
  strcpy(contexts[context_count].directory, directory);
  contexts[context_count].context = context;
  ++context_count;
  return context;
}

static void check(int ok, const golden_case* c, const char* route, const char* what) {
  if (ok) {
    ++passed;
  } else {
    ++failed;
    printf("FAIL %s (%s): %s\n", c->id, route, what);
  }
}

/* The keys of the response's warnings, comma-separated, in order ("" when it has none); 0 when they
   do not fit. */
static int warning_keys(const char* response, char* out, size_t capacity) {
  const char* list = find_path(response, "warnings");
  const long n = list != NULL ? array_size(list) : 0;
  char path[64];
  char key[256];
  long i;
  out[0] = '\0';
  for (i = 0; i < n; ++i) {
    const char* value;
    sprintf(path, "warnings/%ld/key", i);
    value = find_path(response, path);
    if (value == NULL || !value_text(value, key, sizeof key)) return 0;
    if (strlen(out) + strlen(key) + 2 > capacity) return 0;
    if (i > 0) strcat(out, ",");
    strcat(out, key);
  }
  return 1;
}

static void run_json(const golden_case* c, wkr_context* context) {
  char* response = NULL;
  size_t length = 0;
  char text[1024];
  char what[4096];
  int ok = 1;
  int i;
  const int32_t status = wkr_evaluate_json(context, c->request, strlen(c->request), &response, &length);
  if (c->expect_error) {
    sprintf(what, "expected an error containing '%s', got %s: %.2000s", c->error_message, wkr_status_name(status),
            wkr_last_error_message());
    check(status < 0 && response == NULL && strstr(wkr_last_error_message(), c->error_message) != NULL, c, "json",
          what);
    return;
  }
  if (status != WKR_OK) {
    sprintf(what, "%s: %.2000s", wkr_status_name(status), wkr_last_error_message());
    check(0, c, "json", what);
    return;
  }
  if (strlen(response) != length) {
    ok = 0;
    sprintf(what, "response_length %lu, strlen %lu", (unsigned long)length, (unsigned long)strlen(response));
  }
  for (i = 0; ok && i < c->expect_count; ++i) {
    const char* value = find_path(response, c->expect[i].key);
    if (value == NULL || !value_text(value, text, sizeof text) || strcmp(text, c->expect[i].value) != 0) {
      ok = 0;
      sprintf(what, "%s: expected '%s', got '%s'", c->expect[i].key, c->expect[i].value, value != NULL ? text : "(missing)");
    }
  }
  for (i = 0; ok && i < c->expect_size_count; ++i) {
    const char* value = find_path(response, c->expect_size[i].key);
    const long size = value != NULL ? array_size(value) : -1;
    if (size != strtol(c->expect_size[i].value, NULL, 10)) {
      ok = 0;
      sprintf(what, "%s: expected %s elements, got %ld", c->expect_size[i].key, c->expect_size[i].value, size);
    }
  }
  if (ok && (!warning_keys(response, text, sizeof text) || strcmp(text, c->warnings) != 0)) {
    ok = 0;
    sprintf(what, "warnings: expected '%s', got '%s'", c->warnings, text);
  }
  check(ok, c, "json", what);
  wkr_free(response);
}

static long long field_of(const golden_case* c, const char* name, const wkr_free_space_result* space,
                          const wkr_settlement* settlement, int* known) {
  *known = 1;
  if (space != NULL) {
    if (strcmp(name, "year") == 0) return space->year;
    if (strcmp(name, "wage_bill_cents") == 0) return space->wage_bill_cents;
    if (strcmp(name, "free_space_cents") == 0) return space->free_space_cents;
  } else {
    if (strcmp(name, "year") == 0) return settlement->year;
    if (strcmp(name, "wage_bill_cents") == 0) return settlement->wage_bill_cents;
    if (strcmp(name, "free_space_cents") == 0) return settlement->free_space_cents;
    if (strcmp(name, "designated_cents") == 0) return settlement->designated_cents;
    if (strcmp(name, "excess_cents") == 0) return settlement->excess_cents;
    if (strcmp(name, "final_levy_cents") == 0) return settlement->final_levy_cents;
    if (strcmp(name, "final_levy_return_cents") == 0) return settlement->final_levy_return_cents;
    if (strcmp(name, "due_year") == 0) return settlement->due_year;
    if (strcmp(name, "due_period") == 0) return settlement->due_period;
  }
  (void)c;
  *known = 0;
  return 0;
}

static void run_typed(const golden_case* c, wkr_context* context) {
  wkr_free_space_input space_input = WKR_FREE_SPACE_INPUT_INIT;
  wkr_settle_input settle_input = WKR_SETTLE_INPUT_INIT;
  wkr_free_space_result space = WKR_FREE_SPACE_RESULT_INIT;
  wkr_settlement settlement = WKR_SETTLEMENT_INIT;
  wkr_group_member members[MAX_ITEMS];
  const int is_settle = strstr(c->function, "settle") != NULL;
  const int is_group = strncmp(c->function, "group_", 6) == 0;
  char what[4096];
  int32_t status;
  int i;
  int ok = 1;
  for (i = 0; i < c->member_count; ++i) {
    wkr_group_member member = WKR_GROUP_MEMBER_INIT;
    member.wage_bill_cents = c->wage_bills[i];
    members[i] = member;
  }
  space_input.year = (int32_t)c->year;
  space_input.free_space_rounding = (int32_t)c->rounding;
  settle_input.year = (int32_t)c->year;
  settle_input.free_space_rounding = (int32_t)c->rounding;
  settle_input.designated_cents = c->designated_cents;
  if (!is_group) {
    space_input.wage_bill_cents = c->wage_bills[0];
    settle_input.wage_bill_cents = c->wage_bills[0];
  }
  if (is_settle) {
    status = is_group ? wkr_group_settle(context, &settle_input, members, (size_t)c->member_count,
                                         sizeof(wkr_group_member), &settlement)
                      : wkr_settle(context, &settle_input, &settlement);
  } else {
    status = is_group ? wkr_group_free_space(context, &space_input, members, (size_t)c->member_count,
                                             sizeof(wkr_group_member), &space)
                      : wkr_free_space(context, &space_input, &space);
  }
  if (c->expect_error) {
    sprintf(what, "expected an error containing '%s', got %s: %.2000s", c->error_message, wkr_status_name(status),
            wkr_last_error_message());
    check(status < 0 && strstr(wkr_last_error_message(), c->error_message) != NULL, c, c->function, what);
    return;
  }
  if (status != WKR_OK) {
    sprintf(what, "%s: %.2000s", wkr_status_name(status), wkr_last_error_message());
    check(0, c, c->function, what);
    return;
  }
  for (i = 0; ok && i < c->typed_expect_count; ++i) {
    int known = 0;
    const long long expected = strtoll(c->typed_expect[i].value, NULL, 10);
    const long long actual =
        field_of(c, c->typed_expect[i].key, is_settle ? NULL : &space, is_settle ? &settlement : NULL, &known);
    if (!known || actual != expected) {
      ok = 0;
      sprintf(what, "%s: expected %lld, got %lld%s", c->typed_expect[i].key, expected, actual, known ? "" : " (unknown field)");
    }
  }
  check(ok, c, c->function, what);
}

/* ---- the allowance cases through the typed entry points ------------------------------------
 *
 * A home-working or commute request whose keys all map onto wkr_home_working_per_day/_fixed,
 * wkr_commute_per_day or wkr_fixed_commute is run again through that call, and every expected
 * value the typed result carries is compared as the JSON response writes it (money with at least
 * two decimals, days and km exactly). Keys the typed result does not carry (the explanation, the
 * reasons for a recalculation) are left to the JSON route. */

static int typed_allowance_cases = 0;

/* The keys of the JSON object at `json`, at most `max`; -1 when it is not an object. */
static int object_keys(const char* json, char keys[][64], int max) {
  const char* p = skip_ws(json);
  int n = 0;
  if (*p != '{') return -1;
  p = skip_ws(p + 1);
  if (*p == '}') return 0;
  for (;;) {
    const char* after = skip_string(p);
    if (after == NULL || n == max || (size_t)(after - p - 2) >= 64) return -1;
    memcpy(keys[n], p + 1, (size_t)(after - p - 2));
    keys[n][after - p - 2] = '\0';
    ++n;
    p = skip_ws(after);
    if (*p != ':') return -1;
    p = skip_value(p + 1);
    if (p == NULL) return -1;
    p = skip_ws(p);
    if (*p == '}') return n;
    if (*p != ',') return -1;
    p = skip_ws(p + 1);
  }
}

static int in_list(const char* key, const char* const* list) {
  for (; *list != NULL; ++list) {
    if (strcmp(key, *list) == 0) return 1;
  }
  return 0;
}

/* The text of the request's value for `key` into `out`; 0 when absent. */
static int request_text(const golden_case* c, const char* key, char* out, size_t capacity) {
  const char* v = find_path(c->request, key);
  return v != NULL && value_text(v, out, capacity);
}

static int text_to_int(const char* text, int32_t* out) {
  char* end;
  long value;
  errno = 0;
  value = strtol(text, &end, 10);
  if (*text == '\0' || *end != '\0' || errno != 0 || value < INT32_MIN || value > INT32_MAX) return 0;
  *out = (int32_t)value;
  return 1;
}

static int text_to_decimal(const char* text, wkr_decimal* out) {
  return wkr_decimal_parse(text, strlen(text), out) == WKR_OK;
}

/* A plain non-negative decimal with at most two decimals as cents; 0 otherwise. */
static int text_to_cents(const char* text, int64_t* out) {
  wkr_decimal d;
  int64_t value;
  int32_t scale;
  if (!text_to_decimal(text, &d) || d.scale > 2 || d.hi != 0 || d.lo > (uint64_t)INT64_MAX / 100) return 0;
  value = (int64_t)d.lo;
  for (scale = d.scale; scale < 2; ++scale) value *= 10;
  *out = value;
  return 1;
}

/* "2024-09-07" → 20240907; 0 when it is not that form. */
static int32_t iso_date(const char* text, size_t length) {
  int32_t value = 0;
  size_t i;
  if (length != 10 || text[4] != '-' || text[7] != '-') return 0;
  for (i = 0; i < length; ++i) {
    if (i == 4 || i == 7) continue;
    if (text[i] < '0' || text[i] > '9') return 0;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

/* Cents as the JSON response writes money: "490.20", "-0.05". */
static void cents_text(int64_t cents, char* out) {
  const unsigned long long magnitude = cents < 0 ? (unsigned long long)(-(cents + 1)) + 1u : (unsigned long long)cents;
  sprintf(out, "%s%llu.%02llu", cents < 0 ? "-" : "", magnitude / 100u, magnitude % 100u);
}

/* A decimal as its exact text; with `money`, at least two decimals as the JSON writes money. */
static void decimal_text(const wkr_decimal* value, int money, char* out) {
  wkr_decimal padded = *value;
  if (money) {
    while (padded.scale < 2) { /* × 10 in 128 bits: values here are small, the high word is the sign */
      padded.lo *= 10u;
      ++padded.scale;
    }
  }
  if (wkr_decimal_format(&padded, out, WKR_DECIMAL_STRING_MAX, NULL) != WKR_OK) strcpy(out, "(unformattable)");
}

typedef struct {
  int kind; /* 1 home working, 2 commute per day, 3 fixed commute */
  wkr_home_working_result home;
  wkr_travel_result travel;
  wkr_fixed_commute_result fixed;
} typed_allowance;

/* The typed result's text for an expected key, as the JSON response writes it; 0 for a key the
   typed result does not carry. */
static int typed_text(const typed_allowance* t, const char* key, char* out) {
  const wkr_home_working_result* h = &t->home;
  const wkr_travel_result* r = &t->travel;
  const wkr_fixed_commute_result* f = &t->fixed;
  const char* treatment_names[] = {"", "designate", "wage"};
  int32_t treatment;
  if (t->kind == 1) {
    if (strcmp(key, "year") == 0) return sprintf(out, "%d", (int)h->year) > 0;
    if (strcmp(key, "fixed") == 0) return strcpy(out, h->fixed ? "true" : "false") != NULL;
    if (strcmp(key, "exemption_in_force") == 0) return strcpy(out, h->exemption_in_force ? "true" : "false") != NULL;
    if (strcmp(key, "days") == 0) return decimal_text(&h->days, 0, out), 1;
    if (strcmp(key, "daily_amount") == 0) return decimal_text(&h->daily_amount, 1, out), 1;
    if (strcmp(key, "cap") == 0) return cents_text(h->cap_cents, out), 1;
    if (strcmp(key, "monthly_cap") == 0 && h->fixed) return cents_text(h->monthly_cap_cents, out), 1;
    treatment = h->excess_treatment;
  } else if (t->kind == 2) {
    if (strcmp(key, "year") == 0) return sprintf(out, "%d", (int)r->year) > 0;
    if (strcmp(key, "purpose") == 0) return strcpy(out, r->purpose == WKR_TRAVEL_COMMUTING ? "commuting" : "business_trip") != NULL;
    if (strcmp(key, "km_one_way") == 0) return decimal_text(&r->km_one_way, 0, out), 1;
    if (strcmp(key, "days") == 0) return decimal_text(&r->days, 0, out), 1;
    if (strcmp(key, "km") == 0) return decimal_text(&r->km, 0, out), 1;
    if (strcmp(key, "rate") == 0) return decimal_text(&r->rate, 1, out), 1;
    if (strcmp(key, "cap") == 0) return cents_text(r->cap_cents, out), 1;
    treatment = r->excess_treatment;
  } else {
    if (strcmp(key, "year") == 0) return sprintf(out, "%d", (int)f->year) > 0;
    if (strcmp(key, "fixed") == 0) return strcpy(out, "true") != NULL;
    if (strcmp(key, "regime") == 0) return strcpy(out, f->pattern_based ? "travel_pattern" : "working_week") != NULL;
    if (strcmp(key, "km_one_way") == 0) return decimal_text(&f->km_one_way, 0, out), 1;
    if (strcmp(key, "days_per_week") == 0) return sprintf(out, "%d", (int)f->days_per_week) > 0;
    if (strcmp(key, "days") == 0) return decimal_text(&f->days, 0, out), 1;
    if (strcmp(key, "minimum_days") == 0) return decimal_text(&f->minimum_days, 0, out), 1;
    if (strcmp(key, "minimum_weeks") == 0) return decimal_text(&f->minimum_weeks, 0, out), 1;
    if (strcmp(key, "months") == 0) return sprintf(out, "%d", (int)f->months) > 0;
    if (strcmp(key, "rate") == 0) return decimal_text(&f->rate, 1, out), 1;
    if (strcmp(key, "cap") == 0) return cents_text(f->cap_cents, out), 1;
    if (strcmp(key, "cap_before_absence") == 0) return cents_text(f->pattern_cap_cents, out), 1;
    if (strcmp(key, "monthly_cap") == 0) return cents_text(f->monthly_cap_cents, out), 1;
    if (strcmp(key, "actual_cap") == 0 && f->actual_cap_given) return cents_text(f->actual_cap_cents, out), 1;
    if (strcmp(key, "qualifies") == 0) return strcpy(out, f->qualifies ? "true" : "false") != NULL;
    if (strcmp(key, "recalculation_required") == 0)
      return strcpy(out, f->recalculation_required ? "true" : "false") != NULL;
    if (strncmp(key, "stopped_months/", 15) == 0) { /* the n-th month of the bit set, ascending */
      long wanted = strtol(key + 15, NULL, 10);
      int month;
      for (month = 1; month <= 12; ++month) {
        if ((f->stopped_months & (1u << (month - 1))) != 0 && wanted-- == 0) return sprintf(out, "%d", month) > 0;
      }
      return strcpy(out, "(none)") != NULL;
    }
    treatment = f->excess_treatment;
  }
  /* the split, present only with an amount paid */
  {
    static const char* const split[] = {"paid", "exempt", "excess", "designated", "wage", NULL};
    int64_t cents[5];
    int paid;
    int i;
    if (t->kind == 1) {
      paid = (int)h->paid_given;
      cents[0] = h->paid_cents, cents[1] = h->exempt_cents, cents[2] = h->excess_cents;
      cents[3] = h->designated_cents, cents[4] = h->wage_cents;
    } else if (t->kind == 2) {
      paid = (int)r->paid_given;
      cents[0] = r->paid_cents, cents[1] = r->exempt_cents, cents[2] = r->excess_cents;
      cents[3] = r->designated_cents, cents[4] = r->wage_cents;
    } else {
      paid = (int)f->paid_given;
      cents[0] = f->paid_cents, cents[1] = f->exempt_cents, cents[2] = f->excess_cents;
      cents[3] = f->designated_cents, cents[4] = f->wage_cents;
    }
    if (!paid) return 0;
    for (i = 0; split[i] != NULL; ++i) {
      if (strcmp(key, split[i]) == 0) {
        cents_text(cents[i], out);
        return 1;
      }
    }
    if (strcmp(key, "excess_treatment") == 0 && treatment >= 1 && treatment <= 2) {
      strcpy(out, treatment_names[treatment]);
      return 1;
    }
  }
  return 0;
}

static void run_typed_allowance(const golden_case* c, wkr_context* context) {
  static const char* const home_days_keys[] = {"command", "year", "days", "paid", "excess", NULL};
  static const char* const home_fixed_keys[] = {"command", "year", "fixed", "home_days_per_week", "paid", "excess",
                                                "from_month", "to_month", "round_days", NULL};
  static const char* const commute_days_keys[] = {"command", "year", "km_one_way", "days", "paid", "excess", NULL};
  static const char* const commute_fixed_keys[] = {
      "command", "year", "fixed", "km_one_way", "office_days_per_week", "work_days_per_week", "from_month",
      "to_month", "round_days", "paid", "excess", "travel_days", "travel_weeks", "actual_km", "long_absence",
      "absence_new_cause_each_year", "corona_approval", NULL};
  char keys[32][64];
  char text[1024];
  char what[4096];
  char command[64];
  const char* const* allowed;
  typed_allowance t;
  wkr_absence absences[8];
  int absence_count = 0;
  int fixed = 0;
  int count;
  int i;
  int checked = 0;
  int ok = 1;
  int32_t status;
  int32_t year = 0;
  int32_t number;
  int32_t excess = WKR_EXCESS_DEFAULT;
  int32_t day_rounding = WKR_DAYS_EXACT;
  int64_t paid = 0;
  int paid_given = 0;

  if (!request_text(c, "command", command, sizeof command)) return;
  if (strcmp(command, "home-working") != 0 && strcmp(command, "commute") != 0) return;
  if (request_text(c, "fixed", text, sizeof text)) {
    if (strcmp(text, "true") != 0 && strcmp(text, "false") != 0) return;
    fixed = strcmp(text, "true") == 0;
  }
  allowed = command[0] == 'h' ? (fixed ? home_fixed_keys : home_days_keys)
                              : (fixed ? commute_fixed_keys : commute_days_keys);
  count = object_keys(c->request, keys, 32);
  if (count < 0) return;
  for (i = 0; i < count; ++i) {
    if (!in_list(keys[i], allowed)) return; /* a key the typed calls do not take */
  }
  if (!request_text(c, "year", text, sizeof text) || !text_to_int(text, &year)) return;
  if (request_text(c, "paid", text, sizeof text)) {
    if (!text_to_cents(text, &paid)) return;
    paid_given = 1;
  }
  if (request_text(c, "excess", text, sizeof text)) {
    if (strcmp(text, "designate") == 0) excess = WKR_EXCESS_DESIGNATE;
    else if (strcmp(text, "wage") == 0) excess = WKR_EXCESS_WAGE;
    else return;
  }
  if (request_text(c, "round_days", text, sizeof text)) {
    if (strcmp(text, "exact") == 0) day_rounding = WKR_DAYS_EXACT;
    else if (strcmp(text, "up") == 0) day_rounding = WKR_DAYS_UP;
    else return;
  }
  memset(&t, 0, sizeof t);
  {
    const wkr_home_working_result home = WKR_HOME_WORKING_RESULT_INIT;
    const wkr_travel_result travel = WKR_TRAVEL_RESULT_INIT;
    const wkr_fixed_commute_result fixed_result = WKR_FIXED_COMMUTE_RESULT_INIT;
    t.home = home;
    t.travel = travel;
    t.fixed = fixed_result;
  }
#define INT_KEY(key, field)                                                                      \
  if (request_text(c, key, text, sizeof text)) {                                                 \
    if (!text_to_int(text, &number)) return;                                                     \
    field = number;                                                                              \
  }
#define DECIMAL_KEY(key, field)                                                                  \
  if (request_text(c, key, text, sizeof text) && !text_to_decimal(text, &field)) return;
  if (command[0] == 'h' && !fixed) {
    wkr_home_working_days_input in = WKR_HOME_WORKING_DAYS_INPUT_INIT;
    in.year = year;
    INT_KEY("days", in.days)
    in.excess = excess;
    in.paid_given = (uint32_t)paid_given;
    in.paid_cents = paid;
    t.kind = 1;
    status = wkr_home_working_per_day(context, &in, &t.home);
  } else if (command[0] == 'h') {
    wkr_home_working_fixed_input in = WKR_HOME_WORKING_FIXED_INPUT_INIT;
    in.year = year;
    INT_KEY("home_days_per_week", in.home_days_per_week)
    INT_KEY("from_month", in.from_month)
    INT_KEY("to_month", in.to_month)
    in.day_rounding = day_rounding;
    in.excess = excess;
    in.paid_given = (uint32_t)paid_given;
    in.paid_cents = paid;
    t.kind = 1;
    status = wkr_home_working_fixed(context, &in, &t.home);
  } else if (!fixed) {
    wkr_commute_days_input in = WKR_COMMUTE_DAYS_INPUT_INIT;
    in.year = year;
    DECIMAL_KEY("km_one_way", in.km_one_way)
    INT_KEY("days", in.days)
    in.excess = excess;
    in.paid_given = (uint32_t)paid_given;
    in.paid_cents = paid;
    t.kind = 2;
    status = wkr_commute_per_day(context, &in, &t.travel);
  } else {
    wkr_fixed_commute_input in = WKR_FIXED_COMMUTE_INPUT_INIT;
    const char* list = find_path(c->request, "long_absence");
    in.year = year;
    DECIMAL_KEY("km_one_way", in.km_one_way)
    INT_KEY("office_days_per_week", in.office_days_per_week)
    INT_KEY("work_days_per_week", in.work_days_per_week)
    INT_KEY("from_month", in.from_month)
    INT_KEY("to_month", in.to_month)
    if (request_text(c, "travel_days", text, sizeof text)) {
      if (!text_to_decimal(text, &in.travel_days)) return;
      in.travel_days_given = 1;
    }
    if (request_text(c, "travel_weeks", text, sizeof text)) {
      if (!text_to_decimal(text, &in.travel_weeks)) return;
      in.travel_weeks_given = 1;
    }
    if (request_text(c, "actual_km", text, sizeof text)) {
      if (!text_to_decimal(text, &in.actual_km)) return;
      in.actual_km_given = 1;
    }
    if (request_text(c, "absence_new_cause_each_year", text, sizeof text)) {
      if (strcmp(text, "true") != 0 && strcmp(text, "false") != 0) return;
      in.absence_new_cause_each_year = strcmp(text, "true") == 0;
    }
    if (request_text(c, "corona_approval", text, sizeof text)) {
      if (strcmp(text, "true") != 0 && strcmp(text, "false") != 0) return;
      in.corona_approval = strcmp(text, "true") == 0;
    }
    if (list != NULL) { /* "START:RETURN" strings, RETURN empty when not back */
      const long n = array_size(list);
      char path[64];
      if (n < 0 || n > 8) return;
      for (i = 0; i < n; ++i) {
        const wkr_absence absence = WKR_ABSENCE_INIT;
        const char* colon;
        sprintf(path, "long_absence/%d", i);
        if (!request_text(c, path, text, sizeof text) || (colon = strchr(text, ':')) == NULL) return;
        absences[absence_count] = absence;
        absences[absence_count].start = iso_date(text, (size_t)(colon - text));
        absences[absence_count].returned = colon[1] == '\0' ? 0 : iso_date(colon + 1, strlen(colon + 1));
        if (absences[absence_count].start == 0 || (colon[1] != '\0' && absences[absence_count].returned == 0)) return;
        ++absence_count;
      }
      in.absence_count = (uint32_t)absence_count;
    }
    in.day_rounding = day_rounding;
    in.excess = excess;
    in.paid_given = (uint32_t)paid_given;
    in.paid_cents = paid;
    t.kind = 3;
    status = wkr_fixed_commute(context, &in, absence_count > 0 ? absences : NULL, (size_t)absence_count,
                               sizeof(wkr_absence), &t.fixed);
  }
#undef INT_KEY
#undef DECIMAL_KEY
  ++typed_allowance_cases;
  if (c->expect_error) {
    sprintf(what, "expected an error containing '%s', got %s: %.2000s", c->error_message, wkr_status_name(status),
            wkr_last_error_message());
    check(status < 0 && strstr(wkr_last_error_message(), c->error_message) != NULL, c, "typed allowance", what);
    return;
  }
  if (status != WKR_OK) {
    sprintf(what, "%s: %.2000s", wkr_status_name(status), wkr_last_error_message());
    check(0, c, "typed allowance", what);
    return;
  }
  for (i = 0; ok && i < c->expect_count; ++i) {
    if (typed_text(&t, c->expect[i].key, text)) {
      ++checked;
      if (strcmp(text, c->expect[i].value) != 0) {
        ok = 0;
        sprintf(what, "%s: expected '%s', got '%s'", c->expect[i].key, c->expect[i].value, text);
      }
    }
  }
  for (i = 0; ok && i < c->expect_size_count; ++i) {
    if (t.kind == 3 && strcmp(c->expect_size[i].key, "stopped_months") == 0) {
      long months = 0;
      int month;
      for (month = 0; month < 12; ++month) months += (t.fixed.stopped_months >> month) & 1u;
      ++checked;
      if (months != strtol(c->expect_size[i].value, NULL, 10)) {
        ok = 0;
        sprintf(what, "stopped_months: expected %s months, got %ld", c->expect_size[i].value, months);
      }
    }
  }
  if (ok && t.kind == 3) { /* the typed result counts the warnings whose keys the case lists */
    long expected = c->warnings[0] == '\0' ? 0 : 1;
    const char* p;
    for (p = c->warnings; *p != '\0'; ++p) expected += *p == ',';
    if ((long)t.fixed.warning_count != expected) {
      ok = 0;
      sprintf(what, "warning_count: expected %ld, got %lu", expected, (unsigned long)t.fixed.warning_count);
    }
  }
  if (ok && checked == 0) {
    ok = 0;
    sprintf(what, "no expected value of this case is in the typed result");
  }
  check(ok, c, "typed allowance", what);
}

/* ---- reading golden.tsv -------------------------------------------------------------------- */

static char* field(char** cursor) {
  char* start = *cursor;
  char* tab;
  if (start == NULL) return NULL;
  tab = strchr(start, '\t');
  if (tab != NULL) {
    *tab = '\0';
    *cursor = tab + 1;
  } else {
    *cursor = NULL;
  }
  return start;
}

static void copy_text(char* to, size_t capacity, const char* from) {
  if (from == NULL) from = "";
  strncpy(to, from, capacity - 1);
  to[capacity - 1] = '\0';
}

static int add_item(item* items, int* count, char* key, char* value) {
  if (*count == MAX_ITEMS || key == NULL || value == NULL) return 0;
  copy_text(items[*count].key, sizeof items[*count].key, key);
  copy_text(items[*count].value, sizeof items[*count].value, value);
  ++*count;
  return 1;
}

int main(int argc, char** argv) {
  FILE* file;
  static char line[MAX_LINE];
  static golden_case c;
  int line_number = 0;
  int i;
  if (argc != 2) {
    fprintf(stderr, "usage: %s golden.tsv\n", argv[0]);
    return 2;
  }
  if (wkr_version_number() < WKR_VERSION_NUMBER || wkr_abi_version() != WKR_ABI_VERSION) {
    fprintf(stderr, "libwkr %s (ABI %d) is older than the header %s (ABI %d)\n", wkr_version_string(),
            (int)wkr_abi_version(), WKR_VERSION_STRING, WKR_ABI_VERSION);
    return 1;
  }
  file = fopen(argv[1], "r");
  if (file == NULL) {
    fprintf(stderr, "cannot open %s: %s\n", argv[1], strerror(errno));
    return 2;
  }
  memset(&c, 0, sizeof c);
  while (fgets(line, sizeof line, file) != NULL) {
    char* cursor = line;
    char* kind;
    size_t length = strlen(line);
    ++line_number;
    if (length > 0 && line[length - 1] == '\n') line[--length] = '\0';
    kind = field(&cursor);
    if (strcmp(kind, "case") == 0) {
      free(c.request);
      memset(&c, 0, sizeof c);
      copy_text(c.id, sizeof c.id, field(&cursor));
    } else if (strcmp(kind, "data") == 0) {
      copy_text(c.data, sizeof c.data, field(&cursor));
    } else if (strcmp(kind, "request") == 0) {
      const char* request = cursor != NULL ? cursor : "";
      c.request = malloc(strlen(request) + 1);
      if (c.request == NULL) return 2;
      strcpy(c.request, request);
    } else if (strcmp(kind, "cli_only") == 0) {
      c.cli_only = 1;
    } else if (strcmp(kind, "expect") == 0) {
      char* key = field(&cursor);
      if (!add_item(c.expect, &c.expect_count, key, field(&cursor))) goto bad_line;
    } else if (strcmp(kind, "expect_size") == 0) {
      char* key = field(&cursor);
      if (!add_item(c.expect_size, &c.expect_size_count, key, field(&cursor))) goto bad_line;
    } else if (strcmp(kind, "warnings") == 0) {
      copy_text(c.warnings, sizeof c.warnings, field(&cursor));
    } else if (strcmp(kind, "error") == 0) {
      (void)field(&cursor);
      c.expect_error = 1;
      copy_text(c.error_message, sizeof c.error_message, field(&cursor));
    } else if (strcmp(kind, "typed") == 0) {
      char* bills;
      c.has_typed = 1;
      copy_text(c.function, sizeof c.function, field(&cursor));
      c.year = strtoll(field(&cursor), NULL, 10);
      c.rounding = strtoll(field(&cursor), NULL, 10);
      c.designated_cents = strtoll(field(&cursor), NULL, 10);
      bills = field(&cursor);
      if (bills == NULL) goto bad_line;
      while (*bills != '\0' && c.member_count < MAX_ITEMS) {
        char* end;
        c.wage_bills[c.member_count++] = strtoll(bills, &end, 10);
        bills = *end == ',' ? end + 1 : end;
      }
    } else if (strcmp(kind, "typed_expect") == 0) {
      char* key = field(&cursor);
      if (!add_item(c.typed_expect, &c.typed_expect_count, key, field(&cursor))) goto bad_line;
    } else if (strcmp(kind, "end") == 0) {
      wkr_context* context;
      if (c.cli_only) {
        ++skipped;
        continue;
      }
      context = context_for(c.data);
      if (context == NULL || c.request == NULL) {
        check(0, &c, "setup", "no context or no request");
        continue;
      }
      run_json(&c, context);
      if (c.has_typed) run_typed(&c, context);
      run_typed_allowance(&c, context);
    } else {
      goto bad_line;
    }
    continue;
  bad_line:
    fprintf(stderr, "%s:%d: cannot read this line\n", argv[1], line_number);
    return 2;
  }
  fclose(file);
  free(c.request);
  for (i = 0; i < context_count; ++i) wkr_context_free(contexts[i].context);
  printf("golden cases through libwkr %s (C): %d skipped (command-line only), %d allowance cases also through the "
         "typed calls\n", wkr_version_string(), skipped, typed_allowance_cases);
  printf("%d passed, %d failed\n", passed, failed);
  return failed == 0 && passed > 0 ? 0 : 1;
}
