// `wkr evaluate` as a stream (wkr/item_stream.hpp): the items file is read once, every row checked
// and evaluated as it is read and each employee written as soon as it is complete — so memory does
// not grow with the rows of a file grouped by employee — to a temporary file that becomes the output
// only when every row was good (a bad row stops the run with every error listed and nothing
// written). The text is that of text(Evaluation) and the JSON has the keys and values of
// to_json(Evaluation), written one employee at a time, an employee a line (docs/cli.md, "Large
// files: how wkr evaluate reads them").
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

/// Transparent hash and equality: a std::string_view finds a std::string key without making one.
struct PendingNameHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view name) const noexcept { return std::hash<std::string_view>{}(name); }
};

/// Gathers each employee's items as the stream evaluates them — as JSON text or as the rows of the
/// text — and writes the employee when the stream hands it over. In a grouped file that is one
/// employee at a time, the one in flight; otherwise every employee's items wait until the end (the
/// stream hands employees over only then).
class Writer final : public EvaluationSink {
 public:
  Writer(OutputStream& out, const View& view, std::shared_ptr<const Receipt> receipt, bool grouped)
      : out_(out), json_(view.json), grouped_(grouped), text_(view, std::move(receipt)) {}

  void item(const StreamedItem& streamed) override {
    Pending& p = pending(streamed.item.employee);
    if (json_) {
      append_item_json(p.json, streamed.item, streamed.treatment);
    } else {
      text_.add_item(p.rows, streamed.item, streamed.treatment);
    }
  }

  void employee(const EmployeeYearResult& result) override {
    Pending& p = pending(result.employee);
    if (json_) {
      // An employee a line, without indentation: a million rows write 330 MB, where 530 indented.
      buffer_.append(first_ ? "\n    " : ",\n    ");
      append_employee_json(buffer_, result.employee, result.totals, result.customary, p.json);
      p.json.clear();
    } else {
      text_.write(buffer_, result.employee, result.totals, result.customary, p.rows);
    }
    // Handed over 64 KB at a time, which the output writes without copying it into its own buffer.
    if (buffer_.size() >= OutputStream::chunk) flush();
    first_ = false;
    if (!grouped_) {
      if (const auto it = waiting_.find(result.employee); it != waiting_.end()) waiting_.erase(it);
    }
  }

  /// Writes the employees not yet handed to the output.
  void flush() {
    out_.write(buffer_);
    buffer_.clear();
  }

 private:
  /// What an employee's items came to so far.
  struct Pending {
    std::string json;
    EmployeeText::Rows rows;
  };

  /// The employee's pending items: in a grouped file those of the employee in flight.
  Pending& pending(std::string_view employee) {
    if (grouped_) return current_;
    const auto it = waiting_.find(employee);
    return it != waiting_.end() ? it->second : waiting_[std::string(employee)];
  }

  OutputStream& out_;
  bool json_;
  bool grouped_;
  EmployeeText text_;
  Pending current_;
  std::unordered_map<std::string, Pending, PendingNameHash, std::equal_to<>> waiting_;
  std::string buffer_;  // the employees written since the last flush
  bool first_ = true;
};

/// A file that cannot be opened is read whole by the request reader, whose message says why; that
/// reading throws.
void require_readable(const nlohmann::json& request, const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec) || !std::ifstream(path, std::ios::binary)) {
    (void)read_request(request, RequestSyntax::command_line);
  }
}

/// Runs `stream` over the file at `path`, read in chunks, never whole. A CSV that is malformed is
/// read whole once more by the request reader, whose message says at which column and why the CSV
/// breaks (the stream knows only the line); that reading throws.
StreamSummary run_stream(ItemStream& stream, const nlohmann::json& request, const std::string& path) {
  try {
    std::ifstream in(path, std::ios::binary);
    std::string buffer(std::size_t{1} << 16, '\0');
    while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount() > 0) {
      stream.feed(std::string_view(buffer.data(), static_cast<std::size_t>(in.gcount())));
    }
    if (in.bad()) throw Error(ErrorCode::io, say("error.file.cannot_read", path));
    return stream.finish();
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
  // Explained only with --explain: `--json` alone carries the numbers (docs/cli.md).
  const Explain explain = view.explain ? Explain::yes : Explain::no;
  ItemStreamOptions options{.grouped = true, .explain = explain, .evaluation = r.options, .csv = r.csv};
  require_readable(request, path);
  // One pass: every row is checked and evaluated as it is read and each employee written when
  // complete, to a temporary file (standard output too, `staged`) that becomes the output only when
  // the whole file was good — so a bad row, or a value the tables lack for an item, writes nothing,
  // and every error the evaluation can raise is raised before anything is written. The pass assumes
  // the file is grouped by employee (memory stays flat); when an employee's items turn out not to
  // follow each other, the file is evaluated again with every employee held until the end.
  for (;;) {
    OutputStream out(view.output, true);
    Writer writer(out, view, parameters.shared_receipt(), options.grouped);
    out.write(view.json ? fmt::format("{{\n  \"year\": {},\n  \"employees\": [", r.year)
                        : evaluation_heading(r.year, lang));
    ItemStream stream(parameters, r.year, path, options, &writer);
    std::optional<StreamSummary> summary;
    try {
      summary = run_stream(stream, request, path);
    } catch (const Error& e) {
      if (e.code() != ErrorCode::invalid_argument || !options.grouped || stream.grouped()) throw;
      options.grouped = false;
      continue;
    }
    writer.flush();
    out.write(view.json ? json_ending(*summary) : employer_total_text(summary->totals, summary->settlement, lang));
    out.commit();
    break;
  }
  return exit_ok;
}

}  // namespace

Runner evaluate_runner(const CLI::App& app) {
  return [&app](std::optional<int>& year, std::optional<Parameters::YearRange>& covered) {
    return run_evaluate(app, year, covered);
  };
}

}  // namespace wkr::cli
