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

std::string template_path(const ImportRoutes& spec) {
  return spec.template_path.empty() ? spec.path + "/mau" : spec.template_path;
}

using Spec = std::shared_ptr<const ImportRoutes>;

// The spec serving this request (see ImportRoutes::bind).
core::Result<Spec> bound(const Spec& spec, const Request& req, const Ctx& ctx) {
  if (!spec->bind) return spec;
  auto b = spec->bind(req, ctx);
  if (!b.ok()) return b.error();
  return Spec(std::make_shared<const ImportRoutes>(std::move(*b)));
}

Response page(const Request& req, Ctx& ctx, const ImportRoutes& spec, json::object data, unsigned status = 200) {
  data["heading"] = spec.heading;
  data["what"] = spec.what;
  data["action"] = spec.path;
  data["template_href"] = template_path(spec);
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
  auto allowed = [](const Ctx& ctx, const ImportRoutes& spec) {
    return app::permits_somewhere(*ctx.actor, spec.permission);
  };

  install(r, s, o, {
      {"GET", base->path, Access::kLoggedIn, [base, allowed](Request& req, Ctx& ctx) {
        auto spec = bound(base, req, ctx);
        if (!spec.ok()) return error_page(req, ctx, spec.error());
        if (!allowed(ctx, **spec)) return error_page(req, ctx, app::forbidden((*spec)->denied));
        json::object data;
        if (auto n = req.query_param("da-nhap"); !n.empty()) data["done"] = n;
        return page(req, ctx, **spec, data);
      }},

      {"GET", template_path(*base), Access::kLoggedIn, [base, allowed](Request& req, Ctx& ctx) {
        auto spec = bound(base, req, ctx);
        if (!spec.ok()) return error_page(req, ctx, spec.error());
        if (!allowed(ctx, **spec)) return error_page(req, ctx, app::forbidden((*spec)->denied));
        auto bytes = (*spec)->template_bytes();
        if (!bytes.ok()) return error_page(req, ctx, bytes.error());
        Response res;
        res.content_type = kXlsxType;
        res.body = std::move(*bytes);
        res.set_header("Content-Disposition", "attachment; filename=\"" + (*spec)->template_name + "\"");
        return res;
      }, Cost::kHeavy},

      {"POST", base->path, Access::kLoggedIn, [base](Request& req, Ctx& ctx) {
        auto bound_spec = bound(base, req, ctx);
        if (!bound_spec.ok()) return error_page(req, ctx, bound_spec.error());
        const ImportRoutes& spec = **bound_spec;
        const FormPart* file = ctx.file("file");
        if (!file || file->data.empty()) {
          return page(req, ctx, spec, json::object{{"error", msg::kImportFileRequired}}, 422);
        }
        auto staged = spec.stage(*ctx.actor, file->data, file->filename);
        if (!staged.ok()) return failure(req, ctx, spec, staged.error());
        auto first = spec.page(*ctx.actor, staged->token, false, 1);
        if (!first.ok()) return failure(req, ctx, spec, first.error());
        return preview(req, ctx, spec, *first, staged->confirmable() ? 200 : 422);
      }, Cost::kHeavy},

      {"GET", base->path + "/xem-truoc", Access::kLoggedIn, [base](Request& req, Ctx& ctx) {
        auto bound_spec = bound(base, req, ctx);
        if (!bound_spec.ok()) return error_page(req, ctx, bound_spec.error());
        const ImportRoutes& spec = **bound_spec;
        auto p = spec.page(*ctx.actor, req.query_param("ma"), req.query_param("loi") == "1", page_number(req));
        if (!p.ok()) {
          if (p.error().code == core::errc::kForbidden) return error_page(req, ctx, p.error());
          return page(req, ctx, spec, json::object{{"error", p.error().message}}, failure_status(p.error()));
        }
        return preview(req, ctx, spec, *p, 200);
      }},

      {"POST", base->path + "/xac-nhan", Access::kLoggedIn, [base](Request& req, Ctx& ctx) {
        auto bound_spec = bound(base, req, ctx);
        if (!bound_spec.ok()) return error_page(req, ctx, bound_spec.error());
        const ImportRoutes& spec = **bound_spec;
        auto written = spec.confirm(*ctx.actor, ctx.field("token"), ctx.meta);
        if (!written.ok()) return failure(req, ctx, spec, written.error());
        return Response::redirect(spec.path + "?da-nhap=" + std::to_string(*written));
      }, Cost::kHeavy},
  });
}

}  // namespace thidua::web
