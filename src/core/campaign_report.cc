#include "core/campaign_report.h"

namespace thidua::core {

std::string_view campaign_report_code(CampaignReportKind k) {
  return k == CampaignReportKind::kResults ? "results" : "summary";
}

std::optional<CampaignReportKind> parse_campaign_report(std::string_view code) {
  if (code == "results") return CampaignReportKind::kResults;
  if (code == "summary") return CampaignReportKind::kSummary;
  return std::nullopt;
}

std::string_view campaign_report_doc_type(CampaignReportKind k) {
  return k == CampaignReportKind::kResults ? "TB" : "BC";
}

}  // namespace thidua::core
