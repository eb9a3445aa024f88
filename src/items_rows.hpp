// The columns of a CSV input and the reading of one items row: shared by read_items_csv(), which
// reads a whole text, and the streaming evaluation (item_stream.cpp), which reads row by row.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "csv_reader.hpp"
#include "wkr/allowances/items.hpp"

namespace wkr::detail {

/// The columns every items CSV has: employee, category, amount, quantity.
[[nodiscard]] const std::vector<std::string>& items_required_columns();

/// The header of the items CSV: the required columns, and optionally treatment and own_contribution.
[[nodiscard]] CsvHeader items_header(const std::string& source, int line, std::span<const std::string> names,
                                     DecimalMark decimal);

/// Where each field of an item is in a row of an items CSV: looked up in the header once.
struct ItemFields {
  explicit ItemFields(const CsvHeader& header);
  std::size_t employee, category, amount, quantity;
  std::optional<std::size_t> treatment, own_contribution;
  DecimalMark decimal;
};

/// Reads one data row of the items CSV into `item` (reusing its strings), adding each problem to
/// `problems`; the item is usable only when no problem was added. `fields` has a field for every
/// column of the header.
void read_item_row(const ItemFields& columns, std::span<const std::string> fields, Item& item,
                   bool company_bicycle_designation, std::vector<Phrase>& problems);

}  // namespace wkr::detail
