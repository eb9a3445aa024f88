// wkr — batches over columns: the settlement, the free space and the per-employee evaluation of
// many rows at once, for payroll runs and for the C and Python columnar calls built on them.
//
// Inputs and outputs are spans of plain integers — amounts in cents — one element per row, so a
// caller's arrays are read and written in place. A batch allocates nothing per row (the rules run
// without explanation), may use several threads over the one immutable Parameters (no locks: each
// thread writes its own rows), and gives the same results for any thread count. A bad row does not
// stop the batch: its status is its ErrorCode, its outputs are 0, and the report counts the bad rows
// and says what was wrong with the first.
#pragma once

#include <algorithm>
#include <cstdint>
#include <exception>
#include <optional>
#include <span>
#include <string>
#include <thread>
#include <vector>

#include "wkr/allowances/evaluation.hpp"
#include "wkr/error.hpp"
#include "wkr/free_space.hpp"

namespace wkr {

/// A row's status: 0 when it was computed, else the number of its ErrorCode (1 invalid_argument,
/// 2 parse, 3 overflow, 5 not_covered, …) — the same numbers as the C API's WKR_E_* codes.
using RowStatus = std::int32_t;
inline constexpr RowStatus row_ok = 0;

/// What a batch reports besides its columns.
struct BatchReport {
  std::size_t failed = 0;        ///< rows whose status is not row_ok
  std::size_t first_failed = 0;  ///< the lowest such row (when failed > 0)
  /// What was wrong with it, as the single call would say (its sentence, in either language).
  std::optional<Error> first_error;
};

struct BatchOptions {
  /// Threads to use; 0: one per hardware thread. Small batches use fewer (a thread is worth
  /// starting only for thousands of rows); the results are the same for any number.
  unsigned threads = 1;
  FreeSpaceOptions free_space{};
};

/// Outputs of settle_columns(), in cents, one element per row; an empty span is not written.
struct SettlementColumns {
  std::span<std::int64_t> free_space_cents{};
  std::span<std::int64_t> excess_cents{};
  std::span<std::int64_t> final_levy_cents{};
  std::span<std::int64_t> final_levy_return_cents{};  ///< whole euros, in cents (400000 for € 4.000)
  std::span<std::int32_t> due_period{};               ///< the return period of the next year
  std::span<RowStatus> status{};
};

/// Items of many employees as columns, the items of employee e being rows offsets[e] up to
/// offsets[e + 1]. A category is its place in item_categories() (home_working is 0).
struct ItemColumns {
  std::span<const std::int64_t> employee_offsets{};  ///< one more than the number of employees; starts at 0
  std::span<const std::int32_t> category{};
  std::span<const std::int64_t> amount_cents{};
  /// The quantity × 10^quantity_decimals (km, days, an actual cost), or no_quantity; empty: none.
  std::span<const std::int64_t> quantity{};
  int quantity_decimals = 2;
  /// -1: the evaluation's default, 0: designate, 1: wage (ExcessTreatment); empty: all default.
  std::span<const std::int8_t> treatment{};
};

/// The quantity column's "none".
inline constexpr std::int64_t no_quantity = INT64_MIN;

/// Outputs of evaluate_employee_columns(), one element per employee; an empty span is not written.
struct EmployeeColumns {
  std::span<std::int64_t> targeted_exempt_cents{};
  std::span<std::int64_t> nil_valued_cents{};
  std::span<std::int64_t> intermediary_cents{};
  std::span<std::int64_t> designated_cents{};
  std::span<std::int64_t> wage_cents{};
  std::span<std::uint8_t> customary_review{};  ///< 1: review whether the designated items are customary
  std::span<RowStatus> status{};
};

namespace detail::batch {

/// Rows a thread should have at least before another one is started.
inline constexpr std::size_t rows_per_thread = 2048;

/// Runs `row(i)` for every i < rows on up to `threads` threads, each over one contiguous range,
/// and returns the report. Each thread makes its own `row` by `make_row()`, so a row function may
/// keep state between its rows (a result it reuses) without sharing it. `row` returns nothing and
/// throws a wkr::Error for a bad row; the row's status is set here. Any other exception (out of
/// memory) is rethrown after every thread ended.
template <class MakeRow>
BatchReport run_rows(std::size_t rows, unsigned threads, std::span<RowStatus> status, MakeRow&& make_row) {
  if (threads == 0) threads = std::max(1U, std::thread::hardware_concurrency());
  const std::size_t parts = std::clamp<std::size_t>(rows / rows_per_thread, 1, threads);
  struct Part {
    BatchReport report;
    std::exception_ptr fatal;
  };
  std::vector<Part> results(parts);
  const auto run = [&](std::size_t part) {
    Part& out = results[part];
    const std::size_t begin = rows * part / parts;
    const std::size_t end = rows * (part + 1) / parts;
    try {
      auto row = make_row();
      for (std::size_t i = begin; i < end; ++i) {
        RowStatus code = row_ok;
        try {
          row(i);
        } catch (const Error& e) {
          code = static_cast<RowStatus>(e.code());
          if (out.report.failed++ == 0) {
            out.report.first_failed = i;
            out.report.first_error = e;
          }
        }
        if (!status.empty()) status[i] = code;
      }
    } catch (...) {
      out.fatal = std::current_exception();
    }
  };
  std::vector<std::thread> workers;
  workers.reserve(parts - 1);
  for (std::size_t part = 1; part < parts; ++part) workers.emplace_back(run, part);
  run(0);
  for (std::thread& worker : workers) worker.join();
  BatchReport report;
  for (Part& part : results) {  // in row order, so the first failure is the lowest row
    if (part.fatal) std::rethrow_exception(part.fatal);
    if (part.report.failed > 0 && report.failed == 0) {
      report.first_failed = part.report.first_failed;
      report.first_error = std::move(part.report.first_error);
    }
    report.failed += part.report.failed;
  }
  return report;
}

/// Every column given has `rows` elements: Error(invalid_argument) naming the one that does not.
inline void require_rows(std::size_t rows, std::size_t size, const char* column, bool optional = true) {
  if ((optional && size == 0) || size == rows) return;
  throw Error(ErrorCode::invalid_argument,
              say(optional ? "error.batch.rows_or_none" : "error.batch.rows", noun(column), num(size), num(rows)));
}

/// The year of row i: one year for every row, or one per row.
inline void require_years(std::size_t rows, std::span<const std::int32_t> years) {
  if (years.size() != 1) require_rows(rows, years.size(), "years (one for every row, or one per row)", false);
}
[[nodiscard]] inline int year_of(std::span<const std::int32_t> years, std::size_t i) {
  return years.size() == 1 ? years[0] : years[i];
}

[[nodiscard]] inline Decimal from_cents(std::int64_t cents) { return Decimal::from_coefficient(cents, 2); }

/// Writes `amount` in cents to `column[i]`, when the column is given.
inline void put_cents(std::span<std::int64_t> column, std::size_t i, const Decimal& amount, const char* what) {
  if (!column.empty()) column[i] = amount.to_scaled_integer(2, what);
}

template <class T>
void put(std::span<T> column, std::size_t i, T value) {
  if (!column.empty()) column[i] = value;
}

/// A year's table, looked up again only when the year changes: a batch's rows mostly share one.
class YearOf {
 public:
  explicit YearOf(const Parameters& parameters) : parameters_(&parameters) {}
  /// Parameters::year(year), with its errors.
  const YearTable& operator()(int year) {
    if (table_ == nullptr || table_->year() != year) table_ = &parameters_->year(year);
    return *table_;
  }

 private:
  const Parameters* parameters_;
  const YearTable* table_ = nullptr;
};

}  // namespace detail::batch

/// The free space of every row: `wage_bill_cents[i]` in `years[i]` (or years[0] for all) into
/// `free_space_cents[i]`. Errors per row as free_space(); a column of the wrong size is an
/// Error(invalid_argument) before anything is computed.
inline BatchReport free_space_columns(const Parameters& parameters, std::span<const std::int32_t> years,
                                      std::span<const std::int64_t> wage_bill_cents,
                                      std::span<std::int64_t> free_space_cents, std::span<RowStatus> status,
                                      const BatchOptions& options = {}) {
  using namespace detail::batch;
  const std::size_t rows = wage_bill_cents.size();
  require_years(rows, years);
  require_rows(rows, free_space_cents.size(), "free_space_cents", false);
  require_rows(rows, status.size(), "status");
  return run_rows(rows, options.threads, status, [&] {
    // free_space() without its FreeSpace, and the table of the year the thread last used.
    return [&, year = YearOf(parameters)](std::size_t i) mutable {
      free_space_cents[i] = 0;
      const YearTable& table = year(year_of(years, i));
      const Decimal wage_bill = from_cents(wage_bill_cents[i]);
      put_cents(free_space_cents, i, detail::employer_free_space(table, wage_bill, options.free_space, Trace{}),
                "the free space");
    };
  });
}

/// The settlement of every row: wage bill and designated total in cents, in `years[i]` (or years[0]
/// for all), into the columns of `out`. Errors per row as settle().
inline BatchReport settle_columns(const Parameters& parameters, std::span<const std::int32_t> years,
                                  std::span<const std::int64_t> wage_bill_cents,
                                  std::span<const std::int64_t> designated_cents, const SettlementColumns& out,
                                  const BatchOptions& options = {}) {
  using namespace detail::batch;
  const std::size_t rows = wage_bill_cents.size();
  require_years(rows, years);
  require_rows(rows, designated_cents.size(), "designated_cents", false);
  require_rows(rows, out.free_space_cents.size(), "free_space_cents");
  require_rows(rows, out.excess_cents.size(), "excess_cents");
  require_rows(rows, out.final_levy_cents.size(), "final_levy_cents");
  require_rows(rows, out.final_levy_return_cents.size(), "final_levy_return_cents");
  require_rows(rows, out.due_period.size(), "due_period");
  require_rows(rows, out.status.size(), "status");
  return run_rows(rows, options.threads, out.status, [&] {
    // A thread's own settlement, overwritten row by row, and the table of the year it last used.
    return [&, s = Settlement{}, year = YearOf(parameters)](std::size_t i) mutable {
      try {
        detail::settle_into(year(year_of(years, i)), from_cents(wage_bill_cents[i]), from_cents(designated_cents[i]),
                            options.free_space, s, Trace{});
        put_cents(out.free_space_cents, i, s.free_space, "the free space");
        put_cents(out.excess_cents, i, s.excess, "the excess");
        put_cents(out.final_levy_cents, i, s.final_levy, "the final levy");
        put_cents(out.final_levy_return_cents, i, s.final_levy_return, "the final levy in the return");
        put<std::int32_t>(out.due_period, i, s.due.period);
      } catch (...) {  // a failed row's outputs are 0, those written before its error too
        for (auto column :
             {out.free_space_cents, out.excess_cents, out.final_levy_cents, out.final_levy_return_cents}) {
          put<std::int64_t>(column, i, 0);
        }
        put<std::int32_t>(out.due_period, i, 0);
        throw;
      }
    };
  });
}

/// The year of every employee (years[0] for all, or one per employee): each item through its rule
/// as evaluate_items() does, the five totals in cents and the customary test. `exclusions` (empty,
/// or one per employee) holds a CustomaryTestExclusion each. A bad item makes its employee's row
/// fail with the item's problems; the other employees are computed.
inline BatchReport evaluate_employee_columns(const Parameters& parameters, std::span<const std::int32_t> years,
                                             const ItemColumns& items,
                                             std::span<const CustomaryTestExclusion> exclusions,
                                             const EmployeeColumns& out, const EvaluationOptions& options = {},
                                             unsigned threads = 1) {
  using namespace detail::batch;
  if (items.employee_offsets.empty() || items.employee_offsets.front() != 0) {
    throw Error(ErrorCode::invalid_argument, say("error.batch.offsets_start"));
  }
  const std::size_t employees = items.employee_offsets.size() - 1;
  const auto item_count = static_cast<std::size_t>(items.employee_offsets.back());
  for (std::size_t e = 0; e < employees; ++e) {
    if (items.employee_offsets[e + 1] < items.employee_offsets[e]) {
      throw Error(ErrorCode::invalid_argument, say("error.batch.offsets_decrease", num(e + 1)));
    }
  }
  require_rows(item_count, items.category.size(), "category (one per item)", false);
  require_rows(item_count, items.amount_cents.size(), "amount_cents (one per item)", false);
  require_rows(item_count, items.quantity.size(), "quantity (one per item)");
  require_rows(item_count, items.treatment.size(), "treatment (one per item)");
  if (items.quantity_decimals < 0 || items.quantity_decimals > Decimal::max_scale) {
    throw Error(ErrorCode::invalid_argument, say("error.batch.quantity_decimals", num(Decimal::max_scale)));
  }
  require_years(employees, years);
  require_rows(employees, exclusions.size(), "exclusions");
  for (auto column : {out.targeted_exempt_cents, out.nil_valued_cents, out.intermediary_cents,
                      out.designated_cents, out.wage_cents}) {
    require_rows(employees, column.size(), "an employee column");
  }
  require_rows(employees, out.customary_review.size(), "customary_review");
  require_rows(employees, out.status.size(), "status");
  const std::size_t categories = item_categories().size();
  const auto employee = [&](std::size_t e) {
    for (auto column : {out.targeted_exempt_cents, out.nil_valued_cents, out.intermediary_cents,
                        out.designated_cents, out.wage_cents}) {
      put<std::int64_t>(column, e, 0);
    }
    put<std::uint8_t>(out.customary_review, e, 0);
    const int year = year_of(years, e);
    Totals totals;
    EmployeeCaps caps;  // the caps the employee's items share (staff discount, moving costs)
    Item item;
    item.employee = "e";  // named, as item_problems() asks; the batch keys employees by place
    for (auto i = static_cast<std::size_t>(items.employee_offsets[e]);
         i < static_cast<std::size_t>(items.employee_offsets[e + 1]); ++i) {
      const std::int32_t category = items.category[i];
      if (category < 0 || static_cast<std::size_t>(category) >= categories) {
        throw Error(ErrorCode::invalid_argument,
                    say("error.batch.category", num(i), num(category), num(categories - 1), category_names()));
      }
      item.category = item_categories()[static_cast<std::size_t>(category)].category;
      item.amount = from_cents(items.amount_cents[i]);
      item.quantity.reset();
      if (!items.quantity.empty() && items.quantity[i] != no_quantity) {
        item.quantity = Decimal::from_coefficient(items.quantity[i], items.quantity_decimals);
      }
      item.treatment.reset();
      if (!items.treatment.empty() && items.treatment[i] >= 0) {
        if (items.treatment[i] > 1) {
          throw Error(ErrorCode::invalid_argument, say("error.batch.treatment", num(i), num(items.treatment[i])));
        }
        item.treatment = static_cast<ExcessTreatment>(items.treatment[i]);
      }
      if (const auto problems = item_problems(item, options.company_bicycle_designation); !problems.empty()) {
        throw Error(ErrorCode::invalid_argument, say("error.batch.item", num(i), detail::allowance::joined(problems)));
      }
      totals.add(evaluate_item(parameters, year, item, caps, options));
    }
    const CustomaryTest customary = customary_test(parameters, year, totals.designated,
                                                   exclusions.empty() ? CustomaryTestExclusion::none : exclusions[e]);
    put_cents(out.targeted_exempt_cents, e, totals.targeted_exempt, "the targeted exemptions");
    put_cents(out.nil_valued_cents, e, totals.nil_valued, "the nil-valued total");
    put_cents(out.intermediary_cents, e, totals.intermediary, "the intermediary costs");
    put_cents(out.designated_cents, e, totals.designated, "the designated total");
    put_cents(out.wage_cents, e, totals.wage, "the wage total");
    put<std::uint8_t>(out.customary_review, e, customary.review ? 1 : 0);
  };
  return run_rows(employees, threads, out.status, [&] { return employee; });
}

}  // namespace wkr
