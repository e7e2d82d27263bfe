// A campaign's closing documents as administrative documents in the Decree
// 30/2020 layout, ready for docs::write_pdf / docs::write_docx. Pure.
//
// The results notice (Thông báo kết quả khen thưởng, TB): which awards were
// given under which decision (an own decision, or a higher authority's answer
// granting a proposal), how many collectives and individuals each, the total;
// the list of awardees on its own pages ("DANH SÁCH … (Kèm theo Thông báo số
// … ngày …)"), decision by decision, collectives first.
//
// The closing summary report (Báo cáo tổng kết, BC): I. how the campaign ran
// (participating units and their plans, registration rate, targets and their
// average completion, nominations and those the council passed); II. the
// awards by award type with the total, the units' results in an annex;
// III. the decisions. The awards counted are those of `results.decisions`
// (its `counts` are not used), so both documents count what the notice lists.
//
// Both are drafts (no number, undated, "DỰ THẢO") until the campaign is
// finalised; then numbered and dated as `issued` says, signed by the plan's
// signer for the issuing agency.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "app/awards.h"
#include "core/campaign.h"
#include "core/campaign_report.h"
#include "core/unit_progress.h"
#include "docs/document.h"

namespace thidua::app {

// The figures of I. in the summary.
struct ClosingFigures {
  core::ProgressTotals progress;
  int64_t nominations = 0;  // every nomination made
  int64_t passed = 0;       // those the council passed (passed, decided, proposed, granted or refused)
};

// The closing document's symbol: its type and the agency's abbreviation
// ("TB-STNMT", "BC-SNNMT"; app::issuer_on).
std::string closing_symbol(core::CampaignReportKind kind, const std::string& agency_symbol);

// `agency` is the issuing unit's name as written in a sentence ("Sở Tài
// nguyên và Môi trường"); `symbol_agency` the abbreviation a draft's symbol
// takes (an issued document keeps its own); `today` (ISO) dates a draft's year.
docs::AdministrativeDocument results_notice(const core::Campaign& c, const std::string& agency,
                                            const std::string& symbol_agency, const CampaignResults& results,
                                            const std::optional<core::CampaignReport>& issued,
                                            const std::string& today);
docs::AdministrativeDocument summary_report(const core::Campaign& c, const std::string& agency,
                                            const std::string& symbol_agency, const CampaignResults& results,
                                            const ClosingFigures& figures,
                                            const std::optional<core::CampaignReport>& issued,
                                            const std::string& today);

}  // namespace thidua::app
