// What an office sees (issue 12): every DOCX thidua writes, opened and
// printed to PDF by LibreOffice, reads word for word as thidua's own PDF of
// the same document (whitespace, line and page breaks aside), and is drawn in
// Liberation Serif only, all embedded. This is how a font without the
// Vietnamese letters showed: LibreOffice split the words ("S ở", "nhi ệm v ụ").
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>

#include "app/decision_document.h"
#include "app/minutes_document.h"
#include "app/plan_document.h"
#include "app/seed_campaign.h"
#include "docs/docx_writer.h"
#include "docs/pdf_writer.h"
#include "support/office_convert.h"
#include "support/pdf_text.h"

namespace thidua::app {
namespace {

namespace fs = std::filesystem;

std::string read_all(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

core::NomineeRow nominee(std::string subject, std::string name, std::string position, std::string unit) {
  core::NomineeRow n;
  n.subject = std::move(subject);
  n.name = std::move(name);
  n.position = std::move(position);
  n.unit_name = std::move(unit);
  n.report = "Hoàn thành xuất sắc nhiệm vụ; chủ trì số hóa hồ sơ địa chính của huyện.";
  return n;
}

core::Attendance seat(int64_t id, const std::string& name, core::CouncilRole role, bool present) {
  core::Attendance a;
  a.member.id = id;
  a.member.full_name = name;
  a.member.position = "Phó Giám đốc Sở";
  a.member.role = role;
  a.member.active = true;
  a.present = present;
  return a;
}

// The documents an office receives: the seed plan, a decision and a
// proposal with their lists, the council's minutes.
std::map<std::string, docs::AdministrativeDocument> documents() {
  core::Campaign plan = seed_campaign({{"STNMT", 1}});
  for (size_t i = 0; i < plan.award_types.size(); ++i) plan.award_types[i].id = static_cast<int64_t>(i) + 1;
  plan.number = 7;
  plan.issue_date = "2023-06-12";
  const std::vector<core::NomineeRow> list = {
      nominee("individual", "Nguyễn Văn An", "Chuyên viên", "Phòng Tài nguyên và Môi trường huyện Lục Nam"),
      nominee("collective", "Văn phòng Đăng ký đất đai", "", "Văn phòng Đăng ký đất đai"),
      nominee("individual", "Hoàng Thị Thanh Tâm", "Phó Trưởng phòng", "Phòng Quản lý đất đai")};
  core::DecisionRecord d;
  d.kind = core::DecisionKind::kDecision;
  d.doc_symbol = "QĐ-STNMT";
  d.award_type_id = 1;
  d.title = "Về việc tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc";
  d.award_name = "Giấy khen";
  d.award_granted_by = "Giám đốc Sở";
  d.signer_authority = "GIÁM ĐỐC";
  d.signer_name = "Bùi Quang Huy";
  d.drafted_at = "2023-11-01T02:00:00Z";
  d.number = 5;
  d.issue_date = "2023-11-10";
  core::DecisionRecord p = d;
  p.kind = core::DecisionKind::kProposal;
  p.doc_symbol = "TTr-STNMT";
  p.award_type_id = 2;
  p.award_name = "Bằng khen";
  p.award_granted_by = "Chủ tịch UBND tỉnh";
  p.title = "Về việc đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh";
  SessionView v;
  v.session.council_name = "Hội đồng Thi đua – Khen thưởng Sở Tài nguyên và Môi trường";
  v.session.held_on = "2023-10-05";
  v.session.place = "Phòng họp tầng 3, Sở Tài nguyên và Môi trường";
  v.session.state = core::SessionState::kClosed;
  v.session.members_total = 3;
  v.session.minutes_number = 3;
  v.attendance = {seat(1, "Bùi Quang Huy", core::CouncilRole::kChair, true),
                  seat(2, "Phạm Thị Thu Hằng", core::CouncilRole::kSecretary, true),
                  seat(3, "Giáp Văn Tuấn", core::CouncilRole::kMember, false)};
  core::SessionItem it;
  it.id = it.ord = 1;
  it.nominee_name = "Nguyễn Văn An";
  it.nominating_unit_name = "Phòng Tài nguyên và Môi trường huyện Lục Nam";
  it.award_name = "Giấy khen";
  it.award_granted_by = "Giám đốc Sở";
  it.agree = 2;
  it.disagree = 0;
  it.invalid = 0;
  it.required_agree = 2;
  it.passed = true;
  v.items = {it};
  return {{"ke-hoach", plan_document(plan)},
          {"quyet-dinh", decision_document(plan, d, list)},
          {"to-trinh", decision_document(plan, p, list)},
          {"bien-ban", minutes_document(plan, v)}};
}

TEST(OfficeFidelity, LibreOfficeReadsEveryDocxAsThePdfReads) {
  const fs::path dir = fs::temp_directory_path() / ("thidua-fidelity-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::map<std::string, std::string> docx, pdf;
  for (const auto& [name, doc] : documents()) {
    const fs::path d = dir / (name + ".docx"), p = dir / (name + ".pdf");
    ASSERT_TRUE(docs::write_docx(doc, d.string()).ok()) << name;
    ASSERT_TRUE(docs::write_pdf(doc, p.string()).ok()) << name;
    docx[name + ".docx"] = read_all(d);
    pdf[name] = read_all(p);
  }
  const auto converted = test::office_pdfs(docx);
  ASSERT_EQ(converted.size(), docx.size());
  for (const auto& [name, ours] : pdf) {
    const std::string& office = converted.at(name + ".docx");
    test::expect_document_fonts(office, name + ".docx in LibreOffice");
    const auto expected = test::reading_words(ours);
    const auto got = test::reading_words(office);
    ASSERT_FALSE(expected.empty()) << name;
    std::multiset<std::string> missing, extra;
    std::set_difference(expected.begin(), expected.end(), got.begin(), got.end(), std::inserter(missing, missing.end()));
    std::set_difference(got.begin(), got.end(), expected.begin(), expected.end(), std::inserter(extra, extra.end()));
    EXPECT_TRUE(missing.empty() && extra.empty())
        << name << ": only in thidua's PDF: " << ::testing::PrintToString(missing)
        << "; only in LibreOffice's: " << ::testing::PrintToString(extra);
  }
  fs::remove_all(dir);
}

}  // namespace
}  // namespace thidua::app
