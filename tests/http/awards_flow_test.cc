// The end of a campaign over the demo site on the engine under test: drafting
// decisions and proposals from passed nominations, approval with the agency's
// register numbers, the higher authority's answer, the documents (PDF read
// back with pdftotext, the dossier ZIP and its index.json), certificates, the
// award history on the person page and /khen-thuong, and the public results
// with the summary XLSX read back.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "app/awards.h"
#include "app/campaigns.h"
#include "app/crypto.h"
#include "app/decisions.h"
#include "awards_fixture.h"
#include "io/table.h"
#include "store/file_store.h"
#include "store/people.h"
#include "support/test_server.h"
#include "support/pdf_text.h"
#include "support/zip_entries.h"

namespace thidua::test {
namespace {

namespace json = boost::json;

class AwardsFlowTest : public SeedAwardsTest {
 protected:
  void SetUp() override {
    SeedAwardsTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    an_ = site_->person_id("Nguyễn Văn An");
    tam_ = site_->person_id("Hoàng Thị Thanh Tâm");
    hh_ = person_in(*site_, "PTNMT-HH");
  }
  app::Services& s() { return site_->services(); }

  int64_t an_ = 0, tam_ = 0, hh_ = 0;
};

TEST_F(AwardsFlowTest, DraftThenApproveTakesConsecutiveNumbersAndGrantsAwardsOnce) {
  const int64_t n1 = add_nomination(*site_, gk_, an_, "passed");
  const int64_t n2 = add_nomination(*site_, gk_, tam_, "passed");
  const int64_t collective = add_collective_nomination(*site_, gk_, "PTNMT-HH", "passed");
  const int64_t later = add_nomination(*site_, gk_, hh_, "passed");
  UserSession sec = site_->login("thuongtruc");
  UserSession leader = site_->login("lanhdao");

  HttpResult created =
      sec.send_json("POST", "/api/v1/campaigns/1/decisions",
                    json::object{{"award_type_id", gk_}, {"nomination_ids", json::array{n1, n2, collective}}});
  ASSERT_EQ(created.status, 201u) << created.body;
  const json::value d1 = json::parse(created.body);
  EXPECT_EQ(d1.at("kind"), "decision");
  EXPECT_EQ(d1.at("state"), "draft");
  EXPECT_EQ(d1.at("items"), 3);
  EXPECT_TRUE(d1.at("number").is_null());
  const int64_t id1 = d1.at("id").as_int64();

  HttpResult detail = sec->get("/api/v1/campaigns/1/decisions/" + std::to_string(id1));
  ASSERT_EQ(detail.status, 200u);
  const json::value full = json::parse(detail.body);
  const auto& list = full.at("list").as_array();
  ASSERT_EQ(list.size(), 3u);
  std::vector<std::string> names;
  for (const auto& n : list) names.push_back(std::string(n.at("name").as_string()));
  auto an_at = std::find(names.begin(), names.end(), "Nguyễn Văn An") - names.begin();
  auto tam_at = std::find(names.begin(), names.end(), "Hoàng Thị Thanh Tâm") - names.begin();
  EXPECT_EQ(tam_at, an_at + 1) << "one unit together, then by given name (An before Tâm)";
  EXPECT_FALSE(full.at("can_approve").as_bool()) << "the secretariat drafts, the leader approves";

  // The leader approves through the page: the next number of the QĐ register.
  HttpResult page_approve = leader.post_form("/dot-thi-dua/1/quyet-dinh/" + std::to_string(id1) + "/duyet", {});
  ASSERT_EQ(page_approve.status, 303u) << page_approve.body.substr(0, 300);
  HttpResult after = leader->get("/api/v1/campaigns/1/decisions/" + std::to_string(id1));
  const json::value approved = json::parse(after.body);
  EXPECT_EQ(approved.at("state"), "approved");
  const int64_t number = approved.at("number").as_int64();
  EXPECT_GE(number, 1);
  const std::string symbol = (number < 10 ? "0" : "") + std::to_string(number) + "/QĐ-STNMT";
  EXPECT_EQ(approved.at("number_symbol").as_string(), symbol);
  EXPECT_FALSE(approved.at("issue_date").is_null());
  for (int64_t n : {n1, n2, collective}) EXPECT_EQ(nomination_state(*site_, n), "decided");
  EXPECT_EQ(nomination_state(*site_, later), "passed") << "not in the decision";

  // Approving twice is refused and changes nothing.
  const std::string before = site_->fingerprint();
  HttpResult twice = leader.send_json("POST", "/api/v1/campaigns/1/decisions/" + std::to_string(id1) + "/approve",
                                      json::object{});
  EXPECT_EQ(twice.status, 409u) << twice.body;
  EXPECT_EQ(json::parse(twice.body).at("error").at("code"), "conflict");
  EXPECT_EQ(first_difference(before, site_->fingerprint()), "(none)");

  // One award each, with consecutive certificate numbers and the decision's number.
  {
    auto conn = site_->db().acquire();
    auto rows = conn->query(
        "SELECT nomination_id, subject, person_id, unit_id, recipient_name, decision_number_symbol, certificate_number, "
        "award_name, granted_by FROM awards WHERE decision_id = ? ORDER BY id",
        {id1});
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 3u);
    std::set<std::string> certs;
    for (const auto& r : *rows) {
      EXPECT_EQ(r.str(5), symbol);
      EXPECT_EQ(r.str(7), "Giấy khen");
      EXPECT_EQ(r.str(8), "Giám đốc Sở");
      EXPECT_NE(r.str(6).find("/GK-STNMT"), std::string::npos) << r.str(6);
      certs.insert(r.str(6));
      if (r.i64(0) == collective) {
        EXPECT_EQ(r.str(1), "collective");
        EXPECT_EQ(r.i64(3), site_->unit_id("PTNMT-HH"));
      }
    }
    EXPECT_EQ(certs.size(), 3u) << "each certificate its own number";
    auto audit = conn->query("SELECT count(*) FROM audit_log WHERE action IN ('decision.draft', 'decision.approve')");
    ASSERT_TRUE(audit.ok());
    EXPECT_EQ((*audit)[0].i64(0), 2);
  }

  // The next decision takes the next number.
  const int64_t id2 = draft(*site_, gk_, {later});
  EXPECT_EQ(approve(*site_, id2), number + 1);
}

TEST_F(AwardsFlowTest, OnlyPassedNominationsGoIntoADecision) {
  const int64_t accepted = add_nomination(*site_, gk_, an_, "accepted");
  const int64_t passed = add_nomination(*site_, gk_, tam_, "passed");
  UserSession sec = site_->login("thuongtruc");
  const std::string before = site_->fingerprint();
  HttpResult r = sec.send_json("POST", "/api/v1/campaigns/1/decisions",
                               json::object{{"award_type_id", gk_}, {"nomination_ids", json::array{passed, accepted}}});
  EXPECT_EQ(r.status, 422u) << r.body;
  const json::value e = json::parse(r.body).at("error");
  EXPECT_EQ(e.at("code"), "validation_failed");
  EXPECT_EQ(e.at("field"), "nomination_ids");
  EXPECT_NE(std::string(e.at("message").as_string()).find("Nguyễn Văn An"), std::string::npos);
  EXPECT_EQ(first_difference(before, site_->fingerprint()), "(none)");

  // The page drafts every passed one; with none left it says so (422, form re-shown).
  HttpResult ok = sec.post_form("/dot-thi-dua/1/quyet-dinh", {{"award_type_id", std::to_string(gk_)}});
  ASSERT_EQ(ok.status, 303u) << ok.body.substr(0, 300);
  EXPECT_NE(nomination_state(*site_, passed), "");
  HttpResult none = sec.post_form("/dot-thi-dua/1/quyet-dinh", {{"award_type_id", std::to_string(gk_)}});
  EXPECT_EQ(none.status, 422u);
  EXPECT_NE(none.body.find("Chưa có đề nghị nào"), std::string::npos);
  EXPECT_NE(none.body.find("name=\"_csrf\""), std::string::npos);
  // A nomination already in a draft cannot go into a second one.
  HttpResult again = sec.send_json("POST", "/api/v1/campaigns/1/decisions",
                                   json::object{{"award_type_id", gk_}, {"nomination_ids", json::array{passed}}});
  EXPECT_EQ(again.status, 422u);
  // Discarding the draft frees its nominations for another one.
  auto conn_ids = [&]() {
    auto conn = site_->db().acquire();
    auto rows = conn->query("SELECT decision_id FROM decision_items WHERE nomination_id = ?", {passed});
    return rows.ok() && !rows->empty() ? rows->rows.front().i64(0) : 0;
  };
  const int64_t drafted = conn_ids();
  ASSERT_GT(drafted, 0);
  HttpResult discarded = sec.post_form("/dot-thi-dua/1/quyet-dinh/" + std::to_string(drafted) + "/huy", {});
  EXPECT_EQ(discarded.status, 303u);
  EXPECT_EQ(conn_ids(), 0);
  HttpResult redrafted = sec.send_json("POST", "/api/v1/campaigns/1/decisions",
                                       json::object{{"award_type_id", gk_}, {"nomination_ids", json::array{passed}}});
  EXPECT_EQ(redrafted.status, 201u) << redrafted.body;
  // An award type of another campaign (or none) is refused.
  HttpResult bad = sec.send_json("POST", "/api/v1/campaigns/1/decisions", json::object{{"award_type_id", 999999}});
  EXPECT_EQ(bad.status, 422u);
}

TEST_F(AwardsFlowTest, ProposalThenTheHigherAuthorityGrantsOrRefuses) {
  const int64_t granted_n = add_nomination(*site_, bk_tinh_, an_, "passed");
  const int64_t refused_n = add_nomination(*site_, bk_bo_, tam_, "passed");
  const int64_t p1 = draft(*site_, bk_tinh_, {granted_n});
  const int64_t p2 = draft(*site_, bk_bo_, {refused_n});
  const int64_t t1 = approve(*site_, p1);
  EXPECT_EQ(approve(*site_, p2), t1 + 1) << "one TTr register for the agency";
  EXPECT_EQ(nomination_state(*site_, granted_n), "proposed");
  UserSession sec = site_->login("thuongtruc");
  HttpResult view = sec->get("/api/v1/campaigns/1/decisions/" + std::to_string(p1));
  const json::value v = json::parse(view.body);
  EXPECT_EQ(v.at("kind"), "proposal");
  EXPECT_EQ(v.at("number_symbol").as_string(), std::string(t1 < 10 ? "0" : "") + std::to_string(t1) + "/TTr-STNMT");
  EXPECT_TRUE(v.at("can_answer").as_bool());
  // A proposal has no certificates of its own: the refusal says so (issue 12).
  HttpResult certs = sec->get("/api/v1/campaigns/1/decisions/" + std::to_string(p1) + "/certificates.pdf");
  EXPECT_EQ(certs.status, 409u);
  EXPECT_NE(certs.body.find("Tờ trình không có giấy khen"), std::string::npos) << certs.body;
  EXPECT_EQ(certs.body.find("sau khi quyết định đã được duyệt"), std::string::npos) << certs.body;

  // Missing number: 422 with the form re-shown and nothing changed.
  const std::string before = site_->fingerprint();
  HttpResult missing = sec.post_form("/dot-thi-dua/1/quyet-dinh/" + std::to_string(p1) + "/ket-qua",
                                     {{"ket_qua", "granted"}, {"so_ky_hieu", ""}, {"ngay", "2023-12-01"}});
  EXPECT_EQ(missing.status, 422u);
  EXPECT_NE(missing.body.find("số, ký hiệu quyết định"), std::string::npos);
  EXPECT_EQ(first_difference(before, site_->fingerprint()), "(none)");

  HttpResult granted = sec.post_form("/dot-thi-dua/1/quyet-dinh/" + std::to_string(p1) + "/ket-qua",
                                     {{"ket_qua", "granted"}, {"so_ky_hieu", "2345/QĐ-UBND"}, {"ngay", "2023-12-01"}});
  ASSERT_EQ(granted.status, 303u) << granted.body.substr(0, 300);
  EXPECT_EQ(nomination_state(*site_, granted_n), "granted");
  HttpResult refused = sec.send_json("POST", "/api/v1/campaigns/1/decisions/" + std::to_string(p2) + "/answer",
                                     json::object{{"result", "refused"}, {"note", "Chưa đủ tiêu chuẩn."}});
  ASSERT_EQ(refused.status, 200u) << refused.body;
  EXPECT_EQ(json::parse(refused.body).at("answer"), "refused");
  EXPECT_EQ(nomination_state(*site_, refused_n), "refused");
  HttpResult twice = sec.send_json("POST", "/api/v1/campaigns/1/decisions/" + std::to_string(p2) + "/answer",
                                   json::object{{"result", "granted"}, {"number_symbol", "1/QĐ-BTNMT"},
                                                {"date", "2023-12-02"}});
  EXPECT_EQ(twice.status, 409u);

  auto conn = site_->db().acquire();
  auto rows = conn->query("SELECT person_id, award_name, granted_by, decision_number_symbol, decision_date, "
                          "certificate_number, year FROM awards ORDER BY id");
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 1u) << "only the granted proposal gives an award";
  EXPECT_EQ((*rows)[0].i64(0), an_);
  EXPECT_EQ((*rows)[0].str(1), "Bằng khen");
  EXPECT_EQ((*rows)[0].str(2), "Chủ tịch UBND tỉnh");
  EXPECT_EQ((*rows)[0].str(3), "2345/QĐ-UBND");
  EXPECT_EQ((*rows)[0].str(4), "2023-12-01");
  EXPECT_EQ((*rows)[0].str(5), "") << "the higher authority numbers its own certificate";
  EXPECT_EQ((*rows)[0].i64(6), 2023);
}

TEST_F(AwardsFlowTest, DecisionPdfDocxAndDossierZip) {
  const int64_t n1 = add_nomination(*site_, gk_, an_, "passed", "Chủ trì xây dựng cơ sở dữ liệu đất đai huyện.");
  const int64_t n2 = add_nomination(*site_, gk_, tam_, "passed");
  const int64_t id = draft(*site_, gk_, {n1, n2});
  const int64_t number = approve(*site_, id);
  UserSession leader = site_->login("lanhdao");
  const std::string base = "/dot-thi-dua/1/quyet-dinh/" + std::to_string(id);

  HttpResult pdf = leader->get(base + "/van-ban.pdf");
  ASSERT_EQ(pdf.status, 200u);
  EXPECT_EQ(pdf.header("content-type"), "application/pdf");
  EXPECT_EQ(pdf.body.rfind("%PDF", 0), 0u);
  HttpResult docx = leader->get(base + "/van-ban.docx");
  ASSERT_EQ(docx.status, 200u);
  EXPECT_EQ(docx.body.rfind("PK", 0), 0u);
  const std::string text = pdf_words(pdf.body);
  if (!text.empty()) {
    const std::string symbol = (number < 10 ? "0" : "") + std::to_string(number) + "/QĐ-STNMT";
    size_t at = 0;
    // The articles, the signature, then the list on its own pages (issue 12).
    for (const std::string& expected : std::vector<std::string>{"UBND TỈNH BẮC GIANG", "Số: " + symbol, "QUYẾT ĐỊNH", "Về việc tặng Giấy khen của Giám đốc Sở",
          "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;", "Căn cứ Nghị định số 98/2023/NĐ-CP",
          "Căn cứ Kế hoạch số 25/KH-STNMT ngày 18/4/2023", "Điều 1.", "(có danh sách kèm theo)",
          "Điều 2.", "Điều 3.", "Nơi nhận:", "Bùi Quang Huy", "DANH SÁCH", "(Kèm theo Quyết định số " + symbol,
          "Nguyễn Văn An"}) {
      const size_t found = text.find(expected, at);
      EXPECT_NE(found, std::string::npos) << "missing or out of order: " << expected;
      if (found != std::string::npos) at = found;
    }
    EXPECT_NE(text.find("Hoàng Thị Thanh Tâm"), std::string::npos);
  }

  HttpResult zip = leader->get(base + "/ho-so.zip");
  ASSERT_EQ(zip.status, 200u);
  EXPECT_EQ(zip.header("content-type"), "application/zip");
  auto files = zip_entries(zip.body).value_or(std::map<std::string, std::string>{});
  ASSERT_FALSE(files.empty()) << "a ZIP with entries";
  const std::string stem = "quyet-dinh-" + std::to_string(number);
  for (const std::string& name : std::vector<std::string>{stem + ".pdf", stem + ".docx", "danh-sach.xlsx", "index.json"}) {
    EXPECT_TRUE(files.count(name)) << name;
  }
  ASSERT_TRUE(files.count("index.json"));
  const json::value index = json::parse(files["index.json"]);
  EXPECT_EQ(index.at("campaign").at("id"), 1);
  EXPECT_EQ(index.at("document").at("kind"), "decision");
  EXPECT_EQ(index.at("document").at("number"), number);
  EXPECT_EQ(index.at("award").at("name"), "Giấy khen");
  const auto& nominees = index.at("nominees").as_array();
  ASSERT_EQ(nominees.size(), 2u);
  std::set<int64_t> ids;
  for (const auto& n : nominees) {
    ids.insert(n.at("nomination_id").as_int64());
    const std::string report = std::string(n.at("report_file").as_string());
    ASSERT_TRUE(files.count(report)) << report;
    EXPECT_NE(files[report].find(std::string(n.at("name").as_string())), std::string::npos);
  }
  EXPECT_EQ(ids, (std::set<int64_t>{n1, n2}));
  const auto& listed = index.at("files").as_array();
  EXPECT_EQ(listed.size() + 1, files.size()) << "every file but index.json is listed";
  for (const auto& f : listed) {
    const std::string name = std::string(f.at("name").as_string());
    ASSERT_TRUE(files.count(name)) << name;
    EXPECT_EQ(f.at("sha256").as_string(), app::sha256_hex(files[name])) << name;
  }
  auto list = io::read_table(files["danh-sach.xlsx"], "danh-sach.xlsx");
  ASSERT_TRUE(list.ok()) << list.error().message;
  EXPECT_EQ(list->rows.size(), 2u);
}

TEST_F(AwardsFlowTest, DossierCarriesTheUploadedReportFiles) {
  // An's report: text and a PDF; Tâm's: a PNG only (no text).
  const std::string pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n";
  const std::string png = std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\1\0\0\0\1\x08\x06\0\0\0", 26);
  const int64_t n1 = add_nomination(*site_, gk_, an_, "passed", "Chủ trì xây dựng cơ sở dữ liệu đất đai huyện.");
  const int64_t n2 = add_nomination(*site_, gk_, tam_, "passed", "");
  {
    auto conn = site_->db().acquire();
    for (const auto& [n, bytes, name] : std::vector<std::tuple<int64_t, std::string, std::string>>{
             {n1, pdf, "Báo cáo thành tích.pdf"}, {n2, png, "Ảnh bằng khen.png"}}) {
      auto f = store::put_file(*conn, s().data_dir, bytes, s().max_file_bytes, "2023-10-01T00:00:00Z");
      ASSERT_TRUE(f.ok()) << f.error().message;
      ASSERT_TRUE(conn->exec("UPDATE nominations SET report_sha256 = ?, report_file_name = ? WHERE id = ?",
                             {f->sha256, name, n}).ok());
    }
  }
  const int64_t id = draft(*site_, gk_, {n1, n2});
  approve(*site_, id);
  HttpResult zip = site_->login("lanhdao")->get("/dot-thi-dua/1/quyet-dinh/" + std::to_string(id) + "/ho-so.zip");
  ASSERT_EQ(zip.status, 200u);
  auto files = zip_entries(zip.body).value_or(std::map<std::string, std::string>{});
  ASSERT_FALSE(files.empty()) << "a ZIP with entries";
  ASSERT_TRUE(files.count("index.json"));
  const json::value index = json::parse(files["index.json"]);
  std::map<int64_t, std::vector<std::string>> reports;
  std::map<int64_t, std::string> order;
  for (const auto& n : index.at("nominees").as_array()) {
    const int64_t nid = n.at("nomination_id").as_int64();
    const int64_t ord = n.at("order").as_int64();
    order[nid] = (ord < 10 ? "0" : "") + std::to_string(ord);
    for (const auto& f : n.at("report_files").as_array()) reports[nid].push_back(std::string(f.as_string()));
  }
  const std::string stem1 = "bao-cao-thanh-tich/" + order[n1] + "-" + std::to_string(n1);
  const std::string stem2 = "bao-cao-thanh-tich/" + order[n2] + "-" + std::to_string(n2);
  EXPECT_EQ(reports[n1], (std::vector<std::string>{stem1 + ".txt", stem1 + "-Báo cáo thành tích.pdf"}))
      << "the text and the file, side by side";
  EXPECT_EQ(reports[n2], (std::vector<std::string>{stem2 + "-Ảnh bằng khen.png"})) << "the file instead of the text";
  EXPECT_FALSE(files.count(stem2 + ".txt"));
  EXPECT_EQ(files[stem1 + "-Báo cáo thành tích.pdf"], pdf);
  EXPECT_EQ(files[stem2 + "-Ảnh bằng khen.png"], png);
  EXPECT_NE(files[stem1 + ".txt"].find("Chủ trì xây dựng cơ sở dữ liệu đất đai huyện."), std::string::npos);
  bool listed = false;
  for (const auto& f : index.at("files").as_array()) {
    if (std::string(f.at("name").as_string()) == stem2 + "-Ảnh bằng khen.png") {
      listed = true;
      EXPECT_EQ(f.at("sha256").as_string(), app::sha256_hex(png));
    }
  }
  EXPECT_TRUE(listed) << "index.json lists the uploaded file with its sha256";
  auto list = io::read_table(files["danh-sach.xlsx"], "danh-sach.xlsx");
  ASSERT_TRUE(list.ok()) << list.error().message;
  bool named = false;
  for (const auto& row : list->rows) {
    for (const auto& cell : row) named = named || cell.find(stem2 + "-Ảnh bằng khen.png") != std::string::npos;
  }
  EXPECT_TRUE(named) << "the list names the report file";
}

TEST_F(AwardsFlowTest, AThreeHundredRowDecisionSpansPagesInOrder) {
  std::vector<int64_t> ids;
  {
    auto conn = site_->db().acquire();
    for (int i = 0; i < 300; ++i) {
      core::Person p;
      p.full_name = "Phạm Văn Khen " + std::to_string(1000 + i);
      p.unit_id = site_->unit_id("PTNMT-LN");
      p.position = "Chuyên viên";
      auto stored = store::insert_person(*conn, p, "2023-10-01T00:00:00Z", "2023-10-01");
      ASSERT_TRUE(stored.ok());
      ids.push_back(stored->id);
    }
  }
  std::vector<int64_t> noms;
  for (int64_t id : ids) noms.push_back(add_nomination(*site_, gk_, id, "passed"));
  const int64_t d = draft(*site_, gk_, noms);
  approve(*site_, d);
  UserSession leader = site_->login("lanhdao");
  HttpResult pdf = leader->get("/dot-thi-dua/1/quyet-dinh/" + std::to_string(d) + "/van-ban.pdf");
  ASSERT_EQ(pdf.status, 200u);
  const std::string text = pdf_words(pdf.body);
  size_t at = 0;
  for (int i : {0, 1, 150, 298, 299}) {
    const std::string name = "Phạm Văn Khen " + std::to_string(1000 + i);
    const size_t found = text.find(name, at);
    EXPECT_NE(found, std::string::npos) << name;
    if (found != std::string::npos) at = found;
  }
  EXPECT_LT(text.find("Điều 3."), text.find("Phạm Văn Khen 1000")) << "the list follows the articles";
  size_t headers = 0;
  for (size_t p = text.find("Chức vụ, đơn vị"); p != std::string::npos; p = text.find("Chức vụ, đơn vị", p + 1)) ++headers;
  EXPECT_GT(headers, 3u) << "the table header repeats on each page";
  HttpResult certs = leader->get("/dot-thi-dua/1/quyet-dinh/" + std::to_string(d) + "/giay-khen.pdf");
  ASSERT_EQ(certs.status, 200u);
}

TEST_F(AwardsFlowTest, CertificatesAndTheAwardHistory) {
  const int64_t n1 = add_nomination(*site_, gk_, an_, "passed");
  const int64_t n2 = add_nomination(*site_, gk_, hh_, "passed");
  const int64_t d = draft(*site_, gk_, {n1, n2});
  approve(*site_, d);
  int64_t award = 0;
  std::string cert;
  {
    auto conn = site_->db().acquire();
    auto rows = conn->query("SELECT id, certificate_number FROM awards WHERE person_id = ?", {an_});
    ASSERT_TRUE(rows.ok() && rows->size() == 1);
    award = (*rows)[0].i64(0);
    cert = (*rows)[0].str(1);
  }
  UserSession staff = site_->login("nhanvien");
  HttpResult one = staff->get("/khen-thuong/" + std::to_string(award) + "/giay-khen.pdf");
  ASSERT_EQ(one.status, 200u);
  const std::string text = pdf_words(one.body);
  if (!text.empty()) {
    for (const std::string& expected : std::vector<std::string>{"GIẤY KHEN", "GIÁM ĐỐC SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "Nguyễn Văn An",
                                       "Số: " + cert, "Bùi Quang Huy"}) {
      EXPECT_NE(text.find(expected), std::string::npos) << expected;
    }
  }
  UserSession leader = site_->login("lanhdao");
  HttpResult all = leader->get("/dot-thi-dua/1/quyet-dinh/" + std::to_string(d) + "/giay-khen.pdf");
  ASSERT_EQ(all.status, 200u);
  const std::string all_text = pdf_words(all.body);
  if (!all_text.empty()) {
    EXPECT_NE(all_text.find("Nguyễn Văn An"), std::string::npos);
    size_t pages = 0;
    for (size_t p = all_text.find("GIẤY KHEN"); p != std::string::npos; p = all_text.find("GIẤY KHEN", p + 1)) ++pages;
    EXPECT_EQ(pages, 2u) << "one certificate per award";
  }

  // The person page shows the award; so does /khen-thuong, within scope.
  HttpResult person = leader->get("/nhan-su/" + std::to_string(an_));
  ASSERT_EQ(person.status, 200u);
  EXPECT_NE(person.body.find("Giấy khen"), std::string::npos);
  EXPECT_NE(person.body.find(cert), std::string::npos);
  HttpResult search = leader->get("/khen-thuong?q=nguyen+van&nam=" + std::to_string(2000) );
  EXPECT_EQ(search.status, 200u);
  EXPECT_EQ(search.body.find(cert), std::string::npos) << "another year";
  UserSession officer = site_->login("canbo");
  HttpResult mine = officer->get("/api/v1/awards");
  ASSERT_EQ(mine.status, 200u);
  const json::value listing = json::parse(mine.body);
  EXPECT_EQ(listing.at("total"), 1) << "canbo sees PTNMT-LN's award, not PTNMT-HH's";
  HttpResult by_name = leader->get("/api/v1/awards?name=an");
  EXPECT_EQ(json::parse(by_name.body).at("total"), 1);
  HttpResult everyone = leader->get("/api/v1/awards?award=Gi%E1%BA%A5y%20khen");
  EXPECT_EQ(json::parse(everyone.body).at("total"), 2);
  HttpResult other_unit = officer->get("/api/v1/awards?unit_id=" + std::to_string(site_->unit_id("PTNMT-HH")));
  EXPECT_EQ(other_unit.status, 404u);
}

TEST_F(AwardsFlowTest, PublicResultsOnlyForPublishedCampaignsWithAwards) {
  auto anon = site_->client();
  auto links_results = [&](const std::string& page) {
    return anon->get(page).body.find("href=\"/cong-khai/ket-qua/1\"") != std::string::npos;
  };
  EXPECT_EQ(anon->get("/cong-khai/ket-qua/1").status, 404u) << "no decision yet";
  EXPECT_FALSE(links_results("/cong-khai/"));
  EXPECT_FALSE(links_results("/cong-khai/ke-hoach/1"));
  const int64_t d = draft(*site_, gk_, {add_nomination(*site_, gk_, an_, "passed"),
                                        add_collective_nomination(*site_, gk_, "PTNMT-HH", "passed")});
  EXPECT_EQ(anon->get("/cong-khai/ket-qua/1").status, 404u) << "a draft is not a result";
  EXPECT_FALSE(links_results("/cong-khai/"));
  EXPECT_EQ(site_->login("thuongtruc")->get("/dot-thi-dua/1/quyet-dinh").body.find("Kết quả khen thưởng"),
            std::string::npos) << "no award yet, no chart";
  approve(*site_, d);
  // Issue 12: as soon as the results exist, the public list and the plan's
  // public page link to them (the campaign still running).
  EXPECT_TRUE(links_results("/cong-khai/"));
  EXPECT_TRUE(links_results("/cong-khai/ke-hoach/1"));
  HttpResult page = anon->get("/cong-khai/ket-qua/1");
  ASSERT_EQ(page.status, 200u);
  EXPECT_NE(page.body.find("Nguyễn Văn An"), std::string::npos);
  EXPECT_NE(page.body.find("Theo hình thức khen thưởng"), std::string::npos);
  // The charts, with their figures as tables: one individual, one collective.
  const size_t types = page.body.find("<figure class=\"chart\" id=\"bieu-do-hinh-thuc\">");
  ASSERT_NE(types, std::string::npos) << page.body;
  EXPECT_NE(page.body.find("<svg", types), std::string::npos);
  EXPECT_NE(page.body.find("<td>1</td><td>1</td></tr></tbody>", types), std::string::npos);
  EXPECT_NE(page.body.find("<figure class=\"chart\" id=\"bieu-do-don-vi\">"), std::string::npos);

  // The closing summary's charts on the decisions page, for the office.
  UserSession office = site_->login("thuongtruc");
  HttpResult decisions = office->get("/dot-thi-dua/1/quyet-dinh");
  ASSERT_EQ(decisions.status, 200u);
  EXPECT_NE(decisions.body.find("<h2>Kết quả khen thưởng</h2>"), std::string::npos);
  EXPECT_NE(decisions.body.find("id=\"bieu-do-hinh-thuc\""), std::string::npos);

  UserSession officer = site_->login("thuongtruc");
  HttpResult unit = officer->get("/don-vi/" + std::to_string(site_->unit_id("PTNMT-HH")));
  ASSERT_EQ(unit.status, 200u);
  EXPECT_NE(unit.body.find("Giấy khen"), std::string::npos) << "the collective award is on the unit page";
  HttpResult other = officer->get("/don-vi/" + std::to_string(site_->unit_id("PTNMT-LN")));
  EXPECT_NE(other.body.find("Chưa có khen thưởng nào"), std::string::npos) << "individual awards stay on people";

  auto copy = app::copy_campaign(site_->services(), site_->actor("thuongtruc"), 1, awards_meta());
  ASSERT_TRUE(copy.ok());
  EXPECT_EQ(anon->get("/cong-khai/ket-qua/" + std::to_string(*copy)).status, 404u) << "a draft campaign";
  EXPECT_EQ(anon->get("/cong-khai/ket-qua/" + std::to_string(*copy) + "/tong-ket.xlsx").status, 404u);

  HttpResult xlsx = anon->get("/cong-khai/ket-qua/1/tong-ket.xlsx");
  ASSERT_EQ(xlsx.status, 200u);
  auto table = io::read_table(xlsx.body, "tong-ket.xlsx");
  ASSERT_TRUE(table.ok()) << table.error().message;
  ASSERT_EQ(table->header.size(), 7u);
  EXPECT_EQ(table->header[1], "Đơn vị");
  ASSERT_EQ(table->rows.size(), 3u) << "two units and the total";
  EXPECT_EQ(table->rows.back()[1], "Tổng cộng");
  EXPECT_EQ(table->rows.back()[4], "1");
  EXPECT_EQ(table->rows.back()[5], "1");
  UserSession leader = site_->login("lanhdao");
  HttpResult tracked = leader->get("/dot-thi-dua/1/tong-ket.xlsx");
  ASSERT_EQ(tracked.status, 200u);
  EXPECT_TRUE(io::read_table(tracked.body, "x.xlsx").ok());

  // The same campaign, awards and all, taken back to an unpublished state
  // (plain SQL): the public side no longer shows it. (The draft copy above
  // has no decision, so it alone cannot show that the publication matters.)
  {
    auto conn = site_->db().acquire();
    ASSERT_TRUE(conn->query("UPDATE campaigns SET state = 'draft' WHERE id = 1").ok());
  }
  EXPECT_EQ(anon->get("/cong-khai/ket-qua/1").status, 404u) << "awards, but not published";
  EXPECT_EQ(anon->get("/cong-khai/ket-qua/1/tong-ket.xlsx").status, 404u);
}

}  // namespace
}  // namespace thidua::test
