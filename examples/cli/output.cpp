// Checked, whole-or-nothing output of the wkr command (output.hpp).
#include "output.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "cli_common.hpp"
#include "wkr/error.hpp"

namespace wkr::cli {

namespace {

bool standard_output_closed = false;

/// Writes all of `text` to `fd`; false with errno set when a write fails.
bool write_all(int fd, std::string_view text) {
  while (!text.empty()) {
    const ssize_t written = ::write(fd, text.data(), text.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    text.remove_prefix(static_cast<std::size_t>(written));
  }
  return true;
}

/// "cannot write WHAT: why"; `what` is a file or standard output.
Error cannot_write(const std::string& what, const std::string& why) {
  return Error(ErrorCode::io, fmt::format(fmt::runtime(Text{"kan {} niet schrijven: {}", "cannot write {}: {}"}(
                                              help_language())),
                                          what, why));
}

Error cannot_write(const std::string& what, int error) { return cannot_write(what, std::strerror(error)); }

std::string standard_output() { return Text{"de standaarduitvoer", "to standard output"}(help_language()); }

/// The mode a new file gets (0666 less the umask), or that of the file it replaces.
mode_t mode_for(const std::string& path) {
  struct stat existing {};
  if (::stat(path.c_str(), &existing) == 0 && S_ISREG(existing.st_mode)) return existing.st_mode & 07777;
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

}  // namespace

void guard_standard_output() {
  if (::fcntl(STDOUT_FILENO, F_GETFD) == -1 && errno == EBADF) {
    standard_output_closed = true;
    const int fd = ::open("/dev/null", O_WRONLY);
    if (fd >= 0 && fd != STDOUT_FILENO) {
      ::dup2(fd, STDOUT_FILENO);
      ::close(fd);
    }
  }
}

OutputStream::OutputStream(std::string path) : path_(std::move(path)) {
  if (path_.empty()) {
    if (standard_output_closed)
      throw cannot_write(standard_output(), Text{"die is gesloten", "it is closed"}(help_language()));
    fd_ = STDOUT_FILENO;
    return;
  }
  const std::filesystem::path target(path_);
  const std::filesystem::path directory = target.has_parent_path() ? target.parent_path() : ".";
  temporary_ = (directory / ("." + target.filename().string() + ".wkr-XXXXXX")).string();
  std::vector<char> name(temporary_.begin(), temporary_.end());
  name.push_back('\0');
  fd_ = ::mkstemp(name.data());
  if (fd_ < 0) throw cannot_write(path_, errno);
  temporary_ = name.data();
  if (::fchmod(fd_, mode_for(path_)) != 0) throw failed(errno);
}

OutputStream::~OutputStream() {
  if (temporary_.empty()) return;  // standard output, or committed
  if (fd_ >= 0) ::close(fd_);
  ::unlink(temporary_.c_str());
}

Error OutputStream::failed(int error) {
  if (temporary_.empty()) return cannot_write(standard_output(), error);
  ::close(fd_);
  fd_ = -1;
  ::unlink(temporary_.c_str());
  temporary_.clear();
  return cannot_write(path_, error);
}

void OutputStream::write(std::string_view text) {
  buffer_.append(text);
  if (buffer_.size() >= (1U << 16)) flush();
}

void OutputStream::flush() {
  if (!write_all(fd_, buffer_)) throw failed(errno);
  buffer_.clear();
}

void OutputStream::commit() {
  flush();
  if (temporary_.empty()) return;
  if (::fsync(fd_) != 0) throw failed(errno);
  const int fd = std::exchange(fd_, -1);
  if (::close(fd) != 0 || ::rename(temporary_.c_str(), path_.c_str()) != 0) {
    const int error = errno;
    ::unlink(temporary_.c_str());
    temporary_.clear();
    throw cannot_write(path_, error);
  }
  temporary_.clear();
}

void write_output(std::string_view text, const std::string& path) {
  OutputStream out(path);
  out.write(text);
  out.commit();
}

}  // namespace wkr::cli
