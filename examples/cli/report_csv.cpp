// The annual report as CSV (report_document.hpp): one row per figure — section, key (its JSON
// pointer in the JSON report), label and value — with the value as the JSON has it (a plain decimal
// with '.', no euro sign), so a spreadsheet or a script reads exact figures in either language.
#include "report_document.hpp"

namespace wkr::cli {

namespace {

/// A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break.
std::string field(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (const char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string row(const std::string& section, const std::string& key, const std::string& label,
                const std::string& value) {
  return field(section) + "," + field(key) + "," + field(label) + "," + field(value) + "\n";
}

}  // namespace

std::string report_csv(const ReportDocument& document) {
  std::string out = "section,key,label,value\n";
  for (const ReportSection& section : document.sections) {
    for (const Fact& fact : section.facts) {
      out += row(section.id, fact.value.key, fact.label, fact.value.key.empty() ? fact.value.text : fact.value.plain);
    }
    for (const ReportTable& table : section.tables) {
      for (const auto& cells : table.rows) {
        // A row is named by its first cell (the period, the employee, the category …).
        const std::string name = cells.empty() ? "" : cells.front().text;
        for (std::size_t c = 0; c < cells.size() && c < table.header.size(); ++c) {
          if (cells[c].key.empty()) continue;
          out += row(section.id, cells[c].key, name + ": " + table.header[c], cells[c].plain);
        }
      }
    }
  }
  return out;
}

}  // namespace wkr::cli
