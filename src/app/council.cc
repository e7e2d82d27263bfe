#include "app/council.h"

#include <algorithm>
#include <map>
#include <set>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/audit.h"
#include "app/council_access.h"
#include "app/campaigns.h"
#include "app/crypto.h"
#include "core/messages_vi/ballot.h"
#include "core/messages_vi/council.h"
#include "core/org.h"
#include "core/text_fields.h"
#include "store/people.h"
#include "store/units.h"
#include "store/users.h"

namespace thidua::app {

namespace msg = core::messages_vi;
namespace {
namespace json = boost::json;
using core::Action;

bool iso_date_ok(const std::string& d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (d[i] < '0' || d[i] > '9') return false;
  }
  const int m = std::stoi(d.substr(5, 2));
  const int day = std::stoi(d.substr(8, 2));
  return m >= 1 && m <= 12 && day >= 1 && day <= 31;
}

bool may_manage(const core::Actor& actor, const core::Council& c) {
  return permits(actor, Action::kManageCampaigns, c.unit_path);
}

}  // namespace

bool tracker_published(const SessionView& v, std::string_view typed) {
  if (v.session.state != core::SessionState::kClosed) return false;
  std::string want;
  for (char ch : typed) {
    if (ch != '-' && ch != ' ') want += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  }
  if (want.empty()) return false;
  return std::any_of(v.published.begin(), v.published.end(), [&](const auto& b) { return b.tracker == want; });
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
  const std::string name = core::trim_blanks(name_in);
  if (name.empty()) return invalid_field(msg::kCouncilNameEmpty, "name");
  if (name.size() > 300) return invalid_field(msg::kCouncilNameTooLong, "name");
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
  if (!m.role) return invalid_field(msg::kCouncilRoleMissing, "role");
  auto conn = services.db.acquire();
  auto user = store::find_user_by_username(*conn, core::trim_blanks(m.username));
  if (!user.ok()) return user.error();
  if (!user->has_value() || (*user)->disabled) return invalid_field(msg::kCouncilNoActiveAccount, "username");
  // Only an account of the council's agency: a role in it or a person working
  // there. Another agency's account is answered as one that does not exist.
  {
    const std::string& path = view->council.unit_path;
    const size_t second = path.find('/', 1);
    const std::string agency = second == std::string::npos ? path : path.substr(0, second + 1);
    bool ours = false;
    auto grants = store::grants_of(*conn, (*user)->id);
    if (!grants.ok()) return grants.error();
    for (const auto& g : *grants) ours = ours || core::path_within(g.unit_path, agency);
    if (!ours && (*user)->person_id) {
      auto person = store::find_person(*conn, *(*user)->person_id);
      if (!person.ok()) return person.error();
      ours = person->has_value() && core::path_within((*person)->unit_path, agency);
    }
    if (!ours) return invalid_field(msg::kCouncilNoActiveAccount, "username");
  }
  core::CouncilMember nm;
  nm.council_id = council_id;
  nm.user_id = (*user)->id;
  nm.full_name = core::trim_blanks(m.full_name).empty() ? (*user)->display_name : core::trim_blanks(m.full_name);
  nm.position = core::trim_blanks(m.position);
  nm.role = *m.role;
  if (nm.position.size() > 200 || nm.full_name.size() > 200) return invalid_field(msg::kCouncilMemberInfoTooLong, "position");
  for (const auto& existing : view->members) {
    if (existing.user_id == nm.user_id) return core::make_error(core::errc::kConflict, msg::kCouncilAlreadyMember, "username");
    if (existing.active && core::council_role_is_single(nm.role) && existing.role == nm.role) {
      return invalid_field(msg::council_already_has(core::council_role_label(nm.role)), "role");
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
                                                      {"role", core::council_role_code(nm.role)}})}));
    return *id;
  });
}

core::Status set_council_member_active(const Services& services, const core::Actor& actor, int64_t council_id,
                                       int64_t member_id, bool active, const RequestMeta& meta) {
  auto view = get_council(services, actor, council_id);
  if (!view.ok()) return view.error();
  const core::CouncilMember* member = nullptr;
  for (const auto& m : view->members) {
    if (m.id == member_id) member = &m;
  }
  if (member == nullptr) return not_found(msg::kWhatCouncilMember);
  if (!view->can_manage) return forbidden(msg::kActChangeCouncilMember);
  if (member->active == active) return {};
  // Reactivating must not give the council a second chair or secretary (the
  // rule add_council_member enforces).
  if (active && core::council_role_is_single(member->role)) {
    for (const auto& other : view->members) {
      if (other.id != member_id && other.active && other.role == member->role) {
        return invalid_field(msg::council_already_has(core::council_role_label(member->role)), "role");
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
    return invalid_field(msg::kSessionCouncilOfIssuer, "council_id");
  }
  const std::string held_on = core::trim_blanks(held_on_in);
  if (!iso_date_ok(held_on)) return invalid_field(msg::kSessionDateInvalid, "held_on");
  const std::string place = core::trim_blanks(place_in);
  if (place.empty()) return invalid_field(msg::kSessionPlaceEmpty, "place");
  if (place.size() > 300) return invalid_field(msg::kSessionPlaceTooLong, "place");
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
                                      int64_t session_id, const std::vector<std::string>& my_trackers) {
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
  auto recusals = store::session_recusals(*conn, session_id);
  if (!recusals.ok()) return recusals.error();
  v.recusals = std::move(*recusals);
  const core::SessionState state = v.session.state;
  if (state != core::SessionState::kPlanned) {
    auto committee = store::ballot_committee(*conn, session_id);
    if (!committee.ok()) return committee.error();
    v.committee = std::move(*committee);
    for (const auto& seat : v.committee) {
      if (v.me && seat.member_id == v.me->id) {
        v.me_on_committee = true;
        v.may_draw_share = state == core::SessionState::kKeying && seat.share_point.empty();
      }
    }
  }
  if (state == core::SessionState::kVoting || state == core::SessionState::kClosed) {
    auto voted = store::members_who_voted(*conn, session_id);
    if (!voted.ok()) return voted.error();
    v.members_voted = *voted;
  }
  if (v.me && (state == core::SessionState::kVoting || state == core::SessionState::kClosed)) {
    std::set<int64_t> done;
    bool voted_in_session = false;
    if (state == core::SessionState::kVoting) {
      auto mine = store::items_marked_by(*conn, session_id, v.me->id);
      if (!mine.ok()) return mine.error();
      done.insert(mine->begin(), mine->end());
    } else {
      auto voted = store::member_voted(*conn, session_id, v.me->id);
      if (!voted.ok()) return voted.error();
      voted_in_session = *voted;
    }
    // Trackers the member's browser kept, shown only when this session holds them.
    std::vector<std::string> wanted;
    std::map<int64_t, std::string> tracker_of;
    for (const auto& t : my_trackers) {
      const auto colon = t.find(':');
      if (colon == std::string::npos) continue;
      int64_t item = 0;
      try {
        item = std::stoll(t.substr(0, colon));
      } catch (...) {
        continue;
      }
      tracker_of[item] = t.substr(colon + 1);
      wanted.push_back(t.substr(colon + 1));
    }
    std::set<std::string> known;
    if (!wanted.empty()) {
      auto found = store::known_trackers(*conn, session_id, wanted);
      if (!found.ok()) return found.error();
      known.insert(found->begin(), found->end());
    }
    std::set<int64_t> recused;
    for (const auto& r : v.recusals) {
      if (r.member_id == v.me->id) recused.insert(r.item_id);
    }
    size_t open_items = 0;
    for (const auto& it : v.items) {
      MyBallot b;
      b.item_id = it.id;
      b.recused = recused.count(it.id) > 0;
      b.voted = state == core::SessionState::kVoting ? done.count(it.id) > 0 : voted_in_session && !b.recused;
      if (auto t = tracker_of.find(it.id); t != tracker_of.end() && known.count(t->second)) b.tracker = t->second;
      if (!b.voted && !b.recused) ++open_items;
      v.my_ballots.push_back(std::move(b));
    }
    v.may_vote = state == core::SessionState::kVoting && v.me_present && open_items > 0;
  }
  if (state == core::SessionState::kClosed) {
    auto published = store::published_ballots(*conn, session_id);
    if (!published.ok()) return published.error();
    v.published = std::move(*published);
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
    if (!known.count(id)) return invalid_field(msg::kSessionNotOnList, "present");
  }
  return store::in_transaction(*conn, [&]() -> core::Status {
    // Re-checked inside the transaction: attendance is fixed once voting opens.
    auto planned = store::lock_session_in_state(*conn, session_id, core::SessionState::kPlanned);
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

}  // namespace thidua::app
