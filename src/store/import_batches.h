// Import previews held in the database (migration 093, app/import_pipeline.h):
// a batch per staged upload, its checked rows added in chunks while the file
// is read, read back a page at a time, dropped on confirmation or after a day.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "store/db.h"

namespace thidua::store {

struct ImportBatch {
  std::string key;  // SHA-256 of the uploader's token
  int64_t user_id = 0;
  std::string kind;
  std::string filename;
  std::string created_at;
  bool complete = false;
  int64_t rows = 0;
  int64_t valid_rows = 0;
  int64_t issues = 0;
};

struct StagedRow {
  int64_t seq = 0;   // 0-based order in the file
  int64_t line = 0;  // spreadsheet row / CSV line
  bool ok = true;
  std::string data;  // JSON, see the migration
};

// Starts an incomplete batch (not shown until complete_import_batch()).
core::Status begin_import_batch(Connection& conn, const ImportBatch& batch);

// Adds rows to a batch, a few hundred per statement.
core::Status add_import_rows(Connection& conn, const std::string& key, const std::vector<StagedRow>& rows);

// Marks a batch complete with its counts.
core::Status complete_import_batch(Connection& conn, const std::string& key, int64_t rows, int64_t valid_rows,
                                   int64_t issues);

core::Result<std::optional<ImportBatch>> find_import_batch(Connection& conn, const std::string& key);

// Rows of a batch in file order, `limit` from `offset`; only those with
// problems when `only_problems`.
core::Result<std::vector<StagedRow>> import_rows_page(Connection& conn, const std::string& key, bool only_problems,
                                                      int64_t offset, int64_t limit);

// Removes a batch and its rows.
core::Status drop_import_batch(Connection& conn, const std::string& key);

// Removes batches (and their rows) created before `before`; returns how many.
core::Result<int64_t> purge_import_batches(Connection& conn, const std::string& before);

}  // namespace thidua::store
