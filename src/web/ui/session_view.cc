#include "web/ui/session_view.h"

#include <map>
#include <set>
#include <vector>

#include <boost/json/array.hpp>

#include "app/council.h"
#include "core/campaign_vote.h"
#include "core/council_session.h"
#include "web/shared/format.h"

namespace thidua::web {

namespace {
namespace json = boost::json;

std::string group4(const std::string& hex) {
  std::string out;
  for (size_t i = 0; i < hex.size(); ++i) {
    if (i > 0 && i % 4 == 0) out += '-';
    out += hex[i];
  }
  return out;
}

}  // namespace

json::object session_data(const app::SessionView& v) {
  const bool closed = v.session.state == core::SessionState::kClosed;
  std::map<int64_t, std::vector<const core::Recusal*>> recused_by_item;
  for (const auto& r : v.recusals) recused_by_item[r.item_id].push_back(&r);
  json::array attendance;
  std::set<int64_t> committee_ids;
  for (const auto& seat : v.committee) committee_ids.insert(seat.member_id);
  for (const auto& a : v.attendance) {
    if (!a.member.active && !a.present) continue;
    attendance.push_back(json::object{{"member_id", a.member.id},
                                      {"full_name", a.member.full_name},
                                      {"position", a.member.position},
                                      {"role", core::council_role_label(a.member.role)},
                                      {"present", a.present},
                                      {"on_committee", committee_ids.count(a.member.id) > 0}});
  }
  std::map<int64_t, const app::MyBallot*> mine_by_item;
  for (const auto& b : v.my_ballots) mine_by_item[b.item_id] = &b;
  std::map<int64_t, json::array> published_by_item;
  for (const auto& b : v.published) {
    published_by_item[b.item_id].push_back(json::object{{"tracker", group4(b.tracker)}, {"valid", b.valid}});
  }
  json::array items;
  for (const auto& it : v.items) {
    json::array recusals;
    for (const auto* r : recused_by_item[it.id]) {
      recusals.push_back(json::object{{"item_id", r->item_id},
                                      {"member_id", r->member_id},
                                      {"full_name", r->member_name},
                                      {"reason", r->reason},
                                      {"declared", r->kind == core::RecusalKind::kDeclared}});
    }
    json::object o{{"id", it.id},
                   {"ord", it.ord},
                   {"nominee", it.nominee_name},
                   {"unit", it.nominating_unit_name},
                   {"award", it.award_name + " (" + it.award_granted_by + ")"},
                   {"rule", core::ballot_threshold_text(it.rule)},
                   {"recusals", recusals},
                   {"has_recusals", !recusals.empty()}};
    if (closed) {
      o["agree"] = it.agree.value_or(0);
      o["disagree"] = it.disagree.value_or(0);
      o["invalid"] = it.invalid.value_or(0);
      o["recused"] = it.recused.value_or(0);
      o["required"] = it.required_agree.value_or(0);
      o["passed"] = it.passed.value_or(false);
      o["trackers"] = published_by_item[it.id];
    }
    if (auto m = mine_by_item.find(it.id); m != mine_by_item.end()) {
      o["my_voted"] = m->second->voted;
      o["my_recused"] = m->second->recused;
      o["my_tracker"] = group4(m->second->tracker);
      o["has_my_tracker"] = !m->second->tracker.empty();
    }
    items.push_back(std::move(o));
  }
  json::array committee;
  for (const auto& seat : v.committee) {
    committee.push_back(json::object{{"member_id", seat.member_id},
                                     {"full_name", seat.full_name},
                                     {"drawn", !seat.share_point.empty()}});
  }
  const std::string href = session_href(v.campaign.id, v.session.id);
  const core::SessionState state = v.session.state;
  return json::object{{"campaign", json::object{{"id", v.campaign.id}, {"title", v.campaign.title}}},
                      {"session", json::object{{"id", v.session.id},
                                               {"council_name", v.session.council_name},
                                               {"held_on", vietnamese_date(v.session.held_on)},
                                               {"place", v.session.place},
                                               {"state", std::string(core::session_state_label(state))},
                                               {"members_total", v.session.members_total}}},
                      {"href", href},
                      {"planned", state == core::SessionState::kPlanned},
                      {"keying", state == core::SessionState::kKeying},
                      {"voting", state == core::SessionState::kVoting},
                      {"closed", closed},
                      {"before_voting", core::session_before_voting(state)},
                      {"reopened_after_upgrade", v.session.notice == "reopened_after_upgrade"},
                      {"attendance", attendance},
                      {"items", items},
                      {"no_items", items.empty()},
                      {"committee", committee},
                      {"present", v.present},
                      {"active_members", v.active_members},
                      {"members_voted", v.members_voted},
                      {"can_prepare", v.can_prepare},
                      {"can_close", v.can_close},
                      {"is_member", v.me.has_value()},
                      {"may_vote", v.may_vote},
                      {"may_draw_share", v.may_draw_share},
                      {"me_on_committee", v.me_on_committee}};
}

std::string session_href(int64_t campaign_id, int64_t session_id) {
  return "/dot-thi-dua/" + std::to_string(campaign_id) + "/hoi-dong/phien/" + std::to_string(session_id);
}

}  // namespace thidua::web
