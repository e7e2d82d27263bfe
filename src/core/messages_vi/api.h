// The Vietnamese message catalogue: the JSON API (UTF-8, NFC). Texts users see
// in the errors of /api/v1 that the API layer raises itself (reading the JSON
// body, members of the wrong type, values outside a fixed set); the areas' own
// API files (api_councils.h, api_imports.h, api_documents.h) hold the rest.
#pragma once

#include <string>
#include <string_view>

namespace thidua::core::messages_vi {

// The request body (web/api/api_common).
inline constexpr const char* kApiNeedsJson = "Nội dung phải là JSON (Content-Type: application/json).";
inline constexpr const char* kApiJsonInvalid = "Nội dung JSON không hợp lệ.";
inline std::string api_member_must_be_string(std::string_view member) {
  return "Trường \"" + std::string(member) + "\" phải là chuỗi.";
}
inline std::string api_member_must_be_positive_integer(std::string_view member) {
  return "Trường \"" + std::string(member) + "\" phải là số nguyên dương.";
}
inline std::string api_member_must_be_integer(std::string_view member) {
  return "Trường \"" + std::string(member) + "\" phải là số nguyên.";
}
inline std::string api_member_must_be_array(std::string_view member) {
  return "Trường \"" + std::string(member) + "\" phải là mảng.";
}
inline constexpr const char* kApiPickNeedsOne = "Mỗi lựa chọn cần đúng một trong \"person_id\" hoặc \"unit_id\".";
inline std::string api_member_must_be_object(std::string_view member) {
  return "Trường \"" + std::string(member) + "\" phải là đối tượng.";
}
inline std::string api_member_items_must_be_objects(std::string_view member) {
  return "Mỗi phần tử của \"" + std::string(member) + "\" phải là đối tượng.";
}

// Organisation, people, accounts (web/api/api_v1).
inline constexpr const char* kApiGenderInvalid = "Giới tính không hợp lệ (male, female).";
inline constexpr const char* kApiCategoryInvalid = "Loại cán bộ không hợp lệ (civil_servant, public_employee, worker).";
inline constexpr const char* kApiUnitKindInvalid = "Loại đơn vị không hợp lệ.";
inline constexpr const char* kApiRoleInvalid = "Vai trò không hợp lệ.";
inline constexpr const char* kApiRootIdInvalid = "root_id phải là mã số (số nguyên dương) của một đơn vị.";

// Campaigns (web/api/api_campaigns).
inline constexpr const char* kApiPlanVersionMissing = "Cần gửi kèm phiên bản (version) của kế hoạch đang sửa.";
inline constexpr const char* kApiCampaignTargetStateInvalid =
    "Trạng thái đích không hợp lệ (approved, published, running, closed, finalised).";

// Registrations (web/api/api_registrations).
inline constexpr const char* kApiRegistrationVersionMissing = "Thiếu trường \"version\" (số nguyên: phiên bản đã đọc).";
inline constexpr const char* kApiRegistrationStateInvalid =
    "Trạng thái không hợp lệ (draft, submitted, approved, returned).";
inline constexpr const char* kApiRegistrationSubjectInvalid = "Loại đăng ký không hợp lệ (collective, individual).";

// Unit work and tracking (web/api/api_unit_work, web/ui/track_pages).
inline constexpr const char* kApiRemoveFileNotBoolean = "remove_file phải là true hoặc false.";
inline constexpr const char* kApiUnitIdsNotArray = "unit_ids phải là một mảng mã đơn vị.";

// Nominations (web/api/api_nominations).
inline constexpr const char* kApiAttestationsInvalid = "attestations phải là danh sách {criterion_id, note}.";
inline constexpr const char* kApiNominationSubjectInvalid = "Đối tượng không hợp lệ (individual, collective).";
inline constexpr const char* kApiRemoveReportFileNotBoolean = "remove_report_file phải là true hoặc false.";
inline constexpr const char* kApiNominationVersionMissing = "Thiếu version (phiên bản đề nghị đang sửa).";
inline constexpr const char* kApiStateInvalid = "Trạng thái không hợp lệ.";

// Council sessions and ballots (web/api/api_sessions).
inline constexpr const char* kApiPresentMembersNotArray = "present_member_ids phải là một mảng mã thành viên.";
inline constexpr const char* kApiMemberIdNotInteger = "Mã thành viên phải là số nguyên.";
inline constexpr const char* kApiVotesNotArray = "votes phải là một mảng phiếu.";
inline constexpr const char* kApiCommitteeNotArray =
    "committee_member_ids phải là một mảng mã thành viên (2 hoặc 3 thành viên có mặt).";
inline constexpr const char* kApiSharesNotObject =
    "shares phải là một đối tượng {\"mã thành viên\": \"mã kiểm phiếu\"}.";
inline constexpr const char* kApiRecusalInvalid =
    "Cần item_id, member_id (số), declared (true/false) và reason (chuỗi) khi đánh dấu không bỏ phiếu.";
inline constexpr const char* kApiVoteInvalid = "Mỗi phiếu cần item_id và choice (agree hoặc disagree).";

// Decisions (web/api/api_awards).
inline constexpr const char* kApiNominationIdsNotArray = "nomination_ids phải là một mảng số.";
inline constexpr const char* kApiAnswerResultInvalid = "Kết quả phải là granted (đồng ý) hoặc refused (không đồng ý).";
inline constexpr const char* kApiAwardSourceInvalid = "Nguồn phải là issued (quyết định trên hệ thống) hoặc imported (nhập từ hồ sơ).";

}  // namespace thidua::core::messages_vi
