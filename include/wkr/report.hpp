// wkr — the annual WKR report of one employer (or a group scheme whose members were all in the
// group the whole year): what an accountant checks and signs off in February. It is made only of
// the library's own results for the same inputs — evaluate_items() for the items (per category,
// per employee, the customary test), settle() or the ledger (ledger.hpp) for the free space, the
// excess, the final levy and the return it is due in — and adds no rule of its own. What it adds is
// bookkeeping: totals per item category, the flagged employees, the roundings the settlement
// applied, and a receipt of every input file (SHA-256), so the report can be traced to its files.
//
// The wage bill is a figure (one, or one per whole-year group member) or the periods CSV of the
// ledger; with periods, their designated column must add up to the designated total of the items:
// a report whose two sources disagree is refused, never reconciled silently.
//
// The renderers (text, Markdown, CSV, HTML) belong to the wkr command (examples/cli/report_*.cpp);
// the JSON is here (to_json), for every front end.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "wkr/allowances/evaluation.hpp"
#include "wkr/ledger.hpp"
#include "wkr/request.hpp"

namespace wkr {

/// An input file of the report as its receipt names it.
struct ReportInput {
  std::string role;    ///< "items" or "periods"
  std::string name;    ///< the file's path as given (in JSON: the key)
  std::string sha256;  ///< lower-case hex digest of its bytes
  std::uintmax_t bytes = 0;
};

/// `report`: the items, and the wage bill as figures (`wage_bills`) or as the ledger's periods.
struct ReportRequest {
  int year = 0;
  std::vector<Item> items;
  EvaluationOptions evaluation;          ///< its wage_bills stay empty: the report settles itself
  std::vector<GroupMember> wage_bills;   ///< --wage-bill (several: a group scheme, all whole-year)
  std::optional<LedgerRequest> periods;  ///< --periods: the ledger's request (year, length, options)
  std::vector<ReportInput> inputs;       ///< the files read, for the receipt
};

/// The items of one category of ItemCategory, added up.
struct CategoryTotals {
  ItemCategory category{};
  std::size_t items = 0;
  Decimal amount;  ///< what was given (before any own contribution)
  Totals parts;
};

/// A rounding the settlement applied: the step's rule, the exact value and the result.
struct ReportRounding {
  std::string rule;
  AppliedRounding rounding;
  Decimal result;
};

struct Report {
  int year = 0;
  Evaluation evaluation;                   ///< per employee, the totals, the customary flags
  Settlement settlement;                   ///< the year's settlement (the ledger's year-end with periods)
  std::optional<LedgerYear> ledger;        ///< with periods: every period and the year-end correction
  std::vector<CategoryTotals> categories;  ///< per item category, in the order of ItemCategory
  std::vector<ReportRounding> roundings;   ///< in the order the settlement applied them
  std::vector<ReportInput> inputs;
  Receipt receipt;
  /// How the settlement was computed (the free space, the excess, the levy, the return): always
  /// built, since the report shows it. The items' own trails are `wkr evaluate --explain`.
  Explanation explanation;
};

/// The typed request of a `report` request ({"command": "report", "year": …, "items": … or
/// "items_csv": …, "wage_bill": … or "periods"/"periods_csv": …}; the command line gives files by
/// path, JSON their text). Errors as read_request: RequestKeyError for a missing, unknown or
/// misplaced key (both or neither of wage_bill and periods), Error(invalid_argument) for a bad value
/// or row, Error(io) for a file that cannot be read.
[[nodiscard]] ReportRequest read_report_request(const nlohmann::json& request, RequestSyntax syntax);

/// The report of `request`. Errors: those of evaluate_items(), settle() and ledger(), and
/// Error(invalid_argument) when the periods' designated total is not the items' designated total.
[[nodiscard]] Report compute_report(const Parameters& parameters, const ReportRequest& request);

/// The report as JSON, keys in this order: year, the keys of `settle` (wage_bill, free_space,
/// designated, excess, final_levy, final_levy_return, due), categories (the parts added up),
/// item_categories, flags (the employees the customary test flags), employees, roundings, periods
/// and year_end (with periods), inputs, receipt, explanation.
[[nodiscard]] nlohmann::ordered_json to_json(const Report& report);

}  // namespace wkr
