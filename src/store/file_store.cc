#include "store/file_store.h"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <vector>

#include "core/file_type.h"
#include "core/hex.h"
#include "core/messages_vi/files.h"

namespace thidua::store {

namespace msg = core::messages_vi;

namespace {

namespace fs = std::filesystem;

core::Error io_error(const std::string& what) {
  return core::make_error(core::errc::kStorage, msg::file_save_failed(what));
}

std::string sha256_hex(std::string_view data) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(data.data()), data.size());
  return core::to_hex(digest);
}

bool write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    bytes.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

void fsync_dir(const fs::path& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0) {
    (void)::fsync(fd);
    ::close(fd);
  }
}

// Writes `bytes` at `target` atomically unless a file of that size is there.
core::Status write_content(const fs::path& target, std::string_view bytes) {
  std::error_code ec;
  if (fs::is_regular_file(target, ec) && fs::file_size(target, ec) == bytes.size() && !ec) {
    // Reused: fresh again for prune_orphan_files' grace period.
    fs::last_write_time(target, fs::file_time_type::clock::now(), ec);
    return {};
  }
  fs::create_directories(target.parent_path(), ec);
  if (ec) return io_error(msg::kFileStepMakeDir);
  std::string tmpl = (target.parent_path() / ".tmp-XXXXXX").string();
  int fd = ::mkstemp(tmpl.data());
  if (fd < 0) return io_error(msg::kFileStepTempFile);
  bool ok = write_all(fd, bytes) && ::fsync(fd) == 0;
  ok = (::fchmod(fd, 0640) == 0) && ok;
  ok = (::close(fd) == 0) && ok;
  if (!ok || ::rename(tmpl.c_str(), target.c_str()) != 0) {
    ::unlink(tmpl.c_str());
    return io_error(msg::kFileStepWrite);
  }
  fsync_dir(target.parent_path());
  return {};
}

core::Error too_large(size_t max_bytes) {
  const size_t mib = max_bytes >> 20;
  return core::make_error(core::errc::kTooLarge,
                          msg::file_too_large(mib > 0 ? std::to_string(mib) + " MB" : std::to_string(max_bytes) + " byte"),
                          "file");
}

}  // namespace

bool is_sha256_hex(std::string_view text) {
  if (text.size() != 64) return false;
  for (char c : text) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

std::string stored_file_path(const std::string& data_dir, const std::string& sha256) {
  return (fs::path(data_dir) / "files" / sha256.substr(0, 2) / sha256.substr(2)).string();
}

core::Result<std::string> check_file(std::string_view bytes, size_t max_bytes) {
  if (bytes.size() > max_bytes) return too_large(max_bytes);
  auto type = core::sniff_file_type(bytes);
  if (!type) {
    return core::make_error(core::errc::kUnsupported,
                            msg::kFileTypeRefused,
                            "file");
  }
  return std::string(core::media_type(*type));
}

core::Result<StoredFile> put_file(Connection& conn, const std::string& data_dir, std::string_view bytes,
                                  size_t max_bytes, const std::string& now) {
  auto media = check_file(bytes, max_bytes);
  if (!media.ok()) return media.error();
  StoredFile f{sha256_hex(bytes), static_cast<int64_t>(bytes.size()), std::move(*media)};
  THIDUA_TRY(write_content(stored_file_path(data_dir, f.sha256), bytes));
  THIDUA_TRY(conn.exec(
      "INSERT INTO files (sha256, size, media_type, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING",
      {f.sha256, f.size, f.media_type, now}));
  return f;
}

core::Result<StoredFile> write_generated_content(const std::string& data_dir, std::string_view bytes,
                                                 const std::string& media_type) {
  StoredFile f{sha256_hex(bytes), static_cast<int64_t>(bytes.size()), media_type};
  THIDUA_TRY(write_content(stored_file_path(data_dir, f.sha256), bytes));
  return f;
}

core::Status record_generated_file(Connection& conn, const StoredFile& file, const std::string& now) {
  THIDUA_TRY(conn.exec(
      "INSERT INTO files (sha256, size, media_type, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING",
      {file.sha256, file.size, file.media_type, now}));
  return {};
}

core::Result<StoredFile> put_file_from_path(Connection& conn, const std::string& data_dir, const std::string& path,
                                            size_t max_bytes, const std::string& now) {
  std::error_code ec;
  auto size = fs::file_size(path, ec);
  if (ec) return io_error(msg::kFileStepReadUpload);
  if (size > max_bytes) return too_large(max_bytes);
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof()) return io_error(msg::kFileStepReadUpload);
  return put_file(conn, data_dir, bytes, max_bytes, now);
}

core::Result<std::optional<StoredFile>> find_file(Connection& conn, const std::string& sha256) {
  auto rows = conn.query("SELECT sha256, size, media_type FROM files WHERE sha256 = ?", {sha256});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<StoredFile>();
  const auto& r = (*rows)[0];
  return std::optional<StoredFile>(StoredFile{r.str(0), r.i64(1), r.str(2)});
}

core::Result<PruneReport> prune_orphan_files(Connection& conn, const std::string& data_dir,
                                             fs::file_time_type older_than, bool dry_run) {
  PruneReport report;
  const fs::path root = fs::path(data_dir) / "files";
  std::error_code ec;
  if (!fs::exists(root, ec)) return report;
  struct Candidate {
    fs::path path;
    std::string sha256;
    int64_t size;
  };
  std::vector<Candidate> batch;
  auto remove = [&](const fs::path& path) {
    if (dry_run) return;
    std::error_code rm;
    if (fs::remove(path, rm)) ++report.removed;
  };
  auto settle = [&]() -> core::Status {
    if (batch.empty()) return {};
    Params params;
    for (const auto& c : batch) params.emplace_back(c.sha256);
    auto rows = conn.query("SELECT sha256 FROM files WHERE sha256 IN (" + sql_markers(batch.size()) + ")", params);
    if (!rows.ok()) return rows.error();
    std::set<std::string> known;
    for (const auto& r : *rows) known.insert(r.str(0));
    for (const auto& c : batch) {
      if (known.count(c.sha256)) continue;
      ++report.orphans;
      report.orphan_bytes += c.size;
      remove(c.path);
    }
    batch.clear();
    return {};
  };
  fs::directory_iterator prefixes(root, ec);
  if (ec) return core::make_error(core::errc::kStorage, msg::kFileStoreUnreadable);
  for (const auto& prefix : prefixes) {
    const std::string two = prefix.path().filename().string();
    if (!prefix.is_directory(ec) || two.size() != 2) continue;
    fs::directory_iterator files(prefix.path(), ec);
    if (ec) return core::make_error(core::errc::kStorage, msg::kFileStoreUnreadable);
    for (const auto& entry : files) {
      if (!entry.is_regular_file(ec)) continue;
      const std::string name = entry.path().filename().string();
      const bool temp = name.rfind(".tmp-", 0) == 0;
      if (!temp && !is_sha256_hex(two + name)) continue;  // not ours: left alone
      if (!temp) ++report.scanned;
      const auto written = entry.last_write_time(ec);
      if (ec || written >= older_than) continue;
      if (temp) {
        ++report.stale_temps;
        remove(entry.path());
        continue;
      }
      batch.push_back({entry.path(), two + name, static_cast<int64_t>(entry.file_size(ec))});
      if (batch.size() == 500) THIDUA_TRY(settle());
    }
  }
  THIDUA_TRY(settle());
  return report;
}

core::Result<std::string> read_stored_file(const std::string& data_dir, const std::string& sha256) {
  if (!is_sha256_hex(sha256)) return core::make_error(core::errc::kNotFound, msg::kFileNotFound);
  std::ifstream in(stored_file_path(data_dir, sha256), std::ios::binary);
  if (!in) return core::make_error(core::errc::kNotFound, msg::kFileNotFound);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

}  // namespace thidua::store
