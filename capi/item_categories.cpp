// Prints the library's item categories — one "name<TAB>quantity<TAB>meaning" line per row of the
// table in include/wkr/allowances/items.hpp, in its order, the quantity none, optional or required —
// for capi/generate_abi.py, which makes the WKR_ITEM_* codes of wkr.h and the Python and C# lists
// from it, and for the tests that check those lists against the library.
// usage: wkr_item_categories [output file] (standard output without one)
#include <cstdio>

#include "wkr/allowances/items.hpp"

namespace {

/// What the quantity of an item of the category is: none, optional, or required.
const char* quantity_of(wkr::QuantityUse use) {
  switch (use) {
    case wkr::QuantityUse::none: return "none";
    case wkr::QuantityUse::optional_amount: return "optional";
    case wkr::QuantityUse::required_km:
    case wkr::QuantityUse::required_days:
    case wkr::QuantityUse::required_amount:
    case wkr::QuantityUse::required_count: return "required";
  }
  return "unknown";
}

}  // namespace

int main(int argc, char** argv) {
  std::FILE* out = argc > 1 ? std::fopen(argv[1], "w") : stdout;
  if (out == nullptr) return 1;
  for (const wkr::CategoryInfo& row : wkr::item_categories()) {
    if (std::fprintf(out, "%.*s\t%s\t%.*s\n", static_cast<int>(row.name.size()), row.name.data(),
                     quantity_of(row.quantity), static_cast<int>(row.meaning.size()), row.meaning.data()) < 0) {
      return 1;
    }
  }
  return std::fclose(out) == 0 ? 0 : 1;
}
