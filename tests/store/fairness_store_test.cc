// The grouped counts behind the fairness figures (store/fairness.h) on the
// engine under test: the subtree's people and units of today, the awards of
// a campaign or of a range of years, nothing from outside the subtree.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/fairness.h"
#include "store/fairness.h"
#include "store/units.h"
#include "support/test_db.h"

namespace thidua {
namespace {

constexpr const char* kNow = "2026-01-01T00:00:00.000Z";

class FairnessStoreTest : public test::DatabaseTest {
 protected:
  void SetUp() override {
    test::DatabaseTest::SetUp();
    agency_ = unit("A", std::nullopt, core::UnitKind::kAgency);
    b_ = unit("B", agency_, core::UnitKind::kDivision);
    c_ = unit("C", agency_, core::UnitKind::kCentre);
    d_ = unit("D", b_, core::UnitKind::kOther);
    closed_ = unit("X", agency_, core::UnitKind::kDivision);
    exec("UPDATE units SET valid_to = '2024-12-31' WHERE id = ?", {closed_});
    planned_ = unit("Y", agency_, core::UnitKind::kDivision);
    exec("UPDATE units SET valid_from = '2030-01-01' WHERE id = ?", {planned_});
    ending_ = unit("Z", agency_, core::UnitKind::kDivision);
    exec("UPDATE units SET valid_to = '2030-01-01' WHERE id = ?", {ending_});
    outside_ = unit("E", std::nullopt, core::UnitKind::kAgency);
  }

  int64_t unit(const std::string& code, std::optional<int64_t> parent, core::UnitKind kind) {
    const int64_t id = add_unit(code, parent, kind);
    auto conn = db_->acquire();
    auto found = store::find_unit(*conn, id);
    EXPECT_TRUE(found.ok() && found->has_value());
    paths_[id] = found.ok() && found->has_value() ? (*found)->path : "";
    return id;
  }
  int64_t insert(const std::string& sql, const store::Params& params) {
    auto conn = db_->acquire();
    auto rows = conn->query(sql + " RETURNING id", params);
    EXPECT_TRUE(rows.ok()) << (rows.ok() ? "" : rows.error().message) << "\n" << sql;
    return rows.ok() && !rows->empty() ? (*rows)[0].i64(0) : 0;
  }
  void exec(const std::string& sql, const store::Params& params) {
    auto conn = db_->acquire();
    auto r = conn->exec(sql, params);
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message) << "\n" << sql;
  }
  int64_t person(const std::string& name, int64_t unit_id, const std::string& gender, const std::string& position,
                 const std::string& category) {
    return insert(
        "INSERT INTO people (full_name, name_folded, sort_key, gender, position, category, unit_id, unit_path, "
        "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
        {name, name, name, gender, position, category, unit_id, paths_[unit_id], std::string(kNow), std::string(kNow)});
  }
  void award(std::optional<int64_t> person_id, int64_t unit_id, int64_t year, std::optional<int64_t> campaign_id) {
    insert("INSERT INTO awards (campaign_id, subject, person_id, unit_id, recipient_name, award_name, granted_by, "
           "decision_number_symbol, decision_date, year, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
           {store::opt(campaign_id), std::string(person_id ? "individual" : "collective"), store::opt(person_id),
            unit_id, std::string("Người nhận"), std::string("Giấy khen"), std::string("Giám đốc Sở"),
            std::string("12/QĐ-STNMT"), std::to_string(year) + "-12-20", year, std::string(kNow)});
  }
  int64_t campaign() {
    return insert(
        "INSERT INTO campaigns (issuing_unit_id, kind, state, document_type, doc_symbol, title, period_end, "
        "content_json, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
        {agency_, std::string("thematic"), std::string("finalised"), std::string("KH"), std::string("KH-STNMT"),
         std::string("Đợt thi đua thử"), std::string("2023-09-30"), std::string("{}"), std::string(kNow),
         std::string(kNow)});
  }

  int64_t agency_ = 0, b_ = 0, c_ = 0, d_ = 0, closed_ = 0, planned_ = 0, ending_ = 0, outside_ = 0;
  std::map<int64_t, std::string> paths_;
};

// An award counts in the unit it names, or, naming none (an old record), in
// its person's unit: inside the agency either way, once.
TEST_F(FairnessStoreTest, AnAwardNamingNoUnitCountsInItsPersonsUnit) {
  const int64_t staff = person("Lê Văn Nam", b_, "male", "", "civil_servant");
  const int64_t stranger = person("Phạm Văn Khoa", outside_, "male", "", "civil_servant");
  insert("INSERT INTO awards (subject, person_id, unit_id, recipient_name, award_name, granted_by, "
         "decision_number_symbol, decision_date, year, created_at) VALUES (?,?,NULL,?,?,?,?,?,?,?)",
         {std::string("individual"), staff, std::string("Lê Văn Nam"), std::string("Giấy khen"),
          std::string("Giám đốc Sở"), std::string("7/QĐ-STNMT"), std::string("2021-12-20"), int64_t{2021},
          std::string(kNow)});
  insert("INSERT INTO awards (subject, person_id, unit_id, recipient_name, award_name, granted_by, "
         "decision_number_symbol, decision_date, year, created_at) VALUES (?,?,NULL,?,?,?,?,?,?,?)",
         {std::string("individual"), stranger, std::string("Phạm Văn Khoa"), std::string("Giấy khen"),
          std::string("Giám đốc Sở"), std::string("8/QĐ-STNMT"), std::string("2021-12-20"), int64_t{2021},
          std::string(kNow)});
  award(stranger, b_, 2022, std::nullopt);  // the stranger's award while in B names B: counted here

  auto conn = db_->acquire();
  store::FairnessQuery years{paths_[agency_], std::nullopt, 2021, 2022, "2026-01-01"};
  auto people = store::fairness_people(*conn, years);
  ASSERT_TRUE(people.ok()) << people.error().message;
  int64_t awards = 0;
  for (const auto& p : *people) awards += p.awards;
  EXPECT_EQ(awards, 2) << "Nam's, in his unit B; the stranger's named B; not the stranger's naming no unit";
}

TEST_F(FairnessStoreTest, CountsTheSubtreeTodayAndTheAwardsAsked) {
  const int64_t leader = person("Trần Thị Hoa", b_, "female", "Trưởng phòng", "civil_servant");
  const int64_t staff = person("Lê Văn Nam", b_, "male", "", "civil_servant");
  const int64_t worker = person("Đỗ Thị Mai", d_, "female", "", "worker");
  const int64_t stranger = person("Phạm Văn Khoa", outside_, "male", "", "civil_servant");
  person("Hà Văn Cũ", closed_, "male", "", "civil_servant");  // left behind in a closed unit
  const int64_t x = campaign();
  award(leader, b_, 2021, std::nullopt);
  award(worker, d_, 2022, std::nullopt);
  award(staff, b_, 2023, x);
  award(stranger, outside_, 2021, std::nullopt);  // outside the agency
  award(std::nullopt, c_, 2021, std::nullopt);
  award(std::nullopt, b_, 2019, std::nullopt);  // before the range

  auto conn = db_->acquire();
  store::FairnessQuery years{paths_[agency_], std::nullopt, 2021, 2022, "2026-01-01"};
  auto people = store::fairness_people(*conn, years);
  ASSERT_TRUE(people.ok()) << people.error().message;
  ASSERT_EQ(people->size(), 3u)
      << "three combinations of the agency's people; the stranger is elsewhere, the closed unit's man not counted";
  int64_t heads = 0, awards = 0;
  for (const auto& p : *people) {
    heads += p.people;
    awards += p.awards;
    if (p.position == "Trưởng phòng") {
      EXPECT_EQ(p.gender, core::Gender::kFemale);
      EXPECT_EQ(p.unit_kind, "division");
      EXPECT_EQ(p.depth, 2);
      EXPECT_EQ(p.awards, 1);
    }
    if (p.category == core::EmploymentCategory::kWorker) {
      EXPECT_EQ(p.depth, 3);
      EXPECT_EQ(p.unit_kind, "other");
      EXPECT_EQ(p.awards, 1);
    }
  }
  EXPECT_EQ(heads, 3);
  EXPECT_EQ(awards, 2) << "the 2023 award is outside the years";

  auto units = store::fairness_units(*conn, years);
  ASSERT_TRUE(units.ok()) << units.error().message;
  int64_t unit_count = 0, unit_awards = 0;
  for (const auto& u : *units) {
    unit_count += u.units;
    unit_awards += u.awards;
    if (u.unit_kind == "centre") {
      EXPECT_EQ(u.awards, 1);
    }
  }
  EXPECT_EQ(unit_count, 5) << "A, B, C, D and Z (ending later): not the closed unit, the planned one, the other agency";
  EXPECT_EQ(unit_awards, 1) << "C in 2021; B's award is from 2019";

  store::FairnessQuery of_campaign{paths_[agency_], x, 0, 0, "2026-01-01"};
  people = store::fairness_people(*conn, of_campaign);
  ASSERT_TRUE(people.ok());
  awards = 0;
  for (const auto& p : *people) {
    awards += p.awards;
    if (p.awards) {
      EXPECT_EQ(p.gender, core::Gender::kMale);
    }
  }
  EXPECT_EQ(awards, 1) << "only the campaign's award";

  // Through the core: shares of the individuals by position.
  const auto tables = core::fairness_tables(*store::fairness_people(*conn, years),
                                            *store::fairness_units(*conn, years), 1);
  const auto& position = tables[0];
  ASSERT_EQ(position.groups.size(), 3u);
  EXPECT_EQ(position.groups[0].code, "leader");
  EXPECT_EQ(position.groups[0].award_share, 500);
  EXPECT_EQ(position.groups[0].base_share, 333);
  EXPECT_EQ(position.groups[1].code, "staff");
  EXPECT_EQ(position.groups[1].award_share, 0);
  EXPECT_EQ(position.groups[1].gap, -333);
}

}  // namespace
}  // namespace thidua
