// THE SCENARIO DRIVER (see scenario.h): the only file of the forensic suite
// that knows how the ballot is prepared, cast and closed. Since migration
// 080: the session is prepared and opened through the app:: use cases
// (CouncilFixture: the counting committee lanhdao and thuongtruc draw their
// shares), each member votes with one POST /api/v1/campaigns/1/sessions/{sid}/votes
// from their own logged-in session (answered with the ballots' trackers), the
// chair closes with POST .../close carrying the committee's shares, and the
// published results are read back with GET .../{sid}.
#include "forensic/scenario.h"

#include <boost/json/parse.hpp>

#include <map>

namespace thidua::test::forensic {

namespace json = boost::json;

const std::vector<std::pair<std::string, std::vector<Vote>>>& planned_ballots() {
  constexpr Vote A = Vote::kAgree, D = Vote::kDisagree;
  // In voting order (not the order of the membership list). Per item:
  // 3 A, 2 A, 3 A, 3 A, 3 A of 5: every item is split 3–2.
  static const std::vector<std::pair<std::string, std::vector<Vote>>> v = {
      {"uyvien1", {D, D, A, A, D}},
      {"lanhdao", {A, A, D, A, D}},
      {"uyvien2", {A, D, D, A, A}},
      {"hoidong", {D, A, A, D, A}},
      {"thuongtruc", {A, D, A, D, A}},
  };
  return v;
}

ScenarioResult run_ballot_scenario(CouncilFixture& fx, const SnapshotFn& snapshot) {
  ScenarioResult out;
  // Five accepted nominations, then a session with all five members present,
  // opened by the secretariat.
  for (const char* name : {"Nguyễn Văn An", "Hoàng Thị Thanh Tâm", "Trần Văn Bình", "Lê Thị Cúc", "Phạm Văn Dũng"}) {
    if (fx.accepted_nomination(name) == 0) {
      out.error = "cannot add an accepted nomination";
      return out;
    }
  }
  const int64_t sid = fx.session(all_council_members(), true);
  if (sid == 0) {
    out.error = "cannot prepare and open the session";
    return out;
  }
  const std::vector<int64_t> items = fx.item_ids(sid);
  if (items.size() != 5) {
    out.error = "expected 5 items, got " + std::to_string(items.size());
    return out;
  }
  PublicKnowledge& pk = out.knowledge;
  pk.session_id = sid;
  pk.item_ids = items;
  pk.member_ids = fx.members;
  for (const auto& [username, member] : fx.members) pk.user_ids[username] = fx.site->user_id(username);

  std::map<std::string, UserSession> sessions;
  for (const auto& u : all_council_members()) sessions.emplace(u, fx.site->session(u));

  int k = 0;
  for (const auto& [username, ballot] : planned_ballots()) {
    // Each member sends all five items in one request, starting at a
    // different item each (so no fixed order of items within a ballot).
    json::array votes;
    for (size_t j = 0; j < items.size(); ++j) {
      const size_t i = (j + static_cast<size_t>(k)) % items.size();
      votes.push_back(json::object{{"item_id", items[i]}, {"choice", ballot[i] == Vote::kAgree ? "agree" : "disagree"}});
      out.truth.choices[username][items[i]] = ballot[i];
    }
    HttpResult r = sessions.at(username).send_json("POST", CouncilFixture::api_path(sid) + "/votes",
                                                    json::object{{"votes", votes}});
    if (r.status != 201) {
      out.error = username + " could not vote: " + std::to_string(r.status) + " " + r.body;
      return out;
    }
    out.truth.vote_order.push_back(username);
    const json::value answer = json::parse(r.body);
    for (const auto& rc : answer.at("ballots").as_array()) {
      out.truth.receipts[username].emplace_back(rc.at("item_id").as_int64(),
                                                std::string(rc.at("tracker").as_string()));
    }
    ++k;
    snapshot("after vote " + std::to_string(k) + " (" + username + ")" +
             (k == static_cast<int>(planned_ballots().size()) ? ", right before the close" : ""));
  }

  // The chair closes the ballot.
  HttpResult closed =
      sessions.at("lanhdao").send_json("POST", CouncilFixture::api_path(sid) + "/close", fx.share_json(sid));
  if (closed.status != 200) {
    out.error = "close: " + std::to_string(closed.status) + " " + closed.body;
    return out;
  }
  snapshot("after the close");

  // What is published: the counts and the trackers.
  HttpResult view = sessions.at("hoidong")->get(CouncilFixture::api_path(sid));
  if (view.status != 200) {
    out.error = "session view: " + std::to_string(view.status);
    return out;
  }
  const json::value s = json::parse(view.body);
  for (const auto& it : s.at("items").as_array()) {
    const auto& res = it.at("result");
    pk.published_counts[it.at("id").as_int64()] = {static_cast<int>(res.at("agree").as_int64()),
                                                    static_cast<int>(res.at("disagree").as_int64())};
  }
  for (const auto& rc : s.at("trackers").as_array()) {
    pk.published_receipts.emplace_back(rc.at("item_id").as_int64(), std::string(rc.at("tracker").as_string()));
  }
  return out;
}

}  // namespace thidua::test::forensic
