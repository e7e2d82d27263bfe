// The Vietnamese message catalogue: the organisation (UTF-8, NFC). Texts users
// see about units: validation messages of core/org and the labels of the kinds
// of unit. The code refers to them by meaning.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace thidua::core::messages_vi {

// Validation of a unit (core/org.h).
inline constexpr const char* kUnitCodeEmpty = "Mã đơn vị không được để trống.";
inline constexpr const char* kUnitCodeTooLong = "Mã đơn vị dài tối đa 32 ký tự.";
inline constexpr const char* kUnitCodeChars =
    "Mã đơn vị chỉ được gồm chữ cái không dấu, chữ số và các ký tự . _ -";
inline constexpr const char* kUnitNameEmpty = "Tên đơn vị không được để trống.";
inline constexpr const char* kUnitNameInvalid = "Tên đơn vị chứa ký tự không hợp lệ.";
inline constexpr const char* kUnitNameTooLong = "Tên đơn vị dài tối đa 255 ký tự.";
inline constexpr const char* kUnitShortNameInvalid = "Tên viết tắt chứa ký tự không hợp lệ.";
inline constexpr const char* kUnitShortNameTooLong = "Tên viết tắt dài tối đa 255 ký tự.";
inline constexpr const char* kUnitHostAgencyInvalid = "Tên cơ quan chủ quản chứa ký tự không hợp lệ.";
inline constexpr const char* kUnitHostAgencyTooLong = "Tên cơ quan chủ quản dài tối đa 255 ký tự.";
inline constexpr const char* kUnitKindInvalid = "Loại đơn vị không hợp lệ.";
inline constexpr const char* kUnitValidFromInvalid =
    "Ngày bắt đầu hiệu lực không hợp lệ (định dạng YYYY-MM-DD).";
inline constexpr const char* kUnitValidToInvalid = "Ngày hết hiệu lực không hợp lệ (định dạng YYYY-MM-DD).";
inline constexpr const char* kUnitValidToBeforeFrom =
    "Ngày hết hiệu lực không được trước ngày bắt đầu hiệu lực.";

// Kinds of unit (core::UnitKind).
inline constexpr const char* kUnitKindAgency = "Cơ quan";
inline constexpr const char* kUnitKindOffice = "Văn phòng";
inline constexpr const char* kUnitKindDivision = "Phòng";
inline constexpr const char* kUnitKindSubDepartment = "Chi cục";
inline constexpr const char* kUnitKindCentre = "Trung tâm";
inline constexpr const char* kUnitKindBranch = "Chi nhánh";
inline constexpr const char* kUnitKindDistrictOffice = "Phòng TNMT cấp huyện";
inline constexpr const char* kUnitKindOther = "Khác";

// Units in the use cases (app/org.h, app/users.h, app/people.h) and the store.
inline constexpr const char* kWhatUnit = "đơn vị";
inline constexpr const char* kUnitMissing = "Đơn vị không tồn tại.";
inline constexpr const char* kUnitNotFound = "Không tìm thấy đơn vị.";
inline constexpr const char* kParentUnitMissing = "Đơn vị cấp trên không tồn tại.";
inline constexpr const char* kParentUnitClosed = "Đơn vị cấp trên đã giải thể hoặc sáp nhập.";
inline constexpr const char* kUnitClosedForPeople =
    "Đơn vị đã giải thể hoặc sáp nhập: không thể đưa nhân sự vào đơn vị này.";
inline constexpr const char* kSuccessorMustDiffer = "Đơn vị kế thừa phải là một đơn vị khác.";
inline constexpr const char* kSuccessorMissing = "Đơn vị kế thừa không tồn tại.";
inline std::string unit_code_unknown(std::string_view code) {
  return "Không có đơn vị nào mã “" + std::string(code) + "” trong phạm vi bạn được xem.";
}
inline std::string unit_code_not_offered(std::string_view code, std::string_view name) {
  return "Không thể chọn đơn vị “" + std::string(name) + "” (mã " + std::string(code) + ") ở mục này.";
}
inline std::string unit_codes_too_many(size_t most) {
  return "Nhập nhiều nhất " + std::to_string(most) + " mã đơn vị.";
}
// The first, empty choice of the unit form's parent and successor fields.
inline constexpr const char* kUnitNoParent = "— (đơn vị gốc)";
// The first, empty choice of a unit a form requires or leaves optional.
inline constexpr const char* kUnitChooseOne = "— Chọn —";
inline constexpr const char* kUnitNoSuccessor = "— Không có —";
inline constexpr const char* kUnitCodeTaken = "Mã đơn vị đã được dùng cho một đơn vị khác.";
inline constexpr const char* kUnitEditedMeanwhile = "Đơn vị vừa được người khác sửa. Hãy tải lại trang và thử lại.";
inline constexpr const char* kUnitIntoItself = "Không thể chuyển đơn vị vào bên trong chính nó.";
inline constexpr const char* kActionAddUnit = "thêm đơn vị";
inline constexpr const char* kActionAddRootUnit = "thêm đơn vị gốc";
inline constexpr const char* kActionEditUnit = "sửa đơn vị";
inline constexpr const char* kActionMakeRootUnit = "đưa đơn vị lên cấp gốc";
inline constexpr const char* kActionMoveUnit = "chuyển đơn vị";
inline constexpr const char* kActionExportLists = "xuất danh sách";

}  // namespace thidua::core::messages_vi
