// The shipped eligibility rules (src/app/rules/award_rules.json) and their
// reader (app/award_rules.h): the file parses whole, every rule carries its
// citation; a malformed document fails naming the member; the rule set in
// force is chosen by its effective date.
#include <gtest/gtest.h>

#include <algorithm>

#include "app/award_rules.h"
#include "app/access.h"
#include "app/fact_years.h"
#include "app/quotas.h"
#include "core/quota.h"

#include <boost/json/serialize.hpp>

namespace thidua::app {
namespace {

TEST(AwardRulesTest, TheShippedRulesParseWithTheirCitations) {
  auto rules = shipped_award_rules();
  ASSERT_TRUE(rules.ok()) << rules.error().message;
  ASSERT_GE(rules->size(), 5u);
  for (const auto& set : *rules) {
    EXPECT_FALSE(set.rules.empty()) << set.code;
    for (const auto& r : set.rules) EXPECT_FALSE(r.citation.empty()) << set.code;
  }
  EXPECT_EQ(rules->front().name, "Lao động tiên tiến");
  // Lao động tiên tiến's absence rule: 40 days, three kinds of leave excused.
  const auto& ldtt = rules->front().rules;
  auto absence = std::find_if(ldtt.begin(), ldtt.end(), [](const core::Rule& r) {
    return r.kind == core::RuleKind::kAbsenceBelow;
  });
  ASSERT_NE(absence, ldtt.end());
  EXPECT_EQ(absence->days, 40);
  EXPECT_EQ(absence->excused, (std::vector<core::AbsenceReason>{core::AbsenceReason::kMaternity,
                                                                core::AbsenceReason::kInjuryOnDuty,
                                                                core::AbsenceReason::kAssignedStudy}));
}

TEST(AwardRulesTest, AMalformedDocumentFailsNamingTheMember) {
  const char* cases[][2] = {
      {R"({"awards":[{"code":"A","name":"N","subject":"individual","effective_from":"2024-01-01","rules":[{"kind":"rating_at_least","rating":"great","years":1,"citation":"c","to_confirm":true}]}]})",
       "awards[0].rules[0].rating"},
      {R"({"awards":[{"code":"A","name":"N","subject":"individual","effective_from":"2024-01-01","rules":[{"kind":"streak","years":1,"citation":"c","to_confirm":true}]}]})",
       "awards[0].rules[0].kind"},
      {R"({"awards":[{"code":"A","name":"N","subject":"individual","effective_from":"2024-13-01","rules":[]}]})",
       "awards[0].effective_from"},
      {R"({"awards":[{"code":"A","name":"N","subject":"individual","effective_from":"2024-01-01","rules":[{"kind":"initiatives","scope":"agency","count":0,"years":1,"citation":"c","to_confirm":true}]}]})",
       "awards[0].rules[0].count"},
      {R"({"awards":[{"code":"A","name":"N","subject":"individual","effective_from":"2024-01-01","rules":[{"kind":"no_discipline","severity":1,"years":1,"citation":"","to_confirm":true}]}]})",
       "awards[0].rules[0].citation"},
      {R"({"awards":[{"code":"A","name":"N","subject":"individual","effective_from":"2024-01-01","rules":[{"kind":"no_discipline","severity":1,"years":1,"citation":"c","to_confirm":true,"extra":1}]}]})",
       "extra"},
      {R"({"awards":[{"code":"A","name":"N","subject":"individual","effective_from":"2024-01-01","rules":[{"kind":"absence_below","days":40,"excused":["maternity","holiday"],"years":1,"citation":"c","to_confirm":true}]}]})",
       "awards[0].rules[0].excused[1]"},
      {R"({"awards":[{"code":"A","name":"N","subject":"individual","effective_from":"2024-01-01","rules":[{"kind":"absence_below","days":0,"excused":[],"years":1,"citation":"c","to_confirm":true}]}]})",
       "awards[0].rules[0].days"},
      {R"({"awards":[{"code":"A","name":"N","subject":"individual","effective_from":"2024-01-01","rules":[{"kind":"no_discipline","severity":7,"years":1,"citation":"c","to_confirm":true}]}]})",
       "awards[0].rules[0].severity"},
      // Member rules belong to collectives; a person's own-record rules to persons.
      {R"({"awards":[{"code":"A","name":"N","subject":"individual","effective_from":"2024-01-01","rules":[{"kind":"members_no_discipline","severity":2,"years":1,"citation":"c","to_confirm":true}]}]})",
       "awards[0].rules[0].kind"},
      {R"({"awards":[{"code":"A","name":"N","subject":"collective","effective_from":"2024-01-01","rules":[{"kind":"initiatives","scope":"agency","count":1,"years":1,"citation":"c","to_confirm":true}]}]})",
       "awards[0].rules[0].kind"},
      {R"({"awards":[{"code":"A","name":"N","subject":"group","effective_from":"2024-01-01","rules":[]}]})",
       "awards[0].subject"},
      // A share asks a title or a rating of members: exactly one of them.
      {R"({"awards":[{"code":"A","name":"N","subject":"collective","effective_from":"2024-01-01","rules":[{"kind":"members_share","share":50,"title":"Lao động tiên tiến","rating":"good","years":1,"citation":"c","to_confirm":true}]}]})",
       "awards[0].rules[0].title"},
      {R"({"awards":[{"code":"A","name":"N","subject":"collective","effective_from":"2024-01-01","rules":[{"kind":"members_share","share":50,"years":1,"citation":"c","to_confirm":true}]}]})",
       "awards[0].rules[0].title"},
      {R"({"awards":[{"code":"A","name":"N","subject":"collective","effective_from":"2024-01-01","rules":[{"kind":"members_share","share":101,"rating":"good","years":1,"citation":"c","to_confirm":true}]}]})",
       "awards[0].rules[0].share"},
      {R"({"awards":[{"code":"A","name":"N","subject":"collective","effective_from":"2024-01-01","rules":[{"kind":"members_count","count":0,"title":"X","years":1,"citation":"c","to_confirm":true}]}]})",
       "awards[0].rules[0].count"},
      // An interval since an earlier award: its name and a rating.
      {R"({"awards":[{"code":"A","name":"N","subject":"individual","effective_from":"2024-01-01","rules":[{"kind":"since_award","award":"","rating":"excellent","years":5,"citation":"c","to_confirm":true}]}]})",
       "awards[0].rules[0].award"},
      {R"({"awards":[{"code":"A","name":"N","subject":"individual","effective_from":"2024-01-01","rules":[{"kind":"since_award","award":"B","years":5,"citation":"c","to_confirm":true}]}]})",
       "rating"},
      {R"({"awards":[{"code":"A","name":"N","subject":"collective","effective_from":"2024-01-01","rules":[{"kind":"since_award","award":"B","rating":"good","years":5,"citation":"c","to_confirm":true}]}]})",
       "awards[0].rules[0].kind"},
      // A quota: a share of 1..100 % of another set's proposals, cited.
      {R"({"awards":[{"code":"A","name":"N","subject":"individual","effective_from":"2024-01-01","rules":[],"quota":{"of":"B","share":0,"citation":"c","to_confirm":true}}]})",
       "awards[0].quota.share"},
      {R"({"awards":[{"code":"A","name":"N","subject":"individual","effective_from":"2024-01-01","rules":[],"quota":{"of":"B","share":101,"citation":"c","to_confirm":true}}]})",
       "awards[0].quota.share"},
      {R"({"awards":[{"code":"A","name":"N","subject":"individual","effective_from":"2024-01-01","rules":[],"quota":{"of":"A","share":15,"citation":"c","to_confirm":true}}]})",
       "awards[0].quota.of"},
      {R"({"awards":[{"code":"A","name":"N","subject":"individual","effective_from":"2024-01-01","rules":[],"quota":{"of":"B c","share":15,"citation":"c","to_confirm":true}}]})",
       "awards[0].quota.of"},
      {R"({"awards":[{"code":"A","name":"N","subject":"individual","effective_from":"2024-01-01","rules":[],"quota":{"of":"B","share":15,"citation":"","to_confirm":true}}]})",
       "awards[0].quota.citation"},
      {R"({"awards":[{"code":"A","name":"N","subject":"individual","effective_from":"2024-01-01","rules":[],"quota":{"of":"B","share":15,"citation":"c"}}]})",
       "awards[0].quota.to_confirm"},
      {R"({"awards":[{"code":"A","name":"N","subject":"individual","effective_from":"2024-01-01","rules":[],"quota":{"of":"B","share":15,"citation":"c","to_confirm":true,"max":3}}]})",
       "max"},
  };
  for (const auto& c : cases) {
    auto parsed = parse_award_rules(c[0]);
    ASSERT_FALSE(parsed.ok()) << c[1];
    EXPECT_NE(parsed.error().message.find(c[1]), std::string::npos) << parsed.error().message;
  }
}

TEST(AwardRulesTest, ChienSiThiDuaCoSoShipsWithItsQuotaAndTheQuotaSurvivesAnEdit) {
  auto rules = shipped_award_rules();
  ASSERT_TRUE(rules.ok()) << rules.error().message;
  int with_quota = 0;
  for (const auto& set : *rules) {
    if (!set.quota) continue;
    ++with_quota;
    EXPECT_EQ(set.code, "CSTDCS");
    EXPECT_EQ(set.quota->of, "LDTT");
    EXPECT_EQ(set.quota->share, 15);
    EXPECT_FALSE(set.quota->citation.empty());
    EXPECT_TRUE(set.quota->to_confirm) << "legal.md marks the 15 % to confirm";
    // What the administrator's editor reads back keeps the quota.
    auto again = parse_award_rule_set(boost::json::serialize(award_rule_set_json(set)));
    ASSERT_TRUE(again.ok()) << again.error().message;
    ASSERT_TRUE(again->quota.has_value());
    EXPECT_EQ(again->quota->share, 15);
    EXPECT_EQ(again->quota->citation, set.quota->citation);
  }
  EXPECT_EQ(with_quota, 2) << "the 2024 and the 2017 sets";
}

TEST(QuotaTest, TheAllowedCountIsTheFloorOfTheShare) {
  EXPECT_EQ(core::quota_allowed(20, 15), 3);
  EXPECT_EQ(core::quota_allowed(19, 15), 2);   // 2.85
  EXPECT_EQ(core::quota_allowed(6, 15), 0);    // 0.9: none
  EXPECT_EQ(core::quota_allowed(0, 15), 0);
  EXPECT_EQ(core::quota_allowed(40, 100), 40);
  EXPECT_EQ(core::quota_allowed(-3, 15), 0);
  // Exactly the quota is within it; one more is over.
  EXPECT_FALSE(core::count_quota(3, 20, 15).over());
  EXPECT_TRUE(core::count_quota(4, 20, 15).over());
  EXPECT_EQ(core::count_quota(4, 20, 15).allowed, 3);
}

TEST(QuotaTest, ACampaignsAwardTypesAreHeldToTheQuotasInForceWhenTheirBaseIsThere) {
  auto rules = shipped_award_rules();
  ASSERT_TRUE(rules.ok());
  auto type = [](int64_t id, const std::string& code) {
    core::AwardType t;
    t.id = id;
    t.eligibility_code = code;
    return t;
  };
  const std::vector<core::AwardType> review{type(1, "LDTT"), type(2, "CSTDCS"), type(3, "TTLDTT"), type(4, "")};
  auto limits = quota_limits(review, 2025, *rules);
  ASSERT_EQ(limits.size(), 1u);
  EXPECT_EQ(limits[0].code, "CSTDCS");
  EXPECT_EQ(limits[0].name, "Chiến sĩ thi đua cơ sở");
  EXPECT_EQ(limits[0].of_name, "Lao động tiên tiến");
  EXPECT_EQ(limits[0].award_type_ids, std::vector<int64_t>{2});
  EXPECT_EQ(limits[0].base_type_ids, std::vector<int64_t>{1});
  EXPECT_EQ(quotas_touched(limits, {2}).size(), 1u);
  EXPECT_TRUE(quotas_touched(limits, {1, 3}).empty()) << "more LĐTT proposals only widen the quota";
  // Without the base in the campaign nothing can be counted: no quota.
  EXPECT_TRUE(quota_limits({type(2, "CSTDCS")}, 2025, *rules).empty());
  // The 2017 set holds the years before 2024 to the same quota.
  EXPECT_EQ(quota_limits(review, 2020, *rules).size(), 1u);
}

TEST(AwardRulesTest, TheCollectiveTitlesShipWithTheirMemberRules) {
  auto rules = shipped_award_rules();
  ASSERT_TRUE(rules.ok()) << rules.error().message;
  const auto y2024 = rules_for(rules_in_force(*rules, 2024), kCollective);
  std::vector<std::string> codes;
  for (const auto& set : y2024) codes.push_back(set.code);
  EXPECT_EQ(codes, (std::vector<std::string>{"TTLDTT", "TTLDXS", "CTD-TINH"}));
  // Tập thể lao động tiên tiến: the unit's own rating, half its members
  // Lao động tiên tiến, none under a warning or heavier.
  const auto& ttldtt = y2024[0].rules;
  ASSERT_EQ(ttldtt.size(), 3u);
  EXPECT_EQ(ttldtt[0].kind, core::RuleKind::kRatingAtLeast);
  EXPECT_EQ(ttldtt[1].kind, core::RuleKind::kMembersShare);
  EXPECT_EQ(ttldtt[1].share, 50);
  EXPECT_EQ(ttldtt[1].title, "Lao động tiên tiến");
  EXPECT_EQ(ttldtt[2].kind, core::RuleKind::kMembersNoDiscipline);
  EXPECT_EQ(ttldtt[2].severity, static_cast<int>(core::DisciplineMeasure::kWarning));
  // The 2017 rules asked 70 % of members with the title; the 2024 ones (as
  // legal.md cites them) 70 % rated good or better: each year by its own.
  auto share70 = [](const std::vector<AwardRules>& sets) {
    for (const auto& set : sets) {
      if (set.code != "TTLDXS") continue;
      for (const auto& r : set.rules) {
        if (r.kind == core::RuleKind::kMembersShare && r.share == 70) return r;
      }
    }
    return core::Rule{};
  };
  EXPECT_TRUE(share70(y2024).title.empty());
  EXPECT_EQ(share70(y2024).rating, core::EvaluationRating::kGood);
  EXPECT_EQ(share70(rules_in_force(*rules, 2023)).title, "Lao động tiên tiến");
  // The persons' sets hold no collective, and the other way round.
  for (const auto& set : rules_for(rules_in_force(*rules, 2024), kIndividual)) EXPECT_EQ(set.subject, kIndividual);
}

TEST(AwardRulesTest, TheRulesInForceAreChosenByEffectiveDate) {
  auto parsed = parse_award_rules(R"({"awards":[
    {"code":"A","name":"Old","subject":"individual","effective_from":"2018-01-01","rules":[]},
    {"code":"B","name":"Only new","subject":"individual","effective_from":"2024-01-01","rules":[]},
    {"code":"A","name":"New","subject":"individual","effective_from":"2024-01-01","rules":[]}]})");
  ASSERT_TRUE(parsed.ok()) << parsed.error().message;
  auto y2023 = rules_in_force(*parsed, 2023);
  ASSERT_EQ(y2023.size(), 1u);
  EXPECT_EQ(y2023[0].name, "Old") << "a 2023 award is judged by the 2023 rules";
  auto y2024 = rules_in_force(*parsed, 2024);
  ASSERT_EQ(y2024.size(), 2u);
  EXPECT_EQ(y2024[0].name, "New");
  EXPECT_EQ(y2024[1].name, "Only new");
  EXPECT_TRUE(rules_in_force(*parsed, 2017).empty());
}

// A declaration of complete years speaks for every unit of one agency: the
// office holding the right on that agency's top unit makes it, not the
// office of another agency or of one of its parts.
TEST(FactYearsTest, OnlyTheOfficeOfTheAgencyDeclares) {
  core::Actor root_office;
  root_office.root_paths = {"/1/", "/9/"};
  root_office.grants = {{core::Role::kSecretariat, 1, "/1/"}};
  EXPECT_TRUE(may_declare_fact_years(root_office, "/1/"));
  EXPECT_FALSE(may_declare_fact_years(root_office, "/9/")) << "another agency's records";
  core::Actor part_office;
  part_office.root_paths = {"/1/"};
  part_office.grants = {{core::Role::kSecretariat, 5, "/1/5/"}};
  EXPECT_FALSE(may_declare_fact_years(part_office, "/1/"));
  core::Actor officer;
  officer.root_paths = {"/1/"};
  officer.grants = {{core::Role::kUnitOfficer, 1, "/1/"}};
  EXPECT_FALSE(may_declare_fact_years(officer, "/1/"));
  EXPECT_TRUE(may_declare_fact_years(system_actor(), "/9/")) << "the shell's operator";
}

}  // namespace
}  // namespace thidua::app
