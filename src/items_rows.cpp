// The columns of a CSV input and the reading of one items row (items_rows.hpp).
#include "items_rows.hpp"

#include <algorithm>

#include "wkr/allowances/common.hpp"

namespace wkr::detail {

Header::Header(const std::string& source, int line, const std::vector<std::string>& names,
               std::vector<std::string> required, std::vector<std::string> optional) {
  std::vector<std::string> problems;
  for (std::size_t i = 0; i < names.size(); ++i) {
    const std::string& name = names[i];
    const bool known = std::find(required.begin(), required.end(), name) != required.end() ||
                       std::find(optional.begin(), optional.end(), name) != optional.end();
    if (!known) {
      std::string all = expected(required);
      for (const auto& o : optional) all += "," + o;
      problems.push_back("unknown column '" + name + "'; the columns are " + all);
    } else if (index(name)) {
      problems.push_back("column '" + name + "' appears twice");
    } else {
      columns_.emplace_back(name, i);
    }
  }
  for (const auto& name : required) {
    if (!index(name)) problems.push_back("the header lacks the column '" + name + "'");
  }
  if (!problems.empty()) {
    std::string message = source + ": line " + std::to_string(line) + ": ";
    for (std::size_t i = 0; i < problems.size(); ++i) message += (i ? "; " : "") + problems[i];
    throw Error(ErrorCode::invalid_argument, message + " (the header is " + expected(required) + ")");
  }
  width_ = names.size();
}

std::string Header::expected(const std::vector<std::string>& required) {
  std::string names;
  for (const auto& name : required) names += (names.empty() ? "" : ",") + name;
  return names;
}

std::optional<std::size_t> Header::index(std::string_view column) const {
  for (const auto& [name, i] : columns_) {
    if (name == column) return i;
  }
  return std::nullopt;
}

const std::vector<std::string>& items_required_columns() {
  static const std::vector<std::string> columns = {"employee", "category", "amount", "quantity"};
  return columns;
}

Header items_header(const std::string& source, int line, const std::vector<std::string>& names) {
  return Header(source, line, names, items_required_columns(), {"treatment"});
}

std::optional<Decimal> decimal_field(std::optional<std::string_view> text, const std::string& what,
                                     std::vector<std::string>& problems) {
  if (!text) return std::nullopt;
  try {
    return Decimal::parse(*text);
  } catch (const Error&) {
    problems.push_back(what + " '" + std::string(*text) +
                       "' is not a plain decimal (write e.g. 120.50: digits, '.', no comma)");
    return std::nullopt;
  }
}

ItemFields::ItemFields(const Header& header)
    : employee(*header.index("employee")),
      category(*header.index("category")),
      amount(*header.index("amount")),
      quantity(*header.index("quantity")),
      treatment(header.index("treatment")) {}

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
