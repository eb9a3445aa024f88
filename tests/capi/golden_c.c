/*
 * The golden cases (the YAML files of tests/golden, exported as golden.tsv by wkr_golden_export) computed by
 * a C program through libwkr's C interface — twice per case where it can: through the JSON entry
 * point, checking every expected value of the result, and through the typed entry points
 * (wkr_free_space, wkr_group_free_space, wkr_settle, wkr_group_settle), checking the cents.
 * Cases that are usage errors of the command line (exit 2) are skipped.
 *
 * Built in the build tree against the built library and, by tests/install, as a consumer of the
 * installed package (find_package and pkg-config). Pure C99, only <wkr/wkr.h> and the C library.
 *
 *   usage: wkr_golden_c golden.tsv     prints "N passed, N failed", exits 1 on any failure
 */
#include <wkr/wkr.h>

#include <errno.h>
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
  printf("golden cases through libwkr %s (C): %d skipped (command-line only)\n", wkr_version_string(), skipped);
  printf("%d passed, %d failed\n", passed, failed);
  return failed == 0 && passed > 0 ? 0 : 1;
}
