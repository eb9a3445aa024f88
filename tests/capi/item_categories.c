/*
 * The item categories of C against the library's table: every WKR_ITEM_* code of wkr.h names a
 * category of the library through wkr_item_category_name(), with the macro's own name; every
 * category of the library has exactly one code; no other code names one. The library's table is
 * the output of the wkr_item_categories tool (a "name<TAB>…" line per row), the codes are
 * read from wkr.h as a vendor reads them. (Python and C# check their lists the same way.)
 *
 *   usage: wkr_item_categories_test <wkr.h> <item_categories.txt>   prints "N passed, N failed"
 */
#include <wkr/wkr.h>

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#define MAX_CATEGORIES 256
#define MAX_NAME 64

static int passed = 0;
static int failed = 0;

static void check(int condition, const char* what, const char* name) {
  if (condition) {
    ++passed;
  } else {
    ++failed;
    printf("FAIL %s: %s\n", what, name);
  }
}

/* The library's names, in the order of its table. */
static int read_library(const char* path, char names[][MAX_NAME]) {
  char line[1024];
  int count = 0;
  FILE* file = fopen(path, "r");
  if (file == NULL) return -1;
  while (count < MAX_CATEGORIES && fgets(line, sizeof line, file) != NULL) {
    const size_t length = strcspn(line, "\t");
    if (length == 0 || length >= MAX_NAME) continue;
    memcpy(names[count], line, length);
    names[count][length] = '\0';
    ++count;
  }
  fclose(file);
  return count;
}

/* The WKR_ITEM_* codes of the header, their names in lower case ("HOME_WORKING" → "home_working"). */
static int read_header(const char* path, char names[][MAX_NAME], int codes[]) {
  char line[1024];
  int count = 0;
  FILE* file = fopen(path, "r");
  if (file == NULL) return -1;
  while (count < MAX_CATEGORIES && fgets(line, sizeof line, file) != NULL) {
    char name[MAX_NAME];
    int code;
    size_t i;
    /* "#define WKR_ITEM_INIT {…}" and the like have no number after the name, so they are skipped */
    if (sscanf(line, "#define WKR_ITEM_%63s %d", name, &code) != 2) continue;
    for (i = 0; name[i] != '\0'; ++i) names[count][i] = (char)tolower((unsigned char)name[i]);
    names[count][i] = '\0';
    codes[count] = code;
    ++count;
  }
  fclose(file);
  return count;
}

int main(int argc, char** argv) {
  static char library[MAX_CATEGORIES][MAX_NAME];
  static char header[MAX_CATEGORIES][MAX_NAME];
  int codes[MAX_CATEGORIES];
  int library_count;
  int header_count;
  int highest = 0;
  int i;
  int j;
  if (argc != 3) {
    printf("usage: wkr_item_categories_test <wkr.h> <item_categories.txt>\n");
    return 2;
  }
  header_count = read_header(argv[1], header, codes);
  library_count = read_library(argv[2], library);
  if (header_count <= 0 || library_count <= 0) {
    printf("cannot read the categories of %s or %s\n", argv[1], argv[2]);
    return 1;
  }
  check(header_count == library_count, "wkr.h has as many WKR_ITEM_* codes as the library has categories", "");
  for (i = 0; i < header_count; ++i) {
    const char* named = wkr_item_category_name(codes[i]);
    check(named != NULL && strcmp(named, header[i]) == 0, "wkr_item_category_name(WKR_ITEM_*) is the macro's name",
          header[i]);
    if (codes[i] > highest) highest = codes[i];
  }
  for (j = 0; j < library_count; ++j) {
    int found = 0;
    for (i = 0; i < header_count; ++i) found += strcmp(header[i], library[j]) == 0;
    check(found == 1, "a category of the library has exactly one WKR_ITEM_* code", library[j]);
  }
  check(wkr_item_category_name(0) == NULL, "0 is not a category", "");
  check(wkr_item_category_name(-1) == NULL, "-1 is not a category", "");
  check(wkr_item_category_name(highest + 1) == NULL, "the code after the highest is not a category", "");
  printf("%d passed, %d failed\n", passed, failed);
  return failed == 0 ? 0 : 1;
}
