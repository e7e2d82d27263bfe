#include "app/award_rules.h"

#include <map>

#include <boost/json/object.hpp>

#include "app/demo_json.h"
#include "core/embedded.h"
#include "core/org.h"

namespace thidua::embedded {
extern const thidua::core::EmbeddedFile rules[];
extern const std::size_t rules_count;
}  // namespace thidua::embedded

namespace thidua::app {

namespace json = boost::json;
namespace dj = demo_json;

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
  } else if (kind == "members_no_discipline") {
    dj::only(o, {"kind", "severity", "years", "citation", "to_confirm"}, w);
    r.kind = core::RuleKind::kMembersNoDiscipline;
    r.severity = bounded(o, "severity", w, 1, core::kMaxDisciplineSeverity);
  } else {
    dj::bad_value(dj::at(w, "kind"));
  }
  return r;
}

// Which kinds a subject's rules may use: a person's own facts for a person;
// a collective's own ratings and titles, and its members', for a collective.
bool fits(const core::Rule& r, const std::string& subject) {
  if (core::is_member_rule(r.kind)) return subject == kCollective;
  return subject == kIndividual || r.kind == core::RuleKind::kRatingAtLeast || r.kind == core::RuleKind::kTitleStreak;
}

}  // namespace

core::Result<std::vector<AwardRules>> parse_award_rules(std::string_view text) {
  return dj::read<std::vector<AwardRules>>(kFile, text, [](const json::value& root) {
    const auto& top = dj::object(root, "");
    dj::only(top, {"about", "awards"}, "");
    const auto& awards = dj::array(dj::member(top, "awards", ""), "awards");
    std::vector<AwardRules> out;
    for (size_t i = 0; i < awards.size(); ++i) {
      const std::string w = dj::at("awards", i);
      const auto& a = dj::object(awards[i], w);
      dj::only(a, {"code", "name", "subject", "effective_from", "rules"}, w);
      AwardRules set;
      set.code = dj::text(a, "code", w);
      set.name = dj::text(a, "name", w);
      set.subject = dj::text(a, "subject", w);
      set.effective_from = dj::text(a, "effective_from", w);
      if (set.code.empty()) dj::bad_value(dj::at(w, "code"));
      if (set.name.empty()) dj::bad_value(dj::at(w, "name"));
      if (set.subject != kIndividual && set.subject != kCollective) dj::bad_value(dj::at(w, "subject"));
      if (!core::is_iso_date(set.effective_from)) dj::bad_value(dj::at(w, "effective_from"));
      const auto& rules = dj::array(dj::member(a, "rules", w), dj::at(w, "rules"));
      for (size_t k = 0; k < rules.size(); ++k) {
        const std::string at = dj::at(dj::at(w, "rules"), k);
        set.rules.push_back(rule_of(rules[k], at));
        if (!fits(set.rules.back(), set.subject)) dj::bad_value(dj::at(at, "kind"));
      }
      out.push_back(std::move(set));
    }
    return out;
  });
}

core::Result<std::vector<AwardRules>> shipped_award_rules() {
  static const core::Result<std::vector<AwardRules>> parsed = []() -> core::Result<std::vector<AwardRules>> {
    for (size_t i = 0; i < embedded::rules_count; ++i) {
      if (embedded::rules[i].path == kFile) return parse_award_rules(embedded::rules[i].data);
    }
    return dj::missing(kFile);
  }();
  return parsed;
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

std::vector<AwardRules> rules_for(std::vector<AwardRules> sets, std::string_view subject) {
  std::erase_if(sets, [&](const AwardRules& set) { return set.subject != subject; });
  return sets;
}

}  // namespace thidua::app
