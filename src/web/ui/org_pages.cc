// The organisation tree: browse, view a unit with its name history, create
// and edit units (rename, move, dissolve with a successor).
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/awards.h"
#include "app/export_lists.h"
#include "app/import_units.h"
#include "app/org.h"
#include "app/submissions.h"
#include "app/unit_browse.h"
#include "app/records_json.h"
#include "core/messages_vi/api_imports.h"
#include "core/messages_vi/org.h"
#include "core/messages_vi/pages.h"
#include "web/route_table.h"
#include "web/shared/award_views.h"
#include "web/shared/downloads.h"
#include "web/shared/params.h"
#include "web/shared/respond.h"
#include "web/ui/import_pages.h"
#include "web/ui/routes.h"
#include "web/ui/unit_choice.h"
#include "web/ui/unit_options.h"

namespace thidua::web {
namespace msg = core::messages_vi;

namespace {
namespace json = boost::json;

// Units on one page of /don-vi, and the most it lists before it keeps to
// the upper levels (app/unit_browse.h).
constexpr size_t kUnitPageSize = 500;

// The unit form's parent and successor (codes past kUnitChoiceLimit units).
const UnitField kParentUnit{"parent_id", "parent_code"};
const UnitField kSuccessorUnit{"successor_id", "successor_code"};

core::Unit unit_from_form(const Ctx& ctx) {
  core::Unit u;
  u.code = ctx.field("code");
  u.name = ctx.field("name");
  u.short_name = ctx.field("short_name");
  u.kind = core::parse_unit_kind(ctx.field("kind")).value_or(core::UnitKind::kOther);
  u.host_agency = ctx.field("host_agency");
  u.valid_from = ctx.field("valid_from");
  u.valid_to = ctx.field("valid_to");
  u.parent_id = parse_id(ctx.field("parent_id"));
  u.successor_id = parse_id(ctx.field("successor_id"));
  try {
    u.version = std::stoll(ctx.field("version").empty() ? "0" : ctx.field("version"));
  } catch (const std::exception&) {
    u.version = -1;
  }
  return u;
}

Response unit_form(const app::Services& s, const Request& req, Ctx& ctx, const core::Unit& u, bool is_new,
                   const core::Error* error, unsigned status) {
  auto nodes = app::unit_tree(s, *ctx.actor);
  if (!nodes.ok()) return error_page(req, ctx, nodes.error());
  json::object data{{"unit", app::to_json(u)},
                    {"is_new", is_new},
                    {"kinds", unit_kind_options(u.kind)},
                    {"action", is_new ? std::string("/don-vi/moi") : "/don-vi/" + std::to_string(u.id) + "/sua"}};
  // A unit hangs under, and hands over to, any unit but itself.
  const auto self = is_new ? std::nullopt : std::optional(u.id);
  const UnitKeep others = [self](const core::Unit& other) { return !self || other.id != *self; };
  json::object parent = unit_choice(**nodes, kParentUnit, others, ids_of(u.parent_id), ctx.form);
  add_empty_choice(parent, msg::kUnitNoParent);
  json::object successor = unit_choice(**nodes, kSuccessorUnit, others, ids_of(u.successor_id), ctx.form);
  add_empty_choice(successor, msg::kUnitNoSuccessor);
  data["parent_pick"] = std::move(parent);
  data["successor_pick"] = std::move(successor);
  add_form_error(data, error);
  return render_page(req, ctx, "unit_form", is_new ? msg::kPageTitleAddUnit : msg::kPageTitleEditUnit, data, status);
}

// Turns the parent's and successor's codes (a large tree's form) into the ids
// unit_from_form reads. Which units are allowed is the use case's to say.
core::Status take_unit_form_codes(const app::Services& s, Ctx& ctx) {
  if (auto taken = take_unit_codes(s, ctx, kParentUnit); !taken.ok()) return taken;
  return take_unit_codes(s, ctx, kSuccessorUnit);
}

}  // namespace

void add_org_routes(Router& r, const app::Services& s, const WebOptions& o) {
  install(r, s, o, {
      {"GET", "/don-vi", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        app::UnitBrowseRequest want;
        const auto goc = req.query_param("goc");
        if (!goc.empty()) {
          want.root_id = parse_id(goc);
          if (!want.root_id) return error_page(req, ctx, app::not_found(msg::kWhatUnit));
        }
        want.page = page_number(req);
        want.page_size = kUnitPageSize;
        want.whole_levels = true;
        want.level_limit = kUnitPageSize;
        auto shown = app::browse_unit_page(s, *ctx.actor, want);
        if (!shown.ok()) return error_page(req, ctx, shown.error());
        json::array rows;
        for (const auto& b : shown->units) {
          const auto& n = b.node;
          rows.push_back(json::object{{"id", n.unit.id},
                                      {"name", n.unit.name},
                                      {"code", n.unit.code},
                                      {"kind", std::string(core::unit_kind_label(n.unit.kind))},
                                      {"host_agency", n.unit.host_agency},
                                      {"dissolved", !n.unit.valid_to.empty()},
                                      {"depth", std::min(b.level, 8)},
                                      {"people", n.people}});
          if (b.hidden > 0) rows.back().as_object()["hidden"] = b.hidden;
        }
        json::array crumbs;
        for (const auto& u : shown->crumbs) crumbs.push_back(json::object{{"id", u.id}, {"name", u.name}});
        const std::string base = shown->root ? "/don-vi?goc=" + std::to_string(shown->root->id) + "&" : "/don-vi?";
        json::object data{{"units", rows},
                          {"empty", rows.empty() && shown->page == 1},
                          {"total", shown->total},
                          {"page", shown->page},
                          {"shortened", shown->shortened},
                          {"levels", shown->levels},
                          {"crumbs", crumbs},
                          {"can_edit", app::permits_somewhere(*ctx.actor, core::Action::kEditOrg)},
                          {"can_export", app::permits_somewhere(*ctx.actor, core::Action::kExportLists)}};
        if (shown->root) data["root"] = json::object{{"id", shown->root->id}, {"name", shown->root->name}};
        if (shown->page > 1) data["prev_href"] = base + "trang=" + std::to_string(shown->page - 1);
        if (shown->has_more) data["next_href"] = base + "trang=" + std::to_string(shown->page + 1);
        if (shown->total > static_cast<int64_t>(kUnitPageSize)) {
          data["pages"] = (shown->total + static_cast<int64_t>(kUnitPageSize) - 1) / static_cast<int64_t>(kUnitPageSize);
        }
        return render_page(req, ctx, "units", msg::kPageTitleUnits, data);
      }},

      {"GET", "/don-vi/moi", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        if (!app::permits_somewhere(*ctx.actor, core::Action::kEditOrg)) {
          return error_page(req, ctx, app::forbidden(msg::kPageActAddUnit));
        }
        core::Unit u;
        u.parent_id = parse_id(req.query_param("cha"));
        return unit_form(s, req, ctx, u, true, nullptr, 200);
      }},

      {"POST", "/don-vi/moi", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        if (auto taken = take_unit_form_codes(s, ctx); !taken.ok()) {
          if (core::is_server_failure(taken.error())) return error_page(req, ctx, taken.error());
          return unit_form(s, req, ctx, unit_from_form(ctx), true, &taken.error(), failure_status(taken.error()));
        }
        core::Unit u = unit_from_form(ctx);
        auto created = app::create_unit(s, *ctx.actor, u, ctx.meta);
        if (!created.ok()) {
          if (created.error().code == core::errc::kForbidden) return error_page(req, ctx, created.error());
          return unit_form(s, req, ctx, u, true, &created.error(), failure_status(created.error()));
        }
        return Response::redirect("/don-vi/" + std::to_string(created->id));
      }},

      {"GET", "/don-vi/{id:int}", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        auto d = app::get_unit(s, *ctx.actor, id);
        if (!d.ok()) return error_page(req, ctx, d.error());
        json::array names;
        for (const auto& n : d->names) {
          names.push_back(json::object{{"name", n.name}, {"from", n.valid_from}, {"to", n.valid_to}});
        }
        json::object data{{"unit", app::to_json(d->unit)},
                          {"kind", std::string(core::unit_kind_label(d->unit.kind))},
                          {"names", names},
                          {"can_edit", d->can_edit},
                          {"can_name_receiving", d->can_edit && app::may_name_receiving_agencies(*ctx.actor)},
                          {"people_href", "/nhan-su?don-vi=" + std::to_string(d->unit.id)},
                          {"sees_people", app::permits(*ctx.actor, core::Action::kViewPeople, d->unit.path)}};
        if (d->parent) data["parent"] = json::object{{"id", d->parent->id}, {"name", d->parent->name}};
        if (d->successor) data["successor"] = json::object{{"id", d->successor->id}, {"name", d->successor->name}};
        auto awards = app::unit_awards(s, *d);
        if (!awards.ok()) return error_page(req, ctx, awards.error());
        data["awards"] = award_history_rows(*awards);
        data["has_awards"] = !awards->empty();
        return render_page(req, ctx, "unit", d->unit.name, data);
      }},

      {"GET", "/don-vi/{id:int}/sua", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        auto d = app::get_unit(s, *ctx.actor, id);
        if (!d.ok()) return error_page(req, ctx, d.error());
        if (!d->can_edit) return error_page(req, ctx, app::forbidden(msg::kPageActEditUnit));
        return unit_form(s, req, ctx, d->unit, false, nullptr, 200);
      }},

      {"POST", "/don-vi/{id:int}/sua", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        const auto taken = take_unit_form_codes(s, ctx);
        core::Unit u = unit_from_form(ctx);
        u.id = id;
        if (!taken.ok()) {
          if (core::is_server_failure(taken.error())) return error_page(req, ctx, taken.error());
          return unit_form(s, req, ctx, u, false, &taken.error(), failure_status(taken.error()));
        }
        auto saved = app::update_unit(s, *ctx.actor, u, ctx.meta);
        if (!saved.ok()) {
          const auto& e = saved.error();
          if (is_refusal(e)) return error_page(req, ctx, e);
          return unit_form(s, req, ctx, u, false, &e, failure_status(e));
        }
        return Response::redirect("/don-vi/" + std::to_string(id));
      }},

      {"GET", "/don-vi/xuat", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        return xlsx_download(req, ctx, s.data_dir, "don-vi.xlsx",
                             [&](const std::string& path) { return app::export_units_xlsx(s, *ctx.actor, path); });
      }, Cost::kHeavy},
  });

  add_import_routes(r, s, o,
                    ImportRoutes{&app::units_import_kind(), "/nhap-don-vi", "", msg::kPageImportUnitsHeading,
                                 msg::kWhatUnit, msg::kPageImportUnitsRequired,
                                 {msg::kPageImportUnitsColCode, msg::kPageImportUnitsColName,
                                  msg::kPageImportUnitsColKind, msg::kPageImportUnitsColParent,
                                  msg::kPageImportUnitsColValidFrom},
                                 [](const json::object& v) {
                                   const auto kind = core::parse_unit_kind(text_of(v, "kind"));
                                   return json::array{text_of(v, "code"), text_of(v, "name"),
                                                      kind ? std::string(core::unit_kind_label(*kind))
                                                           : text_of(v, "kind"),
                                                      text_of(v, "parent_code"), text_of(v, "valid_from")};
                                 }});
}

}  // namespace thidua::web
