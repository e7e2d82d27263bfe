// The fairness figures (issue 13 #4, app/fairness.h): who reads them (route ×
// role, page, XLSX and API), what they count, and the closing summary's XLSX
// carrying them as its second sheet.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include <array>
#include <map>
#include <string>

#include "matrix_outcomes.h"
#include "route_coverage.h"
#include "support/test_server.h"
#include "support/zip_entries.h"

namespace thidua::test {
namespace {

namespace json = boost::json;

const bool kCovered = cover_routes({{"GET", "/khen-thuong/co-cau"},
                                    {"GET", "/khen-thuong/co-cau.xlsx"},
                                    {"GET", "/api/v1/fairness"}});

constexpr std::array<const char*, 8> kColumns = {"anonymous", "admin",     "lanhdao", "thuongtruc",
                                                 "hoidong",   "thutruong", "canbo",   "nhanvien"};

struct Row {
  const char* target;  // {other} = a root unit outside the seed agency
  const char* expect;  // one outcome per column of kColumns
};

// clang-format off
const Row kMatrix[] = {
  {"/khen-thuong/co-cau?dot=1",                    "L   403 O   O   403 403 403 403"},
  {"/khen-thuong/co-cau",                          "L   403 O   O   403 403 403 403"},
  {"/khen-thuong/co-cau?tu-nam=2019&den-nam=2023", "L   403 O   O   403 403 403 403"},
  {"/khen-thuong/co-cau?tu-nam=2023&den-nam=2019", "L   403 422 422 403 403 403 403"},
  {"/khen-thuong/co-cau?tu-nam=1900",              "L   403 422 422 403 403 403 403"},
  {"/khen-thuong/co-cau?dot=999",                  "L   404 404 404 404 404 404 404"},
  {"/khen-thuong/co-cau?dot=abc",                  "L   404 404 404 404 404 404 404"},
  {"/khen-thuong/co-cau?don-vi={other}",           "L   404 404 404 404 404 404 404"},
  {"/khen-thuong/co-cau.xlsx?dot=1",               "L   403 O   O   403 403 403 403"},
  {"/khen-thuong/co-cau.xlsx?tu-nam=2020",         "L   403 O   O   403 403 403 403"},
  {"/api/v1/fairness?campaign_id=1",               "401 403 O   O   403 403 403 403"},
  {"/api/v1/fairness?from_year=2020&to_year=2023", "401 403 O   O   403 403 403 403"},
  {"/api/v1/fairness?from_year=2023&to_year=2020", "401 403 422 422 403 403 403 403"},
  {"/api/v1/fairness?campaign_id=999",             "401 404 404 404 404 404 404 404"},
  {"/api/v1/fairness?unit_id={other}",             "401 404 404 404 404 404 404 404"},
};
// clang-format on

class FairnessTest : public ::testing::Test {
 protected:
  void SetUp() override {
    site_ = std::make_unique<TestSite>();
    if (!site_->ok()) GTEST_SKIP() << "no test site";
  }
  int64_t insert(const std::string& statement, const std::vector<store::Param>& params = {}) {
    auto conn = site_->db().acquire();
    auto r = conn->query(statement + " RETURNING id", params);
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message) << statement;
    return r.ok() && !r->empty() ? (*r)[0].i64(0) : 0;
  }
  void award(std::optional<int64_t> person_id, int64_t unit_id, int64_t year, std::optional<int64_t> campaign) {
    insert("INSERT INTO awards (campaign_id, subject, person_id, unit_id, recipient_name, award_name, granted_by, "
           "decision_number_symbol, decision_date, year, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
           {store::opt(campaign), std::string(person_id ? "individual" : "collective"), store::opt(person_id), unit_id,
            std::string("Người nhận"), std::string("Giấy khen"), std::string("Giám đốc Sở"),
            std::string("9/QĐ-STNMT"), std::to_string(year) + "-12-20", year, std::string("2023-12-20T00:00:00Z")});
  }
  std::unique_ptr<TestSite> site_;
};

TEST_F(FairnessTest, OnlyThoseWhoReadResultsSeeTheFigures) {
  ASSERT_TRUE(kCovered);
  const int64_t other = insert(
      "INSERT INTO units (code, name, kind, path, created_at, updated_at) VALUES ('KHAC', 'Cơ quan khác', 'agency', "
      "'', 'x', 'x')");
  {
    auto conn = site_->db().acquire();
    ASSERT_TRUE(conn->exec("UPDATE units SET path = '/' || CAST(id AS TEXT) || '/' WHERE id = ?", {other}).ok());
  }
  std::map<std::string, UserSession> sessions;
  for (size_t c = 1; c < kColumns.size(); ++c) sessions.emplace(kColumns[c], site_->session(kColumns[c]));
  for (const Row& row : kMatrix) {
    const auto expect = split_outcomes(row.expect);
    ASSERT_EQ(expect.size(), kColumns.size()) << row.target;
    std::string target = row.target;
    replace_all(target, "{other}", std::to_string(other));
    for (size_t c = 0; c < kColumns.size(); ++c) {
      HttpResult r = c == 0 ? site_->client()->get(target) : sessions.at(kColumns[c])->get(target);
      EXPECT_TRUE(outcome_matches(expect[c], r)) << target << " as " << kColumns[c] << ": expected " << expect[c]
                                                  << ", got " << r.status << "\n" << r.body.substr(0, 300);
    }
  }
}

TEST_F(FairnessTest, FiguresCountTheAgencysPeopleAndAwardsAndReachTheSummarySheet) {
  const int64_t agency = site_->unit_id("STNMT");
  const int64_t own = site_->unit_id("PTNMT-LN");
  // Two awards of the seed campaign: a woman of PTNMT-LN and the unit itself.
  int64_t woman = 0;
  {
    auto conn = site_->db().acquire();
    auto rows = conn->query("SELECT MIN(id) FROM people WHERE unit_id = ? AND gender = 'female'", {own});
    ASSERT_TRUE(rows.ok() && !rows->empty());
    woman = (*rows)[0].i64(0);
  }
  award(woman, own, 2023, 1);
  award(std::nullopt, own, 2023, 1);
  award(woman, own, 2021, std::nullopt);  // another year, not the campaign

  auto office = site_->session("thuongtruc");
  auto r = office->get("/api/v1/fairness?campaign_id=1");
  ASSERT_EQ(r.status, 200u) << r.body;
  const json::value doc = json::parse(r.body);
  EXPECT_EQ(doc.at("campaign_id"), 1);
  EXPECT_EQ(doc.at("unit_id"), agency);
  EXPECT_TRUE(doc.at("from_year").is_null());
  const auto& tables = doc.at("tables").as_array();
  ASSERT_EQ(tables.size(), 6u);
  const auto& gender = tables[1].as_object();
  EXPECT_EQ(gender.at("dimension"), "gender");
  EXPECT_EQ(gender.at("awards"), 1);
  int64_t people = 0;
  {
    auto conn = site_->db().acquire();
    auto rows = conn->query("SELECT COUNT(*) FROM people p JOIN units u ON u.id = p.unit_id WHERE p.unit_path LIKE ?",
                            {std::string("/") + std::to_string(agency) + "/%"});
    ASSERT_TRUE(rows.ok() && !rows->empty());
    people = (*rows)[0].i64(0);
  }
  EXPECT_EQ(gender.at("base"), people) << "everyone of the agency today";
  const auto& women = gender.at("groups").at(0).as_object();
  EXPECT_EQ(women.at("code"), "female");
  EXPECT_EQ(women.at("award_share").as_double(), 100.0);
  const auto& collectives = tables[4].as_object();
  EXPECT_EQ(collectives.at("basis"), "collectives");
  EXPECT_EQ(collectives.at("awards"), 1);

  r = office->get("/api/v1/fairness?from_year=2021&to_year=2023");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(json::parse(r.body).at("tables").at(1).at("awards"), 2) << "both years' individual awards";

  // The page: a chart and a table per group table.
  r = office->get("/khen-thuong/co-cau?dot=1");
  ASSERT_EQ(r.status, 200u);
  EXPECT_NE(r.body.find("<figure class=\"chart\" id=\"co-cau-individuals-gender\">"), std::string::npos);
  EXPECT_NE(r.body.find("<th scope=\"row\">Nữ</th><td>1</td><td>100,0 %</td>"), std::string::npos) << r.body;

  // The closing summary's XLSX: the fairness figures are its second sheet.
  r = office->get("/dot-thi-dua/1/tong-ket.xlsx");
  ASSERT_EQ(r.status, 200u);
  auto entries = zip_entries(r.body);
  ASSERT_TRUE(entries.has_value());
  ASSERT_TRUE(entries->count("xl/worksheets/sheet2.xml")) << "a second sheet";
  EXPECT_NE(entries->at("xl/workbook.xml").find("Cơ cấu khen thưởng"), std::string::npos);
  EXPECT_NE(entries->at("xl/worksheets/sheet2.xml").find("Lãnh đạo, quản lý"), std::string::npos);
}

}  // namespace
}  // namespace thidua::test
