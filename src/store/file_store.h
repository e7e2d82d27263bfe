// The file store: uploaded contents (unit plans, evidence) kept outside the
// database under data_dir/files/ab/cdef..., addressed by the SHA-256 of their
// bytes (deduplicated), with one `files` row per content giving its size and
// the media type recognised from the bytes (core/file_type.h).
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"
#include "store/db.h"

namespace thidua::store {

struct StoredFile {
  std::string sha256;      // 64 lower-case hex digits
  int64_t size = 0;
  std::string media_type;  // from the content, never from the client
};

inline constexpr size_t kDefaultMaxFileBytes = 20u << 20;  // 20 MiB

// True for 64 lower-case hex digits (anything else never names a stored file).
bool is_sha256_hex(std::string_view text);

// data_dir/files/<first two digits>/<the other 62>. Requires is_sha256_hex.
std::string stored_file_path(const std::string& data_dir, const std::string& sha256);

// The media type `bytes` would be stored with: kTooLarge over `max_bytes`,
// kUnsupported for a type core::sniff_file_type refuses (field "file").
// What put_file checks first; callers storing several files check them all
// before storing any.
core::Result<std::string> check_file(std::string_view bytes, size_t max_bytes);

// Stores `bytes`: refuses more than `max_bytes` (kTooLarge, field "file") and
// any type core::sniff_file_type does not accept (kUnsupported, field "file");
// hashes them, writes them when not already there (a temporary file in the
// target directory, fsync, rename: a reader never sees a partial file), and
// inserts the `files` row when absent, on `conn` (the caller's transaction).
// Storing the same bytes twice yields the same StoredFile and one file; a
// content already on disk is touched (its modification time set to now), so
// prune_orphan_files never takes it from a transaction still in flight.
// A file written for a transaction that then rolls back stays on disk with no
// `files` row until prune_orphan_files removes it.
core::Result<StoredFile> put_file(Connection& conn, const std::string& data_dir, std::string_view bytes,
                                  size_t max_bytes, const std::string& now);

// The same for a file on disk (e.g. a spooled upload); the file is left as is.
core::Result<StoredFile> put_file_from_path(Connection& conn, const std::string& data_dir, const std::string& path,
                                            size_t max_bytes, const std::string& now);

// A content thidua made itself (a proposal's dossier ZIP), stored in two
// steps so that a large file is written before the caller's transaction
// holds any lock: write_generated_content writes the bytes (as put_file: a
// temporary file, fsync, rename; an existing content touched) and answers
// them with the media type given, since no client chose the bytes; then
// record_generated_file inserts its `files` row inside the transaction. A
// content whose transaction rolls back has no row and is removed by
// prune_orphan_files after its grace period. Never for uploads.
core::Result<StoredFile> write_generated_content(const std::string& data_dir, std::string_view bytes,
                                                 const std::string& media_type);
core::Status record_generated_file(Connection& conn, const StoredFile& file, const std::string& now);

// The `files` row of a content, nullopt when absent.
core::Result<std::optional<StoredFile>> find_file(Connection& conn, const std::string& sha256);

// What prune_orphan_files found and did.
struct PruneReport {
  int64_t scanned = 0;        // stored contents looked at
  int64_t orphans = 0;        // of those, named by no `files` row and old enough
  int64_t orphan_bytes = 0;   // their total size
  int64_t stale_temps = 0;    // temporary files of interrupted writes, old enough
  int64_t removed = 0;        // files deleted (0 with dry_run)
};

// Removes from data_dir/files what no committed row can name: contents with
// no `files` row (written for a transaction that rolled back) and temporary
// files of interrupted writes, both only when last written before
// `older_than` (a grace period: an upload in flight is never touched). Rows
// of `files` are never deleted: every stored content a record named stays.
// Reads the database in batches of 500 names (bounded memory). With dry_run,
// counts and deletes nothing. kStorage when the folder cannot be read.
core::Result<PruneReport> prune_orphan_files(Connection& conn, const std::string& data_dir,
                                             std::filesystem::file_time_type older_than, bool dry_run);

// Reads the whole stored content (kNotFound when the file is missing).
core::Result<std::string> read_stored_file(const std::string& data_dir, const std::string& sha256);

}  // namespace thidua::store
