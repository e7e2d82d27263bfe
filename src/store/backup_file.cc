#include "store/backup_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <random>

#include "store/db.h"

namespace thidua::store {
namespace {

std::string random_suffix() {
  std::random_device rd;
  static const char* hex = "0123456789abcdef";
  std::string s;
  for (int i = 0; i < 12; ++i) s.push_back(hex[rd() % 16]);
  return s;
}

core::Status sync_path(const std::string& path, int flags) {
  int fd = ::open(path.c_str(), flags | O_CLOEXEC);
  if (fd < 0) return driver_error(core::errc::kStorage, "cannot open " + path + ": " + std::strerror(errno));
  int rc = ::fsync(fd);
  int saved = errno;
  ::close(fd);
  if (rc != 0) return driver_error(core::errc::kStorage, "cannot sync " + path + ": " + std::strerror(saved));
  return {};
}

}  // namespace

core::Result<BackupFile> BackupFile::prepare(const std::string& destination) {
  struct stat st {};
  if (::lstat(destination.c_str(), &st) == 0) {
    return driver_error(core::errc::kConflict, "backup destination exists: " + destination);
  }
  for (int attempt = 0; attempt < 5; ++attempt) {
    std::string temp = destination + ".part-" + random_suffix();
    int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
      ::close(fd);
      return BackupFile(destination, std::move(temp));
    }
    if (errno != EEXIST) {
      return driver_error(core::errc::kStorage, "cannot create " + temp + ": " + std::strerror(errno));
    }
  }
  return driver_error(core::errc::kStorage, "cannot pick a temporary name beside " + destination);
}

BackupFile::BackupFile(BackupFile&& other) noexcept
    : destination_(std::move(other.destination_)), temp_(std::move(other.temp_)), done_(other.done_) {
  other.done_ = true;
}

BackupFile::~BackupFile() {
  if (done_ || temp_.empty()) return;
  std::error_code ec;
  std::filesystem::remove(temp_, ec);
  std::filesystem::remove(temp_ + "-journal", ec);
}

core::Status BackupFile::publish() {
  THIDUA_TRY(sync_path(temp_, O_RDONLY));
  if (::link(temp_.c_str(), destination_.c_str()) != 0) {
    if (errno == EEXIST) return driver_error(core::errc::kConflict, "backup destination exists: " + destination_);
    return driver_error(core::errc::kStorage,
                        "cannot name the backup " + destination_ + ": " + std::strerror(errno));
  }
  ::unlink(temp_.c_str());
  done_ = true;
  std::string dir = std::filesystem::path(destination_).parent_path().string();
  return sync_path(dir.empty() ? "." : dir, O_RDONLY | O_DIRECTORY);
}

}  // namespace thidua::store
