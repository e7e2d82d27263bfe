// Use cases for registrations (đăng ký thi đua, domain.md §3 step 2): a
// participating unit registers as a collective, its people as individuals
// (targets, initiatives, signature task); the unit head approves or returns
// with a reason; returned and draft registrations are edited and resubmitted.
// Every change is audited ("registration.create", ".update", ".submit",
// ".approve", ".return", ".import").
//
// Rules:
// - The campaign must be visible to the actor (visible_campaign), else
//   kNotFound; it accepts registrations while published or running and not
//   after its registration deadline (Vietnam date), else kConflict. Drafts
//   are edited and submitted under the same rule; a registration returned for
//   correction may still be edited and resubmitted after the deadline (while
//   the campaign is published or running).
// - A collective registration is for a unit that takes part in the campaign
//   (campaign_units) and is entered by whoever holds kSubmitUnitWork on it.
// - An individual registration belongs to the deepest participating unit
//   containing the person's unit (the unit itself or an ancestor); a person
//   whose unit lies under no participating unit cannot register. It is
//   entered by the person (the account's linked person) or on their behalf by
//   whoever holds kSubmitUnitWork on the person's unit; entered_by records who.
//   Entering for a person (unit) the actor may not see (kViewPeople, kViewOrg)
//   is kNotFound; for one they see but may not register, kForbidden.
// - Seeing a registration: kTrackCampaigns on the issuing unit (all of the
//   campaign's), kSubmitUnitWork or kApproveUnitWork on its unit, or being
//   its person. Others get kNotFound; who sees but may not act gets kForbidden.
// - Editing and submitting: as entering, in draft or returned (else kConflict).
//   Approving and returning: kApproveUnitWork on the unit, from submitted.
// - Every change names the version it was based on (kConflict when stale).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/json/value.hpp>

#include "app/context.h"
#include "app/import_pipeline.h"
#include "app/import_staging.h"
#include "app/list_columns.h"
#include "app/people_pick.h"
#include "core/authz.h"
#include "core/own_records.h"
#include "core/person.h"
#include "core/registration.h"
#include "core/result.h"
#include "store/campaigns.h"

namespace thidua::app {

struct RegistrationFilter {
  std::optional<int64_t> unit_id;
  std::optional<core::RegistrationState> state;
  // Only registrations older than this id (newer ones come first): the
  // export's keyset paging, unaffected by rows added or removed meanwhile.
  std::optional<int64_t> before_id;
  int page = 1;        // 1-based
  int page_size = 50;  // 1..200
};

struct RegistrationListing {
  core::CampaignSummary campaign;
  std::vector<core::Registration> items;  // newest first, with targets and initiatives
  std::map<core::RegistrationState, int64_t> counts;
  int64_t total = 0;
  int page = 1;
  int page_size = 50;
  // Participating units the actor sees registrations of: the first
  // kParticipatingUnitsListed (app/unit_work_access.h), then the filter's.
  std::vector<core::ParticipatingUnit> units;
  bool accepting = false;   // the campaign takes registrations now
  bool can_enter = false;   // the actor may enter a registration (for self or on behalf)
  bool can_import = false;  // the actor may import registrations
};

core::Result<RegistrationListing> list_registrations(const Services& services, const core::Actor& actor,
                                                     int64_t campaign_id, const RegistrationFilter& filter);

struct RegistrationView {
  core::CampaignSummary campaign;
  core::Registration registration;
  bool may_enter = false;   // the actor may edit and submit it (in an editable state)
  bool can_edit = false;    // editable state and the actor may enter it
  bool can_decide = false;  // submitted and the actor may approve or return it
  // How the actor is involved in it (then someone else reviews it).
  core::Involvement own = core::Involvement::kNone;
  bool review_left_to_others = false;  // submitted; the actor's role could review it, but it is their own
};

core::Result<RegistrationView> get_registration(const Services& services, const core::Actor& actor,
                                                int64_t campaign_id, int64_t registration_id);

// The people the entry form lists at most; more are found by name.
inline constexpr int kRegistrationPeopleShown = 500;

// What the entry form offers the actor: the collectives and people they may
// register, and the plan's numbered contents a target may serve. People are
// picked as app/people_pick.h says: the first kRegistrationPeopleShown whose
// names match `people.query`, then the chosen person.
struct RegistrationChoices {
  core::CampaignSummary campaign;
  // Collectives: the first kParticipatingUnitsListed the actor registers for.
  std::vector<core::ParticipatingUnit> units;
  std::vector<core::Person> people;             // individuals, name order, then the chosen one
  bool people_more = false;                     // more people match than are listed
  bool people_found = false;                    // someone matched (the chosen person aside)
  bool people_any = false;                      // someone may be registered, whatever was searched
  std::string people_query;                     // the name searched for, as typed
  std::vector<std::string> content_labels;      // "1", "2", "3", "5" for the seed
  bool accepting = false;
};
core::Result<RegistrationChoices> registration_choices(const Services& services, const core::Actor& actor,
                                                       int64_t campaign_id, const PeoplePickRequest& people = {});

// Creates a draft: `input` gives the subject, the unit (collective) or the
// person (individual), the signature task, targets and initiatives. Returns
// the new id.
core::Result<int64_t> create_registration(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                          core::Registration input, const RequestMeta& meta);

// Replaces the signature task, targets and initiatives of a draft or
// returned registration (`content`'s other fields are ignored).
core::Status update_registration(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                 int64_t registration_id, core::Registration content, int64_t expected_version,
                                 const RequestMeta& meta);

core::Status submit_registration(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                 int64_t registration_id, int64_t expected_version, const RequestMeta& meta);
core::Status approve_registration(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                  int64_t registration_id, int64_t expected_version, const RequestMeta& meta);
// `reason` is required (kValidation, field "reason").
core::Status return_registration(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                 int64_t registration_id, int64_t expected_version, std::string_view reason,
                                 const RequestMeta& meta);

// A registration as JSON (API and audit trail).
boost::json::value registration_json(const core::Registration& r);

}  // namespace thidua::app
