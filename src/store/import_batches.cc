#include "store/import_batches.h"

#include <algorithm>

namespace thidua::store {

core::Status begin_import_batch(Connection& conn, const ImportBatch& b) {
  auto r = conn.exec(
      "INSERT INTO import_batches (batch_key, user_id, kind, filename, created_at, complete) VALUES (?,?,?,?,?,0)",
      {b.key, b.user_id, b.kind, b.filename, b.created_at});
  if (!r.ok()) return r.error();
  return {};
}

core::Status add_import_rows(Connection& conn, const std::string& key, const std::vector<StagedRow>& rows) {
  constexpr size_t kPerStatement = 200;  // 1,000 parameters: within both engines' limits
  for (size_t i = 0; i < rows.size(); i += kPerStatement) {
    const size_t end = std::min(rows.size(), i + kPerStatement);
    std::string sql = "INSERT INTO import_rows (batch_key, seq, line, ok, data) VALUES ";
    Params params;
    params.reserve((end - i) * 5);
    for (size_t j = i; j < end; ++j) {
      sql += j == i ? "(?,?,?,?,?)" : ",(?,?,?,?,?)";
      params.insert(params.end(), {key, rows[j].seq, rows[j].line, rows[j].ok, rows[j].data});
    }
    auto r = conn.exec(sql, params);
    if (!r.ok()) return r.error();
  }
  return {};
}

core::Status complete_import_batch(Connection& conn, const std::string& key, int64_t rows, int64_t valid_rows,
                                   int64_t issues) {
  auto r = conn.exec(
      "UPDATE import_batches SET complete = 1, row_count = ?, valid_rows = ?, issue_count = ? WHERE batch_key = ?",
      {rows, valid_rows, issues, key});
  if (!r.ok()) return r.error();
  return {};
}

core::Result<std::optional<ImportBatch>> find_import_batch(Connection& conn, const std::string& key) {
  auto rows = conn.query(
      "SELECT batch_key, user_id, kind, filename, created_at, complete, row_count, valid_rows, issue_count "
      "FROM import_batches WHERE batch_key = ?",
      {key});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<ImportBatch>();
  const Row& r = (*rows)[0];
  return std::optional<ImportBatch>(
      ImportBatch{r.str(0), r.i64(1), r.str(2), r.str(3), r.str(4), r.i64(5) != 0, r.i64(6), r.i64(7), r.i64(8)});
}

core::Result<std::vector<StagedRow>> import_rows_page(Connection& conn, const std::string& key, bool only_problems,
                                                      int64_t offset, int64_t limit) {
  auto rows = conn.query(only_problems ? "SELECT seq, line, ok, data FROM import_rows WHERE batch_key = ? AND ok = 0 "
                                         "ORDER BY seq LIMIT ? OFFSET ?"
                                       : "SELECT seq, line, ok, data FROM import_rows WHERE batch_key = ? "
                                         "ORDER BY seq LIMIT ? OFFSET ?",
                         {key, limit, offset});
  if (!rows.ok()) return rows.error();
  std::vector<StagedRow> out;
  out.reserve(rows->size());
  for (const Row& r : *rows) out.push_back({r.i64(0), r.i64(1), r.i64(2) != 0, r.str(3)});
  return out;
}

core::Status drop_import_batch(Connection& conn, const std::string& key) {
  return in_transaction(conn, [&]() -> core::Status {
    auto r = conn.exec("DELETE FROM import_rows WHERE batch_key = ?", {key});
    if (!r.ok()) return r.error();
    r = conn.exec("DELETE FROM import_batches WHERE batch_key = ?", {key});
    if (!r.ok()) return r.error();
    return {};
  });
}

core::Result<int64_t> purge_import_batches(Connection& conn, const std::string& before) {
  auto old = conn.query("SELECT batch_key FROM import_batches WHERE created_at < ? LIMIT 100", {before});
  if (!old.ok()) return old.error();
  int64_t n = 0;
  for (const Row& r : *old) {
    THIDUA_TRY(drop_import_batch(conn, r.str(0)));
    ++n;
  }
  return n;
}

}  // namespace thidua::store
