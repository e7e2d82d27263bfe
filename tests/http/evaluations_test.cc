// Annual quality ratings (issue 11 #2): unit officers import their people's
// ratings from XLSX with a preview and an all-or-nothing confirmation; a
// person is rated once a year (a recorded year, or a repeated row, is named);
// bad cells are named with nothing stored; the person's page and the API
// show the ratings; only those who edit people may import, and only for their
// units. Over real HTTP on both engines.
#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>

#include <boost/json/parse.hpp>

#include <map>

#include "app/access.h"
#include "app/clock.h"
#include "app/import_evaluations.h"
#include "app/people.h"
#include "app/users.h"
#include "io/xlsx_writer.h"
#include "route_coverage.h"
#include "import_api_fixture.h"
#include "support/test_server.h"

namespace thidua::test {
namespace {

namespace json = boost::json;

const bool kCovered = cover_routes({
    {"GET", "/nhap-xep-loai"},
    {"POST", "/nhap-xep-loai"},
    {"GET", "/nhap-xep-loai/mau"},
    {"GET", "/nhap-xep-loai/xem-truoc"},
    {"POST", "/nhap-xep-loai/xac-nhan"},
    {"GET", "/api/v1/evaluations/template.xlsx"},
    {"POST", "/api/v1/evaluations/imports"},
    {"GET", "/api/v1/evaluations/imports/{import_id}"},
    {"POST", "/api/v1/evaluations/imports/{import_id}/confirm"},
    {"GET", "/nhan-su/{id}/dieu-kien"},
    {"GET", "/api/v1/people/{id}/eligibility"},
    {"GET", "/nhan-su/{id}/xep-loai"},
    {"POST", "/nhan-su/{id}/xep-loai"},
    {"PUT", "/api/v1/people/{id}/evaluations/{year}"},
});

class EvaluationsTest : public ImportApiFixture {
 protected:
  EvaluationsTest()
      : ImportApiFixture("/api/v1/evaluations/imports", headings_of(app::evaluation_import_list_columns()),
                         "evaluations") {}

  void SetUp() override {
    ImportApiFixture::SetUp();
    if (IsSkipped()) return;
    an_ = site_->person_id("Nguyễn Văn An");  // PTNMT-LN, where canbo edits people
    other_ = add_person("Lê Văn Bình", "1990-03-12", "PTNMT-HH");  // outside canbo's scope
  }

  int64_t an_ = 0, other_ = 0;
};

TEST_F(EvaluationsTest, RatingsAreImportedOncePerYearAndShown) {
  const std::string officer = token_of("canbo");
  const std::string id = std::to_string(an_);
  auto staged = upload(officer, xlsx({{id, "", "", "2022", "Hoàn thành tốt nhiệm vụ", "20/12/2022", ""},
                                      {"", "Nguyễn Văn An", "15/04/1992", "2023", "Xuất sắc", "", "Sáng kiến số hóa"}}));
  ASSERT_EQ(staged.status, 201u) << staged.body;
  auto p = parsed(staged);
  EXPECT_EQ(problems(p), std::vector<std::string>{});
  EXPECT_EQ(p.at("rows").as_array()[1].at("values").at("rating"), "excellent");
  auto done = confirm(officer, p);
  ASSERT_EQ(done.status, 200u) << done.body;
  EXPECT_EQ(parsed(done).at("imported"), 2);

  // Shown on the page and in the API.
  auto session = site_->session("canbo");
  auto page = session->get("/nhan-su/" + id);
  ASSERT_EQ(page.status, 200u);
  EXPECT_NE(page.body.find("Hoàn thành xuất sắc nhiệm vụ"), std::string::npos);
  EXPECT_NE(page.body.find("20/12/2022"), std::string::npos);
  auto api = site_->client()->get("/api/v1/people/" + id, bearer(officer));
  ASSERT_EQ(api.status, 200u);
  const json::object person = parsed(api);
  const auto& list = person.at("evaluations").as_array();
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].at("year"), 2022);
  EXPECT_EQ(list[0].at("rating"), "good");
  EXPECT_EQ(list[1].at("note"), "Sáng kiến số hóa");

  // A year already rated, and a year rated twice in one file, are named.
  const std::string before = site_->fingerprint();
  auto again = upload(officer, xlsx({{id, "", "", "2023", "Tốt", "", ""},
                                     {id, "", "", "2021", "Tốt", "", ""},
                                     {id, "", "", "2021", "Hoàn thành", "", ""}}));
  ASSERT_EQ(again.status, 201u) << again.body;
  auto q = parsed(again);
  EXPECT_EQ(problems(q), (std::vector<std::string>{
                             "2 year: Năm 2023 người này đã được xếp loại: Hoàn thành xuất sắc nhiệm vụ.",
                             "4 year: Trùng với dòng 3 của tệp (mỗi người được xếp loại một lần mỗi năm)."}));
  EXPECT_EQ(confirm(officer, q).status, 422u);
  EXPECT_EQ(site_->fingerprint(), before);
}

TEST_F(EvaluationsTest, BadCellsAreNamedAndNothingIsStored) {
  const std::string officer = token_of("canbo");
  const std::string id = std::to_string(an_);
  const std::string this_year = app::iso_date(site_->services().clock.now()).substr(0, 4);
  const std::string next_year = std::to_string(std::stoi(this_year) + 1);
  const std::string before = site_->fingerprint();
  auto staged = upload(officer, xlsx({
      {id, "", "", "2022", "Khá", "", ""},
      {id, "", "", "2o22", "Tốt", "", ""},
      {id, "", "", next_year, "Tốt", "", ""},
      {id, "", "", "2020", "Tốt", "31/12/2019", ""},
      {id, "", "", "2019", "", "", ""},
      {std::to_string(other_), "", "", "2022", "Tốt", "", ""},  // a person of another district
      {"", "Lê Văn Bình", "12/03/1990", "2022", "Tốt", "", ""},
  }));
  ASSERT_EQ(staged.status, 201u) << staged.body;
  auto p = parsed(staged);
  EXPECT_EQ(problems(p),
            (std::vector<std::string>{
                "2 rating: Xếp loại \"Khá\" không hợp lệ: ghi \"Hoàn thành xuất sắc nhiệm vụ\", \"Hoàn thành tốt "
                "nhiệm vụ\", \"Hoàn thành nhiệm vụ\" hoặc \"Không hoàn thành nhiệm vụ\".",
                "3 year: Năm \"2o22\" không phải là một năm (ví dụ 2023).",
                "4 year: Năm đánh giá phải từ 1990 đến " + this_year + ".",
                "5 rated_on: Ngày xếp loại không thể trước năm được đánh giá.",
                "6 rating: Thiếu xếp loại.",
                "7 person_id: Không có người mã \"" + std::to_string(other_) + "\" trong các đơn vị bạn phụ trách.",
                "8 full_name: Không tìm thấy \"Lê Văn Bình\" sinh ngày 12/03/1990 trong các đơn vị bạn phụ trách.",
            }));
  EXPECT_EQ(confirm(officer, p).status, 422u);
  EXPECT_EQ(site_->fingerprint(), before);
}

TEST_F(EvaluationsTest, OnlyThoseWhoEditPeopleImport) {
  for (const char* user : {"admin", "lanhdao", "thuongtruc", "hoidong", "thutruong", "canbo", "nhanvien"}) {
    const bool may = std::string(user) == "admin" || std::string(user) == "canbo";
    auto session = site_->session(user);
    EXPECT_EQ(session->get("/nhap-xep-loai").status, may ? 200u : 403u) << user;
    EXPECT_EQ(session->get("/nhap-xep-loai/mau").status, may ? 200u : 403u) << user;
    EXPECT_EQ(session.post_multipart("/nhap-xep-loai", {}, {{"file", "x.xlsx", kXlsxType, xlsx({})}}).status,
              may ? 422u : 403u)
        << user;
    EXPECT_EQ(session->get("/nhap-xep-loai/xem-truoc?ma=khong-co").status, may ? 404u : 403u) << user;
    EXPECT_EQ(session.post_form("/nhap-xep-loai/xac-nhan", {{"token", "khong-co"}}).status, may ? 404u : 403u)
        << user;
    const std::string token = token_of(user);
    EXPECT_EQ(site_->client()->get("/api/v1/evaluations/template.xlsx", bearer(token)).status, may ? 200u : 403u)
        << user;
    EXPECT_EQ(site_->client()->get("/api/v1/evaluations/imports/khong-co", bearer(token)).status,
              may ? 404u : 403u)
        << user;
    EXPECT_EQ(
        site_->client()->request("POST", "/api/v1/evaluations/imports/khong-co/confirm", "", bearer(token)).status,
        may ? 404u : 403u)
        << user;
    EXPECT_EQ(upload(token, xlsx({{std::to_string(an_), "", "", "2022", "Tốt", "", ""}})).status, may ? 201u : 403u)
        << user;
  }
  EXPECT_EQ(site_->client()->get("/api/v1/evaluations/template.xlsx").status, 401u);
}

// Typed, one person at a time (issue 11 #2): the officer records a rating on
// the person's page or through the API; a year already rated is corrected,
// the audit trail keeping the value before; bad values are named with
// nothing stored; only those who keep the person's records, never for
// themselves.
TEST_F(EvaluationsTest, ARatingIsTypedOrCorrectedByThoseWhoKeepThePersonsRecords) {
  auto canbo = site_->session("canbo");
  const std::string page = "/nhan-su/" + std::to_string(an_) + "/xep-loai";
  ASSERT_EQ(canbo->get(page).status, 200u);
  auto typed = canbo.post_form(page, {{"year", "2024"}, {"rating", "good"}, {"rated_on", "2024-12-20"}, {"note", ""}});
  EXPECT_EQ(typed.status, 303u) << typed.body.substr(0, 300);
  const std::string token = token_of("canbo");
  auto json_headers = bearer(token);
  json_headers.push_back({"Content-Type", "application/json"});
  const std::string api = "/api/v1/people/" + std::to_string(an_) + "/evaluations/2024";
  auto corrected = site_->client()->request("PUT", api, R"({"rating":"excellent","rated_on":"2024-12-22","note":"Sửa"})",
                                            json_headers);
  ASSERT_EQ(corrected.status, 200u) << corrected.body;
  EXPECT_EQ(parsed(corrected).at("rating").as_string(), "excellent");
  auto shown = canbo->get(page);
  EXPECT_NE(shown.body.find("Hoàn thành xuất sắc nhiệm vụ"), std::string::npos);
  {
    auto conn = site_->db().acquire();
    auto n = conn->query("SELECT count(*) FROM person_evaluations WHERE person_id = ? AND year = 2024", {an_});
    ASSERT_TRUE(n.ok());
    EXPECT_EQ((*n)[0].i64(0), 1) << "one rating a year, corrected in place";
    auto audit = conn->query("SELECT before_json FROM audit_log WHERE action = 'evaluation.record' ORDER BY id DESC "
                             "LIMIT 1",
                             {});
    ASSERT_TRUE(audit.ok());
    ASSERT_FALSE(audit->empty());
    EXPECT_NE((*audit)[0].str(0).find("\"good\""), std::string::npos) << "the value before is kept";
  }
  // Bad values: named, nothing stored.
  const std::string before = site_->fingerprint();
  auto bad_rating = site_->client()->request("PUT", api, R"({"rating":"great"})", json_headers);
  EXPECT_EQ(bad_rating.status, 422u);
  EXPECT_NE(bad_rating.body.find("\"field\":\"rating\""), std::string::npos) << bad_rating.body;
  EXPECT_EQ(site_->client()->request("PUT", "/api/v1/people/" + std::to_string(an_) + "/evaluations/3000",
                                     R"({"rating":"good"})", json_headers)
                .status,
            422u);
  EXPECT_EQ(site_->client()->request("PUT", api, R"({"rating":"good","x":1})", json_headers).status, 400u);
  auto bad_page = canbo.post_form(page, {{"year", "abc"}, {"rating", "good"}});
  EXPECT_EQ(bad_page.status, 422u);
  EXPECT_EQ(before, site_->fingerprint()) << first_difference(before, site_->fingerprint());
  // Outside the officer's units, or staff: refused; one's own rating: refused.
  EXPECT_EQ(site_->client()->request("PUT", "/api/v1/people/" + std::to_string(other_) + "/evaluations/2024",
                                     R"({"rating":"good"})", json_headers)
                .status,
            404u);
  auto staff = bearer(token_of("nhanvien"));
  staff.push_back({"Content-Type", "application/json"});
  EXPECT_EQ(site_->client()->request("PUT", api, R"({"rating":"good"})", staff).status, 403u);
  EXPECT_EQ(site_->session("nhanvien").post_form(page, {{"year", "2023"}, {"rating", "excellent"}}).status, 403u)
      << "An may not rate himself";
  const auto self = site_->actor("canbo").person_id;
  if (self) {
    auto own = site_->client()->request("PUT", "/api/v1/people/" + std::to_string(*self) + "/evaluations/2024",
                                        R"({"rating":"excellent"})", json_headers);
    EXPECT_EQ(own.status, 403u);
    EXPECT_NE(own.body.find("own_record"), std::string::npos) << own.body;
  }
}

// Eligibility from the ratings and the register (issue 11 #4): rule by rule,
// with the records used; unknown facts are "missing"; who may see it.
TEST_F(EvaluationsTest, EligibilityIsExplainedRuleByRule) {
  const std::string officer = token_of("canbo");
  const std::string id = std::to_string(an_);
  auto staged = upload(officer, xlsx({{id, "", "", "2024", "Xuất sắc", "20/12/2024", ""},
                                      {id, "", "", "2025", "Hoàn thành xuất sắc nhiệm vụ", "19/12/2025", ""}}));
  ASSERT_EQ(staged.status, 201u) << staged.body;
  ASSERT_EQ(confirm(officer, parsed(staged)).status, 200u);

  auto r = site_->client()->get("/api/v1/people/" + id + "/eligibility?year=2025", bearer(officer));
  ASSERT_EQ(r.status, 200u) << r.body;
  const json::object e = parsed(r);
  std::map<std::string, json::object> by_code;
  for (const auto& a : e.at("awards").as_array()) by_code[std::string(a.at("code").as_string())] = a.as_object();
  ASSERT_EQ(by_code.size(), 6u);
  // The Prime Minister's Bằng khen counts from an earlier provincial one, which
  // the register does not hold: missing, saying so.
  EXPECT_EQ(by_code.at("BK-TTG").at("verdict"), "missing");
  EXPECT_NE(json::serialize(by_code.at("BK-TTG")).find("Sổ khen thưởng chưa ghi"), std::string::npos);
  // Lao động tiên tiến: the rating is met; discipline is not held yet, so missing.
  const auto& ldtt = by_code.at("LDTT");
  EXPECT_EQ(ldtt.at("verdict"), "missing");
  EXPECT_EQ(ldtt.at("rules").as_array()[0].at("verdict"), "met");
  EXPECT_EQ(ldtt.at("rules").as_array()[0].at("used").as_array()[0],
            "2025: Hoàn thành xuất sắc nhiệm vụ (xếp loại ngày 19/12/2025).");
  EXPECT_EQ(ldtt.at("rules").as_array()[1].at("verdict"), "missing");
  EXPECT_EQ(ldtt.at("rules").as_array()[1].at("to_confirm"), true);
  // Bằng khen: two consecutive excellent years are met.
  EXPECT_EQ(by_code.at("BK-TINH").at("rules").as_array()[0].at("verdict"), "met");
  // 2023 is judged by the rules in force then (Decree 91/2017), not 2024's.
  auto old_law = site_->client()->get("/api/v1/people/" + id + "/eligibility?year=2023", bearer(officer));
  ASSERT_EQ(old_law.status, 200u) << old_law.body;
  const json::object old = parsed(old_law);
  ASSERT_FALSE(old.at("awards").as_array().empty());
  EXPECT_NE(std::string(old.at("awards").as_array()[0].at("rules").as_array()[0].at("citation").as_string())
                .find("Nghị định 91/2017/NĐ-CP"),
            std::string::npos);
  // A year before the first shipped rules (31/7/2017) is judged by no rule
  // set: none is in force, and none is made up.
  auto before_law = site_->client()->get("/api/v1/people/" + id + "/eligibility?year=2016", bearer(officer));
  ASSERT_EQ(before_law.status, 200u) << before_law.body;
  EXPECT_TRUE(parsed(before_law).at("awards").as_array().empty());

  // Rated below the rule this year: not met, with what is wanting.
  const std::string this_year = app::iso_date(site_->services().clock.now()).substr(0, 4);
  auto low = upload(officer, xlsx({{std::to_string(an_), "", "", this_year, "Hoàn thành nhiệm vụ", "", ""}}));
  ASSERT_EQ(low.status, 201u) << low.body;
  ASSERT_EQ(confirm(officer, parsed(low)).status, 200u);
  auto now = site_->client()->get("/api/v1/people/" + id + "/eligibility?year=" + this_year, bearer(officer));
  ASSERT_EQ(now.status, 200u) << now.body;
  const json::object e_now = parsed(now);
  ASSERT_FALSE(e_now.at("awards").as_array().empty());
  const auto& first = e_now.at("awards").as_array()[0].as_object();
  EXPECT_EQ(first.at("code"), "LDTT");
  EXPECT_EQ(first.at("verdict"), "not_met");
  EXPECT_EQ(first.at("rules").as_array()[0].at("wanting").as_array()[0].as_string(),
            this_year + ": Hoàn thành nhiệm vụ, thấp hơn mức yêu cầu.");

  // The page says the same in words, with the citations.
  auto session = site_->session("canbo");
  auto page = session->get("/nhan-su/" + id + "/dieu-kien?nam=2025");
  ASSERT_EQ(page.status, 200u);
  EXPECT_NE(page.body.find("Thiếu dữ liệu để kết luận"), std::string::npos);
  EXPECT_NE(page.body.find("Nghị định 98/2023/NĐ-CP"), std::string::npos);
  EXPECT_NE(page.body.find("cần đối chiếu văn bản gốc"), std::string::npos);

  // Bad years and people one may not see.
  EXPECT_EQ(site_->client()->get("/api/v1/people/" + id + "/eligibility?year=1900", bearer(officer)).status, 422u);
  EXPECT_EQ(site_->client()->get("/api/v1/people/" + std::to_string(other_) + "/eligibility", bearer(officer)).status,
            404u);
  auto staff = site_->session("nhanvien");  // Nguyễn Văn An himself
  EXPECT_EQ(staff->get("/nhan-su/" + id + "/dieu-kien").status, 200u);
  EXPECT_EQ(staff->get("/nhan-su/" + std::to_string(other_) + "/dieu-kien").status, 404u);
  EXPECT_EQ(site_->client()->get("/api/v1/people/" + id + "/eligibility").status, 401u);
}

}  // namespace
}  // namespace thidua::test
