#include "web/shared/respond.h"

#include <array>

#include <boost/json/array.hpp>
#include <boost/json/monotonic_resource.hpp>

#include "app/access.h"
#include "app/audit.h"
#include "app/notifications.h"
#include "app/work_list.h"
#include "core/authz.h"
#include "core/messages_vi/http.h"
#include "core/messages_vi/pages.h"
#include "core/nomination.h"
#include "web/access_log.h"
#include "web/static_assets.h"
#include "web/template.h"

namespace thidua::web {
namespace msg = core::messages_vi;

namespace {

namespace json = boost::json;

json::array menu_for(const Request& req, const core::Actor& a) {
  json::array menu;
  auto item = [&](const char* href, const char* label) {
    std::string h = href;
    bool active = h == "/" ? req.path == "/" : req.path.rfind(h, 0) == 0;
    menu.push_back(json::object{{"href", h}, {"label", label}, {"active", active}});
  };
  item("/", msg::kPageMenuHome);
  item("/dot-thi-dua", msg::kPageMenuCampaigns);
  if (app::permits_somewhere(a, core::Action::kViewOrg)) item("/don-vi", msg::kPageMenuUnits);
  if (app::permits_somewhere(a, core::Action::kViewPeople)) item("/nhan-su", msg::kPageMenuPeople);
  else if (a.person_id) {
    std::string href = "/nhan-su/" + std::to_string(*a.person_id);
    bool active = req.path == href;
    menu.push_back(json::object{{"href", href}, {"label", msg::kPageMenuMyProfile}, {"active", active}});
  }
  if (app::permits_somewhere(a, core::Action::kImportPeople)) item("/nhap-nhan-su", msg::kPageMenuImportPeople);
  if (app::permits_somewhere(a, core::Action::kManageCampaigns) || app::permits_somewhere(a, core::Action::kVote)) {
    item("/hoi-dong", msg::kPageMenuCouncil);  // council (feature/council)
  }
  if (app::permits_somewhere(a, core::Action::kManageUsers)) item("/nguoi-dung", msg::kPageMenuAccounts);
  if (app::may_browse_audit(a)) item("/nhat-ky", msg::kPageMenuAudit);
  return menu;
}

json::array role_labels(const core::Actor& a) {
  json::array roles;
  for (const auto& g : a.grants) roles.push_back(json::string(core::role_label(g.role)));
  return roles;
}

}  // namespace

unsigned status_for(std::string_view code) {
  using namespace core::errc;
  if (code == kValidation) return 422;
  if (code == kNotFound) return 404;
  if (code == kForbidden || code == kCsrf || code == kOwnRecord) return 403;
  if (code == kUnauthenticated) return 401;
  if (code == kConflict) return 409;
  if (code == kLocked) return 423;
  if (code == kRateLimited) return 429;
  if (code == kBadRequest) return 400;
  if (code == kTooLarge) return 413;
  if (code == kUnsupported) return 415;
  if (code == kMethodNotAllowed) return 405;
  if (code == kStorageUnavailable || code == kServerBusy) return 503;
  // Nominations (core/nomination.h): refused by the campaign's state, its
  // deadline or an existing nomination.
  if (code == kDuplicateNomination || code == kDeadlinePassed || code == kNominationsClosed || code == kAlreadyAwarded ||
      code == kQuotaExceeded || code == kSameAchievement) {
    return 409;
  }
  // Exchange packages (app/exchange_package.h): refused as they are, or a replay.
  if (code == "exchange_replayed") return 409;
  if (code == "exchange_damaged" || code == "exchange_signature_invalid" || code == "exchange_altered" ||
      code == "exchange_version_unsupported") {
    return 422;
  }
  // The imports' confirmation (core/result.h).
  if (code == kImportHasErrors) return 422;
  if (code == kImportNotFound) return 404;
  return 500;
}

Response render_page(const Request& req, const Ctx& ctx, std::string_view template_name, std::string_view title,
                     json::object data, unsigned status) {
  const Templates& t = Templates::embedded();
  data["csrf"] = ctx.csrf;
  // The layout's data in one arena released at once (see people_pages.cc).
  std::array<unsigned char, 8192> first_block;
  json::monotonic_resource arena(first_block.data(), first_block.size());
  json::object layout(&arena);
  layout["title"] = title;
  layout["csrf"] = ctx.csrf;
  layout["css"] = StaticAssets::embedded().url("app.css");
  layout["js"] = StaticAssets::embedded().url("app.js");
  if (ctx.actor) {
    const auto& a = *ctx.actor;
    json::object user({{"display_name", a.display_name}, {"username", a.username}, {"roles", role_labels(a)}},
                      &arena);
    data["user"] = user;
    layout["user"] = user;
    layout["menu"] = menu_for(req, a);
    if (ctx.services) {
      auto unread = app::unread_notifications(*ctx.services, a);
      if (unread.ok() && *unread > 0) layout["unread"] = std::to_string(*unread);
      // Beside the notifications, what waits on the account (app/work_list.h);
      // the home page has counted it already.
      int64_t waiting = 0;
      if (const auto* total = data.if_contains("work_total"); total && total->is_int64()) {
        waiting = total->as_int64();
      } else if (auto work = app::work_list(*ctx.services, a); work.ok()) {
        waiting = work->total;
      }
      if (waiting > 0) layout["work"] = std::to_string(waiting);
    }
  }
  // The page's body is rendered into the layout's {{{content}}} in place.
  // Moved into values, not copied (an object passed as a value is copied whole).
  const json::value layout_value(std::move(layout));
  const json::value data_value(std::move(data));
  auto page = t.render_in_layout("layout", layout_value, "content", template_name, data_value);
  if (!page.ok()) throw std::runtime_error("template " + std::string(template_name) + ": " + page.error().message);
  Response r = Response::html(std::move(*page), status);
  r.set_header("Cache-Control", "no-store");
  return r;
}

std::string shown_message(const core::Error& error, std::string_view request_id) {
  if (!core::is_server_failure(error)) return error.message;
  if (error.code == core::errc::kStorageUnavailable) {
    // Only the storage engines give this code, always with a Vietnamese message.
    return request_id.empty() ? error.message : error.message + " " + msg::http_request_id(request_id);
  }
  return msg::http_server_error(request_id);
}

unsigned failure_status(const core::Error& error) {
  if (core::is_server_failure(error)) note_failure_cause(error.code + ": " + core::describe(error));
  return status_for(error.code);
}

void mark_failure(Response& res, const core::Error& error) {
  if (!core::is_server_failure(error)) return;
  res.cause = error.code + ": " + core::describe(error);
  if (error.code == core::errc::kStorageUnavailable) res.set_header("Retry-After", kRetryAfterSeconds);
}

Response error_page(const Request& req, const Ctx& ctx, const core::Error& error) {
  unsigned status = status_for(error.code);
  std::string title = status == 404   ? msg::kPageErrorNotFound
                      : status == 403 ? msg::kPageErrorForbidden
                                      : msg::kPageErrorFailed;
  Response res = render_page(
      req, ctx, "error", title,
      json::object{{"heading", title}, {"message", shown_message(error, req.request_id)}, {"code", error.code}},
      status);
  mark_failure(res, error);
  return res;
}

Response api_error(const core::Error& error) {
  json::object e{{"code", error.code}, {"message", shown_message(error, current_request_id())}};
  if (!error.field.empty()) e["field"] = error.field;
  Response res = Response::json(json::object{{"error", e}}, status_for(error.code));
  mark_failure(res, error);
  return res;
}

bool is_refusal(const core::Error& error) {
  return error.code == core::errc::kForbidden || error.code == core::errc::kNotFound;
}

void add_form_error(json::object& data, const core::Error* error) {
  if (!error) return;
  data["error"] = error->message;
  data["error_field"] = error->field;
  if (!error->field.empty()) data["error_" + error->field] = true;
}

Response failure_response(const Request& req, const Ctx& ctx, const core::Error& error) {
  if (req.path.rfind("/api/", 0) == 0) return api_error(error);
  return error_page(req, ctx, error);
}

}  // namespace thidua::web
