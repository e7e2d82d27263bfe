#include "web/ui/import_pages.h"

#include <memory>

#include <boost/json/object.hpp>

#include "app/access.h"
#include "core/messages_vi/api_imports.h"
#include "web/route_table.h"
#include "web/shared/downloads.h"
#include "web/shared/params.h"
#include "web/shared/respond.h"

namespace thidua::web {
namespace msg = core::messages_vi;

namespace {
namespace json = boost::json;

// The spec of one request: its paths with the campaign of the path filled in
// (per-campaign kinds), and the kind's scope; or the error to show when the
// actor may not import here (kNotFound for a campaign they do not see).
struct Bound {
  ImportRoutes spec;
  int64_t scope = 0;
};

core::Result<Bound> bound(const app::Services& s, const ImportRoutes& base, const Ctx& ctx) {
  Bound b{base, 0};
  if (b.spec.template_path.empty()) b.spec.template_path = b.spec.path + "/mau";
  if (base.kind->per_campaign) {
    b.scope = ctx.id("id");
    for (std::string* p : {&b.spec.path, &b.spec.template_path}) {
      if (auto at = p->find("{id:int}"); at != std::string::npos) p->replace(at, 8, std::to_string(b.scope));
    }
  }
  THIDUA_TRY(base.kind->may_import(s, *ctx.actor, b.scope));
  return b;
}

Response page(const Request& req, Ctx& ctx, const ImportRoutes& spec, json::object data, unsigned status = 200) {
  data["heading"] = spec.heading;
  data["what"] = spec.what;
  data["action"] = spec.path;
  data["template_href"] = spec.template_path;
  data["required"] = spec.required;
  return render_page(req, ctx, "import", spec.heading, std::move(data), status);
}

// The href of a preview page.
std::string preview_href(const ImportRoutes& spec, const std::string& token, bool only_problems, int page) {
  return spec.path + "/xem-truoc?ma=" + percent_encode(token) + "&trang=" + std::to_string(page) +
         (only_problems ? "&loi=1" : "");
}

// One page of a staged preview: the counts of the whole file, this page's
// rows and their problems, links to the other pages and to the filter.
Response preview(const Request& req, Ctx& ctx, const ImportRoutes& spec, const app::ImportPage& p, unsigned status) {
  json::array issues, headings, rows;
  for (const auto& r : p.rows) {
    for (const auto& i : r.issues) {
      issues.push_back(json::object{{"row", i.row}, {"column", i.column}, {"message", i.message}});
    }
    rows.push_back(json::object{{"row", r.row}, {"ok", r.ok}, {"cells", spec.cells(r.values)}});
  }
  for (const auto& h : spec.headings) headings.push_back(json::string(h));
  const auto& sum = p.summary;
  json::object data{{"preview", true},
                    {"headings", headings},
                    {"confirm_action", spec.path + "/xac-nhan"},
                    {"filename", sum.filename},
                    {"rows", rows},
                    {"row_count", sum.rows},
                    {"invalid_count", sum.rows - sum.valid_rows},
                    {"issues", issues},
                    {"issue_count", sum.issues},
                    {"has_issues", sum.issues > 0},
                    {"page_has_issues", !issues.empty()},
                    {"only_problems", p.only_problems},
                    {"all_href", preview_href(spec, sum.token, false, 1)},
                    {"problems_href", preview_href(spec, sum.token, true, 1)},
                    {"page", p.page},
                    {"confirmable", sum.confirmable()},
                    {"token", sum.token}};
  const int64_t pages = (p.total + p.page_size - 1) / p.page_size;
  if (pages > 1) data["pages"] = pages;
  if (p.page > 1) data["prev_href"] = preview_href(spec, sum.token, p.only_problems, p.page - 1);
  if (p.page < pages) data["next_href"] = preview_href(spec, sum.token, p.only_problems, p.page + 1);
  return page(req, ctx, spec, data, status);
}

Response failure(const Request& req, Ctx& ctx, const ImportRoutes& spec, const core::Error& e) {
  if (e.code == core::errc::kForbidden) return error_page(req, ctx, e);
  return page(req, ctx, spec, json::object{{"error", e.message}}, failure_status(e));
}

}  // namespace

void add_import_routes(Router& r, const app::Services& s, const WebOptions& o, ImportRoutes spec_in) {
  auto base = std::make_shared<const ImportRoutes>(std::move(spec_in));
  const std::string template_pattern = base->template_path.empty() ? base->path + "/mau" : base->template_path;

  install(r, s, o, {
      {"GET", base->path, Access::kLoggedIn, [&s, base](Request& req, Ctx& ctx) {
        auto b = bound(s, *base, ctx);
        if (!b.ok()) return error_page(req, ctx, b.error());
        json::object data;
        if (auto n = req.query_param("da-nhap"); !n.empty()) data["done"] = n;
        return page(req, ctx, b->spec, data);
      }},

      {"GET", template_pattern, Access::kLoggedIn, [&s, base](Request& req, Ctx& ctx) {
        auto b = bound(s, *base, ctx);
        if (!b.ok()) return error_page(req, ctx, b.error());
        auto bytes = base->kind->template_bytes();
        if (!bytes.ok()) return error_page(req, ctx, bytes.error());
        Response res;
        res.content_type = kXlsxType;
        res.body = std::move(*bytes);
        res.set_header("Content-Disposition", "attachment; filename=\"" + std::string(base->kind->template_file) + "\"");
        return res;
      }, Cost::kHeavy},

      {"POST", base->path, Access::kLoggedIn, [&s, base](Request& req, Ctx& ctx) {
        auto b = bound(s, *base, ctx);
        if (!b.ok()) return error_page(req, ctx, b.error());
        const ImportRoutes& spec = b->spec;
        const FormPart* file = ctx.file("file");
        if (!file || file->data.empty()) {
          return page(req, ctx, spec, json::object{{"error", msg::kImportFileRequired}}, 422);
        }
        auto staged = spec.kind->stage(s, *ctx.actor, b->scope, file->data, file->filename);
        if (!staged.ok()) return failure(req, ctx, spec, staged.error());
        auto first = spec.kind->page(s, *ctx.actor, b->scope, staged->token, false, 1, kImportPreviewPageSize);
        if (!first.ok()) return failure(req, ctx, spec, first.error());
        return preview(req, ctx, spec, *first, staged->confirmable() ? 200 : 422);
      }, Cost::kHeavy},

      {"GET", base->path + "/xem-truoc", Access::kLoggedIn, [&s, base](Request& req, Ctx& ctx) {
        auto b = bound(s, *base, ctx);
        if (!b.ok()) return error_page(req, ctx, b.error());
        const ImportRoutes& spec = b->spec;
        auto p = spec.kind->page(s, *ctx.actor, b->scope, req.query_param("ma"), req.query_param("loi") == "1",
                                 page_number(req), kImportPreviewPageSize);
        if (!p.ok()) return failure(req, ctx, spec, p.error());
        return preview(req, ctx, spec, *p, 200);
      }},

      {"POST", base->path + "/xac-nhan", Access::kLoggedIn, [&s, base](Request& req, Ctx& ctx) {
        auto b = bound(s, *base, ctx);
        if (!b.ok()) return error_page(req, ctx, b.error());
        const ImportRoutes& spec = b->spec;
        auto written = spec.kind->confirm(s, *ctx.actor, b->scope, ctx.field("token"), ctx.meta);
        if (!written.ok()) return failure(req, ctx, spec, written.error());
        return Response::redirect(spec.path + "?da-nhap=" + std::to_string(*written));
      }, Cost::kHeavy},
  });
}

}  // namespace thidua::web
