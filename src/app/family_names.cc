#include "app/family_names.h"

#include <boost/json/array.hpp>

#include "app/access.h"
#include "app/audit.h"
#include "app/clock.h"
#include "core/messages_vi/people.h"
#include "core/names.h"
#include "store/people.h"
#include "store/settings.h"

namespace thidua::app {
namespace msg = core::messages_vi;
namespace json = boost::json;

namespace {

// kManageUsers on every agency (or the shell's operator).
core::Result<bool> administers_everything(store::Connection&, const core::Actor& actor) {
  return core::can_everywhere(actor, core::Action::kManageUsers);
}

json::array as_json(const std::vector<std::string>& names) {
  json::array out;
  for (const auto& n : names) out.push_back(json::value(n));
  return out;
}

}  // namespace

core::Result<FamilyNames> get_family_names(const Services& services, const core::Actor& actor) {
  auto conn = services.db.acquire();
  FamilyNames out;
  out.builtin = core::builtin_family_names();
  auto extra = store::family_names_as_written(*conn);
  if (!extra.ok()) return extra.error();
  out.extra = std::move(*extra);
  auto may = administers_everything(*conn, actor);
  if (!may.ok()) return may.error();
  out.may_edit = *may;
  return out;
}

core::Result<std::vector<std::string>> set_family_names(const Services& services, const core::Actor& actor,
                                                        const std::string& text, const RequestMeta& meta) {
  auto conn = services.db.acquire();
  auto may = administers_everything(*conn, actor);
  if (!may.ok()) return may.error();
  if (!*may) return forbidden(msg::kActEditFamilyNames);
  auto names = core::parse_family_names(text);
  if (!names.ok()) return names.error();
  std::string value;
  for (const auto& n : *names) value += n + "\n";
  THIDUA_TRY(conn->begin());
  auto done = [&]() -> core::Status {
    auto before = store::family_names_as_written(*conn);
    if (!before.ok()) return before.error();
    THIDUA_TRY(store::put_setting(*conn, store::kSettingFamilyNames, value, iso_instant(services.clock.now())));
    THIDUA_TRY(store::rekey_people_names(*conn));
    return record_audit(*conn, services, &actor, meta,
                        {"settings.family_names", "settings", store::kSettingFamilyNames, json::value(as_json(*before)),
                         json::value(as_json(*names))});
  }();
  if (!done.ok()) {
    (void)conn->rollback();
    return done.error();
  }
  THIDUA_TRY(conn->commit());
  return std::move(*names);
}

}  // namespace thidua::app
