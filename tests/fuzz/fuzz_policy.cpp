// Fuzz target: a home-working policy file (policy YAML, docs/policy.md) as `wkr scenario` reads it.
// The input is the YAML text. A policy that loads is run as a scenario for 2026 over a small fixed
// population with every group and travel mode of examples/policy/population.csv, so what the
// reader accepts is also what the scenario can compute. Both steps must succeed or refuse with a
// wkr::Error; anything else (a crash, a hang, another exception) is a bug.
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "fuzz_common.hpp"
#include "wkr/parameters.hpp"
#include "wkr/policy/policy_file.hpp"
#include "wkr/policy/population.hpp"
#include "wkr/policy/scenario.hpp"

namespace {

/// Rows of examples/policy/population.csv: every group, every travel mode, co-working days.
constexpr std::string_view population_csv =
    "id,group,office_days,home_days,coworking_days,km_one_way,mode,minutes_one_way,coworking_km_one_way,"
    "coworking_minutes_one_way,fiscal_wage,marginal_rate\n"
    "E001,henry,3,2,0,33.7,car,45,,,75100,0.3756\n"
    "E006,henry,3,2,0,26.0,public-transport,54,,,52700,0.3756\n"
    "E136,molly,2,2,1,24.8,car,34,5.5,11,63600,0.3756\n"
    "E139,molly,2,2,1,30.5,public-transport,60,6.6,24,51100,0.3756\n"
    "E166,dora,5,0,0,44.6,car,58,,,46900,0.3756\n"
    "E211,fred,3,0,0,32.7,car,44,,,28400,0.3575\n"
    "E223,fred,5,0,0,33.9,public-transport,65,,,41100,0.3756\n"
    "E014,henry,2,2,0,18.3,company-bicycle,54,,,67100,0.3756\n";

const wkr::Population& population() {
  static const wkr::Population p = wkr::read_population_csv(population_csv, "population.csv");
  return p;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 16384) return 0;  // a policy file is small
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    const wkr::Policy policy = wkr::read_policy_yaml(text, "policy.yaml");
    (void)wkr::scenario(wkr::fuzz::embedded(), 2026, std::span<const wkr::Policy>(&policy, 1), population());
  } catch (const wkr::Error&) {
    // refused with a message naming policy.yaml:line:column (the unit tests check the messages)
  }
  return 0;
}
