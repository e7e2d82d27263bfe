#include "core/evaluation.h"

#include "core/messages_vi/evaluations.h"
#include "core/names.h"
#include "core/org.h"
#include "core/utf8.h"

namespace thidua::core {

namespace msg = messages_vi;

namespace {

constexpr EvaluationRating kRatings[] = {EvaluationRating::kExcellent, EvaluationRating::kGood,
                                         EvaluationRating::kCompleted, EvaluationRating::kNotCompleted};

}  // namespace

std::string_view evaluation_rating_code(EvaluationRating r) {
  switch (r) {
    case EvaluationRating::kExcellent: return "excellent";
    case EvaluationRating::kGood: return "good";
    case EvaluationRating::kCompleted: return "completed";
    case EvaluationRating::kNotCompleted: return "not_completed";
  }
  return "completed";
}

std::string_view evaluation_rating_label(EvaluationRating r) {
  switch (r) {
    case EvaluationRating::kExcellent: return msg::kRatingExcellent;
    case EvaluationRating::kGood: return msg::kRatingGood;
    case EvaluationRating::kCompleted: return msg::kRatingCompleted;
    case EvaluationRating::kNotCompleted: return msg::kRatingNotCompleted;
  }
  return msg::kRatingCompleted;
}

std::optional<EvaluationRating> read_evaluation_rating(std::string_view text) {
  std::string wanted = fold(text);
  if (wanted.empty()) return std::nullopt;
  for (auto r : kRatings) {
    if (wanted == evaluation_rating_code(r) || wanted == fold(evaluation_rating_label(r))) return r;
  }
  // The short forms: "Xuất sắc", "Hoàn thành tốt", "Tốt", "Hoàn thành", "Không hoàn thành".
  if (wanted.size() > 9 && wanted.compare(wanted.size() - 9, 9, " nhiem vu") == 0) wanted.erase(wanted.size() - 9);
  if (wanted == "xuat sac" || wanted == "hoan thanh xuat sac") return EvaluationRating::kExcellent;
  if (wanted == "tot" || wanted == "hoan thanh tot") return EvaluationRating::kGood;
  if (wanted == "hoan thanh") return EvaluationRating::kCompleted;
  if (wanted == "khong hoan thanh") return EvaluationRating::kNotCompleted;
  return std::nullopt;
}

Status validate_evaluation(const Evaluation& e, int this_year) {
  if (e.year < kFirstEvaluationYear || e.year > this_year) {
    return make_error(errc::kValidation, msg::evaluation_year_invalid(kFirstEvaluationYear, this_year), "year");
  }
  if (!e.rated_on.empty()) {
    if (!is_iso_date(e.rated_on)) return make_error(errc::kValidation, msg::kEvaluationDateInvalid, "rated_on");
    if (std::stoi(e.rated_on.substr(0, 4)) < e.year) {
      return make_error(errc::kValidation, msg::kEvaluationDateBeforeYear, "rated_on");
    }
  }
  if (!is_valid_utf8(e.note) || utf8::length(e.note) > 1000) {
    return make_error(errc::kValidation, msg::kEvaluationNoteTooLong, "note");
  }
  return {};
}

Status validate_unit_evaluation(const UnitEvaluation& e, int this_year) {
  Evaluation same;
  same.year = e.year;
  same.rating = e.rating;
  same.rated_on = e.rated_on;
  same.note = e.note;
  return validate_evaluation(same, this_year);
}

}  // namespace thidua::core
