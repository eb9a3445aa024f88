// The annual report as one self-contained HTML file (report_document.hpp): inline CSS, no script,
// nothing fetched, laid out to print to PDF (A4, tables that keep their heading on every page,
// sections that start on a fresh page where a long table follows), with an inline SVG chart of the
// free space so far against the designated wage so far and where the excess begins. Every figure
// of the JSON report carries its JSON pointer (data-key), so a browser test can check the page.
#include <fmt/format.h>

#include <algorithm>

#include "report_document.hpp"

namespace wkr::cli {

namespace {

std::string escaped(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

constexpr const char* style = R"(
:root { color-scheme: light; }
body { font: 10.5pt/1.45 "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; color: #1b1b1b; margin: 2em auto;
       max-width: 60em; padding: 0 1.5em; }
h1 { font-size: 1.6em; margin: 0 0 .2em; }
h2 { font-size: 1.2em; border-bottom: 1px solid #888; padding-bottom: .15em; margin-top: 1.8em; break-after: avoid; }
p.subtitle { color: #555; margin-top: 0; }
table { border-collapse: collapse; margin: .6em 0 1em; }
th, td { padding: .2em .6em; vertical-align: top; }
table.grid { width: 100%; font-size: .92em; }
table.grid th { text-align: left; border-bottom: 1px solid #888; }
table.grid tr:nth-child(even) td { background: #f3f3f3; }
table.facts th { text-align: left; font-weight: normal; padding-left: 0; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.code { font-family: "DejaVu Sans Mono", monospace; font-size: .85em; word-break: break-all; }
svg { display: block; margin: .5em 0 1em; }
svg text { font-size: 11px; fill: #333; }
.free-space { stroke: #2e7d32; } .designated { stroke: #c62828; }
@page { size: A4; margin: 16mm 14mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 9.5pt; }
  thead { display: table-header-group; }
  tr, svg, table.facts { break-inside: avoid; }
  section#employees, section#receipt { break-before: page; }
  table.grid tr:nth-child(even) td { background: none; }
}
)";

/// A number of pixels: `value` of `range` over `pixels`, rounded to a whole pixel.
std::int64_t scaled(const Decimal& value, const Decimal& range, std::int64_t pixels) {
  return Decimal::divide(value * Decimal::from_integer(pixels), range, 0, Rounding::half_up).to_integer();
}

std::string chart(const std::vector<ChartPoint>& points, Language language) {
  const ChartLabels labels = chart_labels(language);
  constexpr std::int64_t width = 720;
  constexpr std::int64_t height = 300;
  constexpr std::int64_t left = 90;
  constexpr std::int64_t right = 20;
  constexpr std::int64_t top = 20;
  constexpr std::int64_t bottom = 40;
  constexpr std::int64_t plot_w = width - left - right;
  constexpr std::int64_t plot_h = height - top - bottom;
  Decimal range = Decimal::from_integer(1);
  for (const ChartPoint& p : points) range = max(range, max(p.free_space, p.designated));
  const auto n = static_cast<std::int64_t>(points.size());
  const auto x = [&](std::size_t i) { return left + (n > 1 ? static_cast<std::int64_t>(i) * plot_w / (n - 1) : 0); };
  const auto y = [&](const Decimal& v) { return top + plot_h - scaled(v, range, plot_h); };
  std::string out = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\" role=\"img\" "
      "aria-label=\"{2} / {3}\">\n<title>{2} / {3}</title>\n",
      width, height, escaped(labels.free_space), escaped(labels.designated));
  out += fmt::format(
      "<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#888\"/><line x1=\"{0}\" y1=\"{2}\" x2=\"{3}\" "
      "y2=\"{2}\" stroke=\"#888\"/>\n",
      left, top, top + plot_h, left + plot_w);
  out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n", left - 6, top + 4,
                     escaped(format_money(range.rounded(0, Rounding::ceiling), language, 0)));
  out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">0</text>\n", left - 6, top + plot_h + 4);
  for (std::size_t i = 0; i < points.size(); ++i) {
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n", x(i), top + plot_h + 16,
                       points[i].period);
  }
  out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n", left + plot_w / 2, height - 4,
                     escaped(labels.period));
  const auto series = [&](const char* css, auto value) {
    std::string line = fmt::format("<polyline class=\"{}\" fill=\"none\" stroke-width=\"2.5\" points=\"", css);
    for (std::size_t i = 0; i < points.size(); ++i)
      line += fmt::format("{}{},{}", i ? " " : "", x(i), y(value(points[i])));
    return line + "\"/>\n";
  };
  out += series("free-space", [](const ChartPoint& p) { return p.free_space; });
  out += series("designated", [](const ChartPoint& p) { return p.designated; });
  const auto first = std::find_if(points.begin(), points.end(), [](const ChartPoint& p) { return p.excess; });
  if (first != points.end()) {
    const std::int64_t at = x(static_cast<std::size_t>(first - points.begin()));
    out += fmt::format(
        "<line class=\"excess\" x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#c62828\" stroke-dasharray=\"4 "
        "3\"/>"
        "\n<text x=\"{3}\" y=\"{4}\" text-anchor=\"end\">{5}</text>\n",
        at, top, top + plot_h, at - 4, top + 12,
        escaped(render(say("report.chart.excess_from", std::to_string(first->period)), language)));
  }
  // The legend, top left inside the plot.
  const auto legend = [&](std::int64_t row, const char* css, const std::string& text) {
    return fmt::format(
        "<line class=\"{0}\" x1=\"{1}\" y1=\"{2}\" x2=\"{3}\" y2=\"{2}\" stroke-width=\"2.5\"/><text x=\"{4}\" "
        "y=\"{5}\">{6}</text>\n",
        css, left + 10, top + 10 + row * 16, left + 34, left + 40, top + 14 + row * 16, escaped(text));
  };
  out += legend(0, "free-space", labels.free_space) + legend(1, "designated", labels.designated);
  return out + "</svg>\n";
}

std::string cell(const Cell& c, bool number, const char* tag = "td") {
  std::string attributes = number ? " class=\"num\"" : "";
  if (!c.key.empty()) attributes += " data-key=\"" + escaped(c.key) + "\"";
  return fmt::format("<{0}{1}>{2}</{0}>", tag, attributes, escaped(c.text));
}

std::string grid(const ReportTable& table) {
  std::string out = "<table class=\"grid\">\n<thead><tr>";
  for (std::size_t c = 0; c < table.header.size(); ++c) {
    out += cell(Cell{table.header[c]}, c >= table.text_columns, "th");
  }
  out += "</tr></thead>\n<tbody>\n";
  for (const auto& row : table.rows) {
    out += "<tr>";
    for (std::size_t c = 0; c < row.size(); ++c) out += cell(row[c], c >= table.text_columns);
    out += "</tr>\n";
  }
  return out + "</tbody>\n</table>\n";
}

}  // namespace

std::string report_html(const ReportDocument& document) {
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"generator\" "
      "content=\"wkr\">\n<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n<header>\n<h1>{}</h1>\n<p "
      "class=\"subtitle\">{}</p>\n</header>\n",
      sentence("report.language_code", document.language), escaped(document.title), style, escaped(document.title),
      escaped(document.subtitle));
  for (const ReportSection& section : document.sections) {
    out += fmt::format("<section id=\"{}\">\n<h2>{}</h2>\n", section.id, escaped(section.title));
    for (const std::string& paragraph : section.paragraphs) out += "<p>" + escaped(paragraph) + "</p>\n";
    if (!section.chart.empty()) out += chart(section.chart, document.language);
    if (!section.facts.empty()) {
      out += "<table class=\"facts\">\n";
      for (const Fact& fact : section.facts) {
        out += "<tr>" + cell(Cell{fact.label}, false, "th") + cell(fact.value, !fact.value.key.empty()) + "</tr>\n";
      }
      out += "</table>\n";
    }
    for (const ReportTable& table : section.tables) out += grid(table);
    out += "</section>\n";
  }
  return out + "</body>\n</html>\n";
}

}  // namespace wkr::cli
