// Writing the result of the wkr command: to standard output or to a file, every write checked, and
// a file written whole or not at all.
#pragma once

#include <string>
#include <string_view>

#include "wkr/error.hpp"
#include "wkr/phrase.hpp"

namespace wkr::cli {

/// Call first in main. A closed standard output (`wkr … >&-`) is remembered, so that writing the
/// result is an error, and its descriptor is held by /dev/null so that no file opened later takes
/// its place and receives the result.
void guard_standard_output();

/// Why a file operation failed (an errno value), in either language: "No such file or directory".
[[nodiscard]] Phrase system_reason(int error);

/// Writes `text` to standard output, or — when `path` is not empty — to a temporary file in the
/// directory of `path` that is renamed to `path` once it is complete, so an error never leaves half
/// a file. Throws Error(io) saying what could not be written and why (a full disk, a closed output).
void write_output(std::string_view text, const std::string& path = "");

/// Output written piece by piece (a streamed result), to standard output or — when `path` is not
/// empty — to a temporary file renamed to `path` by commit(); one that is never committed (an
/// error on the way) is removed, so a file is whole or not there. With `staged`, standard output is
/// whole or nothing too: the text goes to an unnamed temporary file in $TMPDIR (else /tmp), copied
/// to standard output by commit() — so a stream that fails half-way has written nothing. Writes are
/// buffered; each failed write throws Error(io) as write_output() does.
class OutputStream {
 public:
  explicit OutputStream(std::string path, bool staged = false);
  ~OutputStream();
  OutputStream(const OutputStream&) = delete;
  OutputStream& operator=(const OutputStream&) = delete;

  /// What is buffered before it is written; a text at least this long is written without a copy.
  static constexpr std::size_t chunk = std::size_t{1} << 16;

  void write(std::string_view text);
  /// Writes what is buffered; a file is synced and put in place.
  void commit();

 private:
  void flush();
  Error failed(int error);  ///< cleans up and names what could not be written

  std::string path_;
  std::string temporary_;
  int fd_ = -1;
  bool staged_ = false;  ///< fd_ is the unnamed file that commit() copies to standard output
  std::string staging_directory_;  ///< where that file is ($TMPDIR, else /tmp), for a message
  std::string buffer_;
};

}  // namespace wkr::cli
