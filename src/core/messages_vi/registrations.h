// The Vietnamese message catalogue: registrations (UTF-8, NFC). Texts users
// see about the registration of emulation targets and initiatives: states,
// subjects and the messages of the registration rules and use cases.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/messages_vi/org.h"
#include "core/messages_vi/people.h"

namespace thidua::core::messages_vi {

// States (registration.h).
inline constexpr const char* kRegistrationStateDraft = "Dự thảo";
inline constexpr const char* kRegistrationStateSubmitted = "Chờ duyệt";
inline constexpr const char* kRegistrationStateApproved = "Đã duyệt";
inline constexpr const char* kRegistrationStateReturned = "Bị trả lại";

// Subjects.
inline constexpr const char* kRegistrationSubjectCollective = "Tập thể";
inline constexpr const char* kRegistrationSubjectIndividual = "Cá nhân";

// Validation (registration.h).
inline constexpr const char* kRegistrationNoTarget = "Hãy ghi ít nhất một chỉ tiêu thi đua.";
inline constexpr const char* kRegistrationTooManyTargets = "Một bản đăng ký có tối đa 50 chỉ tiêu.";
inline constexpr const char* kRegistrationTooManyInitiatives = "Một bản đăng ký có tối đa 20 sáng kiến.";
inline constexpr const char* kRegistrationInvalidText = "Nội dung chứa ký tự không hợp lệ.";
inline constexpr const char* kRegistrationTextTooLong = "Mỗi nội dung dài tối đa 2000 ký tự.";
inline constexpr const char* kRegistrationLabelTooLong = "Số thứ tự nội dung thi đua dài tối đa 20 ký tự.";
inline constexpr const char* kRegistrationInitiativeTitle = "Mỗi sáng kiến phải có tên sáng kiến.";
inline constexpr const char* kRegistrationCollectiveInitiative =
    "Sáng kiến chỉ đăng ký cho cá nhân, không cho tập thể.";
inline constexpr const char* kRegistrationNoPerson = "Hãy chọn người đăng ký.";
inline constexpr const char* kRegistrationReasonEmpty = "Hãy ghi lý do trả lại.";
inline constexpr const char* kRegistrationReasonTooLong = "Lý do trả lại dài tối đa 1000 ký tự.";

// What was not found, and what the actor may not do (app/access.h).
inline constexpr const char* kWhatRegistration = "bản đăng ký";
inline constexpr const char* kActRegisterForUnit = "đăng ký thi đua cho đơn vị này";
inline constexpr const char* kActRegisterForPerson = "đăng ký thi đua thay cho người này";
inline constexpr const char* kActSubmitRegistration = "gửi bản đăng ký này";
inline constexpr const char* kActApproveRegistration = "duyệt bản đăng ký này";
inline constexpr const char* kActReturnRegistration = "trả lại bản đăng ký này";
inline constexpr const char* kActEditRegistration = "sửa bản đăng ký này";
inline constexpr const char* kActImportRegistrations = "nhập danh sách đăng ký thi đua";

// Registration use cases (app/registrations.h).
inline constexpr const char* kRegistrationNotOpen =
    "Đợt thi đua không ở giai đoạn nhận đăng ký (chỉ khi đã ban hành hoặc đang diễn ra).";
inline constexpr const char* kRegistrationDeadlinePassed = "Đã hết hạn đăng ký thi đua của đợt này.";
inline constexpr const char* kRegistrationUnitMissing = "Hãy chọn đơn vị đăng ký.";
inline constexpr const char* kRegistrationUnitNotTaking = "Đơn vị này không tham gia đợt thi đua.";
inline constexpr const char* kRegistrationPersonUnitNotTaking =
    "Đơn vị công tác của người này không tham gia đợt thi đua.";
inline constexpr const char* kRegistrationSubmitOnlyDraft =
    "Chỉ gửi được bản đăng ký ở trạng thái dự thảo hoặc bị trả lại.";
inline constexpr const char* kRegistrationReviewOnlySubmitted =
    "Chỉ duyệt hoặc trả lại được bản đăng ký đang chờ duyệt.";
inline constexpr const char* kRegistrationEditOnlyDraft =
    "Chỉ sửa được bản đăng ký ở trạng thái dự thảo hoặc bị trả lại.";
inline constexpr const char* kImportNoData = "Tệp không có dòng dữ liệu nào.";
inline constexpr const char* kImportMissingName = "Thiếu họ và tên (hoặc mã người).";
inline constexpr const char* kImportMissingBirth =
    "Thiếu ngày sinh: cần họ và tên cùng ngày sinh (hoặc mã người) để xác định người.";

// The import file's column headings and the template's sample row.
inline constexpr const char* kImportColPersonId = "Mã người";
inline constexpr const char* kImportColName = "Họ và tên";
inline constexpr const char* kImportColBirth = "Ngày sinh";
inline constexpr const char* kImportColTargets = "Chỉ tiêu";
inline constexpr const char* kImportColSignatureTask = "Nhiệm vụ tiêu biểu";
inline constexpr const char* kImportColInitiativeTitle = "Tên sáng kiến";
inline constexpr const char* kImportColInitiativeContent = "Nội dung sáng kiến";
inline constexpr const char* kImportColInitiativeEffect = "Hiệu quả dự kiến";
inline constexpr const char* kImportSampleName = "Nguyễn Văn An";
inline constexpr const char* kImportSampleTargets =
    "[1] Hoàn thành 100% hồ sơ được giao đúng hạn\n[2] Số hóa 500 hồ sơ địa chính";
inline constexpr const char* kImportSampleSignatureTask = "Chủ trì cập nhật cơ sở dữ liệu đất đai của huyện";
inline constexpr const char* kImportSampleInitiativeTitle = "Quy trình số hóa hồ sơ địa chính";
inline constexpr const char* kImportSampleInitiativeContent = "Chuẩn hóa các bước quét, đặt tên và lưu trữ hồ sơ";
inline constexpr const char* kImportSampleInitiativeEffect = "Rút ngắn 30% thời gian tra cứu hồ sơ";
inline constexpr const char* kImportTemplateSheet = "Mẫu đăng ký thi đua";
// The registrations' export (app/registrations_export.h): the import's
// columns (so that a corrected copy can be imported again) and what the
// office reads beside them.
inline constexpr const char* kExportSheet = "Đăng ký thi đua";
inline constexpr const char* kExportColNo = "STT";
inline constexpr const char* kExportColSubject = "Đối tượng";
inline constexpr const char* kExportColUnit = "Đơn vị";
inline constexpr const char* kExportColCollective = "Tập thể";
inline constexpr const char* kExportColState = "Trạng thái";
inline constexpr const char* kExportColSubmitted = "Ngày gửi";
inline constexpr const char* kImportMissingColumns =
    "Tệp phải có cột \"Chỉ tiêu\" và cột \"Mã người\" hoặc \"Họ và tên\" ở dòng tiêu đề. "
    "Hãy dùng tệp mẫu.";
inline std::string import_birth_invalid(std::string_view birth_text) {
  return "Ngày sinh \"" + std::string(birth_text) + "\" không đúng dạng ngày/tháng/năm.";
}
inline std::string import_person_id_unknown(std::string_view id_text) {
  return "Không có người mã \"" + std::string(id_text) + "\" trong các đơn vị bạn phụ trách.";
}
inline std::string import_name_mismatch(std::string_view id_text, std::string_view full_name) {
  return "Họ và tên không khớp với người mã " + std::string(id_text) + " (" + std::string(full_name) + ").";
}
inline std::string import_person_not_found(std::string_view name, std::string_view birth_text) {
  return "Không tìm thấy \"" + std::string(name) + "\" sinh ngày " + std::string(birth_text) +
         " trong các đơn vị bạn phụ trách.";
}
inline std::string import_person_ambiguous(std::string_view name) {
  return "Có nhiều người tên \"" + std::string(name) + "\" cùng ngày sinh; hãy ghi mã người.";
}
inline std::string import_person_unit_not_taking(std::string_view full_name) {
  return "Đơn vị công tác của " + std::string(full_name) + " không tham gia đợt thi đua.";
}
inline std::string import_person_repeated(int first_row) {
  return "Người này đã có ở dòng " + std::to_string(first_row) + ".";
}
inline std::string import_already_registered(std::string_view person_name) {
  return std::string(person_name) + " đã có bản đăng ký trong đợt thi đua này.";
}
inline std::string import_row_error(int row, std::string_view message) {
  return "Dòng " + std::to_string(row) + ": " + std::string(message);
}

}  // namespace thidua::core::messages_vi
