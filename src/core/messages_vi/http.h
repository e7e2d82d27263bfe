// The Vietnamese message catalogue: HTTP (UTF-8, NFC). Texts users see when the
// server cannot take a request: bad or oversized requests, unreadable forms, the
// CSRF and login checks, pages and files not found, wrong methods, server errors.
#pragma once

#include <string>
#include <string_view>

namespace thidua::core::messages_vi {

// Requests the server cannot read (web/server, web/http).
inline constexpr const char* kHttpBadRequest = "Yêu cầu không hợp lệ.";
inline constexpr const char* kHttpHostRequired = "Yêu cầu HTTP/1.1 phải có đúng một tiêu đề Host.";
inline constexpr const char* kHttpChunkedRequest =
    "Máy chủ không nhận nội dung gửi theo từng đoạn (Transfer-Encoding: chunked); hãy gửi kèm Content-Length.";
inline constexpr const char* kHttpTooLarge = "Dữ liệu gửi lên vượt quá giới hạn cho phép.";
inline constexpr const char* kHttpServerBusy =
    "Máy chủ đang bận xử lý các việc nặng khác (nhập tệp, lập văn bản); yêu cầu của bạn chưa được thực hiện. "
    "Vui lòng thử lại sau ít giây.";
inline constexpr const char* kHttpHeaderTooLarge = "Phần đầu của yêu cầu quá lớn.";
inline constexpr const char* kHttpMethodInvalid = "Phương thức HTTP không hợp lệ.";
inline constexpr const char* kHttpTargetInvalid = "Địa chỉ yêu cầu không hợp lệ.";
inline constexpr const char* kHttpPathInvalid = "Đường dẫn yêu cầu không hợp lệ.";
inline constexpr const char* kHttpQueryInvalid = "Tham số truy vấn không hợp lệ.";
inline constexpr const char* kHttpHeadTooLarge = "Phần đầu yêu cầu quá lớn.";
inline constexpr const char* kHttpBodyTooLarge = "Dữ liệu gửi lên quá lớn.";
inline constexpr const char* kHttpRequestInvalid = "Yêu cầu HTTP không hợp lệ.";
inline constexpr const char* kHttpRequestEmpty = "Yêu cầu HTTP rỗng.";

// An unexpected failure: the request id lets the administrator find the log line.
inline std::string http_request_id(std::string_view request_id) {
  return "Mã yêu cầu: " + std::string(request_id) + ".";
}
inline std::string http_server_error(std::string_view request_id) {
  std::string m = "Rất tiếc, hệ thống gặp sự cố khi xử lý yêu cầu. Xin vui lòng thử lại sau ít phút";
  if (request_id.empty()) return m + ".";
  return m + "; nếu vẫn không được, hãy báo cho quản trị viên kèm mã yêu cầu " + std::string(request_id) + ".";
}
inline constexpr const char* kHttpNoHandler = "Máy chủ chưa có bộ xử lý yêu cầu.";

// Forms and uploads (web/form, web/guard).
inline constexpr const char* kHttpFormDataInvalid = "Dữ liệu biểu mẫu gửi lên không hợp lệ.";
inline constexpr const char* kHttpFormTooManyFields = "Biểu mẫu có quá nhiều trường dữ liệu.";
inline constexpr const char* kHttpFormValueTooLong = "Giá trị nhập vào quá dài.";
inline constexpr const char* kHttpFormFileTooLarge = "Tệp tải lên vượt quá dung lượng cho phép.";
inline constexpr const char* kHttpContentTypeUnsupported = "Kiểu dữ liệu gửi lên không được hỗ trợ.";
inline constexpr const char* kHttpNotUtf8 =
    "Dữ liệu gửi lên chứa ký tự không hợp lệ (không phải UTF-8). Hãy kiểm tra lại rồi gửi lại.";
inline constexpr const char* kHttpUploadTooLarge = "Tệp hoặc dữ liệu gửi lên quá lớn.";
inline constexpr const char* kHttpFormInvalid = "Dữ liệu biểu mẫu không hợp lệ.";

// Login and CSRF (web/guard).
inline constexpr const char* kHttpLoginRequired = "Cần đăng nhập hoặc mã truy cập API.";
inline constexpr const char* kHttpCsrfCrossSite = "Yêu cầu đến từ trang web khác bị từ chối.";
inline constexpr const char* kHttpCsrfExpired = "Biểu mẫu đã hết hạn hoặc không hợp lệ. Hãy tải lại trang và gửi lại.";

// Not found and wrong method (web/router, web/static_assets, web/site).
inline constexpr const char* kHttpPageNotFound = "Không tìm thấy trang yêu cầu.";
inline constexpr const char* kHttpMethodNotAllowed = "Phương thức này không được hỗ trợ cho địa chỉ này.";
inline constexpr const char* kHttpBackHome = "Về trang chủ";
inline constexpr const char* kHttpFileNotFound = "Không tìm thấy tệp yêu cầu.";
inline constexpr const char* kHttpWhatThisPath = "đường dẫn này";
inline constexpr const char* kHttpWhatThisPage = "trang này";

}  // namespace thidua::core::messages_vi
