#include "app/unit_work_access.h"

#include <algorithm>
#include <filesystem>

#include "app/access.h"
#include "core/file_type.h"
#include "core/messages_vi/unit_work.h"
#include "core/names.h"
#include "core/text_fields.h"
#include "core/unit_work.h"
#include "io/pdf_active_content.h"
#include "store/file_store.h"
#include "store/unit_plans.h"
#include "store/units.h"

namespace thidua::app {

namespace msg = core::messages_vi;

bool tracks_campaign(const core::Actor& actor, const core::CampaignSummary& campaign) {
  return permits(actor, core::Action::kTrackCampaigns, campaign.issuing_unit_path);
}

bool sees_unit_work(const core::Actor& actor, const core::CampaignSummary& campaign, const std::string& unit_path) {
  return tracks_campaign(actor, campaign) || permits(actor, core::Action::kSubmitUnitWork, unit_path) ||
         permits(actor, core::Action::kApproveUnitWork, unit_path);
}

std::vector<std::string> unit_work_scopes(const core::Actor& actor) {
  auto out = scopes_for(actor, core::Action::kSubmitUnitWork);
  for (auto& p : scopes_for(actor, core::Action::kApproveUnitWork)) out.push_back(std::move(p));
  return out;
}

core::Error refuse_unit_work(const core::Actor& actor, const core::CampaignSummary& campaign,
                             const std::string& unit_path, std::string_view what) {
  return sees_unit_work(actor, campaign, unit_path) ? forbidden() : not_found(what);
}

core::Status campaign_accepts_unit_work(const core::CampaignSummary& campaign) {
  if (core::accepts_unit_work(campaign.state)) return {};
  return core::make_error(core::errc::kConflict,
                          msg::unit_work_not_accepted(core::campaign_state_label(campaign.state)));
}

core::Result<core::ParticipatingUnit> participating_unit(store::Connection& conn, const core::Actor& actor,
                                                          int64_t campaign_id, std::optional<int64_t> unit_id,
                                                          std::string_view what) {
  if (unit_id) {
    auto takes = store::unit_takes_part(conn, campaign_id, *unit_id);
    if (!takes.ok()) return takes.error();
    auto unit = store::find_unit(conn, *unit_id);
    if (!unit.ok()) return unit.error();
    if (!*takes || !unit->has_value()) {
      return core::make_error(core::errc::kValidation, msg::kUnitWorkUnitNotTaking, "unit_id");
    }
    const auto& u = **unit;
    return core::ParticipatingUnit{u.id, u.code, u.name, u.path};
  }
  store::UnitPlanQuery q;
  q.campaign_id = campaign_id;
  q.within = scopes_for(actor, core::Action::kSubmitUnitWork);
  q.limit = 2;
  auto units = store::list_unit_plan_status(conn, q);
  if (!units.ok()) return units.error();
  if (units->size() == 1) return units->front().unit;
  if (units->empty()) {
    return core::make_error(core::errc::kValidation,
                            msg::kUnitWorkNoUnit, "unit_id");
  }
  return core::make_error(core::errc::kValidation, msg::unit_work_choose_unit(what), "unit_id");
}

core::Result<std::vector<core::ParticipatingUnit>> participating_filter_units(
    store::Connection& conn, int64_t campaign_id, const std::optional<std::vector<std::string>>& within,
    std::optional<int64_t> chosen) {
  auto slice = store::campaign_units_within(conn, campaign_id, within, kParticipatingUnitsListed);
  if (!slice.ok()) return slice.error();
  std::vector<core::ParticipatingUnit> out = std::move(slice->units);
  if (!chosen || std::any_of(out.begin(), out.end(), [&](const auto& u) { return u.id == *chosen; })) return out;
  auto unit = store::campaign_unit(conn, campaign_id, *chosen);
  if (!unit.ok()) return unit.error();
  if (unit->has_value() &&
      (!within || std::any_of(within->begin(), within->end(),
                              [&](const std::string& s) { return core::path_within((*unit)->path, s); }))) {
    out.push_back(std::move(**unit));
  }
  return out;
}

PeopleKeep held_by_participating(store::Connection& conn, int64_t campaign_id, const core::Actor* submitting) {
  return [&conn, campaign_id, submitting](std::vector<core::Person>& people) -> core::Status {
    std::vector<std::string> paths;
    paths.reserve(people.size());
    for (const auto& p : people) paths.push_back(p.unit_path);
    auto holders = store::campaign_unit_holders(conn, campaign_id, paths);
    if (!holders.ok()) return holders.error();
    std::erase_if(people, [&](const core::Person& p) {
      auto h = holders->find(p.unit_path);
      return h == holders->end() ||
             (submitting && !permits(*submitting, core::Action::kSubmitUnitWork, h->second.path));
    });
    return {};
  };
}

size_t char_count(std::string_view text) {
  size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

namespace {

// The store's file error with the client's name in front (when printable).
core::Error named_file_error(core::Error e, const UploadedFile& upload, const std::string& field) {
  if (!upload.name.empty() && upload.name.size() <= 120 && core::is_valid_utf8(upload.name) &&
      !core::has_control_char(upload.name)) {
    e.message = msg::upload_file_error(upload.name, e.message);

  }
  e.field = field;
  return e;
}

// A PDF that would act when opened (io/pdf_active_content.h) is refused.
core::Status refuse_active_pdf(const std::string& media_type, const UploadedFile& upload, const std::string& field) {
  if (media_type != core::media_type(core::FileType::kPdf)) return {};
  if (!io::pdf_active_content(upload.bytes)) return {};
  return named_file_error(core::make_error(core::errc::kUnsupported, msg::kUploadPdfActive), upload, field);
}

}  // namespace

core::Result<CheckedUpload> check_upload(const Services& services, const UploadedFile& upload,
                                         const std::string& field) {
  auto media = store::check_file(upload.bytes, services.max_file_bytes);
  if (!media.ok()) return named_file_error(media.error(), upload, field);
  THIDUA_TRY(refuse_active_pdf(*media, upload, field));
  return CheckedUpload{&upload, *media};
}

core::Result<KeptFile> keep_upload(store::Connection& conn, const Services& services, const CheckedUpload& checked,
                                   const std::string& field, const std::string& now) {
  const UploadedFile& upload = *checked.upload;
  auto stored = store::put_file(conn, services.data_dir, upload.bytes, services.max_file_bytes, now);
  if (!stored.ok()) return named_file_error(stored.error(), upload, field);
  auto type = core::file_type_for_media_type(stored->media_type);
  return KeptFile{stored->sha256, core::safe_file_name(upload.name, type.value_or(core::FileType::kPdf)),
                  stored->media_type};
}

core::Result<DownloadFile> download_of(store::Connection& conn, const Services& services, const std::string& sha256,
                                       const std::string& name) {
  auto f = store::find_file(conn, sha256);
  if (!f.ok()) return f.error();
  if (!f->has_value() || !store::is_sha256_hex(sha256)) return not_found(msg::kWhatUnitWorkFile);
  std::string path = store::stored_file_path(services.data_dir, sha256);
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return not_found(msg::kWhatUnitWorkFile);
  return DownloadFile{path, (*f)->media_type, name, (*f)->size};
}

}  // namespace thidua::app
