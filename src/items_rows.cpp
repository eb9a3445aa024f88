// The columns of a CSV input and the reading of one items row (items_rows.hpp).
#include "items_rows.hpp"

#include <algorithm>

#include "wkr/allowances/common.hpp"

namespace wkr::detail {

const std::vector<std::string>& items_required_columns() {
  static const std::vector<std::string> columns = {"employee", "category", "amount", "quantity"};
  return columns;
}

CsvHeader items_header(const std::string& source, int line, const std::vector<std::string>& names) {
  return CsvHeader(source, line, names, items_required_columns(), {"treatment", "own_contribution"});
}

ItemFields::ItemFields(const CsvHeader& header)
    : employee(*header.index("employee")),
      category(*header.index("category")),
      amount(*header.index("amount")),
      quantity(*header.index("quantity")),
      treatment(header.index("treatment")),
      own_contribution(header.index("own_contribution")) {}

void read_item_row(const ItemFields& columns, const std::vector<std::string>& fields, Item& item,
                   bool company_bicycle_designation, std::vector<std::string>& problems) {
  const auto field = [&](std::size_t i) -> std::optional<std::string_view> {
    if (fields[i].empty()) return std::nullopt;
    return fields[i];
  };
  const std::size_t before = problems.size();
  item.employee.assign(fields[columns.employee]);
  const auto category = field(columns.category);
  const auto found = category ? find_category(*category) : std::nullopt;
  if (!found) {
    problems.push_back(category ? "unknown category '" + std::string(*category) + "'; the categories are " +
                                      category_names()
                                : "the category is empty");
  }
  const auto amount = field(columns.amount);
  if (!amount) problems.push_back("the amount is empty");
  const auto amount_value = decimal_field(amount, "the amount", problems);
  item.quantity = decimal_field(field(columns.quantity), "the quantity", problems);
  item.own_contribution = columns.own_contribution
                              ? decimal_field(field(*columns.own_contribution), "the own contribution", problems)
                              : std::nullopt;
  item.treatment.reset();
  if (const auto treatment = columns.treatment ? field(*columns.treatment) : std::nullopt) {
    try {
      item.treatment = parse_excess_treatment(*treatment);
    } catch (const Error& e) {
      problems.push_back(e.what());
    }
  }
  if (!found || !amount_value || problems.size() != before) return;
  item.category = *found;
  item.amount = *amount_value;
  for (auto& p : item_problems(item, company_bicycle_designation)) problems.push_back(std::move(p));
}

}  // namespace wkr::detail
