// The errors of the inline number and date code (wkr/decimal.hpp, wkr/date.hpp), thrown from here so
// they can say() their sentences of the catalogue (src/messages_tables.cpp) in Dutch and English:
// phrase.hpp includes decimal.hpp, so the headers cannot.
#include <string>

#include "wkr/date.hpp"
#include "wkr/phrase.hpp"

namespace wkr {

namespace detail::decimal {

void bad_rounding_mode(std::string_view name) {
  throw Error(ErrorCode::parse, say("error.rounding.unknown_mode", std::string(name)));
}

void bad_scale(int scale) { throw Error(ErrorCode::invalid_argument, say("error.decimal.scale", num(scale))); }

void overflow(const Decimal& a, std::string_view operation, const Decimal& b) {
  const Phrase what = say("decimal.operation." + std::string(operation), num(a), num(b));
  throw Error(ErrorCode::overflow, say("error.decimal.overflow", what));
}

void not_plain(std::string_view text, const char* why) {
  throw Error(ErrorCode::parse, say("error.decimal.not_plain", std::string(text), say(why)));
}

void too_many_digits(std::string_view text) {
  throw Error(ErrorCode::overflow, say("error.decimal.too_many_digits", std::string(text)));
}

void not_an_integer(const Decimal& value, const Noun& what, int decimals) {
  if (decimals == 0)
    throw Error(ErrorCode::invalid_argument, say("error.decimal.not_whole", what.phrase(), num(value)));
  const Decimal step = Decimal::parse("0." + std::string(static_cast<std::size_t>(decimals - 1), '0') + "1");
  throw Error(ErrorCode::invalid_argument, say("error.decimal.not_multiple", what.phrase(), num(value), num(step)));
}

void power_overflow(int exponent) {
  throw Error(ErrorCode::overflow, say("error.decimal.power_overflow", std::to_string(exponent)));
}

void product_scale_overflow(const Decimal& a, const Decimal& b) {
  throw Error(ErrorCode::overflow, say("error.decimal.product_scale", num(a), num(b)));
}

void division_by_zero(const Decimal& numerator) {
  throw Error(ErrorCode::division_by_zero, say("error.decimal.division_by_zero", num(numerator)));
}

}  // namespace detail::decimal

namespace detail {
void not_a_date(std::string_view text) { throw Error(ErrorCode::parse, say("error.date.invalid", std::string(text))); }
}  // namespace detail

}  // namespace wkr
