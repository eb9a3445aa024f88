// wkr — the per-employee evaluation of an items CSV as a stream: the text is fed in chunks of any
// size, every row is checked and evaluated as it is read, and each employee's year is handed to a
// sink as soon as it is complete. Memory is bounded by what is in flight, not by the file.
//
// Per employee only the running totals are kept, found by hash. When the file is grouped by
// employee (ItemStreamOptions::grouped), an employee is complete when the next one starts: it is
// handed over and forgotten (only its name is kept, to refuse it should it come back). Otherwise
// every employee is handed over at the end, in the order they first appeared.
//
// Bad rows: every row is still checked and every problem listed, as read_items_csv() does — finish()
// throws one Error(invalid_argument) naming each bad line, and nothing is handed over after the
// first bad row. What the sink received before it is not the whole evaluation and must be
// discarded. A caller that must write nothing at all unless every row is good either holds what it
// writes until finish() returned (`wkr evaluate` writes to a temporary file), or reads a file twice:
// first with `evaluate = false` (the check alone, which also says whether the file is grouped),
// then to evaluate (docs/performance.md).
#pragma once

#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "wkr/allowances/evaluation.hpp"
#include "wkr/csv_format.hpp"

namespace wkr {

/// One item as the stream evaluated it (valid during the call only).
struct StreamedItem {
  const Item& item;  ///< its origin is "line N"
  const ItemTreatment& treatment;
};

/// One employee's year, complete (valid during the call only).
struct EmployeeYearResult {
  std::string_view employee;
  int first_line = 0;  ///< the line of the employee's first item
  std::size_t items = 0;
  Totals totals;
  CustomaryTest customary;
};

/// Where a stream hands its results. Items come in file order, each as soon as it is evaluated;
/// employees as described at the top of this file.
class EvaluationSink {
 public:
  virtual ~EvaluationSink() = default;
  virtual void item(const StreamedItem& /*item*/) {}
  virtual void employee(const EmployeeYearResult& /*employee*/) {}
};

struct ItemStreamOptions {
  /// The file is grouped by employee: hand each employee over when the next starts. An employee
  /// that comes back after another one started is then a bad row.
  bool grouped = false;
  /// false: check every row — what reading it and what evaluating it would find — and the grouping
  /// only: no totals kept, nothing handed over.
  bool evaluate = true;
  Explain explain = Explain::no;  ///< explain each item and customary test
  EvaluationOptions evaluation{};
  CsvFormat csv{};  ///< the delimiter and decimal separator; by default found in the file
};

/// What the whole file came to.
struct StreamSummary {
  int year = 0;
  std::size_t rows = 0;  ///< data rows read (blank lines not counted)
  std::size_t employees = 0;
  /// Every employee's items follow each other (what ItemStreamOptions::grouped needs): known in every
  /// mode, so that a check pass tells the evaluating pass whether it can hand employees over early.
  bool grouped = true;
  Totals totals;
  std::vector<std::string> customary_review;  ///< employees flagged by the customary test, in order
  std::optional<Settlement> settlement;       ///< when wage bills were given
  Receipt receipt;
};

class ItemStream {
 public:
  /// A stream of the items CSV `source` (a name for messages) for `year`, handing its results to
  /// `sink` (none: only the summary). Throws Error(not_covered) for a year the tables do not cover.
  ItemStream(const Parameters& parameters, int year, std::string source, ItemStreamOptions options,
             EvaluationSink* sink = nullptr);
  ~ItemStream();
  ItemStream(const ItemStream&) = delete;
  ItemStream& operator=(const ItemStream&) = delete;

  /// The next bytes of the text, split anywhere. Throws Error(parse) for malformed quoting or a
  /// UTF-16 text (the stream cannot go on from there) and Error(invalid_argument) for a bad header.
  void feed(std::string_view bytes);

  /// The end of the text: the last employees are handed over and the summary returned. Throws
  /// Error(invalid_argument) listing every bad row when there was one.
  StreamSummary finish();

  /// Whether every employee's items so far followed each other (StreamSummary::grouped), also after
  /// finish() threw: a stream run as `grouped` over a file that is not says so here, and the caller
  /// can run it again without.
  [[nodiscard]] bool grouped() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

/// Feeds all of `in` through an ItemStream in chunks of `chunk_size` bytes.
StreamSummary evaluate_items_stream(std::istream& in, const Parameters& parameters, int year, const std::string& source,
                                    const ItemStreamOptions& options, EvaluationSink* sink = nullptr,
                                    std::size_t chunk_size = 1 << 16);

}  // namespace wkr
