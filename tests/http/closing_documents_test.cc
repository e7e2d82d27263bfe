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
});

class ClosingDocumentsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    site_ = std::make_unique<TestSite>();
    if (!site_->ok()) GTEST_SKIP() << "no test site";
    auto types = seed_award_types(*site_);
    ASSERT_EQ(types.size(), 3u);
    gk_ = types[0];
  }

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

  std::unique_ptr<TestSite> site_;
  int64_t gk_ = 0;
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
  EXPECT_NE(leader->get("/dot-thi-dua/1/quyet-dinh").body.find(
                "Đã ban hành thông báo kết quả số 01/TB-STNMT và báo cáo tổng kết số 01/BC-STNMT"),
            std::string::npos);
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
