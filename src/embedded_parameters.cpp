// The parameter tables compiled into the library (generated from data/nl by wkr_embed_tables) and
// a directory of tables layered over them at run time.
#include <algorithm>
#include <fstream>
#include <sstream>

#include "embedded_tables.hpp"
#include "parameter_tables.hpp"
#include "wkr/phrase.hpp"

namespace wkr {

namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::io, say("error.tables.cannot_read", path.string()));
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) throw Error(ErrorCode::io, say("error.tables.read_failed", path.string()));
  return text.str();
}

/// The *.yaml files of `directory`, in sorted order of their names. Throws Error(io).
std::vector<TableSource> directory_sources(const std::filesystem::path& directory) {
  std::error_code ec;
  if (!std::filesystem::is_directory(directory, ec)) {
    throw Error(ErrorCode::io, say("error.tables.no_directory", directory.string()));
  }
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(directory, ec)) {
    if (entry.is_regular_file() && entry.path().extension() == ".yaml") files.push_back(entry.path());
  }
  if (ec) throw Error(ErrorCode::io, say("error.tables.cannot_list", directory.string(), ec.message()));
  if (files.empty()) {
    throw Error(ErrorCode::io, say("error.tables.no_yaml", directory.string()));
  }
  std::sort(files.begin(), files.end());
  std::vector<TableSource> sources;
  sources.reserve(files.size());
  for (const auto& file : files) sources.push_back({file.string(), read_file(file)});
  return sources;
}

}  // namespace

Parameters Parameters::embedded() {
  // Built once per process from the compiled tables: no YAML is parsed.
  static const Parameters instance = [] {
    std::map<std::string, Parameter> parameters;
    for (Parameter& p : detail::embedded_parameters()) {
      std::string name = p.name;
      parameters.emplace(std::move(name), std::move(p));
    }
    auto sources = std::shared_ptr<const std::vector<TableSource>>(&detail::embedded_table_sources(),
                                                                    [](const std::vector<TableSource>*) {});
    return finish(std::move(parameters), nullptr, detail::embedded_receipt(), std::move(sources));
  }();
  return instance;
}

Parameters Parameters::with_directory(const std::filesystem::path& directory, TableOverrides overrides) {
  return embedded().with_overlay(directory_sources(directory), overrides);
}

std::vector<Error> Parameters::check_directory(const std::filesystem::path& directory) {
  return embedded().check_overlay(directory_sources(directory));
}

}  // namespace wkr
