// The JSON API of reorganisations (issue 14 #4): preview a merger, split,
// rename, move or dissolution, apply it with the preview's token, read the
// history. Same use cases and authorisation as the pages (app/reorganisations.h).
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>

#include "app/reorganisations.h"
#include "core/messages_vi/api.h"
#include "core/messages_vi/reorganisation.h"
#include "web/api/api_common.h"
#include "web/api/routes.h"
#include "web/route_table.h"
#include "web/shared/params.h"
#include "web/shared/reorg_input.h"
#include "web/shared/respond.h"

namespace thidua::web {
namespace msg = core::messages_vi;

namespace {
namespace json = boost::json;

core::Result<core::AgencyHeader> header_json(const json::value& v, const char* field) {
  if (!v.is_object()) return bad_request(msg::kApiReorgHeaderInvalid, field);
  const auto& o = v.as_object();
  if (auto bad = unknown_member(o, {"governing_body", "issuing_body", "place", "symbol"})) return *bad;
  Reader r{o, std::nullopt};
  core::AgencyHeader h;
  r.text("governing_body", h.governing_body);
  r.text("issuing_body", h.issuing_body);
  r.text("place", h.place);
  if (o.contains("symbol")) r.text("symbol", h.symbol);
  if (r.error) return *r.error;
  return h;
}


core::Result<core::ReorgRequest> request_from_json(const json::object& body) {
  if (auto bad = unknown_member(body, {"kind", "effective_date", "legal_basis", "note", "sources", "target_id",
                                       "new_units", "new_parent_id", "new_name", "new_short_name", "header",
                                       "people_to", "children_to", "token"})) {
    return *bad;
  }
  core::ReorgRequest r;
  Reader rd{body, std::nullopt};
  std::string kind;
  rd.text("kind", kind);
  rd.text("effective_date", r.effective_date);
  rd.text("legal_basis", r.legal_basis);
  rd.text("note", r.note);
  rd.id("target_id", r.target_id);
  rd.id("new_parent_id", r.new_parent_id);
  rd.text("new_name", r.new_name);
  rd.text("new_short_name", r.new_short_name);
  int64_t people_to = 0;
  rd.number("people_to", people_to);
  if (rd.error) return *rd.error;
  auto parsed = core::parse_reorg_kind(kind);
  if (!parsed) return core::make_error(core::errc::kValidation, msg::kReorgKindInvalid, "kind");
  r.kind = *parsed;
  if (people_to < 0 || people_to > static_cast<int64_t>(kMaxNewUnits)) people_to = kMaxNewUnits;
  r.people_to = static_cast<size_t>(people_to);
  if (auto* v = body.if_contains("sources")) {
    if (!v->is_array()) return bad_request(msg::kApiReorgSourcesNotArray, "sources");
    for (const auto& e : v->as_array()) {
      if (!e.is_int64() || e.as_int64() <= 0) return bad_request(msg::kApiReorgSourcesNotArray, "sources");
      r.sources.push_back(e.as_int64());
    }
  }
  if (auto* v = body.if_contains("header"); v && !v->is_null()) {
    auto h = header_json(*v, "header");
    if (!h.ok()) return h.error();
    r.header = *h;
  }
  if (auto* v = body.if_contains("new_units"); v && !v->is_null()) {
    if (!v->is_array() || v->as_array().size() > kMaxNewUnits) {
      return bad_request(msg::kApiReorgNewUnitsInvalid, "new_units");
    }
    for (const auto& e : v->as_array()) {
      if (!e.is_object()) return bad_request(msg::kApiReorgNewUnitsInvalid, "new_units");
      const auto& o = e.as_object();
      if (auto bad = unknown_member(o, {"code", "name", "short_name", "kind", "parent_id", "header"})) return *bad;
      Reader u{o, std::nullopt};
      core::NewUnit n;
      std::string unit_kind;
      u.text("code", n.code);
      u.text("name", n.name);
      u.text("short_name", n.short_name);
      u.text("kind", unit_kind);
      u.id("parent_id", n.parent_id);
      if (u.error) return *u.error;
      if (!unit_kind.empty()) {
        auto k = core::parse_unit_kind(unit_kind);
        if (!k) return core::make_error(core::errc::kValidation, msg::kApiUnitKindInvalid, "new_units");
        n.kind = *k;
      }
      if (auto* h = o.if_contains("header"); h && !h->is_null()) {
        auto header = header_json(*h, "new_units");
        if (!header.ok()) return header.error();
        n.header = *header;
      }
      r.new_units.push_back(std::move(n));
    }
  }
  if (auto* v = body.if_contains("children_to"); v && !v->is_null()) {
    if (!v->is_object()) return bad_request(msg::kApiReorgChildrenToInvalid, "children_to");
    for (const auto& [key, index] : v->as_object()) {
      auto child = parse_id(std::string(key));
      if (!child || !index.is_int64() || index.as_int64() < 0) {
        return bad_request(msg::kApiReorgChildrenToInvalid, "children_to");
      }
      r.children_to[*child] = static_cast<size_t>(std::min<int64_t>(index.as_int64(), kMaxNewUnits));
    }
  }
  return r;
}


json::object preview_json(const app::ReorgPreview& p) {
  json::object o = p.summary;
  o["token"] = p.token;
  return o;
}

}  // namespace

void add_reorganisation_api_routes(Router& r, const app::Services& s, const WebOptions& o) {
  install(r, s, o, {
      {"POST", "/api/v1/reorganisations/preview", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        auto body = body_object(req);
        if (!body.ok()) return api_error(body.error());
        auto request = request_from_json(*body);
        if (!request.ok()) return api_error(request.error());
        auto preview = app::preview_reorganisation(s, *ctx.actor, *request);
        if (!preview.ok()) return api_error(preview.error());
        return Response::json(preview_json(*preview));
      }},

      {"POST", "/api/v1/reorganisations", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        auto body = body_object(req);
        if (!body.ok()) return api_error(body.error());
        auto request = request_from_json(*body);
        if (!request.ok()) return api_error(request.error());
        std::string token;
        if (auto* t = body->if_contains("token"); t && t->is_string()) token = std::string(t->as_string());
        if (token.empty()) return api_error(bad_request(msg::kApiReorgTokenMissing, "token"));
        auto done = app::apply_reorganisation(s, *ctx.actor, *request, token, ctx.meta);
        if (!done.ok()) return api_error(done.error());
        json::array created;
        for (int64_t id : done->created_ids) created.push_back(id);
        json::object out = done->preview.summary;
        out["id"] = done->id;
        out["created_unit_ids"] = std::move(created);
        return Response::json(out, 201);
      }, Cost::kHeavy},

      {"GET", "/api/v1/reorganisations", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t page = int_param(req, "page", 1, 1, kMaxPageNumber);
        auto history = app::reorganisation_history(s, *ctx.actor, page);
        if (!history.ok()) return api_error(history.error());
        json::array items;
        for (const auto& rec : history->items) {
          json::value summary;
          boost::system::error_code ec;
          summary = json::parse(rec.summary, ec);
          if (ec) summary = json::object{};
          items.push_back(json::object{{"id", rec.id},
                                       {"kind", core::reorg_kind_code(rec.kind)},
                                       {"effective_date", rec.effective_date},
                                       {"legal_basis", rec.legal_basis},
                                       {"note", rec.note},
                                       {"created_by", rec.created_by},
                                       {"created_at", rec.created_at},
                                       {"summary", std::move(summary)}});
        }
        return Response::json(json::object{{"items", std::move(items)},
                                           {"page", history->page},
                                           {"page_size", history->per_page},
                                           {"total", history->total}});
      }},
  });
}

}  // namespace thidua::web
