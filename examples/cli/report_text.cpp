// The annual report as plain text and as Markdown (report_document.hpp): the same sections, as a
// terminal shows them and as a wiki or a pull request shows them.
#include <fmt/format.h>

#include "cli_common.hpp"
#include "report_document.hpp"

namespace wkr::cli {

namespace {

std::vector<std::string> texts(const std::vector<Cell>& cells) {
  std::vector<std::string> out;
  out.reserve(cells.size());
  for (const Cell& cell : cells) out.push_back(cell.text);
  return out;
}

/// A Markdown table cell: '|' and line breaks would end the cell.
std::string md_cell(const std::string& text) {
  std::string out;
  for (const char c : text) {
    if (c == '|') {
      out += "\\|";
    } else {
      out += c == '\n' ? ' ' : c;
    }
  }
  return out;
}

std::string md_row(const std::vector<std::string>& cells) {
  std::string out = "|";
  for (const std::string& cell : cells) out += " " + md_cell(cell) + " |";
  return out + "\n";
}

}  // namespace

std::string report_text(const ReportDocument& document) {
  std::string out = document.title + "\n" + document.subtitle + "\n";
  for (const ReportSection& section : document.sections) {
    out += "\n" + section.title + "\n" + std::string(section.title.size(), '-') + "\n";
    for (const std::string& paragraph : section.paragraphs) out += paragraph + "\n";
    if (!section.facts.empty()) {
      Table table;
      for (const Fact& fact : section.facts) table.add(fact.label, fact.value.text);
      out += table.text();
    }
    for (const ReportTable& t : section.tables) {
      Grid grid(t.header, t.text_columns);
      for (const auto& row : t.rows) grid.add(texts(row));
      out += grid.text();
    }
  }
  return out;
}

std::string report_markdown(const ReportDocument& document) {
  std::string out = "# " + document.title + "\n\n" + document.subtitle + "\n";
  for (const ReportSection& section : document.sections) {
    out += "\n## " + section.title + "\n\n";
    for (const std::string& paragraph : section.paragraphs) out += paragraph + "\n\n";
    if (!section.facts.empty()) {
      out += md_row({"", ""}) + "|---|--:|\n";
      for (const Fact& fact : section.facts) out += md_row({fact.label, fact.value.text});
      out += "\n";
    }
    for (const ReportTable& t : section.tables) {
      out += md_row(t.header) + "|";
      for (std::size_t c = 0; c < t.header.size(); ++c) out += c < t.text_columns ? "---|" : "--:|";
      out += "\n";
      for (const auto& row : t.rows) out += md_row(texts(row));
      out += "\n";
    }
  }
  return out;
}

}  // namespace wkr::cli
