// The achievement report file of a nomination over real HTTP on the engine
// under test: attached when the unit nominates (text and/or file), checked by
// content and size (refusals store nothing), audited without the bytes,
// downloaded with safe headers by exactly those who see the nomination, and
// kept, replaced or removed when a returned nomination is resubmitted.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <filesystem>

#include "nomination_fixture.h"

namespace thidua::test {
namespace {

namespace json = boost::json;
using core::NominationState;

const std::string kReportPng = std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\1\0\0\0\1\x08\x06\0\0\0", 26);

class NominationReportTest : public NominationSiteTest {
 protected:
  std::string href(int64_t n) const { return base() + "/" + std::to_string(n); }

  // The nomination's report columns: sha256 ("" when none), file name, text.
  struct ReportColumns {
    std::string sha256, name, text;
  };
  ReportColumns columns(int64_t n) {
    auto conn = site_->db().acquire();
    auto rows = conn->query("SELECT COALESCE(report_sha256, ''), report_file_name, report FROM nominations WHERE id = ?",
                            {n});
    EXPECT_TRUE(rows.ok() && !rows->empty());
    if (!rows.ok() || rows->empty()) return {};
    return {(*rows)[0].str(0), (*rows)[0].str(1), (*rows)[0].str(2)};
  }

  int64_t count(const std::string& sql) {
    auto conn = site_->db().acquire();
    auto rows = conn->query(sql);
    EXPECT_TRUE(rows.ok() && !rows->empty()) << sql;
    return rows.ok() && !rows->empty() ? (*rows)[0].i64(0) : -1;
  }

  // Files under data_dir/files (the file store).
  size_t stored_files() const {
    size_t n = 0;
    std::error_code ec;
    const auto root = site_->data_dir() / "files";
    if (!std::filesystem::exists(root, ec)) return 0;
    for (const auto& e : std::filesystem::recursive_directory_iterator(root)) n += e.is_regular_file();
    return n;
  }

  int64_t newest_nomination() { return count("SELECT COALESCE(MAX(id), 0) FROM nominations"); }

  // Returns a submitted nomination to its unit (the secretariat).
  void send_back(int64_t n) {
    auto done = app::return_nomination(site_->services(), site_->actor("thuongtruc"), kCampaign, n,
                                       "Bổ sung báo cáo thành tích có xác nhận.", version_of(n), meta());
    ASSERT_TRUE(done.ok()) << done.error().message;
  }
};

TEST_F(NominationReportTest, UnitAttachesAFileOnlyReportAndTheSecretariatDownloadsIt) {
  auto canbo = site_->login("canbo");
  Fields form = create_form(add_person(own_unit_));
  for (auto& f : form) {
    if (f.first == "report") f.second = "  ";
  }
  auto created = canbo.post_multipart(base() + "/moi", form,
                                      {{"report_file", "../../Báo cáo thành tích 2023.pdf", "text/html", kReportPdf}});
  ASSERT_EQ(created.status, 303u) << created.body.substr(0, 500);
  const int64_t n = newest_nomination();
  const ReportColumns c = columns(n);
  EXPECT_EQ(c.text, "") << "the file alone is the report";
  EXPECT_EQ(c.sha256.size(), 64u);
  EXPECT_EQ(c.name, "Báo cáo thành tích 2023.pdf") << "directory parts dropped";
  EXPECT_EQ(stored_files(), 1u);

  // The audit entry names the file (name, sha256, size), never its bytes.
  auto conn = site_->db().acquire();
  auto audit = conn->query("SELECT after_json FROM audit_log WHERE action = 'nomination.create' AND entity_id = ?",
                           {std::to_string(n)});
  ASSERT_TRUE(audit.ok() && audit->size() == 1u);
  const json::value after = json::parse((*audit)[0].str(0));
  EXPECT_EQ(std::string(after.at("report_file").at("sha256").as_string()), c.sha256);
  EXPECT_EQ(std::string(after.at("report_file").at("name").as_string()), c.name);
  EXPECT_EQ(after.at("report_file").at("size"), static_cast<int64_t>(kReportPdf.size()));
  EXPECT_EQ((*audit)[0].str(0).find("%PDF"), std::string::npos);

  auto secretariat = site_->login("thuongtruc");
  auto page = secretariat->get(href(n));
  ASSERT_EQ(page.status, 200u);
  EXPECT_NE(page.body.find("href=\"" + href(n) + "/bao-cao\""), std::string::npos) << "the page links the file";
  EXPECT_NE(page.body.find("Báo cáo thành tích 2023.pdf"), std::string::npos);

  auto file = secretariat->get(href(n) + "/bao-cao");
  ASSERT_EQ(file.status, 200u);
  EXPECT_EQ(file.body, kReportPdf);
  EXPECT_EQ(file.header("content-type"), "application/pdf") << "the type found in the content, not the client's";
  EXPECT_EQ(file.header("x-content-type-options"), "nosniff");
  EXPECT_EQ(file.header("content-security-policy"), "sandbox");
  EXPECT_EQ(file.header("content-disposition"),
            "attachment; filename=\"Bao cao thanh tich 2023.pdf\"; "
            "filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20th%C3%A0nh%20t%C3%ADch%202023.pdf");

  // The API shows the file.
  auto api_view = canbo->get(api() + "/" + std::to_string(n));
  ASSERT_EQ(api_view.status, 200u);
  const json::value v = json::parse(api_view.body);
  EXPECT_EQ(std::string(v.at("report_file").at("name").as_string()), c.name);
  EXPECT_EQ(v.at("report_file").at("size"), static_cast<int64_t>(kReportPdf.size()));
}

TEST_F(NominationReportTest, TheApiTakesAReportFileAsMultipart) {
  auto canbo = site_->login("canbo");
  Fields form = create_form(add_person(own_unit_));
  auto created = canbo.post_multipart("/api/v1/campaigns/" + std::to_string(kCampaign) + "/nominations", form,
                                      {{"report_file", "bao-cao.pdf", "application/pdf", kReportPdf}});
  ASSERT_EQ(created.status, 201u) << created.body.substr(0, 500);
  const json::value body = json::parse(created.body);
  EXPECT_EQ(body.at("report_file").at("name"), "bao-cao.pdf");
  EXPECT_EQ(columns(newest_nomination()).sha256.size(), 64u);

  auto wrong = canbo.post_multipart("/api/v1/campaigns/" + std::to_string(kCampaign) + "/nominations",
                                    create_form(add_person(own_unit_)),
                                    {{"report_file", "bao-cao.pdf", "application/pdf", "<html>không phải PDF</html>"}});
  EXPECT_EQ(wrong.status, 415u) << wrong.body;
  EXPECT_EQ(json::parse(wrong.body).at("error").at("code"), "unsupported_media_type");
}

TEST_F(NominationReportTest, OnlyThoseWhoSeeTheNominationGetTheFile) {
  const int64_t own = add_nomination(own_unit_, NominationState::kSubmitted, app::UploadedFile{"bc.pdf", kReportPdf});
  const int64_t other =
      add_nomination(other_unit_, NominationState::kSubmitted, app::UploadedFile{"bc-hh.pdf", kReportPdf});
  for (const char* user : {"lanhdao", "thuongtruc", "thutruong", "canbo"}) {
    EXPECT_EQ(site_->login(user)->get(href(own) + "/bao-cao").status, 200u) << user;
  }
  for (const char* user : {"admin", "hoidong", "nhanvien"}) {
    EXPECT_EQ(site_->login(user)->get(href(own) + "/bao-cao").status, 404u) << user;
  }
  for (const char* user : {"thutruong", "canbo"}) {
    EXPECT_EQ(site_->login(user)->get(href(other) + "/bao-cao").status, 404u) << user << ": another unit's file";
  }
  EXPECT_EQ(site_->login("thuongtruc")->get(href(other) + "/bao-cao").status, 200u);
  EXPECT_EQ(site_->login("thuongtruc")->get("/dot-thi-dua/999/de-nghi/" + std::to_string(own) + "/bao-cao").status,
            404u)
      << "the nomination belongs to campaign 1";
}

TEST_F(NominationReportTest, AFileOfTheWrongTypeByContentIsRefusedAndNothingStored) {
  auto canbo = site_->login("canbo");
  const Fields form = create_form(add_person(own_unit_));
  const std::string before = site_->fingerprint();
  for (const auto& [name, data] : std::vector<std::pair<std::string, std::string>>{
           {"bao-cao.pdf", "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"},
           {"bao-cao.docx", std::string("PK\x05\x06", 4) + std::string(18, '\0')},
           {"bao-cao.pdf", std::string("MZ\x90\0\x03\0\0\0", 8) + "This program cannot be run in DOS mode"}}) {
    auto r = canbo.post_multipart(base() + "/moi", form, {{"report_file", name, "application/pdf", data}});
    EXPECT_EQ(r.status, 415u) << name;
    EXPECT_NE(r.body.find("Loại tệp không được chấp nhận"), std::string::npos) << r.body.substr(0, 300);
    EXPECT_NE(r.body.find("Chấp hành tốt kỷ luật."), std::string::npos) << "the form is shown again, filled in";
  }
  const std::string after = site_->fingerprint();
  EXPECT_TRUE(before == after) << first_difference(before, after);
  EXPECT_EQ(stored_files(), 0u);
}

TEST_F(NominationReportTest, AnOversizedFileIsRefusedAndNothingStored) {
  auto canbo = site_->login("canbo");
  const Fields form = create_form(add_person(own_unit_));
  const int64_t returned = add_nomination(own_unit_, NominationState::kReturned);
  const std::string before = site_->fingerprint();
  site_->services().max_file_bytes = 1000;
  const std::string big = kReportPdf + std::string(2000, ' ');
  auto r = canbo.post_multipart(base() + "/moi", form, {{"report_file", "lon.pdf", "application/pdf", big}});
  EXPECT_EQ(r.status, 413u);
  EXPECT_NE(r.body.find("Tệp “lon.pdf”: Tệp quá lớn"), std::string::npos) << r.body.substr(0, 500);
  EXPECT_NE(r.body.find("<form"), std::string::npos) << "the form is shown again";
  auto again = canbo.post_multipart(href(returned) + "/gui-lai",
                                    {{"version", std::to_string(version_of(returned))}, {"report", "Bản bổ sung."}},
                                    {{"report_file", "lon.pdf", "application/pdf", big}});
  EXPECT_EQ(again.status, 413u);
  const std::string after = site_->fingerprint();
  EXPECT_TRUE(before == after) << first_difference(before, after);
  EXPECT_EQ(stored_files(), 0u);
  EXPECT_EQ(state_of(returned), "returned");
}

TEST_F(NominationReportTest, ResubmissionKeepsReplacesOrRemovesTheFile) {
  auto canbo = site_->login("canbo");
  const int64_t n =
      add_nomination(own_unit_, NominationState::kReturned, app::UploadedFile{"Báo cáo lần 1.pdf", kReportPdf});
  const ReportColumns first = columns(n);
  ASSERT_EQ(first.sha256.size(), 64u);

  // No new file: the stored one is kept.
  auto kept = canbo.post_multipart(href(n) + "/gui-lai",
                                   {{"version", std::to_string(version_of(n))}, {"report", "Đã bổ sung số liệu."}}, {});
  ASSERT_EQ(kept.status, 303u) << kept.body.substr(0, 500);
  EXPECT_EQ(columns(n).sha256, first.sha256);
  EXPECT_EQ(columns(n).name, "Báo cáo lần 1.pdf");
  EXPECT_EQ(columns(n).text, "Đã bổ sung số liệu.");
  EXPECT_EQ(state_of(n), "submitted");

  // A new file replaces it (text may be left out).
  send_back(n);
  auto replaced = canbo.post_multipart(href(n) + "/gui-lai", {{"version", std::to_string(version_of(n))}, {"report", ""}},
                                       {{"report_file", "Bảng tổng hợp.pdf", "application/pdf", kReportPng}});
  ASSERT_EQ(replaced.status, 303u) << replaced.body.substr(0, 500);
  const ReportColumns second = columns(n);
  EXPECT_NE(second.sha256, first.sha256);
  EXPECT_EQ(second.name, "Bảng tổng hợp.png") << "the extension follows the content";
  EXPECT_EQ(second.text, "");
  auto file = site_->login("thuongtruc")->get(href(n) + "/bao-cao");
  ASSERT_EQ(file.status, 200u);
  EXPECT_EQ(file.body, kReportPng);
  EXPECT_EQ(file.header("content-type"), "image/png");
  auto conn = site_->db().acquire();
  auto audit = conn->query(
      "SELECT before_json, after_json FROM audit_log WHERE action = 'nomination.resubmit' AND entity_id = ? "
      "ORDER BY id DESC",
      {std::to_string(n)});
  ASSERT_TRUE(audit.ok() && audit->size() == 2u);
  EXPECT_EQ(std::string(json::parse((*audit)[0].str(0)).at("report_file").at("sha256").as_string()), first.sha256);
  EXPECT_EQ(std::string(json::parse((*audit)[0].str(1)).at("report_file").at("sha256").as_string()), second.sha256);

  // Removing the file with no text left is refused; with text it goes.
  send_back(n);
  const std::string before = site_->fingerprint();
  auto empty = canbo.post_multipart(
      href(n) + "/gui-lai",
      {{"version", std::to_string(version_of(n))}, {"report", ""}, {"remove_report_file", "1"}}, {});
  EXPECT_EQ(empty.status, 422u);
  EXPECT_NE(empty.body.find("Hãy nhập báo cáo thành tích hoặc đính kèm tệp báo cáo"), std::string::npos);
  const std::string after = site_->fingerprint();
  EXPECT_TRUE(before == after) << first_difference(before, after);
  auto removed = canbo.post_multipart(
      href(n) + "/gui-lai",
      {{"version", std::to_string(version_of(n))}, {"report", "Báo cáo bằng văn bản."}, {"remove_report_file", "1"}}, {});
  ASSERT_EQ(removed.status, 303u) << removed.body.substr(0, 500);
  EXPECT_EQ(columns(n).sha256, "");
  EXPECT_EQ(columns(n).name, "");
  EXPECT_EQ(site_->login("thuongtruc")->get(href(n) + "/bao-cao").status, 404u);
}

TEST_F(NominationReportTest, ApiResubmissionKeepsTheFileUnlessAskedToRemoveIt) {
  auto canbo = site_->login("canbo");
  const int64_t n =
      add_nomination(own_unit_, NominationState::kReturned, app::UploadedFile{"Báo cáo lần 1.pdf", kReportPdf});
  const std::string target = api() + "/" + std::to_string(n);
  const std::string sha = columns(n).sha256;
  const std::string before = site_->fingerprint();
  auto bad = canbo.send_json("PUT", target, json::object{{"report", ""}, {"remove_report_file", "yes"}, {"version", version_of(n)}});
  EXPECT_EQ(bad.status, 400u);
  EXPECT_EQ(error_code(bad), "bad_request");
  auto empty = canbo.send_json("PUT", target, json::object{{"report", ""}, {"remove_report_file", true}, {"version", version_of(n)}});
  EXPECT_EQ(empty.status, 422u);
  EXPECT_EQ(error_code(empty), "validation_failed");
  const std::string after = site_->fingerprint();
  EXPECT_TRUE(before == after) << first_difference(before, after);

  auto kept = canbo.send_json("PUT", target, json::object{{"report", ""}, {"version", version_of(n)}});
  ASSERT_EQ(kept.status, 200u) << kept.body;
  EXPECT_EQ(std::string(json::parse(kept.body).at("report_file").at("sha256").as_string()), sha);
  send_back(n);
  auto removed = canbo.send_json("PUT", target, json::object{{"report", "Báo cáo bằng văn bản."}, {"remove_report_file", true},
                                                            {"version", version_of(n)}});
  ASSERT_EQ(removed.status, 200u) << removed.body;
  EXPECT_TRUE(json::parse(removed.body).at("report_file").is_null());
  EXPECT_EQ(columns(n).sha256, "");
}

TEST_F(NominationReportTest, TheResubmissionFormOffersToKeepOrRemoveTheFile) {
  const int64_t n =
      add_nomination(own_unit_, NominationState::kReturned, app::UploadedFile{"Báo cáo lần 1.pdf", kReportPdf});
  auto page = site_->login("canbo")->get(href(n));
  ASSERT_EQ(page.status, 200u);
  EXPECT_NE(page.body.find("enctype=\"multipart/form-data\""), std::string::npos);
  EXPECT_NE(page.body.find("name=\"report_file\""), std::string::npos);
  EXPECT_NE(page.body.find("name=\"remove_report_file\""), std::string::npos);
  auto form = site_->login("canbo")->get(base() + "/moi");
  ASSERT_EQ(form.status, 200u);
  EXPECT_NE(form.body.find("enctype=\"multipart/form-data\""), std::string::npos);
  EXPECT_NE(form.body.find("tối đa 20 MB"), std::string::npos) << "the limit of the file store";
}

}  // namespace
}  // namespace thidua::test
