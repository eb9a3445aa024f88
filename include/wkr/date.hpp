// wkr — calendar dates as the rules and the front ends read and write them: "YYYY-MM-DD", the days
// of a year, and months counted across years.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "wkr/error.hpp"

namespace wkr {

namespace detail {
/// Error(parse) for text that is not a date (src/number_errors.cpp: its sentence is in the catalogue).
[[noreturn, gnu::cold]] void not_a_date(std::string_view text);
}  // namespace detail

/// "YYYY-MM-DD" → a date; Error(parse) saying the accepted form otherwise.
[[nodiscard]] inline std::chrono::year_month_day parse_date(std::string_view text) {
  const auto digits = [&](std::size_t from, std::size_t count) {
    for (std::size_t i = from; i < from + count; ++i) {
      if (text[i] < '0' || text[i] > '9') return false;
    }
    return true;
  };
  const auto value = [&](std::size_t from, std::size_t count) {
    int n = 0;
    for (std::size_t i = from; i < from + count; ++i) n = n * 10 + (text[i] - '0');
    return n;
  };
  if (text.size() == 10 && digits(0, 4) && text[4] == '-' && digits(5, 2) && text[7] == '-' && digits(8, 2)) {
    const std::chrono::year_month_day date{std::chrono::year{value(0, 4)},
                                           std::chrono::month{static_cast<unsigned>(value(5, 2))},
                                           std::chrono::day{static_cast<unsigned>(value(8, 2))}};
    if (date.ok()) return date;
  }
  detail::not_a_date(text);
}

/// "2026-01-01".
[[nodiscard]] std::string to_string(std::chrono::year_month_day date);

/// The number of days of a calendar year (365 or 366).
[[nodiscard]] inline int days_in_year(int year) { return std::chrono::year{year}.is_leap() ? 366 : 365; }

/// A date's calendar month as one number counted from year 0, so months compare across years.
[[nodiscard]] inline int month_index(std::chrono::year_month_day date) {
  return static_cast<int>(date.year()) * 12 + static_cast<int>(static_cast<unsigned>(date.month())) - 1;
}

/// "2025-09" for a month_index.
[[nodiscard]] inline std::string month_text(int index) {
  const int month = index % 12 + 1;
  return std::to_string(index / 12) + "-" + (month < 10 ? "0" : "") + std::to_string(month);
}

}  // namespace wkr
