// The spreadsheet imports through the JSON API with a Bearer token: the
// templates download as XLSX; an upload answers its preview (rows, values,
// every problem by row and field with a stable code) and writes nothing; the
// confirmation writes all rows or none, once, for the account that staged
// the file only; files that are not spreadsheets are refused by content.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include "app/access.h"
#include "app/import_registrations.h"
#include "app/import_units.h"
#include "app/people.h"
#include "app/registrations.h"
#include "app/users.h"
#include "io/xlsx_reader.h"
#include "io/xlsx_writer.h"
#include "import_api_fixture.h"
#include "support/test_server.h"

namespace thidua::test {
namespace {

namespace json = boost::json;

constexpr const char* kXlsx = kXlsxType;

class ImportsApiTest : public ImportApiFixture {
 protected:
  ImportsApiTest() : ImportApiFixture("", {}, "imports-api") {}

  void SetUp() override {
    ImportApiFixture::SetUp();
    if (IsSkipped()) return;
    self_person_ = site_->person_id("Nguyễn Văn An");
    own_person_ = add_person("Lê Văn Bình", "1990-03-12", "PTNMT-LN");
  }

  HttpResult upload(const std::string& token, const std::string& target, const std::string& filename,
                    const std::string& type, const std::string& bytes) {
    return upload_to(token, target, filename, type, bytes);
  }
  HttpResult confirm(const std::string& token, const std::string& target) { return post(token, target); }
  static std::string xlsx(const std::vector<std::string>& header, const std::vector<Cells>& rows) {
    return xlsx_with(header, rows);
  }

  int64_t self_person_ = 0, own_person_ = 0;
};

constexpr const char* kRegImports = "/api/v1/campaigns/1/registrations/imports";

TEST_F(ImportsApiTest, RegistrationTemplateIsAWorkbook) {
  auto r = site_->client()->get("/api/v1/campaigns/1/registrations/template.xlsx", bearer(token_of("canbo")));
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("content-type"), kXlsx);
  EXPECT_NE(r.header("content-disposition").find("mau-dang-ky-thi-dua.xlsx"), std::string::npos);
  EXPECT_EQ(r.header("cache-control"), "no-store");  // like every other download
  auto table = io::read_xlsx(r.body);
  ASSERT_TRUE(table.ok()) << table.error().message;
  EXPECT_EQ(table->header, app::registration_import_columns());
  EXPECT_EQ(table->rows.size(), 1u);
}

TEST_F(ImportsApiTest, RegistrationsPreviewThenConfirmAllOrNothing) {
  const std::string officer = token_of("canbo");
  const std::string head = token_of("thutruong");  // of the same unit: may import, but not this import
  const auto& cols = app::registration_import_columns();
  const std::string before = site_->fingerprint();

  // One good row, one naming nobody: the preview shows the bad row's problem
  // on its field, and the confirmation is refused.
  const std::string bad = xlsx(cols, {{std::to_string(own_person_), "", "", "[1] Hoàn thành đúng hạn", "", "", "", ""},
                                      {"999999", "", "", "Chỉ tiêu B", "", "", "", ""}});
  auto preview = upload(officer, kRegImports, "dang-ky.xlsx", kXlsx, bad);
  ASSERT_EQ(preview.status, 201u) << preview.body;
  auto p = parsed(preview);
  EXPECT_EQ(p.at("confirmable"), false);
  EXPECT_EQ(p.at("counts").at("rows"), 2);
  EXPECT_EQ(p.at("counts").at("valid_rows"), 1);
  EXPECT_EQ(p.at("counts").at("invalid_rows"), 1);
  EXPECT_EQ(p.at("counts").at("errors"), 1);
  const auto& rows = p.at("rows").as_array();
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].at("ok"), true);
  EXPECT_EQ(rows[0].at("values").at("person_id"), own_person_);
  EXPECT_EQ(rows[0].at("values").at("targets").as_array().at(0).at("text"), "Hoàn thành đúng hạn");
  EXPECT_TRUE(rows[0].at("errors").as_array().empty());
  EXPECT_EQ(rows[1].at("ok"), false);
  EXPECT_EQ(rows[1].at("row"), 3);
  const auto& issue = rows[1].at("errors").as_array().at(0);
  EXPECT_EQ(issue.at("row"), 3);
  EXPECT_EQ(issue.at("field"), "person_id");
  EXPECT_EQ(issue.at("column"), "Mã người");
  EXPECT_EQ(issue.at("code"), "invalid_value");
  EXPECT_NE(std::string(issue.at("message").as_string()).find("Không có người mã \"999999\""), std::string::npos);
  EXPECT_EQ(site_->fingerprint(), before) << "the preview writes nothing";
  const std::string bad_id(p.at("import_id").as_string());
  auto refused = confirm(officer, std::string(kRegImports) + "/" + bad_id + "/confirm");
  EXPECT_EQ(refused.status, 422u) << refused.body;
  EXPECT_EQ(error_code(refused), "import_has_errors");
  EXPECT_EQ(site_->fingerprint(), before);

  // A good workbook previews, then confirms once, for its own account only.
  const std::string good = xlsx(cols, {{std::to_string(own_person_), "", "", "[1] Hoàn thành đúng hạn\n[2] Số hóa 300 hồ sơ",
                                        "Trực một cửa", "", "", ""},
                                       {std::to_string(self_person_), "", "", "Chỉ tiêu của An", "",
                                        "Sáng kiến của An", "Nội dung", "Hiệu quả"}});
  preview = upload(officer, kRegImports, "dang-ky.xlsx", kXlsx, good);
  ASSERT_EQ(preview.status, 201u) << preview.body;
  p = parsed(preview);
  EXPECT_EQ(p.at("confirmable"), true);
  EXPECT_EQ(p.at("counts").at("valid_rows"), 2);
  EXPECT_EQ(p.at("rows").as_array().at(1).at("values").at("initiatives").as_array().at(0).at("title"),
            "Sáng kiến của An");
  EXPECT_EQ(site_->fingerprint(), before);
  const std::string id(p.at("import_id").as_string());
  const std::string confirm_path = std::string(kRegImports) + "/" + id + "/confirm";

  auto stranger = confirm(head, confirm_path);
  EXPECT_EQ(stranger.status, 404u) << stranger.body;
  EXPECT_EQ(error_code(stranger), "import_not_found");
  EXPECT_EQ(site_->fingerprint(), before) << "another account's import id writes nothing";
  auto other_kind = confirm(officer, "/api/v1/people/imports/" + id + "/confirm");
  EXPECT_EQ(other_kind.status, 404u);
  EXPECT_EQ(error_code(other_kind), "import_not_found");

  auto done = confirm(officer, confirm_path);
  ASSERT_EQ(done.status, 200u) << done.body;
  EXPECT_EQ(parsed(done).at("imported"), 2);
  auto listing = app::list_registrations(site_->services(), site_->actor("canbo"), 1, {});
  ASSERT_TRUE(listing.ok());
  EXPECT_EQ(listing->total, 2);
  for (const auto& r : listing->items) EXPECT_EQ(r.state, core::RegistrationState::kSubmitted);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'registration.import'"), 2);

  auto again = confirm(officer, confirm_path);
  EXPECT_EQ(again.status, 404u);
  EXPECT_EQ(error_code(again), "import_not_found");
  EXPECT_EQ(count("SELECT COUNT(*) FROM registrations WHERE campaign_id = 1"), listing->total);
}

TEST_F(ImportsApiTest, FilesThatAreNotSpreadsheetsAreRefusedByContent) {
  const std::string officer = token_of("canbo");
  const std::string before = site_->fingerprint();
  auto pdf = upload(officer, kRegImports, "dang-ky.xlsx", kXlsx, "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n");
  EXPECT_EQ(pdf.status, 415u) << pdf.body;
  EXPECT_EQ(error_code(pdf), "unsupported_media_type");
  auto xls = upload(officer, "/api/v1/people/imports", "nhan-su.xlsx", kXlsx,
                    std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(64, '\0'));
  EXPECT_EQ(xls.status, 415u) << xls.body;
  auto no_file = site_->client()->post_multipart(kRegImports, {{"note", "x"}}, {}, bearer(officer));
  EXPECT_EQ(no_file.status, 422u);
  EXPECT_EQ(parsed(no_file).at("error").at("field"), "file");
  Headers json_headers = bearer(officer);
  json_headers.emplace_back("Content-Type", "application/json");
  auto as_json = site_->client()->request("POST", kRegImports, "{}", json_headers);
  EXPECT_EQ(as_json.status, 415u);
  EXPECT_EQ(site_->fingerprint(), before);
}

// Every template uploaded as it was downloaded, its example row still in it:
// the row is refused with a message saying so, and nothing can be confirmed
// (issue 13: "Nguyễn Văn An" of the template was imported as a real person).
TEST_F(ImportsApiTest, ATemplatesExampleRowIsNeverImported) {
  for (const auto& [prefix, who] : std::vector<std::pair<std::string, std::string>>{
           {"/api/v1/people", "canbo"},
           {"/api/v1/units", "admin"},
           {"/api/v1/awards", "thuongtruc"},
           {"/api/v1/evaluations", "admin"},
           {"/api/v1/initiatives", "admin"},
           {"/api/v1/discipline", "admin"},
           {"/api/v1/absences", "admin"},
           {"/api/v1/campaigns/1/registrations", "canbo"}}) {
    const std::string token = token_of(who);
    auto tpl = site_->client()->get(prefix + "/template.xlsx", bearer(token));
    ASSERT_EQ(tpl.status, 200u) << prefix;
    auto preview = upload(token, prefix + "/imports", "mau.xlsx", kXlsx, tpl.body);
    ASSERT_EQ(preview.status, 201u) << prefix << ": " << preview.body.substr(0, 300);
    auto p = parsed(preview);
    EXPECT_EQ(p.at("confirmable"), false) << prefix;
    EXPECT_NE(preview.body.find("Dòng này là dòng ví dụ của tệp mẫu"), std::string::npos) << prefix;
  }
}

TEST_F(ImportsApiTest, PeopleImportHappyPath) {
  const std::string officer = token_of("canbo");
  auto tpl = site_->client()->get("/api/v1/people/template.xlsx", bearer(officer));
  ASSERT_EQ(tpl.status, 200u);
  auto table = io::read_xlsx(tpl.body);
  ASSERT_TRUE(table.ok());
  EXPECT_EQ(table->header, app::people_columns());

  const int64_t people = count("SELECT COUNT(*) FROM people");
  const std::string file = xlsx(app::people_columns(),
                                {{"Trần Thị Bích Ngọc", "Nữ", "15/03/1988", "Chuyên viên", "", "Công chức", "", "",
                                  "PTNMT-LN", ""},
                                 {"Phạm Quang Huy", "Nam", "02/09/1991", "Chuyên viên", "", "Viên chức", "", "",
                                  "PTNMT-LN", ""}});
  auto preview = upload(officer, "/api/v1/people/imports", "nhan-su.xlsx", kXlsx, file);
  ASSERT_EQ(preview.status, 201u) << preview.body;
  auto p = parsed(preview);
  ASSERT_EQ(p.at("confirmable"), true) << preview.body;
  const auto& first = p.at("rows").as_array().at(0).at("values");
  EXPECT_EQ(first.at("full_name"), "Trần Thị Bích Ngọc");
  EXPECT_EQ(first.at("gender"), "female");
  EXPECT_EQ(first.at("birth_date"), "1988-03-15");
  EXPECT_EQ(first.at("category"), "civil_servant");
  EXPECT_EQ(first.at("unit_code"), "PTNMT-LN");
  EXPECT_EQ(first.at("unit_id"), site_->unit_id("PTNMT-LN"));
  EXPECT_EQ(count("SELECT COUNT(*) FROM people"), people);

  auto done = confirm(officer, "/api/v1/people/imports/" + std::string(p.at("import_id").as_string()) + "/confirm");
  ASSERT_EQ(done.status, 200u) << done.body;
  EXPECT_EQ(parsed(done).at("imported"), 2);
  EXPECT_EQ(count("SELECT COUNT(*) FROM people"), people + 2);
  EXPECT_GT(site_->person_id("Phạm Quang Huy"), 0);
}

// A unit dissolved or merged takes no one, by import as by the form: the row
// is refused with the form's message and nothing is staged to confirm.
TEST_F(ImportsApiTest, PeopleAreNotImportedIntoAClosedUnit) {
  const std::string admin = token_of("admin");
  {
    auto conn = site_->db().acquire();
    ASSERT_TRUE(conn->exec("UPDATE units SET valid_to = '2025-07-01' WHERE code = 'PTNMT-LN'").ok());
  }
  const int64_t people = count("SELECT COUNT(*) FROM people");
  const std::string file = xlsx(app::people_columns(),
                                {{"Trần Thị Bích Ngọc", "Nữ", "15/03/1988", "Chuyên viên", "", "Công chức", "", "",
                                  "PTNMT-LN", ""},
                                 {"Phạm Quang Huy", "Nam", "02/09/1991", "Chuyên viên", "", "Viên chức", "", "",
                                  "VPDK-LN", ""}});
  auto preview = upload(admin, "/api/v1/people/imports", "nhan-su.xlsx", kXlsx, file);
  ASSERT_EQ(preview.status, 201u) << preview.body;
  auto p = parsed(preview);
  EXPECT_EQ(p.at("confirmable"), false) << preview.body;
  EXPECT_NE(preview.body.find("Đơn vị đã giải thể hoặc sáp nhập"), std::string::npos) << preview.body.substr(0, 800);
  EXPECT_EQ(count("SELECT COUNT(*) FROM people"), people);
}

TEST_F(ImportsApiTest, UnitsImportHappyPath) {
  const std::string admin = token_of("admin");
  auto tpl = site_->client()->get("/api/v1/units/template.xlsx", bearer(admin));
  ASSERT_EQ(tpl.status, 200u);
  EXPECT_EQ(tpl.header("content-type"), kXlsx);
  EXPECT_EQ(tpl.header("cache-control"), "no-store");

  // A unit under the root and one under it, on a later row of the same file.
  const std::string file = xlsx(app::unit_columns(),
                                {{"STNMT-PQH", "Phòng Quy hoạch", "Phòng QH", "Phòng", "STNMT", "", "01/01/2026",
                                  "", ""},
                                 {"STNMT-PQH-TT", "Tổ Dữ liệu", "", "Phòng", "STNMT-PQH", "", "", "", ""}});
  auto preview = upload(admin, "/api/v1/units/imports", "don-vi.xlsx", kXlsx, file);
  ASSERT_EQ(preview.status, 201u) << preview.body;
  auto p = parsed(preview);
  ASSERT_EQ(p.at("confirmable"), true) << preview.body;
  const auto& second = p.at("rows").as_array().at(1).at("values");
  EXPECT_EQ(second.at("code"), "STNMT-PQH-TT");
  EXPECT_EQ(second.at("parent_code"), "STNMT-PQH");
  EXPECT_EQ(count("SELECT COUNT(*) FROM units WHERE code LIKE 'STNMT-PQH%'"), 0);

  auto done = confirm(admin, "/api/v1/units/imports/" + std::string(p.at("import_id").as_string()) + "/confirm");
  ASSERT_EQ(done.status, 200u) << done.body;
  EXPECT_EQ(parsed(done).at("imported"), 2);
  EXPECT_EQ(count("SELECT COUNT(*) FROM units WHERE code LIKE 'STNMT-PQH%'"), 2);
  EXPECT_GT(site_->unit_id("STNMT-PQH-TT"), 0);
}

}  // namespace
}  // namespace thidua::test
