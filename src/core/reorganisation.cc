#include "core/reorganisation.h"

#include <algorithm>
#include <array>

#include "core/messages_vi/reorganisation.h"
#include "core/names.h"
#include "core/utf8.h"

namespace thidua::core {
namespace msg = messages_vi;
namespace {

struct KindInfo {
  ReorgKind kind;
  std::string_view code;
  std::string_view label;
};
constexpr std::array<KindInfo, 5> kKinds{{
    {ReorgKind::kMerge, "merge", msg::kReorgKindMerge},
    {ReorgKind::kSplit, "split", msg::kReorgKindSplit},
    {ReorgKind::kRename, "rename", msg::kReorgKindRename},
    {ReorgKind::kMove, "move", msg::kReorgKindMove},
    {ReorgKind::kDissolve, "dissolve", msg::kReorgKindDissolve},
}};

Error invalid(const char* message, std::string field) {
  return make_error(errc::kValidation, message, std::move(field));
}

bool is_open(const Unit& u) { return u.valid_to.empty(); }

// "" or 1 to 20 of A-Z, 0-9, "&" and "Đ" (U+0110, as in "BTĐKT").
bool is_agency_symbol(std::string_view s) {
  size_t letters = 0;
  for (size_t i = 0; i < s.size(); ++letters) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '&') {
      ++i;
    } else if (s.compare(i, 2, "\xC4\x90") == 0) {
      i += 2;
    } else {
      return false;
    }
  }
  return letters <= 20;
}

// The checks every plan needs on its view of the world: ids known, units
// open, the date after each unit's own history.
class Checker {
 public:
  Checker(const ReorgRequest& r, const ReorgSnapshot& s) : req_(r), snap_(s) {}

  Result<const ReorgUnitFacts*> find(int64_t id, const std::string& field) const {
    auto it = snap_.units.find(id);
    if (it == snap_.units.end()) return invalid(msg::kReorgUnitMissing, field);
    return &it->second;
  }

  // An open unit the operation acts on, whose own history ends before the date.
  Result<const ReorgUnitFacts*> source(int64_t id) const {
    auto f = find(id, "sources");
    if (!f.ok()) return f.error();
    const ReorgUnitFacts& facts = **f;
    if (!is_open(facts.unit)) return invalid(msg::kReorgSourceClosed, "sources");
    for (const std::string* from : {&facts.unit.valid_from, &facts.last_name_from, &facts.last_header_from,
                                    &facts.last_move}) {
      if (!from->empty() && req_.effective_date < *from) {
        return invalid(msg::kReorgDateBeforeHistory, "effective_date");
      }
    }
    return *f;
  }

  // A unit receiving others (target, new parent): open, outside every source.
  Status receiver(const ReorgUnitFacts& facts, const std::vector<const ReorgUnitFacts*>& sources,
                  const char* closed_message, const char* inside_message, const std::string& field) const {
    if (!is_open(facts.unit)) return invalid(closed_message, field);
    // It must exist on the date, and its own history must not come after it.
    for (const std::string* from : {&facts.unit.valid_from, &facts.last_move}) {
      if (!from->empty() && req_.effective_date < *from) {
        return invalid(msg::kReorgDateBeforeHistory, "effective_date");
      }
    }
    for (const auto* s : sources) {
      if (path_within(facts.unit.path, s->unit.path)) return invalid(inside_message, field);
    }
    return {};
  }

  // A new unit: its fields, its code free, its parent (or its header).
  Status new_unit(size_t index, const std::vector<const ReorgUnitFacts*>& sources,
                  std::set<std::string>& codes) const {
    const NewUnit& n = req_.new_units[index];
    const std::string prefix = "new_" + std::to_string(index) + "_";
    Unit u;
    u.code = n.code;
    u.name = n.name;
    u.short_name = n.short_name;
    u.kind = n.kind;
    u.valid_from = req_.effective_date;
    if (auto st = validate_unit(u); !st.ok()) {
      Error e = st.error();
      e.field = prefix + e.field;
      return e;
    }
    if (snap_.taken_codes.count(n.code)) return invalid(msg::kReorgCodeTaken, prefix + "code");
    if (!codes.insert(n.code).second) return invalid(msg::kReorgCodeRepeated, prefix + "code");
    if (n.parent_id) {
      auto p = find(*n.parent_id, prefix + "parent_id");
      if (!p.ok()) return p.error();
      THIDUA_TRY(receiver(**p, sources, msg::kReorgParentClosed, msg::kReorgParentInsideSource,
                          prefix + "parent_id"));
      if (n.header) return invalid(msg::kReorgHeaderOnlyAgency, prefix + "header_governing_body");
    } else {
      if (!n.header) return invalid(msg::kReorgHeaderRequired, prefix + "header_governing_body");
      THIDUA_TRY(validate_agency_header(*n.header, prefix + "header_"));
    }
    return {};
  }

 private:
  const ReorgRequest& req_;
  const ReorgSnapshot& snap_;
};

UnitRef existing(int64_t id) { return UnitRef{id, -1}; }
UnitRef created(size_t index) { return UnitRef{0, static_cast<int>(index)}; }

ReorgStep step(ReorgStep::Op op, UnitRef unit, std::optional<UnitRef> to = std::nullopt) {
  ReorgStep s;
  s.op = op;
  s.unit = unit;
  s.to = to;
  return s;
}

// Hands a closing unit's sub-units and people to `to` and closes it there.
void close_into(ReorgPlan& plan, const ReorgUnitFacts& s, UnitRef to, bool successor,
                const std::map<int64_t, UnitRef>& child_to = {}) {
  for (const Unit& c : s.children) {
    auto it = child_to.find(c.id);
    plan.steps.push_back(step(ReorgStep::Op::kMoveUnit, existing(c.id), it == child_to.end() ? to : it->second));
  }
  if (s.people > 0) {
    ReorgStep t = step(ReorgStep::Op::kTransferPeople, existing(s.unit.id), to);
    t.count = s.people;
    plan.steps.push_back(t);
    plan.people_moved += s.people;
  }
  ReorgStep c = step(ReorgStep::Op::kClose, existing(s.unit.id), to);
  c.successor = successor;
  plan.steps.push_back(c);
  plan.units_closed += 1;
}

void closing_notices(ReorgPlan& plan, const ReorgUnitFacts& s) {
  if (s.open_campaigns > 0) {
    plan.notices.push_back({ReorgNotice::Kind::kOpenCampaigns, s.unit.id, s.open_campaigns});
  }
  if (s.grants > 0) plan.notices.push_back({ReorgNotice::Kind::kGrantsStay, s.unit.id, s.grants});
}

void add_touched(ReorgPlan& plan, UnitRef u) {
  if (std::find(plan.touched.begin(), plan.touched.end(), u) == plan.touched.end()) plan.touched.push_back(u);
}

}  // namespace

std::string_view reorg_kind_code(ReorgKind kind) {
  for (const auto& k : kKinds) {
    if (k.kind == kind) return k.code;
  }
  return "merge";
}

std::optional<ReorgKind> parse_reorg_kind(std::string_view code) {
  for (const auto& k : kKinds) {
    if (k.code == code) return k.kind;
  }
  return std::nullopt;
}

std::string_view reorg_kind_label(ReorgKind kind) {
  for (const auto& k : kKinds) {
    if (k.kind == kind) return k.label;
  }
  return "";
}

const std::vector<ReorgKind>& all_reorg_kinds() {
  static const std::vector<ReorgKind> all{ReorgKind::kMerge, ReorgKind::kSplit, ReorgKind::kRename,
                                          ReorgKind::kMove, ReorgKind::kDissolve};
  return all;
}

Status validate_agency_header(const AgencyHeader& h, const std::string& prefix) {
  const std::pair<const std::string*, const char*> lines[] = {
      {&h.governing_body, "governing_body"}, {&h.issuing_body, "issuing_body"}, {&h.place, "place"}};
  for (const auto& [text, name] : lines) {
    const std::string field = prefix + name;
    if (!is_valid_utf8(*text)) return invalid(msg::kReorgHeaderInvalid, field);
    if (fold(*text).empty()) return invalid(msg::kReorgHeaderEmpty, field);
    if (utf8::length(*text) > 255) return invalid(msg::kReorgHeaderTooLong, field);
  }
  if (!is_agency_symbol(h.symbol)) return invalid(msg::kReorgHeaderSymbolInvalid, prefix + "symbol");
  return {};
}

std::vector<int64_t> reorg_unit_ids(const ReorgRequest& r) {
  std::vector<int64_t> ids = r.sources;
  if (r.target_id) ids.push_back(*r.target_id);
  if (r.new_parent_id) ids.push_back(*r.new_parent_id);
  for (const auto& n : r.new_units) {
    if (n.parent_id) ids.push_back(*n.parent_id);
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

std::optional<AgencyHeader> header_in_force(const std::vector<AgencyHeader>& headers, std::string_view date) {
  const AgencyHeader* best = nullptr;
  for (const auto& h : headers) {
    if (h.valid_from <= date && (!best || h.valid_from > best->valid_from)) best = &h;
  }
  if (!best) return std::nullopt;
  return *best;
}

std::optional<AgencyHeader> header_on(const std::vector<HeaderCandidate>& chain, std::string_view date) {
  for (const auto& c : chain) {
    if (!c.valid_to.empty() && c.valid_to <= date) continue;  // closed: its successor speaks
    return header_in_force(c.headers, date);
  }
  return std::nullopt;
}

Result<ReorgPlan> plan_reorganisation(const ReorgRequest& req, const ReorgSnapshot& snap, std::string_view today) {
  if (!is_iso_date(req.effective_date)) return invalid(msg::kReorgDateInvalid, "effective_date");
  if (req.effective_date > today) return invalid(msg::kReorgDateFuture, "effective_date");
  if (!is_valid_utf8(req.legal_basis)) return invalid(msg::kReorgTextInvalid, "legal_basis");
  if (!is_valid_utf8(req.note)) return invalid(msg::kReorgTextInvalid, "note");
  if (utf8::length(req.legal_basis) > 500) return invalid(msg::kReorgLegalBasisTooLong, "legal_basis");
  if (utf8::length(req.note) > 2000) return invalid(msg::kReorgNoteTooLong, "note");
  if (req.sources.empty()) return invalid(msg::kReorgNoSource, "sources");
  {
    std::vector<int64_t> sorted = req.sources;
    std::sort(sorted.begin(), sorted.end());
    if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end()) {
      return invalid(msg::kReorgDuplicateSource, "sources");
    }
  }
  const bool many = req.kind == ReorgKind::kMerge;
  if (!many && req.sources.size() != 1) return invalid(msg::kReorgOneSource, "sources");
  const bool makes_units = req.kind == ReorgKind::kMerge || req.kind == ReorgKind::kSplit;
  if (!makes_units && !req.new_units.empty()) return invalid(msg::kReorgNoNewUnits, "new_units");
  const bool has_target = req.kind == ReorgKind::kMerge || req.kind == ReorgKind::kDissolve;
  if (!has_target && req.target_id) return invalid(msg::kReorgNoTarget, "target_id");
  if (req.kind != ReorgKind::kMove && req.new_parent_id) return invalid(msg::kReorgNoTarget, "new_parent_id");
  if (req.header && req.kind != ReorgKind::kRename && req.kind != ReorgKind::kMove) {
    return invalid(msg::kReorgHeaderOnlyAgency, "header_governing_body");
  }

  Checker check(req, snap);
  std::vector<const ReorgUnitFacts*> sources;
  for (int64_t id : req.sources) {
    auto s = check.source(id);
    if (!s.ok()) return s.error();
    sources.push_back(*s);
  }
  for (const auto* a : sources) {
    for (const auto* b : sources) {
      if (a != b && path_within(a->unit.path, b->unit.path)) return invalid(msg::kReorgSourcesNested, "sources");
    }
  }

  ReorgPlan plan;
  for (const auto* s : sources) add_touched(plan, existing(s->unit.id));
  std::set<std::string> codes;
  const ReorgUnitFacts& first = *sources.front();

  switch (req.kind) {
    case ReorgKind::kMerge: {
      if (req.target_id.has_value() == (req.new_units.size() == 1) || req.new_units.size() > 1) {
        return invalid(msg::kReorgMergeTarget, "target_id");
      }
      UnitRef to;
      if (req.target_id) {
        auto t = check.find(*req.target_id, "target_id");
        if (!t.ok()) return t.error();
        for (const auto* s : sources) {
          if (s == *t) return invalid(msg::kReorgTargetIsSource, "target_id");
        }
        THIDUA_TRY(check.receiver(**t, sources, msg::kReorgTargetClosed, msg::kReorgTargetInsideSource,
                                  "target_id"));
        to = existing(*req.target_id);
      } else {
        if (sources.size() < 2) return invalid(msg::kReorgMergeNeedsTwo, "sources");
        THIDUA_TRY(check.new_unit(0, sources, codes));
        plan.steps.push_back(step(ReorgStep::Op::kCreate, created(0)));
        to = created(0);
      }
      add_touched(plan, to);
      for (const auto* s : sources) {
        close_into(plan, *s, to, true);
        closing_notices(plan, *s);
        plan.lineage.emplace_back(existing(s->unit.id), to);
      }
      break;
    }
    case ReorgKind::kSplit: {
      if (req.new_units.size() < 2) return invalid(msg::kReorgSplitNeedsTwo, "new_units");
      if (req.people_to >= req.new_units.size()) return invalid(msg::kReorgSplitIndex, "people_to");
      std::map<int64_t, UnitRef> child_to;
      for (const auto& [child, index] : req.children_to) {
        const int64_t child_id = child;  // a structured binding is not captured before C++20's P1091 in clang
        const bool is_child = std::any_of(first.children.begin(), first.children.end(),
                                          [&](const Unit& c) { return c.id == child_id; });
        if (!is_child) return invalid(msg::kReorgSplitChild, "children_to");
        if (index >= req.new_units.size()) return invalid(msg::kReorgSplitIndex, "children_to");
        child_to[child] = created(index);
      }
      for (size_t i = 0; i < req.new_units.size(); ++i) {
        THIDUA_TRY(check.new_unit(i, sources, codes));
        plan.steps.push_back(step(ReorgStep::Op::kCreate, created(i)));
        add_touched(plan, created(i));
      }
      // Sub-units not named go with the people.
      for (const Unit& c : first.children) {
        if (!child_to.count(c.id)) child_to[c.id] = created(req.people_to);
      }
      close_into(plan, first, created(req.people_to), true, child_to);
      closing_notices(plan, first);
      for (size_t i = 0; i < req.new_units.size(); ++i) plan.lineage.emplace_back(existing(first.unit.id), created(i));
      break;
    }
    case ReorgKind::kRename: {
      const bool renames = !req.new_name.empty();
      // An empty short name keeps the current one.
      const std::string short_name = req.new_short_name.empty() ? first.unit.short_name : req.new_short_name;
      if (!renames && !req.header) return invalid(msg::kReorgRenameNothing, "new_name");
      if (renames && req.new_name == first.unit.name && short_name == first.unit.short_name && !req.header) {
        return invalid(msg::kReorgRenameSame, "new_name");
      }
      if (renames && (req.new_name != first.unit.name || short_name != first.unit.short_name)) {
        Unit u = first.unit;
        u.name = req.new_name;
        u.short_name = short_name;
        if (auto st = validate_unit(u); !st.ok()) {
          Error e = st.error();
          e.field = e.field == "name" ? "new_name" : e.field == "short_name" ? "new_short_name" : e.field;
          return e;
        }
        ReorgStep r = step(ReorgStep::Op::kRename, existing(first.unit.id));
        r.name = req.new_name;
        r.short_name = short_name;
        plan.steps.push_back(r);
      }
      if (req.header) {
        if (first.unit.parent_id) return invalid(msg::kReorgHeaderOnlyAgency, "header_governing_body");
        THIDUA_TRY(validate_agency_header(*req.header, "header_"));
        ReorgStep h = step(ReorgStep::Op::kSetHeader, existing(first.unit.id));
        h.header = *req.header;
        h.header.valid_from = req.effective_date;
        plan.steps.push_back(h);
      } else if (renames && !first.last_header_from.empty()) {
        plan.notices.push_back({ReorgNotice::Kind::kHeaderUnchanged, first.unit.id, 0});
      }
      break;
    }
    case ReorgKind::kMove: {
      std::optional<UnitRef> to;
      if (req.new_parent_id) {
        auto p = check.find(*req.new_parent_id, "new_parent_id");
        if (!p.ok()) return p.error();
        THIDUA_TRY(check.receiver(**p, sources, msg::kReorgParentClosed, msg::kReorgMoveIntoItself,
                                  "new_parent_id"));
        if (first.unit.parent_id == req.new_parent_id) return invalid(msg::kReorgMoveSameParent, "new_parent_id");
        if (req.header) return invalid(msg::kReorgHeaderOnlyAgency, "header_governing_body");
        to = existing(*req.new_parent_id);
        add_touched(plan, *to);
      } else {
        if (!first.unit.parent_id) return invalid(msg::kReorgMoveSameParent, "new_parent_id");
        if (!req.header) return invalid(msg::kReorgHeaderRequired, "header_governing_body");
        THIDUA_TRY(validate_agency_header(*req.header, "header_"));
      }
      plan.steps.push_back(step(ReorgStep::Op::kMoveUnit, existing(first.unit.id), to));
      if (req.header) {
        ReorgStep h = step(ReorgStep::Op::kSetHeader, existing(first.unit.id));
        h.header = *req.header;
        h.header.valid_from = req.effective_date;
        plan.steps.push_back(h);
      }
      break;
    }
    case ReorgKind::kDissolve: {
      const bool has_open_child = std::any_of(first.children.begin(), first.children.end(),
                                              [](const Unit& c) { return is_open(c); });
      if (!req.target_id) {
        if (first.people > 0 || has_open_child) return invalid(msg::kReorgDissolveNeedsReceiver, "target_id");
        ReorgStep c = step(ReorgStep::Op::kClose, existing(first.unit.id));
        plan.steps.push_back(c);
        plan.units_closed += 1;
        closing_notices(plan, first);
        break;
      }
      auto t = check.find(*req.target_id, "target_id");
      if (!t.ok()) return t.error();
      if (*t == &first) return invalid(msg::kReorgTargetIsSource, "target_id");
      THIDUA_TRY(check.receiver(**t, sources, msg::kReorgTargetClosed, msg::kReorgTargetInsideSource,
                                "target_id"));
      add_touched(plan, existing(*req.target_id));
      close_into(plan, first, existing(*req.target_id), false);
      closing_notices(plan, first);
      plan.lineage.emplace_back(existing(first.unit.id), existing(*req.target_id));
      break;
    }
  }
  return plan;
}

}  // namespace thidua::core
