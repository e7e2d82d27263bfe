// Reorganisations (issue 14 #4): the form of each kind, the preview of what
// will change (nothing is written before the confirmation), the confirmation,
// and the history of the reorganisations touching units the actor sees.
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>

#include <algorithm>

#include "app/access.h"
#include "app/org.h"
#include "app/reorganisations.h"
#include "core/messages_vi/reorganisation.h"
#include "web/route_table.h"
#include "web/shared/format.h"
#include "web/shared/params.h"
#include "web/shared/reorg_input.h"
#include "web/shared/reorg_views.h"
#include "web/shared/respond.h"
#include "web/ui/routes.h"
#include "web/ui/unit_choice.h"
#include "web/ui/unit_options.h"

namespace thidua::web {
namespace msg = core::messages_vi;

namespace {
namespace json = boost::json;

bool is_open(const core::Unit& u) { return u.valid_to.empty(); }

std::string field(const std::multimap<std::string, std::string>& form, const std::string& name) {
  auto it = form.find(name);
  return it == form.end() ? std::string() : it->second;
}

// The form's unit fields. A merge takes several sources; the others one.
// Past kUnitChoiceLimit units each asks for codes (web/ui/unit_choice.h).
const UnitField kMergeSources{"sources", "source_codes", true};
const UnitField kOneSource{"sources", "source_code"};
const UnitField kTarget{"target_id", "target_code"};
const UnitField kNewParent{"new_parent_id", "new_parent_code"};
UnitField new_unit_parent(size_t i) {
  const std::string p = "new_" + std::to_string(i) + "_parent_";
  return UnitField{p + "id", p + "code"};
}

// Units a reorganisation may touch: open ones the actor edits.
UnitKeep editable_units(const core::Actor& actor) {
  return [&actor](const core::Unit& u) { return is_open(u) && app::permits(actor, core::Action::kEditOrg, u.path); };
}

// Turns the codes of every unit field the form holds into ids.
core::Status take_reorg_unit_codes(const app::Services& s, Ctx& ctx) {
  const auto keep = editable_units(*ctx.actor);
  for (const auto* f : {&kMergeSources, &kOneSource, &kTarget, &kNewParent}) {
    if (auto taken = take_unit_codes(s, ctx, *f, keep); !taken.ok()) return taken;
  }
  for (size_t i = 0; i < kMaxNewUnits; ++i) {
    if (auto taken = take_unit_codes(s, ctx, new_unit_parent(i), keep); !taken.ok()) return taken;
  }
  return {};
}

// The object the partial "unit_choice" renders, with a first empty choice.
json::object unit_pick(const std::vector<app::UnitNode>& nodes, const UnitField& f, const UnitKeep& keep,
                       std::vector<int64_t> selected, const std::multimap<std::string, std::string>& form,
                       const char* empty, bool required = false) {
  json::object pick = unit_choice(nodes, f, keep, selected, form);
  if (empty != nullptr && !f.many) add_empty_choice(pick, empty);
  if (required) {
    pick["required"] = true;
    pick["empty_hint"] = nullptr;  // a required field is never left blank
  }
  return pick;
}

// The form of `kind`, filled from `form` (empty for a new one).
Response reorg_form(const app::Services& s, const Request& req, Ctx& ctx, core::ReorgKind kind,
                    const std::multimap<std::string, std::string>& form, size_t new_count, const core::Error* error,
                    unsigned status) {
  if (!app::may_reorganise(*ctx.actor)) return error_page(req, ctx, app::forbidden(msg::kActionReorganise));
  auto nodes = app::unit_tree(s, *ctx.actor);
  if (!nodes.ok()) return error_page(req, ctx, nodes.error());
  std::vector<int64_t> chosen;
  auto [from, to] = form.equal_range("sources");
  for (auto it = from; it != to; ++it) {
    if (auto id = parse_id(it->second)) chosen.push_back(*id);
  }
  const bool is_merge = kind == core::ReorgKind::kMerge;
  const bool is_split = kind == core::ReorgKind::kSplit;
  const auto editable = editable_units(*ctx.actor);
  const UnitField& target = kind == core::ReorgKind::kMove ? kNewParent : kTarget;
  const char* target_empty = kind == core::ReorgKind::kMove      ? msg::kReorgMoveToTop
                             : kind == core::ReorgKind::kDissolve ? msg::kReorgNoReceiver
                                                                  : msg::kReorgMergeIntoNew;

  json::array kinds;
  for (auto k : core::all_reorg_kinds()) {
    kinds.push_back(json::object{{"code", core::reorg_kind_code(k)},
                                 {"label", core::reorg_kind_label(k)},
                                 {"current", k == kind}});
  }
  json::array new_units;
  const size_t count = is_split ? new_count : is_merge ? 1 : 0;
  json::array people_targets;
  for (size_t i = 0; i < count; ++i) {
    const std::string p = "new_" + std::to_string(i) + "_";
    const auto unit_kind = core::parse_unit_kind(field(form, p + "kind")).value_or(core::UnitKind::kDivision);
    new_units.push_back(json::object{
        {"index", static_cast<int64_t>(i)},
        {"legend", is_split ? msg::reorg_new_unit_legend(i + 1) : std::string(msg::kReorgNewUnitMerged)},
        {"code", field(form, p + "code")},
        {"name", field(form, p + "name")},
        {"short_name", field(form, p + "short_name")},
        {"kinds", unit_kind_options(unit_kind)},
        {"parent_pick", unit_pick(**nodes, new_unit_parent(i), editable, ids_of(parse_id(field(form, p + "parent_id"))),
                                  form, msg::kReorgNewUnitAtTop)},
        {"header_governing_body", field(form, p + "header_governing_body")},
        {"header_issuing_body", field(form, p + "header_issuing_body")},
        {"header_place", field(form, p + "header_place")},
        {"header_symbol", field(form, p + "header_symbol")}});
    people_targets.push_back(json::object{{"value", static_cast<int64_t>(i)},
                                          {"label", msg::reorg_new_unit_legend(i + 1)},
                                          {"selected", field(form, "people_to") == std::to_string(i)}});
  }
  json::object data{
      {"kinds", std::move(kinds)},
      {"kind", core::reorg_kind_code(kind)},
      {"is_merge", is_merge},
      {"is_split", is_split},
      {"is_rename", kind == core::ReorgKind::kRename},
      {"is_move", kind == core::ReorgKind::kMove},
      {"is_dissolve", kind == core::ReorgKind::kDissolve},
      {"has_header", kind == core::ReorgKind::kRename || kind == core::ReorgKind::kMove},
      {"effective_date", field(form, "effective_date")},
      {"legal_basis", field(form, "legal_basis")},
      {"note", field(form, "note")},
      {"new_name", field(form, "new_name")},
      {"new_short_name", field(form, "new_short_name")},
      {"header_governing_body", field(form, "header_governing_body")},
      {"header_issuing_body", field(form, "header_issuing_body")},
      {"header_place", field(form, "header_place")},
      {"header_symbol", field(form, "header_symbol")},
      {"sources_pick", unit_pick(**nodes, is_merge ? kMergeSources : kOneSource, editable, chosen, form,
                                 msg::kReorgChooseUnit, true)},
      {"target_pick", unit_pick(**nodes, target, editable, ids_of(parse_id(field(form, target.id_field))), form,
                                target_empty)},
      {"new_units", std::move(new_units)},
      {"new_count", static_cast<int64_t>(count)},
      {"more_count", static_cast<int64_t>(std::min(count + 1, kMaxNewUnits))},
      {"people_targets", std::move(people_targets)}};
  add_form_error(data, error);
  return render_page(req, ctx, "reorg_form", msg::kPageTitleReorganise, data, status);
}

size_t split_count(const std::string& text) {
  auto n = parse_id(text);
  if (!n) return 2;
  return std::clamp<size_t>(static_cast<size_t>(*n), 2, kMaxNewUnits);
}

// The preview: the plan in words, the request again as hidden fields, and for
// a split a choice of new unit for each sub-unit.
Response preview_page(const Request& req, Ctx& ctx, const app::ReorgPreview& p,
                      const std::multimap<std::string, std::string>& form, const core::Error* error = nullptr) {
  json::array hidden;
  for (const auto& [name, value] : form) {
    if (name == "_csrf" || name == "token" || name.rfind("child_", 0) == 0) continue;
    hidden.push_back(json::object{{"name", name}, {"value", value}});
  }
  json::array children;
  if (p.request.kind == core::ReorgKind::kSplit) {
    for (const auto& st : p.plan.steps) {
      if (st.op != core::ReorgStep::Op::kMoveUnit || !st.to || !st.to->is_new()) continue;
      std::string name;
      if (auto* steps = p.summary.if_contains("steps"); steps && steps->is_array()) {
        for (const auto& v : steps->as_array()) {
          const auto& o = v.as_object();
          const auto& u = o.at("unit").as_object();
          if (o.at("op") == "move" && u.at("id").is_int64() && u.at("id").as_int64() == st.unit.id) {
            name = std::string(u.at("name").as_string());
          }
        }
      }
      json::array options;
      for (size_t i = 0; i < p.request.new_units.size(); ++i) {
        options.push_back(json::object{{"value", static_cast<int64_t>(i)},
                                       {"label", p.request.new_units[i].name},
                                       {"selected", static_cast<int>(i) == st.to->created}});
      }
      children.push_back(json::object{{"id", st.unit.id}, {"name", name}, {"options", std::move(options)}});
    }
  }
  const bool has_children = !children.empty();
  json::object data{{"view", reorg_view(p.summary)},
                    {"token", p.token},
                    {"kind", core::reorg_kind_code(p.request.kind)},
                    {"hidden", std::move(hidden)},
                    {"children", std::move(children)},
                    {"has_children", has_children}};
  add_form_error(data, error);
  return render_page(req, ctx, "reorg_preview", msg::kPageTitleReorganisePreview, data,
                     error ? failure_status(*error) : 200);
}

// A refusal answers with the error page; anything else shows the form again.
Response form_again(const app::Services& s, const Request& req, Ctx& ctx, const core::Error& e) {
  if (is_refusal(e)) return error_page(req, ctx, e);
  auto kind = core::parse_reorg_kind(field(ctx.form, "kind"));
  if (!kind) return error_page(req, ctx, e);
  return reorg_form(s, req, ctx, *kind, ctx.form, split_count(field(ctx.form, "new_count")), &e, failure_status(e));
}

}  // namespace

void add_reorganisation_routes(Router& r, const app::Services& s, const WebOptions& o) {
  install(r, s, o, {
      {"GET", "/don-vi/sap-xep", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        auto kind = core::parse_reorg_kind(req.query_param("loai"));
        return reorg_form(s, req, ctx, kind.value_or(core::ReorgKind::kMerge), {}, split_count(req.query_param("so")),
                          nullptr, 200);
      }},

      {"POST", "/don-vi/sap-xep/xem-truoc", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        if (auto taken = take_reorg_unit_codes(s, ctx); !taken.ok()) return form_again(s, req, ctx, taken.error());
        auto request = reorg_from_form(ctx.form);
        if (!request.ok()) return form_again(s, req, ctx, request.error());
        auto preview = app::preview_reorganisation(s, *ctx.actor, *request);
        if (!preview.ok()) return form_again(s, req, ctx, preview.error());
        return preview_page(req, ctx, *preview, ctx.form);
      }},

      {"POST", "/don-vi/sap-xep", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        if (auto taken = take_reorg_unit_codes(s, ctx); !taken.ok()) return form_again(s, req, ctx, taken.error());
        auto request = reorg_from_form(ctx.form);
        if (!request.ok()) return form_again(s, req, ctx, request.error());
        auto done = app::apply_reorganisation(s, *ctx.actor, *request, field(ctx.form, "token"), ctx.meta);
        if (!done.ok()) {
          if (done.error().code == core::errc::kConflict) {
            // Something changed since the preview: show the new preview with the reason.
            auto again = app::preview_reorganisation(s, *ctx.actor, *request);
            if (again.ok()) return preview_page(req, ctx, *again, ctx.form, &done.error());
          }
          return form_again(s, req, ctx, done.error());
        }
        return Response::redirect("/don-vi/sap-xep/lich-su?da-ghi=" + std::to_string(done->id));
      }, Cost::kHeavy},

      {"GET", "/don-vi/sap-xep/lich-su", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int page = int_param(req, "trang", 1, 1, kMaxPageNumber);
        auto history = app::reorganisation_history(s, *ctx.actor, page);
        if (!history.ok()) return error_page(req, ctx, history.error());
        json::array items;
        for (const auto& rec : history->items) {
          boost::system::error_code ec;
          json::value summary = json::parse(rec.summary, ec);
          json::object view = reorg_view(!ec && summary.is_object() ? summary.as_object() : json::object{});
          items.push_back(json::object{{"view", std::move(view)},
                                       {"created_by", rec.created_by},
                                       {"created_at", vietnam_time(rec.created_at)}});
        }
        const int64_t pages = (history->total + history->per_page - 1) / history->per_page;
        const std::string base = "/don-vi/sap-xep/lich-su?trang=";
        json::object data{{"items", std::move(items)},
                          {"empty", history->items.empty()},
                          {"can_edit", app::may_reorganise(*ctx.actor)},
                          {"page", history->page},
                          {"pages", pages},
                          {"prev_href", history->page > 1 ? base + std::to_string(history->page - 1) : ""},
                          {"next_href", history->page < pages ? base + std::to_string(history->page + 1) : ""}};
        return render_page(req, ctx, "reorg_history", msg::kPageTitleReorganiseHistory, data);
      }},
  });
}

}  // namespace thidua::web
