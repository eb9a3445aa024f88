// wkr parameters: every figure in force for a year, with its date, legal reference and source —
// what an accountant checks before signing off on a result.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "cli_common.hpp"
#include "wkr/json.hpp"

namespace wkr::cli {

namespace {

struct ParametersArgs {
  CommonOptions common;
};

int run_parameters(const ParametersArgs& args) {
  const CommonOptions& o = args.common;
  const Parameters parameters = o.parameters();
  std::vector<UsedParameter> in_force;
  std::vector<std::string> not_covered;
  for (const Parameter& p : parameters.all()) {
    try {
      in_force.push_back(describe(parameters.at_year(p.name, o.year)));
    } catch (const Error& e) {
      if (e.code() != ErrorCode::not_covered) throw;
      not_covered.push_back(p.name);
    }
  }
  if (o.json) {
    nlohmann::json list = nlohmann::json::array();
    for (const UsedParameter& p : in_force) list.push_back(to_json(p));
    fmt::print("{}\n", nlohmann::json{{"year", o.year},
                                      {"parameters", list},
                                      {"not_covered", not_covered},
                                      {"receipt", to_json(parameters.receipt())}}
                           .dump(2));
    return 0;
  }
  const bool nl = o.language() == Language::nl;
  fmt::print("{} {}\n", nl ? "Parameters voor" : "Parameters for", o.year);
  for (const UsedParameter& p : in_force) {
    fmt::print("\n{} = {} ({})\n", p.name, p.value, p.unit);
    fmt::print("   {} {}; {}\n", nl ? "geldig vanaf" : "effective", p.effective_from, p.reference);
    if (!p.source.empty()) fmt::print("   {}: {}\n", nl ? "bron" : "source", p.source);
    if (!p.confidence.empty()) fmt::print("   {}: {}\n", nl ? "zekerheid" : "confidence", p.confidence);
    fmt::print("   {}: {}\n", nl ? "tabel" : "table", p.location);
  }
  if (!not_covered.empty()) {
    fmt::print("\n{} {}: {}\n", nl ? "Niet gedekt door de tabellen in" : "Not covered by the tables in", o.year,
               fmt::join(not_covered, ", "));
  }
  const Receipt& r = parameters.receipt();
  fmt::print("\n{}: wkr {}, {} sha256:{}\n", nl ? "Verantwoording" : "Receipt", r.library_version,
             nl ? "tabellen" : "tables", r.parameters_digest);
  return 0;
}

}  // namespace

void add_parameters_command(CLI::App& app, Commands& commands) {
  static ParametersArgs args;  // CLI11 writes the parsed values here for the life of the program
  CLI::App* command =
      app.add_subcommand("parameters", "Every figure in force for a year, with its legal reference and source");
  CommonOptions& o = args.common;
  command->add_option("--year", o.year, "Calendar year, e.g. 2026")->required();
  command->add_flag("--json", o.json, "Print one JSON object");
  command->add_option("--lang", o.lang, "Language of the text output (nl or en)")
      ->check(CLI::IsMember({"nl", "en"}))
      ->default_str("nl");
  command->add_option("--data", o.data_dir, "Directory of parameter tables to layer over the embedded ones")
      ->type_name("DIR");
  commands.push_back({command, [] { return run_parameters(args); }});
}

}  // namespace wkr::cli
