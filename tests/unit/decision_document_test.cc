// Decisions and proposals as Decree 30 documents, and certificates, built
// from the seed plan (pure: no database).
#include <gtest/gtest.h>

#include "app/certificates.h"
#include "app/decision_document.h"
#include "app/seed_campaign.h"

namespace thidua::app {
namespace {

std::string text_of(const docs::RichText& t) {
  std::string out;
  for (const auto& r : t) out += r.text;
  return out;
}

core::NomineeRow nominee(std::string subject, std::string name, std::string position, std::string unit,
                          std::string report = {}) {
  core::NomineeRow n;
  n.subject = std::move(subject);
  n.name = std::move(name);
  n.position = std::move(position);
  n.unit_name = std::move(unit);
  n.report = std::move(report);
  return n;
}

class DecisionDocumentTest : public ::testing::Test {
 protected:
  void SetUp() override {
    plan_ = seed_campaign({});
    plan_.number = 7;
    plan_.issue_date = "2023-06-12";
    d_.kind = core::DecisionKind::kDecision;
    d_.doc_symbol = "QĐ-STNMT";
    d_.title = "Về việc tặng Giấy khen";
    d_.award_name = "Giấy khen";
    d_.award_granted_by = "Giám đốc Sở";
    d_.signer_authority = "GIÁM ĐỐC";
    d_.signer_name = "Bùi Quang Huy";
    d_.drafted_at = "2023-11-01T02:00:00Z";
    list_ = {nominee("collective", "Văn phòng Sở", "", "Văn phòng Sở"),
             nominee("individual", "Nguyễn Văn An", "Chuyên viên", "Phòng TNMT huyện Lục Nam",
                     "Chủ trì số hóa hồ sơ địa chính.\nChi tiết kèm theo.")};
  }
  core::Campaign plan_;
  core::DecisionRecord d_;
  std::vector<core::NomineeRow> list_;
};

TEST_F(DecisionDocumentTest, DraftHasABlankNumberAndDayThenTheNumberOnceApproved) {
  auto doc = decision_document(plan_, d_, list_);
  EXPECT_EQ(doc.doc_type, "QUYẾT ĐỊNH");
  EXPECT_NE(doc.number_line.find("/QĐ-STNMT"), std::string::npos);
  EXPECT_EQ(doc.number_line.find("01/"), std::string::npos);
  EXPECT_EQ(doc.place_date_line, "Bắc Giang, ngày      tháng      năm 2023");
  d_.number = 5;
  d_.issue_date = "2023-11-10";
  doc = decision_document(plan_, d_, list_);
  EXPECT_EQ(doc.number_line, "Số: 05/QĐ-STNMT");
  EXPECT_EQ(doc.place_date_line, "Bắc Giang, ngày 10 tháng 11 năm 2023");
}

TEST_F(DecisionDocumentTest, CitesThePlanAndListsTheAwardeesInOrder) {
  const auto doc = decision_document(plan_, d_, list_);
  ASSERT_GE(doc.body.size(), 6u);
  EXPECT_TRUE(doc.preamble.empty());
  EXPECT_EQ(doc.body[0].kind, docs::BlockKind::kCentered);
  EXPECT_EQ(text_of(doc.body[0].text), "GIÁM ĐỐC SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG");
  EXPECT_EQ(text_of(doc.body[1].text).rfind("Căn cứ Kế hoạch số 25/KH-STNMT ngày 18/4/2023 của Giám đốc Sở về", 0), 0u);
  EXPECT_EQ(text_of(doc.body[2].text).rfind("Căn cứ Kế hoạch số 07/KH-STNMT ngày 12/6/2023 về việc phát động", 0), 0u);
  EXPECT_EQ(doc.body[4].kind, docs::BlockKind::kCentered);
  EXPECT_EQ(text_of(doc.body[4].text), "QUYẾT ĐỊNH:");
  const std::string article1 = text_of(doc.body[5].text);
  EXPECT_EQ(article1.rfind("Điều 1. ", 0), 0u);
  EXPECT_NE(article1.find("cho 1 tập thể và 1 cá nhân"), std::string::npos) << article1;
  const docs::Block* table = nullptr;
  for (const auto& b : doc.body) {
    if (b.kind == docs::BlockKind::kTable) table = &b;
  }
  ASSERT_NE(table, nullptr);
  ASSERT_EQ(table->table.rows.size(), 2u);
  EXPECT_EQ(table->table.rows[0][0], "1");
  EXPECT_EQ(table->table.rows[0][1], "Văn phòng Sở");
  EXPECT_EQ(table->table.rows[1][2], "Chuyên viên, Phòng TNMT huyện Lục Nam");
  EXPECT_EQ(table->table.rows[1][3], "Chủ trì số hóa hồ sơ địa chính.") << "the report's first line";
  EXPECT_EQ(table->table.rows[0][3], "Có thành tích xuất sắc trong đợt thi đua") << "no report yet";
  EXPECT_EQ(doc.recipients.back(), "Lưu: VT, VP.");
  EXPECT_EQ(doc.signature.signer_name, "Bùi Quang Huy");
  EXPECT_TRUE(docs::validate(doc).ok());
}

TEST_F(DecisionDocumentTest, AProposalIsAddressedToTheHigherAuthority) {
  d_.kind = core::DecisionKind::kProposal;
  d_.doc_symbol = "TTr-STNMT";
  d_.award_name = "Bằng khen";
  d_.award_granted_by = "Chủ tịch UBND tỉnh";
  const auto doc = decision_document(plan_, d_, list_);
  EXPECT_EQ(doc.doc_type, "TỜ TRÌNH");
  ASSERT_FALSE(doc.body.empty());
  EXPECT_EQ(doc.body[0].kind, docs::BlockKind::kCentered);
  EXPECT_EQ(text_of(doc.body[0].text), "Kính gửi: Chủ tịch UBND tỉnh.");
  EXPECT_EQ(text_of(doc.body.back().text), "Kính trình Chủ tịch UBND tỉnh xem xét, quyết định./.");
}

TEST_F(DecisionDocumentTest, CertificateCarriesTheAwardAndItsNumbers) {
  core::AwardRecord a;
  a.subject = "individual";
  a.recipient_name = "Nguyễn Văn An";
  a.unit_name = "Phòng TNMT huyện Lục Nam";
  a.award_name = "Giấy khen";
  a.decision_number_symbol = "05/QĐ-STNMT";
  a.decision_date = "2023-11-10";
  a.certificate_number = "03/GK-STNMT";
  d_.signer_authority = "KT. GIÁM ĐỐC";
  d_.signer_position = "PHÓ GIÁM ĐỐC";
  const auto c = certificate_for(plan_, d_, a);
  EXPECT_EQ(c.award, "GIẤY KHEN");
  EXPECT_EQ(c.granter, "GIÁM ĐỐC SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG") << "a deputy signs for the director";
  EXPECT_EQ(c.recipient, "Nguyễn Văn An");
  EXPECT_EQ(c.detail, "Phòng TNMT huyện Lục Nam");
  ASSERT_EQ(c.left_lines.size(), 2u);
  EXPECT_EQ(c.left_lines[0], "Quyết định số 05/QĐ-STNMT ngày 10 tháng 11 năm 2023");
  EXPECT_EQ(c.left_lines[1], "Số: 03/GK-STNMT");
  EXPECT_EQ(c.authority_lines, (std::vector<std::string>{"KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"}));
  EXPECT_EQ(c.place_date, "Bắc Giang, ngày 10 tháng 11 năm 2023");
  EXPECT_EQ(c.reason, "Đã có thành tích xuất sắc trong đợt thi đua theo Kế hoạch số 07/KH-STNMT.");
  plan_.number.reset();
  EXPECT_EQ(certificate_for(plan_, d_, a).reason, "Đã có thành tích xuất sắc trong đợt thi đua.")
      << "an unnumbered plan is not cited by number";
}

}  // namespace
}  // namespace thidua::app
