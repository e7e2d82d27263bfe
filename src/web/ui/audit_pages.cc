// The audit trail for administrators and leaders: newest first, filtered by
// record, actor or action, paginated by sequence number.
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <map>

#include "app/audit.h"
#include "app/export_lists.h"
#include "core/messages_vi/pages.h"
#include "web/route_table.h"
#include "web/shared/downloads.h"
#include "web/shared/format.h"
#include "web/shared/params.h"
#include "web/shared/respond.h"
#include "web/ui/routes.h"

namespace thidua::web {
namespace msg = core::messages_vi;

namespace {
namespace json = boost::json;

// Vietnamese names of record kinds and of the fields shown in changes.
std::string entity_label(const std::string& entity) {
  static const std::map<std::string, std::string> labels = {{"person", msg::kPageAuditEntityPerson},
                                                            {"unit", msg::kPageAuditEntityUnit},
                                                            {"user", msg::kPageAuditEntityUser},
                                                            {"database", msg::kPageAuditEntityDatabase}};
  auto it = labels.find(entity);
  return it == labels.end() ? entity : it->second;
}

std::string field_label(const std::string& field) {
  static const std::map<std::string, std::string> labels = {{"full_name", msg::kPageAuditFieldFullName},
                                                            {"gender", msg::kPageAuditFieldGender},
                                                            {"birth_date", msg::kPageAuditFieldBirthDate},
                                                            {"position", msg::kPageAuditFieldPosition},
                                                            {"title", msg::kPageAuditFieldTitle},
                                                            {"category", msg::kPageAuditFieldCategory},
                                                            {"email", msg::kPageAuditFieldEmail},
                                                            {"phone", msg::kPageAuditFieldPhone},
                                                            {"unit_id", msg::kPageAuditFieldUnitId},
                                                            {"unit_name", msg::kPageAuditFieldUnitName},
                                                            {"code", msg::kPageAuditFieldCode},
                                                            {"name", msg::kPageAuditFieldName},
                                                            {"short_name", msg::kPageAuditFieldShortName},
                                                            {"kind", msg::kPageAuditFieldKind},
                                                            {"host_agency", msg::kPageAuditFieldHostAgency},
                                                            {"valid_from", msg::kPageAuditFieldValidFrom},
                                                            {"valid_to", msg::kPageAuditFieldValidTo},
                                                            {"parent_id", msg::kPageAuditFieldParent},
                                                            {"successor_id", msg::kPageAuditFieldSuccessor},
                                                            {"username", msg::kPageAuditFieldUsername},
                                                            {"display_name", msg::kPageAuditFieldDisplayName},
                                                            {"disabled", msg::kPageAuditFieldDisabled},
                                                            {"roles", msg::kPageAuditFieldRoles},
                                                            {"failed_logins", msg::kPageAuditFieldFailedLogins},
                                                            {"locked", msg::kPageAuditFieldLocked},
                                                            {"token_id", msg::kPageAuditFieldToken},
                                                            {"people", msg::kPageAuditFieldPeople},
                                                            {"units", msg::kPageAuditFieldUnits},
                                                            {"accounts", msg::kPageAuditFieldAccounts}};
  auto it = labels.find(field);
  return it == labels.end() ? field : it->second;
}

// Lists the fields whose values differ between before and after JSON objects.
json::array changes_of(const std::optional<std::string>& before, const std::optional<std::string>& after) {
  json::array out;
  std::error_code ec;
  json::value b = before ? json::parse(*before, ec) : json::value(json::object{});
  if (ec) b = json::object{};
  json::value a = after ? json::parse(*after, ec) : json::value(json::object{});
  if (ec) a = json::object{};
  if (!a.is_object()) return out;
  const json::object* bo = b.if_object();
  for (const auto& kv : a.as_object()) {
    if (kv.key() == "version") continue;
    const json::value* old = bo ? bo->if_contains(kv.key()) : nullptr;
    if (old && *old == kv.value()) continue;
    auto show = [](const json::value* v) -> std::string {
      if (!v || v->is_null()) return "";
      if (v->is_string()) return std::string(v->as_string());
      return json::serialize(*v);
    };
    std::string key(kv.key());
    out.push_back(json::object{{"field", key},
                               {"label", field_label(key)},
                               {"before", show(old)},
                               {"after", show(&kv.value())}});
  }
  return out;
}

core::AuditFilter filter_from(const Request& req) {
  core::AuditFilter f;
  f.entity = req.query_param("doi-tuong").substr(0, 40);
  f.entity_id = req.query_param("ma").substr(0, 40);
  f.action = req.query_param("hanh-dong").substr(0, 60);
  return f;
}

}  // namespace

void add_audit_routes(Router& r, const app::Services& s, const WebOptions& o) {
  install(r, s, o, {
      {"GET", "/nhat-ky/xuat", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        core::AuditFilter f = filter_from(req);
        return xlsx_download(req, ctx, s.data_dir, "nhat-ky.xlsx",
                             [&](const std::string& path) { return app::export_audit_xlsx(s, *ctx.actor, f, path); });
      }, Cost::kHeavy},

      {"GET", "/nhat-ky", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        core::AuditFilter f = filter_from(req);
        if (auto before = parse_id(req.query_param("truoc"))) f.before_seq = *before;
        f.limit = 50;
        auto rows = app::browse_audit(s, *ctx.actor, f);
        if (!rows.ok()) return error_page(req, ctx, rows.error());
        json::array entries;
        for (const auto& row : *rows) {
          entries.push_back(json::object{{"seq", row.seq},
                                         {"at", vietnam_time(row.at)},
                                         {"actor", row.actor_name.empty() ? std::string("—") : row.actor_name},
                                         {"action", row.action},
                                         {"entity", row.entity},
                                         {"entity_label", entity_label(row.entity)},
                                         {"entity_id", row.entity_id},
                                         {"ip", row.ip},
                                         {"changes", changes_of(row.before_json, row.after_json)}});
        }
        std::string export_href = "/nhat-ky/xuat?doi-tuong=" + percent_encode(f.entity) +
                                  "&ma=" + percent_encode(f.entity_id) + "&hanh-dong=" + percent_encode(f.action);
        json::array entity_options;
        for (const auto& [value, label] :
             std::vector<std::pair<std::string, std::string>>{{"", msg::kPageAuditAll},
                                                              {"person", msg::kPageAuditEntityPerson},
                                                              {"unit", msg::kPageAuditEntityUnit},
                                                              {"user", msg::kPageAuditEntityUser}}) {
          entity_options.push_back(
              json::object{{"value", value}, {"label", label}, {"selected", value == f.entity}});
        }
        json::object data{{"entries", entries},
                          {"entity_options", entity_options},
                          {"empty", entries.empty()},
                          {"export_href", export_href},
                          {"entity", f.entity},
                          {"entity_id", f.entity_id},
                          {"action", f.action}};
        if (static_cast<int>(rows->size()) == f.limit) {
          std::string href = "/nhat-ky?truoc=" + std::to_string(rows->back().seq);
          if (!f.entity.empty()) href += "&doi-tuong=" + percent_encode(f.entity);
          if (!f.entity_id.empty()) href += "&ma=" + percent_encode(f.entity_id);
          if (!f.action.empty()) href += "&hanh-dong=" + percent_encode(f.action);
          data["next_href"] = href;
        }
        return render_page(req, ctx, "audit", msg::kPageTitleAudit, data);
      }},
  });
}

}  // namespace thidua::web
