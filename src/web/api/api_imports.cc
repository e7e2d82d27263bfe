#include "web/api/routes.h"

#include <string>
#include <vector>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "app/import_kinds.h"
#include "core/messages_vi/api_imports.h"
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

// A problem of the file: its row, the column as the file spells it and its
// stable key (`field`, null for problems of the whole row).
json::object issue_json(const app::ImportIssue& i) {
  return json::object{{"row", i.row},
                      {"column", i.column.empty() ? json::value(nullptr) : json::value(i.column)},
                      {"field", i.field.empty() ? json::value(nullptr) : json::value(i.field)},
                      {"code", kIssueInvalidValue},
                      {"message", i.message}};
}

// A page of the preview as the API answers it: the counts of the whole file,
// then the page's rows, each with its values and its problems.
json::object preview_json(const app::ImportPage& p) {
  json::array out_rows;
  for (const auto& r : p.rows) {
    json::array errors;
    for (const auto& i : r.issues) errors.push_back(issue_json(i));
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
  q.page = int_param(req, "page", 1, 1, kMaxPageNumber);
  q.page_size = int_param(req, "page_size", 100, 1, 500);
  const std::string problems = req.query_param("problems");
  q.only_problems = problems == "true" || problems == "1";
  return q;
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

// Where each kind's four routes live.
struct KindRoutes {
  const app::ImportKind& kind;
  std::string prefix;  // + "/template.xlsx", "/imports", "/imports/{import_id}", ".../confirm"
};

// The kind's scope from the path (the campaign of a per-campaign kind), once
// the caller may import it there; else the error to answer.
core::Result<int64_t> scope_of(const app::Services& s, const app::ImportKind& kind, const Ctx& ctx) {
  const int64_t scope = kind.per_campaign ? ctx.id("id") : 0;
  THIDUA_TRY(kind.may_import(s, *ctx.actor, scope));
  return scope;
}

std::vector<RouteDef> kind_routes(const app::Services& s, const KindRoutes& k) {
  const app::ImportKind* kind = &k.kind;
  return {
      {"GET", k.prefix + "/template.xlsx", Access::kLoggedIn, [&s, kind](Request&, Ctx& ctx) {
        auto scope = scope_of(s, *kind, ctx);
        if (!scope.ok()) return api_error(scope.error());
        return xlsx_response(kind->template_bytes(), std::string(kind->template_file));
      }, Cost::kHeavy},
      // The answer to an upload: its first page.
      {"POST", k.prefix + "/imports", Access::kLoggedIn, [&s, kind](Request& req, Ctx& ctx) {
        auto scope = scope_of(s, *kind, ctx);
        if (!scope.ok()) return api_error(scope.error());
        auto file = uploaded_file(req, ctx);
        if (!file.ok()) return api_error(file.error());
        auto summary = kind->stage(s, *ctx.actor, *scope, (*file)->data, (*file)->filename);
        if (!summary.ok()) return api_error(summary.error());
        auto page = kind->page(s, *ctx.actor, *scope, summary->token, false, 1, 100);
        if (!page.ok()) return api_error(page.error());
        return Response::json(preview_json(*page), 201);
      }, Cost::kHeavy},
      {"GET", k.prefix + "/imports/{import_id}", Access::kLoggedIn, [&s, kind](Request& req, Ctx& ctx) {
        auto scope = scope_of(s, *kind, ctx);
        if (!scope.ok()) return api_error(scope.error());
        const PageQuery q = page_query(req);
        auto p = kind->page(s, *ctx.actor, *scope, req.path_param("import_id"), q.only_problems, q.page, q.page_size);
        if (!p.ok()) return api_error(p.error());
        return Response::json(preview_json(*p));
      }},
      // The rows written, or the refusal (with the imports' own codes,
      // core::errc::kImportHasErrors and kImportNotFound).
      {"POST", k.prefix + "/imports/{import_id}/confirm", Access::kLoggedIn, [&s, kind](Request& req, Ctx& ctx) {
        auto scope = scope_of(s, *kind, ctx);
        if (!scope.ok()) return api_error(scope.error());
        auto written = kind->confirm(s, *ctx.actor, *scope, req.path_param("import_id"), ctx.meta);
        if (!written.ok()) return api_error(written.error());
        return Response::json(json::object{{"imported", *written}});
      }, Cost::kHeavy},
  };
}

}  // namespace

void add_import_api_routes(Router& r, const app::Services& s, const WebOptions& o) {
  for (const KindRoutes& k : {KindRoutes{app::people_import_kind(), "/api/v1/people"},
                              KindRoutes{app::units_import_kind(), "/api/v1/units"},
                              KindRoutes{app::awards_import_kind(), "/api/v1/awards"},
                              KindRoutes{app::evaluations_import_kind(), "/api/v1/evaluations"},
                              KindRoutes{app::initiatives_import_kind(), "/api/v1/initiatives"},
                              KindRoutes{app::discipline_import_kind(), "/api/v1/discipline"},
                              KindRoutes{app::absences_import_kind(), "/api/v1/absences"},
                              KindRoutes{app::registrations_import_kind(), "/api/v1/campaigns/{id:int}/registrations"}}) {
    install(r, s, o, kind_routes(s, k));
  }
}

}  // namespace thidua::web
