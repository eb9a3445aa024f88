// `wkr evaluate` as a stream (wkr/item_stream.hpp): the items file is read twice — first every row
// is checked (a bad row stops the run with every error listed and nothing written), then it is
// evaluated and each employee written as soon as it is complete — so memory does not grow with the
// rows of a file grouped by employee. The text and the JSON are those of text(Evaluation) and
// to_json(Evaluation), written one employee at a time (docs/cli.md, "wkr evaluate and large files").
#include <filesystem>
#include <fstream>
#include <unordered_map>

#include <fmt/format.h>

#include "cli_common.hpp"
#include "output.hpp"
#include "progress.hpp"
#include "wkr/allowances/json.hpp"
#include "wkr/item_stream.hpp"

namespace wkr::cli {

namespace {

/// `text` with every line after the first indented by `spaces`, to nest a dumped JSON value.
std::string nested(const std::string& text, std::size_t spaces) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (const char c : text) {
    out += c;
    if (c == '\n') out.append(spaces, ' ');
  }
  return out;
}

/// Gathers each employee's items as the stream evaluates them and writes the employee when the
/// stream hands it over. In a grouped file that is one employee at a time; otherwise every
/// employee's items wait until the end (the stream hands employees over only then).
class Writer final : public EvaluationSink {
 public:
  Writer(OutputStream& out, const View& view, const Receipt& receipt) : out_(out), view_(view), receipt_(receipt) {}

  void item(const StreamedItem& streamed) override {
    EmployeeEvaluation& e = pending_[streamed.item.employee];
    e.items.push_back(ItemResult{count_++, streamed.item, streamed.treatment});
  }

  void employee(const EmployeeYearResult& result) override {
    const auto it = pending_.find(std::string(result.employee));
    EmployeeEvaluation e = it == pending_.end() ? EmployeeEvaluation{} : std::move(it->second);
    if (it != pending_.end()) pending_.erase(it);
    e.employee = result.employee;
    e.totals = result.totals;
    e.customary = result.customary;
    if (view_.json) {
      out_.write(first_ ? "\n    " : ",\n    ");
      out_.write(nested(to_json(e).dump(2), 4));
    } else {
      out_.write(employee_text(e, receipt_, view_));
    }
    first_ = false;
  }

 private:
  OutputStream& out_;
  const View& view_;
  const Receipt& receipt_;
  std::unordered_map<std::string, EmployeeEvaluation> pending_;
  std::size_t count_ = 0;
  bool first_ = true;
};

/// Runs the stream over the file at `path` (read in chunks, never whole).
StreamSummary stream_file(const std::string& path, const Parameters& parameters, int year,
                          const ItemStreamOptions& options, EvaluationSink* sink = nullptr) {
  std::ifstream in(path, std::ios::binary);
  return evaluate_items_stream(in, parameters, year, path, options, sink);
}

/// The check pass. A file that cannot be opened, or whose CSV is malformed, is read whole once more
/// by the request reader, whose message says why the file cannot be read, or at which column and
/// why the CSV breaks (the stream knows only the line); that reading throws.
StreamSummary check_file(const nlohmann::json& request, const std::string& path, const Parameters& parameters, int year,
                         const ItemStreamOptions& options) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec) || !std::ifstream(path, std::ios::binary)) {
    (void)read_request(request, RequestSyntax::command_line);
  }
  try {
    return stream_file(path, parameters, year, options);
  } catch (const Error& e) {
    if (e.code() == ErrorCode::parse) (void)read_request(request, RequestSyntax::command_line);
    throw;
  }
}

/// The keys of the result after "employees": the totals, the customary reviews, the settlement and
/// the receipt, as to_json(Evaluation) writes them.
std::string json_ending(const StreamSummary& summary) {
  nlohmann::json rest = to_json(
      Evaluation{summary.year, {}, summary.totals, summary.customary_review, summary.settlement, summary.receipt});
  rest.erase("employees");
  rest.erase("year");
  rest["rows"] = {{"read", summary.rows}, {"evaluated", summary.rows}, {"bad", 0}};  // as to_json(Evaluation)
  std::string out = "\n  ]";
  for (const auto& [key, value] : rest.items()) {
    out += ",\n  " + nlohmann::json(key).dump() + ": " + nested(value.dump(2), 2);
  }
  return out + "\n}\n";
}

int run_evaluate(const CLI::App& app, std::optional<int>& year, std::optional<Parameters::YearRange>& covered) {
  const View& view = view_of(app);
  const Language lang = view.language();
  const nlohmann::json request = request_of(app);
  const auto items = request.find("items");
  if (items == request.end() || !items->is_string()) {
    (void)read_request(request, RequestSyntax::command_line);  // says what is missing, as any command does
    throw std::logic_error("an evaluate request without an items file was accepted");
  }
  const std::string path = items->get<std::string>();
  const Progress progress(app.get_name(), path, help_language());
  const Parameters parameters = view.parameters();
  covered = parameters.covered_years();
  const EvaluateRequest r = read_evaluate_options(request, RequestSyntax::command_line);
  year = r.year;
  ItemStreamOptions options{
      .grouped = false, .evaluate = false, .explain = view.explanation(), .evaluation = r.options, .csv = r.csv};
  // The first pass checks every row and finds whether the file is grouped; nothing is written when
  // a row is bad.
  options.grouped = check_file(request, path, parameters, r.year, options).grouped;
  options.evaluate = true;
  OutputStream out(view.output);
  const Receipt& receipt = parameters.receipt();
  Writer writer(out, view, receipt);
  out.write(view.json ? fmt::format("{{\n  \"year\": {},\n  \"employees\": [", r.year)
                      : evaluation_heading(r.year, lang));
  // Only what depends on evaluating (a value the tables lack for an item) can fail now: the text then
  // has no employer total and the JSON is not closed, so neither passes for whole; a file is removed.
  const StreamSummary summary = stream_file(path, parameters, r.year, options, &writer);
  out.write(view.json ? json_ending(summary) : employer_total_text(summary.totals, summary.settlement, lang));
  out.commit();
  return exit_ok;
}

}  // namespace

Runner evaluate_runner(const CLI::App& app) {
  return [&app](std::optional<int>& year, std::optional<Parameters::YearRange>& covered) {
    return run_evaluate(app, year, covered);
  };
}

}  // namespace wkr::cli
