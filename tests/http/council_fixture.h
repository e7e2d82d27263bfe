// Fixture pieces shared by the council's HTTP tests: the demo site with the
// seed campaign (id 1) and the demo council, accepted nominations inserted
// with plain SQL (the nominations store belongs to another package), and
// sessions prepared through the use cases.
#pragma once

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>

#include "app/ballot.h"
#include "app/council.h"
#include "support/test_server.h"

namespace thidua::test {

inline app::RequestMeta council_meta() { return {"127.0.0.1", "council-test", "tests"}; }

class CouncilFixture {
 public:
  explicit CouncilFixture(TestSiteOptions options = {}) : site(std::make_unique<TestSite>(options)) {}

  bool ready() {
    if (!site->ok()) return false;
    auto conn = site->db().acquire();
    auto c = conn->query("SELECT id FROM councils ORDER BY id LIMIT 1");
    if (!c.ok() || c->empty()) return false;
    council_id = c->rows[0].i64(0);
    auto t = conn->query("SELECT id FROM campaign_award_types WHERE campaign_id = 1 ORDER BY ord");
    if (!t.ok() || t->empty()) return false;
    for (const auto& r : *t) award_types.push_back(r.i64(0));
    auto m = conn->query(
        "SELECT m.id, u.username FROM council_members m JOIN users u ON u.id = m.user_id WHERE m.council_id = ?",
        {council_id});
    if (!m.ok()) return false;
    for (const auto& r : *m) members[r.str(1)] = r.i64(0);
    return true;
  }

  // An accepted nomination of `full_name` (an individual of PTNMT-LN) for
  // award type index `award` of the seed campaign. Returns its id.
  int64_t accepted_nomination(const std::string& full_name, size_t award = 0) {
    auto conn = site->db().acquire();
    const int64_t unit = site->unit_id("PTNMT-LN");
    const std::string key = "p:test-" + std::to_string(++counter_);
    auto person = conn->query("SELECT id FROM people WHERE full_name = ? ORDER BY id LIMIT 1", {full_name});
    std::optional<int64_t> person_id;
    if (person.ok() && !person->empty()) person_id = person->rows[0].i64(0);
    auto row = conn->query(
        "INSERT INTO nominations (campaign_id, award_type_id, unit_id, subject, person_id, subject_key, state, "
        "submitted_at) VALUES (1, ?, ?, 'individual', ?, ?, 'accepted', '2023-09-30T00:00:00.000Z') RETURNING id",
        {award_types.at(award), unit, store::opt(person_id), key});
    EXPECT_TRUE(row.ok()) << (row.ok() ? "" : row.error().message);
    return row.ok() ? row->rows[0].i64(0) : 0;
  }

  // A session prepared by the secretariat with the pending nominations,
  // `present` members marked present; opened when `open`. Held on 5/10/2023
  // (the seed campaign's autumn) unless `held_on` (ISO) says otherwise.
  int64_t session(const std::vector<std::string>& present, bool open, const std::string& held_on = "2023-10-05") {
    auto& s = site->services();
    const auto actor = site->actor("thuongtruc");
    auto id = app::create_session(s, actor, 1, council_id, held_on, "Phòng họp tầng 3, Sở TNMT", council_meta());
    EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message);
    if (!id.ok()) return 0;
    std::vector<int64_t> ids;
    for (const auto& u : present) ids.push_back(members.at(u));
    auto marked = app::set_session_attendance(s, actor, 1, *id, ids, council_meta());
    EXPECT_TRUE(marked.ok()) << (marked.ok() ? "" : marked.error().message);
    if (open) open_with_committee(*id, {present.at(0), present.at(1)});
    return *id;
  }

  // Opens a planned session with `committee` (usernames) as the counting
  // committee, each of whom then draws a share (unless `draw` is false: the
  // session stays keying): voting is open after it. The
  // share codes are kept in shares[session][member id] for the close.
  void open_with_committee(int64_t sid, const std::vector<std::string>& committee, bool draw = true) {
    auto& s = site->services();
    std::vector<int64_t> ids;
    for (const auto& u : committee) ids.push_back(members.at(u));
    auto opened = app::open_session_ballot(s, site->actor("thuongtruc"), 1, sid, ids, council_meta());
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    if (!draw) return;
    for (const auto& u : committee) {
      auto code = app::draw_committee_share(s, site->actor(u), 1, sid, council_meta());
      ASSERT_TRUE(code.ok()) << code.error().message;
      shares[sid][members.at(u)] = *code;
    }
  }

  // Closes through the use case with the kept shares.
  core::Result<app::CloseReport> close(int64_t sid, const std::string& who = "thuongtruc") {
    return app::close_session_ballot(site->services(), site->actor(who), 1, sid, shares[sid], council_meta());
  }

  // The close form's fields (ma-<member id>) and the API's body.
  Fields share_fields(int64_t sid) {
    Fields f;
    for (const auto& [member, code] : shares[sid]) f.emplace_back("ma-" + std::to_string(member), code);
    return f;
  }
  boost::json::object share_json(int64_t sid) {
    boost::json::object shares_json;
    for (const auto& [member, code] : shares[sid]) shares_json[std::to_string(member)] = code;
    return boost::json::object{{"shares", shares_json}};
  }

  std::vector<int64_t> item_ids(int64_t session_id) {
    auto conn = site->db().acquire();
    auto rows = conn->query("SELECT id FROM session_items WHERE session_id = ? ORDER BY ord", {session_id});
    std::vector<int64_t> out;
    if (rows.ok()) {
      for (const auto& r : *rows) out.push_back(r.i64(0));
    }
    return out;
  }

  std::string nomination_state(int64_t id) {
    auto conn = site->db().acquire();
    auto rows = conn->query("SELECT state FROM nominations WHERE id = ?", {id});
    return rows.ok() && !rows->empty() ? rows->rows[0].str(0) : "";
  }

  static std::string session_path(int64_t sid) { return "/dot-thi-dua/1/hoi-dong/phien/" + std::to_string(sid); }
  static std::string api_path(int64_t sid) { return "/api/v1/campaigns/1/sessions/" + std::to_string(sid); }

  std::unique_ptr<TestSite> site;
  int64_t council_id = 0;
  std::vector<int64_t> award_types;
  std::map<std::string, int64_t> members;  // username → member id
  std::map<int64_t, std::map<int64_t, std::string>> shares;  // session → member id → share code

 private:
  int counter_ = 0;
};

// The base of the council's HTTP tests: the fixture, members' logged-in
// sessions (made on first use), and their ballots through the form and the API.
class CouncilHttpTest : public ::testing::Test {
 protected:
  // Starts the site; skips the test when no database can be had.
  void start(TestSiteOptions options = {}) {
    fx_ = std::make_unique<CouncilFixture>(options);
    if (!fx_->ready()) GTEST_SKIP() << "no test site";
  }

  UserSession& as(const std::string& username) {
    auto it = sessions_.find(username);
    if (it == sessions_.end()) it = sessions_.emplace(username, fx_->site->session(username)).first;
    return it->second;
  }

  // Votes through the ballot form: item → "dong-y" / "khong-dong-y".
  HttpResult vote(const std::string& username, int64_t sid, const std::vector<std::pair<int64_t, std::string>>& ballots) {
    Fields f;
    for (const auto& [item, choice] : ballots) f.emplace_back("phieu-" + std::to_string(item), choice);
    return as(username).post_form(CouncilFixture::session_path(sid) + "/bo-phieu", f);
  }

  // Votes through the API: item → "agree" / "disagree".
  HttpResult api_vote(const std::string& username, int64_t sid,
                      const std::vector<std::pair<int64_t, std::string>>& ballots) {
    boost::json::array votes;
    for (const auto& [item, choice] : ballots) votes.push_back(boost::json::object{{"item_id", item}, {"choice", choice}});
    return as(username).send_json("POST", CouncilFixture::api_path(sid) + "/votes", boost::json::object{{"votes", votes}});
  }

  boost::json::value api_session(const std::string& username, int64_t sid) {
    HttpResult r = as(username)->get(CouncilFixture::api_path(sid));
    EXPECT_EQ(r.status, 200u) << r.body;
    return r.status == 200 ? boost::json::parse(r.body) : boost::json::value();
  }

  std::unique_ptr<CouncilFixture> fx_;
  std::map<std::string, UserSession> sessions_;
};

// All five demo council members.
inline const std::vector<std::string>& all_council_members() {
  static const std::vector<std::string> v = {"lanhdao", "thuongtruc", "hoidong", "uyvien1", "uyvien2"};
  return v;
}

}  // namespace thidua::test
