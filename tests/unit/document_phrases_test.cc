// Phrases of the award documents built from data (core/document_phrases.h,
// issue 12): the "Căn cứ" lines of an award type's legal basis and a
// campaign named inside a sentence.
#include <gtest/gtest.h>

#include "core/document_phrases.h"

namespace thidua::core {
namespace {

TEST(LegalGrounds, TheLawAndDecree98AreCitedInFull) {
  const auto g = legal_grounds("Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định số 98/2023/NĐ-CP");
  ASSERT_EQ(g.size(), 2u);
  EXPECT_EQ(g[0], "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022");
  EXPECT_EQ(g[1],
            "Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số "
            "điều của Luật Thi đua, khen thưởng");
}

TEST(LegalGrounds, OtherInstrumentsAsWrittenAndOtherPartsLeftOut) {
  const auto g = legal_grounds(
      " Thông tư số 01/2024/TT-BNV của Bộ Nội vụ ; quy chế hoạt động của Hội đồng: quá nửa số thành viên đồng ý;"
      "Quyết định số 12/2023/QĐ-UBND của UBND tỉnh.;;Luật Thi đua, khen thưởng số 06/2022/QH15;"
      "Luật Thi đua, khen thưởng 06/2022/QH15");
  ASSERT_EQ(g.size(), 3u);
  EXPECT_EQ(g[0], "Thông tư số 01/2024/TT-BNV của Bộ Nội vụ");
  EXPECT_EQ(g[1], "Quyết định số 12/2023/QĐ-UBND của UBND tỉnh");
  EXPECT_EQ(g[2], "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022");  // once, though named twice
}

TEST(LegalGrounds, NothingCitedGivesNoLine) {
  EXPECT_TRUE(legal_grounds("").empty());
  EXPECT_TRUE(legal_grounds("quy chế của Hội đồng; ;").empty());
  EXPECT_TRUE(legal_grounds("Luậtsư").empty());  // a word that only begins like one
}

TEST(CampaignInSentence, TheLaunchWordsGoAndTheFirstLetterIsLowered) {
  EXPECT_EQ(campaign_in_sentence("Phát động đợt thi đua đặc biệt lập thành tích chào mừng Kỷ niệm 20 năm"),
            "đợt thi đua đặc biệt lập thành tích chào mừng Kỷ niệm 20 năm");
  EXPECT_EQ(campaign_in_sentence("PHÁT ĐỘNG Đợt thi đua cao điểm"), "đợt thi đua cao điểm");
  EXPECT_EQ(campaign_in_sentence("Đợt thi đua cao điểm 90 ngày"), "đợt thi đua cao điểm 90 ngày");
  EXPECT_EQ(campaign_in_sentence("Thi đua chuyển đổi số"), "thi đua chuyển đổi số");
  EXPECT_EQ(campaign_in_sentence("  Ứng phó bão số 3. "), "ứng phó bão số 3");
}

TEST(CampaignInSentence, AbbreviationsAndCapitalisedWordsStay) {
  EXPECT_EQ(campaign_in_sentence("UBND tỉnh phát động thi đua"), "UBND tỉnh phát động thi đua");
  EXPECT_EQ(campaign_in_sentence("COVID-19: chung tay phòng chống"), "COVID-19: chung tay phòng chống");
  EXPECT_EQ(campaign_in_sentence("Hà Nội chung sức xây dựng nông thôn mới"), "Hà Nội chung sức xây dựng nông thôn mới");
  EXPECT_EQ(campaign_in_sentence("Phát động"), "phát động");  // nothing after the words: kept
  EXPECT_EQ(campaign_in_sentence("Phát động  Đợt thi đua"), "đợt thi đua") << "spaces after the words";
}

TEST(CampaignInSentence, NothingToNameGivesTheCampaignInGeneral) {
  EXPECT_EQ(campaign_in_sentence(""), "đợt thi đua");
  EXPECT_EQ(campaign_in_sentence(" . "), "đợt thi đua");
}

}  // namespace
}  // namespace thidua::core
