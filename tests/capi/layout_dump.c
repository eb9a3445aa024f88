/*
 * Prints the layout of every struct of wkr.h as compiled here — "struct <name> <size>" and
 * "field <struct> <field> <offset> <size>" lines — for the Python and C# tests, which compare
 * their ctypes / [StructLayout] mirrors with it field by field. The numbers are the compiler's
 * (sizeof, offsetof); layout_check.h makes sure they are also the documented ones.
 */
#include <stdio.h>

#include "layout_check.h"

#define DUMP_STRUCT(type, size) fprintf(out, "struct %s %lu\n", #type, (unsigned long)sizeof(type));
#define DUMP_FIELD(type, field, offset, size)                                                     \
  fprintf(out, "field %s %s %lu %lu\n", #type, #field, (unsigned long)offsetof(type, field),      \
          (unsigned long)WKR_MEMBER_SIZE(type, field));

/* usage: wkr_layout_dump [output file]   (standard output without one) */
int main(int argc, char** argv) {
  FILE* out = argc > 1 ? fopen(argv[1], "w") : stdout;
  if (out == NULL) return 1;
  WKR_LAYOUT_TABLE(DUMP_STRUCT, DUMP_FIELD)
  return fclose(out) == 0 ? 0 : 1;
}
