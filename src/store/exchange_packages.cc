#include "store/exchange_packages.h"

namespace thidua::store {
namespace {

constexpr const char* kColumns =
    "SELECT p.id, p.package_id, p.direction, p.kind, p.sender_code, p.receiver_code, p.sequence, p.manifest_sha256, "
    "p.package_sha256, p.package_size, p.decision_id, p.submission_id, p.refers_to, p.reference, p.round, p.outcome, "
    "p.signer, p.created_by, p.created_at, p.note, d.campaign_id, p.counterpart_name "
    "FROM exchange_packages p LEFT JOIN decisions d ON d.id = p.decision_id ";

ExchangePackageRow row_of(const Row& r) {
  ExchangePackageRow x;
  x.id = r.i64(0);
  x.package_id = r.str(1);
  x.direction = r.str(2);
  x.kind = r.str(3);
  x.sender_code = r.str(4);
  x.receiver_code = r.str(5);
  x.sequence = r.i64(6);
  x.manifest_sha256 = r.str(7);
  x.package_sha256 = r.str(8);
  x.package_size = r.i64(9);
  x.decision_id = r.opt_i64(10);
  x.submission_id = r.opt_i64(11);
  x.refers_to = r.str(12);
  x.reference = r.str(13);
  x.round = static_cast<int>(r.i64(14));
  x.outcome = r.str(15);
  x.signer = r.str(16);
  x.created_by = r.opt_i64(17);
  x.created_at = r.str(18);
  x.note = r.str(19);
  x.campaign_id = r.opt_i64(20);
  x.counterpart_name = r.str(21);
  return x;
}

core::Result<std::vector<ExchangePackageRow>> rows_where(Connection& conn, const std::string& where,
                                                         const Params& params) {
  auto rows = conn.query(std::string(kColumns) + "WHERE " + where + " ORDER BY p.id", params);
  if (!rows.ok()) return rows.error();
  std::vector<ExchangePackageRow> out;
  out.reserve(rows->size());
  for (const auto& r : *rows) out.push_back(row_of(r));
  return out;
}

}  // namespace

core::Result<int64_t> insert_exchange_package(Connection& conn, const ExchangePackageRow& x) {
  auto rows = conn.query(
      "INSERT INTO exchange_packages (package_id, direction, kind, sender_code, receiver_code, sequence, "
      "manifest_sha256, package_sha256, package_size, decision_id, submission_id, refers_to, reference, round, "
      "outcome, note, counterpart_name, signer, created_by, created_at) "
      "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id",
      {x.package_id, x.direction, x.kind, x.sender_code, x.receiver_code, x.sequence, x.manifest_sha256,
       x.package_sha256, x.package_size, opt(x.decision_id), opt(x.submission_id), x.refers_to, x.reference,
       static_cast<int64_t>(x.round), x.outcome, x.note, x.counterpart_name, x.signer, opt(x.created_by),
       x.created_at});
  if (!rows.ok()) return rows.error();
  return (*rows)[0].i64(0);
}

core::Result<std::optional<ExchangePackageRow>> find_exchange_package(Connection& conn, const std::string& direction,
                                                                      const std::string& package_id) {
  auto rows = rows_where(conn, "p.direction = ? AND p.package_id = ?", {direction, package_id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<ExchangePackageRow>{};
  return std::optional<ExchangePackageRow>(std::move(rows->front()));
}

core::Result<int64_t> last_sequence(Connection& conn, const std::string& direction, const std::string& sender_code,
                                    const std::string& receiver_code) {
  auto rows = conn.query(
      "SELECT COALESCE(MAX(sequence), 0) FROM exchange_packages WHERE direction = ? AND sender_code = ? AND "
      "receiver_code = ?",
      {direction, sender_code, receiver_code});
  if (!rows.ok()) return rows.error();
  return (*rows)[0].i64(0);
}

core::Result<std::optional<ExchangePackageRow>> package_with_sequence(Connection& conn, const std::string& direction,
                                                                      const std::string& sender_code,
                                                                      const std::string& receiver_code,
                                                                      int64_t sequence) {
  auto rows = rows_where(conn, "p.direction = ? AND p.sender_code = ? AND p.receiver_code = ? AND p.sequence = ?",
                         {direction, sender_code, receiver_code, sequence});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<ExchangePackageRow>{};
  return std::optional<ExchangePackageRow>(std::move(rows->front()));
}

core::Result<std::optional<ExchangePackageRow>> first_package_from(Connection& conn, const std::string& direction,
                                                                   const std::string& sender_code) {
  auto rows = conn.query(std::string(kColumns) + "WHERE p.direction = ? AND p.sender_code = ? ORDER BY p.id LIMIT 1",
                         {direction, sender_code});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<ExchangePackageRow>{};
  return std::optional<ExchangePackageRow>(row_of((*rows)[0]));
}

core::Result<std::vector<ExchangePackageRow>> packages_of_decision(Connection& conn, int64_t decision_id) {
  return rows_where(conn, "p.decision_id = ?", {decision_id});
}

core::Result<std::vector<ExchangePackageRow>> packages_of_submission(Connection& conn, int64_t submission_id) {
  return rows_where(conn, "p.submission_id = ?", {submission_id});
}

}  // namespace thidua::store
