// Use case: a unit's proposals for the year's review (issue 11 #3). For a
// campaign whose award types name their eligibility rules (the annual review,
// app/annual_review.h), the unit's form lists for each such award type the
// candidates the rules judge on their history for the campaign's last year:
// the people of the unit and of the units under it (individual titles), or
// the unit and its participating units (collective titles). Those found
// eligible come ticked, with the records that decide; those with facts
// missing come unticked, with what is missing; those who fall short are only
// counted; those already nominated, or already holding the title that year,
// are shown as such. The titles of the year proposed in the campaign so far
// stand for those the review will decide (app/provisional_titles.h), so a
// collective is judged on its people's proposals. The unit submits its
// ticks as nominations in one transaction (app/nominations.h
// create_nominations: all or none), each report filled with the records the
// rules used. Who: as for nominations (kSubmitUnitWork on the unit, within
// the nomination window). A group held to a quota shows it as counted now;
// going over it refuses the whole submission (core::errc::kQuotaExceeded),
// so no more are ticked than it leaves room for.
// Work grows with the unit's people; at most
// kMaxProposalCandidates people are judged (the form says how many more).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/context.h"
#include "app/quotas.h"
#include "core/authz.h"
#include "core/campaign.h"
#include "core/eligibility.h"
#include "core/result.h"

namespace thidua::app {

inline constexpr size_t kMaxProposalCandidates = 2000;

struct ProposalCandidate {
  std::optional<int64_t> person_id;  // an individual
  std::optional<int64_t> unit_id;    // a collective
  std::string name;
  std::string unit_name;  // the person's unit
  core::Verdict verdict = core::Verdict::kMet;
  std::vector<std::string> reasons;  // met: the records used; missing: what is missing
  bool nominated = false;            // already nominated for this award type
  std::string awarded;               // the register already holds the title that year: its decision ("" if none)
  bool holds_title = false;          // ... and so it cannot be proposed again
  // Ticked on the form: met, not yet nominated, not holding the title; in a
  // group held to a quota, only as many as the seats left once the base's
  // ticked candidates are sent too (the first in the group's order).
  bool preselected = false;
};

struct ProposalGroup {
  int64_t award_type_id = 0;
  std::string award_name;
  std::string eligibility_code;
  bool collective = false;
  bool in_force = true;  // a rule set of that code is in force that year
  std::vector<ProposalCandidate> candidates;  // met first, then missing; each in name or tree order
  int64_t not_met = 0;
  // The quota the award type is held to (app/quotas.h), counted now.
  std::optional<QuotaStatus> quota;
};

struct ProposalForm {
  core::CampaignSummary campaign;
  int year = 0;
  int64_t unit_id = 0;
  std::string unit_name;
  std::vector<core::ParticipatingUnit> units;  // those the actor may propose for
  std::vector<ProposalGroup> groups;
  int64_t people_left_out = 0;  // beyond kMaxProposalCandidates
};

// kForbidden / the window errors as nomination_form_options; kValidation on
// "unit_id" for a unit the actor may not propose for, and on "award_types"
// when no award type of the campaign names its rules.
core::Result<ProposalForm> annual_proposal_form(const Services& services, const core::Actor& actor,
                                                int64_t campaign_id, std::optional<int64_t> unit_id);

struct ProposalPick {
  int64_t award_type_id = 0;
  std::optional<int64_t> person_id;
  std::optional<int64_t> unit_id;  // a collective nominee
};

// Nominates the picks for `unit_id`, each report written from the nominee's
// judgement; all or none. Returns the nominations' ids.
core::Result<std::vector<int64_t>> submit_annual_proposals(const Services& services, const core::Actor& actor,
                                                           int64_t campaign_id, int64_t unit_id,
                                                           const std::vector<ProposalPick>& picks,
                                                           const RequestMeta& meta);

}  // namespace thidua::app
