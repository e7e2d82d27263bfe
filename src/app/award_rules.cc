#include "app/award_rules.h"

#include <algorithm>
#include <cctype>
#include <map>

#include <boost/json/array.hpp>
#include <boost/json/parse.hpp>

#include <boost/json/object.hpp>

#include "app/demo_json.h"
#include "core/embedded.h"
#include "core/messages_vi/eligibility.h"
#include "core/org.h"
#include "store/award_rule_sets.h"

namespace thidua::embedded {
extern const thidua::core::EmbeddedFile rules[];
extern const std::size_t rules_count;
}  // namespace thidua::embedded

namespace thidua::app {

namespace json = boost::json;
namespace dj = demo_json;
namespace msg = core::messages_vi;

namespace {

constexpr std::string_view kFile = "award_rules.json";

core::EvaluationRating rating_of(const json::object& o, const std::string& w) {
  auto r = core::read_evaluation_rating(dj::text(o, "rating", w));
  if (!r || dj::text(o, "rating", w) != core::evaluation_rating_code(*r)) dj::bad_value(dj::at(w, "rating"));
  return *r;
}

core::InitiativeScope scope_of(const json::object& o, const std::string& w) {
  const std::string s = dj::text(o, "scope", w);
  auto scope = core::read_initiative_scope(s);
  if (!scope || s != core::initiative_scope_code(*scope)) dj::bad_value(dj::at(w, "scope"));
  return *scope;
}

// A count within [1, 50] (years, offsets up to 10, counts, severities).
int bounded(const json::object& o, std::string_view key, const std::string& w, int low, int high) {
  const auto n = static_cast<int>(dj::count(o, key, w));
  if (n < low || n > high) dj::bad_value(dj::at(w, key));
  return n;
}

core::Rule rule_of(const json::value& v, const std::string& w) {
  const auto& o = dj::object(v, w);
  core::Rule r;
  const std::string kind = dj::text(o, "kind", w);
  r.citation = dj::text(o, "citation", w);
  if (r.citation.empty()) dj::bad_value(dj::at(w, "citation"));
  const auto* confirm = o.if_contains("to_confirm");
  if (!confirm || !confirm->is_bool()) dj::bad_value(dj::at(w, "to_confirm"));
  r.to_confirm = confirm->as_bool();
  r.years = bounded(o, "years", w, 1, 50);
  if (kind == "rating_at_least") {
    dj::only(o, {"kind", "rating", "years", "citation", "to_confirm"}, w);
    r.kind = core::RuleKind::kRatingAtLeast;
    r.rating = rating_of(o, w);
  } else if (kind == "title_streak") {
    dj::only(o, {"kind", "title", "years", "offset", "citation", "to_confirm"}, w);
    r.kind = core::RuleKind::kTitleStreak;
    r.title = dj::text(o, "title", w);
    if (r.title.empty()) dj::bad_value(dj::at(w, "title"));
    r.offset = bounded(o, "offset", w, 0, 10);
  } else if (kind == "initiatives") {
    dj::only(o, {"kind", "scope", "count", "years", "citation", "to_confirm"}, w);
    r.kind = core::RuleKind::kInitiatives;
    r.scope = scope_of(o, w);
    r.count = bounded(o, "count", w, 1, 50);
  } else if (kind == "no_discipline") {
    dj::only(o, {"kind", "severity", "years", "citation", "to_confirm"}, w);
    r.kind = core::RuleKind::kNoDiscipline;
    r.severity = bounded(o, "severity", w, 1, core::kMaxDisciplineSeverity);
  } else if (kind == "absence_below") {
    dj::only(o, {"kind", "days", "excused", "years", "citation", "to_confirm"}, w);
    r.kind = core::RuleKind::kAbsenceBelow;
    r.days = bounded(o, "days", w, 1, 366);
    const std::string where = dj::at(w, "excused");
    const auto& list = dj::array(dj::member(o, "excused", w), where);
    for (size_t i = 0; i < list.size(); ++i) {
      if (!list[i].is_string()) dj::bad_value(dj::at(where, i));
      const std::string code(list[i].as_string());
      auto reason = core::read_absence_reason(code);
      if (!reason || code != core::absence_reason_code(*reason)) dj::bad_value(dj::at(where, i));
      r.excused.push_back(*reason);
    }
  } else if (kind == "members_share" || kind == "members_count") {
    const bool share = kind == "members_share";
    dj::only(o, {"kind", share ? "share" : "count", "title", "rating", "years", "citation", "to_confirm"}, w);
    r.kind = share ? core::RuleKind::kMembersShare : core::RuleKind::kMembersCount;
    if (share) r.share = bounded(o, "share", w, 1, 100);
    else r.count = bounded(o, "count", w, 1, 10000);
    // What a member must have: a title, or else a rating; exactly one.
    if (o.contains("title") == o.contains("rating")) dj::bad_value(dj::at(w, "title"));
    if (o.contains("title")) {
      r.title = dj::text(o, "title", w);
      if (r.title.empty()) dj::bad_value(dj::at(w, "title"));
    } else {
      r.rating = rating_of(o, w);
    }
  } else if (kind == "since_award") {
    dj::only(o, {"kind", "award", "rating", "years", "citation", "to_confirm"}, w);
    r.kind = core::RuleKind::kSinceAward;
    r.title = dj::text(o, "award", w);
    if (r.title.empty()) dj::bad_value(dj::at(w, "award"));
    r.rating = rating_of(o, w);
  } else if (kind == "members_no_discipline") {
    dj::only(o, {"kind", "severity", "years", "citation", "to_confirm"}, w);
    r.kind = core::RuleKind::kMembersNoDiscipline;
    r.severity = bounded(o, "severity", w, 1, core::kMaxDisciplineSeverity);
  } else {
    dj::bad_value(dj::at(w, "kind"));
  }
  return r;
}

bool code_like(std::string_view code) {
  if (code.empty() || code.size() > 32) return false;
  return std::all_of(code.begin(), code.end(),
                     [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_'; });
}

// {"of": "LDTT", "share": 15, "citation": "…", "to_confirm": true}
core::Quota quota_of(const json::value& v, const std::string& w) {
  const auto& o = dj::object(v, w);
  dj::only(o, {"of", "share", "citation", "to_confirm"}, w);
  core::Quota q;
  q.of = dj::text(o, "of", w);
  if (!code_like(q.of)) dj::bad_value(dj::at(w, "of"));
  q.share = bounded(o, "share", w, 1, 100);
  q.citation = dj::text(o, "citation", w);
  if (q.citation.empty()) dj::bad_value(dj::at(w, "citation"));
  const auto* confirm = o.if_contains("to_confirm");
  if (!confirm || !confirm->is_bool()) dj::bad_value(dj::at(w, "to_confirm"));
  q.to_confirm = confirm->as_bool();
  return q;
}

// Which kinds a subject's rules may use: a person's own facts for a person;
// a collective's own ratings and titles, and its members', for a collective.
bool fits(const core::Rule& r, const std::string& subject) {
  if (core::is_member_rule(r.kind)) return subject == kCollective;
  return subject == kIndividual || r.kind == core::RuleKind::kRatingAtLeast || r.kind == core::RuleKind::kTitleStreak;
}

// One set (an element of the file's "awards"), its members named under `w`.
AwardRules set_of(const json::value& v, const std::string& w) {
  const auto& a = dj::object(v, w);
  dj::only(a, {"code", "name", "subject", "effective_from", "rules", "quota"}, w);
  AwardRules set;
  set.code = dj::text(a, "code", w);
  set.name = dj::text(a, "name", w);
  set.subject = dj::text(a, "subject", w);
  set.effective_from = dj::text(a, "effective_from", w);
  if (!code_like(set.code)) dj::bad_value(dj::at(w, "code"));
  if (set.name.empty()) dj::bad_value(dj::at(w, "name"));
  if (set.subject != kIndividual && set.subject != kCollective) dj::bad_value(dj::at(w, "subject"));
  if (!core::is_iso_date(set.effective_from)) dj::bad_value(dj::at(w, "effective_from"));
  const auto& rules = dj::array(dj::member(a, "rules", w), dj::at(w, "rules"));
  for (size_t k = 0; k < rules.size(); ++k) {
    const std::string at = dj::at(dj::at(w, "rules"), k);
    set.rules.push_back(rule_of(rules[k], at));
    if (!fits(set.rules.back(), set.subject)) dj::bad_value(dj::at(at, "kind"));
  }
  if (const auto* q = a.if_contains("quota")) {
    set.quota = quota_of(*q, dj::at(w, "quota"));
    if (set.quota->of == set.code) dj::bad_value(dj::at(dj::at(w, "quota"), "of"));
  }
  return set;
}

json::object rule_json(const core::Rule& r) {
  json::object o;
  auto what = [&] {
    if (r.title.empty()) o["rating"] = core::evaluation_rating_code(r.rating);
    else o["title"] = r.title;
  };
  switch (r.kind) {
    case core::RuleKind::kRatingAtLeast:
      o["kind"] = "rating_at_least";
      o["rating"] = core::evaluation_rating_code(r.rating);
      break;
    case core::RuleKind::kTitleStreak:
      o["kind"] = "title_streak";
      o["title"] = r.title;
      o["offset"] = r.offset;
      break;
    case core::RuleKind::kInitiatives:
      o["kind"] = "initiatives";
      o["scope"] = core::initiative_scope_code(r.scope);
      o["count"] = r.count;
      break;
    case core::RuleKind::kNoDiscipline:
      o["kind"] = "no_discipline";
      o["severity"] = r.severity;
      break;
    case core::RuleKind::kAbsenceBelow: {
      o["kind"] = "absence_below";
      o["days"] = r.days;
      json::array excused;
      for (auto reason : r.excused) excused.push_back(json::value(core::absence_reason_code(reason)));
      o["excused"] = std::move(excused);
      break;
    }
    case core::RuleKind::kMembersShare:
      o["kind"] = "members_share";
      o["share"] = r.share;
      what();
      break;
    case core::RuleKind::kMembersCount:
      o["kind"] = "members_count";
      o["count"] = r.count;
      what();
      break;
    case core::RuleKind::kMembersNoDiscipline:
      o["kind"] = "members_no_discipline";
      o["severity"] = r.severity;
      break;
    case core::RuleKind::kSinceAward:
      o["kind"] = "since_award";
      o["award"] = r.title;
      o["rating"] = core::evaluation_rating_code(r.rating);
      break;
  }
  o["years"] = r.years;
  o["citation"] = r.citation;
  o["to_confirm"] = r.to_confirm;
  return o;
}

}  // namespace

core::Result<std::vector<AwardRules>> parse_award_rules(std::string_view text) {
  return dj::read<std::vector<AwardRules>>(kFile, text, [](const json::value& root) {
    const auto& top = dj::object(root, "");
    dj::only(top, {"about", "awards"}, "");
    const auto& awards = dj::array(dj::member(top, "awards", ""), "awards");
    std::vector<AwardRules> out;
    for (size_t i = 0; i < awards.size(); ++i) out.push_back(set_of(awards[i], dj::at("awards", i)));
    return out;
  });
}

core::Result<AwardRules> parse_award_rule_set(std::string_view text) {
  boost::system::error_code ec;
  const json::value v = json::parse(text, ec);
  if (ec) return core::make_error(core::errc::kValidation, msg::rule_set_not_json(), "set");
  try {
    return set_of(v, "");
  } catch (const dj::Invalid& e) {
    return core::make_error(core::errc::kValidation, msg::rule_set_invalid(e.reason), "set");
  }
}

json::object award_rule_set_json(const AwardRules& set) {
  json::array rules;
  for (const auto& r : set.rules) rules.push_back(rule_json(r));
  json::object o{{"code", set.code},
                 {"name", set.name},
                 {"subject", set.subject},
                 {"effective_from", set.effective_from},
                 {"rules", std::move(rules)}};
  if (set.quota) {
    o["quota"] = json::object{{"of", set.quota->of},
                              {"share", set.quota->share},
                              {"citation", set.quota->citation},
                              {"to_confirm", set.quota->to_confirm}};
  }
  return o;
}

std::optional<std::string_view> shipped_rules_file(std::string_view name) {
  for (size_t i = 0; i < embedded::rules_count; ++i) {
    if (embedded::rules[i].path == name) return std::string_view(embedded::rules[i].data);
  }
  return std::nullopt;
}

core::Result<std::vector<AwardRules>> shipped_award_rules() {
  static const core::Result<std::vector<AwardRules>> parsed = []() -> core::Result<std::vector<AwardRules>> {
    auto text = shipped_rules_file(kFile);
    if (!text) return dj::missing(kFile);
    return parse_award_rules(*text);
  }();
  return parsed;
}

core::Result<std::vector<AwardRules>> award_rules_in_use(store::Connection& conn) {
  auto shipped = shipped_award_rules();
  if (!shipped.ok()) return shipped.error();
  auto edits = store::stored_rule_sets(conn);
  if (!edits.ok()) return edits.error();
  std::vector<AwardRules> out = *shipped;
  for (const auto& e : *edits) {
    auto same = std::find_if(out.begin(), out.end(), [&](const AwardRules& s) {
      return s.code == e.code && s.effective_from == e.effective_from;
    });
    if (e.withdrawn) {
      if (same != out.end()) out.erase(same);
      continue;
    }
    auto set = parse_award_rule_set(e.set_json);
    if (!set.ok() || set->code != e.code || set->effective_from != e.effective_from) {
      return core::make_error(core::errc::kValidation, msg::rule_set_stored_invalid(e.code, e.effective_from), "rules");
    }
    if (same != out.end()) *same = std::move(*set);
    else out.push_back(std::move(*set));
  }
  return out;
}

std::vector<AwardRules> rules_in_force(const std::vector<AwardRules>& all, int year) {
  const std::string end_of_year = std::to_string(year) + "-12-31";
  std::map<std::string, const AwardRules*> latest;
  std::vector<std::string> order;
  for (const auto& set : all) {
    if (set.effective_from > end_of_year) continue;
    auto [it, inserted] = latest.emplace(set.code, &set);
    if (inserted) order.push_back(set.code);
    else if (it->second->effective_from < set.effective_from) it->second = &set;
  }
  std::vector<AwardRules> out;
  for (const auto& code : order) out.push_back(*latest[code]);
  return out;
}

std::string title_of(const std::vector<AwardRules>& all, const std::string& code, int year,
                     const std::string& fallback) {
  for (const auto& set : rules_in_force(all, year)) {
    if (set.code == code) return set.name;
  }
  return fallback;
}

std::vector<AwardRules> rules_for(std::vector<AwardRules> sets, std::string_view subject) {
  std::erase_if(sets, [&](const AwardRules& set) { return set.subject != subject; });
  return sets;
}

}  // namespace thidua::app
