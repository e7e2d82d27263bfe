#include "web/api/api_imports.h"

#include <map>
#include <string>
#include <vector>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/import_people.h"
#include "app/import_units.h"
#include "app/people.h"
#include "app/records_json.h"
#include "app/campaigns.h"
#include "app/registrations.h"
#include "core/messages_vi/api_imports.h"
#include "core/names.h"
#include "web/ui/page.h"

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

struct PreviewRow {
  int row = 0;
  bool ok = true;
  json::object values;
};

// The preview as the API answers it: every row with its values and its
// problems, the problems not tied to a listed row, and the counts.
json::object preview_json(const std::string& token, const std::string& filename, const std::vector<PreviewRow>& rows,
                          const std::vector<app::ImportIssue>& issues, bool confirmable, const Columns& c) {
  std::multimap<int, const app::ImportIssue*> by_row;
  for (const auto& i : issues) by_row.emplace(i.row, &i);
  json::array out_rows;
  int64_t valid = 0;
  std::map<int, bool> listed;
  for (const auto& r : rows) {
    json::array errors;
    auto [lo, hi] = by_row.equal_range(r.row);
    for (auto it = lo; it != hi; ++it) errors.push_back(issue_json(*it->second, c));
    listed[r.row] = true;
    if (r.ok) ++valid;
    out_rows.push_back(json::object{{"row", r.row}, {"ok", r.ok}, {"values", r.values}, {"errors", errors}});
  }
  json::array other;
  for (const auto& i : issues) {
    if (!listed.count(i.row)) other.push_back(issue_json(i, c));
  }
  const auto total = static_cast<int64_t>(rows.size());
  return json::object{{"import_id", token},
                      {"filename", filename},
                      {"confirmable", confirmable},
                      {"counts", json::object{{"rows", total},
                                              {"valid_rows", valid},
                                              {"invalid_rows", total - valid},
                                              {"errors", static_cast<int64_t>(issues.size())}}},
                      {"rows", out_rows},
                      {"errors", other}};
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

json::object person_values(const app::ImportRow& row) {
  json::object v = app::to_json(row.person).as_object();
  v.erase("id");
  v.erase("version");
  v["unit_code"] = row.unit_code;
  return v;
}

json::object unit_values(const app::UnitImportRow& row) {
  json::object v = app::to_json(row.unit).as_object();
  v.erase("id");
  v.erase("version");
  v.erase("successor_id");
  v["parent_code"] = row.parent_code;
  v["successor_code"] = row.successor_code;
  return v;
}

json::object registration_values(const app::RegistrationImportRow& row) {
  const core::Registration& reg = row.registration;
  json::array targets, initiatives;
  for (const auto& t : reg.targets) targets.push_back(json::object{{"content_label", t.content_label}, {"text", t.text}});
  for (const auto& i : reg.initiatives) {
    initiatives.push_back(json::object{{"title", i.title}, {"content", i.content}, {"expected_effect", i.expected_effect}});
  }
  return json::object{{"person_id", reg.person_id ? json::value(*reg.person_id) : json::value(nullptr)},
                      {"person_name", row.person_name},
                      {"unit_id", reg.unit_id > 0 ? json::value(reg.unit_id) : json::value(nullptr)},
                      {"unit_name", row.unit_name},
                      {"signature_task", reg.signature_task},
                      {"targets", targets},
                      {"initiatives", initiatives}};
}

// The campaign of the path, when the caller sees it (as the import page
// checks it): its id, or the error to answer.
core::Result<int64_t> visible_campaign_id(const app::Services& s, const Request& req, const Ctx& ctx) {
  auto cid = parse_id(req.path_param("id"));
  if (!cid) return app::not_found(msg::kWhatCampaign);
  auto campaign = app::require_visible_campaign(s, *ctx.actor, *cid);
  if (!campaign.ok()) return campaign.error();
  return *cid;
}

}  // namespace

void add_import_api_routes(Router& r, const app::Services& s, const WebOptions& o) {
  // People.
  r.get("/api/v1/people/template.xlsx", guard(s, o, Access::kLoggedIn, [](Request&, Ctx& ctx) {
          if (!app::permits_somewhere(*ctx.actor, core::Action::kImportPeople)) {
            return api_error(app::forbidden(msg::kActionImportPeople));
          }
          return xlsx_response(app::people_import_template(), "mau-nhap-nhan-su.xlsx");
        }), Cost::kHeavy);
  r.post("/api/v1/people/imports", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
           auto file = uploaded_file(req, ctx);
           if (!file.ok()) return api_error(file.error());
           auto p = app::stage_people_import(s, *ctx.actor, (*file)->data, (*file)->filename);
           if (!p.ok()) return api_error(p.error());
           std::vector<PreviewRow> rows;
           for (const auto& row : p->rows) rows.push_back({row.row, row.ok, person_values(row)});
           return Response::json(preview_json(p->token, p->filename, rows, p->issues, p->confirmable(),
                                              app::people_list_columns()),
                                 201);
         }), Cost::kHeavy);
  r.post("/api/v1/people/imports/{import_id}/confirm", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
           return confirmed(app::confirm_people_import(s, *ctx.actor, req.path_param("import_id"), ctx.meta));
         }), Cost::kHeavy);

  // Units.
  r.get("/api/v1/units/template.xlsx", guard(s, o, Access::kLoggedIn, [](Request&, Ctx& ctx) {
          if (!app::permits_somewhere(*ctx.actor, core::Action::kEditOrg)) {
            return api_error(app::forbidden(msg::kActionImportUnits));
          }
          return xlsx_response(app::units_import_template(), "mau-nhap-don-vi.xlsx");
        }), Cost::kHeavy);
  r.post("/api/v1/units/imports", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
           auto file = uploaded_file(req, ctx);
           if (!file.ok()) return api_error(file.error());
           auto p = app::stage_units_import(s, *ctx.actor, (*file)->data, (*file)->filename);
           if (!p.ok()) return api_error(p.error());
           std::vector<PreviewRow> rows;
           for (const auto& row : p->rows) rows.push_back({row.row, row.ok, unit_values(row)});
           return Response::json(preview_json(p->token, p->filename, rows, p->issues, p->confirmable(),
                                              app::unit_list_columns()),
                                 201);
         }), Cost::kHeavy);
  r.post("/api/v1/units/imports/{import_id}/confirm", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
           return confirmed(app::confirm_units_import(s, *ctx.actor, req.path_param("import_id"), ctx.meta));
         }), Cost::kHeavy);

  // A campaign's individual registrations.
  r.get("/api/v1/campaigns/{id}/registrations/template.xlsx",
        guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
          auto cid = visible_campaign_id(s, req, ctx);
          if (!cid.ok()) return api_error(cid.error());
          if (!app::permits_somewhere(*ctx.actor, core::Action::kSubmitUnitWork)) {
            return api_error(app::forbidden(msg::kActImportRegistrations));
          }
          return xlsx_response(app::registration_import_template(), "mau-dang-ky-thi-dua.xlsx");
        }), Cost::kHeavy);
  r.post("/api/v1/campaigns/{id}/registrations/imports", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
           auto cid = visible_campaign_id(s, req, ctx);
           if (!cid.ok()) return api_error(cid.error());
           auto file = uploaded_file(req, ctx);
           if (!file.ok()) return api_error(file.error());
           auto p = app::stage_registration_import(s, *ctx.actor, *cid, (*file)->data, (*file)->filename);
           if (!p.ok()) return api_error(p.error());
           std::vector<PreviewRow> rows;
           for (const auto& row : p->rows) rows.push_back({row.row, row.ok, registration_values(row)});
           return Response::json(
               preview_json(p->token, p->filename, rows, p->issues, p->confirmable(),
                            app::registration_import_list_columns()),
               201);
         }), Cost::kHeavy);
  r.post("/api/v1/campaigns/{id}/registrations/imports/{import_id}/confirm",
         guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
           auto cid = visible_campaign_id(s, req, ctx);
           if (!cid.ok()) return api_error(cid.error());
           return confirmed(
               app::confirm_registration_import(s, *ctx.actor, *cid, req.path_param("import_id"), ctx.meta));
         }), Cost::kHeavy);
}

}  // namespace thidua::web
