// A backup is never visible under its final name until it is complete: the
// engine writes into a temporary file beside the destination
// ("<destination>.part-<random>", mode 0600), which is synced and then linked
// to the destination in one step. A backup that fails or is killed leaves at
// most the temporary file (removed on failure; `thidua backup` names it).
#pragma once

#include <string>

#include "core/result.h"

namespace thidua::store {

class BackupFile {
 public:
  // Refuses an existing destination (kConflict) and creates the empty
  // temporary file (kStorage when the folder is missing or not writable).
  static core::Result<BackupFile> prepare(const std::string& destination);

  BackupFile(BackupFile&& other) noexcept;
  BackupFile& operator=(BackupFile&&) = delete;
  BackupFile(const BackupFile&) = delete;
  ~BackupFile();  // removes the temporary file (and a "-journal" beside it) unless published

  const std::string& temp_path() const { return temp_; }
  const std::string& destination() const { return destination_; }

  // Syncs the temporary file, links it to the destination (kConflict if one
  // appeared meanwhile; never replaces it), removes the temporary name and
  // syncs the folder.
  core::Status publish();

 private:
  BackupFile(std::string destination, std::string temp) : destination_(std::move(destination)), temp_(std::move(temp)) {}
  std::string destination_;
  std::string temp_;
  bool done_ = false;
};

}  // namespace thidua::store
