#include "store/issued_documents.h"

namespace thidua::store {

core::Result<std::optional<core::IssuedDocument>> find_issued_document(Connection& conn, const std::string& subject,
                                                                      int64_t subject_id) {
  auto rows = conn.query(
      "SELECT id, subject, subject_id, sha256, size, signed_at, signer_user_id, agency_unit_id, "
      "signer_cert_sha256, agency_cert_sha256 FROM issued_documents WHERE subject = ? AND subject_id = ?",
      {subject, subject_id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<core::IssuedDocument>();
  const auto& r = (*rows)[0];
  core::IssuedDocument d;
  d.id = r.i64(0);
  d.subject = r.str(1);
  d.subject_id = r.i64(2);
  d.sha256 = r.str(3);
  d.size = r.i64(4);
  d.signed_at = r.str(5);
  d.signer_user_id = r.opt_i64(6);
  d.agency_unit_id = r.i64(7);
  d.signer_cert_sha256 = r.str(8);
  d.agency_cert_sha256 = r.str(9);
  return std::optional<core::IssuedDocument>(std::move(d));
}

core::Result<bool> insert_issued_document(Connection& conn, const core::IssuedDocument& d) {
  auto rows = conn.query(
      "INSERT INTO issued_documents (subject, subject_id, sha256, size, signed_at, signer_user_id, agency_unit_id, "
      "signer_cert_sha256, agency_cert_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "ON CONFLICT (subject, subject_id) DO NOTHING RETURNING id",
      {d.subject, d.subject_id, d.sha256, d.size, d.signed_at,
       opt(d.signer_user_id), d.agency_unit_id, d.signer_cert_sha256,
       d.agency_cert_sha256});
  if (!rows.ok()) return rows.error();
  return !rows->empty();
}

}  // namespace thidua::store
