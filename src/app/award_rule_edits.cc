#include "app/award_rule_edits.h"

#include <algorithm>
#include <map>

#include <boost/json/serialize.hpp>

#include "app/access.h"
#include "app/audit.h"
#include "app/clock.h"
#include "core/messages_vi/eligibility.h"
#include "store/award_rule_sets.h"

namespace thidua::app {

namespace msg = core::messages_vi;
namespace json = boost::json;

namespace {

using Key = std::pair<std::string, std::string>;  // code, effective_from

core::Result<std::vector<RuleSetRow>> rows_of(store::Connection& conn) {
  auto shipped = shipped_award_rules();
  if (!shipped.ok()) return shipped.error();
  auto edits = store::stored_rule_sets(conn);
  if (!edits.ok()) return edits.error();
  std::map<Key, RuleSetRow> by;
  for (const auto& s : *shipped) by[{s.code, s.effective_from}] = RuleSetRow{s, RuleSetOrigin::kShipped, 0, "", ""};
  for (const auto& e : *edits) {
    RuleSetRow& row = by[{e.code, e.effective_from}];
    const bool was_shipped = !row.set.code.empty();
    row.version = e.version;
    row.updated_by_name = e.updated_by_name;
    row.updated_at = e.updated_at;
    if (e.withdrawn) {
      row.origin = RuleSetOrigin::kWithdrawn;
      if (!was_shipped) row.set.code = e.code, row.set.effective_from = e.effective_from;
      continue;
    }
    row.origin = was_shipped ? RuleSetOrigin::kEdited : RuleSetOrigin::kAdded;
    auto set = parse_award_rule_set(e.set_json);
    if (!set.ok()) {
      // Listed as it is stored, to be corrected or discarded (judgements
      // refuse to run meanwhile: award_rules_in_use).
      row.unreadable = true;
      row.raw_json = e.set_json;
      row.set.code = e.code;
      row.set.effective_from = e.effective_from;
      row.set.rules.clear();
      continue;
    }
    row.set = std::move(*set);
  }
  std::vector<RuleSetRow> out;
  out.reserve(by.size());
  for (auto& [key, row] : by) out.push_back(std::move(row));
  return out;
}

const RuleSetRow* find_row(const std::vector<RuleSetRow>& rows, const std::string& code, const std::string& from) {
  for (const auto& r : rows) {
    if (r.set.code == code && r.set.effective_from == from) return &r;
  }
  return nullptr;
}

bool shipped_has(const std::string& code, const std::string& from) {
  auto shipped = shipped_award_rules();
  return shipped.ok() && std::any_of(shipped->begin(), shipped->end(), [&](const AwardRules& s) {
           return s.code == code && s.effective_from == from;
         });
}

// The set as the audit trail keeps it: null when none is in use.
std::optional<json::value> audited(const RuleSetRow* row) {
  if (!row || row->origin == RuleSetOrigin::kWithdrawn) return std::nullopt;
  return json::value(award_rule_set_json(row->set));
}

// Runs `change` in a transaction with the rows as they stand, then audits.
template <class F>
core::Status in_edit(const Services& services, const core::Actor& actor, F&& change) {
  if (!may_edit_award_rules(actor)) return forbidden(msg::kActEditAwardRules);
  auto conn = services.db.acquire();
  THIDUA_TRY(conn->begin());
  auto rows = rows_of(*conn);
  core::Status done = rows.ok() ? change(*conn, *rows) : core::Status(rows.error());
  if (!done.ok()) {
    (void)conn->rollback();
    return done;
  }
  return conn->commit();
}

}  // namespace

std::string_view rule_set_origin_code(RuleSetOrigin o) {
  switch (o) {
    case RuleSetOrigin::kShipped: return "shipped";
    case RuleSetOrigin::kEdited: return "edited";
    case RuleSetOrigin::kAdded: return "added";
    case RuleSetOrigin::kWithdrawn: return "withdrawn";
  }
  return "shipped";
}

std::string_view rule_set_origin_label(RuleSetOrigin o) {
  switch (o) {
    case RuleSetOrigin::kShipped: return msg::kRuleSetShipped;
    case RuleSetOrigin::kEdited: return msg::kRuleSetEdited;
    case RuleSetOrigin::kAdded: return msg::kRuleSetAdded;
    case RuleSetOrigin::kWithdrawn: return msg::kRuleSetWithdrawn;
  }
  return msg::kRuleSetShipped;
}

bool may_edit_award_rules(const core::Actor& actor) {
  // The rules judge every unit of every agency: the right on all of them.
  return core::can_everywhere(actor, core::Action::kManageUsers);
}

core::Result<std::vector<RuleSetRow>> list_award_rule_sets(const Services& services, const core::Actor&) {
  // The rules restate the law and the agency's rules: every account reads them.
  auto conn = services.db.acquire();
  return rows_of(*conn);
}

core::Result<RuleSetRow> get_award_rule_set(const Services& services, const core::Actor& actor,
                                            const std::string& code, const std::string& effective_from) {
  auto rows = list_award_rule_sets(services, actor);
  if (!rows.ok()) return rows.error();
  const RuleSetRow* row = find_row(*rows, code, effective_from);
  if (!row) return not_found(msg::kWhatRuleSet);
  RuleSetRow out = *row;
  if (out.set.quota) {
    // The latest set of that code in force at this one's date (rows are by
    // code then date); the earliest when all come later.
    bool found = false;
    for (const auto& r : *rows) {
      if (r.set.code != out.set.quota->of || r.origin == RuleSetOrigin::kWithdrawn || r.unreadable) continue;
      if (!found || r.set.effective_from <= out.set.effective_from) out.quota_of_name = r.set.name;
      found = true;
    }
  }
  return out;
}

core::Result<RuleSetRow> save_award_rule_set(const Services& services, const core::Actor& actor,
                                             std::string_view text, int64_t version, const RequestMeta& meta) {
  if (!may_edit_award_rules(actor)) return forbidden(msg::kActEditAwardRules);
  auto set = parse_award_rule_set(text);
  if (!set.ok()) return set.error();
  RuleSetRow saved;
  THIDUA_TRY(in_edit(services, actor, [&](store::Connection& conn, const std::vector<RuleSetRow>& rows) -> core::Status {
    for (const auto& r : rows) {
      if (r.set.code == set->code && r.set.effective_from != set->effective_from &&
          r.origin != RuleSetOrigin::kWithdrawn && r.set.subject != set->subject) {
        return core::make_error(core::errc::kValidation, msg::rule_set_subject_differs(set->code), "subject");
      }
    }
    // A quota counts the proposals of another title of the same subject:
    // that title must have rules (not withdrawn).
    if (set->quota) {
      const bool known = std::any_of(rows.begin(), rows.end(), [&](const RuleSetRow& r) {
        return r.set.code == set->quota->of && r.origin != RuleSetOrigin::kWithdrawn && r.set.subject == set->subject;
      });
      if (!known) return core::make_error(core::errc::kValidation, msg::rule_set_quota_of_unknown(set->quota->of), "set");
    }
    const RuleSetRow* before = find_row(rows, set->code, set->effective_from);
    store::StoredRuleSet row;
    row.code = set->code;
    row.effective_from = set->effective_from;
    row.set_json = json::serialize(award_rule_set_json(*set));
    row.updated_by = actor.user_id;
    row.updated_at = iso_instant(services.clock.now());
    auto put = store::put_rule_set(conn, row, version);
    if (!put.ok()) return put.error();
    saved = RuleSetRow{*set, shipped_has(set->code, set->effective_from) ? RuleSetOrigin::kEdited : RuleSetOrigin::kAdded,
                       version + 1, actor.display_name, row.updated_at};
    return record_audit(conn, services, &actor, meta,
                        {"award_rules.save", "award_rules", set->code + "@" + set->effective_from, audited(before),
                         json::value(award_rule_set_json(*set))});
  }));
  return saved;
}

core::Status withdraw_award_rule_set(const Services& services, const core::Actor& actor, const std::string& code,
                                     const std::string& effective_from, int64_t version, const RequestMeta& meta) {
  return in_edit(services, actor, [&](store::Connection& conn, const std::vector<RuleSetRow>& rows) -> core::Status {
    if (!shipped_has(code, effective_from)) return not_found(msg::kWhatRuleSet);
    const RuleSetRow* before = find_row(rows, code, effective_from);
    store::StoredRuleSet row;
    row.code = code;
    row.effective_from = effective_from;
    row.set_json = "{}";
    row.withdrawn = true;
    row.updated_by = actor.user_id;
    row.updated_at = iso_instant(services.clock.now());
    auto put = store::put_rule_set(conn, row, version);
    if (!put.ok()) return put.error();
    return record_audit(conn, services, &actor, meta,
                        {"award_rules.withdraw", "award_rules", code + "@" + effective_from, audited(before),
                         std::nullopt});
  });
}

core::Status discard_award_rule_edit(const Services& services, const core::Actor& actor, const std::string& code,
                                     const std::string& effective_from, int64_t version, const RequestMeta& meta) {
  return in_edit(services, actor, [&](store::Connection& conn, const std::vector<RuleSetRow>& rows) -> core::Status {
    const RuleSetRow* before = find_row(rows, code, effective_from);
    if (!before || before->version == 0) return not_found(msg::kWhatRuleSetEdit);
    auto gone = store::delete_rule_set(conn, code, effective_from, version);
    if (!gone.ok()) return gone.error();
    auto shipped = shipped_award_rules();
    if (!shipped.ok()) return shipped.error();
    std::optional<json::value> after;
    for (const auto& s : *shipped) {
      if (s.code == code && s.effective_from == effective_from) after = json::value(award_rule_set_json(s));
    }
    return record_audit(conn, services, &actor, meta,
                        {"award_rules.discard", "award_rules", code + "@" + effective_from, audited(before), after});
  });
}

}  // namespace thidua::app
