// The Vietnamese message catalogue: people (UTF-8, NFC). Texts users see about
// a person: validation messages of core/person and the labels of genders and
// employment categories. The code refers to them by meaning.
#pragma once

#include <cstddef>
#include <string>

namespace thidua::core::messages_vi {

// Validation of a person (core/person.h).
inline constexpr const char* kPeopleCursorInvalid =
    "Liên kết trang không hợp lệ hoặc đã cũ; hãy mở lại danh sách từ trang đầu.";
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

// Genders (core::Gender).
inline constexpr const char* kGenderMale = "Nam";
inline constexpr const char* kGenderFemale = "Nữ";

// Employment categories (core::EmploymentCategory).
inline constexpr const char* kCategoryCivilServant = "Công chức";
inline constexpr const char* kCategoryPublicEmployee = "Viên chức";
inline constexpr const char* kCategoryWorker = "Người lao động";

// People in the use cases (app/people.h) and the store.
inline constexpr const char* kWhatThisPerson = "người này";
inline constexpr const char* kPersonUnitRequired = "Hãy chọn đơn vị công tác.";
inline constexpr const char* kPersonNotFound = "Không tìm thấy người này.";
inline constexpr const char* kPersonEditedMeanwhile =
    "Hồ sơ vừa được người khác sửa. Hãy tải lại trang để xem bản mới nhất.";
inline constexpr const char* kActionAddPersonHere = "thêm người vào đơn vị này";
inline constexpr const char* kActionEditPerson = "sửa hồ sơ này";
inline constexpr const char* kActionMovePersonHere = "chuyển người sang đơn vị này";

// The administrator's compound family names (core/names.h parse_family_names).
inline constexpr const char* kActEditFamilyNames = "sửa danh sách họ kép";
inline constexpr const char* kPageTitleFamilyNames = "Họ kép";
inline constexpr const char* kBuiltinFamilyNames =
    "Công Tằng Tôn Nữ, Công Tôn Nữ, Nguyễn Phước, Nguyễn Phúc, Tôn Thất, Tôn Nữ, Âu Dương, Hoàng Phủ, Gia Cát, Tư Mã";
inline std::string family_name_invalid(std::size_t line, const std::string& entry) {
  return "Dòng " + std::to_string(line) + " (“" + entry +
         "”): họ kép phải gồm từ 2 đến 4 chữ, chỉ có chữ cái, tối đa 40 ký tự.";
}
inline std::string family_names_too_many(std::size_t most) {
  return "Danh sách họ kép có quá " + std::to_string(most) + " họ.";
}

}  // namespace thidua::core::messages_vi
