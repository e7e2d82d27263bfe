#include "app/council.h"

#include <algorithm>
#include <map>
#include <set>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/audit.h"
#include "app/ballot_receipt.h"
#include "app/campaigns.h"
#include "app/crypto.h"
#include "core/messages_vi/council.h"
#include "core/text_fields.h"
#include "store/units.h"
#include "store/users.h"

namespace thidua::app {

namespace msg = core::messages_vi;
namespace {
namespace json = boost::json;
using core::Action;

core::Error validation(std::string message, std::string field) {
  return core::make_error(core::errc::kValidation, std::move(message), std::move(field));
}

std::string trimmed(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return {};
  const auto e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

bool iso_date_ok(const std::string& d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (d[i] < '0' || d[i] > '9') return false;
  }
  const int m = std::stoi(d.substr(5, 2));
  const int day = std::stoi(d.substr(8, 2));
  return m >= 1 && m <= 12 && day >= 1 && day <= 31;
}

// Everything a session-scoped use case needs, checked: the campaign is
// visible, the session belongs to it, and the actor may see the council's work.
struct SessionAccess {
  store::CampaignSummary campaign;
  store::CouncilSession session;
  std::optional<store::CouncilMember> me;
  bool can_prepare = false;
  bool can_close = false;
};

bool may_view_council_work(const core::Actor& actor, const std::string& issuing_path) {
  return permits(actor, Action::kReviewNominations, issuing_path) ||
         permits(actor, Action::kManageCampaigns, issuing_path);
}

core::Result<SessionAccess> session_access(store::Connection& conn, const core::Actor& actor, int64_t campaign_id,
                                           int64_t session_id) {
  auto campaign = visible_campaign(conn, actor, campaign_id);
  if (!campaign.ok()) return campaign.error();
  auto session = store::find_session(conn, session_id);
  if (!session.ok()) return session.error();
  if (!session->has_value() || (*session)->campaign_id != campaign_id) return not_found(msg::kWhatCouncilSession);
  SessionAccess a{*campaign, **session, std::nullopt, false, false};
  auto me = store::member_of_user(conn, a.session.council_id, actor.user_id);
  if (!me.ok()) return me.error();
  if (me->has_value() && (*me)->active) a.me = **me;
  a.can_prepare = permits(actor, Action::kReviewNominations, a.campaign.issuing_unit_path);
  a.can_close = a.can_prepare || (a.me && a.me->role == "chair");
  if (!a.can_prepare && !a.me && !may_view_council_work(actor, a.campaign.issuing_unit_path)) {
    return forbidden(msg::kActViewCouncilSession);
  }
  return a;
}

bool may_manage(const core::Actor& actor, const store::Council& c) {
  return permits(actor, Action::kManageCampaigns, c.unit_path);
}

}  // namespace

const std::vector<std::string>& council_roles() {
  static const std::vector<std::string> roles = {"chair", "vice_chair", "secretary", "member"};
  return roles;
}

std::string council_role_label(const std::string& role) {
  if (role == "chair") return msg::kCouncilRoleChair;
  if (role == "vice_chair") return msg::kCouncilRoleViceChair;
  if (role == "secretary") return msg::kCouncilRoleSecretary;
  return msg::kCouncilRoleMember;
}

std::string session_state_label(const std::string& state) {
  if (state == "planned") return msg::kSessionPlanned;
  if (state == "voting") return msg::kSessionVoting;
  if (state == "closed") return msg::kSessionClosed;
  return state;
}

// --- Councils -------------------------------------------------------------------

core::Result<CouncilListing> list_councils(const Services& services, const core::Actor& actor, int page) {
  CouncilListing out;
  out.page = std::clamp(page, 1, 100000);
  constexpr int kPageSize = 50;
  out.page_size = kPageSize;
  auto conn = services.db.acquire();
  const auto scopes = scopes_for(actor, Action::kManageCampaigns);
  auto rows = store::list_councils(*conn, scopes, actor.user_id, static_cast<int64_t>(out.page - 1) * kPageSize,
                                   kPageSize + 1);
  if (!rows.ok()) return rows.error();
  out.can_create = !scopes.empty();
  if (rows->empty() && !out.can_create && out.page == 1) return forbidden(msg::kActViewCouncil);
  out.has_more = rows->size() > static_cast<size_t>(kPageSize);
  if (out.has_more) rows->pop_back();
  out.items = std::move(*rows);
  return out;
}

core::Result<int64_t> create_council(const Services& services, const core::Actor& actor, int64_t unit_id,
                                     const std::string& name_in, const RequestMeta& meta) {
  auto conn = services.db.acquire();
  auto unit = store::find_unit(*conn, unit_id);
  if (!unit.ok()) return unit.error();
  if (!unit->has_value() || !permits(actor, Action::kViewOrg, (*unit)->path)) return not_found(msg::kWhatUnit);
  if (!permits(actor, Action::kManageCampaigns, (*unit)->path)) return forbidden(msg::kActCreateCouncil);
  const std::string name = trimmed(name_in);
  if (name.empty()) return validation(msg::kCouncilNameEmpty, "name");
  if (name.size() > 300) return validation(msg::kCouncilNameTooLong, "name");
  const std::string now = iso_instant(services.clock.now());
  return store::in_transaction<int64_t>(*conn, [&]() -> core::Result<int64_t> {
    auto id = store::insert_council(*conn, unit_id, name, now);
    if (!id.ok()) return id.error();
    THIDUA_TRY(record_audit(*conn, services, &actor, meta,
                            {"council.create", "council", std::to_string(*id), std::nullopt,
                             json::value(json::object{{"unit_id", unit_id}, {"name", name}})}));
    return *id;
  });
}

core::Result<CouncilView> get_council(const Services& services, const core::Actor& actor, int64_t council_id) {
  auto conn = services.db.acquire();
  auto c = store::find_council(*conn, council_id);
  if (!c.ok()) return c.error();
  if (!c->has_value()) return not_found(msg::kWhatCouncil);
  CouncilView v;
  v.council = **c;
  v.can_manage = may_manage(actor, v.council);
  if (!v.can_manage) {
    auto me = store::member_of_user(*conn, council_id, actor.user_id);
    if (!me.ok()) return me.error();
    if (!me->has_value() || !(*me)->active) return not_found(msg::kWhatCouncil);
  }
  auto members = store::council_members(*conn, council_id);
  if (!members.ok()) return members.error();
  v.members = std::move(*members);
  return v;
}

core::Result<int64_t> add_council_member(const Services& services, const core::Actor& actor, int64_t council_id,
                                         const NewMember& m, const RequestMeta& meta) {
  auto view = get_council(services, actor, council_id);
  if (!view.ok()) return view.error();
  if (!view->can_manage) return forbidden(msg::kActAddCouncilMember);
  const auto& roles = council_roles();
  if (std::find(roles.begin(), roles.end(), m.role) == roles.end()) {
    return validation(msg::kCouncilRoleMissing, "role");
  }
  auto conn = services.db.acquire();
  auto user = store::find_user_by_username(*conn, trimmed(m.username));
  if (!user.ok()) return user.error();
  if (!user->has_value() || (*user)->disabled) return validation(msg::kCouncilNoActiveAccount, "username");
  store::CouncilMember nm;
  nm.council_id = council_id;
  nm.user_id = (*user)->id;
  nm.full_name = trimmed(m.full_name).empty() ? (*user)->display_name : trimmed(m.full_name);
  nm.position = trimmed(m.position);
  nm.role = m.role;
  if (nm.position.size() > 200 || nm.full_name.size() > 200) return validation(msg::kCouncilMemberInfoTooLong, "position");
  for (const auto& existing : view->members) {
    if (existing.user_id == nm.user_id) return core::make_error(core::errc::kConflict, msg::kCouncilAlreadyMember, "username");
    if (existing.active && (m.role == "chair" || m.role == "secretary") && existing.role == m.role) {
      return validation(msg::council_already_has(council_role_label(m.role)), "role");
    }
  }
  return store::in_transaction<int64_t>(*conn, [&]() -> core::Result<int64_t> {
    auto id = store::insert_member(*conn, nm);
    if (!id.ok()) return id.error();
    THIDUA_TRY(record_audit(*conn, services, &actor, meta,
                            {"council.member_add", "council", std::to_string(council_id), std::nullopt,
                             json::value(json::object{{"member_id", *id},
                                                      {"user_id", nm.user_id},
                                                      {"full_name", nm.full_name},
                                                      {"position", nm.position},
                                                      {"role", nm.role}})}));
    return *id;
  });
}

core::Status set_council_member_active(const Services& services, const core::Actor& actor, int64_t council_id,
                                       int64_t member_id, bool active, const RequestMeta& meta) {
  auto view = get_council(services, actor, council_id);
  if (!view.ok()) return view.error();
  const store::CouncilMember* member = nullptr;
  for (const auto& m : view->members) {
    if (m.id == member_id) member = &m;
  }
  if (member == nullptr) return not_found(msg::kWhatCouncilMember);
  if (!view->can_manage) return forbidden(msg::kActChangeCouncilMember);
  if (member->active == active) return {};
  // Reactivating must not give the council a second chair or secretary (the
  // rule add_council_member enforces).
  if (active && (member->role == "chair" || member->role == "secretary")) {
    for (const auto& other : view->members) {
      if (other.id != member_id && other.active && other.role == member->role) {
        return validation(msg::council_already_has(council_role_label(member->role)), "role");
      }
    }
  }
  auto conn = services.db.acquire();
  return store::in_transaction(*conn, [&]() -> core::Status {
    THIDUA_TRY(store::set_member_active(*conn, member_id, active));
    return record_audit(*conn, services, &actor, meta,
                        {active ? "council.member_activate" : "council.member_deactivate", "council",
                         std::to_string(council_id), json::value(json::object{{"member_id", member_id}, {"active", !active}}),
                         json::value(json::object{{"member_id", member_id}, {"active", active}})});
  });
}

// --- Sessions -------------------------------------------------------------------

core::Result<SessionsView> list_sessions(const Services& services, const core::Actor& actor, int64_t campaign_id) {
  auto conn = services.db.acquire();
  auto campaign = visible_campaign(*conn, actor, campaign_id);
  if (!campaign.ok()) return campaign.error();
  SessionsView v;
  v.campaign = *campaign;
  v.can_prepare = permits(actor, Action::kReviewNominations, v.campaign.issuing_unit_path);
  auto councils = store::councils_of_unit(*conn, v.campaign.issuing_unit_id);
  if (!councils.ok()) return councils.error();
  auto member = store::sits_on_unit_council(*conn, v.campaign.issuing_unit_id, actor.user_id);
  if (!member.ok()) return member.error();
  if (!*member && !may_view_council_work(actor, v.campaign.issuing_unit_path)) {
    return forbidden(msg::kActViewCouncilSession);
  }
  v.councils = std::move(*councils);
  auto sessions = store::list_sessions(*conn, campaign_id);
  if (!sessions.ok()) return sessions.error();
  v.sessions = std::move(*sessions);
  return v;
}

core::Result<int64_t> create_session(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                     int64_t council_id, const std::string& held_on_in, const std::string& place_in,
                                     const RequestMeta& meta) {
  auto conn = services.db.acquire();
  auto campaign = visible_campaign(*conn, actor, campaign_id);
  if (!campaign.ok()) return campaign.error();
  if (!permits(actor, Action::kReviewNominations, campaign->issuing_unit_path)) {
    return forbidden(msg::kActCreateSession);
  }
  if (campaign->state != core::CampaignState::kRunning && campaign->state != core::CampaignState::kClosed) {
    return core::make_error(core::errc::kConflict,
                            msg::kSessionNeedsRunningCampaign);
  }
  auto council = store::find_council(*conn, council_id);
  if (!council.ok()) return council.error();
  if (!council->has_value() || (*council)->unit_id != campaign->issuing_unit_id) {
    return validation(msg::kSessionCouncilOfIssuer, "council_id");
  }
  const std::string held_on = trimmed(held_on_in);
  if (!iso_date_ok(held_on)) return validation(msg::kSessionDateInvalid, "held_on");
  const std::string place = trimmed(place_in);
  if (place.empty()) return validation(msg::kSessionPlaceEmpty, "place");
  if (place.size() > 300) return validation(msg::kSessionPlaceTooLong, "place");
  const std::string now = iso_instant(services.clock.now());
  return store::in_transaction<int64_t>(*conn, [&]() -> core::Result<int64_t> {
    auto id = store::insert_session(*conn, campaign_id, council_id, held_on, place, actor.user_id > 0 ? std::optional<int64_t>(actor.user_id) : std::nullopt, now);
    if (!id.ok()) return id.error();
    auto added = store::add_pending_items(*conn, *id, campaign_id);
    if (!added.ok()) return added.error();
    THIDUA_TRY(record_audit(*conn, services, &actor, meta,
                            {"council_session.create", "council_session", std::to_string(*id), std::nullopt,
                             json::value(json::object{{"campaign_id", campaign_id},
                                                      {"council_id", council_id},
                                                      {"held_on", held_on},
                                                      {"place", place},
                                                      {"items", *added}})}));
    return *id;
  });
}

core::Result<SessionView> get_session(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                      int64_t session_id) {
  auto conn = services.db.acquire();
  auto access = session_access(*conn, actor, campaign_id, session_id);
  if (!access.ok()) return access.error();
  SessionView v;
  v.campaign = access->campaign;
  v.session = access->session;
  v.can_prepare = access->can_prepare;
  v.can_close = access->can_close;
  v.me = access->me;
  auto attendance = store::session_attendance(*conn, session_id, v.session.council_id);
  if (!attendance.ok()) return attendance.error();
  v.attendance = std::move(*attendance);
  for (const auto& a : v.attendance) {
    if (a.member.active) ++v.active_members;
    if (a.present) ++v.present;
    if (v.me && a.member.id == v.me->id) v.me_present = a.present;
  }
  auto items = store::session_items(*conn, session_id);
  if (!items.ok()) return items.error();
  v.items = std::move(*items);
  if (v.session.state != "planned") {
    auto voted = store::members_who_voted(*conn, session_id);
    if (!voted.ok()) return voted.error();
    v.members_voted = *voted;
  }
  if (v.me && v.session.state != "planned") {
    auto mine = store::items_voted_by(*conn, session_id, v.me->id);
    if (!mine.ok()) return mine.error();
    const std::set<int64_t> done(mine->begin(), mine->end());
    std::string secret;
    if (!done.empty()) {
      auto s = ballot_secret(services.data_dir);
      if (!s.ok()) return s.error();
      secret = *s;
    }
    for (const auto& it : v.items) {
      MyBallot b{it.id, ""};
      if (done.count(it.id)) b.receipt = ballot_receipt(secret, it.id, v.me->id, v.session.ballot_salt);
      v.my_ballots.push_back(b);
    }
    v.may_vote = v.session.state == "voting" && v.me_present && done.size() < v.items.size();
  }
  if (v.session.state == "closed") {
    auto receipts = store::session_receipts(*conn, session_id);
    if (!receipts.ok()) return receipts.error();
    v.receipts = std::move(*receipts);
  }
  return v;
}

core::Status set_session_attendance(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                    int64_t session_id, const std::vector<int64_t>& present_member_ids,
                                    const RequestMeta& meta) {
  auto conn = services.db.acquire();
  auto access = session_access(*conn, actor, campaign_id, session_id);
  if (!access.ok()) return access.error();
  if (!access->can_prepare) return forbidden(msg::kActTakeAttendance);
  auto attendance = store::session_attendance(*conn, session_id, access->session.council_id);
  if (!attendance.ok()) return attendance.error();
  std::set<int64_t> present(present_member_ids.begin(), present_member_ids.end());
  std::set<int64_t> known;
  for (const auto& a : *attendance) known.insert(a.member.id);
  for (int64_t id : present) {
    if (!known.count(id)) return validation(msg::kSessionNotOnList, "present");
  }
  return store::in_transaction(*conn, [&]() -> core::Status {
    // Re-checked inside the transaction: attendance is fixed once voting opens.
    auto planned = store::lock_session_in_state(*conn, session_id, "planned");
    if (!planned.ok()) return planned.error();
    if (!*planned) return core::make_error(core::errc::kConflict, msg::kAttendanceOnlyBeforeVoting);
    json::array ids;
    for (const auto& a : *attendance) {
      const bool is_present = present.count(a.member.id) > 0 && a.member.active;
      THIDUA_TRY(store::set_attendance(*conn, session_id, a.member.id, is_present));
      if (is_present) ids.push_back(a.member.id);
    }
    return record_audit(*conn, services, &actor, meta,
                        {"council_session.attendance", "council_session", std::to_string(session_id), std::nullopt,
                         json::value(json::object{{"present_member_ids", ids}})});
  });
}

core::Status open_session_ballot(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                 int64_t session_id, const RequestMeta& meta) {
  auto conn = services.db.acquire();
  auto access = session_access(*conn, actor, campaign_id, session_id);
  if (!access.ok()) return access.error();
  if (!access->can_prepare) return forbidden(msg::kActOpenBallot);
  if (access->session.state != "planned") {
    return core::make_error(core::errc::kConflict, msg::kSessionAlreadyOpened);
  }
  const std::string now = iso_instant(services.clock.now());
  return store::in_transaction(*conn, [&]() -> core::Status {
    auto planned = store::lock_session_in_state(*conn, session_id, "planned");
    if (!planned.ok()) return planned.error();
    if (!*planned) return core::make_error(core::errc::kConflict, msg::kSessionAlreadyOpened);
    auto added = store::add_pending_items(*conn, session_id, campaign_id);
    if (!added.ok()) return added.error();
    auto items = store::session_items(*conn, session_id);
    if (!items.ok()) return items.error();
    if (items->empty()) {
      return validation(msg::kBallotNoAcceptedNomination, "items");
    }
    auto attendance = store::session_attendance(*conn, session_id, access->session.council_id);
    if (!attendance.ok()) return attendance.error();
    int total = 0, present = 0;
    for (const auto& a : *attendance) {
      if (!a.member.active) continue;
      ++total;
      if (a.present) ++present;
    }
    if (present == 0) return validation(msg::kBallotNobodyPresent, "present");
    for (const auto& it : *items) {
      const core::VoteOutcome o = core::count_votes(it.rule, total, present, 0, 0, 0);
      if (!o.quorum_met) {
        return validation(msg::ballot_quorum_not_met(o.required_present, total, present), "present");

      }
    }
    THIDUA_TRY(store::open_ballot(*conn, session_id, total, random_token(16), now));
    return record_audit(*conn, services, &actor, meta,
                        {"council_session.open", "council_session", std::to_string(session_id), std::nullopt,
                         json::value(json::object{{"members_total", total},
                                                  {"members_present", present},
                                                  {"items", static_cast<int64_t>(items->size())}})});
  });
}

core::Result<std::vector<MyBallot>> cast_votes(const Services& services, const core::Actor& actor,
                                               int64_t campaign_id, int64_t session_id,
                                               const std::vector<VoteInput>& votes, const RequestMeta& meta) {
  auto conn = services.db.acquire();
  auto access = session_access(*conn, actor, campaign_id, session_id);
  if (!access.ok()) return access.error();
  if (!access->me) return forbidden(msg::kActVoteNotMember);
  const int64_t member_id = access->me->id;
  if (votes.empty()) return validation(msg::kBallotNoChoice, "votes");
  auto secret = ballot_secret(services.data_dir);
  if (!secret.ok()) return secret.error();
  return store::in_transaction<std::vector<MyBallot>>(*conn, [&]() -> core::Result<std::vector<MyBallot>> {
    auto voting = store::lock_session_in_state(*conn, session_id, "voting");
    if (!voting.ok()) return voting.error();
    auto fresh = store::find_session(*conn, session_id);
    if (!fresh.ok()) return fresh.error();
    if (!*voting || !fresh->has_value()) {
      return core::make_error(core::errc::kConflict, fresh->has_value() && (*fresh)->state == "closed"
                                                         ? msg::kBallotClosed
                                                         : msg::kBallotNotOpen);
    }
    auto attendance = store::session_attendance(*conn, session_id, (*fresh)->council_id);
    if (!attendance.ok()) return attendance.error();
    bool present = false;
    for (const auto& a : *attendance) {
      if (a.member.id == member_id) present = a.present && a.member.active;
    }
    if (!present) return forbidden(msg::kActVoteNotPresent);
    auto items = store::session_items(*conn, session_id);
    if (!items.ok()) return items.error();
    std::set<int64_t> item_ids;
    for (const auto& it : *items) item_ids.insert(it.id);
    std::set<int64_t> seen;
    std::vector<MyBallot> out;
    for (const VoteInput& v : votes) {
      if (!item_ids.count(v.item_id)) return validation(msg::kBallotItemNotInSession, "votes");
      if (!seen.insert(v.item_id).second) return validation(msg::kBallotOneVotePerItem, "votes");
      const std::string receipt = ballot_receipt(*secret, v.item_id, member_id, (*fresh)->ballot_salt);
      THIDUA_TRY(store::cast_vote(*conn, v.item_id, member_id, v.choice, receipt));
      out.push_back({v.item_id, receipt});
    }
    // The count of ballots only: never the choices, never the items voted on.
    THIDUA_TRY(record_audit(*conn, services, &actor, meta,
                            {"ballot.cast", "council_session", std::to_string(session_id), std::nullopt,
                             json::value(json::object{{"ballots", static_cast<int64_t>(out.size())}})}));
    std::sort(out.begin(), out.end(), [](const MyBallot& a, const MyBallot& b) { return a.item_id < b.item_id; });
    return out;
  });
}

core::Status close_session_ballot(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                  int64_t session_id, const RequestMeta& meta) {
  auto conn = services.db.acquire();
  auto access = session_access(*conn, actor, campaign_id, session_id);
  if (!access.ok()) return access.error();
  if (!access->can_close) return forbidden(msg::kActCloseBallot);
  const std::string now = iso_instant(services.clock.now());
  return store::in_transaction(*conn, [&]() -> core::Status {
    // The lock first: votes in flight commit before the tallies are read.
    auto voting = store::lock_session_in_state(*conn, session_id, "voting");
    if (!voting.ok()) return voting.error();
    auto fresh = store::find_session(*conn, session_id);
    if (!fresh.ok()) return fresh.error();
    if (!*voting || !fresh->has_value()) {
      return core::make_error(core::errc::kConflict, msg::kSessionNotVoting);
    }
    const int total = (*fresh)->members_total;
    auto present = store::count_present(*conn, session_id);
    if (!present.ok()) return present.error();
    auto items = store::session_items(*conn, session_id);
    if (!items.ok()) return items.error();
    auto tallies = store::read_tallies_for_close(*conn, session_id);
    if (!tallies.ok()) return tallies.error();
    std::map<int64_t, store::Tally> by_item;
    for (const auto& t : *tallies) by_item[t.item_id] = t;
    std::vector<store::ItemOutcome> outcomes;
    json::array audit_items;
    for (const auto& it : *items) {
      const store::Tally t = by_item.count(it.id) ? by_item[it.id] : store::Tally{it.id, 0, 0, 0};
      const core::VoteOutcome o = core::count_votes(it.rule, total, *present, t.agree, t.disagree, t.invalid);
      outcomes.push_back({it.id, it.nomination_id, t.agree, t.disagree, t.invalid, o.required_agree, o.passed});
      audit_items.push_back(json::object{{"item_id", it.id},
                                         {"nomination_id", it.nomination_id},
                                         {"agree", t.agree},
                                         {"disagree", t.disagree},
                                         {"invalid", t.invalid},
                                         {"required_agree", o.required_agree},
                                         {"passed", o.passed}});
    }
    THIDUA_TRY(store::close_ballot(*conn, session_id, outcomes, now));
    return record_audit(*conn, services, &actor, meta,
                        {"council_session.close", "council_session", std::to_string(session_id), std::nullopt,
                         json::value(json::object{{"members_total", total},
                                                  {"members_present", *present},
                                                  {"items", audit_items}})});
  });
}

}  // namespace thidua::app
