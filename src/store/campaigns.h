// Campaigns and their plans: the header columns, the plan's text (JSON),
// award types, criteria, participating units and the state history.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/campaign.h"
#include "core/result.h"
#include "store/db.h"

namespace thidua::store {

// Inserts the whole campaign (id, award type and criterion ids are ignored
// and assigned) with one event (to its state) by `actor_user_id`, resolves
// the participating units (campaign_units: every unit inside a target
// subtree whose kind is one of target_unit_kinds, all kinds when none is
// named, and still open after the campaign's first day: period.start_date,
// else issue_date, else `now`'s date in Vietnam; a draft is not resolved
// again when launched). Returns the new id. The caller holds the transaction.
core::Result<int64_t> insert_campaign(Connection& conn, const core::Campaign& c, std::optional<int64_t> actor_user_id,
                                      const std::string& actor_name, const std::string& now);

// Replaces the plan of a campaign (all fields but id, state and number) when
// the stored version equals `expected_version` (else kConflict); award types
// and criteria are replaced, so only a campaign nothing points at yet (a
// draft) may be edited: the caller checks. Re-resolves the participating units.
core::Status update_campaign(Connection& conn, const core::Campaign& c, int64_t expected_version,
                             const std::string& now);

// The whole campaign with award type and criterion ids; nullopt when absent.
core::Result<std::optional<core::Campaign>> find_campaign(Connection& conn, int64_t id);

struct CampaignQuery {
  std::optional<int64_t> id;                // only this campaign
  std::optional<int64_t> issued_by;         // only plans this unit issued (index campaigns_issuer)
  std::optional<core::CampaignKind> kind;   // only plans of this kind
  std::vector<core::CampaignState> states;  // empty: every state
  // When set: only campaigns issued inside these subtrees OR in which a unit
  // inside them takes part. Empty vector: nothing. nullopt: no restriction.
  std::optional<std::vector<std::string>> visible_in;
  // When set: drafts and approved (unpublished) plans only when issued inside
  // these subtrees. nullopt: no restriction.
  std::optional<std::vector<std::string>> unpublished_in;
  int64_t offset = 0;
  int64_t limit = 50;
};

// Newest first (by id).
core::Result<std::vector<core::CampaignSummary>> list_campaigns(Connection& conn, const CampaignQuery& q);
core::Result<int64_t> count_campaigns(Connection& conn, const CampaignQuery& q);

// Moves the campaign from `from` to `to` when it is still in `from` with
// version `expected_version` (else kConflict), bumping the version, and
// records the event. When `number` is set, the number, issue date and date
// text are stored too (publication).
struct StateChange {
  core::CampaignState from;
  core::CampaignState to;
  int64_t expected_version = 0;
  std::optional<int> number;
  std::optional<std::string> issue_date;
  std::optional<std::string> date_text;
  std::optional<int64_t> actor_user_id;
  std::string actor_name;
  std::string note;
};
core::Status change_campaign_state(Connection& conn, int64_t campaign_id, const StateChange& change,
                                   const std::string& now);

core::Result<std::vector<core::CampaignEvent>> campaign_events(Connection& conn, int64_t campaign_id);

// Removes from campaign `campaign_id`'s participating units those closed on
// or before ISO `first_day` (merged, split, dissolved): a draft written before
// a reorganisation and published after it. The units that received their
// work and people were already taking part (subtrees are resolved when the
// plan is stored) and stay.
core::Status drop_closed_units(Connection& conn, int64_t campaign_id, const std::string& first_day);

// The participating units (id, code, name, path) in tree order (by path:
// each parent before its units). All of them: a national plan has tens of
// thousands; a page asks for campaign_units_within instead.
core::Result<std::vector<core::ParticipatingUnit>> campaign_units(Connection& conn, int64_t campaign_id);
core::Result<bool> unit_takes_part(Connection& conn, int64_t campaign_id, int64_t unit_id);

// The first `limit` participating units in campaign_units' order, only those
// inside one of `within`'s paths when it is given (an empty list: none);
// `more` when others were left out. One statement, whatever the plan's size.
struct ParticipatingSlice {
  std::vector<core::ParticipatingUnit> units;
  bool more = false;
};
core::Result<ParticipatingSlice> campaign_units_within(Connection& conn, int64_t campaign_id,
                                                       const std::optional<std::vector<std::string>>& within,
                                                       size_t limit);

// The unit `unit_id` when it takes part in the plan, else nullopt.
core::Result<std::optional<core::ParticipatingUnit>> campaign_unit(Connection& conn, int64_t campaign_id,
                                                                   int64_t unit_id);

// For each of `unit_paths`, the deepest participating unit that is that unit
// or one of its ancestors; a path none of them holds is absent from the map.
// One statement per 400 distinct ancestors, whatever the plan's size.
core::Result<std::map<std::string, core::ParticipatingUnit>> campaign_unit_holders(
    Connection& conn, int64_t campaign_id, const std::vector<std::string>& unit_paths);

}  // namespace thidua::store
