// Nobody reviews their own case (issue 9 #1): the outside tester's unit head
// created, submitted and approved his own registration, which then passed
// the data check of his nomination and went through the council into a
// decision. Each probe failed on the code before the rule: approving or
// returning a registration, accepting or returning a nomination, answering a
// difficulty and approving a decision the actor entered, submitted or is
// named in answers 403 `own_record`, changes nothing, and someone else with
// the same power still can.
#include <gtest/gtest.h>

#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>

#include <string>
#include <vector>

#include "app/decisions.h"
#include "app/difficulties.h"
#include "app/users.h"
#include "http/nomination_fixture.h"

namespace thidua::test {
namespace {

namespace json = boost::json;

class OwnRecordsProbe : public NominationSiteTest {
 protected:
  // A new account with one role on a unit, optionally linked to a person.
  void add_account(const std::string& username, core::Role role, int64_t unit,
                   std::optional<int64_t> person = std::nullopt) {
    app::NewUser u;
    u.username = username;
    u.display_name = username;
    u.person_id = person;
    u.password = kDemoPassword;
    u.role = role;
    u.unit_id = unit;
    auto made = app::create_user(site_->services(), app::system_actor(), u, meta());
    ASSERT_TRUE(made.ok()) << made.error().message;
  }

  static std::string error_code(const HttpResult& r) {
    std::error_code ec;
    auto v = json::parse(r.body, ec);
    if (ec || !v.is_object() || !v.as_object().contains("error")) return "(none)";
    return std::string(v.at("error").at("code").as_string());
  }

  static int64_t id_of(const HttpResult& r) {
    std::error_code ec;
    auto v = json::parse(r.body, ec);
    return !ec && v.is_object() && v.as_object().contains("id") ? v.at("id").to_number<int64_t>() : 0;
  }

  // The attested criterion of an individual nomination, as the API takes it.
  json::array attested() const {
    return json::array{json::object{{"criterion_id", individual_attested_}, {"note", "Chấp hành tốt kỷ luật."}}};
  }

  std::string registration_state(int64_t id) {
    auto conn = site_->db().acquire();
    auto rows = conn->query("SELECT state, decided_by FROM registrations WHERE id = ?", {id});
    EXPECT_TRUE(rows.ok() && !rows->empty());
    if (!rows.ok() || rows->empty()) return "";
    return (*rows)[0].str(0) + ((*rows)[0].opt_i64(1) ? "+decided" : "");
  }

  int64_t registration_version(int64_t id) {
    auto conn = site_->db().acquire();
    auto rows = conn->query("SELECT version FROM registrations WHERE id = ?", {id});
    return rows.ok() && !rows->empty() ? (*rows)[0].i64(0) : 0;
  }

  // A registration of `person` created and submitted through the API by `who`.
  int64_t submitted_registration(UserSession& who, int64_t person) {
    json::object body{{"subject", "individual"},
                      {"person_id", person},
                      {"targets", json::array{json::object{{"content_label", "1"},
                                                           {"text", "Hoàn thành 100% nhiệm vụ được giao"}}}}};
    HttpResult made = who.send_json("POST", "/api/v1/campaigns/1/registrations", body);
    EXPECT_EQ(made.status, 201u) << made.body;
    const int64_t id = id_of(made);
    HttpResult sent = who.send_json("POST", "/api/v1/campaigns/1/registrations/" + std::to_string(id) + "/submit",
                                    json::object{{"version", registration_version(id)}});
    EXPECT_EQ(sent.status, 200u) << sent.body;
    return id;
  }
};

// The outside tester's probe: thutruong enters, submits and approves.
TEST_F(OwnRecordsProbe, AUnitHeadCannotApproveARegistrationHeEntered) {
  const int64_t person = add_person(own_unit_, "Lê Văn Bình");
  UserSession head = site_->session("thutruong");
  const int64_t id = submitted_registration(head, person);
  const std::string path = "/api/v1/campaigns/1/registrations/" + std::to_string(id);
  for (const char* action : {"/approve", "/return"}) {
    json::object body{{"version", registration_version(id)}, {"reason", "Chỉ tiêu chưa định lượng"}};
    HttpResult r = head.send_json("POST", path + action, body);
    EXPECT_EQ(r.status, 403u) << action << " " << r.body;
    EXPECT_EQ(error_code(r), "own_record") << action;
    EXPECT_EQ(registration_state(id), "submitted") << action;
  }
  // The page offers no review and says why.
  HttpResult page = head->get("/dot-thi-dua/1/dang-ky/" + std::to_string(id));
  EXPECT_EQ(page.status, 200u);
  EXPECT_EQ(page.body.find("/duyet\""), std::string::npos);
  EXPECT_NE(page.body.find("không thể tự duyệt"), std::string::npos);
  // The form, posted anyway, is refused with the reason in Vietnamese.
  HttpResult form = head.post_form("/dot-thi-dua/1/dang-ky/" + std::to_string(id) + "/duyet",
                                   {{"version", std::to_string(registration_version(id))}});
  EXPECT_EQ(form.status, 403u);
  EXPECT_NE(form.body.find("chính bạn đã lập hoặc gửi"), std::string::npos);
  EXPECT_EQ(registration_state(id), "submitted");

  // Another head of the same unit (a deputy) approves it.
  add_account("phothutruong", core::Role::kUnitHead, own_unit_);
  UserSession deputy = site_->session("phothutruong");
  HttpResult ok = deputy.send_json("POST", path + "/approve", json::object{{"version", registration_version(id)}});
  EXPECT_EQ(ok.status, 200u) << ok.body;
  EXPECT_EQ(registration_state(id), "approved+decided");
}

// Submitting someone else's draft makes it the submitter's as well.
TEST_F(OwnRecordsProbe, TheSubmitterCannotApproveEither) {
  const int64_t person = add_person(own_unit_, "Phạm Thị Hoa");
  UserSession officer = site_->session("canbo");
  json::object body{{"subject", "individual"},
                    {"person_id", person},
                    {"targets", json::array{json::object{{"content_label", "1"}, {"text", "Số hóa hồ sơ"}}}}};
  const int64_t id = id_of(officer.send_json("POST", "/api/v1/campaigns/1/registrations", body));
  ASSERT_GT(id, 0);
  const std::string path = "/api/v1/campaigns/1/registrations/" + std::to_string(id);
  UserSession head = site_->session("thutruong");
  EXPECT_EQ(head.send_json("POST", path + "/submit", json::object{{"version", registration_version(id)}}).status,
            200u);
  HttpResult r = head.send_json("POST", path + "/approve", json::object{{"version", registration_version(id)}});
  EXPECT_EQ(r.status, 403u) << r.body;
  EXPECT_EQ(error_code(r), "own_record");
  EXPECT_EQ(registration_state(id), "submitted");
}

// A unit head whose account belongs to the person registered.
TEST_F(OwnRecordsProbe, NobodyApprovesTheirOwnRegistration) {
  const int64_t person = add_person(own_unit_, "Hoàng Văn Nam");
  add_account("truongnam", core::Role::kUnitHead, own_unit_, person);
  UserSession officer = site_->session("canbo");
  const int64_t id = submitted_registration(officer, person);
  UserSession self = site_->session("truongnam");
  HttpResult r = self.send_json("POST", "/api/v1/campaigns/1/registrations/" + std::to_string(id) + "/approve",
                                json::object{{"version", registration_version(id)}});
  EXPECT_EQ(r.status, 403u) << r.body;
  EXPECT_EQ(error_code(r), "own_record");
  EXPECT_NE(r.body.find("liên quan đến chính bạn"), std::string::npos);
  EXPECT_EQ(registration_state(id), "submitted");
  // Someone else's registration is still his to approve.
  const int64_t other = submitted_registration(officer, add_person(own_unit_, "Vũ Thị Lan"));
  EXPECT_EQ(self.send_json("POST", "/api/v1/campaigns/1/registrations/" + std::to_string(other) + "/approve",
                           json::object{{"version", registration_version(other)}})
                .status,
            200u);
}

// A secretariat member who also submits for a unit, and one who is nominated.
TEST_F(OwnRecordsProbe, NobodyAcceptsANominationTheySubmittedOrThatNamesThem) {
  add_account("kiemnhiem", core::Role::kSecretariat, site_->unit_id("STNMT"));
  ASSERT_TRUE(app::grant_role(site_->services(), app::system_actor(), site_->user_id("kiemnhiem"),
                              core::Role::kUnitOfficer, own_unit_, meta())
                  .ok());
  UserSession both = site_->session("kiemnhiem");
  const int64_t nominee = add_person(own_unit_, "Đinh Văn Khoa");
  json::object body = create_body(nominee);
  body["attestations"] = attested();
  HttpResult made = both.send_json("POST", api(), body);
  ASSERT_EQ(made.status, 201u) << made.body;
  const int64_t id = id_of(made);
  for (const char* action : {"/accept", "/return"}) {
    HttpResult r = both.send_json("POST", api() + "/" + std::to_string(id) + action,
                                  json::object{{"version", version_of(id)}, {"reason", "Bổ sung minh chứng"}});
    EXPECT_EQ(r.status, 403u) << action << " " << r.body;
    EXPECT_EQ(error_code(r), "own_record") << action;
    EXPECT_EQ(state_of(id), "submitted");
  }
  HttpResult page = both->get(base() + "/" + std::to_string(id));
  EXPECT_EQ(page.body.find("/tiep-nhan\""), std::string::npos);
  EXPECT_NE(page.body.find("không thể tự tiếp nhận"), std::string::npos);

  // The nominee, a secretariat member by account.
  const int64_t self = add_person(own_unit_, "Cao Thị Ngọc");
  add_account("thuky2", core::Role::kSecretariat, site_->unit_id("STNMT"), self);
  UserSession officer = site_->session("canbo");
  json::object own = create_body(self);
  own["attestations"] = attested();
  const int64_t named = id_of(officer.send_json("POST", api(), own));
  ASSERT_GT(named, 0);
  UserSession secretary = site_->session("thuky2");
  HttpResult r = secretary.send_json("POST", api() + "/" + std::to_string(named) + "/accept",
                                     json::object{{"version", version_of(named)}});
  EXPECT_EQ(r.status, 403u) << r.body;
  EXPECT_EQ(error_code(r), "own_record");

  // The ordinary secretariat accepts both.
  UserSession secretariat = site_->session("thuongtruc");
  for (int64_t n : {id, named}) {
    HttpResult a = secretariat.send_json("POST", api() + "/" + std::to_string(n) + "/accept",
                                         json::object{{"version", version_of(n)}});
    EXPECT_EQ(a.status, 200u) << a.body;
    EXPECT_EQ(state_of(n), "accepted");
  }
}

TEST_F(OwnRecordsProbe, NobodyAnswersADifficultyTheyRaised) {
  add_account("kiemnhiem", core::Role::kSecretariat, site_->unit_id("STNMT"));
  ASSERT_TRUE(app::grant_role(site_->services(), app::system_actor(), site_->user_id("kiemnhiem"),
                              core::Role::kUnitOfficer, own_unit_, meta())
                  .ok());
  UserSession both = site_->session("kiemnhiem");
  HttpResult raised = both.send_json("POST", "/api/v1/campaigns/1/difficulties",
                                     json::object{{"unit_id", own_unit_}, {"title", "Thiếu máy quét hồ sơ"}});
  ASSERT_EQ(raised.status, 201u) << raised.body;
  const int64_t id = id_of(raised);
  const std::string answer = "/api/v1/campaigns/1/difficulties/" + std::to_string(id) + "/answer";
  HttpResult r = both.send_json("POST", answer, json::object{{"answer", "Văn phòng Sở sẽ bố trí."}});
  EXPECT_EQ(r.status, 403u) << r.body;
  EXPECT_EQ(error_code(r), "own_record");
  HttpResult page = both->get("/dot-thi-dua/1/kho-khan");
  EXPECT_EQ(page.body.find("/" + std::to_string(id) + "/tra-loi\""), std::string::npos);
  EXPECT_NE(page.body.find("Bạn đã nêu khó khăn này"), std::string::npos);
  UserSession secretariat = site_->session("thuongtruc");
  EXPECT_EQ(secretariat.send_json("POST", answer, json::object{{"answer", "Văn phòng Sở sẽ bố trí."}}).status, 200u);
}

TEST_F(OwnRecordsProbe, NoLeaderApprovesADecisionHeDraftedOrThatAwardsHim) {
  auto conn = site_->db().acquire();
  // Two nominees passed by the council: one of them the leader himself.
  auto leader = site_->actor("lanhdao");
  ASSERT_TRUE(leader.person_id.has_value()) << "the demo leader is Giám đốc Bùi Quang Huy";
  auto insert = [&](int64_t person) {
    auto rows = conn->query(
        "INSERT INTO nominations (campaign_id, award_type_id, unit_id, subject, person_id, subject_key, report, "
        "state, submitted_at) SELECT 1, ?, p.unit_id, 'individual', p.id, ?, 'Hoàn thành xuất sắc nhiệm vụ.', "
        "'passed', '2023-10-01T00:00:00Z' FROM people p WHERE p.id = ? RETURNING id",
        {award_, "p:" + std::to_string(person), person});
    EXPECT_TRUE(rows.ok() && !rows->empty());
    return rows.ok() && !rows->empty() ? (*rows)[0].i64(0) : 0;
  };
  const int64_t his = insert(*leader.person_id);
  const int64_t other = insert(add_person(own_unit_, "Lý Văn Tâm"));
  auto drafted = app::draft_decision(site_->services(), site_->actor("thuongtruc"), 1, award_,
                                     std::vector<int64_t>{his, other}, meta());
  ASSERT_TRUE(drafted.ok()) << drafted.error().message;
  UserSession director = site_->session("lanhdao");
  const std::string approve = "/api/v1/campaigns/1/decisions/" + std::to_string(*drafted) + "/approve";
  HttpResult r = director.send_json("POST", approve, json::object{});
  EXPECT_EQ(r.status, 403u) << r.body;
  EXPECT_EQ(error_code(r), "own_record");
  HttpResult page = director->get("/dot-thi-dua/1/quyet-dinh/" + std::to_string(*drafted));
  EXPECT_EQ(page.status, 200u);
  EXPECT_NE(page.body.find("có tên bạn"), std::string::npos);
  auto rows = conn->query("SELECT state, number FROM decisions WHERE id = ?", {*drafted});
  ASSERT_TRUE(rows.ok() && !rows->empty());
  EXPECT_EQ((*rows)[0].str(0), "draft");
  EXPECT_FALSE((*rows)[0].opt_i64(1).has_value()) << "no number taken";

  // A deputy director signs it.
  add_account("phogiamdoc", core::Role::kLeader, site_->unit_id("STNMT"));
  UserSession deputy = site_->session("phogiamdoc");
  EXPECT_EQ(deputy.send_json("POST", approve, json::object{}).status, 200u);

  // A leader who drafted a decision himself does not approve it.
  ASSERT_TRUE(app::grant_role(site_->services(), app::system_actor(), site_->user_id("phogiamdoc"),
                              core::Role::kSecretariat, site_->unit_id("STNMT"), meta())
                  .ok());
  const int64_t third = insert(add_person(own_unit_, "Mai Văn Đức"));
  HttpResult d = deputy.send_json("POST", "/api/v1/campaigns/1/decisions",
                                  json::object{{"award_type_id", award_}, {"nomination_ids", json::array{third}}});
  ASSERT_EQ(d.status, 201u) << d.body;
  HttpResult own = deputy.send_json("POST", "/api/v1/campaigns/1/decisions/" + std::to_string(id_of(d)) + "/approve",
                                    json::object{});
  EXPECT_EQ(own.status, 403u) << own.body;
  EXPECT_EQ(error_code(own), "own_record");
}

}  // namespace
}  // namespace thidua::test
