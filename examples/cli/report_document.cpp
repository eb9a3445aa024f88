// The annual report as a document in Dutch or English (report_document.hpp): which figures the
// report shows, under which headings, each with its place in the JSON report.
#include <fmt/format.h>

#include "cli_common.hpp"
#include "report_document.hpp"
#include "wkr/json.hpp"

namespace wkr::cli {

namespace {

/// The builder of one document: the language and the JSON report the figures point into.
class Builder {
 public:
  Builder(const Report& report, Language language) : report_(report), lang_(language), json_(to_json(report)) {}

  [[nodiscard]] ReportDocument build();

 private:
  /// The report's word or sentence `key` of the catalogue (src/messages_report.cpp).
  [[nodiscard]] std::string t(std::string_view key) const { return sentence(key, lang_); }

  /// An amount of the JSON report at `pointer`, shown as money (`min_decimals` decimals at least).
  [[nodiscard]] Cell money(const Decimal& amount, const std::string& pointer, int min_decimals = 2) const {
    const nlohmann::ordered_json& value = json_.at(nlohmann::ordered_json::json_pointer(pointer));
    return Cell{format_money(amount, lang_, min_decimals), pointer, value.get<std::string>()};
  }
  /// An amount in a column of amounts (no euro sign).
  [[nodiscard]] Cell amount(const Decimal& value, const std::string& pointer, int min_decimals = 2) const {
    Cell cell = money(value, pointer, min_decimals);
    cell.text = amount_text(value, lang_, min_decimals);
    return cell;
  }
  [[nodiscard]] static Cell count(std::size_t value, const std::string& pointer) {
    return Cell{std::to_string(value), pointer, std::to_string(value)};
  }
  [[nodiscard]] std::string period_text(const ReturnPeriod& due) const {
    return render(say("report.period_of", std::to_string(due.period), std::to_string(due.year)), lang_);
  }

  ReportSection summary() const;
  ReportSection computation() const;
  ReportSection categories() const;
  ReportSection customary() const;
  ReportSection periods() const;
  ReportSection roundings() const;
  ReportSection employees() const;
  ReportSection receipt() const;

  const Report& report_;
  Language lang_;
  nlohmann::ordered_json json_;
};

ReportSection Builder::summary() const {
  const Settlement& s = report_.settlement;
  ReportSection section{"summary", t("report.summary")};
  section.facts = {
      {label("wage_bill", lang_), money(s.wage_bill, "/wage_bill")},
      {label("free_space", lang_), money(s.free_space, "/free_space")},
      {label("designated", lang_), money(s.designated, "/designated")},
      {label("excess", lang_), money(s.excess, "/excess")},
      {label("final_levy", lang_), money(s.final_levy, "/final_levy")},
      {t("report.final_levy_return"), money(s.final_levy_return, "/final_levy_return", 0)},
      {t("report.due"), Cell{period_text(s.due)}},
  };
  if (report_.ledger) {
    const YearEnd& end = report_.ledger->totals;
    section.facts.push_back({label("levy_paid", lang_), money(end.levy_paid, "/year_end/levy_paid")});
    section.facts.push_back(
        {end.refund() ? t("report.refund") : t("report.to_declare"), money(end.correction, "/year_end/correction")});
  }
  section.paragraphs.push_back(s.excess.is_zero() ? t("report.within") : t("report.exceeds"));
  return section;
}

ReportSection Builder::computation() const {
  ReportSection section{"computation", t("report.computation")};
  section.paragraphs.push_back(t("report.computation.about"));
  ReportTable table{{t("report.step"), t("report.legal_basis"), t("report.calculation"), t("report.result")}, 3};
  const auto& steps = report_.explanation.steps;
  for (std::size_t i = 0; i < steps.size(); ++i) {
    const Step& step = steps[i];
    const std::string pointer = fmt::format("/explanation/{}/result/value", i);
    Cell result{step.result.value.to_string()};
    if (step.result.unit == Unit::eur) {
      result = Cell{format_money(step.result.value, lang_, 0), pointer, step.result.value.to_string()};
    }
    table.rows.push_back(
        {Cell{label(step.rule, lang_)}, Cell{step.reference}, Cell{render(step.formula, lang_)}, result});
  }
  section.tables.push_back(std::move(table));
  return section;
}

ReportSection Builder::categories() const {
  const Totals& totals = report_.evaluation.totals;
  ReportSection section{"categories", t("report.categories")};
  section.facts = {
      {t("report.targeted_exempt"), money(totals.targeted_exempt, "/categories/targeted_exempt")},
      {label("nil_valued", lang_), money(totals.nil_valued, "/categories/nil_valued")},
      {label("intermediary", lang_), money(totals.intermediary, "/categories/intermediary")},
      {label("designated", lang_), money(totals.designated, "/categories/designated")},
      {label("wage", lang_), money(totals.wage, "/categories/wage")},
      {label("own_contribution", lang_), money(totals.own_contribution, "/categories/own_contribution")},
  };
  ReportTable table{{t("report.category"), t("report.items"), t("report.amount"), label("exempt", lang_),
                     label("designated", lang_), label("wage", lang_)},
                    1};
  for (std::size_t i = 0; i < report_.categories.size(); ++i) {
    const CategoryTotals& c = report_.categories[i];
    const std::string at = fmt::format("/item_categories/{}/", i);
    table.rows.push_back({Cell{std::string(to_string(c.category))}, count(c.items, at + "items"),
                          amount(c.amount, at + "amount"), amount(c.parts.exempt(), at + "exempt"),
                          amount(c.parts.designated, at + "designated"), amount(c.parts.wage, at + "wage")});
  }
  section.tables.push_back(std::move(table));
  return section;
}

ReportSection Builder::customary() const {
  const Evaluation& e = report_.evaluation;
  ReportSection section{"customary", t("report.customary")};
  section.paragraphs.push_back(render(
      say("report.customary.about", std::to_string(e.customary_review.size()), std::to_string(e.employees.size())),
      lang_));
  ReportTable table{
      {t("report.employee"), label("designated", lang_), t("report.safe_harbour"), t("report.safe_harbour_applies")},
      1};
  std::size_t flag = 0;
  for (const EmployeeEvaluation& employee : e.employees) {
    if (!employee.customary.review) continue;
    const std::string at = fmt::format("/flags/{}/", flag++);
    table.rows.push_back({Cell{employee.employee}, amount(employee.totals.designated, at + "designated"),
                          amount(employee.customary.safe_harbour, at + "safe_harbour"),
                          Cell{employee.customary.safe_harbour_applies ? t("word.yes") : t("word.no")}});
  }
  if (!table.rows.empty()) section.tables.push_back(std::move(table));
  return section;
}

ReportSection Builder::periods() const {
  const LedgerYear& ledger = *report_.ledger;
  ReportSection section{"periods", t("report.periods")};
  section.paragraphs.push_back(ledger.options.strategy == LevyStrategy::as_you_go ? t("report.periods.as_you_go")
                                                                                  : t("report.periods.after_year"));
  ReportTable table{{t("report.period"), label("wage_bill", lang_), label("free_space_cumulative", lang_),
                     label("designated", lang_), label("designated_cumulative", lang_), label("free_space_left", lang_),
                     label("excess_cumulative", lang_), label("levy_declared", lang_)},
                    1};
  for (std::size_t i = 0; i < ledger.rows.size(); ++i) {
    const LedgerRow& row = ledger.rows[i];
    const std::string at = fmt::format("/periods/{}/", i);
    table.rows.push_back(
        {Cell{std::to_string(row.period)}, amount(row.wage_bill, at + "wage_bill"),
         amount(row.free_space_cumulative, at + "free_space_cumulative"), amount(row.designated, at + "designated"),
         amount(row.designated_cumulative, at + "designated_cumulative"),
         amount(row.free_space_left, at + "free_space_left"), amount(row.excess_cumulative, at + "excess_cumulative"),
         amount(row.levy_declared, at + "levy_declared")});
    section.chart.push_back(
        {row.period, row.free_space_cumulative, row.designated_cumulative, !row.excess_cumulative.is_zero()});
  }
  section.tables.push_back(std::move(table));
  return section;
}

ReportSection Builder::roundings() const {
  ReportSection section{"roundings", t("report.roundings")};
  ReportTable table{{t("report.step"), t("report.exact"), t("report.decimals"), t("report.mode"), t("report.result")},
                    1};
  for (std::size_t i = 0; i < report_.roundings.size(); ++i) {
    const ReportRounding& r = report_.roundings[i];
    const std::string at = fmt::format("/roundings/{}/", i);
    table.rows.push_back({Cell{label(r.rule, lang_)}, amount(r.rounding.before, at + "before", 0),
                          Cell{std::to_string(r.rounding.decimals)},
                          Cell{t("word.rounding." + std::string(to_string(r.rounding.mode)))},
                          amount(r.result, at + "result", 0)});
  }
  section.tables.push_back(std::move(table));
  return section;
}

ReportSection Builder::employees() const {
  ReportSection section{"employees", t("report.employees")};
  ReportTable table{{t("report.employee"), label("exempt", lang_), label("nil_valued", lang_),
                     label("designated", lang_), label("wage", lang_), t("report.review")},
                    1};
  const auto& list = report_.evaluation.employees;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const EmployeeEvaluation& e = list[i];
    const std::string at = fmt::format("/employees/{}/", i);
    table.rows.push_back({Cell{e.employee}, amount(e.totals.exempt(), at + "exempt"),
                          amount(e.totals.nil_valued, at + "nil_valued"),
                          amount(e.totals.designated, at + "designated"), amount(e.totals.wage, at + "wage"),
                          Cell{e.customary.review ? t("report.to_review") : ""}});
  }
  section.tables.push_back(std::move(table));
  return section;
}

ReportSection Builder::receipt() const {
  const Receipt& r = report_.receipt;
  ReportSection section{"receipt", t("report.receipt")};
  section.facts = {{t("report.version"), Cell{r.library_version}}, {t("report.tables"), Cell{r.parameters_digest}}};
  ReportTable table{{t("report.input"), t("report.file"), t("report.bytes"), "SHA-256"}, 2};
  for (const ReportInput& input : report_.inputs) {
    table.rows.push_back({Cell{input.role}, Cell{input.name}, Cell{std::to_string(input.bytes)}, Cell{input.sha256}});
  }
  section.tables.push_back(std::move(table));
  return section;
}

ReportDocument Builder::build() {
  ReportDocument document;
  document.language = lang_;
  document.title = render(say("report.title", std::to_string(report_.year)), lang_);
  std::string from;
  for (const ReportInput& input : report_.inputs) from += (from.empty() ? "" : ", ") + input.name;
  document.subtitle = render(
      say("report.subtitle", report_.receipt.library_version, from.empty() ? say("report.inputs_given") : Phrase(from)),
      lang_);
  document.sections = {summary(), computation(), categories(), customary()};
  if (report_.ledger) document.sections.push_back(periods());
  document.sections.push_back(roundings());
  document.sections.push_back(employees());
  document.sections.push_back(receipt());
  return document;
}

}  // namespace

ReportDocument report_document(const Report& report, Language language) { return Builder(report, language).build(); }

ChartLabels chart_labels(Language language) {
  return {label("free_space_cumulative", language), label("designated_cumulative", language),
          sentence("report.period", language)};
}

}  // namespace wkr::cli
