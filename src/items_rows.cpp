// The columns of a CSV input and the reading of one items row (items_rows.hpp).
#include "items_rows.hpp"

#include <algorithm>

#include "wkr/allowances/common.hpp"

namespace wkr::detail {

const std::vector<std::string>& items_required_columns() {
  static const std::vector<std::string> columns = {"employee", "category", "amount", "quantity"};
  return columns;
}

CsvHeader items_header(const std::string& source, int line, std::span<const std::string> names, DecimalMark decimal) {
  return CsvHeader(source, line, names, decimal, items_required_columns(), {"treatment", "own_contribution"});
}

ItemFields::ItemFields(const CsvHeader& header)
    : employee(*header.index("employee")),
      category(*header.index("category")),
      amount(*header.index("amount")),
      quantity(*header.index("quantity")),
      treatment(header.index("treatment")),
      own_contribution(header.index("own_contribution")),
      decimal(header.decimal_mark()) {}

void read_item_row(const ItemFields& columns, std::span<const std::string> fields, Item& item,
                   bool company_bicycle_designation, std::vector<Phrase>& problems) {
  const auto field = [&](std::size_t i) -> std::optional<std::string_view> {
    if (fields[i].empty()) return std::nullopt;
    return fields[i];
  };
  const std::size_t before = problems.size();
  item.employee.assign(fields[columns.employee]);
  const auto category = field(columns.category);
  const auto found = category ? find_category(*category) : std::nullopt;
  if (!found) {
    problems.push_back(category ? say("error.items.unknown_category", std::string(*category), category_names())
                                : say("error.items.empty", noun("the category")));
  }
  const auto amount = field(columns.amount);
  if (!amount) problems.push_back(say("error.items.empty", noun("the amount")));
  const auto decimal = [&](std::size_t i, std::string_view what) {
    return read_decimal(field(i), columns.decimal, i + 1, what, problems);
  };
  const auto amount_value = decimal(columns.amount, "the amount");
  item.quantity = decimal(columns.quantity, "the quantity");
  item.own_contribution =
      columns.own_contribution ? decimal(*columns.own_contribution, "the own contribution") : std::nullopt;
  item.treatment.reset();
  if (const auto treatment = columns.treatment ? field(*columns.treatment) : std::nullopt) {
    try {
      item.treatment = parse_excess_treatment(*treatment);
    } catch (const Error& e) {
      problems.push_back(e.phrase());
    }
  }
  if (!found || !amount_value || problems.size() != before) return;
  item.category = *found;
  item.amount = *amount_value;
  for (auto& p : item_problems(item, company_bicycle_designation)) problems.push_back(std::move(p));
}

}  // namespace wkr::detail
