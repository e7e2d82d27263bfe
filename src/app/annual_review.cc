#include "app/annual_review.h"

#include <algorithm>
#include <map>

#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/award_rules.h"
#include "app/campaigns.h"
#include "app/clock.h"
#include "app/demo_json.h"
#include "app/document_header.h"
#include "app/org.h"
#include "core/evaluation.h"
#include "core/messages_vi/evaluations.h"
#include "core/messages_vi/person_facts.h"
#include "store/campaigns.h"
#include "store/units.h"

namespace thidua::app {

namespace json = boost::json;
namespace dj = demo_json;
namespace msg = core::messages_vi;

namespace {

constexpr std::string_view kFile = "annual_review.json";

struct ReviewType {
  std::string code, granted_by, ballot;
  core::AwardLevel level = core::AwardLevel::kAgency;
  bool own_authority = true;
};

struct ReviewTemplate {
  std::string title, basis, period, award_intro;
  std::vector<ReviewType> types;
  std::map<std::string, core::BallotRule> ballots;
};

core::Share share_of(const json::object& o, std::string_view key, const std::string& w) {
  const auto& a = dj::array(dj::member(o, key, w), dj::at(w, key));
  if (a.size() != 2 || !a[0].is_int64() || !a[1].is_int64()) dj::bad_value(dj::at(w, key));
  return {static_cast<int>(a[0].as_int64()), static_cast<int>(a[1].as_int64())};
}

bool flag(const json::object& o, std::string_view key, const std::string& w) {
  const auto* v = o.if_contains(key);
  if (!v || !v->is_bool()) dj::bad_value(dj::at(w, key));
  return v->as_bool();
}

core::Result<ReviewTemplate> read_template() {
  auto text = shipped_rules_file(kFile);
  if (!text) return dj::missing(kFile);
  return dj::read<ReviewTemplate>(kFile, *text, [](const json::value& root) {
    const auto& o = dj::object(root, "");
    dj::only(o, {"about", "title", "basis", "period", "award_intro", "award_types", "ballots"}, "");
    ReviewTemplate t;
    t.title = dj::text(o, "title", "");
    t.basis = dj::text(o, "basis", "");
    t.period = dj::text(o, "period", "");
    t.award_intro = dj::text(o, "award_intro", "");
    const auto& ballots = dj::object(dj::member(o, "ballots", ""), "ballots");
    for (const auto& [name, v] : ballots) {
      const std::string w = dj::at("ballots", std::string_view(name));
      const auto& b = dj::object(v, w);
      dj::only(b, {"kind", "base", "threshold", "strictly_above", "quorum", "legal_citation"}, w);
      core::BallotRule rule;
      auto kind = core::parse_ballot_kind(dj::text(b, "kind", w));
      auto base = core::parse_vote_base(dj::text(b, "base", w));
      if (!kind) dj::bad_value(dj::at(w, "kind"));
      if (!base) dj::bad_value(dj::at(w, "base"));
      rule.kind = *kind;
      rule.base = *base;
      rule.threshold = share_of(b, "threshold", w);
      rule.quorum = share_of(b, "quorum", w);
      rule.strictly_above = flag(b, "strictly_above", w);
      rule.legal_citation = dj::text(b, "legal_citation", w);
      rule.citation_confirmed = false;
      if (!core::valid_ballot_rule(rule)) dj::bad_value(w);
      t.ballots[std::string(name)] = rule;
    }
    const auto& types = dj::array(dj::member(o, "award_types", ""), "award_types");
    for (size_t i = 0; i < types.size(); ++i) {
      const std::string w = dj::at("award_types", i);
      const auto& a = dj::object(types[i], w);
      dj::only(a, {"code", "granted_by", "level", "own_authority", "ballot"}, w);
      ReviewType r;
      r.code = dj::text(a, "code", w);
      r.granted_by = dj::text(a, "granted_by", w);
      auto level = core::parse_award_level(dj::text(a, "level", w));
      if (!level) dj::bad_value(dj::at(w, "level"));
      r.level = *level;
      r.own_authority = flag(a, "own_authority", w);
      r.ballot = dj::text(a, "ballot", w);
      if (!t.ballots.count(r.ballot)) dj::bad_value(dj::at(w, "ballot"));
      t.types.push_back(std::move(r));
    }
    return t;
  });
}

// "{year}" replaced by the year throughout.
std::string with_year(std::string text, int year) {
  const std::string y = std::to_string(year);
  for (size_t at = text.find("{year}"); at != std::string::npos; at = text.find("{year}", at + y.size())) {
    text.replace(at, 6, y);
  }
  return text;
}

}  // namespace

core::Result<core::Campaign> annual_review_plan(const Services& services, const core::Actor& actor, int64_t unit_id,
                                                int year) {
  auto unit = get_unit(services, actor, unit_id);
  if (!unit.ok()) return unit.error();
  const int this_year = current_year(services.clock);
  if (year < core::kFirstEvaluationYear || year > this_year) {
    return core::make_error(core::errc::kValidation, msg::evaluation_year_invalid(core::kFirstEvaluationYear, this_year),
                            "year");
  }
  auto tmpl = read_template();
  if (!tmpl.ok()) return tmpl.error();
  auto conn = services.db.acquire();
  auto rules = award_rules_in_use(*conn);
  if (!rules.ok()) return rules.error();
  const std::vector<AwardRules> in_force = rules_in_force(*rules, year);

  core::Campaign c = core::blank_plan();
  c.issuing_unit_id = unit_id;
  c.kind = core::CampaignKind::kAnnual;
  c.title = with_year(tmpl->title, year);
  c.basis = with_year(tmpl->basis, year);
  c.issuing_body = unit->unit.name;
  c.doc_symbol = "KH";
  // The agency's header lines, symbol, place and signer as on its latest plan:
  // its own plans only (index campaigns_issuer), not the newest plans visible
  // in its subtree, which at a ministry are its units' own.
  store::CampaignQuery q;
  q.issued_by = unit_id;
  q.limit = 1;
  auto latest = store::list_campaigns(*conn, q);
  if (!latest.ok()) return latest.error();
  for (const auto& s : *latest) {
    auto prior = store::find_campaign(*conn, s.id);
    if (!prior.ok()) return prior.error();
    if (!prior->has_value()) continue;
    // A field the latest plan left blank (a draft) keeps what is set above.
    for (auto [field, from] : {std::pair{&c.governing_body, &(*prior)->governing_body},
                               std::pair{&c.issuing_body, &(*prior)->issuing_body},
                               std::pair{&c.doc_symbol, &(*prior)->doc_symbol},
                               std::pair{&c.place, &(*prior)->place}}) {
      if (!from->empty()) *field = *from;
    }
    if (!(*prior)->signer.name.empty() || !(*prior)->signer.authority.empty()) c.signer = (*prior)->signer;
    break;
  }
  // The lines recorded for the agency today, when it has them, over the latest plan's.
  THIDUA_TRY(use_header_on(*conn, c, vietnam_date(services.clock.now())));
  c.participants.target_unit_ids = {unit_id};
  c.period.text = with_year(tmpl->period, year);
  c.period.start_date = std::to_string(year) + "-01-01";
  c.period.end_date = std::to_string(year) + "-12-31";
  c.award_intro = with_year(tmpl->award_intro, year);
  int label = 0;
  for (const auto& t : tmpl->types) {
    const AwardRules* set = nullptr;
    for (const auto& s : in_force) {
      if (s.code == t.code) set = &s;
    }
    if (!set) continue;
    core::AwardType a;
    a.code = set->code;
    a.name = set->name;
    a.granted_by = t.granted_by;
    a.level = t.level;
    a.own_authority = t.own_authority;
    a.text = std::to_string(++label) + ". " + msg::annual_review_award_line(set->name, t.granted_by, t.own_authority);
    a.ballot = tmpl->ballots.at(t.ballot);
    a.legal_citation = set->rules.empty() ? std::string() : set->rules.front().citation;
    a.eligibility_code = set->code;
    c.award_types.push_back(std::move(a));
  }
  if (c.award_types.empty()) {
    return core::make_error(core::errc::kValidation, msg::annual_review_no_rules(year), "year");
  }
  return c;
}

std::optional<int64_t> review_agency_of(const core::Actor& actor) {
  return highest_granted_unit(
      actor, [&](const std::string& path) { return permits(actor, core::Action::kManageCampaigns, path); });
}

core::Result<int64_t> open_annual_review(const Services& services, const core::Actor& actor, int64_t unit_id, int year,
                                         const RequestMeta& meta) {
  auto plan = annual_review_plan(services, actor, unit_id, year);
  if (!plan.ok()) return plan.error();
  {
    // One review of a year per agency: two would each record the year's titles.
    // Only the agency's own annual plans are read (one a year), not every plan
    // visible in its subtree, which at a ministry is thousands.
    auto conn = services.db.acquire();
    store::CampaignQuery q;
    q.issued_by = unit_id;
    q.kind = core::CampaignKind::kAnnual;
    q.limit = 1000;
    auto existing = store::list_campaigns(*conn, q);
    if (!existing.ok()) return existing.error();
    for (const auto& c : *existing) {
      if (c.period_end == plan->period.end_date) {
        return core::make_error(core::errc::kConflict, msg::annual_review_exists(year, c.title), "year");
      }
    }
  }
  return create_campaign(services, actor, std::move(*plan), meta);
}

}  // namespace thidua::app
