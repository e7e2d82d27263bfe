// The authorisation matrix of package awards: every route it adds × anonymous
// and the seven demo accounts → the expected outcome, over real HTTP on both
// engines; a refused write leaves the database as it was (fingerprint, which
// includes decisions, decision_items, awards and the document registers).
//
// Rights: the secretariat (thuongtruc) drafts and records answers, the leader
// (lanhdao) approves; both read. Others see the running seed campaign but not
// its decisions (403). Awards are seen within the kViewOrg scope (404 outside).
#include <gtest/gtest.h>

#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include <array>
#include <map>
#include <sstream>

#include "awards_fixture.h"
#include "matrix_outcomes.h"
#include "route_coverage.h"
#include "support/test_server.h"

namespace thidua::test {
namespace {

namespace json = boost::json;

const bool kCovered = cover_routes({
    {"GET", "/dot-thi-dua/{id}/quyet-dinh"},
    {"POST", "/dot-thi-dua/{id}/quyet-dinh"},
    {"GET", "/dot-thi-dua/{id}/quyet-dinh/{did}"},
    {"POST", "/dot-thi-dua/{id}/quyet-dinh/{did}/duyet"},
    {"POST", "/dot-thi-dua/{id}/quyet-dinh/{did}/ket-qua"},
    {"POST", "/dot-thi-dua/{id}/quyet-dinh/{did}/huy"},
    {"GET", "/dot-thi-dua/{id}/quyet-dinh/{did}/van-ban.pdf"},
    {"GET", "/dot-thi-dua/{id}/quyet-dinh/{did}/van-ban.docx"},
    {"GET", "/dot-thi-dua/{id}/quyet-dinh/{did}/ho-so.zip"},
    {"GET", "/dot-thi-dua/{id}/quyet-dinh/{did}/giay-khen.pdf"},
    {"GET", "/dot-thi-dua/{id}/tong-ket.xlsx"},
    {"GET", "/khen-thuong"},
    {"GET", "/khen-thuong/{aid}/giay-khen.pdf"},
    {"GET", "/cong-khai/ket-qua/{id}"},
    {"GET", "/cong-khai/ket-qua/{id}/tong-ket.xlsx"},
    {"GET", "/api/v1/campaigns/{id}/decisions"},
    {"POST", "/api/v1/campaigns/{id}/decisions"},
    {"GET", "/api/v1/campaigns/{id}/decisions/{did}"},
    {"POST", "/api/v1/campaigns/{id}/decisions/{did}/approve"},
    {"POST", "/api/v1/campaigns/{id}/decisions/{did}/answer"},
    {"POST", "/api/v1/campaigns/{id}/decisions/{did}/discard"},
    {"GET", "/api/v1/awards"},
});

// Outcomes as in authz_matrix_test.cc: O 2xx, R redirect elsewhere than the
// login page, L redirect to the login page, or the status.
constexpr std::array<const char*, 8> kColumns = {"anonymous", "admin",     "lanhdao", "thuongtruc",
                                                 "hoidong",   "thutruong", "canbo",   "nhanvien"};

enum class Body { kNone, kDraftForm, kAnswerForm, kDraftJson, kAnswerJson, kEmptyJson };

struct Row {
  const char* method;
  const char* target;  // slots: {decided} {draft} {draft2} {draft3} {draft4} {proposal} {proposal2} {own_award} {other_award} {other_unit}
  Body body;
  const char* expect;
};

// clang-format off
const Row kRows[] = {
  // method  target                                                   body              anon admin lanh thuong hoi thutr canbo nhanv
  {"GET",  "/dot-thi-dua/1/quyet-dinh",                               Body::kNone,      "L    403  O    O    403  403  403  403"},
  {"POST", "/dot-thi-dua/1/quyet-dinh",                               Body::kDraftForm, "L    403  403  R    403  403  403  403"},
  {"GET",  "/dot-thi-dua/1/quyet-dinh/{decided}",                     Body::kNone,      "L    403  O    O    403  403  403  403"},
  {"GET",  "/dot-thi-dua/1/quyet-dinh/999999",                        Body::kNone,      "L    403  404  404  403  403  403  403"},
  {"GET",  "/dot-thi-dua/777/quyet-dinh/{decided}",                   Body::kNone,      "L    404  404  404  404  404  404  404"},
  {"POST", "/dot-thi-dua/1/quyet-dinh/{draft}/duyet",                 Body::kNone,      "L    403  R    403  403  403  403  403"},
  {"POST", "/dot-thi-dua/1/quyet-dinh/{draft3}/huy",                  Body::kNone,      "L    403  403  R    403  403  403  403"},
  {"POST", "/dot-thi-dua/1/quyet-dinh/{decided}/huy",                 Body::kNone,      "L    403  403  409  403  403  403  403"},
  {"POST", "/dot-thi-dua/1/quyet-dinh/{proposal}/ket-qua",            Body::kAnswerForm,"L    403  403  R    403  403  403  403"},
  {"GET",  "/dot-thi-dua/1/quyet-dinh/{decided}/van-ban.pdf",         Body::kNone,      "L    403  O    O    403  403  403  403"},
  {"GET",  "/dot-thi-dua/1/quyet-dinh/{decided}/van-ban.docx",        Body::kNone,      "L    403  O    O    403  403  403  403"},
  {"GET",  "/dot-thi-dua/1/quyet-dinh/{decided}/ho-so.zip",           Body::kNone,      "L    403  O    O    403  403  403  403"},
  {"GET",  "/dot-thi-dua/1/quyet-dinh/{decided}/giay-khen.pdf",       Body::kNone,      "L    403  O    O    403  403  403  403"},
  {"GET",  "/dot-thi-dua/1/tong-ket.xlsx",                            Body::kNone,      "L    403  O    O    403  403  403  403"},
  {"GET",  "/khen-thuong",                                            Body::kNone,      "L    O    O    O    O    O    O    O"},
  {"GET",  "/khen-thuong?don-vi={other_unit}&q=van&nam=2023",          Body::kNone,      "L    O    O    O    O    404  404  404"},
  {"GET",  "/khen-thuong/{own_award}/giay-khen.pdf",                  Body::kNone,      "L    O    O    O    O    O    O    O"},
  {"GET",  "/khen-thuong/{other_award}/giay-khen.pdf",                Body::kNone,      "L    O    O    O    O    404  404  404"},
  {"GET",  "/cong-khai/ket-qua/1",                                    Body::kNone,      "O    O    O    O    O    O    O    O"},
  {"GET",  "/cong-khai/ket-qua/1/tong-ket.xlsx",                      Body::kNone,      "O    O    O    O    O    O    O    O"},
  {"GET",  "/api/v1/campaigns/1/decisions",                           Body::kNone,      "401  403  O    O    403  403  403  403"},
  {"POST", "/api/v1/campaigns/1/decisions",                           Body::kDraftJson, "401  403  403  O    403  403  403  403"},
  {"GET",  "/api/v1/campaigns/1/decisions/{decided}",                 Body::kNone,      "401  403  O    O    403  403  403  403"},
  {"POST", "/api/v1/campaigns/1/decisions/{draft2}/approve",          Body::kEmptyJson, "401  403  O    403  403  403  403  403"},
  {"POST", "/api/v1/campaigns/1/decisions/{draft4}/discard",          Body::kEmptyJson, "401  403  403  O    403  403  403  403"},
  {"POST", "/api/v1/campaigns/1/decisions/{proposal2}/answer",        Body::kAnswerJson,"401  403  403  O    403  403  403  403"},
  {"GET",  "/api/v1/awards",                                          Body::kNone,      "401  O    O    O    O    O    O    O"},
  {"GET",  "/api/v1/awards?unit_id={other_unit}",                     Body::kNone,      "401  O    O    O    O    404  404  404"},
};
// clang-format on


class AwardsMatrixTest : public SeedAwardsTest {
 protected:
  void SetUp() override {
    SeedAwardsTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    const int64_t an = site_->person_id("Nguyễn Văn An");  // PTNMT-LN
    const int64_t hh = person_in(*site_, "PTNMT-HH");
    // An approved decision with an award in PTNMT-LN and one in PTNMT-HH.
    decided_ = draft(*site_, gk_, {add_nomination(*site_, gk_, an, "passed"),
                                   add_nomination(*site_, gk_, hh, "passed")});
    ASSERT_GT(approve(*site_, decided_), 0);
    // Drafts to approve, proposals to answer, and passed nominations to draft from.
    draft_ = draft(*site_, gk_, {add_nomination(*site_, gk_, person_in(*site_, "PTNMT-LN", 1), "passed")});
    draft2_ = draft(*site_, gk_, {add_nomination(*site_, gk_, person_in(*site_, "PTNMT-LN", 2), "passed")});
    proposal_ = draft(*site_, bk_tinh_, {add_nomination(*site_, bk_tinh_, an, "passed")});
    proposal2_ = draft(*site_, bk_tinh_, {add_nomination(*site_, bk_tinh_, hh, "passed")});
    approve(*site_, proposal_);
    approve(*site_, proposal2_);
    add_nomination(*site_, gk_, person_in(*site_, "PTNMT-HH", 1), "passed");  // for the draft form
    add_nomination(*site_, bk_bo_, an, "passed");                              // for the draft JSON
    draft3_ = draft(*site_, gk_, {add_nomination(*site_, gk_, unnominated_person(*site_, gk_), "passed")});
    draft4_ = draft(*site_, gk_, {add_nomination(*site_, gk_, unnominated_person(*site_, gk_), "passed")});
    auto conn = site_->db().acquire();
    auto awards = conn->query(
        "SELECT a.id, u.code FROM awards a JOIN units u ON u.id = a.unit_id WHERE a.decision_id = ? ORDER BY a.id",
        {decided_});
    ASSERT_TRUE(awards.ok() && awards->size() == 2);
    for (const auto& r : *awards) (r.str(1) == "PTNMT-LN" ? own_award_ : other_award_) = r.i64(0);
  }

  std::string target_of(const Row& row) {
    std::string t = row.target;
    replace_all(t, "{decided}", std::to_string(decided_));
    replace_all(t, "{draft}", std::to_string(draft_));
    replace_all(t, "{draft2}", std::to_string(draft2_));
    replace_all(t, "{draft3}", std::to_string(draft3_));
    replace_all(t, "{draft4}", std::to_string(draft4_));
    replace_all(t, "{proposal}", std::to_string(proposal_));
    replace_all(t, "{proposal2}", std::to_string(proposal2_));
    replace_all(t, "{own_award}", std::to_string(own_award_));
    replace_all(t, "{other_award}", std::to_string(other_award_));
    replace_all(t, "{other_unit}", std::to_string(site_->unit_id("PTNMT-HH")));
    return t;
  }

  HttpResult send(const Row& row, UserSession* session) {
    const std::string target = target_of(row);
    std::unique_ptr<TestClient> anon;
    TestClient* http = session ? session->http.get() : nullptr;
    std::string csrf = session ? session->csrf : "";
    if (!session) {
      anon = site_->client();
      http = anon.get();
      if (std::string(row.method) != "GET") csrf = extract_csrf(http->get("/dang-nhap").body);
    }
    if (std::string(row.method) == "GET") return http->get(target);
    json::object body;
    Fields fields{{"_csrf", csrf}};
    switch (row.body) {
      case Body::kDraftForm: fields.push_back({"award_type_id", std::to_string(gk_)}); break;
      case Body::kAnswerForm:
        fields.push_back({"ket_qua", "granted"});
        fields.push_back({"so_ky_hieu", "2345/QĐ-UBND"});
        fields.push_back({"ngay", "2023-12-01"});
        break;
      case Body::kDraftJson: body = {{"award_type_id", bk_bo_}}; break;
      case Body::kAnswerJson: body = {{"result", "refused"}, {"note", "Chưa đủ tiêu chuẩn."}}; break;
      default: break;
    }
    if (row.body == Body::kDraftJson || row.body == Body::kAnswerJson || row.body == Body::kEmptyJson) {
      return http->request(row.method, target, json::serialize(body),
                           {{"Content-Type", "application/json"}, {"Accept", "application/json"}, {"X-CSRF-Token", csrf}});
    }
    return http->post_form(target, fields);
  }

  int64_t decided_ = 0, draft_ = 0, draft2_ = 0, draft3_ = 0, draft4_ = 0, proposal_ = 0, proposal2_ = 0, own_award_ = 0, other_award_ = 0;
};

TEST_F(AwardsMatrixTest, EveryRoleGetsTheExpectedOutcome) {
  std::map<std::string, UserSession> sessions;
  for (const char* name : kDemoAccounts) sessions.emplace(name, site_->session(name));
  ASSERT_FALSE(HasFailure());
  for (const Row& row : kRows) {
    const auto expect = split_outcomes(row.expect);
    ASSERT_EQ(expect.size(), kColumns.size()) << row.target;
    for (size_t c : refusals_first(expect)) {
      UserSession* session = c == 0 ? nullptr : &sessions.at(kColumns[c]);
      const bool write = std::string(row.method) != "GET";
      const std::string before = write && is_refusal(expect[c]) ? site_->fingerprint() : std::string();
      HttpResult r = send(row, session);
      EXPECT_TRUE(outcome_matches(expect[c], r)) << row.method << " " << target_of(row) << " as " << kColumns[c]
                                         << ": expected " << expect[c] << ", got " << r.status << " "
                                         << r.header("location") << "\n"
                                         << r.body.substr(0, 300);
      if (!before.empty()) {
        const std::string after = site_->fingerprint();
        EXPECT_TRUE(before == after) << "refused " << row.method << " " << target_of(row) << " as " << kColumns[c]
                                     << " changed the database: " << first_difference(before, after);
      }
    }
  }
}

}  // namespace
}  // namespace thidua::test
