// Use cases for the award history (lịch sử khen thưởng) and a campaign's
// results: the history of a person or a collective, the searchable list of
// awards within the actor's scope, one award's certificate, the public
// results of a campaign and its closing summary (counts per unit and award).
//
// Who sees an award: anyone whose kViewOrg scope holds the award's unit (the
// collective awarded, or the unit that nominated the person). The public sees
// the results of published campaigns that have an approved decision or a
// granted proposal.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "app/context.h"
#include "app/fairness.h"
#include "app/list_columns.h"
#include "app/org.h"
#include "app/people.h"
#include "core/authz.h"
#include "core/result.h"
#include "store/awards.h"
#include "store/campaigns.h"
#include "store/decisions.h"

namespace thidua::app {

// The awards of a person the caller has already been allowed to see (the
// detail comes from get_person), newest first.
core::Result<std::vector<core::AwardRecord>> person_awards(const Services& services, const PersonDetail& person);

// The collective awards of a unit the caller may see (from get_unit).
core::Result<std::vector<core::AwardRecord>> unit_awards(const Services& services, const UnitDetail& unit);

struct AwardFilter {
  std::string name;                // free text, folded
  std::string granted_by;          // the granting authority, free text, folded
  std::optional<core::AwardSource> source;  // issued here or recorded from the past; nullopt: both
  std::optional<int> year;
  std::string award_name;          // exactly this award ("Giấy khen"), "" for all
  std::string award_text;          // awards whose name has words starting so ("lao dong tien"), folded
  std::optional<int64_t> unit_id;  // inside this unit's subtree
  int page = 1;
  int page_size = 50;              // 1..200
};

struct AwardListing {
  std::vector<core::AwardRecord> items;
  int page = 1;
  int page_size = 50;
  int64_t total = 0;
};

// Awards within the actor's kViewOrg scope matching the filter. A unit the
// actor may not see gives kNotFound.
core::Result<AwardListing> search_awards(const Services& services, const core::Actor& actor, const AwardFilter& f);

// The register's columns (exports), in order, with their keys.
const std::vector<ListColumn>& award_register_columns();

// Every award matching the filter (its page ignored) as XLSX at `path`,
// newest decision first, a thousand rows per query; kExportLists somewhere
// and the search's scope. Returns the number of rows.
core::Result<int64_t> export_awards_xlsx(const Services& services, const core::Actor& actor, const AwardFilter& f,
                                         const std::string& path);

// One award if the actor may see it (else kNotFound).
core::Result<core::AwardRecord> get_award(const Services& services, const core::Actor& actor, int64_t id);

// The results of a campaign: the approved decisions and granted proposals
// with their awardees, and the summary counts.
struct DecisionResult {
  core::DecisionRecord decision;
  std::vector<core::AwardRecord> awards;
};
struct CampaignResults {
  core::CampaignSummary campaign;
  std::vector<DecisionResult> decisions;
  std::vector<core::AwardCount> counts;
};

// For the public: kNotFound unless the campaign is published (or later) and
// has at least one award granted.
core::Result<CampaignResults> public_results(const Services& services, int64_t campaign_id);

// Of the public campaigns `campaign_ids` (a page of the public list), those
// whose results public_results() shows: one query for the page.
core::Result<std::set<int64_t>> campaigns_with_public_results(const Services& services,
                                                              const std::vector<int64_t>& campaign_ids);

// Whether the actor reads a campaign's results and closing documents: a
// tracker (kTrackCampaigns, kDraftDecisions or kApproveDecisions on the
// issuing unit at `issuing_unit_path`); kForbidden otherwise.
core::Status require_results_reader(const core::Actor& actor, const std::string& issuing_unit_path);

// For trackers (require_results_reader): the same results whatever their number.
core::Result<CampaignResults> campaign_results(const Services& services, const core::Actor& actor,
                                               int64_t campaign_id);

// For trackers (require_results_reader): only the summary counts (per unit
// and award type), one query, for the closing summary's charts.
core::Result<std::vector<core::AwardCount>> campaign_award_counts(const Services& services, const core::Actor& actor,
                                                                  int64_t campaign_id);

// Writes the closing summary as XLSX at `path` (per unit and award: individuals,
// collectives; a total row), and, when given, the fairness figures as a
// second sheet (app/fairness.h). Returns the number of data rows of the first.
core::Result<int64_t> write_summary_xlsx(const CampaignResults& results, const std::string& path,
                                         const FairnessReport* fairness = nullptr);

// Every award of an approved decision the actor may read (see decisions.h).
core::Result<std::vector<core::AwardRecord>> decision_awards(const Services& services, const core::Actor& actor,
                                                              int64_t campaign_id, int64_t decision_id);

}  // namespace thidua::app
