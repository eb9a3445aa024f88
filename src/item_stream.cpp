// The streaming evaluation of an items CSV (wkr/item_stream.hpp): the CSV reader (csv_reader.hpp)
// reads the chunks as they come, each record is checked and evaluated as it is handed over, and per
// employee only the running totals are kept.
#include "wkr/item_stream.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <exception>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "items_rows.hpp"
#include "name_set.hpp"

namespace wkr {

using namespace std::string_view_literals;

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

}  // namespace detail::stream

using detail::stream::NameEqual;
using detail::stream::NameHash;
using detail::stream::Running;

struct ItemStream::State : detail::CsvRecordSink {
  const Parameters& parameters;
  int year;
  std::string source;
  ItemStreamOptions options;
  EvaluationSink* sink;

  detail::CsvReader reader;
  std::optional<detail::CsvHeader> header;
  std::optional<detail::ItemFields> columns;  // where each field of an item is, from the header

  Item item;
  std::vector<Phrase> row_problems;
  std::vector<Phrase> problems;  // "line N: …", every one

  // grouped: the employee in flight, and the names seen (to refuse one that comes back)
  std::string current;
  Running current_running;
  bool has_current = false;
  detail::NameSet<> seen;
  // not grouped: every employee until the end, in the order they first appeared
  std::unordered_map<std::string, std::size_t, NameHash, NameEqual> index;
  std::vector<std::pair<std::string, Running>> employees;
  std::unordered_set<std::string_view> excluded_seen;  // names of options.evaluation.customary_exclusions
  std::string previous;            // the check alone: the employee of the row before, to tell whether grouped
  std::size_t previous_index = 0;  // not grouped: the place of the row before's employee

  StreamSummary summary;

  State(const Parameters& p, int y, std::string s, ItemStreamOptions o, EvaluationSink* k)
      : parameters(p),
        year(y),
        source(std::move(s)),
        options(std::move(o)),
        sink(k),
        reader(source, options.csv, *this) {}

  /// Evaluating and handing over: only while every row so far was good.
  [[nodiscard]] bool handing_over() const { return options.evaluate && problems.empty(); }

  void record(int line, std::span<const std::string> fields) override {
    if (!header) {
      header.emplace(detail::items_header(source, line, fields, reader.dialect().decimal));
      columns.emplace(*header);
      return;
    }
    row(line, fields);
  }

  void row(int line, std::span<const std::string> fields) {
    ++summary.rows;
    std::array<char, 16> digits{};  // an int's digits and sign; std::to_string would make a string a row
    char* const written = std::to_chars(digits.data(), digits.data() + digits.size(), line).ptr;
    // clear() and append(pointer, length): assign() and append(first, last) go through _M_replace.
    item.origin.clear();
    item.origin.append("line "sv).append(digits.data(), static_cast<std::size_t>(written - digits.data()));
    if (fields.size() != header->width()) {
      problems.push_back(
          detail::allowance::at_origin(item.origin, detail::field_count_problem(fields.size(), header->width())));
      return;
    }
    // A new employee's look-up in the names seen misses the cache: its slot is fetched while the row
    // is read (docs/performance.md, "Round ten").
    if (options.grouped && fields[columns->employee] != current) seen.prefetch(fields[columns->employee]);
    row_problems.clear();
    detail::read_item_row(*columns, fields, item, options.evaluation.company_bicycle_designation, row_problems);
    for (const Phrase& p : row_problems) problems.push_back(detail::allowance::at_origin(item.origin, p));
    if (!row_problems.empty()) return;
    Running* running = employee_of_item(line);
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
      problems.push_back(detail::allowance::at_origin(item.origin, e.phrase()));
    }
  }

  /// The running totals of the item's employee, started when it is new; null when the file was
  /// said to be grouped and the employee comes back.
  Running* employee_of_item(int line) {
    if (options.grouped) {
      if (has_current && item.employee == current) return &current_running;
      // One look-up per employee: the set holds every name seen, the one in flight included.
      if (!seen.insert(item.employee)) {
        summary.grouped = false;
        problems.push_back(detail::allowance::at_origin(item.origin, say("error.items.not_grouped", item.employee)));
        return nullptr;
      }
      if (has_current) complete(current, current_running);
      current = item.employee;
      current_running = Running{line, 0, {}, {}};
      has_current = true;
      note_excluded(current);
      return &current_running;
    }
    if (!options.evaluate) {  // the check alone keeps the names only, to tell whether the file is grouped
      if (summary.rows == 1 || item.employee != previous) {
        if (!seen.insert(item.employee)) summary.grouped = false;
        previous = item.employee;
      }
      note_excluded(item.employee);
      return nullptr;
    }
    const auto [it, fresh] = index.try_emplace(item.employee, employees.size());
    if (fresh) {
      employees.emplace_back(item.employee, Running{line, 0, {}, {}});
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
};

ItemStream::ItemStream(const Parameters& parameters, int year, std::string source, ItemStreamOptions options,
                       EvaluationSink* sink)
    : state_(std::make_unique<State>(parameters, year, std::move(source), std::move(options), sink)) {
  (void)parameters.year(year).use(param::customary_test_safe_harbour);  // covered, even with no items
}

ItemStream::~ItemStream() = default;

void ItemStream::feed(std::string_view bytes) { state_->reader.feed(bytes); }

bool ItemStream::grouped() const { return state_->summary.grouped; }

StreamSummary ItemStream::finish() {
  State& s = *state_;
  s.reader.finish();
  if (!s.header) {
    throw Error(ErrorCode::invalid_argument,
                say("error.csv.empty", s.source, detail::CsvHeader::expected(detail::items_required_columns())));
  }
  for (const auto& [name, exclusion] : s.options.evaluation.customary_exclusions) {
    if (s.excluded_seen.count(name) == 0) {
      s.problems.push_back(say("error.items.excluded_without_items", name));
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

StreamSummary evaluate_items_stream(std::istream& in, const Parameters& parameters, int year, const std::string& source,
                                    const ItemStreamOptions& options, EvaluationSink* sink, std::size_t chunk_size) {
  ItemStream stream(parameters, year, source, options, sink);
  std::string buffer(chunk_size, '\0');
  while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount() > 0) {
    stream.feed(std::string_view(buffer.data(), static_cast<std::size_t>(in.gcount())));
  }
  if (in.bad()) throw Error(ErrorCode::io, say("error.file.cannot_read", source));
  return stream.finish();
}

}  // namespace wkr
