// A campaign's closing documents (issue 12: the results and the summary as
// documents, signed when issued), over real HTTP on the engine under test:
// drafts ("DỰ THẢO", no number) for those who follow the campaign until it is
// finalised; finalising numbers them from the agency's registers (TB, BC) in
// its transaction, signs them (the leader and the agency, pdfsig verifies),
// and every later download (pages, API, the public's results notice) returns
// the same bytes; refused to others; a campaign without awards has no notice.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "app/campaigns.h"
#include "app/demo_signing.h"
#include "awards_fixture.h"
#include "route_coverage.h"
#include "support/pdf_text.h"
#include "support/test_server.h"
#include "support/zip_entries.h"

namespace thidua::test {
namespace {

const bool kCovered = cover_routes({
    {"GET", "/dot-thi-dua/{id}/thong-bao-ket-qua.pdf"},
    {"GET", "/dot-thi-dua/{id}/thong-bao-ket-qua.docx"},
    {"GET", "/dot-thi-dua/{id}/bao-cao-tong-ket.pdf"},
    {"GET", "/dot-thi-dua/{id}/bao-cao-tong-ket.docx"},
    {"GET", "/cong-khai/ket-qua/{id}/thong-bao.pdf"},
    {"GET", "/api/v1/campaigns/{id}/results-notice.pdf"},
    {"GET", "/api/v1/campaigns/{id}/results-notice.docx"},
    {"GET", "/api/v1/campaigns/{id}/summary-report.pdf"},
    {"GET", "/api/v1/campaigns/{id}/summary-report.docx"},
    {"GET", "/api/v1/public/campaigns/{id}/results-notice.pdf"},
    {"POST", "/dot-thi-dua/{id}/van-ban-tong-ket"},
    {"GET", "/api/v1/campaigns/{id}/closing-documents"},
    {"POST", "/api/v1/campaigns/{id}/closing-documents"},
});

class ClosingDocumentsTest : public SeedAwardsTest {
 protected:
  int64_t version_of(int64_t campaign) {
    auto conn = site_->db().acquire();
    auto rows = conn->query("SELECT version FROM campaigns WHERE id = ?", {campaign});
    EXPECT_TRUE(rows.ok() && !rows->empty());
    return rows.ok() && !rows->empty() ? (*rows)[0].i64(0) : 0;
  }

  // Closes then finalises campaign `id` as the secretariat.
  void finalise(int64_t id) {
    for (auto to : {core::CampaignState::kClosed, core::CampaignState::kFinalised}) {
      auto moved = app::move_campaign(site_->services(), site_->actor("thuongtruc"), id, to, version_of(id), meta());
      ASSERT_TRUE(moved.ok()) << moved.error().message;
    }
  }

  int64_t count(const std::string& sql, const std::string& arg) {
    auto conn = site_->db().acquire();
    auto rows = conn->query(sql, {arg});
    EXPECT_TRUE(rows.ok() && !rows->empty()) << sql;
    return rows.ok() && !rows->empty() ? (*rows)[0].i64(0) : -1;
  }

  static app::RequestMeta meta() { return {"127.0.0.1", "closing", "tests"}; }
};

TEST_F(ClosingDocumentsTest, FinalisingIssuesAndSignsTheResultsNoticeAndTheSummary) {
  auto made = app::set_up_demo_signing(site_->services(), kSeedCampaign);
  ASSERT_TRUE(made.ok()) << made.error().message;
  const int64_t n1 = add_nomination(*site_, gk_, site_->person_id("Nguyễn Văn An"), "passed");
  const int64_t n2 = add_collective_nomination(*site_, gk_, "PTNMT-LN", "passed");
  const int64_t decision = approve(*site_, draft(*site_, gk_, {n1, n2}));
  ASSERT_GT(decision, 0);
  const std::string decision_symbol = (decision < 10 ? "0" : "") + std::to_string(decision) + "/QĐ-STNMT";

  UserSession leader = site_->login("lanhdao");
  auto visitor = site_->client();
  // Drafts until the campaign is finalised; the public has no notice yet.
  HttpResult draft_notice = leader->get("/dot-thi-dua/1/thong-bao-ket-qua.pdf");
  ASSERT_EQ(draft_notice.status, 200u) << draft_notice.body.substr(0, 300);
  EXPECT_EQ(pdf_words(draft_notice.body).rfind("DỰ THẢO", 0), 0u);
  EXPECT_NE(pdf_words(draft_notice.body).find("Số: /TB-STNMT"), std::string::npos);
  EXPECT_EQ(draft_notice.body.find("/Type /Sig"), std::string::npos) << "a draft is never signed";
  EXPECT_EQ(visitor->get("/cong-khai/ket-qua/1/thong-bao.pdf").status, 404u);
  EXPECT_EQ(visitor->get("/cong-khai/ket-qua/1").body.find("thong-bao.pdf"), std::string::npos);
  HttpResult decisions_page = leader->get("/dot-thi-dua/1/quyet-dinh");
  EXPECT_NE(decisions_page.body.find("là dự thảo cho đến khi đợt thi đua hoàn tất tổng kết"), std::string::npos);

  finalise(kSeedCampaign);
  EXPECT_EQ(count("SELECT COUNT(*) FROM campaign_reports WHERE campaign_id = CAST(? AS BIGINT)", "1"), 2);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = ?", "campaign.issue_results"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = ?", "campaign.issue_summary"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = ?", "campaign.sign_results"), 1)
      << "signed as it is issued";
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = ?", "campaign.sign_summary"), 1);

  HttpResult notice = leader->get("/dot-thi-dua/1/thong-bao-ket-qua.pdf");
  ASSERT_EQ(notice.status, 200u);
  const std::string report = pdfsig_report(notice.body);
  // The leader at the signature, the agency's seal, the agency on the list.
  EXPECT_EQ(occurrences(report, "Signature Validation: Signature is Valid."), 3u) << report;
  EXPECT_EQ(occurrences(report, "Signer Certificate Common Name: Bùi Quang Huy"), 1u) << report;
  expect_document_fonts(notice.body, "results notice");
  const std::string words = pdf_words(notice.body);
  EXPECT_EQ(words.find("DỰ THẢO"), std::string::npos);
  EXPECT_NE(words.find("Số: 01/TB-STNMT"), std::string::npos) << words.substr(0, 400);
  EXPECT_NE(words.find("Quyết định số " + decision_symbol), std::string::npos);
  EXPECT_NE(words.find("1 tập thể và 1 cá nhân"), std::string::npos);
  EXPECT_NE(words.find("Nguyễn Văn An"), std::string::npos);

  // The same bytes wherever it is read.
  EXPECT_EQ(leader->get("/dot-thi-dua/1/thong-bao-ket-qua.pdf").body, notice.body);
  EXPECT_EQ(site_->login("thuongtruc")->get("/api/v1/campaigns/1/results-notice.pdf").body, notice.body);
  HttpResult public_pdf = visitor->get("/cong-khai/ket-qua/1/thong-bao.pdf");
  ASSERT_EQ(public_pdf.status, 200u);
  EXPECT_EQ(public_pdf.body, notice.body);
  EXPECT_EQ(visitor->get("/api/v1/public/campaigns/1/results-notice.pdf").body, notice.body);
  EXPECT_NE(visitor->get("/cong-khai/ket-qua/1").body.find("Thông báo kết quả số 01/TB-STNMT"), std::string::npos);

  HttpResult summary = leader->get("/dot-thi-dua/1/bao-cao-tong-ket.pdf");
  ASSERT_EQ(summary.status, 200u);
  const std::string summary_report = pdfsig_report(summary.body);
  EXPECT_EQ(occurrences(summary_report, "Signature Validation: Signature is Valid."), 3u) << summary_report;
  const std::string summary_words = pdf_words(summary.body);
  for (const char* expected : {"Số: 01/BC-STNMT", "BÁO CÁO", "I. KẾT QUẢ TỔ CHỨC THỰC HIỆN",
                               "Đề nghị khen thưởng: 2 đề nghị; được Hội đồng Thi đua – Khen thưởng thông qua: 2.",
                               "Tổng số: 1 tập thể và 1 cá nhân được khen thưởng, gồm:", "PHỤ LỤC"}) {
    EXPECT_NE(summary_words.find(expected), std::string::npos) << expected;
  }
  EXPECT_EQ(leader->get("/api/v1/campaigns/1/summary-report.pdf").body, summary.body);

  // The editable copies carry the numbers; the page says what was issued.
  HttpResult docx = leader->get("/dot-thi-dua/1/bao-cao-tong-ket.docx");
  ASSERT_EQ(docx.status, 200u);
  auto entries = zip_entries(docx.body);
  ASSERT_TRUE(entries.has_value());
  EXPECT_NE((*entries)["word/document.xml"].find("Số: 01/BC-STNMT"), std::string::npos);
  EXPECT_EQ(leader->get("/api/v1/campaigns/1/results-notice.docx").status, 200u);
  const std::string page = leader->get("/dot-thi-dua/1/quyet-dinh").body;
  EXPECT_NE(page.find("Thông báo kết quả số 01/TB-STNMT ngày "), std::string::npos);
  EXPECT_NE(page.find(": đã ban hành, có chữ ký số."), std::string::npos);
  EXPECT_EQ(page.find("chưa ký số"), std::string::npos);
  EXPECT_EQ(page.find("van-ban-tong-ket"), std::string::npos) << "nothing left to issue";
}

// What an issued notice says is fixed when it is issued: a decision approved
// after the campaign was finalised (a higher authority's answer comes late)
// changes neither it nor the summary, signed or not.
TEST_F(ClosingDocumentsTest, AnIssuedNoticeKeepsWhatItSaidWhenAwardsComeLater) {
  const int64_t first = draft(*site_, gk_, {add_nomination(*site_, gk_, site_->person_id("Nguyễn Văn An"), "passed")});
  ASSERT_GT(approve(*site_, first), 0);
  const int64_t later = draft(*site_, gk_, {add_nomination(*site_, gk_, site_->person_id("Hoàng Thị Thanh Tâm"), "passed")});
  finalise(kSeedCampaign);
  UserSession leader = site_->login("lanhdao");
  const std::string before = pdf_words(leader->get("/dot-thi-dua/1/thong-bao-ket-qua.pdf").body);
  const std::string summary_before = pdf_words(leader->get("/dot-thi-dua/1/bao-cao-tong-ket.pdf").body);
  ASSERT_NE(before.find("Nguyễn Văn An"), std::string::npos);
  ASSERT_NE(before.find("Tổng số: 1 cá nhân"), std::string::npos) << before;
  ASSERT_GT(approve(*site_, later), 0);
  const std::string after = pdf_words(leader->get("/dot-thi-dua/1/thong-bao-ket-qua.pdf").body);
  EXPECT_EQ(after, before);
  EXPECT_EQ(after.find("Hoàng Thị Thanh Tâm"), std::string::npos);
  EXPECT_EQ(pdf_words(leader->get("/dot-thi-dua/1/bao-cao-tong-ket.pdf").body), summary_before);
  HttpResult docx = leader->get("/dot-thi-dua/1/thong-bao-ket-qua.docx");
  auto entries = zip_entries(docx.body);
  ASSERT_TRUE(entries.has_value());
  EXPECT_EQ((*entries)["word/document.xml"].find("Hoàng Thị Thanh Tâm"), std::string::npos) << "nor its editable copy";
  // Unsigned here (no signing material), and the page says so.
  EXPECT_NE(leader->get("/dot-thi-dua/1/quyet-dinh").body.find(": đã ban hành, chưa ký số."), std::string::npos);
}

// A campaign finalised before its first award: the summary is issued then;
// once awards come, the office issues the results notice from the decisions
// page (or the API), and it is numbered and signed as at finalisation.
TEST_F(ClosingDocumentsTest, ANoticeStillToIssueIsIssuedFromTheDecisionsPage) {
  auto made = app::set_up_demo_signing(site_->services(), kSeedCampaign);
  ASSERT_TRUE(made.ok()) << made.error().message;
  const int64_t d = draft(*site_, gk_, {add_nomination(*site_, gk_, site_->person_id("Nguyễn Văn An"), "passed")});
  UserSession secretariat = site_->login("thuongtruc");
  // Not finalised yet: nothing to issue by hand.
  HttpResult early = secretariat.post_form("/dot-thi-dua/1/van-ban-tong-ket", {});
  EXPECT_EQ(early.status, 409u);
  finalise(kSeedCampaign);
  EXPECT_EQ(count("SELECT COUNT(*) FROM campaign_reports WHERE kind = ?", "results"), 0);
  ASSERT_GT(approve(*site_, d), 0);
  const std::string page = secretariat->get("/dot-thi-dua/1/quyet-dinh").body;
  EXPECT_NE(page.find("còn văn bản tổng kết chưa ban hành"), std::string::npos);
  EXPECT_NE(page.find("action=\"/dot-thi-dua/1/van-ban-tong-ket\""), std::string::npos);
  EXPECT_EQ(site_->login("canbo").post_form("/dot-thi-dua/1/van-ban-tong-ket", {}).status, 403u);
  HttpResult issued = secretariat.post_form("/dot-thi-dua/1/van-ban-tong-ket", {});
  ASSERT_EQ(issued.status, 303u) << issued.body.substr(0, 300);
  EXPECT_NE(issued.header("location").find("thong-bao=da-ban-hanh"), std::string::npos);
  EXPECT_EQ(count("SELECT COUNT(*) FROM campaign_reports WHERE kind = ?", "results"), 1);
  HttpResult notice = secretariat->get("/dot-thi-dua/1/thong-bao-ket-qua.pdf");
  ASSERT_EQ(notice.status, 200u);
  EXPECT_NE(pdf_words(notice.body).find("Số: 01/TB-STNMT"), std::string::npos);
  EXPECT_EQ(occurrences(pdfsig_report(notice.body), "Signature Validation: Signature is Valid."), 3u);
  // Nothing left: the API says so and issues nothing more.
  HttpResult again = secretariat.send_json("POST", "/api/v1/campaigns/1/closing-documents", boost::json::object{});
  ASSERT_EQ(again.status, 200u) << again.body;
  EXPECT_NE(again.body.find("\"issued\":0"), std::string::npos) << again.body;
  EXPECT_NE(again.body.find("\"number_symbol\":\"01/TB-STNMT\""), std::string::npos);
  EXPECT_NE(again.body.find("\"signed\":true"), std::string::npos);
  HttpResult listed = secretariat->get("/api/v1/campaigns/1/closing-documents");
  ASSERT_EQ(listed.status, 200u);
  EXPECT_NE(listed.body.find("\"kind\":\"summary\""), std::string::npos);
  EXPECT_EQ(site_->login("canbo")->get("/api/v1/campaigns/1/closing-documents").status, 403u);
}

// A finalisation refused (a stale version) takes no number.
TEST_F(ClosingDocumentsTest, ARefusedFinalisationTakesNoNumber) {
  auto closed = app::move_campaign(site_->services(), site_->actor("thuongtruc"), kSeedCampaign,
                                   core::CampaignState::kClosed, version_of(kSeedCampaign), meta());
  ASSERT_TRUE(closed.ok()) << closed.error().message;
  auto stale = app::move_campaign(site_->services(), site_->actor("thuongtruc"), kSeedCampaign,
                                  core::CampaignState::kFinalised, version_of(kSeedCampaign) - 1, meta());
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(count("SELECT COUNT(*) FROM campaign_reports WHERE kind <> ?", ""), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM document_registers WHERE doc_type IN ('TB', 'BC') AND doc_type <> ?", ""), 0);
}

TEST_F(ClosingDocumentsTest, OnlyThoseWhoFollowTheCampaignGetThem) {
  const int64_t n1 = add_nomination(*site_, gk_, site_->person_id("Nguyễn Văn An"), "passed");
  ASSERT_GT(approve(*site_, draft(*site_, gk_, {n1})), 0);
  EXPECT_EQ(site_->login("thuongtruc")->get("/dot-thi-dua/1/bao-cao-tong-ket.docx").status, 200u);
  for (const char* who : {"canbo", "thutruong", "nhanvien"}) {
    UserSession s = site_->login(who);
    EXPECT_EQ(s->get("/dot-thi-dua/1/thong-bao-ket-qua.pdf").status, 403u) << who;
    EXPECT_EQ(s->get("/api/v1/campaigns/1/summary-report.pdf").status, 403u) << who;
  }
  auto visitor = site_->client();
  EXPECT_EQ(visitor->get("/api/v1/campaigns/1/results-notice.pdf").status, 401u);
  EXPECT_EQ(visitor->get("/api/v1/public/campaigns/1/results-notice.pdf").status, 404u) << "not issued yet";
  EXPECT_EQ(site_->login("lanhdao")->get("/api/v1/campaigns/777/results-notice.pdf").status, 404u);
}

TEST_F(ClosingDocumentsTest, ACampaignWithoutAwardsHasASummaryButNoNotice) {
  UserSession leader = site_->login("lanhdao");
  HttpResult none = leader->get("/api/v1/campaigns/1/results-notice.pdf");
  EXPECT_EQ(none.status, 409u);
  EXPECT_NE(none.body.find("chưa có kết quả để thông báo"), std::string::npos) << none.body;
  finalise(kSeedCampaign);
  EXPECT_EQ(count("SELECT COUNT(*) FROM campaign_reports WHERE kind = ?", "results"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM campaign_reports WHERE kind = ?", "summary"), 1);
  HttpResult summary = leader->get("/dot-thi-dua/1/bao-cao-tong-ket.pdf");
  ASSERT_EQ(summary.status, 200u);
  const std::string words = pdf_words(summary.body);
  EXPECT_NE(words.find("Số: 01/BC-STNMT"), std::string::npos);
  EXPECT_NE(words.find("Chưa có tập thể, cá nhân nào được khen thưởng."), std::string::npos);
  EXPECT_EQ(leader->get("/dot-thi-dua/1/thong-bao-ket-qua.pdf").status, 409u);
}

}  // namespace
}  // namespace thidua::test
