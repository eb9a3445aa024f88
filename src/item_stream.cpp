// The streaming evaluation of an items CSV (wkr/item_stream.hpp): libcsv reads the chunks as they
// come, each record is checked and evaluated in its callback, and per employee only the running
// totals are kept.
#include "wkr/item_stream.hpp"

#include <csv.h>

#include <algorithm>
#include <exception>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "items_rows.hpp"
#include "utf8.hpp"

namespace wkr {

namespace detail::stream {  // named, not anonymous: ItemStream::State holds these

/// Hash and equality that let a std::string_view find a std::string key without making one.
struct NameHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view name) const noexcept { return std::hash<std::string_view>{}(name); }
};
struct NameEqual {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const noexcept { return a == b; }
};

/// What is kept of an employee while the stream runs.
struct Running {
  int first_line = 0;
  std::size_t items = 0;
  Totals totals;
  EmployeeCaps caps;  ///< the caps an employee's rows share (staff discount, moving costs)
};

constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";

}  // namespace detail::stream

using detail::stream::byte_order_mark;
using detail::stream::NameEqual;
using detail::stream::NameHash;
using detail::stream::Running;

struct ItemStream::State {
  const Parameters& parameters;
  int year;
  std::string source;
  ItemStreamOptions options;
  EvaluationSink* sink;

  csv_parser parser{};
  std::string prefix;  // the first bytes, until it is known whether they are a byte-order mark
  bool prefix_done = false;
  std::exception_ptr failure;  // thrown in a callback, rethrown when libcsv returns

  int line = 1;          // the line the parser is on
  int record_line = 0;   // the line the current record started on
  std::vector<std::string> fields;  // reused from record to record: no allocation per row
  std::size_t field_count = 0;
  std::optional<detail::CsvHeader> header;
  std::optional<detail::ItemFields> columns;  // where each field of an item is, from the header

  Item item;
  std::vector<std::string> row_problems;
  std::vector<std::string> problems;  // "line N: …", every one

  // grouped: the employee in flight, and the names seen (to refuse one that comes back)
  std::string current;
  Running current_running;
  bool has_current = false;
  std::unordered_set<std::string, NameHash, NameEqual> seen;
  // not grouped: every employee until the end, in the order they first appeared
  std::unordered_map<std::string, std::size_t, NameHash, NameEqual> index;
  std::vector<std::pair<std::string, Running>> employees;
  std::unordered_set<std::string_view> excluded_seen;  // names of options.evaluation.customary_exclusions
  std::string previous;            // the check alone: the employee of the row before, to tell whether grouped
  std::size_t previous_index = 0;  // not grouped: the place of the row before's employee

  // UTF-8, checked on the bytes as they come, as a whole file is when read (request_fields.cpp): a
  // sequence split between two chunks waits in utf8_carry for the rest.
  std::string utf8_carry;
  std::size_t utf8_line = 1;    // the line the bytes checked so far end on
  std::size_t utf8_column = 0;  // the bytes of that line checked so far

  StreamSummary summary;

  State(const Parameters& p, int y, std::string s, ItemStreamOptions o, EvaluationSink* k)
      : parameters(p), year(y), source(std::move(s)), options(std::move(o)), sink(k) {}

  /// Evaluating and handing over: only while every row so far was good.
  [[nodiscard]] bool handing_over() const { return options.evaluate && problems.empty(); }

  void field(const char* data, std::size_t size) {
    if (field_count == 0) record_line = line;
    if (fields.size() == field_count) fields.emplace_back();
    fields[field_count++].assign(data == nullptr ? "" : std::string_view(data, size));
    if (data != nullptr) line += static_cast<int>(std::count(data, data + size, '\n'));  // quoted line breaks
  }

  void record_end(int terminator) {
    if (terminator == '\n') ++line;
    if (field_count == 0) return;  // a line break outside a record
    const std::size_t count = field_count;
    field_count = 0;
    if (std::all_of(fields.begin(), fields.begin() + static_cast<std::ptrdiff_t>(count),
                    [](const std::string& f) { return f.empty(); })) {
      return;  // a row of only empty fields counts as blank
    }
    if (!header) {
      header.emplace(detail::items_header(source, record_line, {fields.begin(), fields.begin() + static_cast<std::ptrdiff_t>(count)}));
      columns.emplace(*header);
      return;
    }
    row(count);
  }

  void row(std::size_t count) {
    ++summary.rows;
    item.origin.assign("line ").append(std::to_string(record_line));
    if (count != header->width()) {
      problems.push_back(item.origin + ": " + std::to_string(count) + " fields, the header has " +
                         std::to_string(header->width()));
      return;
    }
    row_problems.clear();
    detail::read_item_row(*columns, fields, item, options.evaluation.company_bicycle_designation, row_problems);
    for (const std::string& p : row_problems) problems.push_back(item.origin + ": " + p);
    if (!row_problems.empty()) return;
    Running* running = employee_of_item();
    if (!options.evaluate) {
      // The check finds what evaluating the item finds too (a value the tables lack for it), with
      // caps of its own: the caps an employee's items share limit exemptions, they never refuse one.
      EmployeeCaps caps;
      evaluate(caps, nullptr);
      return;
    }
    if (running == nullptr) return;
    ++running->items;
    // After a bad row the rows are still evaluated, to list every problem, but nothing is handed over.
    evaluate(running->caps, handing_over() ? &running->totals : nullptr);
  }

  /// Evaluates the current item; with `totals`, adds it there and hands it to the sink.
  void evaluate(EmployeeCaps& caps, Totals* totals) {
    try {
      const ItemTreatment treatment = evaluate_item(parameters, year, item, caps, options.evaluation,
                                                    totals != nullptr ? options.explain : Explain::no);
      if (totals == nullptr) return;
      totals->add(treatment);
      if (sink != nullptr) sink->item(StreamedItem{item, treatment});
    } catch (const Error& e) {
      problems.push_back(item.origin + ": " + e.what());
    }
  }

  /// The running totals of the item's employee, started when it is new; null when the file was
  /// said to be grouped and the employee comes back.
  Running* employee_of_item() {
    if (options.grouped) {
      if (has_current && item.employee == current) return &current_running;
      // One look-up per employee: the set holds every name seen, the one in flight included.
      if (!seen.insert(item.employee).second) {
        problems.push_back(item.origin + ": the items of '" + item.employee +
                           "' do not follow each other; the file is not grouped by employee (sort it by "
                           "employee, or read it as not grouped)");
        return nullptr;
      }
      if (has_current) complete(current, current_running);
      current = item.employee;
      current_running = Running{record_line, 0, {}, {}};
      has_current = true;
      note_excluded(current);
      return &current_running;
    }
    if (!options.evaluate) {  // the check alone keeps the names only, to tell whether the file is grouped
      if (summary.rows == 1 || item.employee != previous) {
        if (!seen.insert(item.employee).second) summary.grouped = false;
        previous = item.employee;
      }
      note_excluded(item.employee);
      return nullptr;
    }
    const auto [it, fresh] = index.try_emplace(item.employee, employees.size());
    if (fresh) {
      employees.emplace_back(item.employee, Running{record_line, 0, {}, {}});
      note_excluded(item.employee);
    } else if (it->second != previous_index) {
      summary.grouped = false;
    }
    previous_index = it->second;
    return &employees[it->second].second;
  }

  void note_excluded(const std::string& name) {
    const auto& exclusions = options.evaluation.customary_exclusions;
    if (exclusions.empty()) return;
    if (const auto it = exclusions.find(name); it != exclusions.end()) excluded_seen.insert(it->first);
  }

  /// An employee is complete: the customary test, the totals, and the sink.
  void complete(std::string_view name, const Running& running) {
    ++summary.employees;
    if (!handing_over()) return;
    const CustomaryTest customary = customary_test(parameters, year, running.totals.designated,
                                                   exclusion_of(name, options.evaluation), options.explain);
    summary.totals.add(running.totals);
    if (customary.review) summary.customary_review.emplace_back(name);
    if (sink != nullptr) sink->employee(EmployeeYearResult{name, running.first_line, running.items, running.totals, customary});
  }

  /// Throws the error of the first byte that is not UTF-8; `last`: no more bytes follow.
  void check_utf8(std::string_view bytes, bool last) {
    std::string joined;
    std::string_view text = bytes;
    if (!utf8_carry.empty()) {
      joined = std::exchange(utf8_carry, {});
      joined.append(bytes);
      text = joined;
    }
    std::size_t end = text.size();
    // A lead byte among the last three whose sequence is not complete yet waits for the next chunk.
    for (std::size_t back = 1; !last && back <= 3 && back <= text.size(); ++back) {
      const auto byte = static_cast<unsigned char>(text[text.size() - back]);
      if (byte < 0x80) break;
      if (byte >= 0xC0) {
        const std::size_t length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
        if (length > back) end = text.size() - back;
        break;
      }
    }
    const std::string_view checked = text.substr(0, end);
    const std::size_t bad = detail::invalid_utf8(checked);
    const std::string_view counted = checked.substr(0, bad == std::string_view::npos ? end : bad);
    const auto newlines = static_cast<std::size_t>(std::count(counted.begin(), counted.end(), '\n'));
    const std::size_t line_start = counted.rfind('\n');
    const std::size_t column =
        line_start == std::string_view::npos ? utf8_column + counted.size() : counted.size() - line_start - 1;
    if (bad != std::string_view::npos) throw detail::not_utf8(source, utf8_line + newlines, column + 1);
    utf8_line += newlines;
    utf8_column = column;
    utf8_carry.assign(text.substr(end));
  }

  /// Runs libcsv on `bytes`, rethrowing what a callback caught.
  void parse(std::string_view bytes) {
    const std::size_t used = csv_parse(&parser, bytes.data(), bytes.size(), on_field, on_record, this);
    if (failure) std::rethrow_exception(std::exchange(failure, nullptr));
    if (used != bytes.size()) throw malformed();
  }

  [[nodiscard]] Error malformed() {
    return Error(ErrorCode::parse, source + ": line " + std::to_string(line) + ": malformed CSV (" +
                                       csv_strerror(csv_error(&parser)) +
                                       "); quote a field that holds a comma, quote or line break with \"…\" and "
                                       "write a quote inside it as two quotes");
  }

  static void on_field(void* data, std::size_t size, void* user) {
    auto* state = static_cast<State*>(user);
    if (state->failure) return;
    try {
      state->field(static_cast<const char*>(data), size);
    } catch (...) {
      state->failure = std::current_exception();  // no exception may cross libcsv's C frames
    }
  }

  static void on_record(int terminator, void* user) {
    auto* state = static_cast<State*>(user);
    if (state->failure) return;
    try {
      state->record_end(terminator);
    } catch (...) {
      state->failure = std::current_exception();
    }
  }
};

ItemStream::ItemStream(const Parameters& parameters, int year, std::string source, ItemStreamOptions options,
                       EvaluationSink* sink)
    : state_(std::make_unique<State>(parameters, year, std::move(source), std::move(options), sink)) {
  (void)parameters.year(year).use(param::customary_test_safe_harbour);  // covered, even with no items
  // CSV_REPALL_NL: line breaks outside a record are reported too, so every line is counted.
  if (csv_init(&state_->parser, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL) != 0) {
    throw Error(ErrorCode::io, "cannot start the CSV reader for " + state_->source);
  }
}

ItemStream::~ItemStream() { csv_free(&state_->parser); }

void ItemStream::feed(std::string_view bytes) {
  State& s = *state_;
  s.check_utf8(bytes, false);
  if (!s.prefix_done) {
    // A byte-order mark (spreadsheets write one) is not part of the first column's name.
    const std::size_t take = std::min(bytes.size(), byte_order_mark.size() - s.prefix.size());
    s.prefix.append(bytes.substr(0, take));
    bytes.remove_prefix(take);
    if (s.prefix.size() < byte_order_mark.size()) return;
    s.prefix_done = true;
    if (s.prefix != byte_order_mark) s.parse(s.prefix);
  }
  s.parse(bytes);
}

StreamSummary ItemStream::finish() {
  State& s = *state_;
  s.check_utf8({}, true);
  if (!s.prefix_done) {
    s.prefix_done = true;
    if (s.prefix != byte_order_mark) s.parse(s.prefix);
  }
  if (csv_fini(&s.parser, State::on_field, State::on_record, &s) != 0) throw s.malformed();
  if (s.failure) std::rethrow_exception(std::exchange(s.failure, nullptr));
  if (!s.header) {
    throw Error(ErrorCode::invalid_argument, s.source + " is empty; its first row is the header " +
                                                 detail::CsvHeader::expected(detail::items_required_columns()));
  }
  for (const auto& [name, exclusion] : s.options.evaluation.customary_exclusions) {
    if (s.excluded_seen.count(name) == 0) {
      s.problems.push_back("'" + name + "' is named for the customary test but has no items");
    }
  }
  if (s.has_current) s.complete(s.current, s.current_running);
  for (const auto& [name, running] : s.employees) s.complete(name, running);
  if (!s.problems.empty()) throw detail::allowance::bad_rows(s.source, s.problems);
  s.summary.year = s.year;
  s.summary.receipt = s.parameters.receipt();
  if (s.options.evaluate && !s.options.evaluation.wage_bills.empty()) {
    s.summary.settlement = settle(s.parameters, s.year, s.options.evaluation.wage_bills, s.summary.totals.designated,
                                  s.options.evaluation.free_space, s.options.explain);
  }
  return std::move(s.summary);
}

StreamSummary evaluate_items_stream(std::istream& in, const Parameters& parameters, int year, std::string source,
                                    const ItemStreamOptions& options, EvaluationSink* sink, std::size_t chunk_size) {
  ItemStream stream(parameters, year, source, options, sink);
  std::string buffer(chunk_size, '\0');
  while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount() > 0) {
    stream.feed(std::string_view(buffer.data(), static_cast<std::size_t>(in.gcount())));
  }
  if (in.bad()) throw Error(ErrorCode::io, "cannot read " + source);
  return stream.finish();
}

}  // namespace wkr
