// The Vietnamese message catalogue: digital signatures (UTF-8, NFC). Errors of
// the signing identities (docs/signing_identity.h), of signing a PDF
// (docs/pdf_signature.h) and the visible marks' fixed words.
#pragma once

#include <string>

namespace thidua::core::messages_vi {

inline constexpr const char* kSigningFileUnreadable = "Không đọc được tệp chứng thư số (PKCS#12).";
inline constexpr const char* kSigningFileInvalid =
    "Tệp chứng thư số không hợp lệ hoặc sai mật khẩu: cần một tệp PKCS#12 có khóa bí mật và chứng thư của nó.";
inline constexpr const char* kSigningFileNotWritten = "Không ghi được tệp chứng thư số.";
inline constexpr const char* kSigningKeyFailed = "Không tạo được khóa hoặc chứng thư số.";
inline constexpr const char* kSigningFailed = "Không ký số được văn bản.";
inline constexpr const char* kSigningPdfUnreadable =
    "Không ký số được: không đọc được cấu trúc tệp PDF (bảng tham chiếu chéo).";
inline constexpr const char* kSigningPdfNoPage = "Không ký số được: tệp PDF không có trang cần ký.";
inline constexpr const char* kSigningTooLarge = "Không ký số được: chữ ký vượt quá chỗ dành cho nó trong tệp PDF.";
inline constexpr const char* kSigningImageUnreadable = "Không đọc được ảnh chữ ký hoặc ảnh con dấu (PNG).";
inline std::string signing_certificate_not_valid_now(const std::string& name) {
  return "Chứng thư số “" + name + "” đã hết hạn hoặc chưa đến ngày có hiệu lực: chữ ký bằng chứng thư này sẽ không "
         "được công nhận. Hãy cài chứng thư mới.";
}
inline constexpr const char* kSigningIdentityFileInvalid =
    "Tệp chứng thư số đã cài trên máy chủ bị hỏng hoặc không đúng định dạng; hãy cài lại.";

// The demo's certificate authority (plainly not a legal one) and the reasons
// the signatures give (/Reason).
inline constexpr const char* kDemoCaName = "CA thử nghiệm thidua (không có giá trị pháp lý)";
inline constexpr const char* kSignReasonIssue = "Ký ban hành văn bản";
inline constexpr const char* kSignReasonSeal = "Chữ ký số của cơ quan, tổ chức";
inline constexpr const char* kSignReasonAttachment = "Chữ ký số của cơ quan, tổ chức trên văn bản kèm theo";

}  // namespace thidua::core::messages_vi
