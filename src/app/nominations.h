// Use cases for nominations (đề nghị khen thưởng, domain.md §3 steps 4–5): a
// participating unit nominates a collective (a participating unit inside it)
// or an individual (a person of its units) for an award type of the campaign
// with an achievement report and its attestations per criterion; the
// secretariat reviews with the per-criterion check in front of it and
// accepts or returns; a returned nomination is edited and resubmitted.
//
// Who: creating and resubmitting take kSubmitUnitWork on the nominating unit;
// accepting and returning take kReviewNominations on the campaign's issuing
// unit. Who sees: the reviewers and those tracking the campaign
// (kReviewNominations or kTrackCampaigns on the issuing unit) see every
// nomination; unit officers and heads (kSubmitUnitWork, kApproveUnitWork) see
// those of units inside their grants; others see none (kForbidden for the
// list, kNotFound for one). All inside a campaign the actor sees
// (visible_campaign). Every change is audited in its transaction.
//
// The achievement report is text and/or one file (PDF, DOCX, images, XLSX,
// checked by content, at most services.max_file_bytes) kept in the file store
// (nominations.report_sha256 / report_file_name); the file is downloaded by
// exactly those who see the nomination.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <boost/json/object.hpp>

#include "app/context.h"
#include "app/eligibility.h"
#include "app/people_pick.h"
#include "app/quotas.h"
#include "app/unit_work_access.h"
#include "core/authz.h"
#include "core/own_records.h"
#include "core/nomination.h"
#include "core/result.h"
#include "store/campaigns.h"
#include "store/nominations.h"

namespace thidua::app {

// What a unit writes when it nominates (or resubmits: then only the report
// and the attestations count).
struct NominationInput {
  std::optional<int64_t> award_type_id;
  core::CriterionSubject subject = core::CriterionSubject::kIndividual;
  // The nominating unit; when absent, the one participating unit the actor
  // may submit for (kValidation when there are several).
  std::optional<int64_t> unit_id;
  std::optional<int64_t> person_id;        // individual nominee
  std::optional<int64_t> nominee_unit_id;  // collective nominee
  std::string report;
  std::map<int64_t, std::string> attestations;  // criterion id → note (attested criteria only are kept)
  // The report file: a new one replaces the stored one; on resubmission the
  // stored one is kept unless `remove_report_file`. Text or a file is required.
  std::optional<UploadedFile> report_file;
  bool remove_report_file = false;
};

// Creates a nomination in campaign `campaign_id`, submitted, or pending the
// unit head's approval where one is needed (core::first_state,
// app/nomination_approval.h): not when a head over the unit submits it (the
// submission is the approval, recorded as such), nor when its nominee heads
// the unit (no head approves their own; it goes to the office directly). A
// resubmission likewise. Errors:
// kNotFound (campaign not visible), kForbidden (no kSubmitUnitWork on the
// nominating unit), core::errc::kNominationsClosed / kDeadlinePassed (outside
// the window), kValidation (award type, unit, nominee outside the nominating
// unit or not taking part, report, notes), core::errc::kDuplicateNomination
// (the subject already nominated for that award type), kSameAchievement
// (outside an annual review: the subject has a live nomination for another
// award type of the campaign, one achievement taking one award form),
// kAlreadyAwarded and kQuotaExceeded (app/quotas.h). Returns the id.
core::Result<int64_t> create_nomination(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                        NominationInput input, const RequestMeta& meta);

// Several nominations of one unit's in one transaction: each checked as by
// create_nomination, then all inserted or none (the first error is answered;
// two picks of the same nominee for one award type are a duplicate). At most
// kMaxNominationsAtOnce; kValidation on "nominations" when none.
inline constexpr size_t kMaxNominationsAtOnce = 5000;
core::Result<std::vector<int64_t>> create_nominations(const Services& services, const core::Actor& actor,
                                                      int64_t campaign_id, std::vector<NominationInput> inputs,
                                                      const RequestMeta& meta);

struct NominationView {
  core::CampaignSummary campaign;
  core::Nomination nomination;
  // When the award type names eligibility rules (AwardType::eligibility_code):
  // the year judged (the campaign's last year, at most this year) and the
  // verdict rule by rule, or none when no such set is in force that year.
  std::string eligibility_code;
  int eligibility_year = 0;
  std::optional<AwardEligibility> eligibility;
  bool eligibility_hidden = false;  // the actor does not see the nominee's people: not judged here
  std::vector<core::CriterionCheck> criteria;  // the nominee's subject, in order
  bool complete = false;                       // no criterion missing
  bool can_resubmit = false;                   // returned, and the actor submits for its unit
  bool can_review = false;                     // submitted, and the actor reviews
  // How the actor is involved in it (core/own_records.h); then someone else reviews it.
  core::Involvement own = core::Involvement::kNone;
  bool review_left_to_others = false;  // submitted; the actor reviews, but not their own
  // Pending, and the actor heads its unit (app/nomination_approval.h) ...
  bool can_head_review = false;
  bool head_review_left_to_others = false;  // ... but it is their own
};
core::Result<NominationView> get_nomination(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                            int64_t id);

struct NominationFilter {
  std::optional<int64_t> award_type_id;
  std::optional<int64_t> unit_id;
  std::optional<core::NominationState> state;
  int page = 1;
  int page_size = 20;  // 1..100
};

struct NominationListing {
  core::CampaignSummary campaign;
  std::vector<core::Nomination> items;
  std::map<core::NominationState, int64_t> counts;  // per state, the other filters applied
  int64_t total = 0;                                // matching the filter, state included
  int page = 1;
  int page_size = 20;
  bool sees_all = false;
  bool can_create = false;  // the actor may nominate for some participating unit, and nominations are open
  // For the filters: the campaign's award types and the participating units
  // whose nominations the actor sees (the first kParticipatingUnitsListed,
  // app/unit_work_access.h, then the filter's).
  std::vector<core::AwardType> award_types;
  std::vector<core::ParticipatingUnit> units;
};
core::Result<NominationListing> list_nominations(const Services& services, const core::Actor& actor,
                                                 int64_t campaign_id, const NominationFilter& filter);

// The people the nomination form lists at most. Units with more people are
// searched by name: the form lists the first matches.
inline constexpr int kNominationPeopleShown = 300;


// What the nomination form offers the actor: the award types, the
// participating units it may nominate for (and nominate as collectives),
// people of those units (app/people_pick.h: the first kNominationPeopleShown
// whose names match `people.query`, then the chosen person) and the criteria
// per subject.
struct NominationFormOptions {
  core::CampaignSummary campaign;
  std::vector<core::AwardType> award_types;
  std::vector<core::ParticipatingUnit> units;  // the first kParticipatingUnitsListed
  std::vector<core::Person> people;
  bool people_more = false;   // more people match than are listed
  bool people_found = false;  // someone matched (the chosen person aside)
  std::vector<core::Criterion> criteria;
  // The quotas the campaign's award types are held to (app/quotas.h),
  // counted now; empty when none names rules with a quota.
  std::vector<QuotaStatus> quotas;
};
// kForbidden when the actor may nominate for no participating unit;
// the window errors when nominations are not open.
core::Result<NominationFormOptions> nomination_form_options(const Services& services, const core::Actor& actor,
                                                            int64_t campaign_id,
                                                            const PeoplePickRequest& people = {});

// Resubmits returned nomination `id` with a new report and attestations when
// its version is `expected_version`; the report file is replaced by
// input.report_file, removed with input.remove_report_file, else kept.
// kSubmitUnitWork on its unit; window as for creation; kConflict when not
// returned or changed meanwhile; file and text errors as for creation. A
// returned nomination does not count (core::nomination_live): resubmitted, it
// is checked again against its quota and the one award form
// (kQuotaExceeded, kSameAchievement), under the campaign's lock.
core::Status resubmit_nomination(const Services& services, const core::Actor& actor, int64_t campaign_id, int64_t id,
                                 NominationInput input, int64_t expected_version, const RequestMeta& meta);

// Nomination `id` of the campaign as whoever sees it (above) finds it, with
// the campaign: kNotFound for anyone else. For the use cases that read one
// (app/achievement_reports.h); the connection is the caller's.
struct VisibleNomination {
  core::Campaign campaign;
  core::Nomination nomination;
};
core::Result<VisibleNomination> visible_nomination(store::Connection& conn, const core::Actor& actor,
                                                   int64_t campaign_id, int64_t id);

// The nomination's report file for download, for exactly those who see the
// nomination; kNotFound for anyone else and when it has no file.
core::Result<DownloadFile> nomination_report_file(const Services& services, const core::Actor& actor,
                                                  int64_t campaign_id, int64_t id);

// The secretariat's review of a submitted nomination: accept, or return with
// a reason (required). kReviewNominations on the issuing unit; kConflict when
// not submitted or changed meanwhile.
core::Status accept_nomination(const Services& services, const core::Actor& actor, int64_t campaign_id, int64_t id,
                               int64_t expected_version, const RequestMeta& meta);
core::Status return_nomination(const Services& services, const core::Actor& actor, int64_t campaign_id, int64_t id,
                               std::string reason, int64_t expected_version, const RequestMeta& meta);

// A nomination as JSON (API and audit): ids, names, state, report, review.
boost::json::object nomination_json(const core::Nomination& n);

}  // namespace thidua::app
