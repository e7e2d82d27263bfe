// The seed plan as data (app/seed_campaign.h): its contents as issued, word
// for word, its oddities kept, and its body rendered in the plan's order.
#include "app/seed_campaign.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "core/campaign.h"
#include "core/names.h"

namespace thidua::app {
namespace {

using core::Campaign;

const std::map<std::string, int64_t> kIds{{"STNMT", 1}, {"STNMT-VP", 2}, {"STNMT-TTLT", 12}};

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::vector<std::string> labels(const std::vector<core::NumberedItem>& items) {
  std::vector<std::string> out;
  for (const auto& item : items) out.push_back(item.label);
  return out;
}

// Every piece of text the campaign holds.
std::vector<std::string> all_text(const Campaign& c) {
  std::vector<std::string> out = core::campaign_body_lines(c);
  for (const auto& s : {c.document_type, c.doc_symbol, c.place, c.date_text, c.title, c.basis, c.award_intro,
                        c.award_note, c.period.text, c.period.start_text, c.signer.authority, c.signer.name}) {
    out.push_back(s);
  }
  for (const auto& d : c.implements) out.insert(out.end(), {d.number_symbol, d.date, d.issuer, d.title});
  for (const auto& a : c.award_types) {
    out.insert(out.end(), {a.code, a.name, a.granted_by, a.proposal_route, a.text, a.legal_citation,
                           a.ballot.legal_citation});
  }
  for (const auto& a : c.assignments) out.insert(out.end(), {a.assignee, a.unit_code, a.text});
  out.insert(out.end(), c.recipients.begin(), c.recipients.end());
  return out;
}

TEST(SeedCampaign, HeaderAsTheCopyLeavesIt) {
  const Campaign c = seed_campaign(kIds);
  EXPECT_EQ(c.issuing_unit_id, 1);
  EXPECT_EQ(c.document_type, "KẾ HOẠCH");
  EXPECT_FALSE(c.number.has_value());
  EXPECT_FALSE(c.issue_date.has_value());
  EXPECT_EQ(core::number_line(c), "Số:      /KH-STNMT") << "the copy leaves the number blank";
  EXPECT_EQ(core::place_date_line(c), "Bắc Giang, ngày   tháng 6 năm 2023");
  EXPECT_EQ(c.title,
            "Phát động đợt thi đua đặc biệt lập thành tích chào mừng Kỷ niệm 20 năm Ngày thành lập Sở Tài "
            "nguyên và Môi trường tỉnh Bắc Giang (10/11/2003-10/11/2023)");
  EXPECT_EQ(c.kind, core::CampaignKind::kSpecial);
  EXPECT_EQ(c.state, core::CampaignState::kRunning);
  ASSERT_EQ(c.implements.size(), 1u);
  EXPECT_EQ(c.implements[0].number_symbol, "25/KH-STNMT");
  EXPECT_EQ(c.implements[0].date, "2023-04-18");
  EXPECT_EQ(c.implements[0].issuer, "Giám đốc Sở");
  EXPECT_TRUE(c.basis.starts_with("Thực hiện Kế hoạch số 25/KH-STNMT ngày 18/4/2023 của Giám đốc Sở"));
  EXPECT_TRUE(c.basis.ends_with("với các nội dung cụ thể sau:"));
}

TEST(SeedCampaign, ContentsKeepTheMissingItemFour) {
  const Campaign c = seed_campaign(kIds);
  EXPECT_EQ(labels(c.purposes), (std::vector<std::string>{"1.", "2.", "3.", "4."}));
  EXPECT_EQ(labels(c.contents), (std::vector<std::string>{"1.", "2.", "3.", "5."}));
  // The paragraph break inside item 1 is joined with one space.
  EXPECT_TRUE(contains(c.contents[0].text, "đổi mới sáng tạo và đạt kết quả nổi bật trong việc triển khai"));
  EXPECT_FALSE(contains(c.contents[0].text, "\n"));
  EXPECT_FALSE(contains(c.contents[0].text, "  "));
  EXPECT_TRUE(c.contents[0].text.ends_with("hoàn thành xuất sắc nhiệm vụ được giao”."));
  EXPECT_TRUE(c.contents[3].text.starts_with("Thi đua đẩy mạnh phong trào văn nghệ, thể dục, thể thao"));
}

TEST(SeedCampaign, OdditiesAreKeptAsIssued) {
  const Campaign c = seed_campaign(kIds);
  EXPECT_TRUE(contains(c.contents[0].text, "tập trung đua đầy nhanh tiến độ"));
  EXPECT_TRUE(contains(c.purposes[0].text, "kinh tế- xã hội, an ninh quốc phòng an ninh,"));
  EXPECT_TRUE(contains(c.contents[2].text, "“Cả nước chung sức xây dựng nông thôn mới” giai đoạn 2021- 2025"));
  EXPECT_TRUE(contains(c.contents[2].text, "văn hóa công sở”;.. phong trào"));
  EXPECT_TRUE(contains(c.contents[2].text, "giai đoạn 2020 – 2025"));
  ASSERT_EQ(c.assignments.size(), 4u);
  EXPECT_TRUE(contains(c.assignments[2].text, "có thành tích xuất sắc biểu biểu trình Giám đốc Sở tặng giấy khen"));
  EXPECT_TRUE(c.assignments[3].text.ends_with("kịp thời báo cáo Lãnh đạo Sở chỉ đạo giải quyết./."));
  EXPECT_EQ(c.headings.individual_criteria, "2. Đối với cá nhân");
  EXPECT_EQ(c.headings.purposes, "I. MỤC ĐÍCH YÊU CẦU:");
}

TEST(SeedCampaign, ParticipantsAndPeriod) {
  const Campaign c = seed_campaign(kIds);
  EXPECT_EQ(c.participants.collectives.label, "1.1.");
  EXPECT_EQ(c.participants.collectives.text,
            "Tập thể: Sở Tài nguyên và Môi trường; các phòng, đơn vị thuộc Sở TNMT; phòng TNMT các huyện, "
            "thành phố.");
  EXPECT_EQ(c.participants.individuals.label, "1.2.");
  EXPECT_TRUE(c.participants.individuals.text.starts_with("Cá nhân: Công chức, viên chức và người lao động"));
  EXPECT_EQ(c.participants.target_unit_ids, (std::vector<int64_t>{1}));
  EXPECT_EQ(c.participants.employment_categories.size(), 3u);
  EXPECT_EQ(c.period.text, "Từ ngày phát động đợt thi đua đến hết ngày 30/9/2023.");
  EXPECT_EQ(c.period.start_text, "Từ ngày phát động đợt thi đua");
  EXPECT_EQ(c.period.end_date, "2023-09-30");
  EXPECT_FALSE(c.period.start_date.has_value());
}

TEST(SeedCampaign, AwardTypesAndTheirAuthorities) {
  const Campaign c = seed_campaign(kIds);
  ASSERT_EQ(c.award_types.size(), 3u);
  const auto& gk = c.award_types[0];
  EXPECT_EQ(gk.name, "Giấy khen");
  EXPECT_EQ(gk.granted_by, "Giám đốc Sở");
  EXPECT_EQ(gk.level, core::AwardLevel::kAgency);
  EXPECT_TRUE(gk.own_authority);
  EXPECT_EQ(gk.text, "Giám đốc Sở tặng giấy khen");
  const auto& province = c.award_types[1];
  EXPECT_EQ(province.name, "Bằng khen");
  EXPECT_EQ(province.granted_by, "Chủ tịch UBND tỉnh");
  EXPECT_EQ(province.level, core::AwardLevel::kProvince);
  EXPECT_FALSE(province.own_authority);
  EXPECT_EQ(province.text, "Chủ tịch UBND tỉnh tặng bằng khen");
  const auto& ministry = c.award_types[2];
  EXPECT_EQ(ministry.name, "Bằng khen");
  EXPECT_EQ(ministry.granted_by, "Bộ Tài nguyên và Môi trường");
  EXPECT_EQ(ministry.level, core::AwardLevel::kMinistry);
  EXPECT_FALSE(ministry.own_authority);
  EXPECT_EQ(ministry.text, "Bộ Tài nguyên và Môi trường tặng bằng khen");
  for (const auto& a : c.award_types) {
    EXPECT_EQ(a.ballot.kind, core::BallotKind::kSecret);
    EXPECT_EQ(a.ballot.base, core::VoteBase::kPresent);
    EXPECT_TRUE(a.ballot.strictly_above);
    EXPECT_FALSE(a.legal_citation.empty());
    // 7 members, 5 present: 3 agree passes, 2 fails.
    EXPECT_TRUE(core::count_votes(a.ballot, 7, 5, 3, 2, 0).passed);
    EXPECT_FALSE(core::count_votes(a.ballot, 7, 5, 2, 3, 0).passed);
  }
  EXPECT_NE(c.award_types[0].code, c.award_types[1].code);
  EXPECT_NE(c.award_types[1].code, c.award_types[2].code);
  EXPECT_EQ(c.award_note,
            "Sở Tài nguyên và Môi trường sẽ có hướng dẫn riêng về tổng kết thi đua và xét, đề nghị khen thưởng "
            "vào cuối đợt thi đua");
}

TEST(SeedCampaign, CriteriaForCollectivesAndIndividuals) {
  const Campaign c = seed_campaign(kIds);
  const auto collective = core::criteria_for(c, core::CriterionSubject::kCollective);
  const auto individual = core::criteria_for(c, core::CriterionSubject::kIndividual);
  ASSERT_EQ(collective.size(), 3u);
  ASSERT_EQ(individual.size(), 4u);
  EXPECT_EQ(c.criteria.size(), 7u);
  // The paragraph break inside "giải / pháp" is joined with one space.
  EXPECT_TRUE(contains(collective[0].text, "cụ thể: có kế hoạch, giải pháp thực hiện; có đăng ký chỉ tiêu thi đua;"));
  EXPECT_EQ(collective[0].verification, core::Verification::kData);
  EXPECT_EQ(collective[1].text,
            "Có thành tích xuất sắc trong đợt thi đua và trong các hoạt động Kỷ niệm 20 năm Ngày thành lập Sở");
  EXPECT_EQ(collective[1].verification, core::Verification::kAttested);
  EXPECT_TRUE(collective[2].text.starts_with("Nội bộ đoàn kết;"));
  EXPECT_TRUE(individual[0].text.starts_with("Có đăng ký chỉ tiêu thi đua, đăng ký sáng kiến;"));
  EXPECT_EQ(individual[0].verification, core::Verification::kData);
  EXPECT_EQ(individual[0].checks,
            (std::vector<core::DataCheck>{core::DataCheck::kRegistrationApproved,
                                          core::DataCheck::kInitiativeRegistered, core::DataCheck::kSignatureTask}));
  EXPECT_TRUE(contains(individual[1].text, "không uống rượu bia, hút thuốc lá tại nơi làm việc..."));
  EXPECT_TRUE(individual[3].text.starts_with("Có thành tích xuất sắc, được bình xét"));
  for (const auto& cr : c.criteria) {
    EXPECT_EQ(cr.label, "-");
    EXPECT_EQ(cr.checks.empty(), cr.verification == core::Verification::kAttested);
  }
}

TEST(SeedCampaign, AssignmentsNameTheirUnits) {
  const Campaign c = seed_campaign(kIds);
  ASSERT_EQ(c.assignments.size(), 4u);
  EXPECT_EQ(c.assignments[0].label, "1.");
  EXPECT_EQ(c.assignments[0].kind, core::TaskKind::kUnitPlan);
  EXPECT_FALSE(c.assignments[0].unit_id.has_value());
  EXPECT_EQ(c.assignments[1].label, "2.");
  EXPECT_EQ(c.assignments[1].unit_code, "STNMT-TTLT");
  EXPECT_EQ(c.assignments[1].unit_id, 12);
  EXPECT_EQ(c.assignments[1].kind, core::TaskKind::kPublishOnWebsite);
  EXPECT_TRUE(c.assignments[1].text.starts_with("Trung tâm Lưu trữ và Phát triển quỹ đất: Đăng tải kế hoạch"));
  EXPECT_EQ(c.assignments[2].unit_code, "STNMT-VP");
  EXPECT_EQ(c.assignments[2].unit_id, 2);
  EXPECT_EQ(c.assignments[2].kind, core::TaskKind::kReviewAndPropose);
  EXPECT_EQ(c.assignments[3].unit_id, 2);
  EXPECT_EQ(c.assignments[3].kind, core::TaskKind::kMonitorAndReport);
  for (const auto& a : c.assignments) EXPECT_TRUE(a.text.starts_with(a.assignee)) << a.label;

  // Without ids the plan is the same, only unlinked.
  const Campaign bare = seed_campaign({});
  EXPECT_EQ(bare.issuing_unit_id, 0);
  EXPECT_TRUE(bare.participants.target_unit_ids.empty());
  for (const auto& a : bare.assignments) EXPECT_FALSE(a.unit_id.has_value());
  EXPECT_EQ(core::campaign_body_lines(bare), core::campaign_body_lines(c));
}

TEST(SeedCampaign, RecipientsAndSigner) {
  const Campaign c = seed_campaign(kIds);
  const std::vector<std::string> expected{"Bộ TNMT (b/c);",
                                          "UBND tỉnh (b/c);",
                                          "Ban TĐKT tỉnh-Sở Nội vụ (b/c);",
                                          "Lãnh đạo Sở;",
                                          "Phòng TNMT các huyện, thành phố;",
                                          "Các phòng, đơn vị thuộc Sở;",
                                          "Lưu: VT, VP."};
  EXPECT_EQ(c.recipients, expected);
  EXPECT_EQ(c.recipients.back(), "Lưu: VT, VP.");
  EXPECT_EQ(c.signer.authority, "GIÁM ĐỐC");
  EXPECT_TRUE(c.signer.position.empty());
  EXPECT_EQ(c.signer.name, "Bùi Quang Huy");
}

TEST(SeedCampaign, AllTextIsNfcUtf8) {
  for (const std::string& s : all_text(seed_campaign(kIds))) {
    EXPECT_TRUE(core::is_valid_utf8(s)) << s;
    EXPECT_EQ(core::to_nfc(s), s) << s;
    EXPECT_FALSE(contains(s, "\n")) << s;
    EXPECT_FALSE(s.starts_with(" ") || s.ends_with(" ")) << s;
  }
}

TEST(SeedCampaign, BodyLinesFollowThePlan) {
  const std::vector<std::string> lines = core::campaign_body_lines(seed_campaign(kIds));
  // Each line's beginning, in the order of the plan as issued.
  const std::vector<std::string> starts{
      "Thực hiện Kế hoạch số 25/KH-STNMT ngày 18/4/2023",
      "I. MỤC ĐÍCH YÊU CẦU:",
      "1. Thông qua đợt thi đua đặc biệt",
      "2. Phát động đợt thi đua đặc biệt",
      "3. Các hoạt động chào mừng",
      "4. Biểu dương, khen thưởng kịp thời",
      "II. ĐỐI TƯỢNG, NỘI DUNG",
      "1. Đối tượng",
      "1.1. Tập thể: Sở Tài nguyên và Môi trường;",
      "1.2. Cá nhân: Công chức,",
      "2. Nội dung thi đua",
      "1. Xây dựng và triển khai",
      "2. Tổ chức các phong trào",
      "3. Tích cực hưởng ứng",
      "5. Thi đua đẩy mạnh phong trào văn nghệ",
      "III. THỜI GIAN THI ĐUA, HÌNH THỨC KHEN THƯỞNG",
      "1. Thời gian thi đua: Từ ngày phát động đợt thi đua đến hết ngày 30/9/2023.",
      "2. Hình thức khen thưởng",
      "- Kết thúc đợt thi đua, Hội đồng thi đua khen thưởng ngành",
      "- Giám đốc Sở tặng giấy khen",
      "- Chủ tịch UBND tỉnh tặng bằng khen",
      "- Bộ Tài nguyên và Môi trường tặng bằng khen",
      "(Sở Tài nguyên và Môi trường sẽ có hướng dẫn riêng",
      "IV. TIÊU CHÍ THI ĐUA",
      "1. Tiêu chí thi đua",
      "1.1. Đối với tập thể",
      "- Hưởng ứng và phát động",
      "- Có thành tích xuất sắc trong đợt thi đua",
      "- Nội bộ đoàn kết;",
      "2. Đối với cá nhân",
      "- Có đăng ký chỉ tiêu thi đua, đăng ký sáng kiến;",
      "- Thực hiện tốt kỷ luật",
      "- Chấp hành tốt chủ trương",
      "- Có thành tích xuất sắc, được bình xét",
      "V. TỔ CHỨC THỰC HIỆN",
      "1. Các đơn vị trực thuộc Sở",
      "2. Trung tâm Lưu trữ và Phát triển quỹ đất:",
      "3. Thường trực Hội đồng TĐKT của Ngành",
      "4. Văn phòng Sở có trách nhiệm",
  };
  ASSERT_EQ(lines.size(), starts.size());
  for (std::size_t i = 0; i < starts.size(); ++i) {
    EXPECT_TRUE(lines[i].starts_with(starts[i])) << "line " << i << ": " << lines[i];
  }
  EXPECT_EQ(lines[22].back(), ')');
  // No line "4." among the contents (between "2. Nội dung thi đua" and section III).
  for (std::size_t i = 11; i < 15; ++i) EXPECT_FALSE(lines[i].starts_with("4.")) << lines[i];
}

}  // namespace
}  // namespace thidua::app
