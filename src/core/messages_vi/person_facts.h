// The Vietnamese message catalogue: the facts of a person's years beside
// the ratings (UTF-8, NFC): initiatives and research topics, disciplinary
// measures, long absences, and the years whose records are complete.
#pragma once

#include <string>
#include <string_view>

namespace thidua::core::messages_vi {

// Initiatives (core/initiative.h).
inline constexpr const char* kInitiativeKindInitiative = "Sáng kiến";
inline constexpr const char* kInitiativeKindResearch = "Đề tài khoa học";
inline constexpr const char* kInitiativeScopeAgency = "Cơ sở";
inline constexpr const char* kInitiativeScopeProvince = "Tỉnh, bộ, ngành";
inline constexpr const char* kInitiativeScopeNational = "Toàn quốc";
inline constexpr const char* kInitiativeTitleInvalid = "Tên sáng kiến, đề tài không được trống, dài tối đa 500 ký tự.";
inline std::string fact_year_invalid(int first, int last) {
  return "Năm phải từ " + std::to_string(first) + " đến " + std::to_string(last) + ".";
}
inline constexpr const char* kInitiativeDecisionInvalid = "Cần số quyết định công nhận (tối đa 100 ký tự).";
inline constexpr const char* kInitiativeDateInvalid = "Ngày quyết định công nhận không hợp lệ.";
inline constexpr const char* kInitiativeDateBeforeYear = "Ngày quyết định công nhận không thể trước năm công nhận.";
inline constexpr const char* kInitiativeAuthorityInvalid = "Cần cơ quan, người công nhận (tối đa 300 ký tự).";
inline constexpr const char* kInitiativeNoAuthor = "Sáng kiến cần ít nhất một tác giả.";
inline constexpr const char* kInitiativeRecognisedTwice = "Quyết định này đã công nhận một sáng kiến cùng tên.";
inline constexpr const char* kAbsenceRecordedTwice =
    "Người này đã có ngày nghỉ với lý do này trong năm (mỗi lý do một dòng, cộng dồn số ngày).";
inline constexpr const char* kDisciplineRecordedTwice = "Quyết định kỷ luật này đã được ghi cho người này.";

// Discipline (core/discipline.h).
inline constexpr const char* kMeasureLabelReprimand = "Khiển trách";
inline constexpr const char* kMeasureLabelWarning = "Cảnh cáo";
inline constexpr const char* kMeasureLabelSalaryReduction = "Hạ bậc lương";
inline constexpr const char* kMeasureLabelDemotion = "Giáng chức";
inline constexpr const char* kMeasureLabelRemoval = "Cách chức";
inline constexpr const char* kMeasureLabelDismissal = "Buộc thôi việc";
inline constexpr const char* kDisciplineDateInvalid = "Ngày quyết định kỷ luật không hợp lệ (từ năm 1990 đến hôm nay).";
inline constexpr const char* kDisciplineEndInvalid = "Ngày hết thời hạn kỷ luật không hợp lệ hoặc trước ngày quyết định.";
inline constexpr const char* kDisciplineDecisionInvalid = "Cần số quyết định kỷ luật (tối đa 100 ký tự).";
inline constexpr const char* kDisciplineAuthorityTooLong = "Cơ quan, người quyết định dài tối đa 300 ký tự.";
inline constexpr const char* kActRecordFactsPage = "ghi sáng kiến, kỷ luật, ngày nghỉ của người này";
inline std::string page_person_facts_entry_title(const std::string& name) {
  return "Ghi sáng kiến, kỷ luật, ngày nghỉ – " + name;
}
inline constexpr const char* kFactTextInvalid =
    "Nội dung chứa ký tự không hợp lệ (ký tự điều khiển, xuống dòng hoặc không phải UTF-8).";
inline constexpr const char* kFactNoteTooLong = "Ghi chú dài tối đa 1000 ký tự.";

// Absences (core/absence.h).
inline constexpr const char* kAbsenceMaternity = "Nghỉ thai sản";
inline constexpr const char* kAbsenceInjuryOnDuty = "Tai nạn lao động, bị thương khi làm nhiệm vụ";
inline constexpr const char* kAbsenceAssignedStudy = "Đi học, bồi dưỡng theo quyết định cử đi";
inline constexpr const char* kAbsenceSickness = "Nghỉ ốm";
inline constexpr const char* kAbsencePersonal = "Việc riêng, nghỉ không lương";
inline constexpr const char* kAbsenceOther = "Lý do khác";
inline constexpr const char* kAbsenceDaysInvalid = "Số ngày nghỉ phải là số nguyên từ 1 đến 366.";

// Their imports (app/import_initiatives.h, import_discipline.h, import_absences.h).
inline constexpr const char* kColInitiativeKind = "Loại";
inline constexpr const char* kColInitiativeTitle = "Tên sáng kiến, đề tài";
inline constexpr const char* kColInitiativeScope = "Phạm vi ảnh hưởng";
inline constexpr const char* kColInitiativeYear = "Năm công nhận";
inline constexpr const char* kColInitiativeDecision = "Số quyết định công nhận";
inline constexpr const char* kColDecisionDate = "Ngày quyết định";
inline constexpr const char* kColInitiativeAuthority = "Cơ quan công nhận";
inline constexpr const char* kColMeasure = "Hình thức kỷ luật";
inline constexpr const char* kColMeasureEnds = "Đến ngày";
inline constexpr const char* kColMeasureDecision = "Số quyết định";
inline constexpr const char* kColMeasureAuthority = "Cơ quan quyết định";
inline constexpr const char* kColAbsenceYear = "Năm";
inline constexpr const char* kColAbsenceDays = "Số ngày nghỉ";
inline constexpr const char* kColAbsenceReason = "Lý do";
inline constexpr const char* kColNote = "Ghi chú";
inline constexpr const char* kColPerson = "Người";
// The templates' sample rows.
inline constexpr const char* kSampleInitiativeTitle = "Số hóa hồ sơ địa chính";
inline constexpr const char* kSampleRecognition = "12/QĐ-STNMT";
inline constexpr const char* kSampleDisciplineDecision = "05/QĐ-STNMT";
inline constexpr const char* kSampleAuthority = "Giám đốc Sở Tài nguyên và Môi trường";
inline constexpr const char* kInitiativesTemplateSheet = "Sang kien";
inline constexpr const char* kDisciplineTemplateSheet = "Ky luat";
inline constexpr const char* kAbsencesTemplateSheet = "Nghi dai ngay";
inline constexpr const char* kInitiativesHeadingsMissing =
    "Tệp thiếu cột bắt buộc: cần \"Tên sáng kiến, đề tài\", \"Mã người\" hoặc \"Họ và tên\" (kèm \"Ngày sinh\"), "
    "\"Phạm vi ảnh hưởng\", \"Năm công nhận\", \"Số quyết định công nhận\", \"Ngày quyết định\" và \"Cơ quan "
    "công nhận\".";
inline constexpr const char* kDisciplineHeadingsMissing =
    "Tệp thiếu cột bắt buộc: cần \"Mã người\" hoặc \"Họ và tên\" (kèm \"Ngày sinh\"), \"Hình thức kỷ luật\", "
    "\"Ngày quyết định\" và \"Số quyết định\".";
inline constexpr const char* kAbsencesHeadingsMissing =
    "Tệp thiếu cột bắt buộc: cần \"Mã người\" hoặc \"Họ và tên\" (kèm \"Ngày sinh\"), \"Năm\", \"Số ngày "
    "nghỉ\" và \"Lý do\".";
inline std::string initiative_kind_invalid(std::string_view value) {
  return "Loại \"" + std::string(value) + "\" không hợp lệ: ghi \"Sáng kiến\" hoặc \"Đề tài khoa học\".";
}
inline std::string initiative_scope_invalid(std::string_view value) {
  return "Phạm vi ảnh hưởng \"" + std::string(value) + "\" không hợp lệ: ghi \"Cơ sở\", \"Tỉnh, bộ, ngành\" hoặc "
         "\"Toàn quốc\".";
}
inline constexpr const char* kInitiativeScopeMissing = "Thiếu phạm vi ảnh hưởng.";
inline std::string fact_not_a_year(std::string_view value) {
  return "Năm \"" + std::string(value) + "\" không phải là một năm (ví dụ 2023).";
}
inline std::string initiative_exists(std::string_view decision) {
  return "Sáng kiến này đã được ghi nhận theo quyết định " + std::string(decision) + ".";
}
inline std::string initiative_differs(int row) {
  return "Khác với dòng " + std::to_string(row) +
         " cùng sáng kiến (cùng tên và số quyết định): loại, phạm vi, năm, ngày và cơ quan công nhận phải giống nhau.";
}
inline std::string initiative_author_repeats(int row) {
  return "Tác giả này đã có ở dòng " + std::to_string(row) + " cùng sáng kiến.";
}
inline std::string discipline_measure_invalid(std::string_view value) {
  return "Hình thức kỷ luật \"" + std::string(value) + "\" không hợp lệ: ghi \"Khiển trách\", \"Cảnh cáo\", "
         "\"Hạ bậc lương\", \"Giáng chức\", \"Cách chức\" hoặc \"Buộc thôi việc\".";
}
inline constexpr const char* kDisciplineMeasureMissing = "Thiếu hình thức kỷ luật.";
inline std::string discipline_exists(std::string_view decision) {
  return "Quyết định kỷ luật " + std::string(decision) + " đã được ghi cho người này.";
}
inline std::string fact_repeats_row(int row) { return "Trùng với dòng " + std::to_string(row) + " của tệp."; }
inline std::string absence_reason_invalid(std::string_view value) {
  return "Lý do \"" + std::string(value) + "\" không hợp lệ: ghi \"Nghỉ thai sản\", \"Tai nạn lao động\", \"Đi "
         "học\", \"Nghỉ ốm\", \"Việc riêng\" hoặc \"Lý do khác\".";
}
inline constexpr const char* kAbsenceReasonMissing = "Thiếu lý do nghỉ.";
inline std::string absence_exists(int year, std::string_view reason) {
  return "Năm " + std::to_string(year) + " người này đã có ngày nghỉ với lý do “" + std::string(reason) + "”" +
         ": mỗi người, mỗi năm, mỗi lý do ghi một dòng (cộng dồn số ngày).";
}
inline constexpr const char* kActImportInitiatives = "nhập sáng kiến, đề tài";
inline constexpr const char* kActImportDiscipline = "nhập kỷ luật";
inline constexpr const char* kActImportAbsences = "nhập ngày nghỉ dài ngày";
inline constexpr const char* kPageImportInitiativesHeading = "Nhập sáng kiến, đề tài được công nhận";
inline constexpr const char* kPageImportInitiativesWhat = "sáng kiến, đề tài";
inline constexpr const char* kPageImportInitiativesRequired =
    "“Tên sáng kiến, đề tài”, tác giả (“Mã người”, hoặc “Họ và tên” với “Ngày sinh”; mỗi tác giả một dòng), “Phạm vi "
    "ảnh hưởng”, “Năm công nhận”, “Số quyết định công nhận”, “Ngày quyết định”, “Cơ quan công nhận”";
inline constexpr const char* kPageImportDisciplineHeading = "Nhập quyết định kỷ luật";
inline constexpr const char* kPageImportDisciplineWhat = "quyết định kỷ luật";
inline constexpr const char* kPageImportDisciplineRequired =
    "“Mã người” (hoặc “Họ và tên” với “Ngày sinh”), “Hình thức kỷ luật”, “Ngày quyết định”, “Số quyết định”";
inline constexpr const char* kPageImportAbsencesHeading = "Nhập ngày nghỉ dài ngày trong năm";
inline constexpr const char* kPageImportAbsencesWhat = "ngày nghỉ";
inline constexpr const char* kPageImportAbsencesRequired =
    "“Mã người” (hoặc “Họ và tên” với “Ngày sinh”), “Năm”, “Số ngày nghỉ”, “Lý do”";

// The "eligible now" list (app/eligibility.h).
// The annual review (app/annual_review.h).
inline std::string annual_review_award_line(std::string_view name, std::string_view granted_by, bool own) {
  return (own ? std::string(granted_by) : "Đề nghị " + std::string(granted_by)) + " xét công nhận, khen thưởng: " +
         std::string(name) + ".";
}
inline constexpr const char* kActOpenAnnualReview = "lập kế hoạch bình xét thi đua năm";
inline std::string annual_review_exists(int year, std::string_view title) {
  return "Cơ quan đã có kế hoạch bình xét năm " + std::to_string(year) + ": " + std::string(title) + ".";
}
inline std::string annual_review_no_rules(int year) {
  return "Chưa có bộ điều kiện nào áp dụng cho năm " + std::to_string(year) + " để lập kế hoạch bình xét.";
}
inline constexpr const char* kActViewEligibleList = "xem danh sách đủ điều kiện khen thưởng";
inline std::string eligible_award_unknown(int year) {
  return "Không có danh hiệu, hình thức khen thưởng này trong bộ điều kiện áp dụng cho năm " + std::to_string(year) +
         ".";
}
inline constexpr const char* kPageEligibleListTitle = "Danh sách theo điều kiện khen thưởng";

// The years declared complete (core/fact_year.h).
inline constexpr const char* kFactKindTitles = "Danh hiệu thi đua năm";
inline constexpr const char* kFactKindInitiatives = "Sáng kiến, đề tài";
inline constexpr const char* kFactKindDiscipline = "Kỷ luật";
inline constexpr const char* kFactKindAbsences = "Nghỉ dài ngày";
inline constexpr const char* kFactKindInvalid = "Loại dữ liệu không hợp lệ: titles, initiatives, discipline hoặc absences.";
inline constexpr const char* kActViewFactYears = "xem các năm đã nhập đủ dữ liệu";
inline constexpr const char* kActDeclareFactYears = "xác nhận đã nhập đủ dữ liệu của năm";
inline constexpr const char* kPageFactYearsTitle = "Dữ liệu theo năm";
inline constexpr const char* kFactYearAgency = "cơ quan";
inline constexpr const char* kFactYearAgencyRequired = "Hãy chọn cơ quan có dữ liệu được xác nhận.";

}  // namespace thidua::core::messages_vi
