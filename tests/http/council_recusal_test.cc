// The secret ballot's recusals, counting committee and published record over
// real HTTP on both engines: a member nominated on an item is recused from it
// when the ballot opens and leaves its threshold's base; the secretariat
// declares and removes conflicts of interest before voting only; renaming
// the committee makes the shares drawn before useless; each committee member
// draws once; the published record verifies on the page, in the API and with
// `thidua ballot verify`, and stops verifying once a row is altered in the
// database.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "app/ballot.h"
#include "core/ballot_record.h"
#include "council_fixture.h"
#include "support/cli_run.h"

namespace thidua::test {
namespace {

namespace json = boost::json;

const std::vector<std::string> kPresentFour = {"lanhdao", "thuongtruc", "hoidong", "uyvien1"};
constexpr const char* kSecretary = "Phạm Thị Thu Hằng";

// Runs `thidua ballot verify --session N --db URL` (the binary of this build).
CliRun cli_verify(const std::string& db_url, int64_t session_id) {
  return run_command(shell_quote(THIDUA_BIN) + " ballot verify --session " + std::to_string(session_id) + " --db " +
                     shell_quote(db_url));
}

class CouncilRecusalTest : public CouncilHttpTest {
 protected:
  void SetUp() override { start(); }

  // The page form declaring (or removing) a conflict of interest.
  HttpResult page_recusal(const std::string& who, int64_t sid, const std::string& action, int64_t item,
                          const std::string& member, const std::string& reason) {
    return as(who).post_form(CouncilFixture::session_path(sid) + "/khong-bo-phieu",
                             {{"thao-tac", action},
                              {"de-nghi", std::to_string(item)},
                              {"thanh-vien", std::to_string(fx_->members.at(member))},
                              {"ly-do", reason}});
  }
  HttpResult api_recusal(const std::string& who, int64_t sid, int64_t item, const std::string& member, bool declared,
                         const std::string& reason) {
    return as(who).send_json("POST", CouncilFixture::api_path(sid) + "/recusals",
                             json::object{{"item_id", item},
                                          {"member_id", fx_->members.at(member)},
                                          {"declared", declared},
                                          {"reason", reason}});
  }

  // The session's recusals as "item:member:kind:reason", in the API's order.
  std::vector<std::string> recusals(int64_t sid) {
    std::vector<std::string> out;
    const json::value s = api_session("thuongtruc", sid);
    if (!s.is_object()) return out;
    for (const auto& r : s.at("recusals").as_array()) {
      out.push_back(std::to_string(r.at("item_id").as_int64()) + ":" + std::to_string(r.at("member_id").as_int64()) +
                    ":" + std::string(r.at("kind").as_string()) + ":" + std::string(r.at("reason").as_string()));
    }
    return out;
  }
  std::string recusal(int64_t item, const std::string& member, const std::string& kind, const std::string& reason) {
    return std::to_string(item) + ":" + std::to_string(fx_->members.at(member)) + ":" + kind + ":" + reason;
  }

  // The item of `sid` whose nominee is `full_name`.
  int64_t item_of(int64_t sid, const std::string& full_name) {
    const json::value s = api_session("thuongtruc", sid);
    for (const auto& it : s.at("items").as_array()) {
      if (it.at("nominee").as_string() == full_name) return it.at("id").as_int64();
    }
    ADD_FAILURE() << "no item for " << full_name;
    return 0;
  }

  void expect_unchanged(const std::string& before, const std::string& what) {
    const std::string after = fx_->site->fingerprint();
    EXPECT_TRUE(before == after) << what << ": " << first_difference(before, after);
  }

};

TEST_F(CouncilRecusalTest, TheNomineeIsRecusedAtOpeningAndLeavesTheBase) {
  const int64_t hers = fx_->accepted_nomination(kSecretary);
  const int64_t other = fx_->accepted_nomination("Nguyễn Văn An");
  const int64_t sid = fx_->session(kPresentFour, true);  // 4 present of 5; voting is open
  const int64_t her_item = item_of(sid, kSecretary);
  const int64_t other_item = item_of(sid, "Nguyễn Văn An");
  ASSERT_NE(her_item, other_item);

  // Listed under "Không bỏ phiếu" on the session page, and in the API.
  HttpResult page = as("hoidong")->get(CouncilFixture::session_path(sid));
  ASSERT_EQ(page.status, 200u);
  EXPECT_NE(page.body.find("Không bỏ phiếu</th>"), std::string::npos);
  EXPECT_NE(page.body.find(std::string(kSecretary) + " (Là người được đề nghị khen thưởng)"), std::string::npos)
      << page.body.substr(0, 4000);
  EXPECT_EQ(recusals(sid),
            std::vector<std::string>{recusal(her_item, "thuongtruc", "nominee", "Là người được đề nghị khen thưởng")});
  const json::value mine = api_session("thuongtruc", sid);
  for (const auto& b : mine.at("my_ballots").as_array()) {
    EXPECT_EQ(b.at("recused").as_bool(), b.at("item_id").as_int64() == her_item);
  }

  // Her ballot on that item is refused, alone or with another item, on the
  // page and in the API, and stores nothing.
  for (const char* u : {"lanhdao", "hoidong", "uyvien1"}) as(u);
  const std::string before = fx_->site->fingerprint();
  HttpResult refused = vote("thuongtruc", sid, {{her_item, "dong-y"}});
  EXPECT_EQ(refused.status, 422u);
  EXPECT_NE(refused.body.find("Đồng chí không bỏ phiếu cho đề nghị này"), std::string::npos);
  EXPECT_EQ(vote("thuongtruc", sid, {{other_item, "dong-y"}, {her_item, "dong-y"}}).status, 422u);
  HttpResult refused_api = api_vote("thuongtruc", sid, {{her_item, "agree"}});
  EXPECT_EQ(refused_api.status, 422u) << refused_api.body;
  EXPECT_EQ(json::parse(refused_api.body).at("error").at("field"), "votes");
  expect_unchanged(before, "a recused member's ballot");

  // She still votes on the other item.
  EXPECT_EQ(vote("thuongtruc", sid, {{other_item, "khong-dong-y"}}).status, 303u);
  // The others: 2 agree and 1 disagree on her item.
  ASSERT_EQ(api_vote("lanhdao", sid, {{her_item, "agree"}, {other_item, "agree"}}).status, 201u);
  ASSERT_EQ(api_vote("hoidong", sid, {{her_item, "agree"}, {other_item, "agree"}}).status, 201u);
  ASSERT_EQ(api_vote("uyvien1", sid, {{her_item, "disagree"}, {other_item, "agree"}}).status, 201u);

  HttpResult closed = as("lanhdao").send_json("POST", CouncilFixture::api_path(sid) + "/close", fx_->share_json(sid));
  ASSERT_EQ(closed.status, 200u) << closed.body;
  const json::value s = json::parse(closed.body);
  for (const auto& it : s.at("items").as_array()) {
    const auto& r = it.at("result");
    if (it.at("id").as_int64() == her_item) {
      // More than half of 4 present − 1 recused = 3: 2 agree pass (3 would
      // be needed without the recusal).
      EXPECT_EQ(r.at("agree").as_int64(), 2);
      EXPECT_EQ(r.at("disagree").as_int64(), 1);
      EXPECT_EQ(r.at("recused").as_int64(), 1);
      EXPECT_EQ(r.at("required_agree").as_int64(), 2);
      EXPECT_TRUE(r.at("passed").as_bool());
    } else {
      EXPECT_EQ(r.at("agree").as_int64(), 3);
      EXPECT_EQ(r.at("disagree").as_int64(), 1);
      EXPECT_EQ(r.at("recused").as_int64(), 0);
      EXPECT_EQ(r.at("required_agree").as_int64(), 3);
      EXPECT_TRUE(r.at("passed").as_bool());
    }
  }
  EXPECT_EQ(fx_->nomination_state(hers), "passed");
  EXPECT_EQ(fx_->nomination_state(other), "passed");
}

TEST_F(CouncilRecusalTest, TheBaseStaysWhenTheAwardTypeKeepsRecusedMembers) {
  {
    auto conn = fx_->site->db().acquire();
    ASSERT_TRUE(
        conn->exec("UPDATE campaign_award_types SET recused_leave_base = 0 WHERE id = ?", {fx_->award_types[0]}).ok());
  }
  const int64_t hers = fx_->accepted_nomination(kSecretary);
  const int64_t sid = fx_->session(kPresentFour, true);
  const int64_t item = item_of(sid, kSecretary);
  EXPECT_EQ(api_vote("thuongtruc", sid, {{item, "agree"}}).status, 422u) << "still recused";
  ASSERT_EQ(api_vote("lanhdao", sid, {{item, "agree"}}).status, 201u);
  ASSERT_EQ(api_vote("hoidong", sid, {{item, "agree"}}).status, 201u);
  ASSERT_EQ(api_vote("uyvien1", sid, {{item, "disagree"}}).status, 201u);
  HttpResult closed = as("thuongtruc").send_json("POST", CouncilFixture::api_path(sid) + "/close", fx_->share_json(sid));
  ASSERT_EQ(closed.status, 200u) << closed.body;
  const json::value s = json::parse(closed.body);
  const auto& r = s.at("items").at(0).at("result");
  EXPECT_EQ(r.at("recused").as_int64(), 1);
  EXPECT_EQ(r.at("required_agree").as_int64(), 3);
  EXPECT_FALSE(r.at("passed").as_bool());
  EXPECT_EQ(fx_->nomination_state(hers), "failed");
}

TEST_F(CouncilRecusalTest, TheSecretariatDeclaresAndRemovesConflictsBeforeVoting) {
  fx_->accepted_nomination("Nguyễn Văn An");
  fx_->accepted_nomination("Hoàng Thị Thanh Tâm");
  const int64_t sid = fx_->session(kPresentFour, false);  // planned
  const int64_t an = item_of(sid, "Nguyễn Văn An");
  const int64_t tam = item_of(sid, "Hoàng Thị Thanh Tâm");
  const std::string path = CouncilFixture::session_path(sid);

  // Through the page form, then through the API.
  HttpResult declared = page_recusal("thuongtruc", sid, "them", an, "hoidong", "  Là anh ruột của người được đề nghị ");
  ASSERT_EQ(declared.status, 303u) << declared.body.substr(0, 2000);
  EXPECT_NE(declared.header("location").find("thong-bao=da-luu"), std::string::npos);
  HttpResult api = api_recusal("thuongtruc", sid, tam, "uyvien1", true, "Cùng tổ công tác xét chọn");
  ASSERT_EQ(api.status, 200u) << api.body;
  EXPECT_EQ(json::parse(api.body).at("recusals").as_array().size(), 2u);
  const std::string an_hoidong = recusal(an, "hoidong", "declared", "Là anh ruột của người được đề nghị");
  const std::string tam_uyvien1 = recusal(tam, "uyvien1", "declared", "Cùng tổ công tác xét chọn");
  {
    const auto now = recusals(sid);
    EXPECT_EQ(now.size(), 2u);
    EXPECT_NE(std::find(now.begin(), now.end(), an_hoidong), now.end());
    EXPECT_NE(std::find(now.begin(), now.end(), tam_uyvien1), now.end());
  }
  HttpResult page = as("thuongtruc")->get(path);
  EXPECT_NE(page.body.find("Giáp Văn Tuấn (Là anh ruột của người được đề nghị)"), std::string::npos);
  EXPECT_NE(page.body.find("Bỏ đánh dấu"), std::string::npos);

  // Refused: no reason, a reason too long (counted in characters, not bytes),
  // a non-preparer (a council member, a unit officer); nothing changes.
  for (const char* u : {"hoidong", "canbo"}) as(u);
  const std::string before = fx_->site->fingerprint();
  HttpResult empty_page = page_recusal("thuongtruc", sid, "them", tam, "lanhdao", "   ");
  EXPECT_EQ(empty_page.status, 422u);
  EXPECT_NE(empty_page.body.find("Hãy ghi lý do thành viên không bỏ phiếu"), std::string::npos);
  HttpResult empty_api = api_recusal("thuongtruc", sid, tam, "lanhdao", true, "");
  EXPECT_EQ(empty_api.status, 422u);
  EXPECT_EQ(json::parse(empty_api.body).at("error").at("field"), "reason");
  std::string long_reason;
  for (int i = 0; i < 301; ++i) long_reason += "ệ";
  HttpResult long_page = page_recusal("thuongtruc", sid, "them", tam, "lanhdao", long_reason);
  EXPECT_EQ(long_page.status, 422u);
  EXPECT_NE(long_page.body.find("Lý do quá dài (tối đa 300 ký tự)"), std::string::npos);
  HttpResult long_api = api_recusal("thuongtruc", sid, tam, "lanhdao", true, long_reason);
  EXPECT_EQ(long_api.status, 422u);
  EXPECT_EQ(json::parse(long_api.body).at("error").at("field"), "reason");
  HttpResult unknown_item = api_recusal("thuongtruc", sid, 999999, "lanhdao", true, "Lý do");
  EXPECT_EQ(unknown_item.status, 422u);
  EXPECT_EQ(page_recusal("thuongtruc", sid, "khac", tam, "lanhdao", "Lý do").status, 422u) << "unknown action";
  for (const char* who : {"hoidong", "canbo"}) {
    HttpResult p = page_recusal(who, sid, "them", tam, "lanhdao", "Lý do");
    EXPECT_EQ(p.status, 403u) << who << ": " << p.body.substr(0, 500);
    EXPECT_EQ(page_recusal(who, sid, "bo", an, "hoidong", "").status, 403u) << who;
    EXPECT_EQ(api_recusal(who, sid, tam, "lanhdao", true, "Lý do").status, 403u) << who;
    EXPECT_EQ(api_recusal(who, sid, an, "hoidong", false, "").status, 403u) << who;
  }
  expect_unchanged(before, "refused recusals");

  // 300 characters are enough.
  const std::string longest = long_reason.substr(0, 300 * std::string("ệ").size());
  ASSERT_EQ(api_recusal("thuongtruc", sid, tam, "lanhdao", true, longest).status, 200u);
  EXPECT_EQ(recusals(sid).size(), 3u);
  // Removed through the page and the API.
  ASSERT_EQ(page_recusal("thuongtruc", sid, "bo", tam, "lanhdao", "").status, 303u);
  ASSERT_EQ(api_recusal("thuongtruc", sid, tam, "uyvien1", false, "").status, 200u);
  EXPECT_EQ(recusals(sid), std::vector<std::string>{an_hoidong});

  // Still possible while the committee draws; declared recusals survive the opening.
  fx_->open_with_committee(sid, {"thuongtruc", "lanhdao"}, false);
  ASSERT_EQ(page_recusal("thuongtruc", sid, "them", tam, "uyvien1", "Cùng tổ công tác xét chọn").status, 303u);
  for (const char* holder : {"thuongtruc", "lanhdao"}) {
    auto code = app::draw_committee_share(fx_->site->services(), fx_->site->actor(holder), 1, sid, council_meta());
    ASSERT_TRUE(code.ok()) << code.error().message;
    fx_->shares[sid][fx_->members.at(holder)] = *code;
  }
  ASSERT_EQ(api_session("thuongtruc", sid).at("state"), "voting");

  // Voting has begun: no more declaring or removing.
  const std::string voting = fx_->site->fingerprint();
  HttpResult late_page = page_recusal("thuongtruc", sid, "them", tam, "lanhdao", "Lý do");
  EXPECT_EQ(late_page.status, 409u);
  EXPECT_NE(late_page.body.find("Chỉ đánh dấu thành viên không bỏ phiếu khi phiên họp chưa bắt đầu bỏ phiếu"),
            std::string::npos);
  EXPECT_EQ(page_recusal("thuongtruc", sid, "bo", an, "hoidong", "").status, 409u);
  EXPECT_EQ(api_recusal("thuongtruc", sid, tam, "lanhdao", true, "Lý do").status, 409u);
  EXPECT_EQ(api_recusal("thuongtruc", sid, an, "hoidong", false, "").status, 409u);
  expect_unchanged(voting, "recusals after voting began");

  // The declared members cannot vote on their items; they vote on the others.
  EXPECT_EQ(vote("hoidong", sid, {{an, "dong-y"}}).status, 422u);
  EXPECT_EQ(api_vote("uyvien1", sid, {{tam, "agree"}}).status, 422u);
  EXPECT_EQ(api_vote("hoidong", sid, {{tam, "agree"}}).status, 201u);
  EXPECT_EQ(api_vote("uyvien1", sid, {{an, "agree"}}).status, 201u);
  for (const char* u : {"lanhdao", "thuongtruc"}) {
    EXPECT_EQ(api_vote(u, sid, {{an, "agree"}, {tam, "disagree"}}).status, 201u) << u;
  }
  HttpResult closed = as("thuongtruc").send_json("POST", CouncilFixture::api_path(sid) + "/close", fx_->share_json(sid));
  ASSERT_EQ(closed.status, 200u) << closed.body;
  const json::value s = json::parse(closed.body);
  for (const auto& it : s.at("items").as_array()) {
    const auto& r = it.at("result");
    EXPECT_EQ(r.at("recused").as_int64(), 1);
    EXPECT_EQ(r.at("required_agree").as_int64(), 2);  // more than half of 4 − 1
    if (it.at("id").as_int64() == an) {
      EXPECT_EQ(r.at("agree").as_int64(), 3);
      EXPECT_TRUE(r.at("passed").as_bool());
    } else {
      EXPECT_EQ(r.at("agree").as_int64(), 1);
      EXPECT_FALSE(r.at("passed").as_bool());
    }
  }
}

TEST_F(CouncilRecusalTest, RenamingTheCommitteeMakesEarlierSharesUseless) {
  fx_->accepted_nomination(kSecretary);
  const int64_t sid = fx_->session(kPresentFour, false);
  const int64_t item = item_of(sid, kSecretary);
  const std::string path = CouncilFixture::session_path(sid);
  fx_->open_with_committee(sid, {"thuongtruc", "hoidong"}, false);
  EXPECT_EQ(api_session("thuongtruc", sid).at("state"), "keying");
  // A declared recusal made while keying; the nominee recusal of the opening.
  ASSERT_EQ(page_recusal("thuongtruc", sid, "them", item, "uyvien1", "Cùng phòng công tác").status, 303u);
  EXPECT_EQ(recusals(sid).size(), 2u);
  HttpResult drawn = as("hoidong").post_form(path + "/ma-kiem-phieu", {});
  ASSERT_EQ(drawn.status, 200u);
  const auto at = drawn.body.find("<code id=\"ma-kiem-phieu\">");
  ASSERT_NE(at, std::string::npos);
  const std::string old_code = drawn.body.substr(at + 25, 39);

  // Only the secretariat renames, only while keying.
  as("lanhdao");
  const std::string before = fx_->site->fingerprint();
  EXPECT_EQ(as("hoidong").post_form(path + "/chon-lai-ban-kiem-phieu", {}).status, 403u);
  EXPECT_EQ(as("lanhdao").send_json("POST", CouncilFixture::api_path(sid) + "/cancel-keying", json::object{}).status,
            403u);
  expect_unchanged(before, "a refused renaming");

  ASSERT_EQ(as("thuongtruc").post_form(path + "/chon-lai-ban-kiem-phieu", {}).status, 303u);
  const json::value planned = api_session("thuongtruc", sid);
  EXPECT_EQ(planned.at("state"), "planned");
  EXPECT_TRUE(planned.at("committee").as_array().empty());
  // The nominee recusal goes with the opening; the declared one stays.
  EXPECT_EQ(recusals(sid), std::vector<std::string>{recusal(item, "uyvien1", "declared", "Cùng phòng công tác")});
  EXPECT_EQ(as("hoidong").post_form(path + "/ma-kiem-phieu", {}).status, 403u) << "no committee any more";
  EXPECT_EQ(as("thuongtruc").post_form(path + "/chon-lai-ban-kiem-phieu", {}).status, 409u) << "not keying";

  // A new committee with the same member, who draws again: a new share.
  fx_->open_with_committee(sid, {"lanhdao", "hoidong"});
  const json::value voting = api_session("hoidong", sid);
  EXPECT_EQ(voting.at("state"), "voting");
  EXPECT_EQ(recusals(sid).size(), 2u) << "the nominee recusal is back";
  const std::string new_code = fx_->shares[sid][fx_->members.at("hoidong")];
  EXPECT_NE(new_code, old_code);
  EXPECT_EQ(as("thuongtruc").post_form(path + "/chon-lai-ban-kiem-phieu", {}).status, 409u) << "voting";
  for (const char* u : {"lanhdao", "hoidong"}) ASSERT_EQ(api_vote(u, sid, {{item, "agree"}}).status, 201u) << u;

  // The share drawn before the renaming does not close the ballot.
  Fields with_old = fx_->share_fields(sid);
  for (auto& [name, value] : with_old) {
    if (name == "ma-" + std::to_string(fx_->members.at("hoidong"))) value = old_code;
  }
  HttpResult refused = as("thuongtruc").post_form(path + "/ket-thuc", with_old);
  EXPECT_EQ(refused.status, 422u);
  EXPECT_NE(refused.body.find("không khớp với mã đã phát"), std::string::npos);
  EXPECT_EQ(api_session("hoidong", sid).at("state"), "voting");
  ASSERT_EQ(as("thuongtruc").post_form(path + "/ket-thuc", fx_->share_fields(sid)).status, 303u);
  EXPECT_EQ(api_session("hoidong", sid).at("state"), "closed");
}

TEST_F(CouncilRecusalTest, EachCommitteeMemberDrawsOnceAndOnlyThem) {
  fx_->accepted_nomination("Nguyễn Văn An");
  const int64_t sid = fx_->session(kPresentFour, false);
  fx_->open_with_committee(sid, {"thuongtruc", "hoidong"}, false);
  const std::string share = CouncilFixture::api_path(sid) + "/share";
  HttpResult first = as("thuongtruc").send_json("POST", share, json::object{});
  ASSERT_EQ(first.status, 201u) << first.body;
  EXPECT_EQ(first.header("cache-control"), "no-store");
  EXPECT_EQ(json::parse(first.body).at("share_code").as_string().size(), 39u);

  for (const char* u : {"lanhdao", "uyvien1", "uyvien2", "canbo"}) as(u);
  const std::string before = fx_->site->fingerprint();
  EXPECT_EQ(as("thuongtruc").send_json("POST", share, json::object{}).status, 409u);
  EXPECT_EQ(as("thuongtruc").post_form(CouncilFixture::session_path(sid) + "/ma-kiem-phieu", {}).status, 409u);
  for (const char* u : {"lanhdao", "uyvien1", "uyvien2"}) {
    EXPECT_EQ(as(u).send_json("POST", share, json::object{}).status, 403u) << u;
    EXPECT_EQ(as(u).post_form(CouncilFixture::session_path(sid) + "/ma-kiem-phieu", {}).status, 403u) << u;
  }
  EXPECT_NE(as("canbo").send_json("POST", share, json::object{}).status, 201u);
  expect_unchanged(before, "refused draws");
  const json::value keying = api_session("thuongtruc", sid);
  EXPECT_EQ(keying.at("state"), "keying");
  EXPECT_EQ(keying.at("election_key"), "");

  ASSERT_EQ(as("hoidong").send_json("POST", share, json::object{}).status, 201u);
  const json::value voting = api_session("thuongtruc", sid);
  EXPECT_EQ(voting.at("state"), "voting");
  EXPECT_EQ(voting.at("election_key").as_string().size(), 64u);
  EXPECT_EQ(as("hoidong").send_json("POST", share, json::object{}).status, 409u) << "voting already";
}

TEST_F(CouncilRecusalTest, ThePublishedRecordVerifiesUntilARowIsAltered) {
  fx_->accepted_nomination("Nguyễn Văn An");
  fx_->accepted_nomination("Hoàng Thị Thanh Tâm");
  const int64_t sid = fx_->session(kPresentFour, true);
  const auto items = fx_->item_ids(sid);
  ASSERT_EQ(items.size(), 2u);
  const std::string db_url = database_url(*fx_->site);
  ASSERT_FALSE(db_url.empty());
  {
    const CliRun open = cli_verify(db_url, sid);
    EXPECT_EQ(open.exit_code, 1) << "nothing to verify before the close: " << open.output;
    EXPECT_NE(open.output.find("chưa kết thúc bỏ phiếu"), std::string::npos) << open.output;
  }
  ASSERT_EQ(api_vote("lanhdao", sid, {{items[0], "agree"}, {items[1], "agree"}}).status, 201u);
  ASSERT_EQ(api_vote("thuongtruc", sid, {{items[0], "disagree"}, {items[1], "agree"}}).status, 201u);
  ASSERT_EQ(api_vote("hoidong", sid, {{items[0], "agree"}, {items[1], "disagree"}}).status, 201u);
  ASSERT_EQ(api_vote("uyvien1", sid, {{items[0], "agree"}}).status, 201u);
  ASSERT_TRUE(fx_->close(sid).ok());

  const std::string check_page = CouncilFixture::session_path(sid) + "/kiem-chung";
  const std::string record_api = CouncilFixture::api_path(sid) + "/record";
  auto verify_directly = [&] {
    auto conn = fx_->site->db().acquire();
    auto record = app::load_ballot_record(*conn, sid);
    EXPECT_TRUE(record.ok()) << (record.ok() ? "" : record.error().message);
    return record.ok() ? core::ballot::verify_record(*record) : core::ballot::RecordCheck{};
  };
  auto expect_verifies = [&](const std::string& when) {
    EXPECT_TRUE(verify_directly().ok) << when;
    HttpResult page = as("uyvien1")->get(check_page);
    EXPECT_EQ(page.status, 200u) << when;
    EXPECT_NE(page.body.find("Kết quả khớp với các phiếu đã công bố"), std::string::npos) << when;
    EXPECT_EQ(page.body.find("KHÔNG khớp"), std::string::npos) << when;
    HttpResult api = as("hoidong")->get(record_api);
    ASSERT_EQ(api.status, 200u) << when;
    const json::value v = json::parse(api.body).at("verification");
    EXPECT_TRUE(v.at("ok").as_bool()) << when << ": " << api.body.substr(0, 2000);
    EXPECT_EQ(v.at("ballots_checked").as_int64(), 7) << when;
    EXPECT_EQ(v.at("decryptions_checked").as_int64(), 2) << when;
    const CliRun cli = cli_verify(db_url, sid);
    EXPECT_EQ(cli.exit_code, 0) << when << ": " << cli.output;
  };
  // Each check must fail with a problem containing `problem`.
  auto expect_fails = [&](const std::string& when, const std::string& problem) {
    const core::ballot::RecordCheck direct = verify_directly();
    EXPECT_FALSE(direct.ok) << when;
    bool named = false;
    for (const auto& p : direct.problems) named = named || p.find(problem) != std::string::npos;
    EXPECT_TRUE(named) << when << ": no problem names \"" << problem << "\"";
    HttpResult page = as("uyvien1")->get(check_page);
    EXPECT_EQ(page.status, 200u) << when;
    EXPECT_NE(page.body.find("Kết quả KHÔNG khớp với các phiếu đã công bố"), std::string::npos) << when;
    // The page escapes quotes: the problem up to its first one.
    EXPECT_NE(page.body.find(problem.substr(0, problem.find('"'))), std::string::npos) << when;
    HttpResult api = as("hoidong")->get(record_api);
    ASSERT_EQ(api.status, 200u) << when;
    const json::value v = json::parse(api.body).at("verification");
    EXPECT_FALSE(v.at("ok").as_bool()) << when;
    EXPECT_FALSE(v.at("problems").as_array().empty()) << when;
    const CliRun cli = cli_verify(db_url, sid);
    EXPECT_EQ(cli.exit_code, 1) << when << ": " << cli.output;
    EXPECT_NE(cli.output.find(problem), std::string::npos) << when << ": " << cli.output;
  };
  expect_verifies("as published");

  // Two ballots of the first item swap their texts (an agree and a disagree
  // ballot, so that a check of the totals alone would not notice).
  auto conn = fx_->site->db().acquire();
  auto rows = conn->query("SELECT tracker, ballot FROM published_ballots WHERE item_id = ? ORDER BY tracker",
                          {items[0]});
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 4u);
  const std::string t0 = rows->rows[0].str(0), b0 = rows->rows[0].str(1);
  const std::string t1 = rows->rows[1].str(0), b1 = rows->rows[1].str(1);
  auto set_ballot = [&](const std::string& tracker, const std::string& text) {
    ASSERT_TRUE(conn->exec("UPDATE published_ballots SET ballot = ? WHERE item_id = ? AND tracker = ?",
                           {text, items[0], tracker})
                    .ok());
  };
  set_ballot(t0, b1);
  set_ballot(t1, b0);
  expect_fails("two ballots swapped", "Mã theo dõi " + t0 + " không khớp với nội dung phiếu");
  set_ballot(t0, b0);
  set_ballot(t1, b1);
  expect_verifies("ballots restored");

  // The agree count of the first item raised by one (disagree lowered, so the
  // numbers still add up).
  ASSERT_TRUE(conn->exec("UPDATE session_items SET agree = agree + 1, disagree = disagree - 1 WHERE id = ?", {items[0]})
                  .ok());
  expect_fails("agree count changed", "Đề nghị số 1: kết quả \"đồng ý\" không khớp");
  ASSERT_TRUE(conn->exec("UPDATE session_items SET agree = agree - 1, disagree = disagree + 1 WHERE id = ?", {items[0]})
                  .ok());
  expect_verifies("count restored");

  // A ballot published as valid marked invalid.
  {
    auto second = conn->query("SELECT tracker FROM published_ballots WHERE item_id = ? ORDER BY tracker", {items[1]});
    ASSERT_TRUE(second.ok() && !second->empty());
    const std::string t = second->rows[0].str(0);
    ASSERT_TRUE(conn->exec("UPDATE published_ballots SET valid = 0 WHERE item_id = ? AND tracker = ?", {items[1], t}).ok());
    expect_fails("a valid ballot marked invalid", "Phiếu " + t + " được ghi hợp lệ/không hợp lệ trái");
  }
}

}  // namespace
}  // namespace thidua::test
