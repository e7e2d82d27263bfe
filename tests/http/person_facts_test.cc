// The facts of a person's years beside the ratings (issue 11 #2):
// recognised initiatives (one row per author), disciplinary measures and long
// absences are imported with a preview and an all-or-nothing confirmation;
// duplicates and bad cells are named with nothing stored; the person's page
// and the API show them; the office declares the years whose records are
// complete, and only then does "no record" read as "none" in the
// eligibility rules. Over real HTTP on both engines.
#include <gtest/gtest.h>

#include <map>

#include "app/clock.h"
#include "app/import_evaluations.h"
#include "app/import_person_facts.h"
#include "import_api_fixture.h"
#include "route_coverage.h"
#include "support/test_server.h"

namespace thidua::test {
namespace {

namespace json = boost::json;

const bool kCovered = cover_routes({
    {"GET", "/du-lieu-nam"},
    {"POST", "/du-lieu-nam"},
    {"GET", "/api/v1/fact-years"},
    {"POST", "/api/v1/fact-years"},
    {"GET", "/nhap-sang-kien"},
    {"POST", "/nhap-sang-kien"},
    {"GET", "/nhap-sang-kien/mau"},
    {"GET", "/nhap-sang-kien/xem-truoc"},
    {"POST", "/nhap-sang-kien/xac-nhan"},
    {"GET", "/api/v1/initiatives/template.xlsx"},
    {"POST", "/api/v1/initiatives/imports"},
    {"GET", "/api/v1/initiatives/imports/{import_id}"},
    {"POST", "/api/v1/initiatives/imports/{import_id}/confirm"},
    {"GET", "/nhap-ky-luat"},
    {"POST", "/nhap-ky-luat"},
    {"GET", "/nhap-ky-luat/mau"},
    {"GET", "/nhap-ky-luat/xem-truoc"},
    {"POST", "/nhap-ky-luat/xac-nhan"},
    {"GET", "/api/v1/discipline/template.xlsx"},
    {"POST", "/api/v1/discipline/imports"},
    {"GET", "/api/v1/discipline/imports/{import_id}"},
    {"POST", "/api/v1/discipline/imports/{import_id}/confirm"},
    {"GET", "/nhap-nghi-dai-ngay"},
    {"POST", "/nhap-nghi-dai-ngay"},
    {"GET", "/nhap-nghi-dai-ngay/mau"},
    {"GET", "/nhap-nghi-dai-ngay/xem-truoc"},
    {"POST", "/nhap-nghi-dai-ngay/xac-nhan"},
    {"GET", "/api/v1/absences/template.xlsx"},
    {"POST", "/api/v1/absences/imports"},
    {"GET", "/api/v1/absences/imports/{import_id}"},
    {"POST", "/api/v1/absences/imports/{import_id}/confirm"},
    {"GET", "/du-dieu-kien"},
    {"GET", "/api/v1/eligibility"},
});

constexpr const char* kInitiatives = "/api/v1/initiatives/imports";
constexpr const char* kDiscipline = "/api/v1/discipline/imports";
constexpr const char* kAbsences = "/api/v1/absences/imports";
constexpr const char* kRatings = "/api/v1/evaluations/imports";
constexpr const char* kAuthority = "Giám đốc Sở Tài nguyên và Môi trường";

class PersonFactsTest : public ImportApiFixture {
 protected:
  PersonFactsTest() : ImportApiFixture("", {}, "person-facts") {}

  void SetUp() override {
    ImportApiFixture::SetUp();
    if (IsSkipped()) return;
    an_ = site_->person_id("Nguyễn Văn An");  // PTNMT-LN, where canbo edits people
    binh_ = add_person("Lê Văn Bình", "1990-03-12", "PTNMT-LN");
    other_ = add_person("Trần Thị Cúc", "1988-07-01", "PTNMT-HH");  // outside canbo's scope
    officer_ = token_of("canbo");
  }

  // Uploads `rows` under the kind's template headings.
  HttpResult stage(const std::string& imports, const std::vector<std::string>& header, const std::vector<Cells>& rows) {
    return upload_to(officer_, imports, "du-lieu.xlsx", kXlsxType, xlsx_with(header, rows));
  }
  HttpResult confirm_at(const std::string& imports, const json::object& preview) {
    return post(officer_, imports + std::string("/") + std::string(preview.at("import_id").as_string()) + "/confirm");
  }
  // Stages and confirms; the test fails unless both succeed.
  void record(const std::string& imports, const std::vector<std::string>& header, const std::vector<Cells>& rows) {
    auto staged = stage(imports, header, rows);
    ASSERT_EQ(staged.status, 201u) << staged.body;
    auto p = parsed(staged);
    ASSERT_EQ(problems(p), std::vector<std::string>{});
    auto done = confirm_at(imports, p);
    ASSERT_EQ(done.status, 200u) << done.body;
  }

  static std::vector<std::string> initiative_header() { return headings_of(app::initiative_import_list_columns()); }
  static std::vector<std::string> discipline_header() { return headings_of(app::discipline_import_list_columns()); }
  static std::vector<std::string> absence_header() { return headings_of(app::absence_import_list_columns()); }

  // An initiative row: kind, title, person id, name, birth, scope, year, decision, date, authority.
  static Cells initiative(int64_t person, const std::string& title, const std::string& scope,
                          const std::string& year, const std::string& decision, const std::string& date) {
    return {"Sáng kiến", title, std::to_string(person), "", "", scope, year, decision, date, kAuthority};
  }

  // The verdicts of one award's rules for a person and year, by the API.
  json::object award(int64_t person, int year, const std::string& code) {
    auto r = site_->client()->get("/api/v1/people/" + std::to_string(person) + "/eligibility?year=" +
                                      std::to_string(year),
                                  bearer(officer_));
    EXPECT_EQ(r.status, 200u) << r.body;
    const json::object answer = parsed(r);
    for (const auto& a : answer.at("awards").as_array()) {
      if (a.at("code").as_string() == code) return a.as_object();
    }
    ADD_FAILURE() << "no award " << code;
    return {};
  }

  // Declares a year complete through the API as the office.
  void declare(const std::string& kind, int year) {
    auto r = site_->client()->request("POST", "/api/v1/fact-years",
                                      json::serialize(json::object{{"kind", kind}, {"year", year}, {"complete", true}}),
                                      {{"Authorization", "Bearer " + token_of("thuongtruc")},
                                       {"Content-Type", "application/json"},
                                       {"Accept", "application/json"}});
    ASSERT_EQ(r.status, 200u) << r.body;
  }

  int64_t an_ = 0, binh_ = 0, other_ = 0;
  std::string officer_;
};

TEST_F(PersonFactsTest, AnInitiativeWithTwoAuthorsIsRecordedOnceAndShown) {
  const std::string before = site_->fingerprint();
  auto staged = stage(kInitiatives, initiative_header(),
                      {initiative(an_, "Số hóa hồ sơ địa chính", "Cơ sở", "2024", "12/QĐ-STNMT", "20/12/2024"),
                       initiative(binh_, "SỐ HÓA HỒ SƠ ĐỊA CHÍNH", "cấp cơ sở", "2024", "12/QĐ-STNMT", "20/12/2024"),
                       initiative(an_, "Bản đồ số đất đai", "Tỉnh", "2025", "3/QĐ-UBND", "15/11/2025")});
  ASSERT_EQ(staged.status, 201u) << staged.body;
  auto p = parsed(staged);
  EXPECT_EQ(problems(p), std::vector<std::string>{});
  EXPECT_EQ(p.at("rows").as_array()[2].at("values").at("scope"), "province");
  EXPECT_EQ(site_->fingerprint(), before) << "the preview writes nothing";
  ASSERT_EQ(confirm_at(kInitiatives, p).status, 200u);
  EXPECT_EQ(count("SELECT count(*) FROM recognised_initiatives"), 2);
  EXPECT_EQ(count("SELECT count(*) FROM recognised_initiative_authors"), 3);

  // The API shows the initiative with both authors on each author's record.
  auto person = site_->client()->get("/api/v1/people/" + std::to_string(binh_), bearer(officer_));
  ASSERT_EQ(person.status, 200u) << person.body;
  const json::object person_json = parsed(person);
  const auto& mine = person_json.at("initiatives").as_array();
  ASSERT_EQ(mine.size(), 1u);
  EXPECT_EQ(mine[0].at("title"), "Số hóa hồ sơ địa chính");
  EXPECT_EQ(mine[0].at("author_ids").as_array().size(), 2u);
  // The page too.
  auto page = site_->session("canbo")->get("/nhan-su/" + std::to_string(an_));
  ASSERT_EQ(page.status, 200u);
  EXPECT_NE(page.body.find("Bản đồ số đất đai"), std::string::npos);
  EXPECT_NE(page.body.find("12/QĐ-STNMT ngày 20/12/2024"), std::string::npos);

  // The same file again: every row is shown as recorded already, nothing added.
  auto again = stage(kInitiatives, initiative_header(),
                     {initiative(an_, "Số hóa hồ sơ địa chính", "Cơ sở", "2024", "12/QĐ-STNMT", "20/12/2024")});
  ASSERT_EQ(again.status, 201u);
  EXPECT_EQ(problems(parsed(again)),
            std::vector<std::string>{"2 title: Sáng kiến này đã được ghi nhận theo quyết định 12/QĐ-STNMT."});
  EXPECT_EQ(confirm_at(kInitiatives, parsed(again)).status, 422u);
  EXPECT_EQ(count("SELECT count(*) FROM recognised_initiatives"), 2);
}

// An initiative whose author rows straddle two chunks of the pipeline (500
// rows): on confirmation the first chunk is written before the second is
// checked, and the second row must add its author, not read as a duplicate.
TEST_F(PersonFactsTest, AnInitiativeAcrossTwoChunksIsOneInitiative) {
  std::vector<Cells> rows;
  for (int i = 1; i <= 499; ++i) {  // data rows 1..499; the pair is data rows 500 and 501
    rows.push_back(initiative(an_, "Sáng kiến số " + std::to_string(i), "Cơ sở", "2024",
                              std::to_string(i) + "/QĐ-STNMT", "20/12/2024"));
  }
  rows.push_back(initiative(an_, "Bản đồ số đất đai", "Cơ sở", "2024", "999/QĐ-STNMT", "20/12/2024"));
  rows.push_back(initiative(binh_, "Bản đồ số đất đai", "Cơ sở", "2024", "999/QĐ-STNMT", "20/12/2024"));
  record(kInitiatives, initiative_header(), rows);
  EXPECT_EQ(count("SELECT count(*) FROM recognised_initiatives"), 500);
  EXPECT_EQ(count("SELECT count(*) FROM recognised_initiative_authors a JOIN recognised_initiatives i "
                  "ON i.id = a.initiative_id WHERE i.decision_number = '999/QĐ-STNMT'"),
            2);
}

TEST_F(PersonFactsTest, BadInitiativeRowsAreNamedAndNothingIsStored) {
  const std::string this_year = std::to_string(app::current_year(site_->services().clock));
  const std::string before = site_->fingerprint();
  auto staged = stage(kInitiatives, initiative_header(),
                      {initiative(an_, "Quy trình một cửa", "Cơ sở", "2024", "7/QĐ-STNMT", "10/12/2024"),
                       initiative(binh_, "Quy trình một cửa", "Tỉnh", "2024", "7/QĐ-STNMT", "10/12/2024"),
                       initiative(an_, "Quy trình một cửa", "Cơ sở", "2024", "7/QĐ-STNMT", "10/12/2024"),
                       initiative(an_, "Kho dữ liệu", "Xã", "2024", "8/QĐ-STNMT", "10/12/2024"),
                       initiative(an_, "Kho dữ liệu 2", "Cơ sở", "2024", "8/QĐ-STNMT", "10/12/2023"),
                       initiative(an_, "", "Cơ sở", "2024", "9/QĐ-STNMT", "10/12/2024"),
                       initiative(other_, "Sổ tay", "Cơ sở", "2024", "9/QĐ-STNMT", "10/12/2024"),
                       {"Bằng sáng chế", "Máy đo", std::to_string(an_), "", "", "Cơ sở", "2024", "9/QĐ-STNMT",
                        "10/12/2024", kAuthority}});
  ASSERT_EQ(staged.status, 201u) << staged.body;
  EXPECT_EQ(problems(parsed(staged)),
            (std::vector<std::string>{
                "3 title: Khác với dòng 2 cùng sáng kiến (cùng tên và số quyết định): loại, phạm vi, năm, ngày và "
                "cơ quan công nhận phải giống nhau.",
                "4 person_id: Tác giả này đã có ở dòng 2 cùng sáng kiến.",
                "5 scope: Phạm vi ảnh hưởng \"Xã\" không hợp lệ: ghi \"Cơ sở\", \"Tỉnh, bộ, ngành\" hoặc \"Toàn "
                "quốc\".",
                "6 decision_date: Ngày quyết định công nhận không thể trước năm công nhận.",
                "7 title: Tên sáng kiến, đề tài không được trống, dài tối đa 500 ký tự.",
                "8 person_id: Không có người mã \"" + std::to_string(other_) + "\" trong các đơn vị bạn phụ trách.",
                "9 kind: Loại \"Bằng sáng chế\" không hợp lệ: ghi \"Sáng kiến\" hoặc \"Đề tài khoa học\".",
            }));
  EXPECT_EQ(confirm_at(kInitiatives, parsed(staged)).status, 422u);
  EXPECT_EQ(site_->fingerprint(), before);
  EXPECT_EQ(count("SELECT count(*) FROM recognised_initiatives"), 0);
  (void)this_year;
}

TEST_F(PersonFactsTest, DisciplineAndAbsencesAreCheckedRecordedAndShown) {
  auto bad = stage(kDiscipline, discipline_header(),
                   {{std::to_string(an_), "", "", "Phê bình", "02/03/2025", "", "5/QĐ-STNMT", "", ""},
                    {std::to_string(an_), "", "", "Cảnh cáo", "02/03/2025", "01/03/2025", "6/QĐ-STNMT", "", ""},
                    {std::to_string(an_), "", "", "Cảnh cáo", "02/03/2025", "", "", "", ""}});
  ASSERT_EQ(bad.status, 201u) << bad.body;
  EXPECT_EQ(problems(parsed(bad)),
            (std::vector<std::string>{
                "2 measure: Hình thức kỷ luật \"Phê bình\" không hợp lệ: ghi \"Khiển trách\", \"Cảnh cáo\", \"Hạ bậc "
                "lương\", \"Giáng chức\", \"Cách chức\" hoặc \"Buộc thôi việc\".",
                "3 ends_on: Ngày hết thời hạn kỷ luật không hợp lệ hoặc trước ngày quyết định.",
                "4 decision_number: Cần số quyết định kỷ luật (tối đa 100 ký tự).",
            }));
  record(kDiscipline, discipline_header(),
         {{std::to_string(an_), "", "", "Khiển trách", "02/03/2025", "01/03/2026", "5/QĐ-STNMT", kAuthority, ""}});
  auto twice = stage(kDiscipline, discipline_header(),
                     {{std::to_string(an_), "", "", "Khiển trách", "02/03/2025", "", "5/QĐ-STNMT", "", ""}});
  EXPECT_EQ(problems(parsed(twice)),
            std::vector<std::string>{"2 decision_number: Quyết định kỷ luật 5/QĐ-STNMT đã được ghi cho người này."});

  auto bad_leave = stage(kAbsences, absence_header(),
                         {{std::to_string(binh_), "", "", "2025", "400", "Việc riêng", ""},
                          {std::to_string(binh_), "", "", "2025", "50", "Du lịch", ""},
                          {std::to_string(binh_), "", "", "2025", "20", "ốm", ""},
                          {std::to_string(binh_), "", "", "2025", "25", "Nghỉ ốm", ""}});
  ASSERT_EQ(bad_leave.status, 201u) << bad_leave.body;
  EXPECT_EQ(problems(parsed(bad_leave)),
            (std::vector<std::string>{
                "2 days: Số ngày nghỉ phải là số nguyên từ 1 đến 366.",
                "3 reason: Lý do \"Du lịch\" không hợp lệ: ghi \"Nghỉ thai sản\", \"Tai nạn lao động\", \"Đi học\", "
                "\"Nghỉ ốm\", \"Việc riêng\" hoặc \"Lý do khác\".",
                "5 reason: Trùng với dòng 4 của tệp.",
            }));
  record(kAbsences, absence_header(),
         {{std::to_string(binh_), "", "", "2025", "120", "Thai sản", ""},
          {"", "Lê Văn Bình", "12/03/1990", "2025", "45", "Việc riêng", "Nghỉ không lương"}});

  auto person = site_->client()->get("/api/v1/people/" + std::to_string(an_), bearer(officer_));
  ASSERT_EQ(person.status, 200u);
  const json::object person_json = parsed(person);
  const auto& measures = person_json.at("discipline").as_array();
  ASSERT_EQ(measures.size(), 1u);
  EXPECT_EQ(measures[0].at("measure"), "reprimand");
  EXPECT_EQ(measures[0].at("ends_on"), "2026-03-01");
  auto page = site_->session("canbo")->get("/nhan-su/" + std::to_string(binh_));
  EXPECT_NE(page.body.find("Việc riêng, nghỉ không lương"), std::string::npos);
  EXPECT_NE(page.body.find("Nghỉ thai sản"), std::string::npos);

  // Lao động tiên tiến 2025: An's reprimand bars it, whatever the declarations;
  // Bình's 45 days of personal leave (the 120 of maternity leave excused) too.
  const auto an_ldtt = award(an_, 2025, "LDTT");
  EXPECT_EQ(an_ldtt.at("rules").as_array()[1].at("verdict"), "not_met");
  EXPECT_EQ(an_ldtt.at("rules").as_array()[1].at("wanting").as_array()[0],
            "2025–2026: bị kỷ luật khiển trách (5/QĐ-STNMT ngày 02/03/2025).");
  const auto binh_ldtt = award(binh_, 2025, "LDTT");
  EXPECT_EQ(binh_ldtt.at("rules").as_array()[2].at("verdict"), "not_met");
  EXPECT_EQ(binh_ldtt.at("rules").as_array()[2].at("wanting").as_array()[0],
            "2025: nghỉ 45 ngày tính vào điều kiện (phải dưới 40 ngày).");
}

TEST_F(PersonFactsTest, NoRecordMeansNoneOnlyInADeclaredYear) {
  record(kInitiatives, initiative_header(),
         {initiative(an_, "Số hóa hồ sơ địa chính", "Cơ sở", "2025", "12/QĐ-STNMT", "20/12/2025")});
  // Chiến sĩ thi đua cơ sở 2025: An's initiative decides; Bình has none, and
  // until the year is declared that is "missing", not "not met".
  EXPECT_EQ(award(an_, 2025, "CSTDCS").at("rules").as_array()[1].at("verdict"), "met");
  EXPECT_EQ(award(binh_, 2025, "CSTDCS").at("rules").as_array()[1].at("verdict"), "missing");
  EXPECT_EQ(award(binh_, 2025, "LDTT").at("rules").as_array()[1].at("verdict"), "missing");

  // The office declares 2025 complete on the page (a unit officer may not).
  auto officer = site_->session("canbo");
  EXPECT_EQ(officer->get("/du-lieu-nam").status, 200u);
  EXPECT_EQ(officer.post_form("/du-lieu-nam", {{"kind", "initiatives"}, {"year", "2025"}, {"hoan-tat", "1"}}).status,
            403u);
  auto office = site_->session("thuongtruc");
  auto hub = office->get("/du-lieu-nam");
  ASSERT_EQ(hub.status, 200u);
  EXPECT_NE(hub.body.find("Xác nhận đã nhập đủ"), std::string::npos);
  auto declared = office.post_form("/du-lieu-nam", {{"kind", "initiatives"}, {"year", "2025"}, {"hoan-tat", "1"}});
  EXPECT_EQ(declared.status, 303u) << declared.body;
  EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'fact_year.declare'"), 1);
  EXPECT_EQ(award(binh_, 2025, "CSTDCS").at("rules").as_array()[1].at("verdict"), "not_met");
  declare("discipline", 2025);
  declare("absences", 2025);
  EXPECT_EQ(award(binh_, 2025, "LDTT").at("rules").as_array()[1].at("verdict"), "met");
  EXPECT_EQ(award(binh_, 2025, "LDTT").at("rules").as_array()[2].at("verdict"), "met");
  // Declaring again changes nothing and records nothing.
  declare("initiatives", 2025);
  EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'fact_year.declare'"), 3);

  // The API lists the declarations; bad requests are named.
  auto list = site_->client()->get("/api/v1/fact-years", bearer(officer_));
  ASSERT_EQ(list.status, 200u);
  EXPECT_EQ(parsed(list).at("items").as_array().size(), 3u);
  EXPECT_EQ(parsed(list).at("may_declare"), false);
  const Headers office_api{{"Authorization", "Bearer " + token_of("thuongtruc")},
                           {"Content-Type", "application/json"},
                           {"Accept", "application/json"}};
  auto bad_kind = site_->client()->request("POST", "/api/v1/fact-years",
                                           R"({"kind":"awards","year":2025,"complete":true})", office_api);
  EXPECT_EQ(bad_kind.status, 422u);
  EXPECT_EQ(parsed(bad_kind).at("error").at("field"), "kind");
  auto bad_year = site_->client()->request("POST", "/api/v1/fact-years",
                                           R"({"kind":"discipline","year":1800,"complete":true})", office_api);
  EXPECT_EQ(bad_year.status, 422u);
  auto extra = site_->client()->request("POST", "/api/v1/fact-years",
                                        R"({"kind":"discipline","year":2025,"complete":true,"x":1})", office_api);
  EXPECT_EQ(extra.status, 400u);
  auto by_officer = site_->client()->request("POST", "/api/v1/fact-years",
                                             R"({"kind":"discipline","year":2025,"complete":false})",
                                             {{"Authorization", "Bearer " + officer_},
                                              {"Content-Type", "application/json"},
                                              {"Accept", "application/json"}});
  EXPECT_EQ(by_officer.status, 403u);

  // Withdrawn, the year is open again.
  auto withdrawn = office.post_form("/du-lieu-nam", {{"kind", "initiatives"}, {"year", "2025"}, {"hoan-tat", "0"}});
  EXPECT_EQ(withdrawn.status, 303u);
  EXPECT_EQ(award(binh_, 2025, "CSTDCS").at("rules").as_array()[1].at("verdict"), "missing");
  EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'fact_year.withdraw'"), 1);
}

TEST_F(PersonFactsTest, OnlyThoseWhoEditPeopleImportTheFacts) {
  const std::map<std::string, std::vector<std::string>> kinds = {
      {"/nhap-sang-kien", {"/api/v1/initiatives"}},
      {"/nhap-ky-luat", {"/api/v1/discipline"}},
      {"/nhap-nghi-dai-ngay", {"/api/v1/absences"}},
  };
  for (const char* user : {"admin", "lanhdao", "thuongtruc", "thutruong", "canbo", "nhanvien"}) {
    const bool may = std::string(user) == "admin" || std::string(user) == "canbo";
    auto session = site_->session(user);
    const std::string token = token_of(user);
    for (const auto& [page, api] : kinds) {
      EXPECT_EQ(session->get(page).status, may ? 200u : 403u) << user << page;
      EXPECT_EQ(session->get(page + "/mau").status, may ? 200u : 403u) << user << page;
      EXPECT_EQ(session.post_multipart(page, {}, {{"file", "x.xlsx", kXlsxType, xlsx_with({"x"}, {})}}).status,
                may ? 422u : 403u)
          << user << page;
      EXPECT_EQ(session->get(page + "/xem-truoc?ma=khong-co").status, may ? 404u : 403u) << user << page;
      EXPECT_EQ(session.post_form(page + "/xac-nhan", {{"token", "khong-co"}}).status, may ? 404u : 403u)
          << user << page;
      EXPECT_EQ(site_->client()->get(api[0] + "/template.xlsx", bearer(token)).status, may ? 200u : 403u) << user;
      EXPECT_EQ(site_->client()->get(api[0] + "/imports/khong-co", bearer(token)).status, may ? 404u : 403u) << user;
      EXPECT_EQ(post(token, api[0] + "/imports/khong-co/confirm").status, may ? 404u : 403u) << user;
    }
    EXPECT_EQ(session->get("/du-lieu-nam").status, std::string(user) == "nhanvien" ? 403u : 200u) << user;
  }
  EXPECT_EQ(site_->client()->get("/api/v1/fact-years").status, 401u);
  EXPECT_EQ(site_->client()->get("/api/v1/absences/template.xlsx").status, 401u);
}

// "Eligible now" (issue 11 #4): one award of a year over the people the
// caller sees, counted by verdict, each verdict's people listed with the line
// that decides, a page at a time; bad parameters are named.
TEST_F(PersonFactsTest, TheEligibleNowListCountsAndExplainsEachPerson) {
  const int64_t dung = add_person("Phạm Văn Dũng", "1985-01-01", "PTNMT-LN");
  record(kRatings, headings_of(app::evaluation_import_list_columns()),
         {{std::to_string(an_), "", "", "2025", "Xuất sắc", "", ""},
          {std::to_string(binh_), "", "", "2025", "Tốt", "", ""},
          {std::to_string(dung), "", "", "2025", "Hoàn thành nhiệm vụ", "", ""}});
  declare("discipline", 2025);
  declare("absences", 2025);
  record(kAbsences, absence_header(), {{std::to_string(binh_), "", "", "2025", "30", "Nghỉ ốm", ""}});

  const std::string base = "/api/v1/eligibility?award=LDTT&year=2025";
  auto met = site_->client()->get(base, bearer(officer_));
  ASSERT_EQ(met.status, 200u) << met.body;
  const json::object m = parsed(met);
  EXPECT_EQ(m.at("name"), "Lao động tiên tiến");
  const auto& counts = m.at("counts").as_object();
  EXPECT_EQ(counts.at("met"), 2);
  EXPECT_EQ(counts.at("not_met"), 1);
  std::vector<std::string> names;
  for (const auto& item : m.at("items").as_array()) names.push_back(std::string(item.at("full_name").as_string()));
  EXPECT_EQ(names, (std::vector<std::string>{"Nguyễn Văn An", "Lê Văn Bình"})) << "in Vietnamese name order";
  EXPECT_EQ(m.at("items").as_array()[0].at("reason"), "2025: Hoàn thành xuất sắc nhiệm vụ.");

  auto not_met = site_->client()->get(base + "&verdict=not_met", bearer(officer_));
  const json::object n = parsed(not_met);
  ASSERT_EQ(n.at("items").as_array().size(), 1u);
  EXPECT_EQ(n.at("items").as_array()[0].at("person_id"), dung);
  EXPECT_EQ(n.at("items").as_array()[0].at("reason"), "2025: Hoàn thành nhiệm vụ, thấp hơn mức yêu cầu.");
  // Those not rated are missing, never "not met"; Cúc, in another district, is not counted at all.
  auto missing = site_->client()->get(base + "&verdict=missing&page_size=200", bearer(officer_));
  const json::object mi = parsed(missing);
  for (const auto& item : mi.at("items").as_array()) {
    EXPECT_NE(item.at("person_id"), other_);
    EXPECT_EQ(item.at("reason"), "2025: chưa có kết quả xếp loại.");
  }
  EXPECT_EQ(static_cast<int64_t>(mi.at("items").as_array().size()), mi.at("counts").at("missing").as_int64());

  // A page at a time.
  auto first = parsed(site_->client()->get(base + "&page_size=1", bearer(officer_)));
  EXPECT_EQ(first.at("items").as_array().size(), 1u);
  EXPECT_EQ(first.at("has_more"), true);
  auto second = parsed(site_->client()->get(base + "&page_size=1&page=2", bearer(officer_)));
  EXPECT_EQ(second.at("items").as_array()[0].at("full_name"), "Lê Văn Bình");
  EXPECT_EQ(second.at("has_more"), false);

  // Bad parameters, units one does not see, people who see no one.
  auto unknown = site_->client()->get("/api/v1/eligibility?award=XYZ&year=2025", bearer(officer_));
  EXPECT_EQ(unknown.status, 422u);
  EXPECT_EQ(parsed(unknown).at("error").at("field"), "award");
  EXPECT_EQ(site_->client()->get(base + "&unit_id=" + std::to_string(site_->unit_id("PTNMT-HH")), bearer(officer_))
                .status,
            404u);
  EXPECT_EQ(site_->client()->get("/api/v1/eligibility?award=LDTT&year=1800", bearer(officer_)).status, 422u);
  EXPECT_EQ(site_->client()->get(base, bearer(token_of("nhanvien"))).status, 403u);
  EXPECT_EQ(site_->client()->get(base).status, 401u);

  // The page shows the same, with its tabs and each person's link.
  auto page = site_->session("canbo")->get("/du-dieu-kien?danh-hieu=LDTT&nam=2025&ket-qua=not_met");
  ASSERT_EQ(page.status, 200u);
  EXPECT_NE(page.body.find("Chưa đủ điều kiện (1)"), std::string::npos);
  EXPECT_NE(page.body.find("/nhan-su/" + std::to_string(dung) + "/dieu-kien?nam=2025"), std::string::npos);
  EXPECT_NE(page.body.find("thấp hơn mức yêu cầu"), std::string::npos);
  EXPECT_EQ(site_->session("nhanvien")->get("/du-dieu-kien").status, 403u);
}

}  // namespace
}  // namespace thidua::test
