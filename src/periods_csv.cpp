// The periods CSV of the ledger (docs/ledger.md): header by name, strict fields, every bad row
// reported with its line number, every period of the year exactly once.
#include "wkr/periods_csv.hpp"

#include <algorithm>

#include "csv_reader.hpp"

namespace wkr {

namespace {

/// The period number of a row, or nothing and a problem.
std::optional<int> period_field(const std::optional<std::string>& text, int count, PeriodLength length,
                                std::vector<Phrase>& problems) {
  if (!text) {
    problems.push_back(say("error.items.empty", noun("the period")));
    return std::nullopt;
  }
  const bool digits = !text->empty() && text->size() <= 3 &&
                      std::all_of(text->begin(), text->end(), [](char c) { return c >= '0' && c <= '9'; });
  const int period = digits ? std::stoi(*text) : 0;
  if (!digits || period < 1 || period > count) {
    problems.push_back(
        say(length == PeriodLength::month ? "error.periods.not_monthly" : "error.periods.not_four_weekly", *text,
            num(count)));
    return std::nullopt;
  }
  return period;
}

/// An amount that must be there and not be negative.
std::optional<Decimal> amount_field(const detail::CsvHeader& header, const detail::CsvRecord& record,
                                    const std::string& column, const std::string& what, std::vector<Phrase>& problems) {
  if (!header.field(record, column)) {
    problems.push_back(say("error.items.empty", noun(what)));
    return std::nullopt;
  }
  auto value = header.decimal(record, column, what, problems);
  if (value && value->is_negative()) {
    problems.push_back(say("error.negative_amount", noun(what), num(*value)));
    return std::nullopt;
  }
  return value;
}

}  // namespace

std::vector<PeriodInput> read_periods_csv(std::string_view text, const std::string& source, PeriodLength length,
                                          const CsvFormat& format) {
  const detail::CsvTable table = detail::parse_csv(text, source, format);
  const detail::CsvHeader header(source, table, {"period", "wage_bill", "designated"}, {"levy_paid"});
  const int count = period_count(length);
  std::vector<int> first_line(static_cast<std::size_t>(count) + 1, 0);  // the line a period was first given on
  std::vector<Phrase> problems;
  std::vector<PeriodInput> periods = detail::read_rows<PeriodInput>(
      table.records, header, problems,
      [&](const detail::CsvRecord& record, const std::string&, std::vector<Phrase>& row) {
        PeriodInput in;
        const auto period = period_field(header.field(record, "period"), count, length, row);
        if (period) {
          int& first = first_line[static_cast<std::size_t>(*period)];
          if (first != 0) {
            row.push_back(say("error.periods.again", num(*period), num(first)));
          } else {
            first = record.line;
          }
          in.period = *period;
        }
        in.wage_bill = amount_field(header, record, "wage_bill", "the wage bill", row).value_or(Decimal());
        in.designated = amount_field(header, record, "designated", "the designated amount", row).value_or(Decimal());
        if (header.field(record, "levy_paid")) {
          in.levy_paid = amount_field(header, record, "levy_paid", "the levy paid", row);
          if (in.levy_paid && in.levy_paid->rounded(0, Rounding::toward_zero) != *in.levy_paid) {
            row.push_back(say("error.periods.levy_cents", num(*in.levy_paid)));
          }
        }
        return in;
      });
  // Periods no row gives (a row whose period could not be read may have meant one of them).
  std::vector<int> missing;
  for (int p = 1; p <= count; ++p) {
    if (first_line[static_cast<std::size_t>(p)] == 0) missing.push_back(p);
  }
  if (!missing.empty()) {
    problems.push_back(say(missing.size() == 1 ? "error.periods.missing_one" : "error.periods.missing_many",
                           detail::periods::list_periods(missing), num(count)));
  }
  if (!problems.empty()) throw detail::allowance::bad_rows(source, problems);
  std::sort(periods.begin(), periods.end(),
            [](const PeriodInput& a, const PeriodInput& b) { return a.period < b.period; });
  return periods;
}

}  // namespace wkr
