#include "web/shared/reorg_views.h"

#include <boost/json/array.hpp>

#include "core/org.h"

namespace thidua::web {
namespace json = boost::json;
namespace {

std::string text(const json::object& o, const char* key) {
  auto* v = o.if_contains(key);
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

int64_t number(const json::object& o, const char* key) {
  auto* v = o.if_contains(key);
  return v && v->is_int64() ? v->as_int64() : 0;
}

std::string name_of(const json::object& o, const char* key) {
  auto* v = o.if_contains(key);
  return v && v->is_object() ? text(v->as_object(), "name") : std::string();
}

}  // namespace

json::object reorg_view(const json::object& summary) {
  json::array steps;
  if (auto* list = summary.if_contains("steps"); list && list->is_array()) {
    for (const auto& v : list->as_array()) {
      if (!v.is_object()) continue;
      const auto& s = v.as_object();
      const std::string op = text(s, "op");
      const auto* to = s.if_contains("to");
      const bool has_to = to && to->is_object();
      const auto* successor = s.if_contains("successor");
      const bool is_successor = successor && successor->is_bool() && successor->as_bool();
      json::object h;
      if (auto* hv = s.if_contains("header"); hv && hv->is_object()) h = hv->as_object();
      std::string code;
      if (auto* u = s.if_contains("unit"); u && u->is_object()) code = text(u->as_object(), "code");
      steps.push_back(json::object{{"is_create", op == "create"},
                                   {"is_move", op == "move"},
                                   {"is_transfer", op == "transfer"},
                                   {"is_close", op == "close"},
                                   {"is_rename", op == "rename"},
                                   {"is_header", op == "header" || (op == "create" && !h.empty())},
                                   {"unit", name_of(s, "unit")},
                                   {"code", code},
                                   {"to", has_to ? name_of(s, "to") : std::string()},
                                   {"to_top", !has_to},
                                   {"successor", has_to && is_successor},
                                   {"receiver", has_to && !is_successor},
                                   {"count", number(s, "count")},
                                   {"name", text(s, "name")},
                                   {"parent", name_of(s, "parent")},
                                   {"has_parent", !name_of(s, "parent").empty()},
                                   {"governing_body", text(h, "governing_body")},
                                   {"issuing_body", text(h, "issuing_body")},
                                   {"place", text(h, "place")},
                                   {"symbol", text(h, "symbol")}});
    }
  }
  json::array notices;
  if (auto* list = summary.if_contains("notices"); list && list->is_array()) {
    for (const auto& v : list->as_array()) {
      if (!v.is_object()) continue;
      const auto& n = v.as_object();
      const std::string kind = text(n, "kind");
      notices.push_back(json::object{{"is_open_campaigns", kind == "open_campaigns"},
                                     {"is_grants_stay", kind == "grants_stay"},
                                     {"is_header_unchanged", kind == "header_unchanged"},
                                     {"unit", name_of(n, "unit")},
                                     {"count", number(n, "count")}});
    }
  }
  const bool has_notices = !notices.empty();
  return json::object{{"kind_label", text(summary, "kind_label")},
                      {"effective_date", core::display_date(text(summary, "effective_date"))},
                      {"legal_basis", text(summary, "legal_basis")},
                      {"note", text(summary, "note")},
                      {"people_moved", number(summary, "people_moved")},
                      {"units_closed", number(summary, "units_closed")},
                      {"steps", std::move(steps)},
                      {"notices", std::move(notices)},
                      {"has_notices", has_notices}};
}

}  // namespace thidua::web
