// The progress line of the wkr command (progress.hpp).
#include "progress.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>

#include "cli_common.hpp"

namespace wkr::cli {

namespace {

/// "12 MB", "340 kB" or "512 B": whole units, enough to see how much there is.
std::string size_text(std::uintmax_t bytes) {
  if (bytes >= 1000000U) return fmt::format("{} MB", bytes / 1000000U);
  if (bytes >= 1000) return fmt::format("{} kB", bytes / 1000);
  return fmt::format("{} B", bytes);
}

void to_terminal(const std::string& text) {
  (void)!::write(STDERR_FILENO, text.data(), text.size());  // a progress line that cannot be shown is no error
}

}  // namespace

Progress::Progress(const std::string& command, const std::string& input, Language language) {
  if (::isatty(STDERR_FILENO) == 0) return;
  what_ = "wkr " + command + ": " + sentence("cli.progress.working", language);
  if (!input.empty()) {
    std::error_code ec;
    const std::uintmax_t size = std::filesystem::file_size(input, ec);
    what_ += fmt::format(" {} {}", sentence("cli.progress.on", language), input);
    if (!ec) what_ += " (" + size_text(size) + ")";
  }
  thread_ = std::thread([this] { run(); });
}

Progress::~Progress() {
  if (!thread_.joinable()) return;
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    stopped_ = true;
  }
  wake_.notify_one();
  thread_.join();
}

void Progress::run() {
  using namespace std::chrono;
  const auto start = steady_clock::now();
  std::unique_lock<std::mutex> lock(mutex_);
  if (wake_.wait_for(lock, seconds(1), [this] { return stopped_; })) return;
  do {
    const auto elapsed = duration_cast<seconds>(steady_clock::now() - start).count();
    to_terminal(fmt::format("\r{}, {} s\033[K", what_, elapsed));
  } while (!wake_.wait_for(lock, milliseconds(250), [this] { return stopped_; }));
  to_terminal("\r\033[K");  // the line goes, so what follows starts on a clean line
}

}  // namespace wkr::cli
