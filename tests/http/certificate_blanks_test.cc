// Certificates on pre-printed blanks (issue 12 #2) through the pages and the
// API: the secretariat keeps its agency's blanks, leaders see them, others do
// not; bad numbers and stale versions are refused with nothing saved; the
// calibration page and a decision's certificates on a blank print.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <memory>
#include <string>

#include "app/certificate_blanks.h"
#include "awards_fixture.h"
#include "route_coverage.h"
#include "support/pdf_text.h"
#include "support/test_server.h"

namespace thidua::test {
namespace {

namespace json = boost::json;

const bool kCovered = cover_routes({
    {"GET", "/mau-phoi-giay-khen"},
    {"POST", "/mau-phoi-giay-khen"},
    {"GET", "/mau-phoi-giay-khen/{bid}"},
    {"POST", "/mau-phoi-giay-khen/{bid}"},
    {"GET", "/mau-phoi-giay-khen/{bid}/can-chinh.pdf"},
    {"GET", "/dot-thi-dua/{id}/quyet-dinh/{did}/phoi/{bid}/giay-khen.pdf"},
    {"GET", "/api/v1/certificate-blanks"},
    {"POST", "/api/v1/certificate-blanks"},
    {"GET", "/api/v1/certificate-blanks/{bid}"},
    {"PUT", "/api/v1/certificate-blanks/{bid}"},
    {"GET", "/api/v1/certificate-blanks/{bid}/calibration.pdf"},
    {"GET", "/api/v1/campaigns/{id}/decisions/{did}/blanks/{bid}/certificates.pdf"},
});

class CertificateBlanksTest : public ::testing::Test {
 protected:
  void SetUp() override {
    site_ = std::make_unique<TestSite>();
    if (!site_->ok()) GTEST_SKIP() << "no test site";
  }
  // A blank of STNMT made through the page form; returns its id.
  int64_t create(UserSession& who, const std::string& name) {
    HttpResult r = who.post_form("/mau-phoi-giay-khen", {{"ten", name}, {"don_vi", std::to_string(site_->unit_id("STNMT"))}});
    EXPECT_EQ(r.status, 303u) << r.body.substr(0, 400);
    const std::string at = r.header("location");
    const size_t slash = at.rfind('/');
    return slash == std::string::npos ? 0 : std::stoll(at.substr(slash + 1));
  }
  // The edit form's fields for the default layout with `changes`.
  static Fields form(const std::string& name, int64_t version, const Fields& changes) {
    Fields f = {{"ten", name}, {"version", std::to_string(version)}, {"page_width_mm", "297"}, {"page_height_mm", "210"},
                {"offset_x_mm", "0"}, {"offset_y_mm", "0"}};
    const core::BlankLayout d = core::default_blank_layout();
    for (core::BlankField field : core::kBlankFields) {
      const std::string code(core::blank_field_code(field));
      const auto& b = d.box(field);
      f.push_back({code + ".printed", "1"});
      if (b.bold) f.push_back({code + ".bold", "1"});
      if (b.centered) f.push_back({code + ".centered", "1"});
      f.push_back({code + ".x_mm", std::to_string(b.x_mm)});
      f.push_back({code + ".y_mm", std::to_string(b.y_mm)});
      f.push_back({code + ".width_mm", std::to_string(b.width_mm)});
      f.push_back({code + ".size_pt", std::to_string(b.size_pt)});
    }
    for (const auto& [k, v] : changes) {
      bool replaced = false;
      for (auto& [fk, fv] : f) {
        if (fk == k) {
          fv = v;
          replaced = true;
        }
      }
      if (!replaced) f.push_back({k, v});
    }
    return f;
  }
  core::BlankLayout stored(int64_t id) {
    auto b = app::get_blank(site_->services(), app::system_actor(), id);
    EXPECT_TRUE(b.ok());
    return b.ok() ? b->layout : core::BlankLayout{};
  }

  std::unique_ptr<TestSite> site_;
};

TEST_F(CertificateBlanksTest, TheSecretariatKeepsBlanksLeadersSeeThemOthersDoNot) {
  UserSession office = site_->login("thuongtruc");
  const int64_t id = create(office, "Phôi Giấy khen của Giám đốc Sở");
  ASSERT_GT(id, 0);
  const std::string page = "/mau-phoi-giay-khen/" + std::to_string(id);
  HttpResult shown = office->get(page);
  ASSERT_EQ(shown.status, 200u);
  EXPECT_NE(shown.body.find("Lưu mẫu phôi"), std::string::npos);

  UserSession leader = site_->login("lanhdao");
  HttpResult seen = leader->get(page);
  ASSERT_EQ(seen.status, 200u);
  EXPECT_EQ(seen.body.find("Lưu mẫu phôi"), std::string::npos) << "a leader sees, does not edit";
  EXPECT_EQ(leader.post_form(page, form("Đổi tên", 1, {})).status, 403u);
  EXPECT_NE(leader->get("/mau-phoi-giay-khen").body.find("Phôi Giấy khen của Giám đốc Sở"), std::string::npos);

  for (const char* other : {"canbo", "nhanvien", "hoidong"}) {
    UserSession u = site_->login(other);
    EXPECT_EQ(u->get(page).status, 404u) << other;
    EXPECT_EQ(u->get(page + "/can-chinh.pdf").status, 404u) << other;
    EXPECT_EQ(u->get("/mau-phoi-giay-khen").body.find("Phôi Giấy khen của Giám đốc Sở"), std::string::npos) << other;
    // Creating for a unit out of reach: refused, nothing stored.
    HttpResult made = u.post_form("/mau-phoi-giay-khen", {{"ten", "X"}, {"don_vi", std::to_string(site_->unit_id("STNMT"))}});
    EXPECT_EQ(made.status, 422u) << other;
  }
  auto conn = site_->db().acquire();
  auto rows = conn->query("SELECT COUNT(*) FROM certificate_blanks", {});
  ASSERT_TRUE(rows.ok());
  EXPECT_EQ((*rows)[0].i64(0), 1);
  auto audited = conn->query("SELECT COUNT(*) FROM audit_log WHERE action = 'certificate_blank.create'", {});
  ASSERT_TRUE(audited.ok());
  EXPECT_EQ((*audited)[0].i64(0), 1);
}

TEST_F(CertificateBlanksTest, EditsAreCheckedAndAStaleFormSavesNothing) {
  UserSession office = site_->login("thuongtruc");
  const int64_t id = create(office, "Phôi Bằng khen");
  ASSERT_GT(id, 0);
  const std::string page = "/mau-phoi-giay-khen/" + std::to_string(id);
  // A number that does not read, a box off the sheet: the form again, with the error, nothing saved.
  HttpResult bad = office.post_form(page, form("Phôi Bằng khen", 1, {{"reason.x_mm", "mười"}}));
  EXPECT_EQ(bad.status, 422u);
  EXPECT_NE(bad.body.find("phải là một số"), std::string::npos);
  for (const char* not_a_number : {"nan", "inf", "1e999"}) {
    HttpResult nan = office.post_form(page, form("Phôi Bằng khen", 1, {{"detail.printed", "0"}, {"detail.x_mm", not_a_number}}));
    EXPECT_EQ(nan.status, 422u) << not_a_number << ": a box left out is a number too";
  }
  HttpResult off = office.post_form(page, form("Phôi Bằng khen", 1, {{"reason.x_mm", "250"}}));
  EXPECT_EQ(off.status, 422u);
  EXPECT_NE(off.body.find("nằm ngoài tờ giấy"), std::string::npos);
  EXPECT_EQ(stored(id).box(core::BlankField::kReason).x_mm, core::default_blank_layout().box(core::BlankField::kReason).x_mm);
  // Saved with a decimal comma, an offset and a field left out.
  HttpResult ok = office.post_form(page, form("Phôi Bằng khen", 1, {{"reason.x_mm", "52,5"}, {"offset_y_mm", "-1,5"}, {"detail.printed", "0"}}));
  ASSERT_EQ(ok.status, 303u) << ok.body.substr(0, 500);
  const auto l = stored(id);
  EXPECT_DOUBLE_EQ(l.box(core::BlankField::kReason).x_mm, 52.5);
  EXPECT_DOUBLE_EQ(l.offset_y_mm, -1.5);
  EXPECT_FALSE(l.box(core::BlankField::kDetail).printed);
  // The same version again is stale.
  HttpResult stale = office.post_form(page, form("Phôi Bằng khen", 1, {{"reason.x_mm", "60"}}));
  EXPECT_EQ(stale.status, 409u);
  EXPECT_DOUBLE_EQ(stored(id).box(core::BlankField::kReason).x_mm, 52.5);
  // The calibration page prints the offset in use.
  HttpResult cal = office->get(page + "/can-chinh.pdf");
  ASSERT_EQ(cal.status, 200u);
  expect_document_fonts(cal.body, "calibration");
  EXPECT_NE(pdf_words(cal.body).find("dọc -1.5 mm"), std::string::npos) << pdf_words(cal.body);
}

TEST_F(CertificateBlanksTest, TheApiCreatesReadsAndSavesWithStableErrors) {
  UserSession office = site_->login("thuongtruc");
  const int64_t unit = site_->unit_id("STNMT");
  HttpResult wrong_type = office.send_json(
      "POST", "/api/v1/certificate-blanks",
      json::object{{"unit_id", unit}, {"name", "Phôi API"}, {"layout", json::object{{"offset_x_mm", "hai"}}}});
  EXPECT_EQ(wrong_type.status, 422u) << wrong_type.body;
  EXPECT_NE(wrong_type.body.find("\"field\":\"offset_x_mm\""), std::string::npos) << wrong_type.body;
  // A number past a double's range (infinity here, sent as 1e99999): refused
  // as unreadable JSON, so that nothing unreadable is ever stored.
  HttpResult huge = office.send_json("POST", "/api/v1/certificate-blanks",
                                     json::object{{"unit_id", unit}, {"name", "Phôi API"},
                                                  {"layout", json::parse(R"({"boxes":{"detail":{"printed":false,"x_mm":1e400}}})")}});
  EXPECT_EQ(huge.status, 400u) << huge.body;
  EXPECT_EQ(json::parse(office->get("/api/v1/certificate-blanks").body).at("items").as_array().size(), 0u);
  HttpResult unknown = office.send_json("POST", "/api/v1/certificate-blanks",
                                        json::object{{"unit_id", unit}, {"name", "Phôi API"}, {"frame", true}});
  EXPECT_EQ(unknown.status, 400u);
  HttpResult made = office.send_json(
      "POST", "/api/v1/certificate-blanks",
      json::object{{"unit_id", unit},
                   {"name", "Phôi API"},
                   {"layout", json::object{{"offset_x_mm", 1.5},
                                           {"boxes", json::object{{"signer", json::object{{"x_mm", 170}}}}}}}});
  ASSERT_EQ(made.status, 201u) << made.body;
  const int64_t id = json::parse(made.body).at("id").as_int64();
  HttpResult got = office->get("/api/v1/certificate-blanks/" + std::to_string(id));
  ASSERT_EQ(got.status, 200u);
  const auto blank = json::parse(got.body).as_object();
  EXPECT_EQ(blank.at("layout").at("offset_x_mm").as_double(), 1.5);
  EXPECT_EQ(blank.at("layout").at("boxes").at("signer").at("x_mm").as_double(), 170);
  EXPECT_EQ(blank.at("version").as_int64(), 1);
  HttpResult saved = office.send_json("PUT", "/api/v1/certificate-blanks/" + std::to_string(id),
                                      json::object{{"name", "Phôi API (2024)"}, {"version", 1}});
  ASSERT_EQ(saved.status, 200u) << saved.body;
  EXPECT_EQ(json::parse(saved.body).at("version").as_int64(), 2);
  EXPECT_EQ(json::parse(saved.body).at("layout").at("offset_x_mm").as_double(), 1.5) << "the layout kept";
  HttpResult stale = office.send_json("PUT", "/api/v1/certificate-blanks/" + std::to_string(id),
                                      json::object{{"name", "Cũ"}, {"version", 1}});
  EXPECT_EQ(stale.status, 409u);
  UserSession staff = site_->login("nhanvien");
  EXPECT_EQ(staff->get("/api/v1/certificate-blanks/" + std::to_string(id)).status, 404u);
  EXPECT_EQ(json::parse(staff->get("/api/v1/certificate-blanks").body).at("items").as_array().size(), 0u);
  HttpResult cal = office->get("/api/v1/certificate-blanks/" + std::to_string(id) + "/calibration.pdf");
  EXPECT_EQ(cal.status, 200u);
  EXPECT_EQ(cal.body.rfind("%PDF", 0), 0u);
}

TEST_F(CertificateBlanksTest, ADecisionsCertificatesPrintOnABlank) {
  auto types = seed_award_types(*site_);
  ASSERT_EQ(types.size(), 3u);
  const int64_t n1 = add_nomination(*site_, types[0], site_->person_id("Nguyễn Văn An"), "passed");
  const int64_t n2 = add_nomination(*site_, types[0], site_->person_id("Hoàng Thị Thanh Tâm"), "passed");
  const int64_t d = draft(*site_, types[0], {n1, n2});
  ASSERT_GT(approve(*site_, d), 0);
  const int64_t p = draft(*site_, types[1], {add_nomination(*site_, types[1], person_in(*site_, "PTNMT-HH"), "passed")});
  ASSERT_GT(approve(*site_, p), 0);
  UserSession office = site_->login("thuongtruc");
  const int64_t blank = create(office, "Phôi Giấy khen");
  ASSERT_GT(blank, 0);
  const std::string base = "/dot-thi-dua/1/quyet-dinh/" + std::to_string(d);
  EXPECT_NE(office->get(base).body.find(base + "/phoi/" + std::to_string(blank) + "/giay-khen.pdf"), std::string::npos)
      << "the decision's page offers the blank";
  UserSession leader = site_->login("lanhdao");
  HttpResult pdf = leader->get(base + "/phoi/" + std::to_string(blank) + "/giay-khen.pdf");
  ASSERT_EQ(pdf.status, 200u) << pdf.body.substr(0, 300);
  expect_document_fonts(pdf.body, "certificates on a blank");
  const std::string words = pdf_words(pdf.body);
  EXPECT_NE(words.find("Nguyễn Văn An"), std::string::npos) << words;
  EXPECT_NE(words.find("Hoàng Thị Thanh Tâm"), std::string::npos) << words;
  EXPECT_EQ(words.find("GIẤY KHEN"), std::string::npos) << "the blank has its own design";
  HttpResult api = leader->get("/api/v1/campaigns/1/decisions/" + std::to_string(d) + "/blanks/" +
                               std::to_string(blank) + "/certificates.pdf");
  EXPECT_EQ(api.status, 200u);
  // A proposal has no certificates of its own; a blank out of sight is 404.
  EXPECT_EQ(leader->get("/dot-thi-dua/1/quyet-dinh/" + std::to_string(p) + "/phoi/" + std::to_string(blank) +
                        "/giay-khen.pdf")
                .status,
            409u);
  EXPECT_EQ(leader->get(base + "/phoi/999999/giay-khen.pdf").status, 404u);
}

}  // namespace
}  // namespace thidua::test
