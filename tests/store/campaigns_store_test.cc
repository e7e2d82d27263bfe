// Campaign storage on the engine under test: the seed plan goes in and comes
// back whole (text, award types with ballot rules, criteria with their data
// checks), participating units are resolved from the participants, state
// changes are guarded by state and version and recorded in the history.
#include <gtest/gtest.h>

#include "app/seed_campaign.h"
#include "store/campaign_json.h"
#include "store/campaigns.h"
#include "store/units.h"
#include "support/test_db.h"

namespace thidua {
namespace {

constexpr const char* kNow = "2026-01-01T00:00:00.000Z";

class CampaignsStoreTest : public test::DatabaseTest {
 protected:
  int64_t unit(const std::string& code, std::optional<int64_t> parent, core::UnitKind kind) {
    return add_unit(code, parent, kind);
  }
};

TEST_F(CampaignsStoreTest, SeedPlanRoundTripsWhole) {
  const int64_t root = unit("STNMT", std::nullopt, core::UnitKind::kAgency);
  const int64_t office = unit("STNMT-VP", root, core::UnitKind::kOffice);
  const int64_t centre = unit("STNMT-TTLT", root, core::UnitKind::kCentre);
  unit("STNMT-CD", root, core::UnitKind::kOther);  // a kind the plan does not name
  core::Campaign plan = app::seed_campaign({{"STNMT", root}, {"STNMT-VP", office}, {"STNMT-TTLT", centre}});
  auto conn = db_->acquire();
  auto id = store::insert_campaign(*conn, plan, std::nullopt, "Hệ thống", kNow);
  ASSERT_TRUE(id.ok()) << id.error().message;
  auto back = store::find_campaign(*conn, *id);
  ASSERT_TRUE(back.ok() && back->has_value());
  const core::Campaign& c = **back;
  EXPECT_EQ(c.title, plan.title);
  EXPECT_EQ(c.state, core::CampaignState::kRunning);
  EXPECT_FALSE(c.number.has_value());
  EXPECT_EQ(c.date_text, plan.date_text);
  EXPECT_EQ(core::campaign_body_lines(c), core::campaign_body_lines(plan)) << "the body reads as issued";
  EXPECT_EQ(c.recipients, plan.recipients);
  EXPECT_EQ(c.signer.name, "Bùi Quang Huy");
  EXPECT_EQ(c.governing_body, "UBND TỈNH BẮC GIANG");
  ASSERT_EQ(c.award_types.size(), plan.award_types.size());
  for (size_t i = 0; i < c.award_types.size(); ++i) {
    EXPECT_GT(c.award_types[i].id, 0);
    EXPECT_EQ(c.award_types[i].code, plan.award_types[i].code);
    EXPECT_EQ(c.award_types[i].own_authority, plan.award_types[i].own_authority);
    EXPECT_EQ(c.award_types[i].ballot.threshold.numerator, plan.award_types[i].ballot.threshold.numerator);
    EXPECT_EQ(c.award_types[i].ballot.quorum.denominator, plan.award_types[i].ballot.quorum.denominator);
    EXPECT_EQ(c.award_types[i].ballot.strictly_above, plan.award_types[i].ballot.strictly_above);
  }
  ASSERT_EQ(c.criteria.size(), plan.criteria.size());
  for (size_t i = 0; i < c.criteria.size(); ++i) {
    EXPECT_EQ(c.criteria[i].text, plan.criteria[i].text);
    EXPECT_EQ(c.criteria[i].checks, plan.criteria[i].checks);
  }
  ASSERT_EQ(c.assignments.size(), plan.assignments.size());
  EXPECT_EQ(c.assignments[0].unit_id, plan.assignments[0].unit_id);

  auto units = store::campaign_units(*conn, *id);
  ASSERT_TRUE(units.ok());
  std::vector<std::string> codes;
  for (const auto& u : *units) codes.push_back(u.code);
  EXPECT_EQ(codes, (std::vector<std::string>{"STNMT", "STNMT-VP", "STNMT-TTLT"}))
      << "the root subtree, restricted to the unit kinds the plan names";
}

// A plan of tens of thousands of units is read a slice at a time: the first
// units in tree order, within the paths asked for, saying whether there are
// more; one unit by id; and the unit a person registers under (the deepest
// taking part that holds theirs) from their unit's path alone.
TEST_F(CampaignsStoreTest, UnitsTakingPartAreReadInSlicesAndFoundByPath) {
  const int64_t root = unit("STNMT", std::nullopt, core::UnitKind::kAgency);
  const int64_t a = unit("A", root, core::UnitKind::kDivision);
  const int64_t a1 = unit("A1", a, core::UnitKind::kSubDepartment);
  const int64_t a2 = unit("A2", a, core::UnitKind::kSubDepartment);
  const int64_t b = unit("B", root, core::UnitKind::kDivision);
  const int64_t b1 = unit("B1", b, core::UnitKind::kSubDepartment);
  const int64_t c = unit("C", root, core::UnitKind::kOther);
  const int64_t c1 = unit("C1", c, core::UnitKind::kSubDepartment);
  core::Campaign plan = app::seed_campaign({{"STNMT", root}});
  auto conn = db_->acquire();
  auto id = store::insert_campaign(*conn, plan, std::nullopt, "Hệ thống", kNow);
  ASSERT_TRUE(id.ok()) << id.error().message;
  ASSERT_TRUE(conn->exec("DELETE FROM campaign_units WHERE campaign_id = ?", {*id}).ok());
  for (int64_t u : {root, a, a1, b1, c1}) {
    ASSERT_TRUE(conn->exec("INSERT INTO campaign_units (campaign_id, unit_id) VALUES (?, ?)", {*id, u}).ok());
  }
  auto path_of = [&](int64_t u) {
    auto found = store::find_unit(*conn, u);
    EXPECT_TRUE(found.ok() && found->has_value());
    return found.ok() && found->has_value() ? (*found)->path : std::string();
  };
  auto slice = [&](const std::optional<std::vector<std::string>>& within, size_t limit) {
    std::vector<std::string> codes;
    auto got = store::campaign_units_within(*conn, *id, within, limit);
    EXPECT_TRUE(got.ok());
    if (!got.ok()) return std::make_pair(codes, false);
    for (const auto& u : got->units) codes.push_back(u.code);
    return std::make_pair(codes, got->more);
  };
  using Codes = std::vector<std::string>;
  EXPECT_EQ(slice(std::nullopt, 10), std::make_pair(Codes{"STNMT", "A", "A1", "B1", "C1"}, false));
  EXPECT_EQ(slice(std::nullopt, 5), std::make_pair(Codes{"STNMT", "A", "A1", "B1", "C1"}, false));
  EXPECT_EQ(slice(std::nullopt, 2), std::make_pair(Codes{"STNMT", "A"}, true));
  EXPECT_EQ(slice(std::vector<std::string>{path_of(a)}, 10), std::make_pair(Codes{"A", "A1"}, false));
  EXPECT_EQ(slice(std::vector<std::string>{path_of(b), path_of(c)}, 1), std::make_pair(Codes{"B1"}, true));
  EXPECT_EQ(slice(std::vector<std::string>{}, 10), std::make_pair(Codes{}, false)) << "no paths: none";

  auto one = store::campaign_unit(*conn, *id, a1);
  ASSERT_TRUE(one.ok() && one->has_value());
  EXPECT_EQ((*one)->code, "A1");
  EXPECT_EQ((*one)->path, path_of(a1));
  for (int64_t not_taking : {a2, b, c, int64_t{999999}}) {
    auto none = store::campaign_unit(*conn, *id, not_taking);
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(none->has_value()) << not_taking;
  }

  const std::vector<std::string> paths{path_of(a2), path_of(a1), path_of(b), path_of(c1), path_of(c), "", "/999999/"};
  auto holders = store::campaign_unit_holders(*conn, *id, paths);
  ASSERT_TRUE(holders.ok()) << holders.error().message;
  auto holder = [&](const std::string& path) {
    auto it = holders->find(path);
    return it == holders->end() ? std::string("-") : it->second.code;
  };
  EXPECT_EQ(holder(path_of(a2)), "A") << "a unit not taking part: its nearest ancestor that does";
  EXPECT_EQ(holder(path_of(a1)), "A1") << "the deepest: the unit itself";
  EXPECT_EQ(holder(path_of(b)), "STNMT");
  EXPECT_EQ(holder(path_of(c1)), "C1");
  EXPECT_EQ(holder(path_of(c)), "STNMT");
  EXPECT_EQ(holder(""), "-");
  EXPECT_EQ(holder("/999999/"), "-");
  EXPECT_EQ(holders->size(), 5u);

  // More ancestors than one statement takes (400): 450 teams under B1, every
  // third taking part itself, the others held by B1.
  std::vector<std::string> team_paths;
  std::vector<bool> takes_part;
  for (int i = 0; i < 450; ++i) {
    const int64_t team = unit("T" + std::to_string(i), b1, core::UnitKind::kOther);
    team_paths.push_back(path_of(team));
    takes_part.push_back(i % 3 == 0);
    if (i % 3 == 0) {
      ASSERT_TRUE(conn->exec("INSERT INTO campaign_units (campaign_id, unit_id) VALUES (?, ?)", {*id, team}).ok());
    }
  }
  auto teams = store::campaign_unit_holders(*conn, *id, team_paths);
  ASSERT_TRUE(teams.ok()) << teams.error().message;
  ASSERT_EQ(teams->size(), team_paths.size());
  for (size_t i = 0; i < team_paths.size(); ++i) {
    EXPECT_EQ(teams->at(team_paths[i]).code, takes_part[i] ? "T" + std::to_string(i) : std::string("B1")) << i;
  }
}

// A unit closed by a reorganisation (or long ago) has nobody left to take
// part: a campaign starting after the day it closed leaves it out, one that
// started before still counts it; without a start date its issue date, else
// the plan's day in Vietnam (`now` + 7 h) decides, and editing the plan
// resolves the units again.
TEST_F(CampaignsStoreTest, UnitsClosedBeforeTheFirstDayDoNotTakePart) {
  const int64_t root = unit("STNMT", std::nullopt, core::UnitKind::kAgency);
  const int64_t office = unit("STNMT-VP", root, core::UnitKind::kOffice);
  const int64_t district = unit("PTNMT-LN", root, core::UnitKind::kDistrictOffice);
  const int64_t old_division = unit("STNMT-DDBD", root, core::UnitKind::kDivision);
  auto conn = db_->acquire();
  ASSERT_TRUE(conn->exec("UPDATE units SET valid_to = '2025-07-01' WHERE id = ?", {district}).ok());
  ASSERT_TRUE(conn->exec("UPDATE units SET valid_to = '2021-06-30' WHERE id = ?", {old_division}).ok());
  auto codes_of = [&](int64_t id) {
    std::vector<std::string> codes;
    auto units = store::campaign_units(*conn, id);
    EXPECT_TRUE(units.ok());
    if (units.ok()) {
      for (const auto& u : *units) codes.push_back(u.code);
    }
    return codes;
  };
  core::Campaign plan = app::seed_campaign({{"STNMT", root}, {"STNMT-VP", office}});
  plan.participants.target_unit_kinds.clear();  // every kind

  plan.period.start_date = "2023-03-01";
  auto in_2023 = store::insert_campaign(*conn, plan, std::nullopt, "Hệ thống", kNow);
  ASSERT_TRUE(in_2023.ok()) << in_2023.error().message;
  EXPECT_EQ(codes_of(*in_2023), (std::vector<std::string>{"STNMT", "STNMT-VP", "PTNMT-LN"}))
      << "the district office existed in 2023; the division closed in 2021 did not";

  plan.period.start_date = "2025-07-01";
  auto on_the_day = store::insert_campaign(*conn, plan, std::nullopt, "Hệ thống", kNow);
  ASSERT_TRUE(on_the_day.ok());
  EXPECT_EQ(codes_of(*on_the_day), (std::vector<std::string>{"STNMT", "STNMT-VP"}))
      << "closed on the first day: not a participant";

  plan.period.start_date.reset();
  auto undated = store::insert_campaign(*conn, plan, std::nullopt, "Hệ thống", kNow);
  ASSERT_TRUE(undated.ok());
  EXPECT_EQ(codes_of(*undated), (std::vector<std::string>{"STNMT", "STNMT-VP"})) << "the plan's day is 2026";
  // Written at 01:00 on 1/7/2025 in Vietnam (18:00 UTC the day before): the
  // office closed that day already.
  auto at_night = store::insert_campaign(*conn, plan, std::nullopt, "Hệ thống", "2025-06-30T18:00:00.000Z");
  ASSERT_TRUE(at_night.ok());
  EXPECT_EQ(codes_of(*at_night), (std::vector<std::string>{"STNMT", "STNMT-VP"})) << "judged on Vietnam's date";
  auto evening = store::insert_campaign(*conn, plan, std::nullopt, "Hệ thống", "2025-06-30T16:59:00.000Z");
  ASSERT_TRUE(evening.ok());
  EXPECT_EQ(codes_of(*evening), (std::vector<std::string>{"STNMT", "STNMT-VP", "PTNMT-LN"}));
  // Without a start, a plan issued in 2023 counts the units of 2023.
  plan.issue_date = "2023-06-12";
  auto issued = store::insert_campaign(*conn, plan, std::nullopt, "Hệ thống", kNow);
  ASSERT_TRUE(issued.ok());
  EXPECT_EQ(codes_of(*issued), (std::vector<std::string>{"STNMT", "STNMT-VP", "PTNMT-LN"}));
  plan.issue_date.reset();

  // The plan edited to start in 2024 takes the district office in again.
  auto stored = store::find_campaign(*conn, *undated);
  ASSERT_TRUE(stored.ok() && stored->has_value());
  core::Campaign edited = **stored;
  edited.period.start_date = "2024-01-01";
  ASSERT_TRUE(store::update_campaign(*conn, edited, 1, kNow).ok());
  EXPECT_EQ(codes_of(*undated), (std::vector<std::string>{"STNMT", "STNMT-VP", "PTNMT-LN"}));
}

TEST_F(CampaignsStoreTest, StateChangesAreGuardedAndRecorded) {
  const int64_t root = unit("STNMT", std::nullopt, core::UnitKind::kAgency);
  core::Campaign plan = app::seed_campaign({{"STNMT", root}});
  plan.state = core::CampaignState::kApproved;
  auto conn = db_->acquire();
  auto id = store::insert_campaign(*conn, plan, std::nullopt, "Hệ thống", kNow);
  ASSERT_TRUE(id.ok());
  store::StateChange ch;
  ch.from = core::CampaignState::kApproved;
  ch.to = core::CampaignState::kPublished;
  ch.expected_version = 1;
  ch.number = 7;
  ch.issue_date = "2026-01-02";
  ch.date_text = "ngày 02 tháng 01 năm 2026";
  ch.actor_name = "Nguyễn Văn Thư";
  ASSERT_TRUE(store::change_campaign_state(*conn, *id, ch, kNow).ok());
  auto again = store::change_campaign_state(*conn, *id, ch, kNow);
  ASSERT_FALSE(again.ok()) << "a stale version or state is refused";
  EXPECT_EQ(again.error().code, core::errc::kConflict);
  auto c = store::find_campaign(*conn, *id);
  ASSERT_TRUE(c.ok() && c->has_value());
  EXPECT_EQ((*c)->number, 7);
  EXPECT_EQ((*c)->state, core::CampaignState::kPublished);
  EXPECT_EQ((*c)->date_text, "ngày 02 tháng 01 năm 2026");
  auto events = store::campaign_events(*conn, *id);
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 2u);
  EXPECT_EQ((*events)[1].from, core::CampaignState::kApproved);
  EXPECT_EQ((*events)[1].to, core::CampaignState::kPublished);
  EXPECT_EQ((*events)[1].actor_name, "Nguyễn Văn Thư");
}

TEST_F(CampaignsStoreTest, ListsFilterByStateAndVisibility) {
  const int64_t root = unit("STNMT", std::nullopt, core::UnitKind::kAgency);
  const int64_t other = unit("SNV", std::nullopt, core::UnitKind::kAgency);
  auto conn = db_->acquire();
  core::Campaign a = app::seed_campaign({{"STNMT", root}});
  core::Campaign b = app::seed_campaign({{"STNMT", other}});
  b.participants.target_unit_ids = {other};
  b.state = core::CampaignState::kDraft;
  ASSERT_TRUE(store::insert_campaign(*conn, a, std::nullopt, "", kNow).ok());
  ASSERT_TRUE(store::insert_campaign(*conn, b, std::nullopt, "", kNow).ok());
  auto root_path = store::find_unit(*conn, root);
  ASSERT_TRUE(root_path.ok() && root_path->has_value());
  store::CampaignQuery q;
  q.visible_in = std::vector<std::string>{(*root_path)->path};
  auto seen = store::list_campaigns(*conn, q);
  ASSERT_TRUE(seen.ok());
  ASSERT_EQ(seen->size(), 1u);
  EXPECT_EQ((*seen)[0].issuing_unit_id, root);
  q.visible_in.reset();
  q.states = {core::CampaignState::kDraft};
  auto drafts = store::count_campaigns(*conn, q);
  ASSERT_TRUE(drafts.ok());
  EXPECT_EQ(*drafts, 1);
}

// An agency's own plans of one kind (the annual review's one-a-year check),
// not every plan its subtree sees.
TEST_F(CampaignsStoreTest, ListsFilterByIssuerAndKind) {
  const int64_t root = unit("STNMT", std::nullopt, core::UnitKind::kAgency);
  const int64_t office = unit("STNMT-VP", root, core::UnitKind::kOffice);
  auto conn = db_->acquire();
  core::Campaign annual = app::seed_campaign({{"STNMT", root}});
  annual.kind = core::CampaignKind::kAnnual;
  core::Campaign thematic = app::seed_campaign({{"STNMT", root}});
  thematic.kind = core::CampaignKind::kThematic;
  core::Campaign below = app::seed_campaign({{"STNMT", root}});
  below.kind = core::CampaignKind::kAnnual;
  below.issuing_unit_id = office;
  for (const auto* c : {&annual, &thematic, &below}) {
    ASSERT_TRUE(store::insert_campaign(*conn, *c, std::nullopt, "", kNow).ok());
  }
  store::CampaignQuery q;
  q.issued_by = root;
  q.kind = core::CampaignKind::kAnnual;
  auto own = store::list_campaigns(*conn, q);
  ASSERT_TRUE(own.ok()) << own.error().message;
  ASSERT_EQ(own->size(), 1u);
  EXPECT_EQ((*own)[0].issuing_unit_id, root);
  EXPECT_EQ((*own)[0].kind, core::CampaignKind::kAnnual);
  q.kind.reset();
  auto any_kind = store::count_campaigns(*conn, q);
  ASSERT_TRUE(any_kind.ok());
  EXPECT_EQ(*any_kind, 2);
  q.issued_by = office;
  auto office_count = store::count_campaigns(*conn, q);
  ASSERT_TRUE(office_count.ok());
  EXPECT_EQ(*office_count, 1);
}

}  // namespace
}  // namespace thidua
