// The Vietnamese message catalogue: the XLSX imports' JSON API (UTF-8, NFC).
// Texts users see in the answers of /api/v1/.../imports; the import use
// cases' own messages (app/import_*, app/registrations.*) live in their
// areas' catalogues.
#pragma once

namespace thidua::core::messages_vi {

// What not_found()/forbidden() name.
inline constexpr const char* kWhatCampaignForImport = "đợt thi đua";
inline constexpr const char* kDeniedPeopleImport = "nhập danh sách nhân sự";
inline constexpr const char* kDeniedUnitsImport = "nhập danh sách đơn vị";
inline constexpr const char* kDeniedRegistrationsImport = "nhập danh sách đăng ký thi đua";

// The upload itself.
inline constexpr const char* kImportFileRequired = "Hãy chọn một tệp .xlsx hoặc .csv để tải lên.";
inline constexpr const char* kImportNeedsMultipart =
    "Hãy gửi tệp dưới dạng multipart/form-data, trong trường \"file\".";

}  // namespace thidua::core::messages_vi
