// The members CSV of a group scheme (members_csv.hpp): header by name, strict fields, every bad row
// reported with its line number.
#include "wkr/members_csv.hpp"

#include "csv_reader.hpp"
#include "wkr/allowances/common.hpp"

namespace wkr {

std::vector<GroupMember> read_members_csv(std::string_view text, const std::string& source, const CsvFormat& format) {
  const detail::CsvTable table = detail::parse_csv(text, source, format);
  const detail::CsvHeader header(source, table, {"name", "wage_bill"},
                                 {"whole_year", "designated", "allocation_weight"});
  std::vector<Phrase> problems;
  std::vector<GroupMember> members = detail::read_rows<GroupMember>(
      table.records, header, problems,
      [&](const detail::CsvRecord& record, const std::string&, std::vector<Phrase>& row) {
        GroupMember member;
        member.name = header.field(record, "name").value_or("");
        if (!header.field(record, "wage_bill")) row.push_back(say("error.items.empty", noun("the wage bill")));
        member.wage_bill = header.decimal(record, "wage_bill", "the wage bill", row).value_or(Decimal());
        if (const auto whole_year = header.field(record, "whole_year")) {
          const auto flag = detail::parse_yes_no(*whole_year);
          if (!flag) row.push_back(say("error.csv.not_yes_no", "whole_year", *whole_year));
          member.whole_year = flag.value_or(true);
        }
        member.designated = header.decimal(record, "designated", "the designated amount", row);
        member.allocation_weight = header.decimal(record, "allocation_weight", "the allocation weight", row);
        return member;
      });
  if (!problems.empty()) throw detail::allowance::bad_rows(source, problems);
  return members;
}

}  // namespace wkr
