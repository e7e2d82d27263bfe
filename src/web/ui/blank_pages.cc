// The certificate blanks (app/certificate_blanks.h): /mau-phoi-giay-khen lists
// the blanks the actor sees with a form to add one; a blank's page edits
// where each field prints and offers the calibration page; a decision's
// certificates print on a blank from the decision's page
// (/dot-thi-dua/{id}/quyet-dinh/{did}/phoi/{bid}/giay-khen.pdf).
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/certificate_blanks.h"
#include "app/org.h"
#include "core/messages_vi/certificate_blanks.h"
#include "web/route_table.h"
#include "web/shared/document_downloads.h"
#include "web/shared/format.h"
#include "web/shared/params.h"
#include "web/shared/respond.h"
#include "web/ui/routes.h"
#include "web/ui/unit_choice.h"

namespace thidua::web {

namespace msg = core::messages_vi;
namespace json = boost::json;

namespace {

std::string mm(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

// A number typed in a form: "12.5" or "12,5". nullopt for anything else.
std::optional<double> form_number(std::string text) {
  for (char& c : text) {
    if (c == ',') c = '.';
  }
  if (text.empty() || text.size() > 12) return std::nullopt;
  for (char c : text) {
    if (!std::isdigit(static_cast<unsigned char>(c)) && c != '.' && c != '-' && c != '+') return std::nullopt;
  }
  char* end = nullptr;
  const double v = std::strtod(text.c_str(), &end);
  if (end == nullptr || *end != '\0' || !std::isfinite(v)) return std::nullopt;
  return v;
}

// The blank's layout from the form fields, starting from `base`. A number
// that does not read is a validation error on its field.
core::Result<core::BlankLayout> layout_from_form(const Ctx& ctx, core::BlankLayout base) {
  auto read = [&](const std::string& name, double& into) -> core::Status {
    auto v = form_number(ctx.field(name));
    if (!v) return core::make_error(core::errc::kValidation, msg::blank_number_invalid(name), name);
    into = *v;
    return {};
  };
  THIDUA_TRY(read("page_width_mm", base.page_width_mm));
  THIDUA_TRY(read("page_height_mm", base.page_height_mm));
  THIDUA_TRY(read("offset_x_mm", base.offset_x_mm));
  THIDUA_TRY(read("offset_y_mm", base.offset_y_mm));
  for (core::BlankField f : core::kBlankFields) {
    const std::string code(core::blank_field_code(f));
    core::FieldBox& b = base.box(f);
    b.printed = ctx.field(code + ".printed") == "1";
    b.bold = ctx.field(code + ".bold") == "1";
    b.centered = ctx.field(code + ".centered") == "1";
    THIDUA_TRY(read(code + ".x_mm", b.x_mm));
    THIDUA_TRY(read(code + ".y_mm", b.y_mm));
    THIDUA_TRY(read(code + ".width_mm", b.width_mm));
    THIDUA_TRY(read(code + ".size_pt", b.size_pt));
  }
  return base;
}

json::array boxes_json(const core::BlankLayout& l) {
  json::array out;
  for (core::BlankField f : core::kBlankFields) {
    const core::FieldBox& b = l.box(f);
    const std::string code(core::blank_field_code(f));
    out.push_back(json::object{{"code", code},          {"label", msg::blank_field_name(code)},
                               {"printed", b.printed},  {"x_mm", mm(b.x_mm)},
                               {"y_mm", mm(b.y_mm)},    {"width_mm", mm(b.width_mm)},
                               {"size_pt", mm(b.size_pt)}, {"bold", b.bold},
                               {"centered", b.centered}});
  }
  return out;
}

// A blank's agency: one where the actor drafts decisions.
const UnitField kBlankUnit{"don_vi", "ma_don_vi"};
UnitKeep blank_units(const core::Actor& a) {
  return [&a](const core::Unit& u) { return app::permits(a, core::Action::kDraftDecisions, u.path); };
}

Response list_page(const app::Services& s, const Request& req, Ctx& ctx, const core::Error* error,
                   const std::string& form_name, unsigned status) {
  auto blanks = app::list_blanks(s, *ctx.actor);
  if (!blanks.ok()) return error_page(req, ctx, blanks.error());
  json::array items;
  for (const auto& b : *blanks) {
    items.push_back(json::object{{"id", b.id},
                                 {"name", b.name},
                                 {"unit_name", b.unit_name},
                                 {"page", mm(b.layout.page_width_mm) + " × " + mm(b.layout.page_height_mm) + " mm"},
                                 {"offset", mm(b.layout.offset_x_mm) + "; " + mm(b.layout.offset_y_mm) + " mm"},
                                 {"updated_on", vietnamese_date(b.updated_at.substr(0, std::min<size_t>(10, b.updated_at.size())))}});
  }
  json::object unit_pick;
  bool may_create = false;
  const auto scopes = app::blank_scopes(*ctx.actor);
  if (!scopes.empty()) {
    auto nodes = app::unit_tree(s, *ctx.actor);
    if (!nodes.ok()) return error_page(req, ctx, nodes.error());
    const auto keep = blank_units(*ctx.actor);
    may_create = std::any_of((*nodes)->begin(), (*nodes)->end(), [&](const app::UnitNode& n) { return keep(n.unit); });
    std::vector<int64_t> chosen;
    if (auto id = parse_id(ctx.field("don_vi"))) chosen.push_back(*id);
    unit_pick = unit_choice(**nodes, kBlankUnit, keep, chosen, ctx.form);
  }
  json::object data{{"items", items},
                    {"has_items", !items.empty()},
                    {"may_create", may_create},
                    {"unit_pick", std::move(unit_pick)},
                    {"form_name", form_name}};
  add_form_error(data, error);
  return render_page(req, ctx, "certificate_blanks", msg::kPageBlanksTitle, data, status);
}

Response blank_page(const app::Services& s, const Request& req, Ctx& ctx, int64_t id, const core::Error* error,
                    const core::CertificateBlank* sent, bool saved, unsigned status) {
  auto b = app::get_blank(s, *ctx.actor, id);
  if (!b.ok()) return error_page(req, ctx, b.error());
  const core::CertificateBlank& shown = sent ? *sent : *b;
  json::object data{{"id", b->id},
                    {"name", shown.name},
                    {"unit_name", b->unit_name},
                    {"version", sent ? sent->version : b->version},  // a refused form keeps the version it was read at
                    {"page_width_mm", mm(shown.layout.page_width_mm)},
                    {"page_height_mm", mm(shown.layout.page_height_mm)},
                    {"offset_x_mm", mm(shown.layout.offset_x_mm)},
                    {"offset_y_mm", mm(shown.layout.offset_y_mm)},
                    {"boxes", boxes_json(shown.layout)},
                    {"may_edit", app::permits(*ctx.actor, core::Action::kDraftDecisions, b->unit_path)},
                    {"saved", saved}};
  add_form_error(data, error);
  return render_page(req, ctx, "certificate_blank", b->name, data, status);
}

}  // namespace

void add_blank_routes(Router& r, const app::Services& s, const WebOptions& o) {
  install(r, s, o, {
      {"GET", "/mau-phoi-giay-khen", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        return list_page(s, req, ctx, nullptr, "", 200);
      }},

      {"POST", "/mau-phoi-giay-khen", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        if (auto taken = take_unit_codes(s, ctx, kBlankUnit, blank_units(*ctx.actor)); !taken.ok()) {
          if (core::is_server_failure(taken.error())) return error_page(req, ctx, taken.error());
          return list_page(s, req, ctx, &taken.error(), ctx.field("ten"), failure_status(taken.error()));
        }
        const auto unit = parse_id(ctx.field("don_vi"));
        app::BlankInput input{ctx.field("ten"), core::default_blank_layout()};
        auto id = app::create_blank(s, *ctx.actor, unit.value_or(0), input, ctx.meta);
        if (!id.ok()) {
          if (is_refusal(id.error())) return error_page(req, ctx, id.error());
          return list_page(s, req, ctx, &id.error(), input.name, failure_status(id.error()));
        }
        return Response::redirect("/mau-phoi-giay-khen/" + std::to_string(*id));
      }},

      {"GET", "/mau-phoi-giay-khen/{bid:int}", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        return blank_page(s, req, ctx, ctx.id("bid"), nullptr, nullptr, req.query_param("da-luu") == "1", 200);
      }},

      {"POST", "/mau-phoi-giay-khen/{bid:int}", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("bid");
        auto before = app::get_blank(s, *ctx.actor, id);
        if (!before.ok()) return error_page(req, ctx, before.error());
        core::CertificateBlank sent = *before;
        sent.name = ctx.field("ten");
        sent.version = parse_id(ctx.field("version")).value_or(0);
        auto layout = layout_from_form(ctx, before->layout);
        if (!layout.ok()) return blank_page(s, req, ctx, id, &layout.error(), &sent, false, 422);
        sent.layout = *layout;
        auto saved = app::update_blank(s, *ctx.actor, id, {sent.name, sent.layout}, sent.version, ctx.meta);
        if (!saved.ok()) {
          if (is_refusal(saved.error())) return error_page(req, ctx, saved.error());
          return blank_page(s, req, ctx, id, &saved.error(), &sent, false, failure_status(saved.error()));
        }
        return Response::redirect("/mau-phoi-giay-khen/" + std::to_string(id) + "?da-luu=1");
      }},

      {"GET", "/mau-phoi-giay-khen/{bid:int}/can-chinh.pdf", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) { return blank_calibration_download(s, req, ctx); }, Cost::kHeavy},

      {"GET", "/dot-thi-dua/{id:int}/quyet-dinh/{did:int}/phoi/{bid:int}/giay-khen.pdf", Access::kLoggedIn,
       [&s](Request& req, Ctx& ctx) { return blank_certificates_download(s, req, ctx); }, Cost::kHeavy},
  });
}

}  // namespace thidua::web
