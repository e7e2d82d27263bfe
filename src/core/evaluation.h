// A civil servant's annual quality rating (đánh giá, xếp loại chất lượng
// hằng năm): one per person and year, the fact the annual titles and several
// awards are judged on (legal.md §6: Lao động tiên tiến needs at least
// "hoàn thành tốt nhiệm vụ"; a Bằng khen, two consecutive years of "hoàn
// thành xuất sắc nhiệm vụ"). Value types and rules only.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace thidua::core {

// Best first.
enum class EvaluationRating { kExcellent, kGood, kCompleted, kNotCompleted };
std::string_view evaluation_rating_code(EvaluationRating r);   // "excellent", "good", "completed", "not_completed"
std::string_view evaluation_rating_label(EvaluationRating r);  // "Hoàn thành xuất sắc nhiệm vụ", ...
// A code or a label as offices write it, regardless of case and diacritics;
// the short forms "Xuất sắc", "Tốt", "Hoàn thành", "Không hoàn thành" too.
std::optional<EvaluationRating> read_evaluation_rating(std::string_view text);
// True when `r` is `at_least` or better.
inline bool rating_at_least(EvaluationRating r, EvaluationRating at_least) {
  return static_cast<int>(r) <= static_cast<int>(at_least);
}

struct Evaluation {
  int64_t id = 0;
  int64_t person_id = 0;
  int year = 0;
  EvaluationRating rating = EvaluationRating::kCompleted;
  std::string rated_on;  // ISO date of the rating, "" when the record does not say
  std::string note;
  std::string created_at;
};

// A collective's annual rating (đánh giá, xếp loại tổ chức): one per unit and
// year, on the same scale; what the collective titles ask of the unit itself.
struct UnitEvaluation {
  int64_t id = 0;
  int64_t unit_id = 0;
  int year = 0;
  EvaluationRating rating = EvaluationRating::kCompleted;
  std::string rated_on;  // ISO date, "" when not known
  std::string note;
  int64_t recorded_by = 0;      // the account; 0 for the demo or an import by the operator
  std::string recorded_at;      // ISO instant of the last change
};

// The earliest year a rating may be recorded for.
inline constexpr int kFirstEvaluationYear = 1990;

// Checks a rating before it is recorded: the year within
// [kFirstEvaluationYear, this_year]; rated_on, when set, an ISO date not
// before the year began; a note of at most 1000 characters. kValidation
// naming the field (year, rated_on, note).
Status validate_evaluation(const Evaluation& e, int this_year);
// The same checks for a unit's rating.
Status validate_unit_evaluation(const UnitEvaluation& e, int this_year);

}  // namespace thidua::core
