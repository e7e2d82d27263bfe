// Use case: the fairness figures (cơ cấu khen thưởng, issue 13 #4; rules in
// core/fairness.h) of one campaign, or of a range of years within an agency,
// for the page, the API and the closing summary's XLSX.
//
// Who: the readers of a campaign's results (app/awards.h
// require_results_reader: tracking, drafting or approving on the unit). For
// a campaign the agency is its issuing unit (kNotFound for a campaign the
// actor does not see); for years it is the unit named, else the highest unit
// on which the actor reads results (kForbidden when there is none).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/context.h"
#include "core/authz.h"
#include "core/campaign.h"
#include "core/fairness.h"
#include "core/result.h"
#include "io/xlsx_writer.h"

namespace thidua::app {

inline constexpr int kFairnessMaxYears = 50;

struct FairnessRequest {
  std::optional<int64_t> campaign_id;  // else the years
  std::optional<int64_t> unit_id;      // years only; nullopt: the actor's highest unit
  int from_year = 0;                   // years only: kFirstEvaluationYear..this year, from <= to,
  int to_year = 0;                     // at most kFairnessMaxYears years (else kValidation on "from_year")
};

struct FairnessReport {
  std::optional<core::CampaignSummary> campaign;
  int64_t unit_id = 0;
  std::string unit_name;
  int from_year = 0;  // 0 for a campaign
  int to_year = 0;
  std::vector<core::FairnessTable> tables;  // core::fairness_tables order
  // Years only: units merged, split or dissolved into the subtree that were
  // still open in the range (their awards are counted), earliest closing
  // first, at most kFairnessMaxPredecessors.
  std::vector<core::Unit> predecessors;
};

inline constexpr int64_t kFairnessMaxPredecessors = 100;

// Whether the actor reads results somewhere (a link to the page is worth showing).
bool may_view_fairness(const core::Actor& actor);

core::Result<FairnessReport> fairness_report(const Services& services, const core::Actor& actor,
                                             const FairnessRequest& request);

// The caption of a table ("Khen thưởng cá nhân theo giới tính").
std::string fairness_table_caption(const core::FairnessTable& t);

// What the figures cover, one sentence.
std::string fairness_scope_text(const FairnessReport& r);

// Appends the report as a sheet of `writer` (a header row, then for each
// table its rows and a total row; shares as "62,5 %").
core::Status write_fairness_sheet(io::XlsxWriter& writer, const FairnessReport& r);

// The report alone as an XLSX at `path`. Returns the number of data rows.
core::Result<int64_t> write_fairness_xlsx(const FairnessReport& r, const std::string& path);

}  // namespace thidua::app
