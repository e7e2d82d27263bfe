// Who may see and do what in the work of participating units during a
// campaign (unit plans, progress with evidence, difficulties), and the shared
// pieces of those use cases: uploaded files in, stored files out.
//
// Trackers (kTrackCampaigns on the campaign's issuing unit: the leadership,
// the secretariat) see every unit's work; a unit's own people with
// kSubmitUnitWork or kApproveUnitWork on its path see that unit's work; only
// kSubmitUnitWork acts for the unit. Anyone else gets kNotFound.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <string>
#include <vector>

#include "app/context.h"
#include "app/people_pick.h"
#include "core/authz.h"
#include "core/result.h"
#include "store/campaigns.h"
#include "store/db.h"

namespace thidua::app {

// kTrackCampaigns over the campaign's issuing unit.
bool tracks_campaign(const core::Actor& actor, const core::CampaignSummary& campaign);

// Sees the work of the unit at `unit_path` in this campaign (rule above).
bool sees_unit_work(const core::Actor& actor, const core::CampaignSummary& campaign, const std::string& unit_path);

// The unit paths whose work the actor sees as a unit (kSubmitUnitWork and
// kApproveUnitWork scopes), for list queries of non-trackers.
std::vector<std::string> unit_work_scopes(const core::Actor& actor);

// The standard refusal to act on a unit's work: kForbidden when the actor
// sees it, kNotFound (of `what`) otherwise.
core::Error refuse_unit_work(const core::Actor& actor, const core::CampaignSummary& campaign,
                             const std::string& unit_path, std::string_view what);

// kConflict unless core::accepts_unit_work(campaign.state).
core::Status campaign_accepts_unit_work(const core::CampaignSummary& campaign);

// The participating unit `unit_id` of the campaign, or when none is named the
// only participating unit the actor may submit for. kValidation (field
// "unit_id") when the unit does not take part or the choice is ambiguous;
// `what` names the thing submitted in the message.
core::Result<core::ParticipatingUnit> participating_unit(store::Connection& conn, const core::Actor& actor,
                                                          int64_t campaign_id, std::optional<int64_t> unit_id,
                                                          std::string_view what);

// How many of a plan's participating units a page reads for a unit field at
// most (a national plan has tens of thousands): one more than a form lists
// before it asks for a unit's code instead (web/ui/unit_choice.h), so that the
// form knows there are more.
inline constexpr size_t kParticipatingUnitsListed = 501;

// The units of a plan's list filter: the first kParticipatingUnitsListed
// taking part inside `within` (all when nullopt), then `chosen` when it takes
// part inside `within` but is not among them (a list filtered by a unit past
// the first, whose field shows that unit's code).
core::Result<std::vector<core::ParticipatingUnit>> participating_filter_units(
    store::Connection& conn, int64_t campaign_id, const std::optional<std::vector<std::string>>& within,
    std::optional<int64_t> chosen);

// Keeps the people a plan's forms may offer: those whose unit a
// participating unit holds (that unit or the nearest above it taking part)
// and, given `submitting`, one that actor may submit unit work for (any unit
// taking part above it lies above that one too). One statement per call;
// `conn` and `submitting` must outlive the filter.
PeopleKeep held_by_participating(store::Connection& conn, int64_t campaign_id,
                                 const core::Actor* submitting = nullptr);

// Number of characters (code points) of UTF-8 text.
size_t char_count(std::string_view text);

// A file as uploaded: the client's name (only a hint) and the bytes.
struct UploadedFile {
  std::string name;
  std::string bytes;
};

// A stored file to send: where it is, its media type (from its content), the
// safe name to offer, and its size.
struct DownloadFile {
  std::string path;
  std::string media_type;
  std::string name;
  int64_t size = 0;
};

// An upload that check_upload() accepted (size, type sniffed from its bytes,
// no active PDF content). keep_upload() stores only these, so nothing is
// stored unchecked and nothing is scanned twice. Refers to the upload, which
// must outlive it.
struct CheckedUpload {
  const UploadedFile* upload = nullptr;
  std::string media_type;
};

// Checks an upload without storing it. Errors name the file in their message
// (kTooLarge, kUnsupported; field `field`). Callers storing several files
// check them all before storing any, outside their transaction.
core::Result<CheckedUpload> check_upload(const Services& services, const UploadedFile& upload,
                                         const std::string& field);

// Stores a checked upload (store::put_file, in the caller's transaction) and
// returns its hash and the safe name to keep (core::safe_file_name by type).
struct KeptFile {
  std::string sha256;
  std::string name;
  std::string media_type;
};
core::Result<KeptFile> keep_upload(store::Connection& conn, const Services& services, const CheckedUpload& checked,
                                   const std::string& field, const std::string& now);

// The DownloadFile of stored content `sha256` offered as `name`.
core::Result<DownloadFile> download_of(store::Connection& conn, const Services& services, const std::string& sha256,
                                       const std::string& name);

}  // namespace thidua::app
