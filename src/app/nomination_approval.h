// Use case: the unit head's approval of what the unit proposes (issue 11 #3,
// domain.md §2 "the unit head approves what the unit submits"). Where
// core::needs_head_approval holds (the annual review), a unit officer's
// proposals wait as pending; a head over the nominating unit approves them,
// which sends them to the office (submitted), or returns them with a reason
// to the unit (returned; the unit edits and resubmits, pending again).
//
// Who: kApproveUnitWork on the nominating unit, never on a nomination the
// head submitted or is the nominee of (core/own_records.h: kOwnRecord). A
// proposal of someone who heads the unit never waits here: it goes to the
// office directly, whose review is then the check (app/nominations.h). Those
// who see the nomination otherwise get kForbidden; others kNotFound. Each
// move is audited ("nomination.head_approve", "nomination.head_return").
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/context.h"
#include "core/authz.h"
#include "core/nomination.h"
#include "core/result.h"

namespace thidua::app {

// Approves pending nomination `id` when its version is `expected_version`
// (kConflict when no longer pending or changed meanwhile).
core::Status head_approve_nomination(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                     int64_t id, int64_t expected_version, const RequestMeta& meta);

// Returns pending nomination `id` to its unit with `reason` (required, as
// core::validate_return_reason).
core::Status head_return_nomination(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                    int64_t id, std::string reason, int64_t expected_version,
                                    const RequestMeta& meta);

// Approves the pending nominations `ids` of unit `unit_id` together: all or
// none. kValidation on "ids" when empty or more than kMaxPendingListed; each
// id must be a pending nomination of that unit (kConflict naming it
// otherwise); the head's own are refused as above. Returns how many.
inline constexpr size_t kMaxPendingListed = 5000;
core::Result<int64_t> head_approve_nominations(const Services& services, const core::Actor& actor,
                                               int64_t campaign_id, int64_t unit_id,
                                               const std::vector<int64_t>& ids, const RequestMeta& meta);

// The unit's nominations waiting for its head, oldest first (at most
// kMaxPendingListed), for a head over the unit: with `may_approve` false for
// those the actor may not approve (their own). kForbidden without
// kApproveUnitWork on the unit.
struct PendingNomination {
  core::Nomination nomination;
  bool may_approve = true;
};
// How many of them there are (one count), for the same actor; kForbidden as
// pending_for_head.
core::Result<int64_t> pending_count_for_head(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                             int64_t unit_id);
core::Result<std::vector<PendingNomination>> pending_for_head(const Services& services, const core::Actor& actor,
                                                              int64_t campaign_id, int64_t unit_id);

}  // namespace thidua::app
