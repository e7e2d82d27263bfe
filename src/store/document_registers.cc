#include "store/document_registers.h"

namespace thidua::store {

core::Result<int64_t> take_document_number(Connection& conn, int64_t agency_unit_id, const std::string& doc_type,
                                           int year) {
  // One atomic upsert on both engines: the first number of a register creates
  // its row; later ones increment it under the row lock.
  auto rows = conn.query(
      "INSERT INTO document_registers (agency_unit_id, doc_type, year, last_number) VALUES (?, ?, ?, 1) "
      "ON CONFLICT (agency_unit_id, doc_type, year) "
      "DO UPDATE SET last_number = document_registers.last_number + 1 RETURNING last_number",
      {agency_unit_id, doc_type, static_cast<int64_t>(year)});
  if (!rows.ok()) return rows.error();
  return (*rows)[0].i64(0);
}

core::Result<int64_t> last_document_number(Connection& conn, int64_t agency_unit_id, const std::string& doc_type,
                                           int year) {
  auto rows = conn.query(
      "SELECT last_number FROM document_registers WHERE agency_unit_id = ? AND doc_type = ? AND year = ?",
      {agency_unit_id, doc_type, static_cast<int64_t>(year)});
  if (!rows.ok()) return rows.error();
  return rows->empty() ? int64_t{0} : (*rows)[0].i64(0);
}

core::Status continue_document_register(Connection& conn, int64_t agency_unit_id, const std::string& doc_type,
                                        int year, int64_t last_number) {
  auto done = conn.exec(
      "INSERT INTO document_registers (agency_unit_id, doc_type, year, last_number) VALUES (?, ?, ?, ?) "
      "ON CONFLICT (agency_unit_id, doc_type, year) DO UPDATE SET last_number = CASE "
      "WHEN document_registers.last_number < excluded.last_number THEN excluded.last_number "
      "ELSE document_registers.last_number END",
      {agency_unit_id, doc_type, static_cast<int64_t>(year), last_number});
  if (!done.ok()) return done.error();
  return {};
}

}  // namespace thidua::store
