#include "app/annual_proposals.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "app/access.h"
#include "app/award_rules.h"
#include "app/clock.h"
#include "app/history_facts.h"
#include "app/nominations.h"
#include "app/provisional_titles.h"
#include "app/quotas.h"
#include "core/messages_vi/nominations.h"
#include "core/names.h"
#include "core/nomination.h"
#include "store/nominations.h"
#include "store/people.h"

namespace thidua::app {

namespace msg = core::messages_vi;

namespace {

constexpr size_t kBatch = 1000;

// The year judged: the period's last year (whose rules hold the review,
// campaign_rules_year), or this year while the period runs on past it.
int year_of(const Services& services, const core::CampaignSummary& c) {
  return std::min(current_year(services.clock), campaign_rules_year(c.period_end));
}

// What a candidate's line says: the records used when met, else what is wanting.
std::vector<std::string> reasons_of(const core::Judgement& j) {
  std::vector<std::string> out;
  for (const auto& r : j.rules) {
    const auto& lines = j.verdict == core::Verdict::kMet ? r.used : r.wanting;
    if (j.verdict != core::Verdict::kMet && r.verdict == core::Verdict::kMet) continue;
    out.insert(out.end(), lines.begin(), lines.end());
  }
  return out;
}

const AwardRules* set_named(const std::vector<AwardRules>& in_force, const std::string& code) {
  for (const auto& s : in_force) {
    if (s.code == code) return &s;
  }
  return nullptr;
}

// The title `name` of `year` among a subject's recorded titles, if any.
const core::TitleFact* title_held(const core::PersonFacts& f, const std::string& name, int year) {
  const std::string wanted = core::fold(name);
  for (const auto& t : f.titles) {
    if (t.year == year && !t.provisional && core::fold(t.title) == wanted) return &t;
  }
  return nullptr;
}

void mark_held(ProposalCandidate& c, const core::TitleFact* held) {
  if (!held) return;
  c.holds_title = true;
  c.awarded = held->decision;
}

// Met first, then missing; not met only counted.
void file(ProposalGroup& g, ProposalCandidate c) {
  if (c.verdict == core::Verdict::kNotMet) {
    ++g.not_met;
    return;
  }
  g.candidates.push_back(std::move(c));
}

void order(ProposalGroup& g) {
  std::stable_partition(g.candidates.begin(), g.candidates.end(),
                        [](const ProposalCandidate& c) { return c.verdict == core::Verdict::kMet; });
}

// Ticks the candidates the form offers (ProposalCandidate::preselected).
void preselect(std::vector<ProposalGroup>& groups) {
  auto offered = [](const ProposalCandidate& c) {
    return c.verdict == core::Verdict::kMet && !c.nominated && !c.holds_title;
  };
  for (auto& g : groups) {
    for (auto& c : g.candidates) c.preselected = offered(c);
  }
  // The seats of each quota, shared by the groups it limits.
  std::map<std::string, int64_t> seats_of;
  for (auto& g : groups) {
    if (!g.quota) continue;
    const auto& q = *g.quota;
    auto [it, fresh] = seats_of.try_emplace(q.limit.code, 0);
    if (fresh) {
      // The base once the ticked candidates of its groups are sent as well.
      int64_t base = q.count.base;
      for (const auto& b : groups) {
        const auto& ids = q.limit.base_type_ids;
        if (std::find(ids.begin(), ids.end(), b.award_type_id) == ids.end()) continue;
        for (const auto& c : b.candidates) base += c.preselected ? 1 : 0;
      }
      it->second = std::max<int64_t>(0, core::quota_allowed(base, q.limit.quota.share) - q.count.used);
    }
    int64_t& seats = it->second;
    for (auto& c : g.candidates) {
      if (!c.preselected) continue;
      if (seats > 0) --seats;
      else c.preselected = false;
    }
  }
}

}  // namespace

core::Result<ProposalForm> annual_proposal_form(const Services& services, const core::Actor& actor,
                                                int64_t campaign_id, std::optional<int64_t> unit_id) {
  auto options = nomination_form_options(services, actor, campaign_id);
  if (!options.ok()) return options.error();
  ProposalForm out;
  out.campaign = options->campaign;
  out.units = options->units;
  out.year = year_of(services, out.campaign);
  const core::ParticipatingUnit* unit = nullptr;
  for (const auto& u : out.units) {
    if (!unit_id ? unit == nullptr : u.id == *unit_id) unit = &u;
  }
  if (!unit) return invalid_field(msg::kNominationUnitNotTaking, "unit_id");
  out.unit_id = unit->id;
  out.unit_name = unit->name;

  auto conn = services.db.acquire();
  auto rules = award_rules_in_use(*conn);
  if (!rules.ok()) return rules.error();
  const std::vector<AwardRules> in_force = rules_in_force(*rules, out.year);

  // The nominations of the unit's subtree (its units and people): what is
  // taken already, and the titles proposed so far.
  auto nominees = store::nominees_within(*conn, campaign_id, unit->path);
  if (!nominees.ok()) return nominees.error();
  std::set<std::pair<int64_t, std::string>> taken;
  for (const auto& n : *nominees) taken.insert({n.award_type_id, n.subject_key});
  // The year's titles proposed so far stand for the titles being decided.
  const ProvisionalTitles proposed = provisional_titles(*nominees, options->award_types, out.year, *rules);

  // The unit's people (bounded), their facts read once for every award type.
  std::vector<core::Person> people;
  std::unordered_map<int64_t, core::PersonFacts> facts;
  bool any_individual = false;
  for (const auto& t : options->award_types) {
    const AwardRules* set = t.eligibility_code.empty() ? nullptr : set_named(in_force, t.eligibility_code);
    any_individual |= set && set->subject == kIndividual;
  }
  if (any_individual) {
    store::PeopleQuery q;
    q.scopes = {unit->path};
    q.unit_path = unit->path;
    THIDUA_TRY(store::for_each_person(*conn, q, [&](const core::Person& p) {
      if (people.size() < kMaxProposalCandidates) people.push_back(p);
      else ++out.people_left_out;
    }));
    std::vector<int64_t> ids;
    for (const auto& p : people) ids.push_back(p.id);
    for (size_t at = 0; at < ids.size(); at += kBatch) {
      const std::vector<int64_t> batch(ids.begin() + static_cast<std::ptrdiff_t>(at),
                                       ids.begin() + static_cast<std::ptrdiff_t>(std::min(ids.size(), at + kBatch)));
      auto got = history_facts(*conn, batch);
      if (!got.ok()) return got.error();
      for (auto& [id, f] : *got) {
        add_provisional(f, id, proposed);
        facts.emplace(id, std::move(f));
      }
    }
  }

  // The collective titles: each unit's facts read once, over the widest
  // window of those titles' rules, and judged for each of them (one unit's
  // facts in memory at a time).
  std::map<int64_t, std::vector<ProposalCandidate>> collective;  // award type → candidates
  std::vector<std::pair<const core::AwardType*, const AwardRules*>> collective_sets;
  int window = 1;
  for (const auto& t : options->award_types) {
    const AwardRules* set = t.eligibility_code.empty() ? nullptr : set_named(in_force, t.eligibility_code);
    if (!set || set->subject == kIndividual) continue;
    collective_sets.emplace_back(&t, set);
    for (const auto& r : set->rules) window = std::max(window, std::max(1, r.years) + std::max(0, r.offset));
  }
  if (!collective_sets.empty()) {
    for (const auto& u : out.units) {
      if (!core::path_within(u.path, unit->path)) continue;
      auto f = unit_facts(*conn, u.id, u.path, out.year - window + 1, out.year);
      if (!f.ok()) return f.error();
      add_provisional(*f, u.id, proposed);
      for (const auto& [t, set] : collective_sets) {
        const core::Judgement j = core::judge_all(set->rules, *f, out.year);
        ProposalCandidate c{std::nullopt, u.id, u.name, "", j.verdict, reasons_of(j),
                            taken.count({t->id, core::nominee_key(core::CriterionSubject::kCollective, u.id)}) > 0};
        mark_held(c, title_held(f->own, set->name, out.year));
        collective[t->id].push_back(std::move(c));
      }
    }
  }

  for (const auto& t : options->award_types) {
    if (t.eligibility_code.empty()) continue;
    ProposalGroup g;
    g.award_type_id = t.id;
    g.award_name = t.name;
    g.eligibility_code = t.eligibility_code;
    const AwardRules* set = set_named(in_force, t.eligibility_code);
    g.in_force = set != nullptr;
    if (set && set->subject == kIndividual) {
      for (const auto& p : people) {
        const core::Judgement j = core::judge_all(set->rules, facts[p.id], out.year);
        ProposalCandidate c{p.id, std::nullopt, p.full_name, p.unit_name, j.verdict, reasons_of(j),
                            taken.count({t.id, core::nominee_key(core::CriterionSubject::kIndividual, p.id)}) > 0};
        mark_held(c, title_held(facts[p.id], set->name, out.year));
        file(g, std::move(c));
      }
    } else if (set) {
      g.collective = true;
      for (auto& c : collective[t.id]) file(g, std::move(c));
    }
    order(g);
    out.groups.push_back(std::move(g));
  }
  if (out.groups.empty()) return invalid_field(msg::kProposalsNoRules, "award_types");
  // The quotas as they stand, on the groups they limit.
  // Counted under the rules proposals are checked by (quotas_for: the
  // period's last year), so the form shows the limit enforced.
  auto quotas = count_quotas(*conn, campaign_id,
                             quota_limits(options->award_types, campaign_rules_year(out.campaign.period_end), *rules));
  if (!quotas.ok()) return quotas.error();
  for (auto& g : out.groups) {
    for (const auto& q : *quotas) {
      const auto& ids = q.limit.award_type_ids;
      if (std::find(ids.begin(), ids.end(), g.award_type_id) != ids.end()) g.quota = q;
    }
  }
  preselect(out.groups);
  return out;
}

core::Result<std::vector<int64_t>> submit_annual_proposals(const Services& services, const core::Actor& actor,
                                                           int64_t campaign_id, int64_t unit_id,
                                                           const std::vector<ProposalPick>& picks,
                                                           const RequestMeta& meta) {
  // The form as it stands now gives each pick its report; a pick it does not
  // offer (outside the unit, no such award type) is checked by the nomination.
  auto form = annual_proposal_form(services, actor, campaign_id, unit_id);
  if (!form.ok()) return form.error();
  std::vector<NominationInput> inputs;
  for (const auto& pick : picks) {
    NominationInput in;
    in.award_type_id = pick.award_type_id;
    in.unit_id = unit_id;
    in.subject = pick.person_id ? core::CriterionSubject::kIndividual : core::CriterionSubject::kCollective;
    in.person_id = pick.person_id;
    in.nominee_unit_id = pick.person_id ? std::nullopt : pick.unit_id;
    std::string award = std::to_string(pick.award_type_id);
    std::vector<std::string> reasons;
    for (const auto& g : form->groups) {
      if (g.award_type_id != pick.award_type_id) continue;
      award = g.award_name;
      for (const auto& c : g.candidates) {
        if ((pick.person_id && c.person_id == pick.person_id) || (!pick.person_id && c.unit_id == pick.unit_id)) {
          reasons = c.reasons;
        }
      }
    }
    in.report = msg::proposal_report(award, form->year, reasons);
    inputs.push_back(std::move(in));
  }
  return create_nominations(services, actor, campaign_id, std::move(inputs), meta);
}

}  // namespace thidua::app
