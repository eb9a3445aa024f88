// A progress line on stderr while the wkr command works on an input that takes more than a second —
// only when stderr is a terminal, so scripts and logs never see it.
#pragma once

#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

#include "wkr/explanation_text.hpp"

namespace wkr::cli {

class Progress {
 public:
  /// Starts watching the work of `command` on `input` (a file name, or empty); after a second the
  /// line "wkr COMMAND: working on INPUT (SIZE), N s" is shown and kept current.
  Progress(const std::string& command, const std::string& input, Language language);
  /// Stops, and clears the line if one was shown.
  ~Progress();

  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

 private:
  void run();

  std::string what_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopped_ = false;
  std::thread thread_;
};

}  // namespace wkr::cli
