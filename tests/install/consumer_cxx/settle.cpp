// A C++ program built against the installed wkr::core: the 2025 settlement of fiscal-facts W6
// (wage bill €500,000, designated €14,180: free space €9,180, excess €5,000, final levy 80% of it,
// €4,000.00, due in period 2 of 2026) with its explanation, and the free space of 2027 from the
// installed tables of data/updates (share/wkr/updates/2027, given as the argument): 2.16% of the
// first €400,000 (data/updates/2027) = €8,640.00.
#include <wkr/explanation_text.hpp>
#include <wkr/free_space.hpp>
#include <wkr/version.hpp>

#include <cstdio>
#include <string>

namespace {

int failures = 0;

void expect(bool holds, const std::string& what) {
  if (!holds) {
    std::fprintf(stderr, "FAILED: %s\n", what.c_str());
    ++failures;
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: wkr_settle UPDATES_2027_DIRECTORY\n");
    return 2;
  }
  try {
    const wkr::Parameters tables = wkr::Parameters::embedded();
    const wkr::Settlement s = wkr::settle(tables, 2025, wkr::Decimal::parse("500000"), wkr::Decimal::parse("14180"),
                                          {}, wkr::Explain::yes);
    expect(s.free_space.to_string() == "9180.00", "free space 2025 " + s.free_space.to_string());
    expect(s.final_levy.to_string() == "4000.00", "final levy " + s.final_levy.to_string());
    expect(s.due.year == 2026 && s.due.period == 2, "due in period 2 of 2026");
    const std::string text = wkr::render_text(s.explanation, wkr::Language::en);
    expect(text.find("art. 31a") != std::string::npos, "the explanation cites art. 31a Wet LB 1964");
    expect(s.explanation.receipt->library_version == WKR_VERSION_STRING, "the receipt names this version");

    const wkr::Parameters updated = wkr::Parameters::with_directory(argv[1]);
    const wkr::FreeSpace space = wkr::free_space(updated, 2027, wkr::Decimal::parse("400000"));
    expect(space.free_space.to_string() == "8640.00", "free space 2027 " + space.free_space.to_string());
    std::printf("wkr %s: final levy %s due %d/%d; free space 2027 %s\n", WKR_VERSION_STRING,
                s.final_levy.to_string().c_str(), s.due.period, s.due.year, space.free_space.to_string().c_str());
  } catch (const wkr::Error& error) {
    std::fprintf(stderr, "wkr::Error: %s\n", error.what());
    return 1;
  }
  return failures == 0 ? 0 : 1;
}
