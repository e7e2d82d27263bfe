#include "store/campaign_reports.h"

#include <algorithm>

#include "core/issued_document.h"

namespace thidua::store {

core::Result<int64_t> insert_campaign_report(Connection& conn, const core::CampaignReport& r) {
  auto rows = conn.query(
      "INSERT INTO campaign_reports (campaign_id, kind, doc_symbol, number, issue_date, issued_by, issued_at, "
      "content) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {r.campaign_id, std::string(core::campaign_report_code(r.kind)), r.doc_symbol, r.number, r.issue_date,
       opt(r.issued_by), r.issued_at, r.content});
  if (!rows.ok()) return rows.error();
  return (*rows)[0].i64(0);
}

core::Result<std::vector<core::CampaignReport>> campaign_reports(Connection& conn, int64_t campaign_id) {
  auto rows = conn.query(
      "SELECT r.id, r.campaign_id, r.kind, r.doc_symbol, r.number, r.issue_date, r.issued_by, r.issued_at, "
      "r.content, COALESCE(d.sha256, '') FROM campaign_reports r LEFT JOIN issued_documents d "
      "ON d.subject = (CASE r.kind WHEN 'results' THEN ? ELSE ? END) AND d.subject_id = r.campaign_id "
      "WHERE r.campaign_id = ?",
      {std::string(core::kIssuedResultsNotice), std::string(core::kIssuedSummaryReport), campaign_id});
  if (!rows.ok()) return rows.error();
  std::vector<core::CampaignReport> out;
  for (const auto& r : *rows) {
    auto kind = core::parse_campaign_report(r.str(2));
    if (!kind) continue;  // written from the enum: nothing else is stored
    core::CampaignReport c;
    c.id = r.i64(0);
    c.campaign_id = r.i64(1);
    c.kind = *kind;
    c.doc_symbol = r.str(3);
    c.number = r.i64(4);
    c.issue_date = r.str(5);
    c.issued_by = r.opt_i64(6);
    c.issued_at = r.str(7);
    c.content = r.str(8);
    c.signed_sha256 = r.str(9);
    out.push_back(std::move(c));
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.kind < b.kind; });
  return out;
}

core::Result<std::vector<int64_t>> decisions_with_awards(Connection& conn, int64_t campaign_id) {
  auto rows = conn.query(
      "SELECT DISTINCT decision_id FROM awards WHERE campaign_id = ? AND decision_id IS NOT NULL ORDER BY decision_id",
      {campaign_id});
  if (!rows.ok()) return rows.error();
  std::vector<int64_t> out;
  for (const auto& r : *rows) out.push_back(r.i64(0));
  return out;
}

}  // namespace thidua::store
