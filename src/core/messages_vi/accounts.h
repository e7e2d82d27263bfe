// The Vietnamese message catalogue: accounts (UTF-8, NFC). Texts users see when
// they sign in, change passwords, and manage accounts, roles and API tokens
// (app/auth, app/users, app/crypto, store/users). The code refers to them by meaning.
#pragma once

#include <cstdint>
#include <string>

namespace thidua::core::messages_vi {

// Signing in and sessions (app/auth.h).
// One answer for a wrong password, an unknown name and a disabled account.
inline constexpr const char* kLoginFailed =
    "Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản không còn hoạt động.";
inline std::string login_blocked_for(int64_t seconds) {
  const std::string wait = seconds < 60 ? std::to_string(seconds) + " giây"
                                        : std::to_string((seconds + 59) / 60) + " phút";
  return "Đăng nhập sai nhiều lần với tên này từ máy của bạn. Hãy thử lại sau " + wait + ".";
}
inline constexpr const char* kSessionExpired = "Phiên làm việc đã hết hạn. Hãy đăng nhập lại.";
inline constexpr const char* kAccountInactive = "Tài khoản không còn hoạt động.";
inline constexpr const char* kTokenInvalid = "Mã truy cập không hợp lệ.";
inline constexpr const char* kAccountNotFound = "Không tìm thấy tài khoản.";
inline constexpr const char* kCurrentPasswordWrong = "Mật khẩu hiện tại không đúng.";
inline constexpr const char* kNewPasswordSame = "Mật khẩu mới phải khác mật khẩu hiện tại.";

// Passwords (app/crypto.h).
inline constexpr const char* kPasswordHashNoMemory = "Không đủ bộ nhớ để băm mật khẩu.";
inline constexpr const char* kPasswordTooShort = "Mật khẩu phải có ít nhất 10 ký tự.";
inline constexpr const char* kPasswordTooLong = "Mật khẩu dài quá 256 ký tự.";
inline constexpr const char* kPasswordTooSimple =
    "Mật khẩu cần có ít nhất hai loại ký tự (chữ thường, chữ hoa, chữ số, ký hiệu).";

// Managing accounts, roles and tokens (app/users.h, store/users.h).
inline constexpr const char* kWhatAccount = "tài khoản";
inline constexpr const char* kActionManageAccounts = "quản lý tài khoản";
inline constexpr const char* kActionManageThisAccount = "quản lý tài khoản này";
inline constexpr const char* kActionCreateAccount = "tạo tài khoản";
inline constexpr const char* kActionGrantRoleHere = "cấp vai trò tại đơn vị này";
inline constexpr const char* kActionListAccounts = "xem danh sách tài khoản";
inline constexpr const char* kActionTokenForOthers = "tạo mã truy cập cho người khác";
inline constexpr const char* kActionExportAccounts = "xuất danh sách tài khoản";
inline constexpr const char* kUsernameLength = "Tên đăng nhập phải dài từ 3 đến 64 ký tự.";
inline constexpr const char* kUsernameChars = "Tên đăng nhập chỉ gồm chữ thường không dấu, chữ số và các dấu . _ -";
inline constexpr const char* kDisplayNameRequired = "Hãy nhập tên hiển thị (tối đa 120 ký tự).";
inline constexpr const char* kRoleUnitRequired = "Hãy chọn đơn vị cho vai trò.";
inline constexpr const char* kAccountPersonNotFound = "Không tìm thấy người được gắn với tài khoản.";
inline constexpr const char* kCannotDisableSelf = "Bạn không thể tự khóa tài khoản của mình.";
inline constexpr const char* kTokenNameRequired = "Hãy đặt tên cho mã truy cập (tối đa 100 ký tự).";
inline constexpr const char* kUsernameTaken = "Tên đăng nhập đã có người dùng.";
inline constexpr const char* kRoleAlreadyGranted = "Tài khoản đã có vai trò này tại đơn vị này.";
inline constexpr const char* kRoleNotFound = "Không tìm thấy vai trò này.";
inline constexpr const char* kTokenNotFound = "Không tìm thấy mã truy cập.";

}  // namespace thidua::core::messages_vi
