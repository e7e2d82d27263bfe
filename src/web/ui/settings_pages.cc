// The administrator's settings: the compound family names (họ kép) added to
// the built-in ones (app/family_names.h). /cai-dat/ho-kep shows both lists to
// anyone logged in; the administrator of the whole tree edits the added one.
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "app/family_names.h"
#include "core/messages_vi/people.h"
#include "web/route_table.h"
#include "web/shared/respond.h"
#include "web/ui/routes.h"

namespace thidua::web {
namespace msg = core::messages_vi;
namespace json = boost::json;

namespace {

Response family_names_page(const app::Services& s, const Request& req, const Ctx& ctx, const std::string* text,
                           const core::Error* error, unsigned status) {
  auto names = app::get_family_names(s, *ctx.actor);
  if (!names.ok()) return error_page(req, ctx, names.error());
  std::string written;
  for (const auto& n : names->extra) written += n + "\n";
  json::array extra;
  for (const auto& n : names->extra) extra.push_back(json::value(n));
  json::object data{{"builtin", msg::kBuiltinFamilyNames},
                    {"extra", std::move(extra)},
                    {"has_extra", !names->extra.empty()},
                    {"text", text ? *text : written},
                    {"may_edit", names->may_edit},
                    {"saved", req.query_param("da-luu") == "1" && !error}};
  add_form_error(data, error);
  return render_page(req, ctx, "family_names", msg::kPageTitleFamilyNames, data, status);
}

}  // namespace

void add_settings_routes(Router& r, const app::Services& s, const WebOptions& o) {
  install(r, s, o, {
      {"GET", "/cai-dat/ho-kep", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        return family_names_page(s, req, ctx, nullptr, nullptr, 200);
      }},
      // Saves the list and re-keys everyone's name order.
      {"POST", "/cai-dat/ho-kep", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const std::string text = ctx.field("ho_kep");
        auto saved = app::set_family_names(s, *ctx.actor, text, ctx.meta);
        if (!saved.ok()) {
          if (is_refusal(saved.error())) return error_page(req, ctx, saved.error());
          return family_names_page(s, req, ctx, &text, &saved.error(), failure_status(saved.error()));
        }
        return Response::redirect("/cai-dat/ho-kep?da-luu=1");
      }, Cost::kHeavy},  // re-keys every person
  });
}

}  // namespace thidua::web
