// The parameter tables: the embedded set, strict loading (every error names file:line:column),
// strict lookups (a year the tables do not cover is an error), layering and the receipt.
#include "wkr/parameters.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "embedded_tables.hpp"  // src/: the embedded sources, to layer test files over
#include "test_support.hpp"

namespace {

using wkr::ErrorCode;
using wkr::Parameters;
using wkr::TableSource;

using wkr::test::source_dir;

/// The embedded tables with one more file layered on top.
Parameters with_overlay(const std::string& text, const std::string& name = "overlay.yaml") {
  return Parameters::from_layers({wkr::detail::embedded_table_sources(), {TableSource{name, text}}});
}

/// Loading `text` over the embedded tables fails with `code`, at `line` of overlay.yaml, saying `needle`.
void expect_load_error(const std::string& text, ErrorCode code, int line, const std::string& needle) {
  try {
    (void)with_overlay(text);
    ADD_FAILURE() << "loaded without error; expected: " << needle;
  } catch (const wkr::Error& e) {
    EXPECT_EQ(e.code(), code) << e.what();
    ASSERT_TRUE(e.where().has_value()) << e.what();
    EXPECT_EQ(e.where()->file, "overlay.yaml");
    EXPECT_EQ(e.where()->line, line) << e.what();
    EXPECT_NE(std::string(e.what()).find(needle), std::string::npos) << e.what();
    EXPECT_EQ(std::string(e.what()).rfind("overlay.yaml:" + std::to_string(line) + ":", 0), 0u) << e.what();
  }
}

const char* const valid_rate = R"(parameters:
  final_levy.rate:
    unit: ratio
    until: 2027-12-31
    values:
      2027-01-01:
        value: 0.80
        reference: test reference
)";

TEST(EmbeddedTables, LoadAndCarryAReceipt) {
  const Parameters p = Parameters::embedded();
  const wkr::Receipt& r = p.receipt();
  EXPECT_EQ(r.parameters_digest.size(), 64u);
  EXPECT_EQ(r.parameters_digest.find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_FALSE(r.library_version.empty());
  ASSERT_FALSE(r.sources.empty());
  EXPECT_EQ(r.sources.front().rfind("embedded:nl/", 0), 0u);
}

TEST(EmbeddedTables, DefineEveryCatalogParameterWithItsUnit) {
  const Parameters p = Parameters::embedded();
  for (const wkr::ParameterSpec& spec : wkr::parameter_catalog()) {
    const auto all = p.all();
    auto it = std::find_if(all.begin(), all.end(), [&](const wkr::Parameter* x) { return x->name == spec.name; });
    ASSERT_NE(it, all.end()) << spec.name;
    EXPECT_EQ((*it)->unit, spec.unit) << spec.name;
    for (const wkr::DatedValue& v : (*it)->values) EXPECT_FALSE(v.reference.empty()) << spec.name;
  }
}

TEST(EmbeddedTables, DigestIsAFunctionOfTheBytes) {
  EXPECT_EQ(Parameters::embedded().receipt().parameters_digest,
            Parameters::from_layers({wkr::detail::embedded_table_sources()}).receipt().parameters_digest);
  EXPECT_NE(Parameters::embedded().receipt().parameters_digest, with_overlay(valid_rate).receipt().parameters_digest);
  // A single changed byte (a comment) changes the digest.
  EXPECT_NE(with_overlay(valid_rate).receipt().parameters_digest,
            with_overlay(std::string("# x\n") + valid_rate).receipt().parameters_digest);
}

TEST(Lookup, FindsTheValueInForceForTheYear) {
  const Parameters p = Parameters::embedded();
  EXPECT_EQ(p.number("final_levy.rate", 2015).to_string(), "0.80");
  EXPECT_EQ(p.number("final_levy.return_period", 2019).to_string(), "1");
  EXPECT_EQ(p.number("final_levy.return_period", 2020).to_string(), "2");
  const auto& brackets = p.brackets("free_space.rates", 2021);
  ASSERT_EQ(brackets.size(), 2u);
  EXPECT_EQ(brackets[0].rate.to_string(), "0.03");
  EXPECT_EQ(brackets[1].from.to_string(), "400000");
  EXPECT_EQ(brackets[1].rate.to_string(), "0.0118");
  EXPECT_EQ(p.rounding("final_levy.return_rounding", 2026).decimals, 0);
  EXPECT_EQ(p.rounding("final_levy.return_rounding", 2026).mode, wkr::Rounding::floor);
  const wkr::ParameterUse use = p.at_year("free_space.rates", 2025);
  EXPECT_EQ(wkr::to_string(use.entry->effective_from), "2025-01-01");
  EXPECT_EQ(use.entry->where.file, "embedded:nl/free_space.yaml");
  EXPECT_GT(use.entry->where.line, 0);
}

TEST(Lookup, AYearOutsideTheTablesIsAnErrorNamingIt) {
  const Parameters p = Parameters::embedded();
  for (int year : {2014, 2027, 2031}) {
    try {
      (void)p.at_year("free_space.rates", year);
      ADD_FAILURE() << year;
    } catch (const wkr::Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::not_covered);
      EXPECT_NE(std::string(e.what()).find("for the year " + std::to_string(year) + ": they cover 2015–2026"),
                std::string::npos)
          << e.what();
    }
  }
}

TEST(Lookup, ByDateAndAChangeWithinTheYear) {
  const Parameters p = with_overlay(R"(parameters:
  final_levy.rate:
    unit: ratio
    until: 2027-12-31
    values:
      2027-07-01:
        value: 0.75
        reference: a mid-year change, for the test
)");
  using namespace std::chrono;
  EXPECT_EQ(std::get<wkr::Decimal>(p.at_date("final_levy.rate", 2027y / June / 30).value()).to_string(), "0.80");
  EXPECT_EQ(std::get<wkr::Decimal>(p.at_date("final_levy.rate", 2027y / July / 1).value()).to_string(), "0.75");
  try {
    (void)p.at_year("final_levy.rate", 2027);
    FAIL();
  } catch (const wkr::Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::not_covered);
    EXPECT_NE(std::string(e.what()).find("changes within 2027 (on 2027-07-01)"), std::string::npos) << e.what();
  }
  EXPECT_THROW((void)p.at_date("final_levy.rate", 2028y / January / 1), wkr::Error);
}

TEST(Lookup, UnknownNameAndWrongShape) {
  const Parameters p = Parameters::embedded();
  try {
    (void)p.number("free_space.treshold", 2026);
    FAIL();
  } catch (const wkr::Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::invalid_argument);
  }
  try {
    (void)p.number("free_space.rates", 2026);
    FAIL();
  } catch (const wkr::Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::data);
    EXPECT_NE(std::string(e.what()).find("is not a number"), std::string::npos);
  }
}

TEST(Layering, AddsYearsAndReplacesDates) {
  const Parameters p = with_overlay(R"(parameters:
  final_levy.rate:
    unit: ratio
    until: 2027-12-31
    values:
      2027-01-01:
        value: 0.81
        reference: new year
      2015-01-01:
        value: 0.79
        reference: a correction
)");
  EXPECT_EQ(p.number("final_levy.rate", 2027).to_string(), "0.81");
  EXPECT_EQ(p.number("final_levy.rate", 2016).to_string(), "0.79");
  EXPECT_EQ(p.at_year("final_levy.rate", 2016).entry->reference, "a correction");
  EXPECT_EQ(p.receipt().sources.back(), "overlay.yaml");
}

TEST(Layering, TheShipped2027UpdateCoversTheFreeSpace) {
  const Parameters p = Parameters::with_directory(source_dir / "data/updates/2027");
  EXPECT_EQ(p.brackets("free_space.rates", 2027)[0].rate.to_string(), "0.0216");
  EXPECT_EQ(p.brackets("free_space.rates", 2026)[0].rate.to_string(), "0.02");
}

TEST(Layering, DirectoryErrors) {
  try {
    (void)Parameters::with_directory(source_dir / "no-such-directory");
    FAIL();
  } catch (const wkr::Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::io);
    EXPECT_NE(std::string(e.what()).find("does not exist"), std::string::npos);
  }
  const auto empty = std::filesystem::temp_directory_path() / ("wkr-empty-" + std::to_string(::getpid()));
  std::filesystem::create_directories(empty);
  try {
    (void)Parameters::with_directory(empty);
    FAIL();
  } catch (const wkr::Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::io);
    EXPECT_NE(std::string(e.what()).find("holds no *.yaml file"), std::string::npos);
  }
  // A bad file in a directory is reported by its path.
  std::ofstream(empty / "bad.yaml") << "parameters:\n  final_levy.rate: [1\n";
  try {
    (void)Parameters::with_directory(empty);
    FAIL();
  } catch (const wkr::Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::data);
    EXPECT_NE(std::string(e.what()).find((empty / "bad.yaml").string() + ":"), std::string::npos) << e.what();
  }
  std::filesystem::remove_all(empty);
}

TEST(Layering, OneParameterPerFileWithinALayer) {
  try {
    (void)Parameters::from_layers({wkr::detail::embedded_table_sources(),
                                   {TableSource{"a.yaml", valid_rate}, TableSource{"b.yaml", valid_rate}}});
    FAIL();
  } catch (const wkr::Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::data);
    EXPECT_NE(std::string(e.what()).find("also defined in a.yaml"), std::string::npos) << e.what();
    EXPECT_EQ(e.where()->file, "b.yaml");
  }
}

TEST(Layering, EveryCatalogParameterMustBeDefined) {
  try {
    (void)Parameters::from_layers({{TableSource{"only.yaml", valid_rate}}});
    FAIL();
  } catch (const wkr::Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::data);
    EXPECT_NE(std::string(e.what()).find("do not define the parameter"), std::string::npos) << e.what();
  }
}

// ---- strict loading: each error names file:line and says what would be right -------------------

TEST(StrictLoading, YamlSyntaxError) {
  expect_load_error("parameters:\n  final_levy.rate: {unit: ratio\n", ErrorCode::data, 3, "YAML syntax error");
}

TEST(StrictLoading, UnknownTopLevelKey) {
  expect_load_error(std::string("parameter:\n  x: 1\n"), ErrorCode::data, 1,
                    "unknown key 'parameter' in a table file; the keys are 'description', 'parameters'");
}

TEST(StrictLoading, UnknownParameterKey) {
  expect_load_error(R"(parameters:
  final_levy.rate:
    unit: ratio
    untill: 2027-12-31
    values: {}
)",
                    ErrorCode::data, 4, "unknown key 'untill'");
}

TEST(StrictLoading, UnknownValueKey) {
  expect_load_error(R"(parameters:
  final_levy.rate:
    unit: ratio
    until: 2027-12-31
    values:
      2027-01-01:
        value: 0.80
        refrence: typo
)",
                    ErrorCode::data, 8, "unknown key 'refrence'");
}

TEST(StrictLoading, DuplicateDate) {
  expect_load_error(R"(parameters:
  final_levy.rate:
    unit: ratio
    until: 2027-12-31
    values:
      2027-01-01:
        value: 0.80
        reference: one
      2027-01-01:
        value: 0.81
        reference: two
)",
                    ErrorCode::data, 9, "date 2027-01-01 of parameter 'final_levy.rate' appears twice (first at line 6)");
}

TEST(StrictLoading, DuplicateKey) {
  expect_load_error(R"(parameters:
  final_levy.rate:
    unit: ratio
    unit: ratio
    until: 2027-12-31
    values: {2027-01-01: {value: 0.8, reference: r}}
)",
                    ErrorCode::data, 4, "key 'unit' appears twice");
}

TEST(StrictLoading, ParameterDefinedTwiceInAFile) {
  expect_load_error(std::string(valid_rate) + R"(  final_levy.rate:
    unit: ratio
    until: 2027-12-31
    values: {2027-01-01: {value: 0.8, reference: r}}
)",
                    ErrorCode::data, 9, "defined twice in this file");
}

TEST(StrictLoading, ValueThatIsNotAPlainDecimal) {
  for (const char* bad : {"1.2e3", "80%", "0,80", ".8", "\"\"", "[0.8]", "eighty"}) {
    expect_load_error(std::string(R"(parameters:
  final_levy.rate:
    unit: ratio
    until: 2027-12-31
    values:
      2027-01-01:
        value: )") + bad + "\n        reference: r\n",
                      ErrorCode::data, 7, "the value of 'final_levy.rate' from 2027-01-01");
  }
}

TEST(StrictLoading, NegativeValue) {
  expect_load_error(R"(parameters:
  final_levy.rate:
    unit: ratio
    until: 2027-12-31
    values:
      2027-01-01:
        value: -0.8
        reference: r
)",
                    ErrorCode::data, 7, "is negative");
}

TEST(StrictLoading, MissingReference) {
  expect_load_error(R"(parameters:
  final_levy.rate:
    unit: ratio
    until: 2027-12-31
    values:
      2027-01-01:
        value: 0.8
        source: somewhere
)",
                    ErrorCode::data, 7, "needs the key 'reference'");
}

TEST(StrictLoading, EmptyReference) {
  expect_load_error(R"(parameters:
  final_levy.rate:
    unit: ratio
    until: 2027-12-31
    values:
      2027-01-01:
        value: 0.8
        reference: ""
)",
                    ErrorCode::data, 7, "needs a non-empty 'reference'");
}

TEST(StrictLoading, BadDate) {
  for (const char* bad : {"2027-13-01", "2027-02-30", "27-01-01", "2027/01/01", "1 januari 2027"}) {
    expect_load_error(std::string(R"(parameters:
  final_levy.rate:
    unit: ratio
    until: 2027-12-31
    values:
      ")") + bad + "\": {value: 0.8, reference: r}\n",
                      ErrorCode::data, 6, "is not a date; write YYYY-MM-DD");
  }
}

TEST(StrictLoading, UnknownParameterName) {
  expect_load_error(R"(parameters:
  final_levy.rat:
    unit: ratio
    until: 2027-12-31
    values:
      2027-01-01: {value: 0.8, reference: r}
)",
                    ErrorCode::data, 6, "unknown parameter 'final_levy.rat'");
}

TEST(StrictLoading, UnitThatDiffersFromTheCatalog) {
  expect_load_error(R"(parameters:
  final_levy.rate:
    unit: eur
    until: 2027-12-31
    values:
      2027-01-01: {value: 0.8, reference: r}
)",
                    ErrorCode::data, 6, "has unit 'ratio', not 'eur'");
}

TEST(StrictLoading, UnknownUnit) {
  expect_load_error(R"(parameters:
  final_levy.rate:
    unit: percent
    until: 2027-12-31
    values:
      2027-01-01: {value: 0.8, reference: r}
)",
                    ErrorCode::data, 3, "unknown unit 'percent'");
}

TEST(StrictLoading, UntilBeforeTheLastValue) {
  expect_load_error(R"(parameters:
  final_levy.rate:
    unit: ratio
    until: 2026-12-31
    values:
      2027-01-01: {value: 0.8, reference: r}
)",
                    ErrorCode::data, 4, "ends before it");
}

TEST(StrictLoading, BracketsMustStartAtZeroAndGoUp) {
  const std::string head = R"(parameters:
  free_space.rates:
    unit: marginal_rates
    until: 2027-12-31
    values:
      2027-01-01:
        reference: r
        brackets:
)";
  expect_load_error(head + "          - {from: 100, rate: 0.02}\n", ErrorCode::data, 9, "the first bracket starts 'from: 0'");
  expect_load_error(head + "          - {from: 0, rate: 0.02}\n          - {from: 0, rate: 0.01}\n", ErrorCode::data,
                    10, "brackets go up");
  expect_load_error(head + "          - {from: 0, rate: 0.02, to: 5}\n", ErrorCode::data, 9, "unknown key 'to'");
  expect_load_error(head.substr(0, head.size() - std::string("        brackets:\n").size()) + "        value: 0.02\n",
                    ErrorCode::data, 8, "unknown key 'value'");
}

TEST(StrictLoading, RoundingRule) {
  const std::string head = R"(parameters:
  final_levy.return_rounding:
    unit: rounding
    until: 2027-12-31
    values:
      2027-01-01:
        reference: r
)";
  expect_load_error(head + "        rounding: {decimals: 0, mode: down}\n", ErrorCode::data, 8,
                    "'down' is not a rounding mode; expected one of half-up");
  expect_load_error(head + "        rounding: {decimals: 1.5, mode: floor}\n", ErrorCode::data, 8,
                    "'decimals' is a whole number from 0 to 30");
  expect_load_error(head + "        rounding: {mode: floor}\n", ErrorCode::data, 8, "needs the key 'decimals'");
}

}  // namespace

namespace {

// Statistics (WKR_STATISTICS: the emission factors) are loaded like parameters, but a year they do
// not cover is still a covered year: the 2026 list is the only one in data/nl/emissions.yaml.
TEST(Statistics, AYearWithoutThemIsStillCovered) {
  const Parameters p = Parameters::embedded();
  EXPECT_NO_THROW((void)p.require_year(2025));
  EXPECT_FALSE(p.year(2025).covers(wkr::param::emissions_car));
  EXPECT_TRUE(p.year(2025).covers(wkr::param::final_levy_rate));
  ASSERT_TRUE(p.year(2026).covers(wkr::param::emissions_car));
  // co2emissiefactoren.nl 2026: average car 0.190, public transport (mode unknown) 0.036 (WTW).
  EXPECT_EQ(p.year(2026)[wkr::param::emissions_car].to_string(), "0.190");
  EXPECT_EQ(p.year(2026)[wkr::param::emissions_public_transport].to_string(), "0.036");
  EXPECT_EQ(p.year(2026)[wkr::param::emissions_bicycle].to_string(), "0");
  // Read for a year it does not cover, a statistic is an error naming the years it covers.
  try {
    (void)p.year(2025)[wkr::param::emissions_car];
    ADD_FAILURE() << "no error";
  } catch (const wkr::Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::not_covered);
    EXPECT_NE(std::string(e.what()).find("emissions.car for the year 2025: they cover 2026–2026"), std::string::npos)
        << e.what();
  }
}

TEST(Statistics, AreCheckedLikeParameters) {
  expect_load_error(R"(parameters:
  emissions.car:
    unit: eur
    until: 2027-12-31
    values:
      2027-01-01:
        value: 0.2
        reference: r
)",
                    ErrorCode::data, 6, "parameter 'emissions.car' has unit 'kg_co2e_per_km', not 'eur'");
  // A later list is layered on top with its own date.
  const Parameters p = with_overlay(R"(parameters:
  emissions.car:
    unit: kg_co2e_per_km
    until: 2027-12-31
    values:
      2027-01-01:
        value: 0.185
        reference: a later list
)");
  EXPECT_EQ(p.year(2027)[wkr::param::emissions_car].to_string(), "0.185");
  EXPECT_EQ(p.year(2026)[wkr::param::emissions_car].to_string(), "0.190");
}

}  // namespace
