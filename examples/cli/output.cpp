// Checked, whole-or-nothing output of the wkr command (output.hpp).
#include "output.hpp"

#include <fcntl.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <utility>
#include <vector>

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

/// "cannot write PATH: why", or standard output when `path` is empty.
Error cannot_write(const std::string& path, const Phrase& why) {
  return path.empty() ? Error(ErrorCode::io, say("error.command.cannot_write_stdout", why))
                      : Error(ErrorCode::io, say("error.command.cannot_write", path, why));
}

/// A full $TMPDIR is not a full standard output: the message names the directory to change.
Error cannot_stage(const std::string& directory, const Phrase& why) {
  return Error(ErrorCode::io, say("error.command.cannot_stage_stdout", directory, why));
}

/// The mode a new file gets (0666 less the umask), or that of the file it replaces.
mode_t mode_for(const std::string& path) {
  struct stat existing {};
  if (::stat(path.c_str(), &existing) == 0 && S_ISREG(existing.st_mode)) return existing.st_mode & 07777;
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

/// Where standard output is staged: $TMPDIR, else /tmp.
std::string staging_directory() {
  const char* tmpdir = std::getenv("TMPDIR");
  return tmpdir != nullptr && *tmpdir != '\0' ? tmpdir : "/tmp";
}

/// A file without a name in `directory`, read and written, gone when closed; -1 with errno set
/// when there is none to be had.
int unnamed_temporary_file(const std::string& directory) {
  const int fd = ::open(directory.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
  if (fd >= 0 || (errno != EOPNOTSUPP && errno != EISDIR)) return fd;
  // A file system without O_TMPFILE: a named file, unlinked at once.
  std::string name = directory + "/.wkr-XXXXXX";
  const int named = ::mkstemp(name.data());
  if (named >= 0) ::unlink(name.c_str());
  return named;
}

/// Copies the whole of `from`, from its start, to `to`; false with errno set when a read or write fails.
bool copy_all(int from, int to) {
  // sendfile copies inside the kernel, where read and write take each byte through a buffer of ours
  // (a JSON evaluation of a million rows stages half a gigabyte). An output it cannot write to says
  // EINVAL before anything is sent: then read and write.
  off_t sent = 0;
  for (;;) {
    const ssize_t got = ::sendfile(to, from, &sent, std::size_t{1} << 30);
    if (got == 0) return true;
    if (got > 0 || errno == EINTR) continue;
    if (sent != 0 || (errno != EINVAL && errno != ENOSYS)) return false;
    break;
  }
  if (::lseek(from, 0, SEEK_SET) != 0) return false;
  std::vector<char> chunk(1U << 20);
  for (;;) {
    const ssize_t got = ::read(from, chunk.data(), chunk.size());
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) return got == 0;
    if (!write_all(to, std::string_view(chunk.data(), static_cast<std::size_t>(got)))) return false;
  }
}

}  // namespace

Phrase system_reason(int error) {
  // The reasons a user can act on, in either language; any other is the system's own (English) text.
  switch (error) {
    case ENOENT: return say("error.system.no_such_file");
    case EACCES:
    case EPERM: return say("error.system.permission_denied");
    case ENOSPC:
    case EDQUOT: return say("error.system.no_space");
    case EISDIR: return say("error.system.is_directory");
    case ENOTDIR: return say("error.system.not_directory");
    case EROFS: return say("error.system.read_only");
    case EPIPE: return say("error.system.closed");
    default: return say("error.system.other", std::string(std::strerror(error)));
  }
}

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

OutputStream::OutputStream(std::string path, bool staged) : path_(std::move(path)) {
  if (path_.empty()) {
    if (standard_output_closed) throw cannot_write("", say("error.system.closed"));
    staged_ = staged;
    if (staged_) staging_directory_ = staging_directory();
    fd_ = staged_ ? unnamed_temporary_file(staging_directory_) : STDOUT_FILENO;
    if (fd_ < 0) throw failed(errno);
    return;
  }
  const std::filesystem::path target(path_);
  const std::filesystem::path directory = target.has_parent_path() ? target.parent_path() : ".";
  temporary_ = (directory / ("." + target.filename().string() + ".wkr-XXXXXX")).string();
  std::vector<char> name(temporary_.begin(), temporary_.end());
  name.push_back('\0');
  fd_ = ::mkstemp(name.data());
  if (fd_ < 0) throw cannot_write(path_, system_reason(errno));
  temporary_ = name.data();
  if (::fchmod(fd_, mode_for(path_)) != 0) throw failed(errno);
}

OutputStream::~OutputStream() {
  if (staged_) ::close(fd_);       // never copied out: nothing written
  if (temporary_.empty()) return;  // standard output, or committed
  if (fd_ >= 0) ::close(fd_);
  ::unlink(temporary_.c_str());
}

Error OutputStream::failed(int error) {
  if (staged_) return cannot_stage(staging_directory_, system_reason(error));
  if (temporary_.empty()) return cannot_write("", system_reason(error));
  ::close(fd_);
  fd_ = -1;
  ::unlink(temporary_.c_str());
  temporary_.clear();
  return cannot_write(path_, system_reason(error));
}

void OutputStream::write(std::string_view text) {
  if (text.size() >= chunk) {
    flush();
    if (!write_all(fd_, text)) throw failed(errno);
    return;
  }
  buffer_.append(text);
  if (buffer_.size() >= chunk) flush();
}

void OutputStream::flush() {
  if (!write_all(fd_, buffer_)) throw failed(errno);
  buffer_.clear();
}

void OutputStream::commit() {
  flush();
  if (staged_) {
    const bool copied = copy_all(fd_, STDOUT_FILENO);
    const int error = errno;
    ::close(fd_);
    staged_ = false;
    fd_ = STDOUT_FILENO;
    if (!copied) throw cannot_write("", system_reason(error));
    return;
  }
  if (temporary_.empty()) return;
  if (::fsync(fd_) != 0) throw failed(errno);
  const int fd = std::exchange(fd_, -1);
  if (::close(fd) != 0 || ::rename(temporary_.c_str(), path_.c_str()) != 0) {
    const int error = errno;
    ::unlink(temporary_.c_str());
    temporary_.clear();
    throw cannot_write(path_, system_reason(error));
  }
  temporary_.clear();
}

void write_output(std::string_view text, const std::string& path) {
  OutputStream out(path);
  out.write(text);
  out.commit();
}

}  // namespace wkr::cli
