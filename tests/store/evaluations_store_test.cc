// Annual quality ratings on the engine under test: one per person and year
// (a second is kConflict and changes nothing), read per person in one query,
// in year order. Units' ratings: one per unit and year, a second replacing
// the first and answering it; an operator's (account 0) stored as no account.
#include <gtest/gtest.h>

#include "store/evaluations.h"
#include "store/unit_evaluations.h"
#include "support/test_db.h"

namespace thidua {
namespace {

class EvaluationsStoreTest : public test::DatabaseTest {};

core::Evaluation rating(int64_t person, int year, core::EvaluationRating r) {
  core::Evaluation e;
  e.person_id = person;
  e.year = year;
  e.rating = r;
  e.rated_on = std::to_string(year) + "-12-20";
  e.created_at = "2026-01-01T00:00:00.000Z";
  return e;
}

TEST_F(EvaluationsStoreTest, OnePerPersonAndYear) {
  const int64_t root = add_unit("STNMT", std::nullopt, core::UnitKind::kAgency);
  const int64_t an = add_person("Nguyễn Văn An", root);
  const int64_t binh = add_person("Trần Thị Bình", root);
  auto conn = db_->acquire();
  ASSERT_TRUE(store::insert_evaluation(*conn, rating(an, 2023, core::EvaluationRating::kExcellent)).ok());
  ASSERT_TRUE(store::insert_evaluation(*conn, rating(an, 2021, core::EvaluationRating::kGood)).ok());
  ASSERT_TRUE(store::insert_evaluation(*conn, rating(binh, 2023, core::EvaluationRating::kNotCompleted)).ok());
  auto again = store::insert_evaluation(*conn, rating(an, 2023, core::EvaluationRating::kCompleted));
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, core::errc::kConflict);
  EXPECT_EQ(again.error().field, "year");

  auto mine = store::evaluations_of(*conn, {an});
  ASSERT_TRUE(mine.ok());
  ASSERT_EQ(mine->size(), 2u);
  EXPECT_EQ((*mine)[0].year, 2021);
  EXPECT_EQ((*mine)[0].rating, core::EvaluationRating::kGood);
  EXPECT_EQ((*mine)[1].rating, core::EvaluationRating::kExcellent) << "the refused second rating changed nothing";
  EXPECT_EQ((*mine)[1].rated_on, "2023-12-20");
  auto both = store::evaluations_of(*conn, {binh, an});
  ASSERT_TRUE(both.ok());
  EXPECT_EQ(both->size(), 3u);
  EXPECT_EQ(both->back().rating, core::EvaluationRating::kNotCompleted);
  auto none = store::evaluations_of(*conn, {});
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
}

TEST_F(EvaluationsStoreTest, AUnitsRatingIsReplacedAndTheOldOneAnswered) {
  const int64_t root = add_unit("STNMT", std::nullopt, core::UnitKind::kAgency);
  const int64_t office = add_unit("STNMT-VP", root, core::UnitKind::kOffice);
  auto conn = db_->acquire();
  core::UnitEvaluation e;
  e.unit_id = office;
  e.year = 2024;
  e.rating = core::EvaluationRating::kGood;
  e.rated_on = "2024-12-20";
  e.recorded_at = "2025-01-02T00:00:00.000Z";
  auto first = store::put_unit_evaluation(*conn, e);
  ASSERT_TRUE(first.ok()) << first.error().message;
  EXPECT_FALSE(first->has_value());
  e.rating = core::EvaluationRating::kExcellent;
  e.note = "Phúc tra";
  e.rated_on = "";
  auto second = store::put_unit_evaluation(*conn, e);
  ASSERT_TRUE(second.ok()) << second.error().message;
  ASSERT_TRUE(second->has_value());
  EXPECT_EQ((*second)->rating, core::EvaluationRating::kGood);
  EXPECT_EQ((*second)->rated_on, "2024-12-20");
  e.year = 2023;
  e.unit_id = root;
  e.rating = core::EvaluationRating::kCompleted;
  ASSERT_TRUE(store::put_unit_evaluation(*conn, e).ok());

  auto mine = store::unit_evaluations_of(*conn, {office});
  ASSERT_TRUE(mine.ok());
  ASSERT_EQ(mine->size(), 1u) << "one per unit and year";
  EXPECT_EQ((*mine)[0].rating, core::EvaluationRating::kExcellent);
  EXPECT_EQ((*mine)[0].note, "Phúc tra");
  EXPECT_EQ((*mine)[0].rated_on, "");
  EXPECT_EQ((*mine)[0].recorded_by, 0);
  auto both = store::unit_evaluations_of(*conn, {office, root});
  ASSERT_TRUE(both.ok());
  ASSERT_EQ(both->size(), 2u);
  EXPECT_EQ(both->front().unit_id, std::min(root, office)) << "by unit, then year";
  auto none = store::unit_evaluations_of(*conn, {});
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
}

}  // namespace
}  // namespace thidua
