#include "store/settings.h"

#include "core/names.h"

namespace thidua::store {

core::Result<std::optional<std::string>> get_setting(Connection& conn, const std::string& key) {
  auto rows = conn.query("SELECT value FROM settings WHERE key = ?", {key});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<std::string>{};
  return std::optional<std::string>((*rows)[0].str(0));
}

core::Status put_setting(Connection& conn, const std::string& key, const std::string& value, const std::string& now) {
  auto r = conn.exec(
      "INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
      "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
      {key, value, now});
  if (!r.ok()) return r.error();
  return {};
}

core::Result<std::vector<std::string>> family_names_as_written(Connection& conn) {
  // On PostgreSQL with a share lock on the row (migration 110 creates it):
  // a save of the list (an UPDATE, then a re-key) waits for the writers of
  // people that read it, and they wait for the save, so no person is keyed
  // with a list that lost. SQLite writers take turns already.
  auto rows = conn.query(std::string("SELECT value FROM settings WHERE key = ?") +
                             (conn.engine() == Engine::kPostgres ? " FOR SHARE" : ""),
                         {std::string(kSettingFamilyNames)});
  if (!rows.ok()) return rows.error();
  std::optional<std::string> value;
  if (!rows->empty()) value = (*rows)[0].str(0);
  std::vector<std::string> out;
  if (!value) return out;
  const std::string& text = *value;
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

}  // namespace thidua::store

namespace thidua::store {

core::Result<std::vector<std::string>> extra_family_names(Connection& conn) {
  auto names = family_names_as_written(conn);
  if (!names.ok()) return names.error();
  for (auto& n : *names) n = core::fold(n);
  return names;
}

}  // namespace thidua::store
