// The annual report (wkr/report.hpp): reading its request and putting it together from the
// library's own results. No rule is applied here; only sums of what the rules gave.
#include "wkr/report.hpp"

#include "allowance_requests.hpp"
#include "ledger_request.hpp"
#include "request_fields.hpp"
#include "sha256.hpp"

namespace wkr {

namespace {

/// The receipt of one input: its digest and size.
ReportInput receipt_of(const std::string& role, const std::string& name, std::string_view bytes) {
  detail::Sha256 digest;
  digest.add(bytes);
  return ReportInput{role, name, digest.hex(), bytes.size()};
}

/// The items of every category, added up, in the order of ItemCategory (categories without items
/// left out).
std::vector<CategoryTotals> category_totals(const Evaluation& evaluation) {
  std::vector<CategoryTotals> all(item_category_count);
  for (std::size_t i = 0; i < all.size(); ++i) all[i].category = item_categories()[i].category;
  for (const EmployeeEvaluation& employee : evaluation.employees) {
    for (const ItemResult& item : employee.items) {
      CategoryTotals& totals = all[static_cast<std::size_t>(item.item.category)];
      ++totals.items;
      totals.amount += item.item.amount;
      totals.parts.add(item.treatment);
    }
  }
  std::erase_if(all, [](const CategoryTotals& c) { return c.items == 0; });
  return all;
}

}  // namespace

ReportRequest read_report_request(const nlohmann::json& request, RequestSyntax syntax) {
  if (!request.is_object()) throw Error(ErrorCode::invalid_argument, say("error.report.not_object"));
  detail::RequestFields fields(request, "report", syntax);
  // The receipt of each CSV as it is read (a file's bytes as they are, before any decoding; a JSON
  // "KEY_csv" text); inline JSON rows have none.
  std::vector<ReportInput> inputs;
  fields.on_csv([&inputs](const std::string& key, const detail::CsvText& csv) {
    inputs.push_back(receipt_of(key, csv.name, csv.text));
  });
  // The items as `evaluate` reads them (with its options), the periods as `ledger` reads them.
  EvaluateRequest items = std::get<EvaluateRequest>(detail::read_evaluate(fields));
  ReportRequest r;
  r.year = items.year;
  r.items = std::move(items.items);
  r.evaluation = std::move(items.options);
  r.wage_bills = std::move(r.evaluation.wage_bills);
  r.evaluation.wage_bills.clear();
  const bool periods = fields.has(syntax == RequestSyntax::json ? "periods_csv" : "periods");
  if (periods == !r.wage_bills.empty()) {
    throw fields.misplaced("wage_bill",
                           say(periods ? "error.field.wage_bill_and_periods" : "error.field.wage_bill_or_periods",
                               fields.name("periods")));
  }
  if (periods) r.periods = std::get<LedgerRequest>(detail::read_ledger(fields));
  fields.reject_unknown();
  r.inputs = std::move(inputs);
  return r;
}

Report compute_report(const Parameters& parameters, const ReportRequest& request) {
  Report out;
  out.year = request.year;
  out.inputs = request.inputs;
  out.evaluation = evaluate_items(parameters, request.year, request.items, request.evaluation);
  const Decimal& designated = out.evaluation.totals.designated;
  if (request.periods) {
    const LedgerRequest& l = *request.periods;
    Decimal in_periods;
    for (const PeriodInput& period : l.periods) in_periods += period.designated;
    if (in_periods != designated) {
      throw Error(ErrorCode::invalid_argument,
                  say("error.report.designated_differs", euro(in_periods), euro(designated)));
    }
    out.ledger = ledger(parameters, l.year, l.length, l.periods, l.options, Explain::yes);
    out.settlement = out.ledger->totals.settlement;
  } else {
    out.settlement =
        settle(parameters, request.year, request.wage_bills, designated, request.evaluation.free_space, Explain::yes);
  }
  out.explanation = out.settlement.explanation;
  out.receipt = *out.explanation.receipt;  // explained above, so never null
  for (const Step& step : out.explanation.steps) {
    if (step.rounding) out.roundings.push_back({step.rule, *step.rounding, step.result.value});
  }
  out.categories = category_totals(out.evaluation);
  return out;
}

}  // namespace wkr
