// The Vietnamese message catalogue of core: every validation message the
// domain rules return, in one place (UTF-8, NFC). Private to core; other layers
// read the message from the Error they receive.
#pragma once

namespace thidua::core::messages_vi {

// Units (org.h).
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

// People (person.h).
inline constexpr const char* kPersonNameEmpty = "Họ và tên không được để trống.";
inline constexpr const char* kPersonNameInvalid = "Họ và tên chứa ký tự không hợp lệ.";
inline constexpr const char* kPersonNameControl = "Họ và tên không được chứa ký tự điều khiển.";
inline constexpr const char* kPersonNameTooLong = "Họ và tên dài tối đa 120 ký tự.";
inline constexpr const char* kPersonNameNoLetter = "Họ và tên phải có ít nhất một chữ cái.";
inline constexpr const char* kPersonGenderInvalid = "Giới tính không hợp lệ.";
inline constexpr const char* kPersonCategoryInvalid = "Đối tượng (công chức, viên chức, người lao động) không hợp lệ.";
inline constexpr const char* kPersonBirthDateInvalid = "Ngày sinh không hợp lệ (định dạng YYYY-MM-DD).";
inline constexpr const char* kPersonBirthDateRange = "Ngày sinh phải trong khoảng từ 01/01/1900 đến 31/12/2100.";
inline constexpr const char* kPersonPositionInvalid = "Chức vụ chứa ký tự không hợp lệ.";
inline constexpr const char* kPersonPositionTooLong = "Chức vụ dài tối đa 255 ký tự.";
inline constexpr const char* kPersonTitleInvalid = "Chức danh chứa ký tự không hợp lệ.";
inline constexpr const char* kPersonTitleTooLong = "Chức danh dài tối đa 255 ký tự.";
inline constexpr const char* kPersonEmailInvalid = "Địa chỉ email không hợp lệ.";
inline constexpr const char* kPersonEmailTooLong = "Địa chỉ email dài tối đa 254 ký tự.";
inline constexpr const char* kPersonPhoneChars =
    "Số điện thoại chỉ được gồm chữ số, dấu cách và các ký tự + - . ( ).";
inline constexpr const char* kPersonPhoneDigits = "Số điện thoại phải có từ 8 đến 20 chữ số.";

}  // namespace thidua::core::messages_vi
