// The council's authorisation matrix: every council route × anonymous and
// the seven demo accounts → the expected outcome, over real HTTP on both
// engines; refused writes must change nothing (TestSite::fingerprint covers
// the council tables and nominations).
//
// The seed campaign (id 1) is issued by the root STNMT; PTNMT-LN takes part,
// so thutruong, canbo and nhanvien see the campaign but not the council's
// work (403). The demo council: lanhdao chair, thuongtruc secretary, hoidong,
// uyvien1, uyvien2 members. admin sees the campaign (root grant) but has no
// campaign workflow action and sits on no council (403).
#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>

#include <array>
#include <map>
#include <sstream>

#include "council_fixture.h"
#include "matrix_outcomes.h"
#include "route_coverage.h"

namespace thidua::test {
namespace {

namespace json = boost::json;

// Outcomes: O 2xx, R 3xx not to the login page, L 3xx to /dang-nhap, or a status.
constexpr std::array<const char*, 8> kColumns = {"anonymous", "admin",     "lanhdao", "thuongtruc",
                                                 "hoidong",   "thutruong", "canbo",   "nhanvien"};

// What the row needs before each request (made fresh per column).
enum class State { kNone, kPlanned, kPlannedPresent, kKeying, kVoting, kClosed };

enum class Body { kNone, kCouncil, kMember, kDeactivate, kSessionForm, kAttendance, kBallot, kSessionJson,
                  kAttendanceJson, kVotesJson, kEmptyJson, kCommittee, kCommitteeJson, kShares, kSharesJson,
                  kRecusal, kRecusalJson };

struct Row {
  const char* method;
  const char* pattern;
  const char* target;  // {cid} {mid} {sid}
  State setup;
  Body body;
  const char* expect;
};

using S = State;
using B = Body;

// clang-format off
const Row kRows[] = {
  {"GET",  "/hoi-dong",                                         "/hoi-dong",                                   S::kNone,    B::kNone,        "L 403 O O O 403 403 403"},
  {"POST", "/hoi-dong",                                         "/hoi-dong",                                   S::kNone,    B::kCouncil,     "L 403 R R 403 404 404 404"},
  {"GET",  "/hoi-dong/{cid}",                                   "/hoi-dong/{cid}",                             S::kNone,    B::kNone,        "L 404 O O O 404 404 404"},
  {"GET",  "/dot-thi-dua/{id}/hoi-dong",                        "/dot-thi-dua/1/hoi-dong",                     S::kNone,    B::kNone,        "L 403 O O O 403 403 403"},
  {"GET",  "/dot-thi-dua/{id}/hoi-dong",                        "/dot-thi-dua/999/hoi-dong",                   S::kNone,    B::kNone,        "L 404 404 404 404 404 404 404"},
  {"GET",  "/dot-thi-dua/{id}/hoi-dong/phien/moi",              "/dot-thi-dua/1/hoi-dong/phien/moi",           S::kNone,    B::kNone,        "L 403 403 O 403 403 403 403"},
  {"POST", "/dot-thi-dua/{id}/hoi-dong/phien/moi",              "/dot-thi-dua/1/hoi-dong/phien/moi",           S::kNone,    B::kSessionForm, "L 403 403 R 403 403 403 403"},
  {"GET",  "/dot-thi-dua/{id}/hoi-dong/phien/{sid}",            "/dot-thi-dua/1/hoi-dong/phien/{sid}",         S::kPlanned, B::kNone,        "L 403 O O O 403 403 403"},
  {"GET",  "/dot-thi-dua/{id}/hoi-dong/phien/{sid}",            "/dot-thi-dua/999/hoi-dong/phien/{sid}",       S::kPlanned, B::kNone,        "L 404 404 404 404 404 404 404"},
  {"POST", "/dot-thi-dua/{id}/hoi-dong/phien/{sid}/diem-danh",  "/dot-thi-dua/1/hoi-dong/phien/{sid}/diem-danh",   S::kPlanned, B::kAttendance, "L 403 403 R 403 403 403 403"},
  {"POST", "/dot-thi-dua/{id}/hoi-dong/phien/{sid}/mo-bo-phieu","/dot-thi-dua/1/hoi-dong/phien/{sid}/mo-bo-phieu", S::kPlannedPresent, B::kCommittee, "L 403 403 R 403 403 403 403"},
  {"POST", "/dot-thi-dua/{id}/hoi-dong/phien/{sid}/khong-bo-phieu", "/dot-thi-dua/1/hoi-dong/phien/{sid}/khong-bo-phieu", S::kPlannedPresent, B::kRecusal, "L 403 403 R 403 403 403 403"},
  {"POST", "/dot-thi-dua/{id}/hoi-dong/phien/{sid}/chon-lai-ban-kiem-phieu", "/dot-thi-dua/1/hoi-dong/phien/{sid}/chon-lai-ban-kiem-phieu", S::kKeying, B::kNone, "L 403 403 R 403 403 403 403"},
  {"POST", "/dot-thi-dua/{id}/hoi-dong/phien/{sid}/ma-kiem-phieu", "/dot-thi-dua/1/hoi-dong/phien/{sid}/ma-kiem-phieu", S::kKeying, B::kNone, "L 403 O O 403 403 403 403"},
  {"GET",  "/dot-thi-dua/{id}/hoi-dong/phien/{sid}/bo-phieu",   "/dot-thi-dua/1/hoi-dong/phien/{sid}/bo-phieu",    S::kVoting,  B::kNone,       "L 403 O O O 403 403 403"},
  {"POST", "/dot-thi-dua/{id}/hoi-dong/phien/{sid}/bo-phieu",   "/dot-thi-dua/1/hoi-dong/phien/{sid}/bo-phieu",    S::kVoting,  B::kBallot,     "L 403 R R R 403 403 403"},
  {"POST", "/dot-thi-dua/{id}/hoi-dong/phien/{sid}/ket-thuc",   "/dot-thi-dua/1/hoi-dong/phien/{sid}/ket-thuc",    S::kVoting,  B::kShares,     "L 403 R R 403 403 403 403"},
  {"GET",  "/dot-thi-dua/{id}/hoi-dong/phien/{sid}/kiem-chung", "/dot-thi-dua/1/hoi-dong/phien/{sid}/kiem-chung", S::kClosed, B::kNone,       "L 403 O O O 403 403 403"},
  {"GET",  "/dot-thi-dua/{id}/hoi-dong/phien/{sid}/bien-ban.pdf",  "/dot-thi-dua/1/hoi-dong/phien/{sid}/bien-ban.pdf",  S::kClosed, B::kNone,   "L 403 O O O 403 403 403"},
  {"GET",  "/dot-thi-dua/{id}/hoi-dong/phien/{sid}/bien-ban.docx", "/dot-thi-dua/1/hoi-dong/phien/{sid}/bien-ban.docx", S::kClosed, B::kNone,   "L 403 O O O 403 403 403"},

  {"GET",  "/api/v1/campaigns/{id}/sessions",                   "/api/v1/campaigns/1/sessions",                S::kNone,    B::kNone,        "401 403 O O O 403 403 403"},
  {"POST", "/api/v1/campaigns/{id}/sessions",                   "/api/v1/campaigns/1/sessions",                S::kNone,    B::kSessionJson, "401 403 403 O 403 403 403 403"},
  {"GET",  "/api/v1/campaigns/{id}/sessions/{sid}",             "/api/v1/campaigns/1/sessions/{sid}",          S::kPlanned, B::kNone,        "401 403 O O O 403 403 403"},
  {"POST", "/api/v1/campaigns/{id}/sessions/{sid}/attendance",  "/api/v1/campaigns/1/sessions/{sid}/attendance", S::kPlanned, B::kAttendanceJson, "401 403 403 O 403 403 403 403"},
  {"POST", "/api/v1/campaigns/{id}/sessions/{sid}/open",        "/api/v1/campaigns/1/sessions/{sid}/open",     S::kPlannedPresent, B::kCommitteeJson, "401 403 403 O 403 403 403 403"},
  {"POST", "/api/v1/campaigns/{id}/sessions/{sid}/recusals",    "/api/v1/campaigns/1/sessions/{sid}/recusals", S::kPlannedPresent, B::kRecusalJson, "401 403 403 O 403 403 403 403"},
  {"POST", "/api/v1/campaigns/{id}/sessions/{sid}/cancel-keying", "/api/v1/campaigns/1/sessions/{sid}/cancel-keying", S::kKeying, B::kEmptyJson, "401 403 403 O 403 403 403 403"},
  {"POST", "/api/v1/campaigns/{id}/sessions/{sid}/share",       "/api/v1/campaigns/1/sessions/{sid}/share",    S::kKeying,  B::kEmptyJson,   "401 403 O O 403 403 403 403"},
  {"POST", "/api/v1/campaigns/{id}/sessions/{sid}/votes",       "/api/v1/campaigns/1/sessions/{sid}/votes",    S::kVoting,  B::kVotesJson,   "401 403 O O O 403 403 403"},
  {"POST", "/api/v1/campaigns/{id}/sessions/{sid}/close",       "/api/v1/campaigns/1/sessions/{sid}/close",    S::kVoting,  B::kSharesJson,  "401 403 O O 403 403 403 403"},
  {"GET",  "/api/v1/campaigns/{id}/sessions/{sid}/record",      "/api/v1/campaigns/1/sessions/{sid}/record",   S::kClosed,  B::kNone,        "401 403 O O O 403 403 403"},

  // Last: they change the demo council's membership. The first row makes
  // canbo and thutruong members, so they see the council in the second (403).
  {"POST", "/hoi-dong/{cid}/thanh-vien",                        "/hoi-dong/{cid}/thanh-vien",                  S::kNone,    B::kMember,      "L 404 R R 403 404 404 404"},
  {"POST", "/hoi-dong/{cid}/thanh-vien/{mid}",                  "/hoi-dong/{cid}/thanh-vien/{mid}",            S::kNone,    B::kDeactivate,  "L 404 R R 403 403 403 404"},
};
// clang-format on

const bool kCovered = [] {
  std::vector<RouteKey> keys;
  for (const Row& r : kRows) keys.emplace_back(r.method, r.pattern);
  return cover_routes(keys);
}();


class CouncilMatrixTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fx_ = std::make_unique<CouncilFixture>();
    if (!fx_->ready()) GTEST_SKIP() << "no test site";
  }

  // A fresh session in the state the row needs, with one pending nomination.
  int64_t prepare(State setup) {
    if (setup == State::kNone) return 0;
    fx_->accepted_nomination("Nguyễn Văn An");
    const bool present = setup != State::kPlanned;
    const bool open = setup == State::kVoting || setup == State::kClosed;
    const int64_t sid = fx_->session(present ? all_council_members() : std::vector<std::string>{}, open);
    if (setup == State::kKeying) fx_->open_with_committee(sid, {"lanhdao", "thuongtruc"}, false);
    if (setup == State::kClosed) {
      auto closed = fx_->close(sid);
      EXPECT_TRUE(closed.ok());
    }
    return sid;
  }

  Fields form_of(const Row& row, const std::string& username, int64_t sid) {
    switch (row.body) {
      case Body::kCouncil:
        return {{"unit_id", std::to_string(fx_->site->unit_id("STNMT"))}, {"name", "Hội đồng kiểm tra " + username}};
      case Body::kMember: {
        // A different account for each column that may succeed.
        const std::string who = username == "lanhdao" ? "canbo" : username == "thuongtruc" ? "thutruong" : "nhanvien";
        return {{"username", who}, {"position", "Chuyên viên"}, {"role", "member"}};
      }
      case Body::kDeactivate:
        return {{"active", "0"}};
      case Body::kSessionForm:
        return {{"council_id", std::to_string(fx_->council_id)}, {"held_on", "2023-10-06"}, {"place", "Hội trường Sở"}};
      case Body::kAttendance: {
        Fields f;
        for (const auto& m : all_council_members()) f.emplace_back("co-mat", std::to_string(fx_->members.at(m)));
        return f;
      }
      case Body::kCommittee:
        return {{"kiem-phieu", std::to_string(fx_->members.at("lanhdao"))},
                {"kiem-phieu", std::to_string(fx_->members.at("thuongtruc"))}};
      case Body::kShares:
        return fx_->share_fields(sid);
      case Body::kRecusal:
        return {{"thao-tac", "them"},
                {"de-nghi", std::to_string(fx_->item_ids(sid).at(0))},
                {"thanh-vien", std::to_string(fx_->members.at("uyvien2"))},
                {"ly-do", "Là thủ trưởng trực tiếp của người được đề nghị"}};
      case Body::kBallot: {
        Fields f;
        for (int64_t item : fx_->item_ids(sid)) f.emplace_back("phieu-" + std::to_string(item), "dong-y");
        return f;
      }
      default:
        return {};
    }
  }

  json::value json_of(const Row& row, int64_t sid) {
    switch (row.body) {
      case Body::kSessionJson:
        return json::object{{"council_id", fx_->council_id}, {"held_on", "2023-10-07"}, {"place", "Hội trường Sở"}};
      case Body::kAttendanceJson: {
        json::array ids;
        for (const auto& m : all_council_members()) ids.push_back(fx_->members.at(m));
        return json::object{{"present_member_ids", ids}};
      }
      case Body::kCommitteeJson:
        return json::object{
            {"committee_member_ids", json::array{fx_->members.at("lanhdao"), fx_->members.at("thuongtruc")}}};
      case Body::kSharesJson:
        return fx_->share_json(sid);
      case Body::kRecusalJson:
        return json::object{{"item_id", fx_->item_ids(sid).at(0)},
                            {"member_id", fx_->members.at("uyvien2")},
                            {"declared", true},
                            {"reason", "Là thủ trưởng trực tiếp của người được đề nghị"}};
      case Body::kVotesJson: {
        json::array votes;
        for (int64_t item : fx_->item_ids(sid)) votes.push_back(json::object{{"item_id", item}, {"choice", "disagree"}});
        return json::object{{"votes", votes}};
      }
      default:
        return json::object{};
    }
  }

  HttpResult send(const Row& row, UserSession* session, const std::string& username, int64_t sid) {
    std::string target = row.target;
    replace_all(target, "{cid}", std::to_string(fx_->council_id));
    replace_all(target, "{mid}", std::to_string(fx_->members.at("uyvien2")));
    replace_all(target, "{sid}", std::to_string(sid));
    std::unique_ptr<TestClient> anon;
    TestClient* http = session ? session->http.get() : nullptr;
    std::string csrf = session ? session->csrf : "";
    if (!session) {
      anon = fx_->site->client();
      http = anon.get();
      if (std::string(row.method) != "GET") csrf = extract_csrf(http->get("/dang-nhap").body);
    }
    if (std::string(row.method) == "GET") return http->get(target);
    if (target.rfind("/api/", 0) == 0) {
      return http->request(row.method, target, json::serialize(json_of(row, sid)),
                           {{"Content-Type", "application/json"}, {"Accept", "application/json"}, {"X-CSRF-Token", csrf}});
    }
    Fields fields = form_of(row, username, sid);
    fields.insert(fields.begin(), {"_csrf", csrf});
    return http->post_form(target, fields);
  }

  std::unique_ptr<CouncilFixture> fx_;
};

TEST_F(CouncilMatrixTest, EveryRoleGetsTheExpectedOutcome) {
  std::map<std::string, UserSession> sessions;
  for (size_t c = 1; c < kColumns.size(); ++c) sessions.emplace(kColumns[c], fx_->site->session(kColumns[c]));
  for (const Row& row : kRows) {
    const auto expect = split_outcomes(row.expect);
    ASSERT_EQ(expect.size(), kColumns.size()) << row.target;
    for (size_t c : refusals_first(expect)) {
      const std::string username = kColumns[c];
      const int64_t sid = prepare(row.setup);
      UserSession* session = c == 0 ? nullptr : &sessions.at(username);
      const bool write = std::string(row.method) != "GET";
      const std::string before = write && is_refusal(expect[c]) ? fx_->site->fingerprint() : std::string();
      HttpResult r = send(row, session, username, sid);
      EXPECT_TRUE(outcome_matches(expect[c], r)) << row.method << " " << row.target << " as " << username << ": expected "
                                         << expect[c] << ", got " << r.status << " " << r.header("location") << "\n"
                                         << r.body.substr(0, 300);
      if (!before.empty()) {
        const std::string after = fx_->site->fingerprint();
        EXPECT_TRUE(before == after) << "refused " << row.method << " " << row.target << " as " << username
                                     << " changed the database: " << first_difference(before, after);
      }
    }
  }
}

}  // namespace
}  // namespace thidua::test
