// Registrations over real HTTP on the engine under test (the demo's running
// seed campaign, id 1): self registration through the pages, entry on a
// person's behalf through the API, approval and return with a reason, edits
// refused once approved, stale versions, non-participating units, the
// registration window, the XLSX template and the two-step import, and lists
// limited to what each role may see.
#include <gtest/gtest.h>

#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>

#include <set>

#include "app/access.h"
#include "app/import_registrations.h"
#include "app/org.h"
#include "app/people.h"
#include "app/registrations.h"
#include "io/xlsx_reader.h"
#include "io/xlsx_writer.h"
#include "store/registrations.h"
#include "support/test_server.h"

namespace thidua::test {
namespace {

namespace json = boost::json;
using core::RegistrationState;

class RegistrationsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    site_ = std::make_unique<TestSite>();
    if (!site_->ok()) GTEST_SKIP() << "no test site";
    own_unit_ = site_->unit_id("PTNMT-LN");
    other_unit_ = site_->unit_id("PTNMT-HH");
    self_person_ = site_->person_id("Nguyễn Văn An");
    own_person_ = add_person("Lê Văn Bình", "1990-03-12", own_unit_);
    other_person_ = add_person("Đỗ Thị Mai", "1988-07-01", other_unit_);
  }

  static app::RequestMeta meta() { return {"127.0.0.1", "registrations", "tests"}; }

  int64_t add_person(const std::string& name, const std::string& birth, int64_t unit) {
    core::Person p;
    p.full_name = name;
    p.birth_date = birth;
    p.unit_id = unit;
    auto created = app::create_person(site_->services(), app::system_actor(), p, meta());
    EXPECT_TRUE(created.ok()) << created.error().message;
    return created.ok() ? created->id : 0;
  }

  core::Registration stored(int64_t id) {
    auto conn = site_->db().acquire();
    auto r = store::find_registration(*conn, id);
    EXPECT_TRUE(r.ok() && r->has_value());
    return r.ok() && r->has_value() ? **r : core::Registration{};
  }

  int64_t count_audit(const std::string& action, int64_t id) {
    auto conn = site_->db().acquire();
    auto rows = conn->query("SELECT COUNT(*) FROM audit_log WHERE action = ? AND entity = 'registration' AND entity_id = ?",
                            {action, std::to_string(id)});
    EXPECT_TRUE(rows.ok());
    return rows.ok() ? (*rows)[0].i64(0) : -1;
  }

  void exec(const std::string& sql) {
    auto conn = site_->db().acquire();
    auto r = conn->exec(sql);
    ASSERT_TRUE(r.ok()) << r.error().message;
  }

  // The id at the end of a redirect to /dot-thi-dua/1/dang-ky/{rid}?...
  static int64_t id_in(const std::string& location) {
    const std::string prefix = "/dot-thi-dua/1/dang-ky/";
    if (location.rfind(prefix, 0) != 0) return 0;
    return std::stoll(location.substr(prefix.size()));
  }

  static HttpResult api(UserSession& u, const std::string& method, const std::string& target, json::object body) {
    return u.send_json(method, target, body);
  }

  std::unique_ptr<TestSite> site_;
  int64_t own_unit_ = 0, other_unit_ = 0;
  int64_t own_person_ = 0, other_person_ = 0, self_person_ = 0;
};

TEST_F(RegistrationsTest, StaffRegisterThemselvesAndTheUnitHeadApproves) {
  UserSession an = site_->login("nhanvien");
  HttpResult form = an->get("/dot-thi-dua/1/dang-ky/moi");
  ASSERT_EQ(form.status, 200u);
  EXPECT_NE(form.body.find("Nguyễn Văn An"), std::string::npos) << "the form offers the person themself";
  HttpResult created = an.post_form("/dot-thi-dua/1/dang-ky/moi",
                                    {{"subject", "individual"},
                                     {"person_id", std::to_string(self_person_)},
                                     {"target_label", "1"},
                                     {"target_text", "Hoàn thành 100% hồ sơ đúng hạn"},
                                     {"target_label", ""},
                                     {"target_text", ""},
                                     {"target_label", "2"},
                                     {"target_text", "Số hóa 500 hồ sơ địa chính"},
                                     {"signature_task", "Cập nhật cơ sở dữ liệu đất đai"},
                                     {"init_title", "Quy trình quét hồ sơ"},
                                     {"init_content", "Chuẩn hóa các bước"},
                                     {"init_effect", "Giảm 30% thời gian tra cứu"}});
  ASSERT_EQ(created.status, 303u) << created.body.substr(0, 600);
  const int64_t rid = id_in(created.header("location"));
  ASSERT_GT(rid, 0);
  core::Registration r = stored(rid);
  EXPECT_EQ(r.person_id, self_person_);
  EXPECT_EQ(r.unit_id, own_unit_) << "the person's own office takes part";
  EXPECT_EQ(r.entered_by, site_->user_id("nhanvien")) << "entered by the person themself";
  EXPECT_EQ(r.state, RegistrationState::kDraft);
  ASSERT_EQ(r.targets.size(), 2u) << "the blank row is dropped";
  EXPECT_EQ(r.targets[1].content_label, "2");
  ASSERT_EQ(r.initiatives.size(), 1u);
  EXPECT_EQ(count_audit("registration.create", rid), 1);

  HttpResult page = an->get("/dot-thi-dua/1/dang-ky/" + std::to_string(rid));
  ASSERT_EQ(page.status, 200u);
  EXPECT_NE(page.body.find("/dot-thi-dua/1/tien-do/chi-tieu/" + std::to_string(r.targets[0].id)), std::string::npos)
      << "each target links to its progress page";
  EXPECT_NE(page.body.find("Chưa thực hiện (0%)"), std::string::npos) << "latest progress shown";
  EXPECT_NE(page.body.find("Dự thảo"), std::string::npos);

  ASSERT_EQ(an.post_form("/dot-thi-dua/1/dang-ky/" + std::to_string(rid) + "/gui", {{"version", "1"}}).status, 303u);
  EXPECT_EQ(stored(rid).state, RegistrationState::kSubmitted);

  UserSession head = site_->login("thutruong");
  HttpResult listed = head->get("/dot-thi-dua/1/dang-ky?trang-thai=submitted");
  ASSERT_EQ(listed.status, 200u);
  EXPECT_NE(listed.body.find("Nguyễn Văn An"), std::string::npos);
  ASSERT_EQ(head.post_form("/dot-thi-dua/1/dang-ky/" + std::to_string(rid) + "/duyet", {{"version", "2"}}).status, 303u);
  r = stored(rid);
  EXPECT_EQ(r.state, RegistrationState::kApproved);
  EXPECT_EQ(r.decided_by, site_->user_id("thutruong"));
  EXPECT_EQ(count_audit("registration.approve", rid), 1);

  // Approved: no more edits, by anyone; nothing changes.
  const std::string before = site_->fingerprint();
  HttpResult edit = an.post_form("/dot-thi-dua/1/dang-ky/" + std::to_string(rid) + "/sua",
                                 {{"version", "3"}, {"target_label", ""}, {"target_text", "Chỉ tiêu khác"}});
  EXPECT_EQ(edit.status, 409u);
  EXPECT_NE(edit.body.find("Chỉ sửa được bản đăng ký ở trạng thái dự thảo hoặc bị trả lại"), std::string::npos);
  HttpResult again = head.post_form("/dot-thi-dua/1/dang-ky/" + std::to_string(rid) + "/tra-lai",
                                    {{"version", "3"}, {"reason", "Xem lại"}});
  EXPECT_EQ(again.status, 409u);
  EXPECT_EQ(site_->fingerprint(), before);
}

// The form lists at most 500 people; an office with more finds who registers
// by name, and the officer themself stays offered and chosen.
TEST_F(RegistrationsTest, AnOfficeOfMoreThanFiveHundredPeopleFindsWhoRegistersByName) {
  for (int i = 0; i < app::kRegistrationPeopleShown + 5; ++i) add_person("Lê Thị An", "", own_unit_);
  const std::string last = std::to_string(add_person("Trần Thị Xuyến", "1991-01-02", own_unit_));
  UserSession officer = site_->login("canbo");
  HttpResult form = officer->get("/dot-thi-dua/1/dang-ky/moi");
  ASSERT_EQ(form.status, 200u);
  EXPECT_EQ(form.body.find("<option value=\"" + last + "\""), std::string::npos) << "not among the first 500";
  EXPECT_NE(form.body.find("Có hơn 500 người: danh sách cá nhân dưới đây chỉ gồm 500 người đầu"), std::string::npos);
  if (auto self = site_->actor("canbo").person_id) {
    EXPECT_NE(form.body.find("<option value=\"" + std::to_string(*self) + "\" selected>"), std::string::npos)
        << "the officer is offered and chosen";
  }

  HttpResult found = officer->get("/dot-thi-dua/1/dang-ky/moi?tim=xuyen");
  ASSERT_EQ(found.status, 200u);
  EXPECT_NE(found.body.find("<option value=\"" + last + "\">Trần Thị Xuyến (02/01/1991)"), std::string::npos)
      << found.body.substr(found.body.find("<main"), 2000);
  EXPECT_EQ(found.body.find(">Lê Thị An"), std::string::npos) << "only the matches";
  HttpResult nobody = officer->get("/dot-thi-dua/1/dang-ky/moi?tim=khongaico");
  ASSERT_EQ(nobody.status, 200u) << "a search with no match is not a refusal";
  EXPECT_NE(nobody.body.find("Không có ai có tên khớp với “khongaico”"), std::string::npos);

  HttpResult created = officer.post_form("/dot-thi-dua/1/dang-ky/moi", {{"tim", "xuyen"},
                                                                        {"subject", "individual"},
                                                                        {"person_id", last},
                                                                        {"target_label", "1"},
                                                                        {"target_text", "Hoàn thành 20 hồ sơ"}});
  ASSERT_EQ(created.status, 303u) << created.body.substr(0, 600);
  EXPECT_EQ(std::to_string(*stored(id_in(created.header("location"))).person_id), last);
}

TEST_F(RegistrationsTest, OfficerEntersOnBehalfAndTheHeadReturnsWithAReason) {
  UserSession officer = site_->login("canbo");
  HttpResult created = api(officer, "POST", "/api/v1/campaigns/1/registrations",
                           {{"subject", "individual"},
                            {"person_id", own_person_},
                            {"signature_task", "Phụ trách hồ sơ môi trường"},
                            {"targets", json::array{json::object{{"content_label", "3"}, {"text", "Thẩm định 20 hồ sơ"}}}},
                            {"initiatives", json::array{json::object{{"title", "Sổ tay thẩm định"}}}}});
  ASSERT_EQ(created.status, 201u) << created.body;
  const json::value reg = json::parse(created.body);
  const int64_t rid = reg.at("id").as_int64();
  EXPECT_EQ(reg.at("entered_by").as_int64(), site_->user_id("canbo")) << "entered on the person's behalf";
  EXPECT_EQ(reg.at("person_name"), "Lê Văn Bình");
  EXPECT_EQ(reg.at("state"), "draft");
  const std::string base = "/api/v1/campaigns/1/registrations/" + std::to_string(rid);
  ASSERT_EQ(api(officer, "POST", base + "/submit", {{"version", 1}}).status, 200u);

  UserSession head = site_->login("thutruong");
  const std::string before = site_->fingerprint();
  HttpResult no_reason = api(head, "POST", base + "/return", {{"version", 2}, {"reason", "  "}});
  EXPECT_EQ(no_reason.status, 422u);
  EXPECT_EQ(json::parse(no_reason.body).at("error").at("field"), "reason");
  HttpResult no_version = api(head, "POST", base + "/return", {{"reason", "Thiếu"}});
  EXPECT_EQ(no_version.status, 400u);
  EXPECT_EQ(site_->fingerprint(), before) << "refusals change nothing";
  HttpResult returned = api(head, "POST", base + "/return", {{"version", 2}, {"reason", "Chỉ tiêu chưa định lượng"}});
  ASSERT_EQ(returned.status, 200u) << returned.body;
  EXPECT_EQ(json::parse(returned.body).at("state"), "returned");
  EXPECT_EQ(json::parse(returned.body).at("return_reason"), "Chỉ tiêu chưa định lượng");
  EXPECT_EQ(count_audit("registration.return", rid), 1);

  // The officer sees the reason on the page, edits against the version read, resubmits.
  HttpResult page = officer->get("/dot-thi-dua/1/dang-ky/" + std::to_string(rid));
  EXPECT_NE(page.body.find("Chỉ tiêu chưa định lượng"), std::string::npos);
  HttpResult stale = api(officer, "PUT", base, {{"version", 2}, {"targets", json::array{json::object{{"text", "Mới"}}}}});
  EXPECT_EQ(stale.status, 409u) << "a stale version is a conflict";
  HttpResult edited = api(officer, "PUT", base,
                          {{"version", 3}, {"targets", json::array{json::object{{"text", "Thẩm định 25 hồ sơ đúng hạn"}}}}});
  ASSERT_EQ(edited.status, 200u) << edited.body;
  EXPECT_EQ(json::parse(edited.body).at("state"), "returned");
  EXPECT_EQ(json::parse(edited.body).at("initiatives").as_array().size(), 1u) << "members left out keep their value";
  HttpResult resubmitted = api(officer, "POST", base + "/submit", {{"version", 4}});
  ASSERT_EQ(resubmitted.status, 200u);
  EXPECT_EQ(json::parse(resubmitted.body).at("return_reason"), "");
  EXPECT_EQ(stored(rid).targets.at(0).text, "Thẩm định 25 hồ sơ đúng hạn");
}

TEST_F(RegistrationsTest, AnotherUnitsRegistrationCannotBeDecided) {
  auto rid = app::create_registration(site_->services(), app::system_actor(), 1,
                                      [&] {
                                        core::Registration r;
                                        r.person_id = other_person_;
                                        r.targets = {{0, "", "Chỉ tiêu của Hiệp Hòa"}};
                                        return r;
                                      }(),
                                      meta());
  ASSERT_TRUE(rid.ok()) << rid.error().message;
  ASSERT_TRUE(app::submit_registration(site_->services(), app::system_actor(), 1, *rid, 1, meta()).ok());
  EXPECT_EQ(stored(*rid).unit_id, other_unit_);
  UserSession head = site_->login("thutruong");
  const std::string before = site_->fingerprint();
  const std::string base = "/api/v1/campaigns/1/registrations/" + std::to_string(*rid);
  EXPECT_EQ(api(head, "POST", base + "/return", {{"version", 2}, {"reason", "Không"}}).status, 404u);
  EXPECT_EQ(api(head, "POST", base + "/approve", {{"version", 2}}).status, 404u);
  EXPECT_EQ(head.post_form("/dot-thi-dua/1/dang-ky/" + std::to_string(*rid) + "/duyet", {{"version", "2"}}).status, 404u);
  EXPECT_EQ(site_->fingerprint(), before);
  // The leader sees it (tracks the campaign) but may not decide for the unit.
  UserSession leader = site_->login("lanhdao");
  EXPECT_EQ(leader->get(base).status, 200u);
  EXPECT_EQ(api(leader, "POST", base + "/approve", {{"version", 2}}).status, 403u);
  // A registration of campaign 1 is not found under another campaign id.
  EXPECT_EQ(leader->get("/api/v1/campaigns/2/registrations/" + std::to_string(*rid)).status, 404u);
}

// A plan of more than 500 units: a collective registers by its unit's code,
// and the list filters by code.
TEST_F(RegistrationsTest, APlanOfMoreThanFiveHundredUnitsTakesTheCollectiveByCode) {
  site_->add_sub_units("PTNMT-LN", 520, "LN-TO", "Tổ công tác số ");
  {
    auto conn = site_->db().acquire();
    ASSERT_TRUE(conn->exec("INSERT INTO campaign_units (campaign_id, unit_id) SELECT 1, id FROM units WHERE code LIKE "
                           "'LN-TO%'")
                    .ok());
  }
  const int64_t team = site_->unit_id("LN-TO011");
  UserSession officer = site_->login("canbo");
  HttpResult form = officer->get("/dot-thi-dua/1/dang-ky/moi?loai=tap-the");
  ASSERT_EQ(form.status, 200u);
  EXPECT_EQ(form.body.find("<select id=\"unit_id\""), std::string::npos);
  EXPECT_NE(form.body.find("<input id=\"unit_id\" name=\"unit_code\" value=\"\" maxlength=\"64\" required"),
            std::string::npos);

  const std::string before = site_->fingerprint();
  const auto registrations = [&] {
    auto conn = site_->db().acquire();
    auto n = conn->query("SELECT count(*) FROM registrations");
    EXPECT_TRUE(n.ok());
    return n.ok() ? (*n)[0].i64(0) : -1;
  };
  const int64_t stored_before = registrations();
  HttpResult unknown = officer.post_form("/dot-thi-dua/1/dang-ky/moi", {{"subject", "collective"},
                                                                        {"unit_code", "KHONG-CO"},
                                                                        {"target_label", "1"},
                                                                        {"target_text", "Số hóa 200 hồ sơ"}});
  EXPECT_EQ(unknown.status, 422u);
  EXPECT_NE(unknown.body.find("Không có đơn vị nào mã “KHONG-CO” trong phạm vi bạn được xem."), std::string::npos);
  EXPECT_NE(unknown.body.find("name=\"unit_code\" value=\"KHONG-CO\" maxlength=\"64\" required aria-invalid"),
            std::string::npos);
  EXPECT_NE(unknown.body.find("Số hóa 200 hồ sơ"), std::string::npos) << "the targets are kept";
  EXPECT_EQ(site_->fingerprint(), before);
  EXPECT_EQ(registrations(), stored_before);

  // A unit the officer sees but does not register for: the form again.
  ASSERT_TRUE(site_->grant("canbo", core::Role::kCouncilMember, "STNMT"));
  HttpResult not_offered = officer.post_form("/dot-thi-dua/1/dang-ky/moi", {{"subject", "collective"},
                                                                            {"unit_code", "PTNMT-HH"},
                                                                            {"target_label", "1"},
                                                                            {"target_text", "Số hóa 200 hồ sơ"}});
  EXPECT_EQ(not_offered.status, 422u) << not_offered.body.substr(0, 600);
  EXPECT_NE(not_offered.body.find("(mã PTNMT-HH) ở mục này."), std::string::npos);
  EXPECT_EQ(registrations(), stored_before);

  HttpResult created = officer.post_form("/dot-thi-dua/1/dang-ky/moi", {{"subject", "collective"},
                                                                        {"unit_code", "LN-TO011"},
                                                                        {"target_label", "1"},
                                                                        {"target_text", "Số hóa 200 hồ sơ"}});
  ASSERT_EQ(created.status, 303u) << created.body.substr(0, 600);
  EXPECT_EQ(stored(id_in(created.header("location"))).unit_id, team);

  HttpResult mine = officer->get("/dot-thi-dua/1/dang-ky?ma-don-vi=LN-TO011");
  ASSERT_EQ(mine.status, 200u);
  EXPECT_NE(mine.body.find("Tổ công tác số 1011"), std::string::npos);
  EXPECT_NE(mine.body.find("name=\"ma-don-vi\" value=\"LN-TO011\""), std::string::npos);
  HttpResult other = officer->get("/dot-thi-dua/1/dang-ky?ma-don-vi=LN-TO012");
  ASSERT_EQ(other.status, 200u);
  EXPECT_EQ(other.body.find("Tổ công tác số 1011"), std::string::npos);
  HttpResult bad = officer->get("/dot-thi-dua/1/dang-ky?ma-don-vi=KHONG-CO");
  EXPECT_EQ(bad.status, 422u);
  EXPECT_NE(bad.body.find("<p class=\"alert\" role=\"alert\">Không có đơn vị nào mã “KHONG-CO”"), std::string::npos);
  EXPECT_NE(bad.body.find("name=\"ma-don-vi\" value=\"KHONG-CO\" maxlength=\"64\" aria-invalid=\"true\""),
            std::string::npos);
  EXPECT_EQ(bad.body.find("Tổ công tác số 1011"), std::string::npos) << "no rows for an unknown unit";
}

// A plan's units are read a slice at a time (the first 501 of the actor's);
// a unit past them, and its people, are offered and registered all the same.
TEST_F(RegistrationsTest, UnitsAndPeoplePastTheFirstFiveHundredUnitsRegister) {
  site_->add_sub_units("PTNMT-LN", 520, "LN-TO", "Tổ công tác số ");
  exec("INSERT INTO campaign_units (campaign_id, unit_id) SELECT 1, id FROM units WHERE code LIKE 'LN-TO%'");
  int64_t last = 0;
  {
    auto conn = site_->db().acquire();
    auto rows = conn->query(
        "SELECT u.id FROM campaign_units cu JOIN units u ON u.id = cu.unit_id WHERE cu.campaign_id = 1 "
        "AND u.code LIKE 'LN-TO%' ORDER BY u.path DESC LIMIT 1");
    ASSERT_TRUE(rows.ok() && rows->size() == 1u);
    last = (*rows)[0].i64(0);
  }
  const std::string member = std::to_string(add_person("Hứa Thị Cuối", "1993-04-05", last));
  UserSession officer = site_->login("canbo");
  HttpResult found = officer->get("/dot-thi-dua/1/dang-ky/moi?tim=cuoi");
  ASSERT_EQ(found.status, 200u);
  EXPECT_NE(found.body.find("<option value=\"" + member + "\">Hứa Thị Cuối (05/04/1993)"), std::string::npos)
      << "someone in the last of the officer's 521 units taking part is offered";
  HttpResult created = officer.post_form("/dot-thi-dua/1/dang-ky/moi", {{"subject", "individual"},
                                                                        {"person_id", member},
                                                                        {"target_label", "1"},
                                                                        {"target_text", "Hoàn thành 30 hồ sơ"}});
  ASSERT_EQ(created.status, 303u) << created.body.substr(0, 600);
  EXPECT_EQ(stored(id_in(created.header("location"))).unit_id, last) << "under their own unit, which takes part";
}

TEST_F(RegistrationsTest, OnlyParticipatingUnitsAndTheirPeopleRegister) {
  // A team created under PTNMT-LN after the campaign was stored does not take part itself.
  core::Unit team;
  team.code = "PTNMT-LN-TO1";
  team.name = "Tổ đo đạc Lục Nam";
  team.kind = core::UnitKind::kOther;
  team.parent_id = own_unit_;
  auto t = app::create_unit(site_->services(), app::system_actor(), team, meta());
  ASSERT_TRUE(t.ok()) << t.error().message;
  UserSession officer = site_->login("canbo");
  const std::string before = site_->fingerprint();
  HttpResult refused = officer.post_form("/dot-thi-dua/1/dang-ky/moi", {{"subject", "collective"},
                                                                         {"unit_id", std::to_string(t->id)},
                                                                         {"target_label", ""},
                                                                         {"target_text", "Chỉ tiêu của tổ"}});
  EXPECT_EQ(refused.status, 422u);
  EXPECT_NE(refused.body.find("Đơn vị này không tham gia đợt thi đua."), std::string::npos);
  EXPECT_NE(refused.body.find("Chỉ tiêu của tổ"), std::string::npos) << "the form is shown again with the input";
  EXPECT_EQ(site_->fingerprint(), before);
  // Its people register with the nearest participating unit above them.
  const int64_t member = add_person("Vi Văn Đo", "1992-01-02", t->id);
  HttpResult ok = api(officer, "POST", "/api/v1/campaigns/1/registrations",
                      {{"subject", "individual"}, {"person_id", member},
                       {"targets", json::array{json::object{{"text", "Đo đạc 50 thửa đất"}}}}});
  ASSERT_EQ(ok.status, 201u) << ok.body;
  EXPECT_EQ(json::parse(ok.body).at("unit_id").as_int64(), own_unit_);
  // A person outside every participating unit cannot register.
  core::Unit outside;
  outside.code = "SXD";
  outside.name = "Sở Xây dựng";
  outside.kind = core::UnitKind::kAgency;
  auto o = app::create_unit(site_->services(), app::system_actor(), outside, meta());
  ASSERT_TRUE(o.ok()) << o.error().message;
  core::Registration r;
  r.person_id = add_person("Ngô Thị Xây", "1980-05-05", o->id);
  r.targets = {{0, "", "Chỉ tiêu"}};
  auto refused_person = app::create_registration(site_->services(), app::system_actor(), 1, r, meta());
  ASSERT_FALSE(refused_person.ok());
  EXPECT_EQ(refused_person.error().code, core::errc::kValidation);
  EXPECT_EQ(refused_person.error().field, "person_id");
  // One registration per subject.
  HttpResult twice = api(officer, "POST", "/api/v1/campaigns/1/registrations",
                         {{"subject", "individual"}, {"person_id", member},
                          {"targets", json::array{json::object{{"text", "Lần hai"}}}}});
  EXPECT_EQ(twice.status, 409u);
}

TEST_F(RegistrationsTest, RegistrationOnlyWhileTheCampaignTakesIt) {
  UserSession officer = site_->login("canbo");
  json::object body{{"subject", "individual"}, {"person_id", own_person_},
                    {"targets", json::array{json::object{{"text", "Chỉ tiêu"}}}}};
  // A registration returned for correction before the deadline...
  core::Registration returned;
  returned.person_id = self_person_;
  returned.targets = {{0, "", "Chỉ tiêu cần sửa"}};
  const auto sys = app::system_actor();
  auto rid = app::create_registration(site_->services(), sys, 1, returned, meta());
  ASSERT_TRUE(rid.ok());
  ASSERT_TRUE(app::submit_registration(site_->services(), sys, 1, *rid, 1, meta()).ok());
  ASSERT_TRUE(app::return_registration(site_->services(), sys, 1, *rid, 2, "Sửa chỉ tiêu", meta()).ok());
  exec("UPDATE campaigns SET registration_deadline = '2020-01-31' WHERE id = 1");
  const std::string before = site_->fingerprint();
  HttpResult late = api(officer, "POST", "/api/v1/campaigns/1/registrations", body);
  EXPECT_EQ(late.status, 409u);
  EXPECT_NE(late.body.find("hết hạn đăng ký"), std::string::npos);
  HttpResult list = officer->get("/dot-thi-dua/1/dang-ky");
  EXPECT_NE(list.body.find("không nhận đăng ký mới"), std::string::npos);
  EXPECT_EQ(list.body.find("/dang-ky/moi"), std::string::npos) << "no entry link when closed";
  EXPECT_EQ(site_->fingerprint(), before);
  // ... may still be corrected and resubmitted after it.
  const std::string base = "/api/v1/campaigns/1/registrations/" + std::to_string(*rid);
  EXPECT_EQ(api(officer, "PUT", base, {{"version", 3}, {"targets", json::array{json::object{{"text", "Đã sửa"}}}}}).status,
            200u);
  EXPECT_EQ(api(officer, "POST", base + "/submit", {{"version", 4}}).status, 200u);
  exec("UPDATE campaigns SET registration_deadline = '2999-12-31', state = 'closed' WHERE id = 1");
  EXPECT_EQ(api(officer, "POST", "/api/v1/campaigns/1/registrations", body).status, 409u);
  exec("UPDATE campaigns SET state = 'running' WHERE id = 1");
  EXPECT_EQ(api(officer, "POST", "/api/v1/campaigns/1/registrations", body).status, 201u);
}

TEST_F(RegistrationsTest, TemplateIsAValidWorkbook) {
  UserSession officer = site_->login("canbo");
  HttpResult res = officer->get("/dot-thi-dua/1/dang-ky/mau.xlsx");
  ASSERT_EQ(res.status, 200u);
  EXPECT_EQ(res.header("content-type"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  auto table = io::read_xlsx(res.body);
  ASSERT_TRUE(table.ok()) << table.error().message;
  EXPECT_EQ(table->header, app::registration_import_columns());
  ASSERT_EQ(table->rows.size(), 1u);
  EXPECT_NE(table->rows[0][3].find('\n'), std::string::npos) << "several targets in one cell, one per line";
}

TEST_F(RegistrationsTest, ImportShowsEveryErrorThenWritesAllOrNothing) {
  UserSession officer = site_->login("canbo");
  const std::string before = site_->fingerprint();
  const std::string bad =
      "Mã người,Họ và tên,Ngày sinh,Chỉ tiêu,Tên sáng kiến,Nội dung sáng kiến\n"
      "999999,,,Chỉ tiêu A,,\n"                                                 // unknown id
      "," "Đỗ Thị Mai,01/07/1988,Chỉ tiêu B,,\n"                                // another unit's person
      "" + std::to_string(own_person_) + ",,,,,\n"                              // no target
      "" + std::to_string(own_person_) + ",,,Chỉ tiêu C,,Nội dung không tên\n"  // duplicate, untitled initiative
      ",Lê Văn Bình,,Chỉ tiêu D,,\n";                                           // no birth date
  HttpResult preview = officer.post_multipart("/dot-thi-dua/1/dang-ky/nhap", {},
                                              {{"file", "dang-ky.csv", "text/csv", bad}});
  EXPECT_EQ(preview.status, 422u);
  for (const char* msg : {"Không có người mã &quot;999999&quot;", "Không tìm thấy &quot;Đỗ Thị Mai&quot;", "Hãy ghi ít nhất một chỉ tiêu",
                          "Người này đã có ở dòng 4", "Mỗi sáng kiến phải có tên sáng kiến", "Thiếu ngày sinh"}) {
    EXPECT_NE(preview.body.find(msg), std::string::npos) << msg;
  }
  EXPECT_EQ(preview.body.find("Xác nhận nhập"), std::string::npos) << "no confirmation while errors remain";
  EXPECT_EQ(site_->fingerprint(), before);

  // A good workbook: one person by id, one by name and birth date.
  auto self = app::get_person(site_->services(), app::system_actor(), self_person_);
  ASSERT_TRUE(self.ok());
  // Nguyễn Văn An's birth date as the demo has it, in the Vietnamese form.
  const std::string& iso = self->person.birth_date;
  ASSERT_EQ(iso.size(), 10u) << "the demo gives Nguyễn Văn An a birth date";
  auto xlsx = io::write_xlsx_bytes(
      app::registration_import_columns(),
      {{std::to_string(own_person_), "", "", "[1] Hoàn thành đúng hạn\n[2] Số hóa 300 hồ sơ", "Trực một cửa", "", "",
        ""},
       {"", "NGUYỄN VĂN AN", iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4), "Chỉ tiêu của An", "",
        "Sáng kiến của An", "Nội dung", "Hiệu quả"}},
      "Đăng ký");
  ASSERT_TRUE(xlsx.ok());
  preview = officer.post_multipart(
      "/dot-thi-dua/1/dang-ky/nhap", {},
      {{"file", "dang-ky.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", *xlsx}});
  ASSERT_EQ(preview.status, 200u) << preview.body.substr(preview.body.find("<main"), 3000);
  const std::string token_mark = "name=\"token\" value=\"";
  const size_t at = preview.body.find(token_mark);
  ASSERT_NE(at, std::string::npos);
  const std::string token = preview.body.substr(at + token_mark.size(), 64);
  const std::string token_value = token.substr(0, token.find('"'));
  EXPECT_EQ(site_->fingerprint(), before) << "the preview writes nothing";
  HttpResult confirmed = officer.post_form("/dot-thi-dua/1/dang-ky/nhap/xac-nhan", {{"token", token_value}});
  ASSERT_EQ(confirmed.status, 303u) << confirmed.body.substr(0, 500);
  EXPECT_EQ(confirmed.header("location"), "/dot-thi-dua/1/dang-ky/nhap?da-nhap=2");

  auto listing = app::list_registrations(site_->services(), site_->actor("canbo"), 1, {});
  ASSERT_TRUE(listing.ok());
  ASSERT_EQ(listing->total, 2);
  std::set<int64_t> people;
  for (const auto& r : listing->items) {
    people.insert(*r.person_id);
    EXPECT_EQ(r.state, RegistrationState::kSubmitted);
    EXPECT_EQ(r.entered_by, site_->user_id("canbo"));
    if (r.person_id == own_person_) {
      ASSERT_EQ(r.targets.size(), 2u);
      EXPECT_EQ(r.targets[1].content_label, "2");
      EXPECT_EQ(r.targets[1].text, "Số hóa 300 hồ sơ");
      EXPECT_TRUE(r.initiatives.empty());
    } else {
      ASSERT_EQ(r.initiatives.size(), 1u);
      EXPECT_EQ(r.initiatives[0].expected_effect, "Hiệu quả");
    }
    EXPECT_EQ(count_audit("registration.import", r.id), 1);
  }
  EXPECT_EQ(people, (std::set<int64_t>{own_person_, self_person_}));
  // The token is spent; the same file again finds everyone registered.
  EXPECT_EQ(officer.post_form("/dot-thi-dua/1/dang-ky/nhap/xac-nhan", {{"token", token_value}}).status, 404u);
  HttpResult again = officer.post_multipart(
      "/dot-thi-dua/1/dang-ky/nhap", {},
      {{"file", "dang-ky.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", *xlsx}});
  EXPECT_EQ(again.status, 422u);
  EXPECT_NE(again.body.find("đã có bản đăng ký trong đợt thi đua này"), std::string::npos);
}

TEST_F(RegistrationsTest, ListsShowOnlyWhatEachRoleMaySeeWithCounts) {
  const auto sys = app::system_actor();
  for (int64_t person : {own_person_, other_person_, self_person_}) {
    core::Registration r;
    r.person_id = person;
    r.targets = {{0, "", "Chỉ tiêu"}};
    auto id = app::create_registration(site_->services(), sys, 1, r, meta());
    ASSERT_TRUE(id.ok()) << id.error().message;
    if (person != self_person_) {
      ASSERT_TRUE(app::submit_registration(site_->services(), sys, 1, *id, 1, meta()).ok());
    }
  }
  auto names = [&](const std::string& user, const std::string& query) {
    UserSession u = site_->login(user);
    HttpResult res = u->get("/api/v1/campaigns/1/registrations" + query);
    EXPECT_EQ(res.status, 200u) << user;
    std::set<std::string> out;
    const json::value v = json::parse(res.body);
    for (const auto& item : v.at("items").as_array()) out.insert(std::string(item.at("person_name").as_string()));
    return std::make_pair(out, v);
  };
  auto [all, secretariat] = names("thuongtruc", "");
  EXPECT_EQ(all, (std::set<std::string>{"Lê Văn Bình", "Đỗ Thị Mai", "Nguyễn Văn An"}));
  EXPECT_EQ(secretariat.at("counts").at("submitted").as_int64(), 2);
  EXPECT_EQ(secretariat.at("counts").at("draft").as_int64(), 1);
  auto [submitted, s2] = names("thuongtruc", "?state=submitted");
  EXPECT_EQ(s2.at("total").as_int64(), 2);
  EXPECT_FALSE(submitted.count("Nguyễn Văn An"));
  auto [hh, s3] = names("thuongtruc", "?unit_id=" + std::to_string(other_unit_));
  EXPECT_EQ(hh, (std::set<std::string>{"Đỗ Thị Mai"}));
  EXPECT_EQ(names("canbo", "").first, (std::set<std::string>{"Lê Văn Bình", "Nguyễn Văn An"}));
  EXPECT_EQ(names("nhanvien", "").first, (std::set<std::string>{"Nguyễn Văn An"}));
  EXPECT_TRUE(names("hoidong", "").first.empty());
  UserSession u = site_->login("canbo");
  EXPECT_EQ(u->get("/api/v1/campaigns/1/registrations?state=bogus").status, 422u);
  HttpResult page = u->get("/dot-thi-dua/1/dang-ky");
  EXPECT_EQ(page.body.find("Đỗ Thị Mai"), std::string::npos);
  EXPECT_NE(page.body.find("Lê Văn Bình"), std::string::npos);
}

}  // namespace
}  // namespace thidua::test
