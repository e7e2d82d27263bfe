// The Vietnamese message catalogue: annual quality ratings of civil servants
// (UTF-8, NFC): the ratings, their checks, their import and their pages.
#pragma once

#include <string>
#include <string_view>

namespace thidua::core::messages_vi {

// The ratings (core/evaluation.h), best first.
inline constexpr const char* kRatingExcellent = "Hoàn thành xuất sắc nhiệm vụ";
inline constexpr const char* kRatingGood = "Hoàn thành tốt nhiệm vụ";
inline constexpr const char* kRatingCompleted = "Hoàn thành nhiệm vụ";
inline constexpr const char* kRatingNotCompleted = "Không hoàn thành nhiệm vụ";

// Checks (core::validate_evaluation).
inline std::string evaluation_year_invalid(int first, int last) {
  return "Năm đánh giá phải từ " + std::to_string(first) + " đến " + std::to_string(last) + ".";
}
inline constexpr const char* kEvaluationDateInvalid = "Ngày xếp loại không hợp lệ.";
inline constexpr const char* kEvaluationDateBeforeYear = "Ngày xếp loại không thể trước năm được đánh giá.";
inline constexpr const char* kEvaluationNoteTooLong = "Ghi chú dài tối đa 1000 ký tự.";
inline constexpr const char* kEvaluationYearTaken = "Người này đã được xếp loại cho năm đó.";

// The import (app/import_evaluations.h).
inline constexpr const char* kEvalColYear = "Năm";
inline constexpr const char* kEvalColRating = "Xếp loại";
inline constexpr const char* kEvalColRatedOn = "Ngày xếp loại";
inline constexpr const char* kEvalColNote = "Ghi chú";
inline constexpr const char* kEvalTemplateSheet = "Xep loai";
inline constexpr const char* kEvalImportHeadingsMissing =
    "Tệp thiếu cột bắt buộc: cần \"Năm\", \"Xếp loại\", và \"Mã người\" hoặc \"Họ và tên\" (kèm \"Ngày sinh\").";
inline std::string evaluation_rating_invalid(std::string_view value) {
  return "Xếp loại \"" + std::string(value) +
         "\" không hợp lệ: ghi \"Hoàn thành xuất sắc nhiệm vụ\", \"Hoàn thành tốt nhiệm vụ\", \"Hoàn thành nhiệm "
         "vụ\" hoặc \"Không hoàn thành nhiệm vụ\".";
}
inline constexpr const char* kEvaluationRatingMissing = "Thiếu xếp loại.";
inline std::string evaluation_year_not_a_year(std::string_view value) {
  return "Năm \"" + std::string(value) + "\" không phải là một năm (ví dụ 2023).";
}
inline std::string evaluation_exists(int year, std::string_view rating) {
  return "Năm " + std::to_string(year) + " người này đã được xếp loại: " + std::string(rating) + ".";
}
inline std::string evaluation_repeats_row(int row) {
  return "Trùng với dòng " + std::to_string(row) + " của tệp (mỗi người được xếp loại một lần mỗi năm).";
}
inline constexpr const char* kActImportEvaluations = "nhập kết quả xếp loại chất lượng";

// Collectives' ratings (app/unit_evaluations.h).
inline constexpr const char* kActRateUnit = "ghi kết quả xếp loại của đơn vị này";
inline constexpr const char* kActRatePerson = "ghi kết quả xếp loại của người này";
inline constexpr const char* kActRecordPersonFacts = "ghi sáng kiến, kỷ luật, ngày nghỉ của người này";

// Pages.
inline constexpr const char* kPageImportEvaluationsHeading = "Nhập kết quả xếp loại chất lượng hằng năm";
inline constexpr const char* kPageImportEvaluationsWhat = "kết quả xếp loại";
inline constexpr const char* kPageImportEvaluationsRequired =
    "“Năm”, “Xếp loại”, và “Mã người” (hoặc “Họ và tên” với “Ngày sinh”)";
inline constexpr const char* kPageImportEvaluationsColPerson = "Người";

}  // namespace thidua::core::messages_vi
