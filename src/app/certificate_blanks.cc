#include "app/certificate_blanks.h"

#include <boost/json.hpp>

#include "app/access.h"
#include "app/audit.h"
#include "app/clock.h"
#include "core/messages_vi/certificate_blanks.h"
#include "docs/certificate_blank_pdf.h"
#include "store/certificate_blanks.h"
#include "store/units.h"

namespace thidua::app {

namespace msg = core::messages_vi;
using core::Action;

namespace {

std::vector<std::string> visible_scopes(const core::Actor& actor) {
  auto paths = scopes_for(actor, Action::kDraftDecisions);
  for (auto& p : scopes_for(actor, Action::kApproveDecisions)) paths.push_back(std::move(p));
  return paths;
}

bool sees(const core::Actor& actor, const core::CertificateBlank& b) {
  return permits(actor, Action::kDraftDecisions, b.unit_path) || permits(actor, Action::kApproveDecisions, b.unit_path);
}

// The input's name tidied, after checking both.
core::Result<std::string> checked_name(const BlankInput& input) {
  std::string name = input.name;
  THIDUA_TRY(core::tidy_blank_name(name));
  THIDUA_TRY(core::validate_blank_layout(input.layout));
  return name;
}

boost::json::value audit_view(const std::string& name, const core::BlankLayout& layout) {
  boost::system::error_code ec;
  return boost::json::object{{"name", name}, {"layout", boost::json::parse(store::encode_blank_layout(layout), ec)}};
}

}  // namespace

std::string blank_layout_json(const core::BlankLayout& layout) { return store::encode_blank_layout(layout); }

core::Result<core::BlankLayout> parse_blank_layout(const std::string& json) { return store::decode_blank_layout(json); }

std::vector<std::string> blank_scopes(const core::Actor& actor) { return scopes_for(actor, Action::kDraftDecisions); }

core::Result<std::vector<core::CertificateBlank>> list_blanks(const Services& services, const core::Actor& actor) {
  auto conn = services.db.acquire();
  return store::list_certificate_blanks(*conn, visible_scopes(actor), 200);
}

core::Result<core::CertificateBlank> get_blank(const Services& services, const core::Actor& actor, int64_t blank_id) {
  auto conn = services.db.acquire();
  auto b = store::find_certificate_blank(*conn, blank_id);
  if (!b.ok()) return b.error();
  if (!b->has_value() || !sees(actor, **b)) return not_found(msg::kWhatCertificateBlank);
  return std::move(**b);
}

core::Result<int64_t> create_blank(const Services& services, const core::Actor& actor, int64_t unit_id,
                                   const BlankInput& input, const RequestMeta& meta) {
  auto conn = services.db.acquire();
  auto unit = store::find_unit(*conn, unit_id);
  if (!unit.ok()) return unit.error();
  if (!unit->has_value() || !permits(actor, Action::kDraftDecisions, (*unit)->path)) {
    return invalid_field(msg::kActKeepCertificateBlanks, "unit_id");
  }
  auto name = checked_name(input);
  if (!name.ok()) return name.error();
  core::CertificateBlank b;
  b.unit_id = unit_id;
  b.name = *name;
  b.layout = input.layout;
  const std::string now = iso_instant(services.clock.now());
  return store::in_transaction<int64_t>(*conn, [&]() -> core::Result<int64_t> {
    auto id = store::insert_certificate_blank(*conn, b, acting_user(actor), now);
    if (!id.ok()) return id.error();
    THIDUA_TRY(record_audit(*conn, services, &actor, meta,
                            {"certificate_blank.create", "certificate_blank", std::to_string(*id), std::nullopt,
                             audit_view(b.name, b.layout)}));
    return id;
  });
}

core::Status update_blank(const Services& services, const core::Actor& actor, int64_t blank_id,
                          const BlankInput& input, int64_t expected_version, const RequestMeta& meta) {
  auto before = get_blank(services, actor, blank_id);
  if (!before.ok()) return before.error();
  if (!permits(actor, Action::kDraftDecisions, before->unit_path)) return forbidden(msg::kActKeepCertificateBlanks);
  auto name = checked_name(input);
  if (!name.ok()) return name.error();
  core::CertificateBlank after = *before;
  after.name = *name;
  after.layout = input.layout;
  const std::string now = iso_instant(services.clock.now());
  auto conn = services.db.acquire();
  auto saved = store::in_transaction<bool>(*conn, [&]() -> core::Result<bool> {
    THIDUA_TRY(store::update_certificate_blank(*conn, after, expected_version, acting_user(actor), now));
    THIDUA_TRY(record_audit(*conn, services, &actor, meta,
                            {"certificate_blank.update", "certificate_blank", std::to_string(blank_id),
                             audit_view(before->name, before->layout), audit_view(after.name, after.layout)}));
    return true;
  });
  if (!saved.ok()) return saved.error();
  return {};
}

core::Status write_blank_calibration(const Services& services, const core::Actor& actor, int64_t blank_id,
                                     const std::string& path) {
  auto b = get_blank(services, actor, blank_id);
  if (!b.ok()) return b.error();
  return docs::write_calibration_pdf(b->layout, path);
}

}  // namespace thidua::app
