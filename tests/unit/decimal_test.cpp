// wkr::Decimal: exact parsing and formatting, exact arithmetic, every rounding mode on both signs
// and on ties, overflow as an error.
#include "wkr/decimal.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace {

using wkr::Decimal;
using wkr::ErrorCode;
using wkr::Rounding;
using namespace wkr::literals;

std::string round_text(const char* value, int decimals, Rounding mode) {
  return Decimal::parse(value).rounded(decimals, mode).to_string();
}

std::optional<ErrorCode> code_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const wkr::Error& e) {
    return e.code();
  }
  return std::nullopt;
}

TEST(DecimalParse, KeepsTheTextExactly) {
  for (const char* text : {"0", "1600000", "1600000.5", "0.0118", "-2.50", "0.000000000000000000000000000001",
                           "12345678901234567890123456789012345678", "007.10"}) {
    const Decimal d = Decimal::parse(text);
    const std::string expected = std::string(text) == "007.10" ? "7.10" : text;
    EXPECT_EQ(d.to_string(), expected) << text;
  }
}

TEST(DecimalParse, AppendToWritesTheTextAfterWhatIsThere) {
  // The JSON stream writes amounts into its buffer (Decimal::write_to) and appends them to strings
  // (Decimal::append_to); to_string() is append_to on an empty string, so these cases check the text
  // lands after what the string already holds, and write_to writes the same — at the longest texts
  // and through the 128-bit branches (a coefficient above 2^64 with and without decimals).
  std::string out = "[";
  for (const char* text : {"0", "-0.05", "0.000000000000000000000000000001", "-0.000000000000000000000000000123",
                           "-1234567890123456789012345678.9012345678", "1600000.50", "-7", "0.00",
                           "-340282366920938463463374607431768211.455", "0.5",
                           "-340282366920938463463374607431768211455", "340282366920.938463463374607431768211455"}) {
    const Decimal d = Decimal::parse(text);
    d.append_to(out);
    out += ',';
    std::array<char, Decimal::max_text_size> buffer{};
    EXPECT_EQ(std::string_view(buffer.data(), d.write_to(buffer.data())), text);
  }
  EXPECT_EQ(out,
            "[0,-0.05,0.000000000000000000000000000001,-0.000000000000000000000000000123,"
            "-1234567890123456789012345678.9012345678,1600000.50,-7,0.00,"
            "-340282366920938463463374607431768211.455,0.5,"
            "-340282366920938463463374607431768211455,340282366920.938463463374607431768211455,");
}

TEST(DecimalParse, KnowsScaleAndSign) {
  const Decimal d = "-123.4500"_d;
  EXPECT_EQ(d.scale(), 4);
  EXPECT_TRUE(d.is_negative());
  EXPECT_EQ(d.coefficient(), Decimal::Coefficient(-1234500));
  EXPECT_TRUE("0.00"_d.is_zero());
  EXPECT_FALSE("-0.00"_d.is_negative());
}

TEST(DecimalParse, RejectsAnythingButAPlainDecimal) {
  for (const char* text : {"", "-", ".5", "5.", "1,5", "1.000,00", "+5", "1e3", " 5", "5 ", "1..2", "1.2.3", "0x10",
                           "inf", "nan", "€5", "1_000"}) {
    EXPECT_EQ(code_of([&] { (void)Decimal::parse(text); }), ErrorCode::parse) << "'" << text << "'";
  }
}

TEST(DecimalParse, TheMessageShowsTheAcceptedForm) {
  try {
    (void)Decimal::parse("1,5");
    FAIL();
  } catch (const wkr::Error& e) {
    EXPECT_NE(std::string(e.what()).find("'1,5' is not a plain decimal"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("e.g. 1600000 or 0.0118"), std::string::npos) << e.what();
  }
}

TEST(DecimalParse, TooManyDigitsIsOverflowAndTooManyDecimalsIsAParseError) {
  // 2^128 ≈ 3.4e38: 39 nines do not fit, 38 do (KeepsTheTextExactly).
  EXPECT_EQ(code_of([] { (void)Decimal::parse("999999999999999999999999999999999999999"); }), ErrorCode::overflow);
  EXPECT_EQ(code_of([] { (void)Decimal::parse("0.0000000000000000000000000000001"); }), ErrorCode::parse);
}

TEST(DecimalArithmetic, AddsAndSubtractsAtTheLargerScale) {
  EXPECT_EQ(("0.1"_d + "0.2"_d).to_string(), "0.3");
  EXPECT_EQ(("8000"_d + "0.000118"_d).to_string(), "8000.000118");
  EXPECT_EQ(("14180"_d - "9180.00"_d).to_string(), "5000.00");
  EXPECT_EQ(("1"_d - "1.01"_d).to_string(), "-0.01");
}

TEST(DecimalArithmetic, MultipliesExactlyWithTheSumOfTheScales) {
  EXPECT_EQ(("0.0118"_d * "100000.00"_d).to_string(), "1180.000000");
  EXPECT_EQ(("0.80"_d * "0.01"_d).to_string(), "0.0080");
  EXPECT_EQ(("-1.5"_d * "-1.5"_d).to_string(), "2.25");
  EXPECT_EQ(("-1.5"_d * "2"_d).to_string(), "-3.0");
}

TEST(DecimalArithmetic, ComparesByValue) {
  EXPECT_EQ("1.0"_d, "1.00"_d);
  EXPECT_LT("-0.01"_d, "0"_d);
  EXPECT_GT("400000.01"_d, "400000"_d);
  EXPECT_EQ(wkr::min("3"_d, "2.99"_d).to_string(), "2.99");
  EXPECT_EQ(wkr::max("3"_d, "2.99"_d).to_string(), "3");
}

TEST(DecimalArithmetic, OverflowIsAnErrorNeverAWrap) {
  const Decimal big = Decimal::parse("300000000000000000000000000000000000000");  // 3e38 < 2^128
  EXPECT_EQ(code_of([&] { (void)(big + big); }), ErrorCode::overflow);
  EXPECT_EQ(code_of([&] { (void)(big * "2"_d); }), ErrorCode::overflow);
  EXPECT_EQ(code_of([&] { (void)(-big - big); }), ErrorCode::overflow);
  // Aligning scales can overflow too: 3e38 has no room for a decimal.
  EXPECT_EQ(code_of([&] { (void)(big + "0.1"_d); }), ErrorCode::overflow);
  EXPECT_EQ(code_of([&] { (void)("0.000000000000001"_d * "0.0000000000000001"_d); }), ErrorCode::overflow);
}

struct RoundingCase {
  const char* value;
  Rounding mode;
  const char* expected;  // to 0 decimals
};

// How GoogleTest (and the ctest name gtest_discover_tests makes) shows a case: "-2.5 half-even → -2",
// not the bytes of the struct, which hold pointers and change from run to run.
void PrintTo(const RoundingCase& c, std::ostream* os) {
  *os << c.value << " " << to_string(c.mode) << " → " << c.expected;
}

class DecimalRounding : public testing::TestWithParam<RoundingCase> {};

// A stable name per case, e.g. AllModes/DecimalRounding.ToWholeNumbers/half_even_minus_2_5, so a
// failure or a filter names the case, not its position in the list.
std::string rounding_case_name(const testing::TestParamInfo<RoundingCase>& info) {
  std::string mode(to_string(info.param.mode));  // "half-even"
  std::replace(mode.begin(), mode.end(), '-', '_');
  std::string value = info.param.value;  // "-2.5"
  if (value.front() == '-') value.replace(0, 1, "minus_");
  std::replace(value.begin(), value.end(), '.', '_');
  return mode + "_" + value;
}

TEST_P(DecimalRounding, ToWholeNumbers) {
  const RoundingCase& c = GetParam();
  EXPECT_EQ(round_text(c.value, 0, c.mode), c.expected) << c.value << " " << to_string(c.mode);
}

// Every mode on both signs, below, at and above the tie.
INSTANTIATE_TEST_SUITE_P(
    AllModes, DecimalRounding,
    testing::Values(RoundingCase{"2.4", Rounding::half_up, "2"}, RoundingCase{"2.5", Rounding::half_up, "3"},
                    RoundingCase{"2.6", Rounding::half_up, "3"}, RoundingCase{"-2.5", Rounding::half_up, "-3"},
                    RoundingCase{"-2.4", Rounding::half_up, "-2"}, RoundingCase{"2.5", Rounding::half_even, "2"},
                    RoundingCase{"3.5", Rounding::half_even, "4"}, RoundingCase{"-2.5", Rounding::half_even, "-2"},
                    RoundingCase{"-3.5", Rounding::half_even, "-4"}, RoundingCase{"2.51", Rounding::half_even, "3"},
                    RoundingCase{"2.9", Rounding::floor, "2"}, RoundingCase{"-2.1", Rounding::floor, "-3"},
                    RoundingCase{"2.1", Rounding::ceiling, "3"}, RoundingCase{"-2.9", Rounding::ceiling, "-2"},
                    RoundingCase{"2.9", Rounding::toward_zero, "2"}, RoundingCase{"-2.9", Rounding::toward_zero, "-2"},
                    RoundingCase{"7", Rounding::floor, "7"}, RoundingCase{"-7.0", Rounding::ceiling, "-7"},
                    RoundingCase{"0.4", Rounding::half_up, "0"}, RoundingCase{"-0.4", Rounding::half_up, "0"}),
    rounding_case_name);

TEST(DecimalRoundingTo, CentsAndMore) {
  EXPECT_EQ(round_text("8000.000118", 2, Rounding::floor), "8000.00");
  EXPECT_EQ(round_text("8000.000118", 2, Rounding::ceiling), "8000.01");
  EXPECT_EQ(round_text("0.0080", 2, Rounding::half_up), "0.01");
  EXPECT_EQ(round_text("1000.792", 0, Rounding::floor), "1000");
  EXPECT_EQ(round_text("81.3166", 2, Rounding::half_up), "81.32");
  EXPECT_EQ(round_text("5", 2, Rounding::floor), "5.00");  // adding decimals is exact
  EXPECT_EQ(round_text("-0.005", 2, Rounding::half_up), "-0.01");
  EXPECT_EQ(round_text("-0.005", 2, Rounding::half_even), "0.00");
}

TEST(DecimalDivide, RoundsOnceWithTheNamedMode) {
  // The cpp_dec_float trap of capi-decimal-notes §1.1: 69000/184 is exactly 375.
  EXPECT_EQ(Decimal::divide("69000"_d, "184"_d, 0, Rounding::floor).to_string(), "375");
  EXPECT_EQ(Decimal::divide("69000"_d, "184"_d, 0, Rounding::ceiling).to_string(), "375");
  EXPECT_EQ(Decimal::divide("1"_d, "3"_d, 4, Rounding::half_up).to_string(), "0.3333");
  EXPECT_EQ(Decimal::divide("2"_d, "3"_d, 4, Rounding::half_up).to_string(), "0.6667");
  EXPECT_EQ(Decimal::divide("2"_d, "3"_d, 4, Rounding::toward_zero).to_string(), "0.6666");
  EXPECT_EQ(Decimal::divide("-2"_d, "3"_d, 4, Rounding::floor).to_string(), "-0.6667");
  EXPECT_EQ(Decimal::divide("2"_d, "-3"_d, 4, Rounding::ceiling).to_string(), "-0.6666");
  // 3/5 × 214 = 128.4 exactly; 1626.24 / 12 months = 135.52
  EXPECT_EQ(Decimal::divide("642"_d, "5"_d, 1, Rounding::half_up).to_string(), "128.4");
  EXPECT_EQ(Decimal::divide("1626.24"_d, "12"_d, 2, Rounding::half_up).to_string(), "135.52");
  // a denominator with more decimals than the numerator
  EXPECT_EQ(Decimal::divide("3000"_d, "21.75"_d, 2, Rounding::floor).to_string(), "137.93");
  EXPECT_EQ(Decimal::divide("1.5"_d, "0.005"_d, 0, Rounding::half_up).to_string(), "300");
}

TEST(DecimalDivide, ByZeroIsAnError) {
  EXPECT_EQ(code_of([] { (void)Decimal::divide("1"_d, "0.00"_d, 2, Rounding::half_up); }),
            ErrorCode::division_by_zero);
}

TEST(DecimalScale, OutOfRangeIsRejected) {
  EXPECT_EQ(code_of([] { (void)"1"_d.rounded(31, Rounding::floor); }), ErrorCode::invalid_argument);
  EXPECT_EQ(code_of([] { (void)"1"_d.rounded(-1, Rounding::floor); }), ErrorCode::invalid_argument);
}

TEST(RoundingNames, RoundTrip) {
  for (Rounding mode : {Rounding::half_up, Rounding::half_even, Rounding::floor, Rounding::ceiling,
                        Rounding::toward_zero}) {
    EXPECT_EQ(wkr::parse_rounding(wkr::to_string(mode)), mode);
  }
  EXPECT_EQ(code_of([] { (void)wkr::parse_rounding("up"); }), ErrorCode::parse);
}

}  // namespace
