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
    for (size_t i = 0; i < plan_.award_types.size(); ++i) plan_.award_types[i].id = static_cast<int64_t>(i) + 1;
    plan_.number = 7;
    plan_.issue_date = "2023-06-12";
    d_.kind = core::DecisionKind::kDecision;
    d_.doc_symbol = "QĐ-STNMT";
    d_.award_type_id = 1;  // the seed's Giấy khen of the Director
    d_.title = "Về việc tặng Giấy khen";
    d_.award_name = "Giấy khen";
    d_.award_granted_by = "Giám đốc Sở";
    d_.signer_authority = "GIÁM ĐỐC";
    d_.signer_name = "Bùi Quang Huy";
    d_.drafted_at = "2023-11-01T02:00:00Z";
    // An individual between two collectives: the list puts collectives first.
    list_ = {nominee("collective", "Văn phòng Sở", "", "Văn phòng Sở"),
             nominee("individual", "Nguyễn Văn An", "Chuyên viên", "Phòng TNMT huyện Lục Nam",
                     "Chủ trì số hóa hồ sơ địa chính.\nChi tiết kèm theo."),
             nominee("collective", "Phòng Đất đai", "", "Phòng Đất đai", "Hoàn thành xuất sắc nhiệm vụ.")};
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

TEST_F(DecisionDocumentTest, CitesTheLawThenThePlansAndAttachesTheListAfterTheSignature) {
  const auto doc = decision_document(plan_, d_, list_);
  ASSERT_GE(doc.body.size(), 8u);
  EXPECT_TRUE(doc.preamble.empty());
  EXPECT_EQ(doc.body[0].kind, docs::BlockKind::kCentered);
  EXPECT_EQ(text_of(doc.body[0].text), "GIÁM ĐỐC SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG");
  EXPECT_EQ(text_of(doc.body[1].text), "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;");
  EXPECT_EQ(text_of(doc.body[2].text).rfind("Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ", 0),
            0u);
  EXPECT_EQ(text_of(doc.body[3].text).rfind("Căn cứ Kế hoạch số 25/KH-STNMT ngày 18/4/2023 của Giám đốc Sở về", 0), 0u);
  EXPECT_EQ(text_of(doc.body[4].text).rfind("Căn cứ Kế hoạch số 07/KH-STNMT ngày 12/6/2023 về việc phát động", 0), 0u);
  EXPECT_EQ(doc.body[6].kind, docs::BlockKind::kCentered);
  EXPECT_EQ(text_of(doc.body[6].text), "QUYẾT ĐỊNH:");
  const std::string article1 = text_of(doc.body[7].text);
  EXPECT_EQ(article1.rfind("Điều 1. ", 0), 0u);
  EXPECT_NE(article1.find("cho 2 tập thể và 1 cá nhân đã có thành tích xuất sắc trong đợt thi đua đặc biệt lập thành "
                          "tích chào mừng Kỷ niệm 20 năm"),
            std::string::npos)
      << article1;
  EXPECT_NE(article1.find("(có danh sách kèm theo)."), std::string::npos) << article1;
  for (const auto& b : doc.body) EXPECT_NE(b.kind, docs::BlockKind::kTable) << "the list is not inside the articles";

  ASSERT_EQ(doc.attachments.size(), 1u);
  const docs::Attachment& a = doc.attachments[0];
  EXPECT_EQ(a.title_lines,
            (std::vector<std::string>{"DANH SÁCH", "Tập thể, cá nhân được tặng Giấy khen của Giám đốc Sở"}));
  EXPECT_EQ(a.reference, "(Kèm theo Quyết định số      /QĐ-STNMT ngày      /      /2023)") << "a draft";
  ASSERT_EQ(a.body.size(), 4u);
  EXPECT_EQ(text_of(a.body[0].text), "I. TẬP THỂ");
  ASSERT_EQ(a.body[1].kind, docs::BlockKind::kTable);
  const auto& collectives = a.body[1].table.rows;
  ASSERT_EQ(collectives.size(), 2u);
  EXPECT_EQ(collectives[0], (std::vector<std::string>{"1", "Văn phòng Sở", "Có thành tích xuất sắc trong đợt thi đua"}));
  EXPECT_EQ(collectives[1], (std::vector<std::string>{"2", "Phòng Đất đai", "Hoàn thành xuất sắc nhiệm vụ."}));
  EXPECT_EQ(text_of(a.body[2].text), "II. CÁ NHÂN");
  const auto& individuals = a.body[3].table.rows;
  ASSERT_EQ(individuals.size(), 1u);
  EXPECT_EQ(individuals[0][0], "1") << "each group numbered from 1";
  EXPECT_EQ(individuals[0][1], "Nguyễn Văn An");
  EXPECT_EQ(individuals[0][2], "Chuyên viên, Phòng TNMT huyện Lục Nam");
  EXPECT_EQ(individuals[0][3], "Chủ trì số hóa hồ sơ địa chính.") << "the report's first line";
  EXPECT_EQ(doc.recipients.back(), "Lưu: VT, VP.");
  EXPECT_EQ(doc.signature.signer_name, "Bùi Quang Huy");
  EXPECT_TRUE(docs::validate(doc).ok());

  d_.number = 5;
  d_.issue_date = "2023-11-10";
  EXPECT_EQ(decision_document(plan_, d_, list_).attachments[0].reference,
            "(Kèm theo Quyết định số 05/QĐ-STNMT ngày 10/11/2023)");
}

TEST_F(DecisionDocumentTest, AListOfOneKindHasNoGroupHeadings) {
  list_.erase(list_.begin() + 1);
  const auto doc = decision_document(plan_, d_, list_);
  ASSERT_EQ(doc.attachments.size(), 1u);
  EXPECT_EQ(doc.attachments[0].title_lines[1], "Tập thể được tặng Giấy khen của Giám đốc Sở");
  ASSERT_EQ(doc.attachments[0].body.size(), 1u);
  EXPECT_EQ(doc.attachments[0].body[0].kind, docs::BlockKind::kTable);
}

TEST_F(DecisionDocumentTest, AnAwardTypeWithoutLegalBasisCitesThePlansOnly) {
  d_.award_type_id = 0;
  const auto doc = decision_document(plan_, d_, list_);
  EXPECT_EQ(text_of(doc.body[1].text).rfind("Căn cứ Kế hoạch số 25/KH-STNMT", 0), 0u);
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
  ASSERT_EQ(doc.attachments.size(), 1u);
  EXPECT_EQ(doc.attachments[0].title_lines[1], "Tập thể, cá nhân đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh");
  EXPECT_EQ(doc.attachments[0].reference.rfind("(Kèm theo Tờ trình số ", 0), 0u) << doc.attachments[0].reference;
  for (const auto& b : doc.body) EXPECT_NE(b.kind, docs::BlockKind::kTable);
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
  // Issue 12: the certificate names the campaign.
  EXPECT_EQ(c.reason,
            "Đã có thành tích xuất sắc trong đợt thi đua đặc biệt lập thành tích chào mừng Kỷ niệm 20 năm Ngày thành "
            "lập Sở Tài nguyên và Môi trường tỉnh Bắc Giang (10/11/2003-10/11/2023) theo Kế hoạch số 07/KH-STNMT.");
  plan_.number.reset();
  plan_.title = "Thi đua chuyển đổi số";
  EXPECT_EQ(certificate_for(plan_, d_, a).reason, "Đã có thành tích xuất sắc trong thi đua chuyển đổi số.")
      << "an unnumbered plan is not cited by number";
}

}  // namespace
}  // namespace thidua::app
