// Annual quality ratings (core/evaluation.h): the four ratings as offices
// write them, their order, and the checks before one is recorded.
#include <gtest/gtest.h>

#include "core/evaluation.h"

namespace thidua::core {
namespace {

TEST(EvaluationRatingTest, RatingsAsOfficesWriteThem) {
  EXPECT_EQ(read_evaluation_rating("Hoàn thành xuất sắc nhiệm vụ"), EvaluationRating::kExcellent);
  EXPECT_EQ(read_evaluation_rating("HOÀN THÀNH XUẤT SẮC"), EvaluationRating::kExcellent);
  EXPECT_EQ(read_evaluation_rating("xuất sắc"), EvaluationRating::kExcellent);
  EXPECT_EQ(read_evaluation_rating("Hoàn thành tốt nhiệm vụ"), EvaluationRating::kGood);
  EXPECT_EQ(read_evaluation_rating("Tốt"), EvaluationRating::kGood);
  EXPECT_EQ(read_evaluation_rating("Hoàn thành"), EvaluationRating::kCompleted);
  EXPECT_EQ(read_evaluation_rating("không hoàn thành nhiệm vụ"), EvaluationRating::kNotCompleted);
  EXPECT_EQ(read_evaluation_rating("not_completed"), EvaluationRating::kNotCompleted);
  EXPECT_FALSE(read_evaluation_rating("").has_value());
  EXPECT_FALSE(read_evaluation_rating("Khá").has_value());
  EXPECT_FALSE(read_evaluation_rating("nhiem vu").has_value());
  for (auto r : {EvaluationRating::kExcellent, EvaluationRating::kGood, EvaluationRating::kCompleted,
                 EvaluationRating::kNotCompleted}) {
    EXPECT_EQ(read_evaluation_rating(evaluation_rating_code(r)), r);
    EXPECT_EQ(read_evaluation_rating(evaluation_rating_label(r)), r);
  }
}

TEST(EvaluationRatingTest, AtLeastFollowsTheOrder) {
  EXPECT_TRUE(rating_at_least(EvaluationRating::kExcellent, EvaluationRating::kGood));
  EXPECT_TRUE(rating_at_least(EvaluationRating::kGood, EvaluationRating::kGood));
  EXPECT_FALSE(rating_at_least(EvaluationRating::kCompleted, EvaluationRating::kGood));
  EXPECT_FALSE(rating_at_least(EvaluationRating::kNotCompleted, EvaluationRating::kCompleted));
}

TEST(EvaluationCheckTest, YearDateAndNoteBounds) {
  Evaluation e;
  e.year = 2023;
  e.rated_on = "2023-12-20";
  EXPECT_TRUE(validate_evaluation(e, 2026).ok());
  e.rated_on = "";
  EXPECT_TRUE(validate_evaluation(e, 2026).ok()) << "the date is optional";
  e.rated_on = "2023-01-01";
  EXPECT_TRUE(validate_evaluation(e, 2026).ok());
  e.rated_on = "2022-12-31";
  EXPECT_EQ(validate_evaluation(e, 2026).error().field, "rated_on");
  e.rated_on = "2023-13-01";
  EXPECT_EQ(validate_evaluation(e, 2026).error().field, "rated_on");
  e.rated_on = "";
  e.year = kFirstEvaluationYear;
  EXPECT_TRUE(validate_evaluation(e, 2026).ok());
  e.year = kFirstEvaluationYear - 1;
  EXPECT_EQ(validate_evaluation(e, 2026).error().field, "year");
  e.year = 2026;
  EXPECT_TRUE(validate_evaluation(e, 2026).ok());
  e.year = 2027;
  EXPECT_EQ(validate_evaluation(e, 2026).error().field, "year");
  e.year = 2023;
  e.note = std::string(1000, 'a');
  EXPECT_TRUE(validate_evaluation(e, 2026).ok());
  e.note += "a";
  EXPECT_EQ(validate_evaluation(e, 2026).error().field, "note");
}

}  // namespace
}  // namespace thidua::core
