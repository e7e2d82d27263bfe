#include "store/award_rule_sets.h"

#include "core/messages_vi/eligibility.h"

namespace thidua::store {

namespace {

constexpr const char* kSelect =
    "SELECT r.code, r.effective_from, r.set_json, r.withdrawn, COALESCE(r.updated_by, 0), "
    "COALESCE(u.display_name, ''), r.updated_at, r.version FROM award_rule_sets r "
    "LEFT JOIN users u ON u.id = r.updated_by";

StoredRuleSet set_from(const Row& r) {
  StoredRuleSet s;
  s.code = r.str(0);
  s.effective_from = r.str(1);
  s.set_json = r.str(2);
  s.withdrawn = r.i64(3) != 0;
  s.updated_by = r.i64(4);
  s.updated_by_name = r.str(5);
  s.updated_at = r.str(6);
  s.version = r.i64(7);
  return s;
}

core::Result<std::optional<StoredRuleSet>> find(Connection& conn, const std::string& code,
                                                const std::string& effective_from) {
  auto rows = conn.query(std::string(kSelect) + " WHERE r.code = ? AND r.effective_from = ?", {code, effective_from});
  if (!rows.ok()) return rows.error();
  if (rows->rows.empty()) return std::optional<StoredRuleSet>();
  return std::optional<StoredRuleSet>(set_from(rows->rows.at(0)));
}

core::Error edited_meanwhile() {
  return core::make_error(core::errc::kConflict, core::messages_vi::kRuleSetEditedMeanwhile, "version");
}

}  // namespace

core::Result<std::vector<StoredRuleSet>> stored_rule_sets(Connection& conn) {
  auto rows = conn.query(std::string(kSelect) + " ORDER BY r.code, r.effective_from");
  if (!rows.ok()) return rows.error();
  std::vector<StoredRuleSet> out;
  for (const auto& r : *rows) out.push_back(set_from(r));
  return out;
}

core::Result<std::optional<StoredRuleSet>> put_rule_set(Connection& conn, const StoredRuleSet& set,
                                                        int64_t expected_version) {
  auto before = find(conn, set.code, set.effective_from);
  if (!before.ok()) return before.error();
  const int64_t have = *before ? (*before)->version : 0;
  if (have != expected_version) return edited_meanwhile();
  // updated_by 0 (the operator) is stored as NULL.
  auto n = *before ? conn.exec("UPDATE award_rule_sets SET set_json = ?, withdrawn = ?, updated_by = NULLIF(?, 0), "
                               "updated_at = ?, version = version + 1 WHERE code = ? AND effective_from = ? AND "
                               "version = ?",
                               {set.set_json, int64_t{set.withdrawn ? 1 : 0}, set.updated_by, set.updated_at, set.code,
                                set.effective_from, expected_version})
                   : conn.exec("INSERT INTO award_rule_sets (code, effective_from, set_json, withdrawn, updated_by, "
                               "updated_at, version) VALUES (?,?,?,?,NULLIF(?, 0),?,1)",
                               {set.code, set.effective_from, set.set_json, int64_t{set.withdrawn ? 1 : 0},
                                set.updated_by, set.updated_at});
  if (!n.ok()) {
    // Two first edits at once: the primary key refuses the second.
    if (n.error().code == core::errc::kConflict) return edited_meanwhile();
    return n.error();
  }
  if (*n != 1) return edited_meanwhile();
  return before;
}

core::Result<StoredRuleSet> delete_rule_set(Connection& conn, const std::string& code,
                                            const std::string& effective_from, int64_t expected_version) {
  auto before = find(conn, code, effective_from);
  if (!before.ok()) return before.error();
  if (!*before || (*before)->version != expected_version) return edited_meanwhile();
  auto n = conn.exec("DELETE FROM award_rule_sets WHERE code = ? AND effective_from = ? AND version = ?",
                     {code, effective_from, expected_version});
  if (!n.ok()) return n.error();
  if (*n != 1) return edited_meanwhile();
  return **before;
}

}  // namespace thidua::store
