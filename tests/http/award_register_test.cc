// The award register's past (issue 11 #1): the emulation office imports the
// awards of earlier years from XLSX with a preview and an all-or-nothing
// confirmation; entries join the register beside issued awards, carry the
// unit's name in force on the decision's date, are found by authority and
// source and exported; duplicates (of the register or of earlier rows) are
// shown, never added; every refused file leaves the database as it was.
// Over real HTTP on both engines.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include <array>
#include <map>

#include "app/access.h"
#include "app/clock.h"
#include "app/import_awards.h"
#include "app/org.h"
#include "app/people.h"
#include "app/users.h"
#include "io/xlsx_reader.h"
#include "io/xlsx_writer.h"
#include "matrix_outcomes.h"
#include "route_coverage.h"
#include "app/audit.h"
#include "import_api_fixture.h"
#include "support/test_server.h"

namespace thidua::test {
namespace {

namespace json = boost::json;

const bool kCovered = cover_routes({
    {"GET", "/khen-thuong/xuat"},
    {"GET", "/khen-thuong/nhap"},
    {"POST", "/khen-thuong/nhap"},
    {"GET", "/khen-thuong/nhap/mau"},
    {"GET", "/khen-thuong/nhap/xem-truoc"},
    {"POST", "/khen-thuong/nhap/xac-nhan"},
    {"GET", "/api/v1/awards/template.xlsx"},
    {"POST", "/api/v1/awards/imports"},
    {"GET", "/api/v1/awards/imports/{import_id}"},
    {"POST", "/api/v1/awards/imports/{import_id}/confirm"},
});

class AwardRegisterTest : public ImportApiFixture {
 protected:
  AwardRegisterTest()
      : ImportApiFixture("/api/v1/awards/imports", headings_of(app::award_import_list_columns()), "award-register") {}

  void SetUp() override {
    ImportApiFixture::SetUp();
    if (IsSkipped()) return;
    an_ = site_->person_id("Nguyễn Văn An");  // PTNMT-LN
    binh_ = add_person("Lê Văn Bình", "1990-03-12", "PTNMT-LN");
  }

  // A row of the template: subject, person id, name, birth, unit code, award,
  // year, decision, decision date, authority, level, occasion.
  static Cells individual(const std::string& person_id, const std::string& award, const std::string& year,
                          const std::string& decision, const std::string& date) {
    return {"Cá nhân", person_id, "", "", "", award, year, decision, date, "Giám đốc Sở Tài nguyên và Môi trường",
            "Cơ sở", "Hằng năm"};
  }

  int64_t an_ = 0, binh_ = 0;
};

TEST_F(AwardRegisterTest, PastAwardsArePreviewedThenJoinTheRegister) {
  const std::string office = token_of("thuongtruc");
  const int64_t before = count("SELECT count(*) FROM awards");
  const std::string file = xlsx({
      individual(std::to_string(an_), "Lao động tiên tiến", "2021", "45/QĐ-STNMT", "20/12/2021"),
      {"Cá nhân", "", "Lê Văn Bình", "12/03/1990", "", "Chiến sĩ thi đua cơ sở", "2022", "51/QĐ-STNMT",
       "2022-12-22", "Giám đốc Sở Tài nguyên và Môi trường", "Cơ sở", "Hằng năm"},
      {"Tập thể", "", "", "", "PTNMT-LN", "Tập thể lao động tiên tiến", "2022", "52/QĐ-STNMT", "22/12/2022",
       "Giám đốc Sở Tài nguyên và Môi trường", "", "Đợt thi đua chuyển đổi số 2022"},
  });
  auto staged = upload(office, file);
  ASSERT_EQ(staged.status, 201u) << staged.body;
  auto p = parsed(staged);
  EXPECT_EQ(problems(p), std::vector<std::string>{});
  EXPECT_EQ(p.at("confirmable"), true);
  EXPECT_EQ(p.at("counts").at("rows"), 3);
  EXPECT_EQ(count("SELECT count(*) FROM awards"), before) << "a preview writes nothing";
  const auto& second = p.at("rows").as_array()[1].at("values").as_object();
  EXPECT_EQ(second.at("person_id"), binh_);
  EXPECT_EQ(second.at("decision_date"), "2022-12-22");
  EXPECT_EQ(second.at("level"), "agency");
  EXPECT_EQ(second.at("occasion"), "annual");

  auto done = confirm(office, p);
  ASSERT_EQ(done.status, 200u) << done.body;
  EXPECT_EQ(parsed(done).at("imported"), 3);
  EXPECT_EQ(count("SELECT count(*) FROM awards WHERE source = 'imported'"), 3);
  EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'award.import'"), 3);
  EXPECT_EQ(count("SELECT count(*) FROM awards WHERE subject = 'collective' AND occasion = 'campaign' AND "
                  "campaign_title = 'Đợt thi đua chuyển đổi số 2022' AND level = ''"),
            1);

  // The person's page shows the entry; the API returns it with its source.
  auto leader = site_->session("lanhdao");
  auto page = leader->get("/nhan-su/" + std::to_string(an_));
  ASSERT_EQ(page.status, 200u);
  EXPECT_NE(page.body.find("Lao động tiên tiến"), std::string::npos);
  EXPECT_NE(page.body.find("45/QĐ-STNMT"), std::string::npos);
  auto api = site_->client()->get("/api/v1/awards?source=imported&year=2021", bearer(token_of("lanhdao")));
  ASSERT_EQ(api.status, 200u) << api.body;
  auto items = parsed(api).at("items").as_array();
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].at("source"), "imported");
  EXPECT_EQ(items[0].at("recipient_name"), "Nguyễn Văn An");
}

// An import's entries are chained at once (one head update, multi-row
// inserts, app::record_audits): the chain still verifies, entry after entry,
// across statements and with entries recorded before and after it.
TEST_F(AwardRegisterTest, AManyRowImportIsAuditedRowByRowAndTheChainHolds) {
  const std::string office = token_of("thuongtruc");
  std::vector<Cells> rows;
  for (int year = 1995; year <= 2020; ++year) {
    for (const char* award : {"Lao động tiên tiến", "Chiến sĩ thi đua cơ sở", "Bằng khen của Bộ trưởng",
                              "Giấy khen của Giám đốc Sở", "Chiến sĩ thi đua cấp tỉnh"}) {
      rows.push_back(individual(std::to_string(an_), award, std::to_string(year),
                                std::to_string(rows.size() + 1) + "/QĐ-STNMT", "20/12/" + std::to_string(year)));
    }
  }
  ASSERT_EQ(rows.size(), 130u);
  auto staged = upload(office, xlsx(rows));
  ASSERT_EQ(staged.status, 201u) << staged.body;
  auto p = parsed(staged);
  ASSERT_EQ(problems(p), std::vector<std::string>{});
  auto done = confirm(office, p);
  ASSERT_EQ(done.status, 200u) << done.body;
  EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'award.import'"), 130);
  EXPECT_EQ(count("SELECT count(DISTINCT entity_id) FROM audit_log WHERE action = 'award.import'"), 130)
      << "one entry per award";
  // An entry after it links to the import's last.
  auto later = upload(office, xlsx({individual(std::to_string(an_), "Lao động tiên tiến", "2021", "999/QĐ-STNMT",
                                               "20/12/2021")}));
  ASSERT_EQ(later.status, 201u);
  ASSERT_EQ(confirm(office, parsed(later)).status, 200u);
  auto verified = app::verify_audit_chain(site_->db());
  ASSERT_TRUE(verified.ok()) << verified.error().message;
  EXPECT_TRUE(verified->ok) << verified->problem;
  EXPECT_EQ(count("SELECT max(seq) - min(seq) + 1 - count(*) FROM audit_log"), 0) << "no gap in the sequence";
  EXPECT_EQ(count("SELECT seq FROM audit_head"), count("SELECT max(seq) FROM audit_log"));
}

TEST_F(AwardRegisterTest, ACollectiveCarriesTheNameInForceOnTheDecisionDate) {
  // Rename Phòng TNMT Lục Nam today: an award decided in 2021 keeps the old name.
  auto& s = site_->services();
  auto unit = app::get_unit(s, app::system_actor(), site_->unit_id("PTNMT-LN"));
  ASSERT_TRUE(unit.ok());
  const std::string old_name = unit->unit.name;
  core::Unit renamed = unit->unit;
  renamed.name = "Phòng Nông nghiệp và Môi trường huyện Lục Nam";
  ASSERT_TRUE(app::update_unit(s, app::system_actor(), renamed, meta()).ok());

  const std::string office = token_of("thuongtruc");
  auto staged = upload(office, xlsx({{"Tập thể", "", "", "", "PTNMT-LN", "Tập thể lao động xuất sắc", "2021",
                                      "60/QĐ-STNMT", "15/12/2021", "Giám đốc Sở Tài nguyên và Môi trường", "Cơ sở",
                                      ""}}));
  ASSERT_EQ(staged.status, 201u) << staged.body;
  auto p = parsed(staged);
  EXPECT_EQ(p.at("rows").as_array()[0].at("values").at("recipient_name").as_string(), old_name);
  ASSERT_EQ(confirm(office, p).status, 200u);
  auto conn = site_->db().acquire();
  auto rows = conn->query("SELECT recipient_name, unit_name FROM awards WHERE decision_number_symbol = '60/QĐ-STNMT'");
  ASSERT_TRUE(rows.ok() && rows->size() == 1);
  EXPECT_EQ((*rows)[0].str(0), old_name);
  EXPECT_NE(old_name, renamed.name);
}

TEST_F(AwardRegisterTest, DuplicatesAreShownNeverAdded) {
  const std::string office = token_of("thuongtruc");
  const Cells lao_dong = individual(std::to_string(an_), "Lao động tiên tiến", "2021", "45/QĐ-STNMT", "20/12/2021");
  auto first = upload(office, xlsx({lao_dong}));
  ASSERT_EQ(first.status, 201u) << first.body;
  ASSERT_EQ(confirm(office, parsed(first)).status, 200u);
  const std::string after_first = site_->fingerprint();

  // The same file again: its row is already in the register.
  auto again = upload(office, xlsx({lao_dong}));
  ASSERT_EQ(again.status, 201u) << again.body;
  auto p = parsed(again);
  EXPECT_EQ(p.at("confirmable"), false);
  EXPECT_EQ(problems(p), (std::vector<std::string>{
                             "2 award_name: Đã có trong sổ khen thưởng: Lao động tiên tiến năm 2021, quyết định "
                             "45/QĐ-STNMT."}));
  auto refused = confirm(office, p);
  EXPECT_EQ(refused.status, 422u) << refused.body;
  EXPECT_NE(refused.body.find("import_has_errors"), std::string::npos);

  // An annual title is given once a year, whatever the decision; a row
  // repeating an earlier row of the file is named with that row.
  auto twice = upload(office, xlsx({individual(std::to_string(an_), "lao động tiên tiến", "2021", "99/QĐ-STNMT",
                                               "28/12/2021"),
                                    individual(std::to_string(binh_), "Lao động tiên tiến", "2023", "70/QĐ-STNMT",
                                               "20/12/2023"),
                                    individual(std::to_string(binh_), "Lao động tiên tiến", "2023", "70/QĐ-STNMT",
                                               "20/12/2023")}));
  ASSERT_EQ(twice.status, 201u) << twice.body;
  EXPECT_EQ(problems(parsed(twice)),
            (std::vector<std::string>{
                "2 award_name: Đã có trong sổ khen thưởng: Lao động tiên tiến năm 2021, quyết định 45/QĐ-STNMT.",
                "4 award_name: Trùng với dòng 3 của tệp (cùng người hoặc tập thể, hình thức, năm và quyết định)."}));
  EXPECT_EQ(site_->fingerprint(), after_first) << "refused files change nothing";
}

TEST_F(AwardRegisterTest, EveryBadRowNamesItsProblemAndNothingIsStored) {
  const std::string office = token_of("thuongtruc");
  const std::string before = site_->fingerprint();
  const std::string id = std::to_string(an_);
  const std::string this_year = app::iso_date(site_->services().clock.now()).substr(0, 4);
  auto staged = upload(office, xlsx({
      individual(id, "Lao động tiên tiến", "2021", "1/QĐ-STNMT", "31/02/2021"),       // no such date
      individual(id, "Lao động tiên tiến", "20x1", "2/QĐ-STNMT", "20/12/2021"),       // not a year
      individual(id, "Lao động tiên tiến", "2022", "3/QĐ-STNMT", "20/12/2021"),       // decided before the year
      individual(id, "Lao động tiên tiến", "1900", "4/QĐ-STNMT", "20/12/1900"),       // before 1945
      individual("999999", "Lao động tiên tiến", "2021", "5/QĐ-STNMT", "20/12/2021"), // nobody
      {"Tập thể", "", "", "", "KHONGCO", "Tập thể lao động tiên tiến", "2021", "6/QĐ-STNMT", "20/12/2021",
       "Giám đốc Sở", "", ""},                                                          // no such unit
      {"Tập thể", "", "", "", "", "Tập thể lao động tiên tiến", "2021", "7/QĐ-STNMT", "20/12/2021",
       "Giám đốc Sở", "", ""},                                                          // collective without unit
      {"Ai đó", id, "", "", "", "Lao động tiên tiến", "2021", "8/QĐ-STNMT", "20/12/2021", "Giám đốc Sở", "", ""},
      {"Cá nhân", id, "", "", "", "", "2021", "9/QĐ-STNMT", "20/12/2021", "Giám đốc Sở", "Cấp xã", ""},
      {"Cá nhân", "", "Lê Văn Bình", "", "", "Lao động tiên tiến", "2021", "10/QĐ-STNMT", "20/12/2021",
       "Giám đốc Sở", "", ""},                                                          // name without birth date
  }));
  ASSERT_EQ(staged.status, 201u) << staged.body;
  auto p = parsed(staged);
  EXPECT_EQ(p.at("confirmable"), false);
  EXPECT_EQ(p.at("counts").at("valid_rows"), 0);
  EXPECT_EQ(problems(p),
            (std::vector<std::string>{
                "2 decision_date: Ngày quyết định không hợp lệ.",
                "3 year: Năm thành tích \"20x1\" không phải là một năm (ví dụ 2023).",
                "4 decision_date: Ngày quyết định không thể trước năm thành tích.",
                "5 year: Năm thành tích phải từ 1945 đến " + this_year + ".",
                "6 person_id: Không có người mã \"999999\" trong các đơn vị bạn phụ trách.",
                "7 unit_code: Không có đơn vị mã \"KHONGCO\" trong phạm vi bạn quản lý.",
                "8 unit_code: Khen thưởng tập thể cần mã đơn vị được khen.",
                "9 subject: Đối tượng \"Ai đó\" không hợp lệ: ghi \"Cá nhân\" hoặc \"Tập thể\".",
                "10 level: Cấp \"Cấp xã\" không hợp lệ: ghi \"Cấp cơ quan\" (cơ sở), \"Cấp tỉnh\", \"Cấp bộ\" "
                "hoặc \"Cấp nhà nước\".",
                "10 award_name: Thiếu hình thức khen thưởng hoặc danh hiệu.",
                "11 birth_date: Thiếu ngày sinh: cần họ và tên cùng ngày sinh (hoặc mã người) để xác định người.",
            }));
  EXPECT_EQ(confirm(office, p).status, 422u);
  EXPECT_EQ(site_->fingerprint(), before);
}

TEST_F(AwardRegisterTest, AFileWithoutTheRequiredHeadingsIsRefusedWhole) {
  auto bytes = io::write_xlsx_bytes({"Họ và tên", "Hình thức khen thưởng"}, {{"Nguyễn Văn An", "Giấy khen"}}, "Sổ");
  ASSERT_TRUE(bytes.ok());
  auto r = upload(token_of("thuongtruc"), *bytes);
  EXPECT_EQ(r.status, 422u) << r.body;
  EXPECT_NE(r.body.find("Năm thành tích"), std::string::npos);
}

TEST_F(AwardRegisterTest, TheRegisterIsSearchedByAuthorityAndSourceAndExported) {
  const std::string office = token_of("thuongtruc");
  auto staged = upload(office, xlsx({
      individual(std::to_string(an_), "Lao động tiên tiến", "2021", "45/QĐ-STNMT", "20/12/2021"),
      {"Cá nhân", std::to_string(binh_), "", "", "", "Bằng khen", "2022", "1234/QĐ-UBND", "10/01/2023",
       "Chủ tịch Ủy ban nhân dân tỉnh Bắc Giang", "Tỉnh", ""},
  }));
  ASSERT_EQ(staged.status, 201u) << staged.body;
  ASSERT_EQ(confirm(office, parsed(staged)).status, 200u);
  const std::string leader = token_of("lanhdao");
  auto by_authority = site_->client()->get("/api/v1/awards?granted_by=chu+tich+uy+ban", bearer(leader));
  ASSERT_EQ(by_authority.status, 200u);
  ASSERT_EQ(parsed(by_authority).at("total"), 1);
  EXPECT_EQ(parsed(by_authority).at("items").as_array()[0].at("level"), "province");
  EXPECT_EQ(site_->client()->get("/api/v1/awards?source=bogus", bearer(leader)).status, 400u);

  auto session = site_->session("lanhdao");
  auto page = session->get("/khen-thuong?cap-khen=Gi%C3%A1m+%C4%91%E1%BB%91c&nguon=nhap");
  ASSERT_EQ(page.status, 200u);
  EXPECT_NE(page.body.find("Nguyễn Văn An"), std::string::npos);
  EXPECT_EQ(page.body.find("Lê Văn Bình"), std::string::npos);

  auto sheet = session->get("/khen-thuong/xuat?nguon=nhap");
  ASSERT_EQ(sheet.status, 200u) << sheet.body;
  auto table = io::read_xlsx(sheet.body);
  ASSERT_TRUE(table.ok()) << table.error().message;
  ASSERT_EQ(table->rows.size(), 2u);
  EXPECT_EQ(table->rows[0][1], "Lê Văn Bình");  // newest decision first
  EXPECT_EQ(table->rows[0][8], "Cấp tỉnh");
  EXPECT_EQ(table->rows[1][9], "Hằng năm");
}

// Who may do what with the register's import and export.
TEST_F(AwardRegisterTest, OnlyTheEmulationOfficeRecordsThePast) {
  constexpr std::array<const char*, 7> kUsers = {"admin", "lanhdao", "thuongtruc", "hoidong", "thutruong", "canbo",
                                                 "nhanvien"};
  // The secretariat keeps the register; the administrator, who does no
  // campaign work, does not.
  const std::map<std::string, unsigned> may_import = {{"thuongtruc", 200}};
  for (const char* user : kUsers) {
    auto session = site_->session(user);
    const unsigned want = may_import.count(user) ? 200u : 403u;
    EXPECT_EQ(session->get("/khen-thuong/nhap").status, want) << user;
    EXPECT_EQ(session->get("/khen-thuong/nhap/mau").status, want) << user;
    EXPECT_EQ(session.post_multipart("/khen-thuong/nhap", {}, {{"file", "so.xlsx", kXlsxType, xlsx({})}}).status,
              want == 200u ? 422u : 403u)
        << user << ": an empty file, or a refusal";
    EXPECT_EQ(session->get("/khen-thuong/nhap/xem-truoc?ma=khong-co").status, want == 200u ? 404u : 403u) << user;
    EXPECT_EQ(session.post_form("/khen-thuong/nhap/xac-nhan", {{"token", "khong-co"}}).status,
              want == 200u ? 404u : 403u)
        << user;
    const bool exports = std::string(user) != "hoidong" && std::string(user) != "nhanvien";
    EXPECT_EQ(session->get("/khen-thuong/xuat").status, exports ? 200u : 403u) << user;
    const std::string token = token_of(user);
    EXPECT_EQ(site_->client()->get("/api/v1/awards/template.xlsx", bearer(token)).status, want) << user;
    EXPECT_EQ(site_->client()->get("/api/v1/awards/imports/khong-co", bearer(token)).status,
              want == 200u ? 404u : 403u)
        << user;
    EXPECT_EQ(site_->client()->request("POST", "/api/v1/awards/imports/khong-co/confirm", "", bearer(token)).status,
              want == 200u ? 404u : 403u)
        << user;
    EXPECT_EQ(upload(token, xlsx({individual(std::to_string(an_), "Giấy khen", "2021", "1/QĐ", "2021-12-01")})).status,
              want == 200u ? 201u : 403u)
        << user;
  }
  auto anon = site_->client();
  EXPECT_EQ(anon->get("/khen-thuong/nhap").status, 303u);
  EXPECT_EQ(anon->get("/api/v1/awards/template.xlsx").status, 401u);
}

}  // namespace
}  // namespace thidua::test
