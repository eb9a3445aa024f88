// Runs every golden case of tests/golden/*.yaml through the library (wkr::evaluate_request) and
// through the wkr command (--json), and compares the results with the expected strings exactly.
// A case marked `library_only` (inputs the command does not read yet) skips the command; an
// `exit: 2` case (a usage error of the command line) skips the library. A file's text (`X_csv`,
// `X_yaml`) reaches the command as a file, under the name `X_file` gives when the case gives one. Format:
// tests/golden/README.md.
#include <gtest/gtest.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <yaml-cpp/yaml.h>

#include <fcntl.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "../golden/golden_yaml.hpp"
#include "telltales.hpp"
#include "test_support.hpp"
#include "wkr/request.hpp"

extern char** environ;

namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using wkr::golden::scalar_text;
using wkr::golden::to_json;

using wkr::test::source_dir;

struct GoldenCase {
  std::string id;
  std::string file;
  YAML::Node node;
};

/// Every key of `expected` is in `actual` with the same text; `path` names the place on failure.
void expect_subset(const json& expected, const json& actual, const std::string& path) {
  if (expected.is_object()) {
    ASSERT_TRUE(actual.is_object()) << path << " is not an object in " << actual.dump();
    for (const auto& item : expected.items()) {
      ASSERT_TRUE(actual.contains(item.key())) << "missing " << path << item.key();
      expect_subset(item.value(), actual[item.key()], path + item.key() + ".");
    }
  } else if (expected.is_array()) {
    ASSERT_TRUE(actual.is_array() && actual.size() == expected.size()) << path << ": " << actual.dump();
    for (std::size_t i = 0; i < expected.size(); ++i) {
      expect_subset(expected[i], actual[i], path + std::to_string(i) + ".");
    }
  } else {
    EXPECT_EQ(scalar_text(expected), scalar_text(actual)) << "at " << path;
  }
}

/// The keys of a result's `warnings`, in order (none when it has no such key), are the case's
/// `warnings` (none when it has none).
void expect_warnings(const YAML::Node& node, const json& result) {
  std::vector<std::string> expected;
  if (node["warnings"]) expected = node["warnings"].as<std::vector<std::string>>();
  std::vector<std::string> actual;
  if (result.contains("warnings")) {
    for (const json& warning : result["warnings"]) actual.push_back(warning.at("key").get<std::string>());
  }
  EXPECT_EQ(actual, expected) << "warnings: " << result.value("warnings", json::array()).dump();
}

std::vector<GoldenCase> load_cases() {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(source_dir / "tests/golden")) {
    if (entry.path().extension() == ".yaml") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<GoldenCase> cases;
  for (const auto& file : files) {
    const YAML::Node root = YAML::LoadFile(file.string());
    for (const auto& node : root["cases"]) {
      cases.push_back({node["id"].as<std::string>(), fs::relative(file, source_dir).string(), node});
    }
  }
  return cases;
}

struct ProcessResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

std::string slurp(const fs::path& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

/// Runs `argv` with stdout and stderr captured in temporary files.
ProcessResult run(const std::vector<std::string>& argv) {
  const fs::path dir = fs::temp_directory_path();
  const std::string stem = "wkr-golden-" + std::to_string(::getpid());
  const fs::path out_path = dir / (stem + ".out");
  const fs::path err_path = dir / (stem + ".err");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  ProcessResult result;
  if (posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ) == 0) {
    int status = 0;
    waitpid(pid, &status, 0);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }
  posix_spawn_file_actions_destroy(&actions);
  result.out = slurp(out_path);
  result.err = slurp(err_path);
  fs::remove(out_path);
  fs::remove(err_path);
  return result;
}

// An argument `items_csv: TEXT` holds the text of a CSV file: the library request takes the text
// as it is, the command gets it as a file, `--items FILE`. A list of objects (`members: [{name: A,
// wage_bill: 1000}]`) is written as a CSV file for the command, the objects' keys its columns
// (README.md in tests/golden).
const std::string csv_suffix = "_csv";

bool is_csv_text(const std::string& key) {
  return key.size() > csv_suffix.size() && key.ends_with(csv_suffix);
}

/// The option of a file's text: `X_csv` or `X_yaml` (a policy file) → X; "" for another key.
std::string file_option(const std::string& key) {
  for (const std::string suffix : {"_csv", "_yaml"}) {
    if (key.size() > suffix.size() && key.ends_with(suffix)) return key.substr(0, key.size() - suffix.size());
  }
  return "";
}

bool is_list_of_objects(const json& value) {
  return value.is_array() && !value.empty() &&
         std::all_of(value.begin(), value.end(), [](const json& v) { return v.is_object(); });
}

/// The temporary files a command's arguments are written to, removed with it.
class CsvFiles {
 public:
  CsvFiles() = default;
  CsvFiles(const CsvFiles&) = delete;
  CsvFiles& operator=(const CsvFiles&) = delete;
  ~CsvFiles() {
    for (const auto& file : files_) fs::remove_all(file);
  }

  /// `text` as a file called `name` (in a directory of its own); its path. The command's messages
  /// then name the file as the library's name it from the request's `X_file`.
  std::string write_named(const std::string& name, const std::string& text) {
    const fs::path dir =
        fs::temp_directory_path() / ("wkr-golden-" + std::to_string(::getpid()) + "-" + std::to_string(files_.size()));
    fs::create_directories(dir);
    files_.push_back(dir);
    std::ofstream(dir / name, std::ios::binary) << text;
    return (dir / name).string();
  }

  /// `text` as a file; its path.
  std::string write(const std::string& stem, const std::string& text) {
    const fs::path file = fs::temp_directory_path() / ("wkr-golden-" + std::to_string(::getpid()) + "-" + stem + "-" +
                                                       std::to_string(files_.size()) + ".csv");
    std::ofstream(file, std::ios::binary) << text;
    files_.push_back(file);
    return file.string();
  }

  /// `rows` (a list of objects) as a CSV file: a column per key (`X_csv` and a nested list of
  /// objects become files of their own, named in column X); an absent key, an empty field.
  std::string write_rows(const std::string& stem, const json& rows) {
    std::vector<std::string> keys;
    for (const auto& row : rows) {
      for (const auto& item : row.items()) {
        if (std::find(keys.begin(), keys.end(), item.key()) == keys.end()) keys.push_back(item.key());
      }
    }
    const auto column = [](const std::string& key) {
      return is_csv_text(key) ? key.substr(0, key.size() - csv_suffix.size()) : key;
    };
    std::string text;
    for (std::size_t k = 0; k < keys.size(); ++k) text += (k ? "," : "") + column(keys[k]);
    text += "\n";
    for (const auto& row : rows) {
      for (std::size_t k = 0; k < keys.size(); ++k) {
        std::string field;
        if (row.contains(keys[k])) {
          const json& value = row[keys[k]];
          if (is_csv_text(keys[k])) {
            field = write(column(keys[k]), value.get<std::string>());
          } else if (is_list_of_objects(value)) {
            field = write_rows(keys[k], value);
          } else if (!value.is_null()) {
            field = scalar_text(value);
          }
        }
        if (field.find_first_of(",\"\n") != std::string::npos) {
          std::string quoted = "\"";
          for (char c : field) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
          field = quoted + "\"";
        }
        text += (k ? "," : "") + field;
      }
      text += "\n";
    }
    return write(stem, text);
  }

 private:
  std::vector<fs::path> files_;
};

void PrintTo(const GoldenCase& c, std::ostream* os) { *os << c.file << ": " << c.id; }

class Golden : public testing::TestWithParam<GoldenCase> {
 protected:
  [[nodiscard]] const YAML::Node& node() const { return GetParam().node; }
  [[nodiscard]] std::string command() const { return node()["command"].as<std::string>(); }
  [[nodiscard]] json args() const { return to_json(node()["args"]); }
  [[nodiscard]] std::string data_dir() const {
    return node()["data"] ? (source_dir / "data" / node()["data"].as<std::string>()).string() : "";
  }
  /// The wkr command line of the case, after `wkr COMMAND`; CSV texts and member lists become files.
  [[nodiscard]] std::vector<std::string> options(CsvFiles& files) const {
    std::vector<std::string> argv;
    const json arguments = args();
    for (const auto& item : arguments.items()) {
      if (const std::string key = file_option(item.key()); !key.empty()) {
        // One text or a list (a repeated option), each named by `X_file` when the case names them.
        const json texts = item.value().is_array() ? item.value() : json::array({item.value()});
        const json names = arguments.contains(key + "_file") ? arguments[key + "_file"] : json();
        for (std::size_t i = 0; i < texts.size(); ++i) {
          const std::string text = texts[i].get<std::string>();
          const std::string name = names.is_array()    ? names.at(i).get<std::string>()
                                   : names.is_string() ? names.get<std::string>()
                                                       : "";
          argv.push_back("--" + key + "=" + (name.empty() ? files.write(key, text) : files.write_named(name, text)));
        }
        continue;
      }
      if (item.key().ends_with("_file") &&
          (arguments.contains(item.key().substr(0, item.key().size() - 5) + csv_suffix) ||
           arguments.contains(item.key().substr(0, item.key().size() - 5) + "_yaml"))) {
        continue;  // the name of a file above
      }
      if (is_list_of_objects(item.value())) {
        argv.push_back("--" + item.key() + "=" + files.write_rows(item.key(), item.value()));
        continue;
      }
      std::string option = "--" + item.key();
      std::replace(option.begin(), option.end(), '_', '-');
      const json values = item.value().is_array() ? item.value() : json::array({item.value()});
      for (const auto& value : values) {
        if (value.is_boolean()) {
          if (value.get<bool>()) argv.push_back(option);
        } else {
          argv.push_back(option + "=" + scalar_text(value));  // '=' so "-5" stays a value
        }
      }
    }
    if (!data_dir().empty()) argv.push_back("--data=" + data_dir());
    return argv;
  }
};

TEST_P(Golden, Library) {
  const YAML::Node error = node()["expect_error"];
  json request = args();
  request["command"] = command();
  const wkr::Parameters parameters =
      data_dir().empty() ? wkr::Parameters::embedded() : wkr::Parameters::with_directory(data_dir());
  if (error) {
    try {
      (void)wkr::evaluate_request(parameters, request);
      FAIL() << "expected an error containing '" << error["message"].as<std::string>() << "'";
    } catch (const wkr::Error& e) {
      EXPECT_NE(std::string(e.what()).find(error["message"].as<std::string>()), std::string::npos) << e.what();
      // Exit 2 is a request whose keys do not fit its command: the library says so with its own type.
      EXPECT_EQ(dynamic_cast<const wkr::RequestKeyError*>(&e) != nullptr, error["exit"].as<int>() == 2) << e.what();
    }
    return;
  }
  const json result = wkr::evaluate_request(parameters, request);
  expect_subset(to_json(node()["expect"]), result, "");
  expect_warnings(node(), result);
}

TEST_P(Golden, Command) {
  const std::string cli = WKR_CLI_PATH;
  if (cli.empty()) GTEST_SKIP() << "the wkr command is not built";
  if (const YAML::Node reason = node()["library_only"]) GTEST_SKIP() << "library only: " << reason.as<std::string>();
  std::vector<std::string> argv = {cli, command(), "--json"};
  // `wkr evaluate --json` carries the numbers alone; the cases check its explanations too.
  if (command() == "evaluate") argv.emplace_back("--explain");
  CsvFiles files;
  for (std::string& option : options(files)) argv.push_back(std::move(option));
  const ProcessResult result = run(argv);

  if (const YAML::Node error = node()["expect_error"]) {
    EXPECT_EQ(result.exit_code, error["exit"].as<int>()) << result.err;
    EXPECT_NE(result.err.find(error["message"].as<std::string>()), std::string::npos) << result.err;
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << "one line on stderr: " << result.err;
    EXPECT_TRUE(result.out.empty()) << "no partial result: " << result.out;
    return;
  }
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const json output = json::parse(result.out);
  expect_subset(to_json(node()["expect"]), output, "");
  expect_warnings(node(), output);
}

// Dutch that is Dutch: the case's text output with --lang nl --explain — or its error message — has
// no English tell-tale word (telltales.hpp) anywhere: the legal basis ("grondslag:") of a step is a citation only (what
// a rule does is its label's sentence), and the tables quote only citations.
TEST_P(Golden, DutchText) {
  const std::string cli = WKR_CLI_PATH;
  if (cli.empty()) GTEST_SKIP() << "the wkr command is not built";
  if (node()["library_only"]) GTEST_SKIP() << "library only";
  std::vector<std::string> argv = {cli, command(), "--lang=nl", "--explain"};
  CsvFiles files;
  for (std::string& option : options(files)) argv.push_back(std::move(option));
  const ProcessResult result = run(argv);
  // A case that expects an error: its message, in Dutch, is what the user reads.
  const bool error = static_cast<bool>(node()["expect_error"]);
  ASSERT_EQ(result.exit_code != 0, error) << result.err;
  for (const std::string& word : wkr::test::english_words_in(error ? result.err : result.out)) ADD_FAILURE() << word;
}

// `wkr parameters --lang nl` of every year: the figures with their references, sources and notes
// (the tables give each note in Dutch and English) have no English tell-tale.
TEST(GoldenParameters, EveryYearReadsInDutch) {
  const std::string cli = WKR_CLI_PATH;
  if (cli.empty()) GTEST_SKIP() << "the wkr command is not built";
  for (int year = 2015; year <= 2026; ++year) {
    const ProcessResult result =
        run(std::vector<std::string>{cli, "parameters", "--year=" + std::to_string(year), "--lang=nl"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("toelichting: "), std::string::npos) << year;
    for (const std::string& word : wkr::test::english_words_in(result.out)) ADD_FAILURE() << year << ": " << word;
  }
}

std::string case_name(const testing::TestParamInfo<GoldenCase>& info) {
  std::string name = info.param.id;
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Cases, Golden, testing::ValuesIn(load_cases()), case_name);

TEST(GoldenFiles, IdsAreUnique) {
  std::vector<std::string> ids;
  for (const auto& c : load_cases()) ids.push_back(c.id);
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(std::adjacent_find(ids.begin(), ids.end()), ids.end());
  EXPECT_FALSE(ids.empty());
}

}  // namespace
