// The units' campaign work over real HTTP on the engine under test: unit plans
// with files, progress reports with evidence, difficulties and answers; file
// checks by content, size limits, path tricks, and who may download what.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include "app/difficulties.h"
#include "app/progress.h"
#include "app/unit_plans.h"
#include "app/users.h"
#include "unit_work_fixture.h"

namespace thidua::test {
namespace {

namespace json = boost::json;

class UnitWorkTest : public ::testing::Test {
 protected:
  void SetUp() override {
    w_ = std::make_unique<UnitWorkSite>();
    if (!w_->ok()) GTEST_SKIP() << "no test site";
    ln_ = site().unit_id("PTNMT-LN");
    hh_ = site().unit_id("PTNMT-HH");
  }
  TestSite& site() { return *w_->site; }

  std::unique_ptr<UnitWorkSite> w_;
  int64_t ln_ = 0, hh_ = 0;
};

TEST_F(UnitWorkTest, TheApiTakesPlanFilesAndEvidenceAsMultipartWithABearerToken) {
  auto token = app::create_api_token(site().services(), site().actor("canbo"), site().user_id("canbo"), "đồng bộ",
                                     UnitWorkSite::meta());
  ASSERT_TRUE(token.ok());
  const Headers bearer{{"Authorization", "Bearer " + token->secret}};
  auto client = site().client();

  auto plan = client->send_multipart("PUT", "/api/v1/campaigns/1/unit-plans",
                                     {{"unit_id", std::to_string(ln_)}, {"body", "Kế hoạch gửi qua API."}},
                                     {{"file", "ke-hoach.pdf", "application/pdf", kSamplePdf}}, bearer);
  ASSERT_EQ(plan.status, 200u) << plan.body;
  EXPECT_EQ(w_->count("SELECT COUNT(*) FROM unit_plans WHERE file_sha256 IS NOT NULL AND unit_id = " +
                      std::to_string(ln_)),
            1);

  const int64_t t = w_->target(ln_);
  const std::string url = "/api/v1/campaigns/1/targets/" + std::to_string(t) + "/progress";
  auto wrong = client->post_multipart(url, {{"status", "in_progress"}, {"percent", "40"}},
                                      {{"files", "minh-chung.pdf", "application/pdf", "MZ\x90\0 not a pdf"}}, bearer);
  EXPECT_EQ(wrong.status, 415u) << wrong.body;
  EXPECT_EQ(json::parse(wrong.body).at("error").at("code"), "unsupported_media_type");
  EXPECT_EQ(w_->count("SELECT COUNT(*) FROM progress_reports WHERE target_id = " + std::to_string(t)), 0);

  auto ok = client->post_multipart(url, {{"status", "in_progress"}, {"percent", "40"}, {"note", "Đã làm 40%."}},
                                   {{"files", "minh-chung.pdf", "application/pdf", kSamplePdf}}, bearer);
  ASSERT_EQ(ok.status, 201u) << ok.body;
  auto history = client->get(url, bearer);
  ASSERT_EQ(history.status, 200u);
  auto items = json::parse(history.body).at("items").as_array();
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].at("percent"), 40);
  EXPECT_EQ(items[0].at("evidence").as_array().size(), 1u);
}

TEST_F(UnitWorkTest, DemoUnitsTakePartInTheSeedCampaign) {
  EXPECT_EQ(w_->count("SELECT COUNT(*) FROM campaign_units WHERE campaign_id = 1 AND unit_id = " + std::to_string(ln_)), 1);
  EXPECT_EQ(w_->count("SELECT COUNT(*) FROM campaign_units WHERE campaign_id = 1 AND unit_id = " + std::to_string(hh_)), 1);
}

TEST_F(UnitWorkTest, UnitOfficerSubmitsAPlanWithAFileAndTrackersFollow) {
  auto canbo = site().login("canbo");
  auto page = canbo->get("/dot-thi-dua/1/ke-hoach-don-vi");
  ASSERT_EQ(page.status, 200u);
  EXPECT_NE(page.body.find("Nộp kế hoạch"), std::string::npos);
  auto saved = canbo.post_multipart("/dot-thi-dua/1/ke-hoach-don-vi",
                                    {{"unit_id", std::to_string(ln_)}, {"body", "Triển khai đến toàn thể công chức."}},
                                    {{"file", "Kế hoạch LN.pdf", "application/octet-stream", kSamplePdf}});
  ASSERT_EQ(saved.status, 303u) << saved.body;
  EXPECT_EQ(saved.header("location"), "/dot-thi-dua/1/ke-hoach-don-vi?da-luu=1");
  EXPECT_EQ(w_->count("SELECT COUNT(*) FROM audit_log WHERE action = 'unit_plan.submit'"), 1);
  EXPECT_EQ(w_->stored_files(), 1u);

  auto leader = site().login("lanhdao");
  auto listing = leader->get("/dot-thi-dua/1/ke-hoach-don-vi?trang-thai=da-nop");
  ASSERT_EQ(listing.status, 200u);
  EXPECT_NE(listing.body.find("Kế hoạch LN.pdf"), std::string::npos);
  EXPECT_EQ(listing.body.find("Nộp kế hoạch</button>"), std::string::npos) << "trackers get no form";

  const int64_t plan = w_->count("SELECT id FROM unit_plans WHERE unit_id = " + std::to_string(ln_));
  const std::string href = "/dot-thi-dua/1/ke-hoach-don-vi/" + std::to_string(plan) + "/tep";
  auto file = leader->get(href);
  ASSERT_EQ(file.status, 200u);
  EXPECT_EQ(file.body, kSamplePdf);
  EXPECT_EQ(file.header("content-type"), "application/pdf");
  EXPECT_EQ(file.header("content-disposition"),
            "attachment; filename=\"Ke hoach LN.pdf\"; filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%20LN.pdf");
  EXPECT_EQ(canbo->get(href).status, 200u);
  EXPECT_EQ(site().login("nhanvien")->get(href).status, 404u) << "staff do not see the unit's plan file";
  EXPECT_EQ(site().login("hoidong")->get(href).status, 404u);

  // The API shows the same, and PUT replaces the text keeping the file.
  auto api = canbo.send_json("PUT", "/api/v1/campaigns/1/unit-plans", json::object{{"body", "Bản sửa."}});
  ASSERT_EQ(api.status, 200u) << api.body;
  auto list = leader->get("/api/v1/campaigns/1/unit-plans?submitted=true");
  ASSERT_EQ(list.status, 200u);
  auto items = json::parse(list.body).at("items").as_array();
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].at("plan").at("body"), "Bản sửa.");
  EXPECT_EQ(items[0].at("plan").at("version"), 2);
  EXPECT_EQ(items[0].at("plan").at("file").at("media_type"), "application/pdf");
}

TEST_F(UnitWorkTest, FileOfTheWrongTypeByContentIsRefusedAndNothingStored) {
  auto canbo = site().login("canbo");
  const int64_t t = w_->target(ln_);
  const std::string before = site().fingerprint();
  for (const auto& [name, data] : std::vector<std::pair<std::string, std::string>>{
           {"ke-hoach.pdf", "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"},
           {"ke-hoach.pdf", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"},
           {"ke-hoach.pdf", std::string("MZ\x90\0\x03\0\0\0", 8) + "This program cannot be run in DOS mode"},
           {"ke-hoach.docx", std::string("PK\x05\x06", 4) + std::string(18, '\0')}}) {
    auto r = canbo.post_multipart("/dot-thi-dua/1/ke-hoach-don-vi", {{"unit_id", std::to_string(ln_)}, {"body", "x"}},
                                  {{"file", name, "application/pdf", data}});
    EXPECT_EQ(r.status, 415u) << name;
    EXPECT_NE(r.body.find("Loại tệp không được chấp nhận"), std::string::npos) << r.body.substr(0, 300);
  }
  auto api = canbo.post_multipart("/dot-thi-dua/1/tien-do/chi-tieu/" + std::to_string(t),
                                  {{"status", "in_progress"}, {"percent", "10"}},
                                  {{"files", "a.pdf", "application/pdf", kSamplePdf},
                                   {"files", "b.pdf", "application/pdf", "<html></html>"}});
  EXPECT_EQ(api.status, 415u) << "one bad file refuses the whole report";
  const std::string after = site().fingerprint();
  EXPECT_TRUE(before == after) << first_difference(before, after);
  EXPECT_EQ(w_->count("SELECT COUNT(*) FROM progress_reports"), 0);
  EXPECT_EQ(w_->count("SELECT COUNT(*) FROM files"), 0);
  EXPECT_EQ(w_->stored_files(), 0u) << "the good file of the refused report was not kept either";
}

TEST_F(UnitWorkTest, OversizedUploadsAreRefusedAndNothingStored) {
  auto canbo = site().login("canbo");
  const std::string before = site().fingerprint();
  // Over the server's upload limit (1 MiB in tests): refused while parsing the form.
  std::string big = kSamplePdf + std::string((1u << 20) + 10, ' ');
  auto r = canbo.post_multipart("/dot-thi-dua/1/ke-hoach-don-vi", {{"unit_id", std::to_string(ln_)}},
                                {{"file", "lon.pdf", "application/pdf", big}});
  EXPECT_EQ(r.status, 413u);
  EXPECT_NE(r.body.find("quá lớn"), std::string::npos);
  // Over the file store's own limit.
  site().services().max_file_bytes = 1000;
  auto r2 = canbo.post_multipart("/dot-thi-dua/1/ke-hoach-don-vi", {{"unit_id", std::to_string(ln_)}},
                                 {{"file", "vua.pdf", "application/pdf", kSamplePdf + std::string(2000, ' ')}});
  EXPECT_EQ(r2.status, 413u);
  EXPECT_NE(r2.body.find("Tệp “vua.pdf”: Tệp quá lớn"), std::string::npos) << r2.body.substr(0, 500);
  EXPECT_NE(r2.body.find("<form"), std::string::npos) << "the form is shown again";
  const std::string after = site().fingerprint();
  EXPECT_TRUE(before == after) << first_difference(before, after);
  EXPECT_EQ(w_->stored_files(), 0u);
}

TEST_F(UnitWorkTest, PathTricksInFileNamesNeverLeaveTheFileStore) {
  auto canbo = site().login("canbo");
  const int64_t t = w_->target(ln_);
  const auto before = w_->data_files();
  auto r = canbo.post_multipart("/dot-thi-dua/1/tien-do/chi-tieu/" + std::to_string(t),
                                {{"status", "in_progress"}, {"percent", "30"}, {"note", "Có minh chứng"}},
                                {{"files", "../../../../tmp/thidua-evil.pdf", "application/pdf", kSamplePdf},
                                 {"files", "..\\..\\x.docx", "application/pdf", kSamplePng},
                                 {"files", "a\x01" "b\x7F\t.pdf", "application/pdf", kSamplePdf + " "}});
  ASSERT_EQ(r.status, 303u) << r.body.substr(0, 400);
  auto after = w_->data_files();
  EXPECT_EQ(after.size(), before.size() + 3);
  for (const auto& f : after) {
    if (std::find(before.begin(), before.end(), f) != before.end()) continue;
    EXPECT_EQ(f.rfind("files/", 0), 0u) << f;
    EXPECT_EQ(f.find(".."), std::string::npos) << f;
  }
  EXPECT_FALSE(std::filesystem::exists("/tmp/thidua-evil.pdf"));
  auto conn = site().db().acquire();
  auto rows = conn->query("SELECT e.file_name, f.media_type FROM evidence e JOIN files f ON f.sha256 = e.file_sha256 "
                          "ORDER BY e.id");
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 3u);
  EXPECT_EQ((*rows)[0].str(0), "thidua-evil.pdf");
  EXPECT_EQ((*rows)[1].str(0), "x.png") << "a PNG sent as .docx is kept as a PNG";
  EXPECT_EQ((*rows)[1].str(1), "image/png");
  EXPECT_EQ((*rows)[2].str(0), "ab.pdf");
}

TEST_F(UnitWorkTest, ProgressReportUpdatesTheTargetInOneAuditedStep) {
  auto canbo = site().login("canbo");
  const int64_t t = w_->target(ln_);
  const std::string page = "/dot-thi-dua/1/tien-do/chi-tieu/" + std::to_string(t);
  auto r = canbo.post_multipart(page, {{"status", "in_progress"}, {"percent", "60"}, {"note", "Đã giải quyết 60 hồ sơ"}},
                                {{"files", "bien-ban.pdf", "application/pdf", kSamplePdf},
                                 {"files", "anh.pdf", "application/pdf", kSamplePng}});
  ASSERT_EQ(r.status, 303u) << r.body.substr(0, 400);
  auto conn = site().db().acquire();
  auto target = conn->query("SELECT progress_status, progress_percent, progress_note, progress_at "
                            "FROM registration_targets WHERE id = ?", {t});
  ASSERT_TRUE(target.ok());
  EXPECT_EQ((*target)[0].str(0), "in_progress");
  EXPECT_EQ((*target)[0].i64(1), 60);
  EXPECT_EQ((*target)[0].str(2), "Đã giải quyết 60 hồ sơ");
  EXPECT_FALSE((*target)[0].is_null(3));
  EXPECT_EQ(w_->count("SELECT COUNT(*) FROM evidence"), 2);
  EXPECT_EQ(w_->count("SELECT COUNT(*) FROM audit_log WHERE action = 'progress.report'"), 1);

  auto shown = canbo->get(page);
  ASSERT_EQ(shown.status, 200u);
  EXPECT_NE(shown.body.find("Đang thực hiện"), std::string::npos);
  EXPECT_NE(shown.body.find("anh.png"), std::string::npos);

  auto history = canbo->get("/api/v1/campaigns/1/targets/" + std::to_string(t) + "/progress");
  ASSERT_EQ(history.status, 200u);
  auto body = json::parse(history.body);
  EXPECT_EQ(body.at("target").at("progress_percent"), 60);
  EXPECT_EQ(body.at("items").as_array()[0].at("evidence").as_array().size(), 2u);

  // Bad input: re-shown with a Vietnamese message, nothing changed.
  const std::string before = site().fingerprint();
  auto bad = canbo.post_form(page, {{"status", "done"}, {"percent", "90"}});
  EXPECT_EQ(bad.status, 422u);
  EXPECT_NE(bad.body.find("Chỉ tiêu đã hoàn thành thì tỷ lệ hoàn thành là 100%."), std::string::npos);
  auto bad_api = canbo.send_json("POST", "/api/v1/campaigns/1/targets/" + std::to_string(t) + "/progress",
                                 json::object{{"status", "finished"}, {"percent", 100}});
  EXPECT_EQ(bad_api.status, 422u);
  EXPECT_EQ(json::parse(bad_api.body).at("error").at("field"), "status");
  auto not_number = canbo.send_json("POST", "/api/v1/campaigns/1/targets/" + std::to_string(t) + "/progress",
                                    json::object{{"status", "done"}, {"percent", "100"}});
  EXPECT_EQ(not_number.status, 400u);
  const std::string after = site().fingerprint();
  EXPECT_TRUE(before == after) << first_difference(before, after);

  auto ok = canbo.send_json("POST", "/api/v1/campaigns/1/targets/" + std::to_string(t) + "/progress",
                            json::object{{"status", "done"}, {"percent", 100}, {"note", "Xong"}});
  EXPECT_EQ(ok.status, 201u) << ok.body;
}

TEST_F(UnitWorkTest, ProgressOverviewListsTheTargetsEachRoleSees) {
  w_->target(ln_);
  w_->target(hh_);
  w_->target(ln_, site().person_id("Nguyễn Văn An"));
  w_->target(site().unit_id("PTNMT-LG"), std::nullopt, "submitted");  // not approved: not listed
  auto targets_seen = [&](const std::string& user) {
    auto r = site().login(user)->get("/dot-thi-dua/1/tien-do");
    EXPECT_EQ(r.status, 200u) << user;
    size_t n = 0;
    for (size_t at = r.body.find("/tien-do/chi-tieu/"); at != std::string::npos;
         at = r.body.find("/tien-do/chi-tieu/", at + 1)) {
      ++n;
    }
    return n;
  };
  EXPECT_EQ(targets_seen("lanhdao"), 3u);
  EXPECT_EQ(targets_seen("thuongtruc"), 3u);
  EXPECT_EQ(targets_seen("canbo"), 2u) << "Lục Nam's collective and individual registrations";
  EXPECT_EQ(targets_seen("thutruong"), 2u);
  EXPECT_EQ(targets_seen("nhanvien"), 1u) << "only their own registration";
  EXPECT_EQ(targets_seen("hoidong"), 0u);
}

TEST_F(UnitWorkTest, ProgressOnlyOnApprovedRegistrations) {
  auto canbo = site().login("canbo");
  const int64_t t = w_->target(ln_, std::nullopt, "submitted");
  auto r = canbo.post_form("/dot-thi-dua/1/tien-do/chi-tieu/" + std::to_string(t),
                           {{"status", "in_progress"}, {"percent", "10"}});
  EXPECT_EQ(r.status, 409u);
  EXPECT_NE(r.body.find("đã được thủ trưởng đơn vị duyệt"), std::string::npos);
}

TEST_F(UnitWorkTest, EvidenceDownloadsOnlyForThoseWhoSeeTheRegistration) {
  const int64_t other = w_->target(hh_);
  app::ProgressInput in{"in_progress", 20, "Hiệp Hòa", {{"anh.png", kSamplePng}}};
  auto report = app::report_progress(site().services(), app::system_actor(), 1, other, in, UnitWorkSite::meta());
  ASSERT_TRUE(report.ok()) << report.error().message;
  const int64_t ev = w_->count("SELECT MAX(id) FROM evidence");
  const std::string href = "/dot-thi-dua/1/minh-chung/" + std::to_string(ev);

  EXPECT_EQ(site().login("canbo")->get(href).status, 404u) << "another unit's evidence";
  EXPECT_EQ(site().login("thutruong")->get(href).status, 404u);
  EXPECT_EQ(site().login("nhanvien")->get(href).status, 404u);
  EXPECT_EQ(site().login("canbo")->get("/dot-thi-dua/1/tien-do/chi-tieu/" + std::to_string(other)).status, 404u);
  EXPECT_EQ(site().login("canbo")->get("/dot-thi-dua/999/minh-chung/" + std::to_string(ev)).status, 404u);
  auto leader = site().login("thuongtruc")->get(href);
  ASSERT_EQ(leader.status, 200u);
  EXPECT_EQ(leader.body, kSamplePng);
  EXPECT_EQ(leader.header("content-type"), "image/png");
  EXPECT_EQ(leader.header("x-content-type-options"), "nosniff");
  EXPECT_EQ(leader.header("content-security-policy"), "sandbox");
  EXPECT_EQ(leader.header("content-disposition").rfind("attachment; filename=\"anh.png\"", 0), 0u);
  EXPECT_EQ(site().login("lanhdao")->get(href).status, 200u);

  // The individual registration of nhanvien: the person sees and reports.
  const int64_t self = w_->target(ln_, site().person_id("Nguyễn Văn An"));
  auto nhanvien = site().login("nhanvien");
  auto mine = nhanvien.post_multipart("/dot-thi-dua/1/tien-do/chi-tieu/" + std::to_string(self),
                                      {{"status", "in_progress"}, {"percent", "50"}},
                                      {{"files", "sang-kien.pdf", "", kSamplePdf}});
  ASSERT_EQ(mine.status, 303u) << mine.body.substr(0, 300);
  const int64_t own_ev = w_->count("SELECT MAX(id) FROM evidence");
  EXPECT_EQ(nhanvien->get("/dot-thi-dua/1/minh-chung/" + std::to_string(own_ev)).status, 200u);
  EXPECT_EQ(site().login("canbo")->get("/dot-thi-dua/1/minh-chung/" + std::to_string(own_ev)).status, 200u);
  EXPECT_EQ(site().login("hoidong")->get("/dot-thi-dua/1/minh-chung/" + std::to_string(own_ev)).status, 404u);
}

TEST_F(UnitWorkTest, DifficultiesRaisedByUnitsAndAnsweredByTheSecretariat) {
  auto canbo = site().login("canbo");
  auto raised = canbo.post_form("/dot-thi-dua/1/kho-khan",
                                {{"title", "Chưa có mẫu báo cáo"}, {"body", "Đề nghị hướng dẫn mẫu báo cáo quý."}});
  ASSERT_EQ(raised.status, 303u) << raised.body.substr(0, 300);
  auto empty = canbo.post_form("/dot-thi-dua/1/kho-khan", {{"title", "  "}});
  EXPECT_EQ(empty.status, 422u);
  EXPECT_NE(empty.body.find("Hãy nhập tiêu đề"), std::string::npos);
  const int64_t d = w_->count("SELECT MAX(id) FROM difficulties");
  ASSERT_TRUE(app::raise_difficulty(site().services(), app::system_actor(), 1, {hh_, "Hiệp Hòa vướng", ""},
                                    UnitWorkSite::meta()).ok());

  auto secretariat = site().login("thuongtruc");
  auto all = secretariat->get("/dot-thi-dua/1/kho-khan?trang-thai=chua-tra-loi");
  ASSERT_EQ(all.status, 200u);
  EXPECT_NE(all.body.find("Chưa có mẫu báo cáo"), std::string::npos);
  EXPECT_NE(all.body.find("Hiệp Hòa vướng"), std::string::npos);
  auto mine = canbo->get("/dot-thi-dua/1/kho-khan");
  EXPECT_EQ(mine.body.find("Hiệp Hòa vướng"), std::string::npos) << "units see only theirs";

  const std::string answer_href = "/dot-thi-dua/1/kho-khan/" + std::to_string(d) + "/tra-loi";
  EXPECT_EQ(canbo.post_form(answer_href, {{"answer", "Tự trả lời"}}).status, 403u);
  EXPECT_EQ(site().login("lanhdao").post_form(answer_href, {{"answer", "Lãnh đạo"}}).status, 403u);
  auto answered = secretariat.post_form(answer_href, {{"answer", "Dùng mẫu số 02 ban hành kèm Kế hoạch."}});
  ASSERT_EQ(answered.status, 303u);
  auto seen = canbo->get("/dot-thi-dua/1/kho-khan?trang-thai=da-tra-loi");
  EXPECT_NE(seen.body.find("Dùng mẫu số 02 ban hành kèm Kế hoạch."), std::string::npos);
  EXPECT_EQ(w_->count("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'difficulty.%'"), 3);

  auto api = canbo.send_json("POST", "/api/v1/campaigns/1/difficulties", json::object{{"title", "Qua API"}});
  ASSERT_EQ(api.status, 201u) << api.body;
  const int64_t api_id = json::parse(api.body).at("id").as_int64();
  auto open = secretariat->get("/api/v1/campaigns/1/difficulties?answered=false");
  ASSERT_EQ(open.status, 200u);
  EXPECT_EQ(json::parse(open.body).at("total"), 2);
  auto ans = secretariat.send_json("POST", "/api/v1/campaigns/1/difficulties/" + std::to_string(api_id) + "/answer",
                                   json::object{{"answer", "Đã rõ."}});
  EXPECT_EQ(ans.status, 200u) << ans.body;
  auto missing = secretariat.send_json("POST", "/api/v1/campaigns/1/difficulties/99999/answer",
                                       json::object{{"answer", "x"}});
  EXPECT_EQ(missing.status, 404u);
  EXPECT_EQ(json::parse(missing.body).at("error").at("code"), "not_found");
}

// Past 500 units an officer may raise for (a ministry's), the unit is typed by
// code, those beyond the 200 the form once listed included.
TEST_F(UnitWorkTest, AnOfficeOfMoreThanFiveHundredUnitsRaisesADifficultyByCode) {
  site().add_sub_units("PTNMT-LN", 520, "LN-TO", "Tổ công tác số ");
  {
    auto conn = site().db().acquire();
    ASSERT_TRUE(conn->exec("INSERT INTO campaign_units (campaign_id, unit_id) SELECT 1, id FROM units WHERE code LIKE "
                           "'LN-TO%'")
                    .ok());
  }
  auto canbo = site().login("canbo");
  auto page = canbo->get("/dot-thi-dua/1/kho-khan");
  ASSERT_EQ(page.status, 200u);
  EXPECT_EQ(page.body.find("<select id=\"unit_id\""), std::string::npos);
  EXPECT_NE(page.body.find("<input id=\"unit_id\" name=\"unit_code\" value=\"\" maxlength=\"64\" required"),
            std::string::npos);

  const int64_t before = w_->count("SELECT COUNT(*) FROM difficulties");
  auto unknown = canbo.post_form("/dot-thi-dua/1/kho-khan", {{"unit_code", "KHONG-CO"},
                                                             {"title", "Thiếu máy đo"},
                                                             {"body", "Tổ chưa có máy đo đạc."}});
  EXPECT_EQ(unknown.status, 422u);
  EXPECT_NE(unknown.body.find("Không có đơn vị nào mã “KHONG-CO” trong phạm vi bạn được xem."), std::string::npos);
  EXPECT_NE(unknown.body.find("name=\"unit_code\" value=\"KHONG-CO\" maxlength=\"64\" required aria-invalid"),
            std::string::npos);
  EXPECT_NE(unknown.body.find("value=\"Thiếu máy đo\""), std::string::npos) << "the title is kept";
  EXPECT_EQ(w_->count("SELECT COUNT(*) FROM difficulties"), before);

  // A unit the officer sees but does not act for: the form again.
  ASSERT_TRUE(site().grant("canbo", core::Role::kCouncilMember, "STNMT"));
  auto not_offered = canbo.post_form("/dot-thi-dua/1/kho-khan", {{"unit_code", "PTNMT-HH"},
                                                                 {"title", "Thiếu máy đo"},
                                                                 {"body", "Tổ chưa có máy đo đạc."}});
  EXPECT_EQ(not_offered.status, 422u) << not_offered.body.substr(0, 400);
  EXPECT_NE(not_offered.body.find("(mã PTNMT-HH) ở mục này."), std::string::npos);
  EXPECT_EQ(w_->count("SELECT COUNT(*) FROM difficulties"), before);

  auto raised = canbo.post_form("/dot-thi-dua/1/kho-khan", {{"unit_code", "LN-TO450"},
                                                            {"title", "Thiếu máy đo"},
                                                            {"body", "Tổ chưa có máy đo đạc."}});
  ASSERT_EQ(raised.status, 303u) << raised.body.substr(0, 400);
  EXPECT_EQ(w_->count("SELECT unit_id FROM difficulties ORDER BY id DESC LIMIT 1"), site().unit_id("LN-TO450"));
}

TEST_F(UnitWorkTest, UnitsCannotActForOtherUnits) {
  auto canbo = site().login("canbo");
  auto leader_session = site().login("lanhdao");
  const std::string before = site().fingerprint();
  auto plan = canbo.send_json("PUT", "/api/v1/campaigns/1/unit-plans",
                              json::object{{"unit_id", hh_}, {"body", "Kế hoạch hộ đơn vị khác"}});
  EXPECT_EQ(plan.status, 404u);
  auto diff = canbo.post_form("/dot-thi-dua/1/kho-khan", {{"unit_id", std::to_string(hh_)}, {"title", "Giả danh"}});
  EXPECT_EQ(diff.status, 404u);
  auto leader = leader_session.send_json("PUT", "/api/v1/campaigns/1/unit-plans",
                                                  json::object{{"unit_id", ln_}, {"body", "x"}});
  EXPECT_EQ(leader.status, 403u) << "trackers see the unit but do not submit for it";
  const std::string after = site().fingerprint();
  EXPECT_TRUE(before == after) << first_difference(before, after);
}

}  // namespace
}  // namespace thidua::test
