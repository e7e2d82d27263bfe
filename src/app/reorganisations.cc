#include "app/reorganisations.h"

#include <boost/json/array.hpp>
#include <boost/json/serialize.hpp>

#include "app/access.h"
#include "app/audit.h"
#include "app/crypto.h"
#include "core/messages_vi/reorganisation.h"
#include "store/units.h"
#include "app/clock.h"

namespace thidua::app {
namespace json = boost::json;
namespace msg = core::messages_vi;
namespace {

// Leaves out the units the actor may not see: the plan then answers them as
// missing, like ids that do not exist.
void keep_visible(const core::Actor& actor, core::ReorgSnapshot& snap) {
  for (auto it = snap.units.begin(); it != snap.units.end();) {
    if (permits(actor, core::Action::kViewOrg, it->second.unit.path)) ++it;
    else it = snap.units.erase(it);
  }
}

bool makes_top(const core::ReorgRequest& req) {
  bool top = req.kind == core::ReorgKind::kMove && !req.new_parent_id;
  for (const auto& n : req.new_units) top = top || !n.parent_id;
  return top;
}

// The rights the plan needs beyond seeing: editing every unit acted on, and
// the roots of the sources for a new agency at the top.
core::Status check_rights(const core::Actor& actor, const core::ReorgRequest& req, const core::ReorgSnapshot& snap) {
  for (int64_t id : core::reorg_unit_ids(req)) {
    auto it = snap.units.find(id);
    if (it != snap.units.end() && !permits(actor, core::Action::kEditOrg, it->second.unit.path)) {
      return forbidden(msg::kActionReorganise);
    }
  }
  // A new agency at the top is the deployment's: only an administrator of
  // every agency makes one (who then administers it, apply_reorganisation).
  if (makes_top(req) && !core::can_everywhere(actor, core::Action::kEditOrg)) {
    return forbidden(msg::kActionReorganiseAgency);
  }
  return {};
}

// The state previewed: the units (versions, counts, sub-units), and the plan
// itself with who asks and on what day, so a token confirms only the very
// operation that was shown.
std::string fingerprint(const core::ReorgSnapshot& snap, const json::object& summary, const core::Actor& actor,
                        const std::string& today) {
  std::string s = json::serialize(summary) + "|" + std::to_string(actor.user_id) + "|" + today + "|";
  for (const auto& [id, f] : snap.units) {
    s += std::to_string(id) + ":" + std::to_string(f.unit.version) + ":" + f.unit.path + ":" +
         std::to_string(f.people) + ":" + std::to_string(f.grants) + ":" + std::to_string(f.open_campaigns) + ":" +
         f.last_name_from + ":" + f.last_header_from + ":" + f.last_move + "[";
    for (const auto& c : f.children) s += std::to_string(c.id) + "." + std::to_string(c.version) + ",";
    s += "]";
  }
  for (const auto& c : snap.taken_codes) s += "|" + c;
  return sha256_hex(s);
}

json::value header_json(const core::AgencyHeader& h) {
  return json::object{{"valid_from", h.valid_from},
                      {"governing_body", h.governing_body},
                      {"issuing_body", h.issuing_body},
                      {"place", h.place},
                      {"symbol", h.symbol}};
}

std::string_view op_code(core::ReorgStep::Op op) {
  using Op = core::ReorgStep::Op;
  switch (op) {
    case Op::kCreate: return "create";
    case Op::kMoveUnit: return "move";
    case Op::kTransferPeople: return "transfer";
    case Op::kClose: return "close";
    case Op::kRename: return "rename";
    case Op::kSetHeader: return "header";
  }
  return "";
}

std::string_view notice_code(core::ReorgNotice::Kind k) {
  switch (k) {
    case core::ReorgNotice::Kind::kOpenCampaigns: return "open_campaigns";
    case core::ReorgNotice::Kind::kGrantsStay: return "grants_stay";
    case core::ReorgNotice::Kind::kHeaderUnchanged: return "header_unchanged";
  }
  return "";
}

json::object summarise(const core::ReorgRequest& req, const core::ReorgPlan& plan, const core::ReorgSnapshot& snap,
                       const std::vector<int64_t>& created_ids) {
  std::map<int64_t, const core::Unit*> known;
  for (const auto& [id, f] : snap.units) {
    known[id] = &f.unit;
    for (const auto& c : f.children) known[c.id] = &c;
  }
  auto unit = [&](const core::UnitRef& r) -> json::value {
    if (r.is_new()) {
      const auto& n = req.new_units.at(r.created);
      json::value id = nullptr;
      if (static_cast<size_t>(r.created) < created_ids.size()) id = created_ids[r.created];
      return json::object{{"id", id}, {"code", n.code}, {"name", n.name}, {"new", true}};
    }
    auto it = known.find(r.id);
    return json::object{{"id", r.id},
                        {"code", it == known.end() ? "" : it->second->code},
                        {"name", it == known.end() ? "" : it->second->name},
                        {"new", false}};
  };
  json::array steps;
  for (const auto& s : plan.steps) {
    json::object o{{"op", op_code(s.op)}, {"unit", unit(s.unit)}};
    o["to"] = s.to ? unit(*s.to) : json::value(nullptr);
    if (s.op == core::ReorgStep::Op::kClose) o["successor"] = s.successor;
    if (s.op == core::ReorgStep::Op::kTransferPeople) o["count"] = s.count;
    if (s.op == core::ReorgStep::Op::kRename) {
      o["name"] = s.name;
      o["short_name"] = s.short_name;
    }
    if (s.op == core::ReorgStep::Op::kSetHeader) o["header"] = header_json(s.header);
    if (s.op == core::ReorgStep::Op::kCreate) {
      const auto& n = req.new_units.at(s.unit.created);
      if (n.header) {
        core::AgencyHeader h = *n.header;
        h.valid_from = req.effective_date;
        o["header"] = header_json(h);
      }
      o["parent"] = n.parent_id ? unit(core::UnitRef{*n.parent_id, -1}) : json::value(nullptr);
    }
    steps.push_back(std::move(o));
  }
  json::array notices;
  for (const auto& n : plan.notices) {
    notices.push_back(json::object{
        {"kind", notice_code(n.kind)}, {"unit", unit(core::UnitRef{n.unit_id, -1})}, {"count", n.count}});
  }
  return json::object{{"kind", core::reorg_kind_code(req.kind)},
                      {"kind_label", core::reorg_kind_label(req.kind)},
                      {"effective_date", req.effective_date},
                      {"legal_basis", req.legal_basis},
                      {"note", req.note},
                      {"steps", std::move(steps)},
                      {"notices", std::move(notices)},
                      {"people_moved", plan.people_moved},
                      {"units_closed", plan.units_closed}};
}

// Loads, filters, checks and plans: the common part of preview and apply.
core::Result<ReorgPreview> plan_for(store::Connection& conn, const Services& services, const core::Actor& actor,
                                    const core::ReorgRequest& req, bool lock, core::ReorgSnapshot& snap) {
  if (!permits_somewhere(actor, core::Action::kEditOrg)) return forbidden(msg::kActionReorganise);
  if (req.sources.size() > kMaxReorgSources) {
    return core::make_error(core::errc::kValidation, msg::kReorgTooManySources, "sources");
  }
  auto loaded = store::load_reorg_snapshot(conn, req, lock);
  if (!loaded.ok()) return loaded.error();
  snap = std::move(*loaded);
  keep_visible(actor, snap);
  THIDUA_TRY(check_rights(actor, req, snap));
  const std::string today = vietnam_date(services.clock.now());
  auto plan = core::plan_reorganisation(req, snap, today);
  if (!plan.ok()) return plan.error();
  ReorgPreview p;
  p.request = req;
  p.plan = std::move(*plan);
  p.summary = summarise(req, p.plan, snap, {});
  p.token = fingerprint(snap, p.summary, actor, today);
  return p;
}

}  // namespace

bool may_reorganise(const core::Actor& actor) { return permits_somewhere(actor, core::Action::kEditOrg); }

core::Result<ReorgPreview> preview_reorganisation(const Services& services, const core::Actor& actor,
                                                  const core::ReorgRequest& request) {
  auto conn = services.db.acquire();
  core::ReorgSnapshot snap;
  return plan_for(*conn, services, actor, request, false, snap);
}

core::Result<ReorgOutcome> apply_reorganisation(const Services& services, const core::Actor& actor,
                                                const core::ReorgRequest& request, const std::string& token,
                                                const RequestMeta& meta) {
  // Unit paths change: grants cached with the old paths must go.
  ForgetActorsOnExit forget{services};
  auto conn = services.db.acquire();
  const std::string now = iso_instant(services.clock.now());
  return store::in_transaction<ReorgOutcome>(*conn, [&]() -> core::Result<ReorgOutcome> {
    core::ReorgSnapshot snap;
    auto preview = plan_for(*conn, services, actor, request, true, snap);
    if (!preview.ok()) return preview.error();
    if (preview->token != token) return core::make_error(core::errc::kConflict, msg::kReorgChangedSincePreview);
    auto applied = store::apply_reorganisation(*conn, request, preview->plan, acting_user(actor),
                                               json::serialize(preview->summary), now);
    if (!applied.ok()) return applied.error();
    // The administrator who made a new agency administers it: the roles left
    // on the agencies it replaced cover their history only.
    if (makes_top(request) && actor.user_id > 0) {
      std::vector<int64_t> tops = applied->created_ids;
      if (request.kind == core::ReorgKind::kMove) tops = request.sources;
      for (int64_t id : tops) {
        auto unit = store::find_unit(*conn, id);
        if (!unit.ok()) return unit.error();
        if (!unit->has_value() || (*unit)->parent_id) continue;
        auto g = conn->exec("INSERT INTO role_grants (user_id, role, unit_id) SELECT ?, 'administrator', ? "
                            "WHERE NOT EXISTS (SELECT 1 FROM role_grants WHERE user_id = ? AND role = 'administrator' "
                            "AND unit_id = ?)",
                            {actor.user_id, id, actor.user_id, id});
        if (!g.ok()) return g.error();
      }
    }
    ReorgOutcome out;
    out.id = applied->id;
    out.created_ids = applied->created_ids;
    out.preview = std::move(*preview);
    out.preview.summary = summarise(request, out.preview.plan, snap, out.created_ids);
    // The history keeps the summary with the new units' ids.
    auto upd = conn->exec("UPDATE reorganisations SET summary = ? WHERE id = ?",
                          {json::serialize(out.preview.summary), out.id});
    if (!upd.ok()) return upd.error();
    THIDUA_TRY(record_audit(*conn, services, &actor, meta,
                            {"org.reorganise", "reorganisation", std::to_string(out.id), std::nullopt,
                             json::value(out.preview.summary)}));
    return out;
  });
}

core::Result<ReorgHistoryPage> reorganisation_history(const Services& services, const core::Actor& actor,
                                                      int64_t page) {
  ReorgHistoryPage out;
  out.page = page < 1 ? 1 : page;
  auto scopes = scopes_for(actor, core::Action::kViewOrg);
  auto conn = services.db.acquire();
  auto items = store::list_reorganisations(*conn, scopes, (out.page - 1) * out.per_page, out.per_page, out.total);
  if (!items.ok()) return items.error();
  out.items = std::move(*items);
  return out;
}

}  // namespace thidua::app
