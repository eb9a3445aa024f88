// Checked, whole-or-nothing output of the wkr command (output.hpp).
#include "output.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
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

void write_file(std::string_view text, const std::string& path) {
  const std::filesystem::path target(path);
  const std::filesystem::path directory = target.has_parent_path() ? target.parent_path() : ".";
  std::string temporary = (directory / ("." + target.filename().string() + ".wkr-XXXXXX")).string();
  std::vector<char> name(temporary.begin(), temporary.end());
  name.push_back('\0');
  const int fd = ::mkstemp(name.data());
  if (fd < 0) throw cannot_write(path, errno);
  temporary = name.data();
  const auto fail = [&](int error) {
    ::close(fd);
    ::unlink(temporary.c_str());
    return cannot_write(path, error);
  };
  if (::fchmod(fd, mode_for(path)) != 0 || !write_all(fd, text) || ::fsync(fd) != 0) throw fail(errno);
  if (::close(fd) != 0) {
    const int error = errno;
    ::unlink(temporary.c_str());
    throw cannot_write(path, error);
  }
  if (::rename(temporary.c_str(), path.c_str()) != 0) {
    const int error = errno;
    ::unlink(temporary.c_str());
    throw cannot_write(path, error);
  }
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

void write_output(std::string_view text, const std::string& path) {
  if (!path.empty()) {
    write_file(text, path);
    return;
  }
  if (standard_output_closed) throw cannot_write(standard_output(), Text{"die is gesloten", "it is closed"}(help_language()));
  if (!write_all(STDOUT_FILENO, text)) throw cannot_write(standard_output(), errno);
}

}  // namespace wkr::cli
