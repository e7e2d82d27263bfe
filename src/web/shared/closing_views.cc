#include "web/shared/closing_views.h"

#include <algorithm>
#include <string>

#include "app/decision_document.h"
#include "core/campaign_rules.h"
#include "core/messages_vi/closing_documents.h"
#include "web/shared/format.h"

namespace thidua::web {
namespace json = boost::json;
namespace msg = core::messages_vi;

boost::json::object closing_view(const core::Actor& actor, const core::CampaignSummary& campaign,
                                 const std::vector<core::DecisionRecord>& decisions,
                                 const std::vector<core::CampaignReport>& issued) {
  json::object out;
  json::array lines;
  bool results = false, summary = false;
  for (const auto& c : issued) {
    const bool is_results = c.kind == core::CampaignReportKind::kResults;
    (is_results ? results : summary) = true;
    const std::string number = app::document_number_symbol(c.number, c.doc_symbol);
    out[is_results ? "results_notice" : "summary_report"] = number;
    lines.push_back(json::value(
        msg::page_closing_issued(is_results, number, vietnamese_date(c.issue_date), !c.signed_sha256.empty())));
  }
  out["lines"] = std::move(lines);
  if (campaign.state != core::CampaignState::kFinalised) {
    out["drafts"] = msg::kPageClosingDrafts;
    return out;
  }
  // Awards given: an approved decision, or a proposal the higher authority granted.
  const bool awarded = std::any_of(decisions.begin(), decisions.end(), [](const core::DecisionRecord& d) {
    return d.state == core::DecisionState::kApproved &&
           (d.kind == core::DecisionKind::kDecision || d.answer == core::HigherAnswer::kGranted);
  });
  const bool pending = !summary || (awarded && !results);
  if (pending && core::may_move_campaign(actor, core::CampaignState::kFinalised, campaign.issuing_unit_path)) {
    out["pending"] = msg::kPageClosingPending;
    out["issue_href"] = "/dot-thi-dua/" + std::to_string(campaign.id) + "/van-ban-tong-ket";
  }
  return out;
}

boost::json::array closing_documents_json(const std::vector<core::CampaignReport>& issued) {
  json::array out;
  for (const auto& c : issued) {
    out.push_back(json::object{{"kind", std::string(core::campaign_report_code(c.kind))},
                               {"number_symbol", app::document_number_symbol(c.number, c.doc_symbol)},
                               {"issue_date", c.issue_date},
                               {"signed", !c.signed_sha256.empty()},
                               {"sha256", c.signed_sha256.empty() ? json::value(nullptr) : json::value(c.signed_sha256)}});
  }
  return out;
}

}  // namespace thidua::web
