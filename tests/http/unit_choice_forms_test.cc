// The forms that choose units (web/ui/unit_choice.h) past 500 units: a
// person's unit, an account's role, a council's and a blank's agency, a
// plan's issuing and target units, the units of a reorganisation. Each asks
// for unit codes instead of listing every unit, turns the codes back into
// units, and refuses an unknown code with the form as it was typed.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "app/campaigns.h"
#include "store/campaigns.h"
#include "support/form_fields.h"
#include "support/test_server.h"

namespace thidua::test {
namespace {

namespace json = boost::json;

const std::string kUnknownCode = "Không có đơn vị nào mã “KHONG-CO” trong phạm vi bạn được xem.";

// Puts `value` in the field `name`, in place of what it held.
void set(Fields& fields, const std::string& name, const std::string& value) {
  fields.erase(std::remove_if(fields.begin(), fields.end(), [&](const auto& f) { return f.first == name; }),
               fields.end());
  fields.emplace_back(name, value);
}

std::string id_after(const std::string& location, const std::string& prefix) {
  if (location.rfind(prefix, 0) != 0) return {};
  const std::string rest = location.substr(prefix.size());
  return rest.substr(0, rest.find_first_not_of("0123456789"));
}

class UnitChoiceFormsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    site_ = std::make_unique<TestSite>();
    if (!site_->ok()) GTEST_SKIP() << "no test site";
    site_->add_sub_units("STNMT-VP", 520, "PICK-", "Tổ chọn số ");
    ASSERT_FALSE(HasFailure());
  }

  std::unique_ptr<TestSite> site_;
};

TEST_F(UnitChoiceFormsTest, APersonsUnitIsTypedAsACode) {
  auto admin = site_->login("admin");
  HttpResult form = admin->get("/nhan-su/moi");
  ASSERT_EQ(form.status, 200u);
  EXPECT_NE(form.body.find("<input id=\"unit_id\" name=\"unit_code\" value=\"\" maxlength=\"64\" required"),
            std::string::npos);
  EXPECT_EQ(form.body.find("Tổ chọn số"), std::string::npos) << "no drop-down of every unit";

  Fields fields = form_fields(form.body, "/nhan-su/moi");
  set(fields, "full_name", "Nguyễn Văn Mã");
  set(fields, "unit_code", "KHONG-CO");
  const std::string before = site_->fingerprint();
  HttpResult unknown = admin.post_form("/nhan-su/moi", fields);
  EXPECT_EQ(unknown.status, 422u);
  EXPECT_NE(unknown.body.find(kUnknownCode), std::string::npos);
  EXPECT_NE(unknown.body.find("name=\"unit_code\" value=\"KHONG-CO\""), std::string::npos) << "what was typed";
  EXPECT_NE(unknown.body.find("value=\"Nguyễn Văn Mã\""), std::string::npos);
  EXPECT_EQ(site_->fingerprint(), before) << "nothing stored";

  set(fields, "unit_code", " PICK-005 ");
  HttpResult created = admin.post_form("/nhan-su/moi", fields);
  ASSERT_EQ(created.status, 303u) << created.body.substr(0, 600);
  const std::string id = id_after(created.header("location"), "/nhan-su/");
  ASSERT_FALSE(id.empty()) << created.header("location");
  HttpResult person = admin->get("/api/v1/people/" + id);
  ASSERT_EQ(person.status, 200u);
  EXPECT_EQ(json::parse(person.body).at("unit_id").as_int64(), site_->unit_id("PICK-005"));

  // The edit form shows the unit's code, and a code moves the person.
  HttpResult edit = admin->get("/nhan-su/" + id + "/sua");
  ASSERT_EQ(edit.status, 200u);
  Fields edited = form_fields(edit.body, "/nhan-su/" + id + "/sua");
  EXPECT_NE(std::find(edited.begin(), edited.end(), std::pair<std::string, std::string>{"unit_code", "PICK-005"}),
            edited.end());
  set(edited, "unit_code", "PICK-006");
  HttpResult moved = admin.post_form("/nhan-su/" + id + "/sua", edited);
  ASSERT_EQ(moved.status, 303u) << moved.body.substr(0, 600);
  EXPECT_EQ(json::parse(admin->get("/api/v1/people/" + id).body).at("unit_id").as_int64(),
            site_->unit_id("PICK-006"));

}

TEST_F(UnitChoiceFormsTest, ARolesCouncilsAndBlanksAgencyIsTypedAsACode) {
  auto admin = site_->login("admin");
  const std::string account = std::to_string(site_->user_id("canbo"));
  HttpResult page = admin->get("/nguoi-dung/" + account);
  ASSERT_EQ(page.status, 200u);
  EXPECT_NE(page.body.find("name=\"unit_code\""), std::string::npos);
  EXPECT_EQ(page.body.find("Tổ chọn số"), std::string::npos);
  HttpResult refused = admin.post_form("/nguoi-dung/" + account + "/cap-quyen",
                                       {{"role", "unit_head"}, {"unit_code", "KHONG-CO"}});
  EXPECT_EQ(refused.status, 422u);
  EXPECT_NE(refused.body.find(kUnknownCode), std::string::npos);
  HttpResult granted = admin.post_form("/nguoi-dung/" + account + "/cap-quyen",
                                       {{"role", "unit_head"}, {"unit_code", "PICK-009"}});
  ASSERT_EQ(granted.status, 303u) << granted.body.substr(0, 600);
  EXPECT_NE(admin->get("/nguoi-dung/" + account).body.find("Tổ chọn số 1009"), std::string::npos);
  EXPECT_NE(admin->get("/nguoi-dung/moi").body.find("name=\"unit_code\""), std::string::npos);

  auto leader = site_->login("lanhdao");
  HttpResult councils = leader->get("/hoi-dong");
  ASSERT_EQ(councils.status, 200u);
  ASSERT_NE(councils.body.find("name=\"unit_code\""), std::string::npos);
  HttpResult no_council = leader.post_form("/hoi-dong", {{"unit_code", "KHONG-CO"}, {"name", "Hội đồng thử mã"}});
  EXPECT_EQ(no_council.status, 422u);
  EXPECT_NE(no_council.body.find(kUnknownCode), std::string::npos);
  EXPECT_NE(no_council.body.find("value=\"Hội đồng thử mã\""), std::string::npos);
  HttpResult council = leader.post_form("/hoi-dong", {{"unit_code", "STNMT"}, {"name", "Hội đồng thử mã"}});
  ASSERT_EQ(council.status, 303u) << council.body.substr(0, 600);

  auto secretariat = site_->login("thuongtruc");
  HttpResult blanks = secretariat->get("/mau-phoi-giay-khen");
  ASSERT_EQ(blanks.status, 200u);
  ASSERT_NE(blanks.body.find("name=\"ma_don_vi\""), std::string::npos);
  HttpResult blank = secretariat.post_form("/mau-phoi-giay-khen", {{"ten", "Phôi thử mã"}, {"ma_don_vi", "STNMT"}});
  ASSERT_EQ(blank.status, 303u) << blank.body.substr(0, 600);
  EXPECT_NE(secretariat->get(blank.header("location")).body.find("Phôi thử mã"), std::string::npos);
}

TEST_F(UnitChoiceFormsTest, APlansTargetUnitsAreTypedAsCodesAndKeptOnTheRoundTrip) {
  auto id = app::copy_campaign(site_->services(), site_->actor("thuongtruc"), 1,
                               app::RequestMeta{"127.0.0.1", "unit-choice", "tests"});
  ASSERT_TRUE(id.ok()) << id.error().message;
  const std::string path = "/dot-thi-dua/" + std::to_string(*id) + "/sua";
  auto secretariat = site_->login("thuongtruc");
  HttpResult form = secretariat->get(path);
  ASSERT_EQ(form.status, 200u);
  EXPECT_NE(form.body.find("name=\"issuing_unit_code\" value=\"STNMT\""), std::string::npos);
  EXPECT_NE(form.body.find("<textarea id=\"target_unit\" name=\"target_unit_codes\""), std::string::npos);
  EXPECT_EQ(form.body.find("Tổ chọn số"), std::string::npos);

  Fields fields = form_fields(form.body, path);
  set(fields, "target_unit_codes", "PICK-001\nPICK-002, KHONG-CO");
  HttpResult unknown = secretariat.post_form(path, fields);
  EXPECT_EQ(unknown.status, 422u);
  EXPECT_NE(unknown.body.find(kUnknownCode), std::string::npos);
  EXPECT_NE(unknown.body.find(">PICK-001\nPICK-002, KHONG-CO</textarea>"), std::string::npos);

  set(fields, "target_unit_codes", "PICK-001\nPICK-002, STNMT-VP PICK-001");
  HttpResult saved = secretariat.post_form(path, fields);
  ASSERT_EQ(saved.status, 303u) << saved.body.substr(0, 800);
  auto stored = [&] {
    auto conn = site_->db().acquire();
    auto plan = store::find_campaign(*conn, *id);
    EXPECT_TRUE(plan.ok() && plan->has_value());
    return plan.ok() && plan->has_value() ? (*plan)->participants.target_unit_ids : std::vector<int64_t>{};
  };
  std::vector<int64_t> want{site_->unit_id("PICK-001"), site_->unit_id("PICK-002"), site_->unit_id("STNMT-VP")};
  std::vector<int64_t> got = stored();
  std::sort(want.begin(), want.end());
  std::sort(got.begin(), got.end());
  EXPECT_EQ(got, want);

  // Shown again as codes, in tree order; posting the page back keeps them.
  HttpResult again = secretariat->get(path);
  ASSERT_EQ(again.status, 200u);
  EXPECT_NE(again.body.find(">STNMT-VP, PICK-001, PICK-002</textarea>"), std::string::npos);
  HttpResult resaved = secretariat.post_form(path, form_fields(again.body, path));
  ASSERT_EQ(resaved.status, 303u) << resaved.body.substr(0, 800);
  got = stored();
  std::sort(got.begin(), got.end());
  EXPECT_EQ(got, want);
}

TEST_F(UnitChoiceFormsTest, AReorganisationsUnitsAreTypedAsCodes) {
  auto admin = site_->login("admin");
  HttpResult form = admin->get("/don-vi/sap-xep?loai=merge");
  ASSERT_EQ(form.status, 200u);
  EXPECT_NE(form.body.find("<textarea id=\"sources\" name=\"source_codes\""), std::string::npos);
  EXPECT_NE(form.body.find("name=\"target_code\""), std::string::npos);
  EXPECT_EQ(form.body.find("Tổ chọn số"), std::string::npos);

  Fields fields = form_fields(form.body, "/don-vi/sap-xep/xem-truoc");
  set(fields, "effective_date", "2026-01-02");
  set(fields, "source_codes", "PICK-010 KHONG-CO");
  set(fields, "target_code", "PICK-012");
  HttpResult unknown = admin.post_form("/don-vi/sap-xep/xem-truoc", fields);
  EXPECT_EQ(unknown.status, 422u);
  EXPECT_NE(unknown.body.find(kUnknownCode), std::string::npos);

  set(fields, "source_codes", "PICK-010 PICK-011");
  HttpResult preview = admin.post_form("/don-vi/sap-xep/xem-truoc", fields);
  ASSERT_EQ(preview.status, 200u) << preview.body.substr(preview.body.find("<main"), 3000);
  EXPECT_NE(preview.body.find("Tổ chọn số 1010"), std::string::npos);
  EXPECT_NE(preview.body.find("Tổ chọn số 1011"), std::string::npos);
  EXPECT_NE(preview.body.find("Tổ chọn số 1012"), std::string::npos);
}

}  // namespace
}  // namespace thidua::test
