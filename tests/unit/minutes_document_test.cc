// The minutes of a closed council session as a Decree 30 document: header
// from the campaign, date and place of the meeting, members present and
// absent, one table row per nomination with its count and outcome, the
// secretary's and the chair's signatures.
#include "app/minutes_document.h"

#include <gtest/gtest.h>

#include "app/seed_campaign.h"

namespace thidua::app {
namespace {

core::Attendance seat(int64_t id, const std::string& name, core::CouncilRole role, bool present, bool active = true) {
  core::Attendance a;
  a.member.id = id;
  a.member.full_name = name;
  a.member.position = "Phó Giám đốc Sở";
  a.member.role = role;
  a.member.active = active;
  a.present = present;
  return a;
}

core::SessionItem item(int ord, const std::string& nominee, int agree, int disagree, int required, bool passed) {
  core::SessionItem it;
  it.id = ord;
  it.ord = ord;
  it.nominee_name = nominee;
  it.nominating_unit_name = "Phòng Tài nguyên và Môi trường huyện Lục Nam";
  it.award_name = "Giấy khen";
  it.award_granted_by = "Giám đốc Sở";
  it.agree = agree;
  it.disagree = disagree;
  it.invalid = 0;
  it.required_agree = required;
  it.passed = passed;
  return it;
}

std::string all_text(const docs::AdministrativeDocument& d) {
  std::string out;
  for (const auto& b : d.body) {
    for (const auto& run : b.text) out += run.text + "\n";
    for (const auto& row : b.table.rows) {
      for (const auto& cell : row) out += cell + "|";
      out += "\n";
    }
  }
  return out;
}

TEST(MinutesDocument, HoldsAttendanceCountsOutcomesAndSignatures) {
  const core::Campaign campaign = seed_campaign({{"STNMT", 1}});
  SessionView v;
  v.session.council_name = "Hội đồng Thi đua – Khen thưởng Sở Tài nguyên và Môi trường";
  v.session.held_on = "2023-10-05";
  v.session.place = "Phòng họp tầng 3, Sở TNMT";
  v.session.state = core::SessionState::kClosed;
  v.session.members_total = 4;
  v.attendance = {seat(1, "Bùi Quang Huy", core::CouncilRole::kChair, true),
                  seat(2, "Phạm Thị Thu Hằng", core::CouncilRole::kSecretary, true),
                  seat(3, "Giáp Văn Tuấn", core::CouncilRole::kMember, true),
                  seat(4, "Trần Thị Minh Huệ", core::CouncilRole::kMember, false),
                  seat(5, "Lê Văn Cũ", core::CouncilRole::kMember, false, false)};
  v.items = {item(1, "Nguyễn Văn An", 3, 0, 2, true), item(2, "Hoàng Thị Thanh Tâm", 1, 2, 2, false)};
  const docs::AdministrativeDocument d = minutes_document(campaign, v);
  EXPECT_TRUE(docs::validate(d).ok());
  EXPECT_EQ(d.doc_type, "BIÊN BẢN");
  EXPECT_EQ(d.governing_body, campaign.governing_body);
  EXPECT_EQ(d.place_date_line, "Bắc Giang, ngày 05 tháng 10 năm 2023");
  EXPECT_NE(d.summary.find(v.session.council_name), std::string::npos);
  const std::string text = all_text(d);
  EXPECT_NE(text.find("Phòng họp tầng 3, Sở TNMT"), std::string::npos);
  const size_t absent = text.find("Thành viên vắng mặt:");
  ASSERT_NE(absent, std::string::npos);
  EXPECT_GT(text.find("Trần Thị Minh Huệ"), absent) << "the absent member is listed as absent";
  EXPECT_LT(text.find("Giáp Văn Tuấn"), absent) << "the present member is listed as present";
  EXPECT_EQ(text.find("Lê Văn Cũ"), std::string::npos) << "former members are not listed";
  EXPECT_NE(text.find("1|Nguyễn Văn An|Phòng Tài nguyên và Môi trường huyện Lục Nam|Giấy khen của Giám đốc Sở|3|0|0|2|Đạt|"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("2|Hoàng Thị Thanh Tâm|Phòng Tài nguyên và Môi trường huyện Lục Nam|Giấy khen của Giám đốc Sở|1|2|0|2|Không đạt|"),
            std::string::npos);
  EXPECT_NE(text.find("Có mặt 3/4 thành viên"), std::string::npos);
  EXPECT_NE(text.find("Phạm Thị Thu Hằng"), std::string::npos);
  EXPECT_EQ(d.signature.authority_lines, std::vector<std::string>{"CHỦ TỊCH HỘI ĐỒNG"});
  EXPECT_EQ(d.signature.signer_name, "Bùi Quang Huy");
  ASSERT_FALSE(d.recipients.empty());
  EXPECT_EQ(d.recipients.back(), "Lưu: VT, VP.");
}

}  // namespace
}  // namespace thidua::app
