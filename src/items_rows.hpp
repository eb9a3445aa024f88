// The columns of a CSV input and the reading of one items row: shared by read_items_csv(), which
// reads a whole text, and the streaming evaluation (item_stream.cpp), which reads row by row.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "wkr/allowances/items.hpp"

namespace wkr::detail {

/// Column name → index, from the header row; unknown, duplicate and missing columns are one
/// Error(invalid_argument) naming the line and the expected header.
class Header {
 public:
  Header(const std::string& source, int line, const std::vector<std::string>& names,
         std::vector<std::string> required, std::vector<std::string> optional);

  /// The header a text must start with, for the message of an empty text.
  [[nodiscard]] static std::string expected(const std::vector<std::string>& required);

  [[nodiscard]] std::size_t width() const { return width_; }

  /// The index of `column`, or none when the header does not have it.
  [[nodiscard]] std::optional<std::size_t> index(std::string_view column) const;

  /// The field of `column` in `fields`, or nothing when the column is absent or the field empty.
  [[nodiscard]] std::optional<std::string_view> field(const std::vector<std::string>& fields,
                                                      std::string_view column) const {
    const auto i = index(column);
    if (!i || fields[*i].empty()) return std::nullopt;
    return fields[*i];
  }

 private:
  std::vector<std::pair<std::string, std::size_t>> columns_;
  std::size_t width_ = 0;
};

/// The columns every items CSV has: employee, category, amount, quantity.
[[nodiscard]] const std::vector<std::string>& items_required_columns();

/// The header of the items CSV: the required columns, and optionally treatment.
[[nodiscard]] Header items_header(const std::string& source, int line, const std::vector<std::string>& names);

/// A decimal field, or a problem saying what was wrong with it.
[[nodiscard]] std::optional<Decimal> decimal_field(std::optional<std::string_view> text, const std::string& what,
                                                   std::vector<std::string>& problems);

/// Where each field of an item is in a row of an items CSV: looked up in the header once.
struct ItemFields {
  explicit ItemFields(const Header& header);
  std::size_t employee, category, amount, quantity;
  std::optional<std::size_t> treatment;
};

/// Reads one data row of the items CSV into `item` (reusing its strings), adding each problem to
/// `problems`; the item is usable only when no problem was added. `fields` has a field for every
/// column of the header.
void read_item_row(const ItemFields& columns, const std::vector<std::string>& fields, Item& item,
                   bool company_bicycle_designation, std::vector<std::string>& problems);

}  // namespace wkr::detail
