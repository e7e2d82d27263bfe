#include "app/progress.h"

#include <algorithm>
#include <optional>
#include <vector>

#include <boost/json.hpp>

#include "app/access.h"
#include "app/audit.h"
#include "app/campaigns.h"
#include "core/messages_vi/unit_work.h"
#include "core/names.h"
#include "core/unit_work.h"

namespace thidua::app {

namespace msg = core::messages_vi;
namespace {

namespace json = boost::json;

constexpr size_t kMaxNoteChars = 4000;

bool is_own_person(const core::Actor& actor, const core::TargetInfo& t) {
  return t.person_id && actor.person_id && *t.person_id == *actor.person_id;
}

bool sees_target(const core::Actor& actor, const core::CampaignSummary& c, const core::TargetInfo& t) {
  return sees_unit_work(actor, c, t.unit_path) || is_own_person(actor, t);
}

bool reports_target(const core::Actor& actor, const core::TargetInfo& t) {
  return permits(actor, core::Action::kSubmitUnitWork, t.unit_path) || is_own_person(actor, t);
}

}  // namespace

core::Result<TargetListing> list_targets(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                         int page, int page_size) {
  auto conn = services.db.acquire();
  auto campaign = visible_campaign(*conn, actor, campaign_id);
  if (!campaign.ok()) return campaign.error();
  TargetListing out;
  out.campaign = std::move(*campaign);
  out.page_size = std::clamp(page_size, 1, 200);
  out.page = std::clamp(page, 1, 1000000);
  store::TargetQuery q;
  q.campaign_id = campaign_id;
  if (!tracks_campaign(actor, out.campaign)) {
    q.within = unit_work_scopes(actor);
    q.person_id = actor.person_id;
  }
  q.limit = out.page_size;
  q.offset = static_cast<int64_t>(out.page - 1) * out.page_size;
  auto items = store::list_targets(*conn, q);
  if (!items.ok()) return items.error();
  out.items = std::move(*items);
  auto total = store::count_targets(*conn, q);
  if (!total.ok()) return total.error();
  out.total = *total;
  return out;
}

core::Result<TargetProgress> get_target_progress(const Services& services, const core::Actor& actor,
                                                 int64_t campaign_id, int64_t target_id, int page, int page_size) {
  auto conn = services.db.acquire();
  auto campaign = visible_campaign(*conn, actor, campaign_id);
  if (!campaign.ok()) return campaign.error();
  auto target = store::find_target(*conn, campaign_id, target_id);
  if (!target.ok()) return target.error();
  if (!target->has_value() || !sees_target(actor, *campaign, **target)) return not_found(msg::kWhatTarget);
  TargetProgress out;
  out.campaign = std::move(*campaign);
  out.target = std::move(**target);
  out.page_size = std::clamp(page_size, 1, 100);
  out.page = std::clamp(page, 1, 1000000);
  auto history = store::progress_history(*conn, target_id, static_cast<int64_t>(out.page - 1) * out.page_size,
                                         out.page_size);
  if (!history.ok()) return history.error();
  out.history = std::move(*history);
  auto total = store::count_progress_reports(*conn, target_id);
  if (!total.ok()) return total.error();
  out.total = *total;
  out.can_report = reports_target(actor, out.target) && core::accepts_unit_work(out.campaign.state) &&
                   out.target.registration_state == core::RegistrationState::kApproved;
  return out;
}

core::Result<int64_t> report_progress(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                      int64_t target_id, const ProgressInput& input, const RequestMeta& meta) {
  auto conn = services.db.acquire();
  auto campaign = visible_campaign(*conn, actor, campaign_id);
  if (!campaign.ok()) return campaign.error();
  auto found = store::find_target(*conn, campaign_id, target_id);
  if (!found.ok()) return found.error();
  if (!found->has_value() || !sees_target(actor, *campaign, **found)) return not_found(msg::kWhatTarget);
  const core::TargetInfo target = std::move(**found);
  if (!reports_target(actor, target)) return forbidden(msg::kActReportProgress);
  THIDUA_TRY(campaign_accepts_unit_work(*campaign));
  if (target.registration_state != core::RegistrationState::kApproved) {
    return core::make_error(core::errc::kConflict,
                            msg::kProgressOnlyApproved);
  }
  auto status = core::parse_progress_status(input.status);
  if (!status) {
    return core::make_error(core::errc::kValidation,
                            msg::kProgressStatusInvalid, "status");
  }
  THIDUA_TRY(core::check_progress(*status, input.percent));
  if (!core::is_valid_utf8(input.note)) {
    return core::make_error(core::errc::kBadRequest, msg::kProgressNoteInvalid, "note");
  }
  const std::string note = core::tidy_multiline(input.note);
  if (char_count(note) > kMaxNoteChars) {
    return core::make_error(core::errc::kValidation, msg::kProgressNoteTooLong, "note");
  }
  if (input.files.size() > kMaxEvidenceFiles) {
    return core::make_error(core::errc::kValidation, msg::kProgressTooManyFiles, "files");
  }
  std::vector<CheckedUpload> checked;
  for (const auto& f : input.files) {
    auto c = check_upload(services, f, "files");
    if (!c.ok()) return c.error();
    checked.push_back(*c);
  }
  const std::string now = iso_instant(services.clock.now());
  return store::in_transaction<int64_t>(*conn, [&]() -> core::Result<int64_t> {
    const std::string code(core::progress_status_code(*status));
    auto id = store::insert_progress_report(*conn, target_id, *status, input.percent, note, actor.user_id, now);
    if (!id.ok()) return id.error();
    json::array files;
    for (const auto& f : checked) {
      auto kept = keep_upload(*conn, services, f, "files", now);
      if (!kept.ok()) return kept.error();
      auto ev = store::insert_evidence(*conn, *id, kept->sha256, kept->name, actor.user_id, now);
      if (!ev.ok()) return ev.error();
      files.push_back(json::object{{"evidence_id", *ev}, {"sha256", kept->sha256}, {"name", kept->name}});
    }
    json::object before{{"status", std::string(core::progress_status_code(target.progress_status))},
                        {"percent", target.progress_percent},
                        {"note", target.progress_note}};
    json::object after{{"report_id", *id},    {"status", code},    {"percent", input.percent},
                       {"note", note},        {"evidence", files}, {"registration_id", target.registration_id}};
    THIDUA_TRY(record_audit(*conn, services, &actor, meta,
                            {"progress.report", "registration_target", std::to_string(target_id),
                             json::value(before), json::value(after)}));
    return *id;
  });
}

core::Result<DownloadFile> evidence_file(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                         int64_t evidence_id) {
  auto conn = services.db.acquire();
  auto campaign = visible_campaign(*conn, actor, campaign_id);
  if (!campaign.ok()) return campaign.error();
  auto ev = store::find_evidence(*conn, campaign_id, evidence_id);
  if (!ev.ok()) return ev.error();
  if (!ev->has_value() || !sees_target(actor, *campaign, (*ev)->target)) return not_found(msg::kWhatEvidence);
  return download_of(*conn, services, (*ev)->file.file_sha256, (*ev)->file.file_name);
}

}  // namespace thidua::app
