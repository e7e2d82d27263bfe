// Eligibility from history (core/eligibility.h): each kind of rule met, not
// met each way, at its boundary, and with facts missing (never "false"); the
// lines name the records used; an award's verdict combines its rules.
#include <gtest/gtest.h>

#include <optional>

#include "core/eligibility.h"

namespace thidua::core {
namespace {

Rule ratings(EvaluationRating at_least, int years) {
  Rule r;
  r.kind = RuleKind::kRatingAtLeast;
  r.rating = at_least;
  r.years = years;
  r.citation = "Nghị định 98/2023/NĐ-CP";
  return r;
}

Rule titles(const std::string& title, int years) {
  Rule r;
  r.kind = RuleKind::kTitleStreak;
  r.title = title;
  r.years = years;
  return r;
}

PersonFacts rated(std::initializer_list<std::pair<int, EvaluationRating>> years) {
  PersonFacts f;
  for (auto [y, r] : years) f.ratings.push_back({y, r, std::to_string(y) + "-12-20"});
  return f;
}

TEST(EligibilityRatingsTest, ExactlyTheConsecutiveYearsAsked) {
  const auto rule = ratings(EvaluationRating::kExcellent, 2);
  auto f = rated({{2024, EvaluationRating::kExcellent}, {2025, EvaluationRating::kExcellent}});
  auto r = judge(rule, f, 2025);
  EXPECT_EQ(r.verdict, Verdict::kMet);
  EXPECT_EQ(r.asks, "Xếp loại từ “Hoàn thành xuất sắc nhiệm vụ” trở lên 2 năm liên tục (các năm 2024–2025).");
  EXPECT_EQ(r.used, (std::vector<std::string>{
                        "2024: Hoàn thành xuất sắc nhiệm vụ (xếp loại ngày 20/12/2024).",
                        "2025: Hoàn thành xuất sắc nhiệm vụ (xếp loại ngày 20/12/2025)."}));
  EXPECT_EQ(r.citation, "Nghị định 98/2023/NĐ-CP");
  EXPECT_TRUE(r.to_confirm);
  // One year lower breaks the streak; one year unknown is missing, not false.
  f = rated({{2024, EvaluationRating::kGood}, {2025, EvaluationRating::kExcellent}});
  r = judge(rule, f, 2025);
  EXPECT_EQ(r.verdict, Verdict::kNotMet);
  EXPECT_EQ(r.wanting, (std::vector<std::string>{"2024: Hoàn thành tốt nhiệm vụ, thấp hơn mức yêu cầu."}));
  f = rated({{2025, EvaluationRating::kExcellent}});
  r = judge(rule, f, 2025);
  EXPECT_EQ(r.verdict, Verdict::kMissing);
  EXPECT_EQ(r.wanting, (std::vector<std::string>{"2024: chưa có kết quả xếp loại."}));
  // Years before the span do not count; the year judged must be there.
  f = rated({{2023, EvaluationRating::kExcellent}, {2024, EvaluationRating::kExcellent}});
  EXPECT_EQ(judge(rule, f, 2025).verdict, Verdict::kMissing);
}

TEST(EligibilityRatingsTest, BetterThanAskedIsMet) {
  const auto rule = ratings(EvaluationRating::kGood, 1);
  EXPECT_EQ(judge(rule, rated({{2025, EvaluationRating::kExcellent}}), 2025).verdict, Verdict::kMet);
  EXPECT_EQ(judge(rule, rated({{2025, EvaluationRating::kGood}}), 2025).verdict, Verdict::kMet);
  EXPECT_EQ(judge(rule, rated({{2025, EvaluationRating::kCompleted}}), 2025).verdict, Verdict::kNotMet);
  EXPECT_EQ(judge(rule, rated({{2025, EvaluationRating::kGood}}), 2025).asks,
            "Xếp loại từ “Hoàn thành tốt nhiệm vụ” trở lên (năm 2025).");
}

TEST(EligibilityTitlesTest, AStreakEndingBeforeTheYear) {
  Rule rule;
  rule.kind = RuleKind::kTitleStreak;
  rule.title = "Chiến sĩ thi đua cơ sở";
  rule.years = 3;
  rule.offset = 1;  // the three years before the year judged
  PersonFacts f;
  for (int y : {2022, 2023, 2024}) f.titles.push_back({y, "Chiến sĩ thi đua cơ sở", "QĐ " + std::to_string(y)});
  auto r = judge(rule, f, 2025);
  EXPECT_EQ(r.verdict, Verdict::kMet);
  EXPECT_EQ(r.used.front(), "2022: Chiến sĩ thi đua cơ sở (QĐ 2022).");
  // A year whose annual title is another one: not met, naming it.
  f.titles[1] = {2023, "Lao động tiên tiến", ""};
  r = judge(rule, f, 2025);
  EXPECT_EQ(r.verdict, Verdict::kNotMet);
  EXPECT_EQ(r.wanting, (std::vector<std::string>{"2023: danh hiệu của năm là Lao động tiên tiến."}));
  // A year with nothing recorded: missing.
  f.titles.erase(f.titles.begin() + 1);
  r = judge(rule, f, 2025);
  EXPECT_EQ(r.verdict, Verdict::kMissing);
  EXPECT_EQ(r.wanting, (std::vector<std::string>{"2023: sổ khen thưởng chưa ghi danh hiệu năm này."}));
  // Nothing recorded in a year whose register is declared complete: none.
  f.title_years = {2023};
  r = judge(rule, f, 2025);
  EXPECT_EQ(r.verdict, Verdict::kNotMet);
  EXPECT_EQ(r.wanting,
            (std::vector<std::string>{"2023: không có danh hiệu thi đua (sổ khen thưởng năm này đã nhập đủ)."}));
  // Titles compare regardless of case and diacritics.
  f.titles.push_back({2023, "CHIẾN SĨ THI ĐUA CƠ SỞ", ""});
  EXPECT_EQ(judge(rule, f, 2025).verdict, Verdict::kMet);
}

// Collectives: their own rating, and their members.
MemberFacts member(std::string name, std::optional<EvaluationRating> rating, std::vector<std::string> titles = {}) {
  MemberFacts m{std::move(name), {}};
  if (rating) m.facts.ratings.push_back({2025, *rating, ""});
  for (auto& t : titles) m.facts.titles.push_back({2025, std::move(t), ""});
  return m;
}

Rule share_of_title(int share) {
  Rule r;
  r.kind = RuleKind::kMembersShare;
  r.title = "Lao động tiên tiến";
  r.share = share;
  r.citation = "Luật Thi đua, khen thưởng số 06/2022/QH15";
  return r;
}

TEST(EligibilityMembersTest, ExactlyTheShareIsMetAndOneFewerIsNot) {
  const Rule rule = share_of_title(50);
  UnitFacts u;
  u.members = {member("Nguyễn Văn An", EvaluationRating::kGood, {"Lao động tiên tiến"}),
               member("Trần Thị Bình", EvaluationRating::kGood, {"Lao động tiên tiến"}),
               member("Lê Văn Cường", EvaluationRating::kCompleted),
               member("Phạm Thị Dung", EvaluationRating::kCompleted)};
  for (auto& m : u.members) m.facts.title_years = {2025};
  u.own.title_years = {2025};
  auto r = judge(rule, u, 2025);
  EXPECT_EQ(r.verdict, Verdict::kMet) << "2 of 4 is exactly 50 %";
  EXPECT_EQ(r.asks, "Ít nhất 50% thành viên đạt danh hiệu “Lao động tiên tiến” (năm 2025).");
  EXPECT_EQ(r.used, (std::vector<std::string>{"2025: 2/4 thành viên đạt (50%)."}));
  u.members[1].facts.titles.clear();
  r = judge(rule, u, 2025);
  EXPECT_EQ(r.verdict, Verdict::kNotMet);
  EXPECT_EQ(r.wanting, (std::vector<std::string>{"2025: 1/4 thành viên đạt (25%), cần 50%."}));
}

// Titles of the year proposed in the review, not decided (TitleFact::provisional).
TEST(EligibilityProvisionalTest, AProposedTitleMeetsTheRuleSayingSoAndNeverStandsForARecordedYear) {
  Rule streak;
  streak.kind = RuleKind::kTitleStreak;
  streak.title = "Chiến sĩ thi đua cơ sở";
  streak.years = 2;
  PersonFacts f;
  f.titles.push_back({2024, "Chiến sĩ thi đua cơ sở", "QĐ 2024"});
  f.titles.push_back({2025, "Chiến sĩ thi đua cơ sở", "đang được đề nghị", true});
  auto r = judge(streak, f, 2025);
  EXPECT_EQ(r.verdict, Verdict::kMet);
  EXPECT_EQ(r.used.back(), "2025: Chiến sĩ thi đua cơ sở (đang được đề nghị).");
  // Decided and proposed the same year: the decision is the line.
  f.titles.push_back({2025, "Chiến sĩ thi đua cơ sở", "QĐ 2025"});
  EXPECT_EQ(judge(streak, f, 2025).used.back(), "2025: Chiến sĩ thi đua cơ sở (QĐ 2025).");
  // Another title only proposed that year says nothing of the register:
  // still missing, not "the year's title is another one".
  PersonFacts g;
  g.titles.push_back({2024, "Chiến sĩ thi đua cơ sở", ""});
  g.titles.push_back({2025, "Lao động tiên tiến", "đang được đề nghị", true});
  EXPECT_EQ(judge(streak, g, 2025).verdict, Verdict::kMissing);

  // Members: those proposed count, the line says how many only proposed.
  const Rule share = share_of_title(50);
  UnitFacts u;
  u.members = {member("Nguyễn Văn An", EvaluationRating::kGood, {"Lao động tiên tiến"}),
               member("Trần Thị Bình", EvaluationRating::kGood), member("Lê Văn Cường", EvaluationRating::kCompleted),
               member("Phạm Thị Dung", EvaluationRating::kCompleted)};
  u.members[1].facts.titles.push_back({2025, "Lao động tiên tiến", "đang được đề nghị", true});
  // Dung only proposed for another title: unknown for this one, not "no".
  u.members[3].facts.titles.push_back({2025, "Chiến sĩ thi đua cơ sở", "đang được đề nghị", true});
  u.members[2].facts.title_years = {2025};
  r = judge(share, u, 2025);
  EXPECT_EQ(r.verdict, Verdict::kMet);
  EXPECT_EQ(r.used, (std::vector<std::string>{
                        "2025: 2/4 thành viên đạt (50%). Trong đó 1 người đang được đề nghị danh hiệu trong đợt, chưa "
                        "có quyết định."}));
  u.members[1].facts.titles.clear();
  u.members[1].facts.title_years = {2025};
  r = judge(share, u, 2025);
  EXPECT_EQ(r.verdict, Verdict::kMissing) << "Dung's title of the year is not known";
}

// The interval since an earlier award, counted from the achievement year
// its decision names.
TEST(EligibilitySinceAwardTest, CountedFromTheEarlierAwardsYearOfAchievement) {
  Rule rule;
  rule.kind = RuleKind::kSinceAward;
  rule.title = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh";
  rule.rating = EvaluationRating::kExcellent;
  rule.years = 5;
  auto f = rated({{2021, EvaluationRating::kExcellent}, {2022, EvaluationRating::kExcellent},
                  {2023, EvaluationRating::kExcellent}, {2024, EvaluationRating::kExcellent},
                  {2025, EvaluationRating::kExcellent}});
  // None recorded: missing, never "not met".
  auto r = judge(rule, f, 2025);
  EXPECT_EQ(r.verdict, Verdict::kMissing);
  EXPECT_EQ(r.wanting, (std::vector<std::string>{
                           "Sổ khen thưởng chưa ghi “Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh” của đối tượng này."}));
  // Exactly five years after the achievement year 2020: met, naming it.
  f.awards.push_back({2020, "BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "15/QĐ-UBND ngày 10/03/2021"});
  r = judge(rule, f, 2025);
  EXPECT_EQ(r.verdict, Verdict::kMet);
  EXPECT_EQ(r.used.front(), "Thành tích năm 2020: Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (15/QĐ-UBND ngày "
                            "10/03/2021).");
  EXPECT_EQ(r.used.size(), 6u) << "the award, then the five years' ratings";
  EXPECT_EQ(r.asks, "Đã được tặng “Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh”, và sau năm thành tích ghi trong quyết "
                    "định đó, 5 năm liên tục xếp loại từ “Hoàn thành xuất sắc nhiệm vụ” trở lên (các năm 2021–2025).");
  // Judged a year earlier the interval is short: not met, the earlier award named.
  r = judge(rule, f, 2024);
  EXPECT_EQ(r.verdict, Verdict::kNotMet);
  EXPECT_EQ(r.wanting, (std::vector<std::string>{
                           "Đã có “Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh” cho thành tích năm 2020 (15/QĐ-UBND "
                           "ngày 10/03/2021): chưa đủ 5 năm kể từ năm thành tích đó (xét được từ năm 2025)."}));
  // A later one counts from its own year: given again for 2022, not met in 2025.
  f.awards.push_back({2022, "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", ""});
  EXPECT_EQ(judge(rule, f, 2025).verdict, Verdict::kNotMet);
  f.awards.pop_back();
  // A year rated lower breaks it; a year unrated is missing.
  f.ratings[2].rating = EvaluationRating::kGood;
  EXPECT_EQ(judge(rule, f, 2025).verdict, Verdict::kNotMet);
  f.ratings.erase(f.ratings.begin() + 2);
  EXPECT_EQ(judge(rule, f, 2025).verdict, Verdict::kMissing);
}

TEST(EligibilityMembersTest, UnknownMembersMakeItMissingOnlyWhenTheyCouldDecide) {
  const Rule rule = share_of_title(50);
  UnitFacts u;
  u.members = {member("Nguyễn Văn An", EvaluationRating::kGood, {"Lao động tiên tiến"}),
               member("Trần Thị Bình", EvaluationRating::kGood), member("Lê Văn Cường", std::nullopt),
               member("Phạm Thị Dung", std::nullopt)};
  // The 2025 register not declared complete: those without a title are unknown.
  auto r = judge(rule, u, 2025);
  EXPECT_EQ(r.verdict, Verdict::kMissing);
  EXPECT_EQ(r.wanting, (std::vector<std::string>{"2025: 1/4 thành viên đạt; chưa có dữ liệu của 3 thành viên "
                                                 "(Trần Thị Bình, Lê Văn Cường, Phạm Thị Dung)."}));
  // Enough members known to have it: met whatever the others are.
  u.members[1].facts.titles.push_back({2025, "Lao động tiên tiến", ""});
  EXPECT_EQ(judge(rule, u, 2025).verdict, Verdict::kMet);
  // Not enough even if every unknown had it: not met.
  Rule most = share_of_title(100);
  u.members[2].facts.titles.push_back({2025, "Chiến sĩ thi đua cơ sở", ""});  // known: another title
  EXPECT_EQ(judge(most, u, 2025).verdict, Verdict::kNotMet);
  // No members at all: the system does not hold the unit's people.
  UnitFacts empty;
  r = judge(rule, empty, 2025);
  EXPECT_EQ(r.verdict, Verdict::kMissing);
  EXPECT_EQ(r.wanting, (std::vector<std::string>{"Đơn vị chưa có thành viên nào trên hệ thống."}));
}

TEST(EligibilityMembersTest, RatingSharesAndCounts) {
  Rule all_completed;
  all_completed.kind = RuleKind::kMembersShare;
  all_completed.rating = EvaluationRating::kCompleted;
  all_completed.share = 100;
  UnitFacts u;
  u.members = {member("Nguyễn Văn An", EvaluationRating::kExcellent, {"Chiến sĩ thi đua cơ sở"}),
               member("Trần Thị Bình", EvaluationRating::kCompleted)};
  auto r = judge(all_completed, u, 2025);
  EXPECT_EQ(r.verdict, Verdict::kMet);
  EXPECT_EQ(r.asks, "Tất cả thành viên được xếp loại từ “Hoàn thành nhiệm vụ” trở lên (năm 2025).");
  u.members.push_back(member("Lê Văn Cường", std::nullopt));
  EXPECT_EQ(judge(all_completed, u, 2025).verdict, Verdict::kMissing) << "a rating not recorded is missing";
  u.members.back().facts.ratings.push_back({2025, EvaluationRating::kNotCompleted, ""});
  EXPECT_EQ(judge(all_completed, u, 2025).verdict, Verdict::kNotMet);

  Rule one_cstdcs;
  one_cstdcs.kind = RuleKind::kMembersCount;
  one_cstdcs.title = "Chiến sĩ thi đua cơ sở";
  one_cstdcs.count = 1;
  r = judge(one_cstdcs, u, 2025);
  EXPECT_EQ(r.verdict, Verdict::kMet);
  EXPECT_EQ(r.used, (std::vector<std::string>{"2025: 1 thành viên đạt (Nguyễn Văn An)."}));
  u.members[0].facts.titles.clear();
  EXPECT_EQ(judge(one_cstdcs, u, 2025).verdict, Verdict::kMissing) << "titles of 2025 not declared complete";
  for (auto& m : u.members) m.facts.title_years = {2025};
  r = judge(one_cstdcs, u, 2025);
  EXPECT_EQ(r.verdict, Verdict::kNotMet);
  EXPECT_EQ(r.wanting, (std::vector<std::string>{"2025: 0 thành viên đạt, cần 1."}));
}

TEST(EligibilityMembersTest, NoMemberUnderAMeasureOfTheLevel) {
  Rule rule;
  rule.kind = RuleKind::kMembersNoDiscipline;
  rule.severity = 2;  // cảnh cáo or heavier
  UnitFacts u;
  u.members = {member("Nguyễn Văn An", EvaluationRating::kGood), member("Trần Thị Bình", EvaluationRating::kGood)};
  EXPECT_EQ(judge(rule, u, 2025).verdict, Verdict::kMissing) << "the year's measures not declared complete";
  u.own.discipline_years = {2025};
  auto r = judge(rule, u, 2025);
  EXPECT_EQ(r.verdict, Verdict::kMet);
  EXPECT_EQ(r.used, (std::vector<std::string>{"Không thành viên nào bị kỷ luật trong năm 2025 (sổ kỷ luật đã nhập đủ)."}));
  UnitFacts nobody;
  nobody.own.discipline_years = {2025};
  EXPECT_EQ(judge(rule, nobody, 2025).verdict, Verdict::kMissing) << "no member known is not \"no member disciplined\"";
  u.members[1].facts.discipline.push_back({2025, 2025, 1, "Khiển trách", "4/QĐ-KL"});
  EXPECT_EQ(judge(rule, u, 2025).verdict, Verdict::kMet) << "a reprimand is lighter than a warning";
  u.members[1].facts.discipline.push_back({2024, 2025, 2, "Cảnh cáo", "9/QĐ-KL"});
  r = judge(rule, u, 2025);
  EXPECT_EQ(r.verdict, Verdict::kNotMet);
  EXPECT_EQ(r.wanting, (std::vector<std::string>{"Trần Thị Bình — 2024–2025: bị kỷ luật cảnh cáo (9/QĐ-KL)."}));
}

TEST(EligibilityMembersTest, ACollectiveIsJudgedOnItsOwnRatingAndTitlesToo) {
  UnitFacts u;
  u.own.ratings.push_back({2025, EvaluationRating::kExcellent, "2025-12-20"});
  u.members = {member("Nguyễn Văn An", EvaluationRating::kGood, {"Lao động tiên tiến"})};
  u.own.title_years = {2025};
  for (auto& m : u.members) m.facts.title_years = {2025};
  Rule own = ratings(EvaluationRating::kExcellent, 1);
  Rule title;
  title.kind = RuleKind::kTitleStreak;
  title.title = "Tập thể lao động xuất sắc";
  const std::vector<Rule> rules{own, share_of_title(50), title};
  auto j = judge_all(rules, u, 2025);
  EXPECT_EQ(j.rules[0].verdict, Verdict::kMet);
  EXPECT_EQ(j.rules[1].verdict, Verdict::kMet);
  EXPECT_EQ(j.rules[2].verdict, Verdict::kNotMet) << "the unit's own register holds no such title for 2025";
  EXPECT_EQ(j.verdict, Verdict::kNotMet);
  u.own.titles.push_back({2025, "Tập thể lao động xuất sắc", "3/QĐ-UBND"});
  EXPECT_EQ(judge_all(rules, u, 2025).verdict, Verdict::kMet);
  // A member's own title is not the unit's.
  u.own.titles.clear();
  u.members[0].facts.titles.push_back({2025, "Tập thể lao động xuất sắc", ""});
  EXPECT_EQ(judge_all(rules, u, 2025, false).verdict, Verdict::kNotMet);
}

TEST(EligibilityInitiativesTest, CountScopeAndWindow) {
  Rule rule;
  rule.kind = RuleKind::kInitiatives;
  rule.count = 2;
  rule.years = 2;
  rule.scope = InitiativeScope::kAgency;
  PersonFacts f;
  auto r = judge(rule, f, 2025);
  EXPECT_EQ(r.verdict, Verdict::kMissing) << "no year declared complete: an absence proves nothing";
  EXPECT_EQ(r.wanting.back(), "Sáng kiến của năm 2024, 2025 chưa được xác nhận đã nhập đủ.");
  f.initiative_years = {2025};
  EXPECT_EQ(judge(rule, f, 2025).verdict, Verdict::kMissing) << "one year of the window still open";
  f.initiative_years = {2024, 2025};
  EXPECT_EQ(judge(rule, f, 2025).verdict, Verdict::kNotMet) << "both years complete, none recognised";
  f.initiatives.push_back({2024, "Số hóa hồ sơ địa chính", InitiativeScope::kAgency, "12/QĐ-STNMT"});
  f.initiatives.push_back({2023, "Bản đồ số", InitiativeScope::kProvince, "5/QĐ-UBND"});  // outside the window
  r = judge(rule, f, 2025);
  EXPECT_EQ(r.verdict, Verdict::kNotMet);
  EXPECT_EQ(r.wanting, (std::vector<std::string>{"Có 1 sáng kiến, đề tài đạt phạm vi yêu cầu, cần 2."}));
  f.initiatives.push_back({2025, "Cơ sở dữ liệu đất đai", InitiativeScope::kNational, ""});
  r = judge(rule, f, 2025);
  EXPECT_EQ(r.verdict, Verdict::kMet) << "exactly the count, a wider scope counts";
  EXPECT_EQ(r.used.front(), "2024: sáng kiến “Số hóa hồ sơ địa chính” công nhận tại 12/QĐ-STNMT.");
  f.initiative_years.clear();
  EXPECT_EQ(judge(rule, f, 2025).verdict, Verdict::kMet) << "records found decide without a declaration";
  rule.scope = InitiativeScope::kProvince;
  f.initiative_years = {2024, 2025};
  EXPECT_EQ(judge(rule, f, 2025).verdict, Verdict::kNotMet) << "an agency-level initiative is too narrow";
  EXPECT_EQ(judge(rule, f, 2025).asks,
            "Có ít nhất 2 sáng kiến, đề tài được công nhận, phạm vi ảnh hưởng từ tỉnh, bộ, ngành trở lên (các năm "
            "2024–2025).");
}

TEST(EligibilityDisciplineTest, NoMeasureOfTheLevelInTheWindow) {
  Rule rule;
  rule.kind = RuleKind::kNoDiscipline;
  rule.severity = 1;  // khiển trách or heavier
  rule.years = 1;
  PersonFacts f;
  EXPECT_EQ(judge(rule, f, 2025).verdict, Verdict::kMissing);
  f.discipline_years = {2025};
  auto r = judge(rule, f, 2025);
  EXPECT_EQ(r.verdict, Verdict::kMet);
  EXPECT_EQ(r.used, (std::vector<std::string>{"Không bị kỷ luật trong năm 2025 (sổ kỷ luật đã nhập đủ)."}));
  f.discipline.push_back({2024, 2024, 2, "Cảnh cáo", "3/QĐ-STNMT"});
  EXPECT_EQ(judge(rule, f, 2025).verdict, Verdict::kMet) << "the year before is outside a one-year window";
  f.discipline.push_back({2025, 2025, 1, "Khiển trách", "7/QĐ-STNMT ngày 02/03/2025"});
  r = judge(rule, f, 2025);
  EXPECT_EQ(r.verdict, Verdict::kNotMet);
  EXPECT_EQ(r.wanting, (std::vector<std::string>{"2025: bị kỷ luật khiển trách (7/QĐ-STNMT ngày 02/03/2025)."}));
  f.discipline_years.clear();
  EXPECT_EQ(judge(rule, f, 2025).verdict, Verdict::kNotMet) << "a measure found decides without a declaration";
  rule.severity = 2;  // cảnh cáo or heavier: a khiển trách does not bar
  f.discipline_years = {2025};
  EXPECT_EQ(judge(rule, f, 2025).verdict, Verdict::kMet);
  EXPECT_EQ(judge(rule, f, 2025).asks, "Không bị kỷ luật từ mức cảnh cáo trở lên (năm 2025).");
}

TEST(EligibilityDisciplineTest, AMeasureCountsThroughItsPeriod) {
  Rule rule;
  rule.kind = RuleKind::kNoDiscipline;
  rule.severity = 2;
  PersonFacts f;
  f.discipline_years = {2024, 2025, 2026};
  f.discipline.push_back({2024, 2025, 2, "Cảnh cáo", ""});  // decided in 2024, in force until 2025
  EXPECT_EQ(judge(rule, f, 2025).verdict, Verdict::kNotMet);
  EXPECT_EQ(judge(rule, f, 2025).wanting, (std::vector<std::string>{"2024–2025: bị kỷ luật cảnh cáo."}));
  EXPECT_EQ(judge(rule, f, 2026).verdict, Verdict::kMet) << "the period ended the year before";
}

TEST(EligibilityAbsenceTest, CountedDaysBelowTheLimitExcusedLeaveAside) {
  Rule rule;
  rule.kind = RuleKind::kAbsenceBelow;
  rule.days = 40;
  rule.excused = {AbsenceReason::kMaternity, AbsenceReason::kAssignedStudy};
  PersonFacts f;
  auto r = judge(rule, f, 2025);
  EXPECT_EQ(r.verdict, Verdict::kMissing);
  EXPECT_EQ(r.wanting, (std::vector<std::string>{"Ngày nghỉ của năm 2025 chưa được xác nhận đã nhập đủ."}));
  EXPECT_EQ(r.asks, "Nghỉ dưới 40 ngày làm việc trong năm, không tính nghỉ thai sản; đi học, bồi dưỡng theo quyết "
                    "định cử đi (năm 2025).");
  f.absence_years = {2025};
  EXPECT_EQ(judge(rule, f, 2025).verdict, Verdict::kMet);
  f.absences.push_back({2025, 120, AbsenceReason::kMaternity});  // excused
  f.absences.push_back({2025, 39, AbsenceReason::kSickness});
  r = judge(rule, f, 2025);
  EXPECT_EQ(r.verdict, Verdict::kMet) << "39 counted days is below 40";
  EXPECT_EQ(r.used, (std::vector<std::string>{"2025: nghỉ 39 ngày tính vào điều kiện, 120 ngày không tính."}));
  f.absences.push_back({2025, 1, AbsenceReason::kPersonal});
  r = judge(rule, f, 2025);
  EXPECT_EQ(r.verdict, Verdict::kNotMet) << "exactly 40 counted days bars";
  EXPECT_EQ(r.wanting, (std::vector<std::string>{"2025: nghỉ 40 ngày tính vào điều kiện (phải dưới 40 ngày)."}));
  f.absence_years.clear();
  EXPECT_EQ(judge(rule, f, 2025).verdict, Verdict::kNotMet) << "over the limit decides without a declaration";
  f.absences.pop_back();
  EXPECT_EQ(judge(rule, f, 2025).verdict, Verdict::kMissing) << "below the limit in an open year proves nothing";
}

TEST(EligibilityJudgementTest, NotMetOverridesMissingWhichOverridesMet) {
  auto f = rated({{2025, EvaluationRating::kExcellent}});
  Rule discipline;
  discipline.kind = RuleKind::kNoDiscipline;
  auto j = judge_all({ratings(EvaluationRating::kGood, 1), discipline}, f, 2025);
  EXPECT_EQ(j.verdict, Verdict::kMissing);
  ASSERT_EQ(j.rules.size(), 2u);
  EXPECT_EQ(j.rules[0].verdict, Verdict::kMet);
  j = judge_all({ratings(EvaluationRating::kExcellent, 2), discipline}, rated({{2024, EvaluationRating::kCompleted},
                                                                                {2025, EvaluationRating::kExcellent}}),
                2025);
  EXPECT_EQ(j.verdict, Verdict::kNotMet);
  f.discipline_years = {2025};
  EXPECT_EQ(judge_all({ratings(EvaluationRating::kGood, 1), discipline}, f, 2025).verdict, Verdict::kMet);
}

TEST(EligibilityWithinReachTest, NearestFirstByRulesShortOfThenInTheRulesOrder) {
  // Three years excellent, no discipline known.
  auto f = rated({{2023, EvaluationRating::kExcellent}, {2024, EvaluationRating::kExcellent},
                  {2025, EvaluationRating::kExcellent}});
  f.discipline_years = {2023, 2024, 2025};
  Rule discipline;
  discipline.kind = RuleKind::kNoDiscipline;
  const Judgement met = judge_all({ratings(EvaluationRating::kGood, 1)}, f, 2025);
  const Judgement two_short = judge_all({ratings(EvaluationRating::kExcellent, 5), titles("Lao động tiên tiến", 2)},
                                        f, 2025);
  const Judgement one_short = judge_all({ratings(EvaluationRating::kExcellent, 4), discipline}, f, 2025);
  const Judgement one_short_later = judge_all({titles("Chiến sĩ thi đua cơ sở", 1)}, f, 2025);
  ASSERT_EQ(met.verdict, Verdict::kMet);
  ASSERT_NE(two_short.verdict, Verdict::kMet);
  ASSERT_NE(one_short.verdict, Verdict::kMet);
  const auto reach = within_reach({&met, &two_short, &one_short, &one_short_later});
  ASSERT_EQ(reach.size(), 3u) << "the award met is not 'within reach': it is reached";
  EXPECT_EQ(reach[0].index, 2u);
  EXPECT_EQ(reach[0].short_of, 1);
  EXPECT_EQ(reach[1].index, 3u) << "a tie keeps the rules file's order";
  EXPECT_EQ(reach[1].short_of, 1);
  EXPECT_EQ(reach[2].index, 1u);
  EXPECT_EQ(reach[2].short_of, 2);
  EXPECT_TRUE(within_reach({&met}).empty());
}

// The kinds of records a rule reads (core::facts_needed, which lets the
// "eligible now" list skip the others): judged on those kinds alone, every
// kind of rule gives the verdict it gives on everything; and each kind a
// one-kind rule names decides it (left out, the verdict changes), so the
// list is not simply "everything".
PersonFacts only(PersonFacts f, const FactsNeeded& n) {
  if (!n.ratings) f.ratings.clear();
  if (!n.titles) f.titles.clear();
  if (!n.awards) f.awards.clear();
  if (!n.initiatives) f.initiatives.clear();
  if (!n.discipline) f.discipline.clear();
  if (!n.absences) f.absences.clear();
  return f;
}

TEST(EligibilityFactsNeededTest, EachRuleJudgesTheSameOnTheKindsItReads) {
  PersonFacts all;
  for (int y = 2019; y <= 2025; ++y) {
    all.ratings.push_back({y, EvaluationRating::kExcellent, ""});
    all.titles.push_back({y, "Lao động tiên tiến", ""});
  }
  all.awards.push_back({2019, "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", ""});
  all.initiatives.push_back({2024, "Số hóa hồ sơ địa chính", InitiativeScope::kAgency, ""});
  all.initiatives.push_back({2025, "Bản đồ số", InitiativeScope::kAgency, ""});
  all.discipline.push_back({2025, 2025, 1, "Khiển trách", ""});
  all.absences.push_back({2025, 45, AbsenceReason::kSickness});
  all.title_years = all.initiative_years = all.discipline_years = all.absence_years = {2023, 2024, 2025};

  Rule streak = titles("Lao động tiên tiến", 2);
  Rule ideas;
  ideas.kind = RuleKind::kInitiatives;
  ideas.count = 2;
  ideas.years = 2;
  Rule clean;
  clean.kind = RuleKind::kNoDiscipline;
  Rule present;
  present.kind = RuleKind::kAbsenceBelow;
  present.days = 40;
  Rule since;
  since.kind = RuleKind::kSinceAward;
  since.title = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh";
  since.rating = EvaluationRating::kExcellent;
  since.years = 5;
  const std::vector<Rule> one_kind = {ratings(EvaluationRating::kExcellent, 2), streak, ideas, clean, present};
  for (const Rule& rule : one_kind) {
    const FactsNeeded n = facts_needed({rule});
    const Verdict v = judge(rule, all, 2025).verdict;
    EXPECT_EQ(judge(rule, only(all, n), 2025).verdict, v) << static_cast<int>(rule.kind);
    const int named = n.ratings + n.titles + n.awards + n.initiatives + n.discipline + n.absences;
    EXPECT_EQ(named, 1) << static_cast<int>(rule.kind);
    EXPECT_NE(judge(rule, only(all, {}), 2025).verdict, v) << "its one kind decides " << static_cast<int>(rule.kind);
  }
  const FactsNeeded n = facts_needed({since});
  EXPECT_TRUE(n.ratings && n.titles && n.awards && !n.initiatives && !n.discipline && !n.absences);
  EXPECT_EQ(judge(since, all, 2025).verdict, Verdict::kMet);
  EXPECT_EQ(judge(since, only(all, n), 2025).verdict, Verdict::kMet);
  // The shipped LĐTT: ratings, measures and absences; never the register.
  const FactsNeeded ldtt = facts_needed({ratings(EvaluationRating::kCompleted, 1), clean, present});
  EXPECT_TRUE(ldtt.ratings && ldtt.discipline && ldtt.absences && !ldtt.titles && !ldtt.awards && !ldtt.initiatives);
  EXPECT_EQ(judge_all({ratings(EvaluationRating::kCompleted, 1), clean, present}, only(all, ldtt), 2025).verdict,
            judge_all({ratings(EvaluationRating::kCompleted, 1), clean, present}, all, 2025).verdict);
}

TEST(EligibilityFactsNeededTest, MemberRulesNameTheMembersKindsApart) {
  Rule by_rating = share_of_title(50);
  by_rating.title.clear();
  by_rating.rating = EvaluationRating::kGood;
  Rule clean;
  clean.kind = RuleKind::kMembersNoDiscipline;
  const std::vector<Rule> rules = {ratings(EvaluationRating::kGood, 1), share_of_title(50), by_rating, clean};
  const FactsNeeded own = facts_needed(rules);
  EXPECT_TRUE(own.ratings && !own.titles && !own.discipline) << "the collective's own rating only";
  const FactsNeeded members = facts_needed(rules, true);
  EXPECT_TRUE(members.ratings && members.titles && members.discipline && !members.awards && !members.initiatives &&
              !members.absences);
  UnitFacts u;
  u.own.ratings.push_back({2025, EvaluationRating::kGood, ""});
  u.members = {member("Nguyễn Văn An", EvaluationRating::kGood, {"Lao động tiên tiến"}),
               member("Lê Văn Cường", EvaluationRating::kCompleted)};
  for (auto& m : u.members) {
    m.facts.title_years = m.facts.discipline_years = {2025};
    m.facts.absences.push_back({2025, 90, AbsenceReason::kSickness});
  }
  UnitFacts trimmed = u;
  for (auto& m : trimmed.members) m.facts = only(m.facts, members);
  for (const Rule& rule : rules) {
    EXPECT_EQ(judge(rule, trimmed, 2025).verdict, judge(rule, u, 2025).verdict) << static_cast<int>(rule.kind);
  }
  u.members[1].facts.discipline.push_back({2025, 2025, 1, "Khiển trách", ""});
  EXPECT_EQ(judge(clean, u, 2025).verdict, Verdict::kNotMet);
}

TEST(DisciplineRecordTest, AMeasureWithoutAnEndCountsTwelveMonths) {
  DisciplineRecord d;
  d.decided_on = "2023-11-20";
  EXPECT_EQ(d.first_year(), 2023);
  EXPECT_EQ(d.last_year(), 2024) << "twelve months from November reach into the next year";
  d.decided_on = "2023-01-01";
  EXPECT_EQ(d.last_year(), 2023);
  d.decided_on = "2023-11-20";
  d.ends_on = "2025-06-30";
  EXPECT_EQ(d.last_year(), 2025) << "an end the decision sets wins";
}

}  // namespace
}  // namespace thidua::core
