// Proposals sent upward inside one deployment (issue 14 #2): the Department's
// approved proposal goes to the province's TĐKT body (a receiving agency of
// the same deployment), which receives it with an incoming number, assigns a
// specialist, appraises, returns it with a reason; the Department resends
// (the first round's dossier kept); the body's council agrees to one of two
// nominees and its leader issues the decision with the body's own number. The
// awards come back into the Department's register and the person's history,
// the Department sees every step, and nobody else sees the submission.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <array>
#include <map>
#include <string>

#include "app/clock.h"
#include "app/org.h"
#include "app/submissions.h"
#include "app/users.h"
#include "awards_fixture.h"
#include "matrix_outcomes.h"
#include "route_coverage.h"
#include "store/reorganisations.h"
#include "support/pdf_text.h"

namespace thidua::test {
namespace {
namespace json = boost::json;

const bool kCovered = cover_routes({{"POST", "/dot-thi-dua/{id}/quyet-dinh/{did}/gui"},
                                    {"GET", "/tiep-nhan"},
                                    {"GET", "/ho-so-de-nghi/{id}"},
                                    {"GET", "/ho-so-de-nghi/{id}/lan/{round}/ho-so.zip"},
                                    {"POST", "/ho-so-de-nghi/{id}/tiep-nhan"},
                                    {"POST", "/ho-so-de-nghi/{id}/phan-cong"},
                                    {"POST", "/ho-so-de-nghi/{id}/tham-dinh"},
                                    {"POST", "/ho-so-de-nghi/{id}/tra-lai"},
                                    {"POST", "/ho-so-de-nghi/{id}/hoi-dong"},
                                    {"POST", "/ho-so-de-nghi/{id}/quyet-dinh"},
                                    {"POST", "/ho-so-de-nghi/{id}/gui-lai"},
                                    {"POST", "/ho-so-de-nghi/{id}/rut-lai"},
                                    {"GET", "/ho-so-de-nghi/{id}/quyet-dinh.pdf"},
                                    {"GET", "/ho-so-de-nghi/{id}/quyet-dinh.docx"},
                                    {"GET", "/api/v1/submissions/{id}/decision.pdf"},
                                    {"GET", "/api/v1/submissions/{id}/decision.docx"},
                                    {"POST", "/api/v1/submissions/{id}/withdraw"},
                                    {"GET", "/don-vi/{id}/tiep-nhan-de-nghi"},
                                    {"POST", "/don-vi/{id}/tiep-nhan-de-nghi"},
                                    {"GET", "/api/v1/receiving-agencies"},
                                    {"PUT", "/api/v1/units/{id}/receiving-agency"},
                                    {"POST", "/api/v1/campaigns/{id}/decisions/{did}/submission"},
                                    {"GET", "/api/v1/submissions"},
                                    {"GET", "/api/v1/submissions/{id}"},
                                    {"GET", "/api/v1/submissions/{id}/rounds/{round}/dossier"},
                                    {"POST", "/api/v1/submissions/{id}/receive"},
                                    {"POST", "/api/v1/submissions/{id}/assign"},
                                    {"POST", "/api/v1/submissions/{id}/appraise"},
                                    {"POST", "/api/v1/submissions/{id}/return"},
                                    {"POST", "/api/v1/submissions/{id}/resend"},
                                    {"POST", "/api/v1/submissions/{id}/review"},
                                    {"POST", "/api/v1/submissions/{id}/decide"}});

constexpr std::array<const char*, 8> kColumns = {"anonymous", "admin",     "lanhdao", "thuongtruc",
                                                 "hoidong",   "thutruong", "canbo",   "nhanvien"};
constexpr const char* kPassword = "MatKhau@Thu2024";

class SubmissionsTest : public SeedAwardsTest {
 protected:
  void SetUp() override {
    SeedAwardsTest::SetUp();
    if (IsSkipped()) return;
    core::Unit u;
    u.code = "BTDKT";
    u.name = "Ban Thi đua – Khen thưởng tỉnh Bắc Ninh";
    u.kind = core::UnitKind::kAgency;
    auto root = app::create_unit(site_->services(), app::system_actor(), u, awards_meta());
    ASSERT_TRUE(root.ok()) << root.error().message;
    body_ = root->id;
    const std::pair<const char*, core::Role> accounts[] = {{"qt.btdkt", core::Role::kAdministrator},
                                                           {"ld.btdkt", core::Role::kLeader},
                                                           {"cv.btdkt", core::Role::kSecretariat},
                                                           {"cv2.btdkt", core::Role::kSecretariat}};
    for (const auto& [name, role] : accounts) {
      app::NewUser nu;
      nu.username = name;
      nu.display_name = std::string("Cán bộ ") + name;
      nu.password = kPassword;
      nu.role = role;
      nu.unit_id = body_;
      ASSERT_TRUE(app::create_user(site_->services(), app::system_actor(), nu, awards_meta()).ok()) << name;
    }
    ASSERT_TRUE(app::set_receiving_agency(site_->services(), app::system_actor(), body_, {"QĐ-UBND", "Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh"}, awards_meta())
                    .ok());
    an_ = site_->person_id("Nguyễn Văn An");
    other_ = person_in(*site_, "PTNMT-LN");
    n_an_ = add_nomination(*site_, bk_tinh_, an_, "passed");
    n_other_ = add_nomination(*site_, bk_tinh_, other_, "passed");
    proposal_ = draft(*site_, bk_tinh_, {n_an_, n_other_});
    ASSERT_GT(approve(*site_, proposal_), 0);
  }
  std::string base() const { return "/dot-thi-dua/1/quyet-dinh/" + std::to_string(proposal_); }
  int64_t scalar(const std::string& sql, const store::Params& params = {}) {
    auto conn = site_->db().acquire();
    auto rows = conn->query(sql, params);
    EXPECT_TRUE(rows.ok()) << (rows.ok() ? "" : rows.error().message);
    return rows.ok() && !rows->empty() && !(*rows)[0].is_null(0) ? (*rows)[0].i64(0) : -1;
  }
  std::string text(const std::string& sql, const store::Params& params = {}) {
    auto conn = site_->db().acquire();
    auto rows = conn->query(sql, params);
    EXPECT_TRUE(rows.ok());
    return rows.ok() && !rows->empty() ? (*rows)[0].str(0) : "(none)";
  }
  std::string today() { return app::vietnam_date(site_->services().clock.now()); }
  // Sends the proposal as thuongtruc through the page; the submission's id.
  int64_t send_by_page(UserSession& sender) {
    auto r = sender.post_form(base() + "/gui", {{"receiver_id", std::to_string(body_)}, {"note", "Kính gửi Ban"}});
    EXPECT_EQ(r.status, 303u) << r.body.substr(0, 400);
    const std::string loc = r.header("location");
    const std::string mark = "/ho-so-de-nghi/";
    EXPECT_EQ(loc.rfind(mark, 0), 0u) << loc;
    return loc.rfind(mark, 0) == 0 ? std::stoll(loc.substr(mark.size())) : 0;
  }
  int64_t body_ = 0, an_ = 0, other_ = 0, n_an_ = 0, n_other_ = 0, proposal_ = 0;
};

TEST_F(SubmissionsTest, TheProposalTravelsUpAndTheAwardsComeBack) {
  ASSERT_TRUE(kCovered);
  auto sender = site_->session("thuongtruc");
  auto clerk = site_->login("cv.btdkt", kPassword);
  auto leader = site_->login("ld.btdkt", kPassword);

  // The proposal's page offers the receiving body; the sender's own agency is not one.
  auto page = sender->get(base());
  ASSERT_EQ(page.status, 200u);
  EXPECT_NE(page.body.find("Ban Thi đua – Khen thưởng tỉnh Bắc Ninh"), std::string::npos);
  const int64_t id = send_by_page(sender);
  ASSERT_GT(id, 0);
  const std::string sub = "/ho-so-de-nghi/" + std::to_string(id);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM submission_items WHERE submission_id = ?", {id}), 2);
  // Sent through thidua: the answer is no longer typed by hand, nor sent twice.
  auto typed = sender.post_form(base() + "/ket-qua",
                                {{"ket_qua", "granted"}, {"so_ky_hieu", "9/QĐ-UBND"}, {"ngay", "2023-11-20"}});
  EXPECT_EQ(typed.status, 409u);
  EXPECT_EQ(sender.post_form(base() + "/gui", {{"receiver_id", std::to_string(body_)}}).status, 409u);
  EXPECT_NE(sender->get(base()).body.find(sub), std::string::npos);

  // It waits on the body's secretariat's home page, not on its leader's.
  EXPECT_NE(clerk->get("/").body.find("1 hồ sơ đề nghị khen thưởng chờ tiếp nhận"), std::string::npos);
  EXPECT_EQ(leader->get("/").body.find("chờ tiếp nhận"), std::string::npos);
  // The body's queue lists it; its page shows the list copied when sent.
  auto queue = clerk->get("/tiep-nhan");
  ASSERT_EQ(queue.status, 200u);
  EXPECT_NE(queue.body.find(sub), std::string::npos);
  EXPECT_NE(queue.body.find("Sở Tài nguyên và Môi trường"), std::string::npos);
  auto view = clerk->get(sub);
  ASSERT_EQ(view.status, 200u);
  EXPECT_NE(view.body.find("Nguyễn Văn An"), std::string::npos);
  // The body reads what was sent, never the Department's campaign or people.
  EXPECT_EQ(clerk->get(base()).status, 404u);
  EXPECT_EQ(clerk->get("/nhan-su/" + std::to_string(an_)).status, 404u);

  // Reception with the first number of the body's incoming register.
  EXPECT_EQ(clerk.post_form(sub + "/tiep-nhan", {}).status, 303u);
  EXPECT_EQ(scalar("SELECT received_number FROM submissions WHERE id = ?", {id}), 1);
  EXPECT_EQ(clerk.post_form(sub + "/tiep-nhan", {}).status, 409u);  // not twice
  // Assignment to a specialist of the body, never to an account of another agency.
  EXPECT_EQ(clerk.post_form(sub + "/phan-cong", {{"assignee_id", std::to_string(site_->user_id("thuongtruc"))}}).status,
            422u);
  EXPECT_EQ(clerk.post_form(sub + "/phan-cong", {{"assignee_id", std::to_string(site_->user_id("cv2.btdkt"))}}).status,
            303u);
  EXPECT_EQ(scalar("SELECT assignee_id FROM submissions WHERE id = ?", {id}), site_->user_id("cv2.btdkt"));
  EXPECT_EQ(clerk.post_form(sub + "/tham-dinh", {{"note", "Hồ sơ đủ thành phần."}}).status, 303u);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM submission_items WHERE submission_id = ? AND verdict <> ''", {id}), 2);

  // A return needs its reason; with one, the Department sees it.
  auto no_reason = clerk.post_form(sub + "/tra-lai", {{"note", "  "}});
  EXPECT_EQ(no_reason.status, 422u);
  EXPECT_NE(no_reason.body.find("Hãy ghi lý do trả lại hồ sơ."), std::string::npos);
  EXPECT_EQ(clerk.post_form(sub + "/tra-lai", {{"note", "Thiếu báo cáo thành tích có xác nhận."}}).status, 303u);
  auto returned = sender->get(sub);
  ASSERT_EQ(returned.status, 200u);
  EXPECT_NE(returned.body.find("Thiếu báo cáo thành tích có xác nhận."), std::string::npos);
  EXPECT_NE(returned.body.find("Gửi lại"), std::string::npos);
  // The body cannot resend; the Department does, a second round with its own dossier.
  EXPECT_EQ(clerk.post_form(sub + "/gui-lai", {{"note", "x"}}).status, 403u);
  EXPECT_EQ(sender.post_form(sub + "/gui-lai", {{"note", "Đã bổ sung báo cáo."}}).status, 303u);
  EXPECT_EQ(scalar("SELECT round FROM submissions WHERE id = ?", {id}), 2);
  // The new round starts the receiver's work again: no verdict, no conclusion.
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM submission_items WHERE submission_id = ? AND verdict <> ''", {id}), 0);
  EXPECT_EQ(text("SELECT appraisal_note FROM submissions WHERE id = ?", {id}), "");
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM submission_rounds WHERE submission_id = ?", {id}), 2);
  for (const char* round : {"1", "2"}) {
    auto zip = clerk->get(sub + "/lan/" + round + "/ho-so.zip");
    EXPECT_EQ(zip.status, 200u) << round;
    EXPECT_EQ(zip.body.substr(0, 4), std::string("PK\x03\x04", 4)) << round;
    EXPECT_NE(zip.body.find("index.json"), std::string::npos) << round;
  }
  EXPECT_EQ(clerk->get(sub + "/lan/3/ho-so.zip").status, 404u);

  // No decision yet: no document.
  EXPECT_EQ(sender->get(sub + "/quyet-dinh.pdf").status, 409u);
  // A page drawn before the last change cannot act on it.
  const int64_t version = scalar("SELECT version FROM submissions WHERE id = ?", {id});
  EXPECT_EQ(clerk.post_form(sub + "/tiep-nhan", {{"version", std::to_string(version - 1)}}).status, 409u);
  // Received again (the next incoming number), then the council agrees to An only.
  EXPECT_EQ(clerk.post_form(sub + "/tiep-nhan", {}).status, 303u);
  EXPECT_EQ(scalar("SELECT received_number FROM submissions WHERE id = ?", {id}), 2);
  auto future = clerk.post_form(sub + "/hoi-dong", {{"council_date", "2999-01-01"}, {"agreed", std::to_string(n_an_)}});
  EXPECT_EQ(future.status, 422u);
  auto before_reception =
      clerk.post_form(sub + "/hoi-dong", {{"council_date", "2020-01-01"}, {"agreed", std::to_string(n_an_)}});
  EXPECT_EQ(before_reception.status, 422u);
  EXPECT_EQ(clerk.post_form(sub + "/hoi-dong", {{"council_date", today()}, {"agreed", std::to_string(n_an_)}}).status,
            303u);
  EXPECT_NE(leader->get("/").body.find("1 hồ sơ đề nghị Hội đồng đã xét, chờ ban hành quyết định"), std::string::npos);
  // Only the leader issues the decision; it needs the signer's name.
  EXPECT_EQ(clerk.post_form(sub + "/quyet-dinh", {{"signer_name", "Nguyễn Văn B"}}).status, 403u);
  EXPECT_EQ(leader.post_form(sub + "/quyet-dinh", {{"signer_name", " "}}).status, 422u);
  EXPECT_EQ(leader.post_form(sub + "/quyet-dinh", {{"signer_name", "Vương Quốc Tuấn"}}).status, 303u);
  EXPECT_EQ(leader.post_form(sub + "/quyet-dinh", {{"signer_name", "Vương Quốc Tuấn"}}).status, 409u);

  // The body's decision: its own number, the sender's proposal, the one granted.
  auto pdf = sender->get(sub + "/quyet-dinh.pdf");
  ASSERT_EQ(pdf.status, 200u);
  const std::string words = pdf_words(pdf.body);
  // No header lines recorded for the body: its name in capitals, no place.
  for (const char* line : {"BAN THI ĐUA – KHEN", "THƯỞNG TỈNH BẮC NINH", "Số: 01/QĐ-UBND", "QUYẾT ĐỊNH",
                           "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC NINH", "Xét đề nghị của", "Nguyễn Văn An",
                           "Vương Quốc Tuấn"}) {
    EXPECT_NE(words.find(line), std::string::npos) << line << "\n" << words.substr(0, 1500);
  }
  auto docx = clerk->get(sub + "/quyet-dinh.docx");
  EXPECT_EQ(docx.status, 200u);
  EXPECT_EQ(docx.body.substr(0, 2), "PK");
  // The awards came back: An granted with the body's own number, the other refused.
  EXPECT_EQ(text("SELECT state FROM nominations WHERE id = ?", {n_an_}), "granted");
  EXPECT_EQ(text("SELECT state FROM nominations WHERE id = ?", {n_other_}), "refused");
  EXPECT_EQ(text("SELECT decision_number_symbol FROM awards WHERE nomination_id = ?", {n_an_}), "01/QĐ-UBND");
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM awards WHERE nomination_id = ?", {n_other_}), 0);
  EXPECT_EQ(text("SELECT answer FROM decisions WHERE id = ?", {proposal_}), "granted");
  EXPECT_EQ(text("SELECT answer_number_symbol FROM decisions WHERE id = ?", {proposal_}), "01/QĐ-UBND");
  auto history = sender->get("/nhan-su/" + std::to_string(an_));
  ASSERT_EQ(history.status, 200u);
  EXPECT_NE(history.body.find("01/QĐ-UBND"), std::string::npos);
  // The Department sees the whole processing history with dates.
  auto seen = sender->get(sub);
  ASSERT_EQ(seen.status, 200u);
  for (const char* step : {"Gửi đề nghị", "Tiếp nhận hồ sơ", "Phân công chuyên viên", "Thẩm định theo tiêu chuẩn",
                           "Trả lại hồ sơ", "Gửi lại sau khi bổ sung", "Hội đồng thi đua, khen thưởng xét",
                           "Ban hành quyết định", "Số 01/QĐ-UBND"}) {
    EXPECT_NE(seen.body.find(step), std::string::npos) << step;
  }
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM submission_events WHERE submission_id = ?", {id}), 9);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'submission.%' AND entity_id = ?",
                   {std::to_string(id)}),
            9);
}

TEST_F(SubmissionsTest, OnlyTheTwoSidesSeeASubmissionAndEachTakesOnlyItsSteps) {
  auto sender = site_->session("thuongtruc");
  const int64_t id = send_by_page(sender);
  ASSERT_GT(id, 0);
  const std::string sub = "/ho-so-de-nghi/" + std::to_string(id);
  std::map<std::string, UserSession> sessions;
  for (size_t c = 1; c < kColumns.size(); ++c) sessions.emplace(kColumns[c], site_->session(kColumns[c]));
  struct Row {
    const char* method;
    std::string target;
    const char* expect;
  };
  // The Department's accounts: the leader and the secretariat read it as the
  // sender; the secretariat alone resends. The queue belongs to receivers.
  const Row rows[] = {
      {"GET", sub, "L 404 O O 404 404 404 404"},
      {"GET", sub + "/lan/1/ho-so.zip", "L 404 O O 404 404 404 404"},
      {"GET", "/tiep-nhan", "L 403 403 403 403 403 403 403"},
      {"GET", "/api/v1/submissions/" + std::to_string(id), "401 404 O O 404 404 404 404"},
      {"POST", sub + "/tiep-nhan", "L 404 403 403 404 404 404 404"},
      {"POST", sub + "/tra-lai", "L 404 403 403 404 404 404 404"},
      {"POST", sub + "/gui-lai", "L 404 403 409 404 404 404 404"},
      {"GET", sub + "/quyet-dinh.pdf", "L 404 409 409 404 404 404 404"},
      {"GET", "/api/v1/submissions/" + std::to_string(id) + "/decision.pdf", "401 404 409 409 404 404 404 404"},
      // The leader reads but does not withdraw; the secretariat does (last: it ends the submission).
      {"POST", sub + "/rut-lai", "L 404 403 R 404 404 404 404"},
  };
  for (const auto& row : rows) {
    const auto outcomes = split_outcomes(row.expect);
    for (size_t c = 0; c < kColumns.size(); ++c) {
      const std::string before = site_->fingerprint();
      HttpResult r;
      if (std::string(row.method) == "GET") {
        r = c == 0 ? site_->client()->get(row.target) : sessions.at(kColumns[c])->get(row.target);
      } else if (c == 0) {
        auto anon = site_->client();
        r = anon->post_form(row.target, {{"_csrf", extract_csrf(anon->get("/dang-nhap").body)}, {"note", "Lý do"}});
      } else {
        r = sessions.at(kColumns[c]).post_form(row.target, {{"note", "Lý do"}});
      }
      EXPECT_TRUE(outcome_matches(outcomes[c], r)) << row.target << " " << kColumns[c] << " got " << r.status;
      if (is_refusal(outcomes[c])) {
        EXPECT_TRUE(before == site_->fingerprint()) << row.target << " " << kColumns[c] << " changed the database";
      }
    }
  }
  // An agency that is neither side: its administrator and leader see nothing.
  core::Unit u;
  u.code = "SNV";
  u.name = "Sở Nội vụ";
  u.kind = core::UnitKind::kAgency;
  auto root = app::create_unit(site_->services(), app::system_actor(), u, awards_meta());
  ASSERT_TRUE(root.ok());
  app::NewUser nu;
  nu.username = "ld.snv";
  nu.display_name = "Lãnh đạo Sở Nội vụ";
  nu.password = kPassword;
  nu.role = core::Role::kLeader;
  nu.unit_id = root->id;
  ASSERT_TRUE(app::create_user(site_->services(), app::system_actor(), nu, awards_meta()).ok());
  auto stranger = site_->login("ld.snv", kPassword);
  EXPECT_EQ(stranger->get(sub).status, 404u);
  EXPECT_EQ(stranger->get("/api/v1/submissions/" + std::to_string(id)).status, 404u);
  EXPECT_EQ(stranger->get("/tiep-nhan").status, 403u);
  const std::string before = site_->fingerprint();
  EXPECT_EQ(stranger.post_form(sub + "/quyet-dinh", {{"signer_name", "Ai đó"}}).status, 404u);
  EXPECT_TRUE(before == site_->fingerprint());
  // Naming a receiving agency: every agency may send to it, so only an
  // administrator of every agency; the body's own administrator may not.
  const std::string naming = "/don-vi/" + std::to_string(body_) + "/tiep-nhan-de-nghi";
  auto qt = site_->login("qt.btdkt", kPassword);
  EXPECT_EQ(qt->get(naming).status, 403u);
  EXPECT_EQ(qt.post_form(naming, {{"decision_symbol", "QĐ-X"}, {"authority", "Ai đó"}}).status, 403u);
  EXPECT_EQ(sessions.at("admin").post_form(naming, {{"decision_symbol", "QĐ-X"}, {"authority", "Ai đó"}}).status,
            404u);
  {
    auto conn = site_->db().acquire();
    // The deployment's administrator: a grant on every agency (the body and the Sở Nội vụ too).
    for (int64_t agency : {body_, root->id}) {
      ASSERT_TRUE(conn->exec("INSERT INTO role_grants (user_id, role, unit_id) VALUES (?, 'administrator', ?)",
                             {site_->user_id("admin"), agency})
                      .ok());
    }
  }
  auto deployment = site_->login("admin");
  EXPECT_EQ(deployment->get(naming).status, 200u);
  EXPECT_EQ(deployment.post_form(naming, {{"decision_symbol", "QĐ UBND"}, {"authority", "Chủ tịch"}}).status, 422u);
  EXPECT_EQ(deployment.post_form(naming, {{"decision_symbol", "QĐ-UBND"}, {"authority", " "}}).status, 422u);
  EXPECT_EQ(deployment.post_form(naming, {{"decision_symbol", "QĐ-UBND"}, {"authority", "  Chủ tịch UBND  tỉnh "}}).status,
            303u);
  EXPECT_EQ(text("SELECT authority FROM receiving_agencies WHERE unit_id = ?", {body_}), "Chủ tịch UBND tỉnh");
}

TEST_F(SubmissionsTest, TheApiTakesEveryStepWithStableErrors) {
  auto sender = site_->session("thuongtruc");
  auto clerk = site_->login("cv.btdkt", kPassword);
  auto leader = site_->login("ld.btdkt", kPassword);
  auto agencies = clerk->get("/api/v1/receiving-agencies");
  ASSERT_EQ(agencies.status, 200u);
  EXPECT_NE(agencies.body.find("QĐ-UBND"), std::string::npos);
  const std::string send = "/api/v1/campaigns/1/decisions/" + std::to_string(proposal_) + "/submission";
  auto missing = sender.send_json("POST", send, json::object{{"note", "x"}});
  EXPECT_EQ(missing.status, 422u);
  auto self = sender.send_json("POST", send, json::object{{"receiver_id", site_->unit_id("STNMT")}});
  EXPECT_EQ(self.status, 422u);
  auto sent = sender.send_json("POST", send, json::object{{"receiver_id", body_}, {"note", "Qua API"}});
  ASSERT_EQ(sent.status, 201u) << sent.body;
  const auto s = json::parse(sent.body).as_object();
  const int64_t id = s.at("id").as_int64();
  EXPECT_EQ(s.at("state").as_string(), "sent");
  EXPECT_EQ(s.at("list").as_array().size(), 2u);
  const std::string api = "/api/v1/submissions/" + std::to_string(id);
  // The sender finds it again from the proposal.
  auto proposal = sender->get("/api/v1/campaigns/1/decisions/" + std::to_string(proposal_));
  ASSERT_EQ(proposal.status, 200u);
  EXPECT_EQ(json::parse(proposal.body).as_object().at("submission_id").as_int64(), id);
  EXPECT_FALSE(json::parse(proposal.body).as_object().at("can_send").as_bool());

  auto bad_state = clerk->get("/api/v1/submissions?state=lost");
  EXPECT_EQ(bad_state.status, 400u);
  auto listed = clerk->get("/api/v1/submissions?state=sent");
  ASSERT_EQ(listed.status, 200u);
  EXPECT_EQ(json::parse(listed.body).as_object().at("items").as_array().size(), 1u);
  // A step out of order: 409 with the stable code, nothing changed.
  const std::string before = site_->fingerprint();
  auto early = leader.send_json("POST", api + "/decide", json::object{{"signer_name", "Vương Quốc Tuấn"}});
  EXPECT_EQ(early.status, 409u);
  EXPECT_NE(early.body.find("\"conflict\""), std::string::npos);
  EXPECT_TRUE(before == site_->fingerprint());
  auto stale = clerk.send_json("POST", api + "/receive", json::object{{"version", s.at("version").as_int64() + 5}});
  EXPECT_EQ(stale.status, 409u);
  EXPECT_NE(stale.body.find("\"version\""), std::string::npos);
  auto received = clerk.send_json("POST", api + "/receive", json::object{{"version", s.at("version").as_int64()}});
  ASSERT_EQ(received.status, 200u) << received.body;
  EXPECT_EQ(json::parse(received.body).as_object().at("received_number").as_int64(), 1);
  auto reason = clerk.send_json("POST", api + "/return", json::object{{"reason", ""}});
  EXPECT_EQ(reason.status, 422u);
  EXPECT_NE(reason.body.find("\"validation_failed\""), std::string::npos);
  auto unknown = clerk.send_json("POST", api + "/review", json::object{{"council_date", today()}, {"agreed", "all"}});
  EXPECT_EQ(unknown.status, 400u);
  auto stranger_item = clerk.send_json("POST", api + "/review",
                                       json::object{{"council_date", today()}, {"agreed", json::array{999999}}});
  EXPECT_EQ(stranger_item.status, 422u);
  auto reviewed = clerk.send_json("POST", api + "/review",
                                  json::object{{"council_date", today()}, {"agreed", json::array{n_an_, n_other_}}});
  ASSERT_EQ(reviewed.status, 200u) << reviewed.body;
  // With the body's header lines recorded, the decision carries them.
  {
    auto conn = site_->db().acquire();
    ASSERT_TRUE(store::insert_agency_header(*conn, body_,
                                            {"2025-07-01", "UBND TỈNH BẮC NINH", "BAN THI ĐUA - KHEN THƯỞNG",
                                             "Bắc Ninh"},
                                            "2026-01-01T00:00:00Z")
                    .ok());
  }
  auto decided = leader.send_json("POST", api + "/decide", json::object{{"signer_name", "Vương Quốc Tuấn"}});
  ASSERT_EQ(decided.status, 200u) << decided.body;
  const auto d = json::parse(decided.body).as_object();
  EXPECT_EQ(d.at("state").as_string(), "decided");
  EXPECT_EQ(d.at("decision_number_symbol").as_string(), "01/QĐ-UBND");
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM awards WHERE decision_id = ?", {proposal_}), 2);
  // Renaming the authority later never changes an issued decision.
  ASSERT_TRUE(app::set_receiving_agency(site_->services(), app::system_actor(), body_, {"QĐ-UBND", "Chủ tịch Ủy ban nhân dân tỉnh Hà Bắc"}, awards_meta())
                  .ok());
  auto pdf = sender->get(api + "/decision.pdf");
  ASSERT_EQ(pdf.status, 200u);
  const std::string words = pdf_words(pdf.body);
  EXPECT_NE(words.find("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC NINH"), std::string::npos);
  EXPECT_EQ(words.find("HÀ BẮC"), std::string::npos);
  EXPECT_NE(words.find("UBND TỈNH BẮC NINH"), std::string::npos) << words.substr(0, 600);
  EXPECT_NE(words.find("Bắc Ninh, ngày"), std::string::npos) << words.substr(0, 600);
  EXPECT_NE(words.find("cho 2 cá nhân"), std::string::npos) << words.substr(0, 1500);
  // The sender reads the same record with its history.
  auto mine = sender->get(api);
  ASSERT_EQ(mine.status, 200u);
  EXPECT_EQ(json::parse(mine.body).as_object().at("events").as_array().size(), 4u);
  auto docx = sender->get(api + "/decision.docx");
  EXPECT_EQ(docx.status, 200u);
  EXPECT_EQ(docx.body.substr(0, 2), "PK");
  // Decided: final, it cannot be withdrawn; a blank reason is refused first.
  auto blank = sender.send_json("POST", api + "/withdraw", json::object{{"reason", " "}});
  EXPECT_EQ(blank.status, 422u);
  EXPECT_NE(blank.body.find("Hãy ghi lý do rút lại đề nghị."), std::string::npos);
  auto late = sender.send_json("POST", api + "/withdraw", json::object{{"reason", "Không còn đề nghị."}});
  EXPECT_EQ(late.status, 409u);
  auto zip = sender->get(api + "/rounds/1/dossier");
  EXPECT_EQ(zip.status, 200u);
  EXPECT_EQ(zip.header("content-type"), "application/zip");
}

// A body deciding in another body's name (the Provincial People's
// Committee's) sets its decisions' header lines: refused when malformed, put
// on each decision as it is issued (no governing body line, the province's
// place), and kept on it when the settings change later.
TEST_F(SubmissionsTest, TheAgencysHeaderLinesGoOnItsDecisionsAsIssued) {
  // The deployment's administrator: granted on the body's agency too.
  ASSERT_TRUE(app::grant_role(site_->services(), app::system_actor(), site_->actor("admin").user_id,
                              core::Role::kAdministrator, body_, awards_meta())
                  .ok());
  site_->services().forget_actors();
  auto admin = site_->session("admin");
  const std::string put = "/api/v1/units/" + std::to_string(body_) + "/receiving-agency";
  const json::object base{{"decision_symbol", "QĐ-UBND"}, {"authority", "Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh"}};
  json::object alone = base;
  alone["place"] = "Bắc Ninh";
  auto refused = admin.send_json("PUT", put, alone);
  EXPECT_EQ(refused.status, 422u);
  EXPECT_NE(refused.body.find("\"issuing_body\""), std::string::npos) << refused.body;
  json::object long_line = base;
  long_line["issuing_body"] = std::string(256, 'A');
  EXPECT_EQ(admin.send_json("PUT", put, long_line).status, 422u);
  json::object lines = base;
  lines["issuing_body"] = "  ỦY BAN NHÂN DÂN TỈNH BẮC NINH ";
  lines["place"] = "Bắc Ninh";
  auto saved = admin.send_json("PUT", put, lines);
  ASSERT_EQ(saved.status, 200u) << saved.body;
  EXPECT_EQ(json::parse(saved.body).as_object().at("issuing_body").as_string(), "ỦY BAN NHÂN DÂN TỈNH BẮC NINH")
      << "tidied";

  auto sender = site_->session("thuongtruc");
  auto clerk = site_->login("cv.btdkt", kPassword);
  auto leader = site_->login("ld.btdkt", kPassword);
  auto sent = sender.send_json("POST", "/api/v1/campaigns/1/decisions/" + std::to_string(proposal_) + "/submission",
                               json::object{{"receiver_id", body_}, {"note", "Qua API"}});
  ASSERT_EQ(sent.status, 201u) << sent.body;
  const std::string api = "/api/v1/submissions/" + std::to_string(json::parse(sent.body).as_object().at("id").as_int64());
  ASSERT_EQ(clerk.send_json("POST", api + "/receive", json::object{}).status, 200u);
  ASSERT_EQ(clerk.send_json("POST", api + "/review",
                            json::object{{"council_date", today()}, {"agreed", json::array{n_an_}}})
                .status,
            200u);
  ASSERT_EQ(leader.send_json("POST", api + "/decide", json::object{{"signer_name", "Vương Quốc Tuấn"}}).status, 200u);
  auto words_now = [&] {
    auto pdf = sender->get(api + "/decision.pdf");
    EXPECT_EQ(pdf.status, 200u);
    return pdf_words(pdf.body);
  };
  const std::string issued = words_now();
  // The issuing line first (over two lines, beside the national motto), no governing line above it.
  EXPECT_EQ(issued.rfind("ỦY BAN NHÂN DÂN CỘNG HÒA", 0), 0u) << issued.substr(0, 600);
  EXPECT_NE(issued.find("TỈNH BẮC NINH Độc lập"), std::string::npos) << issued.substr(0, 600);
  EXPECT_NE(issued.find("Bắc Ninh, ngày"), std::string::npos) << issued.substr(0, 600);
  EXPECT_EQ(issued.find("BAN THI ĐUA"), std::string::npos) << "the body's own name is not the issuing line";
  // The settings cleared later: the decision issued keeps its lines.
  ASSERT_EQ(admin.send_json("PUT", put, base).status, 200u);
  EXPECT_EQ(words_now(), issued);
}

TEST_F(SubmissionsTest, TheSenderWithdrawsAndThenAnswersByHand) {
  auto sender = site_->session("thuongtruc");
  auto clerk = site_->login("cv.btdkt", kPassword);
  const int64_t id = send_by_page(sender);
  ASSERT_GT(id, 0);
  const std::string sub = "/ho-so-de-nghi/" + std::to_string(id);
  EXPECT_NE(sender->get(sub).body.find("Rút lại đề nghị"), std::string::npos);
  EXPECT_EQ(sender.post_form(sub + "/rut-lai", {{"note", " "}}).status, 422u);
  EXPECT_EQ(clerk.post_form(sub + "/rut-lai", {{"note", "Không phải việc của Ban"}}).status, 403u);
  EXPECT_EQ(sender.post_form(sub + "/rut-lai", {{"note", "Không bổ sung được báo cáo thành tích."}}).status, 303u);
  EXPECT_EQ(text("SELECT state FROM submissions WHERE id = ?", {id}), "withdrawn");
  // Final: the body can no longer act on it, nor the sender resend it.
  EXPECT_EQ(clerk.post_form(sub + "/tiep-nhan", {}).status, 409u);
  EXPECT_EQ(sender.post_form(sub + "/gui-lai", {{"note", "x"}}).status, 409u);
  // The proposal is answered by hand again, with the history still linked.
  auto page = sender->get(base());
  EXPECT_NE(page.body.find("rút lại"), std::string::npos);
  EXPECT_NE(page.body.find("/ket-qua"), std::string::npos);
  auto typed = sender.post_form(base() + "/ket-qua",
                                {{"ket_qua", "granted"}, {"so_ky_hieu", "15/QĐ-UBND"}, {"ngay", "2023-11-20"}});
  EXPECT_EQ(typed.status, 303u);
  EXPECT_EQ(text("SELECT answer_number_symbol FROM decisions WHERE id = ?", {proposal_}), "15/QĐ-UBND");
  auto api = sender->get("/api/v1/submissions/" + std::to_string(id));
  ASSERT_EQ(api.status, 200u);
  EXPECT_EQ(json::parse(api.body).as_object().at("state").as_string(), "withdrawn");
}

}  // namespace
}  // namespace thidua::test
