// Fuzz target: a parameter table file layered over the embedded tables. It must load or fail with
// a wkr::Error — never crash, hang or throw anything else.
#include <cstddef>
#include <cstdint>
#include <string>

#include "embedded_tables.hpp"
#include "wkr/parameters.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    const wkr::Parameters p =
        wkr::Parameters::from_layers({wkr::detail::embedded_table_sources(), {wkr::TableSource{"fuzz.yaml", text}}});
    for (const wkr::Parameter& parameter : p.all()) {
      for (int year : {2014, 2020, 2026, 2027}) {
        try {
          (void)p.at_year(parameter.name, year);
        } catch (const wkr::Error&) {
        }
      }
    }
  } catch (const wkr::Error&) {
  }
  return 0;
}
