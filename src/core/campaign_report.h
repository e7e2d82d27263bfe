// The closing documents of a campaign (store/campaign_reports.h): the results
// notice (Thông báo kết quả khen thưởng) and the closing summary report (Báo
// cáo tổng kết), numbered in the issuing agency's registers of notices (TB)
// and reports (BC) when the campaign is finalised. Pure values.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace thidua::core {

enum class CampaignReportKind { kResults, kSummary };
std::string_view campaign_report_code(CampaignReportKind k);  // "results", "summary"
std::optional<CampaignReportKind> parse_campaign_report(std::string_view code);
// The register its number is taken from (Decree 30/2020, Appendix III): "TB", "BC".
std::string_view campaign_report_doc_type(CampaignReportKind k);

struct CampaignReport {
  int64_t id = 0;
  int64_t campaign_id = 0;
  CampaignReportKind kind = CampaignReportKind::kResults;
  std::string doc_symbol;  // "TB-STNMT"
  int64_t number = 0;
  std::string issue_date;  // ISO date
  std::optional<int64_t> issued_by;
  std::string issued_at;  // ISO instant
  // The inputs fixed at issue, as JSON (app/closing_reports.cc writes and
  // reads them): the agency's name, the decisions listed, the summary's figures.
  std::string content;
  // Read only: the SHA-256 of its signed PDF (issued_documents), "" while unsigned.
  std::string signed_sha256;
};

}  // namespace thidua::core
