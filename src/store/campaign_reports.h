// The closing documents' numbers (migration 106): one row per campaign and
// kind, written when the campaign is finalised, never updated nor deleted.
#pragma once

#include <cstdint>
#include <vector>

#include "core/campaign_report.h"
#include "core/result.h"
#include "store/db.h"

namespace thidua::store {

// Inserts `r` (id ignored) inside the caller's transaction; returns the id.
// A second row of the same campaign and kind is a storage error (unique index).
core::Result<int64_t> insert_campaign_report(Connection& conn, const core::CampaignReport& r);

// The campaign's closing documents, in kind order (results, then summary),
// each with its signed file's hash when it has one; empty before it is
// finalised. One query.
core::Result<std::vector<core::CampaignReport>> campaign_reports(Connection& conn, int64_t campaign_id);

// The campaign's decisions (and granted proposals) that gave awards,
// ascending by id. One query over the awards' campaign index.
core::Result<std::vector<int64_t>> decisions_with_awards(Connection& conn, int64_t campaign_id);

}  // namespace thidua::store
