// Prints the library's item categories — one "name<TAB>meaning" line per row of the table in
// include/wkr/allowances/items.hpp, in its order — for capi/generate_abi.py, which makes the
// WKR_ITEM_* codes of wkr.h and the Python and C# lists from it, and for the tests that check those
// lists against the library. usage: wkr_item_categories [output file] (standard output without one)
#include <cstdio>

#include "wkr/allowances/items.hpp"

int main(int argc, char** argv) {
  std::FILE* out = argc > 1 ? std::fopen(argv[1], "w") : stdout;
  if (out == nullptr) return 1;
  for (const wkr::CategoryInfo& row : wkr::item_categories()) {
    std::fprintf(out, "%.*s\t%.*s\n", static_cast<int>(row.name.size()), row.name.data(),
                 static_cast<int>(row.meaning.size()), row.meaning.data());
  }
  return std::fclose(out) == 0 ? 0 : 1;
}
