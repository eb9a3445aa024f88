// The annual report (wkr/report.hpp) as a document in one language: titled sections of labelled
// figures, tables and sentences. Every renderer of `wkr report` (text, Markdown, CSV, HTML) writes
// this one document, so they show the same figures under the same headings; each figure keeps the
// JSON pointer of its value in the JSON report (`wkr report --format json`), which the CSV writes
// and the HTML carries (data-key), so a test can compare them with the JSON.
#pragma once

#include <string>
#include <vector>

#include "wkr/explanation_text.hpp"
#include "wkr/report.hpp"

namespace wkr::cli {

/// One figure or text: as shown, and — for a figure of the JSON report — its JSON pointer and its
/// value there ("/free_space", "1234.56").
struct Cell {
  std::string text;
  std::string key{};
  std::string plain{};
};

struct ReportTable {
  std::vector<std::string> header;
  std::size_t text_columns = 1;  ///< the first columns hold names (left-aligned), the rest figures
  std::vector<std::vector<Cell>> rows{};
};

struct Fact {
  std::string label;
  Cell value;
};

/// A point of the chart: the period and the cumulative free space and designated wage.
struct ChartPoint {
  int period = 0;
  Decimal free_space;
  Decimal designated;
  bool excess = false;  ///< the ledger's excess so far is above nil in this period
};

struct ReportSection {
  std::string id;  ///< stable, for links and page breaks ("summary", "periods" …)
  std::string title;
  std::vector<std::string> paragraphs{};
  std::vector<Fact> facts{};
  std::vector<ReportTable> tables{};
  std::vector<ChartPoint> chart{};  ///< the periods section: the chart's points (empty elsewhere)
};

struct ReportDocument {
  Language language = Language::nl;
  std::string title;
  std::string subtitle;
  std::vector<ReportSection> sections;
};

/// The report as a document in `language`.
[[nodiscard]] ReportDocument report_document(const Report& report, Language language);

/// The labels of the chart, in the document's language (the marker of the first period with an
/// excess is the catalogue's report.chart.excess_from).
struct ChartLabels {
  std::string free_space;
  std::string designated;
  std::string period;
};
[[nodiscard]] ChartLabels chart_labels(Language language);

// The renderers (report_text.cpp, report_csv.cpp, report_html.cpp).
[[nodiscard]] std::string report_text(const ReportDocument& document);
[[nodiscard]] std::string report_markdown(const ReportDocument& document);
[[nodiscard]] std::string report_csv(const ReportDocument& document);
[[nodiscard]] std::string report_html(const ReportDocument& document);

}  // namespace wkr::cli
