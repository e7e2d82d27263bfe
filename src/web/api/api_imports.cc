#include "web/api/routes.h"

#include <functional>
#include <map>
#include <string>
#include <vector>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/campaigns.h"
#include "app/import_people.h"
#include "app/import_registrations.h"
#include "app/import_units.h"
#include "app/people.h"
#include "app/records_json.h"
#include "app/registrations.h"
#include "core/messages_vi/api_imports.h"
#include "core/names.h"
#include "web/api/api_common.h"
#include "web/route_table.h"
#include "web/shared/downloads.h"
#include "web/shared/params.h"
#include "web/shared/respond.h"

namespace thidua::web {
namespace {
namespace json = boost::json;
namespace msg = core::messages_vi;

// The code of every problem found in a row today; the message says which.
constexpr const char* kIssueInvalidValue = "invalid_value";

// The template's columns: each heading paired with its stable key, so that an
// issue can name its column in a way programs can rely on (`field`).
using Columns = std::vector<app::ListColumn>;

// The stable name of a column of the file: its heading as in the template
// (regardless of case and diacritics) or that name itself; null for a heading
// of another spelling and for problems of the whole row.
json::value field_of(const Columns& c, const std::string& heading) {
  if (heading.empty()) return nullptr;
  const std::string folded = core::fold(heading);
  for (const auto& col : c) {
    if (heading == col.key || folded == core::fold(col.heading)) return json::string(col.key);
  }
  return nullptr;
}

json::object issue_json(const app::ImportIssue& i, const Columns& c) {
  return json::object{{"row", i.row},
                      {"column", i.column.empty() ? json::value(nullptr) : json::value(i.column)},
                      {"field", field_of(c, i.column)},
                      {"code", kIssueInvalidValue},
                      {"message", i.message}};
}

// A page of the preview as the API answers it: the counts of the whole file,
// then the page's rows, each with its values and its problems.
json::object preview_json(const app::ImportPage& p, const Columns& c) {
  json::array out_rows;
  for (const auto& r : p.rows) {
    json::array errors;
    for (const auto& i : r.issues) errors.push_back(issue_json(i, c));
    out_rows.push_back(json::object{{"row", r.row}, {"ok", r.ok}, {"values", r.values}, {"errors", errors}});
  }
  const auto& sum = p.summary;
  return json::object{{"import_id", sum.token},
                      {"filename", sum.filename},
                      {"confirmable", sum.confirmable()},
                      {"counts", json::object{{"rows", sum.rows},
                                              {"valid_rows", sum.valid_rows},
                                              {"invalid_rows", sum.rows - sum.valid_rows},
                                              {"errors", sum.issues}}},
                      {"problems_only", p.only_problems},
                      {"page", p.page},
                      {"page_size", p.page_size},
                      {"total", p.total},
                      {"has_more", static_cast<int64_t>(p.page) * p.page_size < p.total},
                      {"rows", out_rows}};
}

// The page asked for by ?page=&page_size=&problems=true.
struct PageQuery {
  bool only_problems = false;
  int page = 1;
  int page_size = 100;
};

PageQuery page_query(const Request& req) {
  PageQuery q;
  q.page = int_param(req, "page", 1, 1, 1000000);
  q.page_size = int_param(req, "page_size", 100, 1, 500);
  const std::string problems = req.query_param("problems");
  q.only_problems = problems == "true" || problems == "1";
  return q;
}

// The answer to an upload: its first page.
Response staged(const core::Result<app::ImportSummary>& summary,
                const std::function<core::Result<app::ImportPage>(const std::string& token)>& first_page,
                const Columns& c) {
  if (!summary.ok()) return api_error(summary.error());
  auto page = first_page(summary->token);
  if (!page.ok()) return api_error(page.error());
  return Response::json(preview_json(*page, c), 201);
}

// The uploaded file of a multipart/form-data request (field `file`).
core::Result<const FormPart*> uploaded_file(const Request& req, const Ctx& ctx) {
  if (req.content_type().rfind("multipart/form-data", 0) != 0) {
    return core::make_error(core::errc::kUnsupported, msg::kImportNeedsMultipart, "file");
  }
  const FormPart* f = ctx.file("file");
  if (!f || f->data.empty()) return core::make_error(core::errc::kValidation, msg::kImportFileRequired, "file");
  return f;
}

Response xlsx_response(core::Result<std::string> bytes, const std::string& name) {
  if (!bytes.ok()) return api_error(bytes.error());
  Response res;
  res.content_type = kXlsxType;
  res.body = std::move(*bytes);
  res.set_header("Content-Disposition", "attachment; filename=\"" + name + "\"");
  res.set_header("Cache-Control", "no-store");
  return res;
}

// A confirmation's answer: the rows written, or the refusal (with the
// imports' own codes, core::errc::kImportHasErrors and kImportNotFound).
Response confirmed(const core::Result<int64_t>& written) {
  if (written.ok()) return Response::json(json::object{{"imported", *written}});
  return api_error(written.error());
}

// The campaign of the path, when the caller sees it (as the import page
// checks it): its id, or the error to answer.
core::Result<int64_t> visible_campaign_id(const app::Services& s, const Ctx& ctx) {
  const int64_t cid = ctx.id("id");
  auto campaign = app::require_visible_campaign(s, *ctx.actor, cid);
  if (!campaign.ok()) return campaign.error();
  return cid;
}

}  // namespace

void add_import_api_routes(Router& r, const app::Services& s, const WebOptions& o) {
  // People.
  install(r, s, o, {
      {"GET", "/api/v1/people/template.xlsx", Access::kLoggedIn, [](Request&, Ctx& ctx) {
        if (!app::permits_somewhere(*ctx.actor, core::Action::kImportPeople)) {
          return api_error(app::forbidden(msg::kActionImportPeople));
        }
        return xlsx_response(app::people_import_template(), "mau-nhap-nhan-su.xlsx");
      }, Cost::kHeavy},
      {"POST", "/api/v1/people/imports", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        auto file = uploaded_file(req, ctx);
        if (!file.ok()) return api_error(file.error());
        return staged(
            app::stage_people_import(s, *ctx.actor, (*file)->data, (*file)->filename),
            [&](const std::string& token) { return app::people_import_page(s, *ctx.actor, token, false, 1, 100); },
            app::people_list_columns());
      }, Cost::kHeavy},
      {"GET", "/api/v1/people/imports/{import_id}", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const PageQuery q = page_query(req);
        auto p = app::people_import_page(s, *ctx.actor, req.path_param("import_id"), q.only_problems, q.page,
                                         q.page_size);
        if (!p.ok()) return api_error(p.error());
        return Response::json(preview_json(*p, app::people_list_columns()));
      }},
      {"POST", "/api/v1/people/imports/{import_id}/confirm", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        return confirmed(app::confirm_people_import(s, *ctx.actor, req.path_param("import_id"), ctx.meta));
      }, Cost::kHeavy},

      // Units.
      {"GET", "/api/v1/units/template.xlsx", Access::kLoggedIn, [](Request&, Ctx& ctx) {
        if (!app::permits_somewhere(*ctx.actor, core::Action::kEditOrg)) {
          return api_error(app::forbidden(msg::kActionImportUnits));
        }
        return xlsx_response(app::units_import_template(), "mau-nhap-don-vi.xlsx");
      }, Cost::kHeavy},
      {"POST", "/api/v1/units/imports", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        auto file = uploaded_file(req, ctx);
        if (!file.ok()) return api_error(file.error());
        return staged(
            app::stage_units_import(s, *ctx.actor, (*file)->data, (*file)->filename),
            [&](const std::string& token) { return app::units_import_page(s, *ctx.actor, token, false, 1, 100); },
            app::unit_list_columns());
      }, Cost::kHeavy},
      {"GET", "/api/v1/units/imports/{import_id}", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const PageQuery q = page_query(req);
        auto p = app::units_import_page(s, *ctx.actor, req.path_param("import_id"), q.only_problems, q.page,
                                        q.page_size);
        if (!p.ok()) return api_error(p.error());
        return Response::json(preview_json(*p, app::unit_list_columns()));
      }},
      {"POST", "/api/v1/units/imports/{import_id}/confirm", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        return confirmed(app::confirm_units_import(s, *ctx.actor, req.path_param("import_id"), ctx.meta));
      }, Cost::kHeavy},

      // A campaign's individual registrations.
      {"GET", "/api/v1/campaigns/{id:int}/registrations/template.xlsx", Access::kLoggedIn, [&s](Request&, Ctx& ctx) {
        auto cid = visible_campaign_id(s, ctx);
        if (!cid.ok()) return api_error(cid.error());
        if (!app::permits_somewhere(*ctx.actor, core::Action::kSubmitUnitWork)) {
          return api_error(app::forbidden(msg::kActImportRegistrations));
        }
        return xlsx_response(app::registration_import_template(), "mau-dang-ky-thi-dua.xlsx");
      }, Cost::kHeavy},
      {"POST", "/api/v1/campaigns/{id:int}/registrations/imports", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        auto cid = visible_campaign_id(s, ctx);
        if (!cid.ok()) return api_error(cid.error());
        auto file = uploaded_file(req, ctx);
        if (!file.ok()) return api_error(file.error());
        return staged(app::stage_registration_import(s, *ctx.actor, *cid, (*file)->data, (*file)->filename),
                      [&](const std::string& token) {
                        return app::registration_import_page(s, *ctx.actor, *cid, token, false, 1, 100);
                      },
                      app::registration_import_list_columns());
      }, Cost::kHeavy},
      {"GET", "/api/v1/campaigns/{id:int}/registrations/imports/{import_id}", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        auto cid = visible_campaign_id(s, ctx);
        if (!cid.ok()) return api_error(cid.error());
        const PageQuery q = page_query(req);
        auto p = app::registration_import_page(s, *ctx.actor, *cid, req.path_param("import_id"), q.only_problems,
                                               q.page, q.page_size);
        if (!p.ok()) return api_error(p.error());
        return Response::json(preview_json(*p, app::registration_import_list_columns()));
      }},
      {"POST", "/api/v1/campaigns/{id:int}/registrations/imports/{import_id}/confirm", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        auto cid = visible_campaign_id(s, ctx);
        if (!cid.ok()) return api_error(cid.error());
        return confirmed(
            app::confirm_registration_import(s, *ctx.actor, *cid, req.path_param("import_id"), ctx.meta));
      }, Cost::kHeavy},
  });
}

}  // namespace thidua::web
