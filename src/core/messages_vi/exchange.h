// The Vietnamese message catalogue: exchange packages between deployments
// (app/exchange_manifest.h, app/exchange.h, `thidua exchange`). UTF-8, NFC.
#pragma once

#include <string>

namespace thidua::core::messages_vi {

// Reading a manifest. The member's path follows in quotes.
inline constexpr const char* kExchangeManifestNotJson = "Tệp manifest.json của gói không phải JSON hợp lệ.";
inline constexpr const char* kExchangeFormatUnknown = "Gói không phải gói trao đổi của thidua (định dạng không đúng).";
inline constexpr const char* kExchangeVersionUnsupported =
    "Gói được tạo theo phiên bản định dạng khác (chỉ nhận phiên bản 1). Hãy đề nghị nơi gửi xuất lại gói theo phiên bản 1.";
inline constexpr const char* kExchangeMemberInvalid = "Nội dung manifest.json không hợp lệ tại mục ";
inline constexpr const char* kExchangeFileNameInvalid = "Gói chứa tên tệp không hợp lệ: ";
inline constexpr const char* kExchangeFileDuplicate = "Gói liệt kê một tệp hai lần: ";
inline constexpr const char* kExchangeNomineeDuplicate = "Gói liệt kê một người được đề nghị hai lần.";
inline constexpr const char* kExchangeTooManyFiles = "Gói chứa quá nhiều tệp.";
inline constexpr const char* kExchangeTooManyNominees = "Danh sách đề nghị trong gói quá dài.";

inline std::string exchange_member_invalid(const std::string& path) {
  return std::string(kExchangeMemberInvalid) + "\"" + path + "\".";
}

// Opening and verifying a package.
inline constexpr const char* kExchangeUnreadable = "Không đọc được tệp gói trao đổi.";
inline constexpr const char* kExchangeDamaged =
    "Tệp gói trao đổi bị hỏng hoặc không đầy đủ (không phải tệp ZIP nguyên vẹn). Hãy nhận lại tệp từ nơi gửi.";
inline constexpr const char* kExchangeTooLarge = "Gói trao đổi vượt quá dung lượng cho phép.";
inline constexpr const char* kExchangeManifestMissing = "Gói không có manifest.json hoặc chữ ký manifest.p7s.";
inline constexpr const char* kExchangeSignatureInvalid =
    "Chữ ký số của gói không hợp lệ: manifest đã bị sửa sau khi ký, hoặc chứng thư không do tổ chức được tin cậy cấp.";
inline constexpr const char* kExchangeSignerNotSender =
    "Chứng thư ký gói không mang tên cơ quan gửi ghi trong gói.";
inline constexpr const char* kExchangeSignerChanged =
    "Gói mang mã cơ quan gửi đã dùng trước đây nhưng do một cơ quan khác ký: không nhận.";
inline constexpr const char* kExchangeAnswerSigner =
    "Gói trả lời không do cơ quan đã nhận tờ trình ký: không nhận.";
inline constexpr const char* kExchangeNoTrust =
    "Máy chủ chưa có chứng thư gốc tin cậy nào (thư mục trust) để kiểm tra chữ ký của gói.";
inline constexpr const char* kExchangeFileMissing = "Gói thiếu tệp được liệt kê: ";
inline constexpr const char* kExchangeFileUnlisted = "Gói chứa tệp không có trong manifest: ";
inline constexpr const char* kExchangeFileAltered = "Tệp trong gói đã bị thay đổi (không khớp mã băm): ";

// Importing.
inline constexpr const char* kExchangeAltered =
    "Đã nhận một gói cùng mã nhưng nội dung khác: gói này đã bị thay đổi, không nhận.";
inline constexpr const char* kExchangeReplayed =
    "Gói có số thứ tự không lớn hơn gói đã nhận từ cùng nơi gửi (gói cũ gửi lại), không nhận.";
inline constexpr const char* kExchangeReceiverUnknown =
    "Cơ quan nhận ghi trong gói không phải cơ quan tiếp nhận đề nghị của hệ thống này.";
inline constexpr const char* kExchangeAlreadyReceived =
    "Đề nghị này đã được nhận và chưa bị trả lại: không nhận thêm một lần gửi.";
inline constexpr const char* kExchangeRoundUnexpected = "Lần gửi ghi trong gói không nối tiếp lần gửi đã nhận.";
inline constexpr const char* kExchangeKindUnexpected = "Gói không phải loại được yêu cầu (đề nghị hoặc trả lời).";
inline constexpr const char* kExchangeRoundStale =
    "Gói thuộc một lần gửi cũ hơn lần đã nhận (gói cũ gửi lại), không nhận.";
inline constexpr const char* kExchangeImportedNote = "Nhận qua gói trao đổi ";
inline constexpr const char* kExchangeAnswerUnknown =
    "Gói trả lời không ứng với gói đề nghị nào do hệ thống này xuất.";
inline constexpr const char* kExchangeAnswerMismatch =
    "Gói trả lời không khớp với gói đề nghị (cơ quan, tờ trình, lần gửi hoặc danh sách khác nhau).";
inline constexpr const char* kExchangeAnsweredAlready = "Gói đề nghị này đã có trả lời được nhận trước đó.";
inline constexpr const char* kExchangeAnswerNoteTail = " (nhận qua gói trao đổi).";

// Making a package.
inline constexpr const char* kExchangeNoSigningIdentity =
    "Cơ quan gửi chưa có chứng thư số (thidua signing agency): không tạo được gói có chữ ký.";
inline constexpr const char* kExchangeSentHere = "Tờ trình này đã được gửi trong hệ thống, không xuất gói trao đổi.";
inline constexpr const char* kExchangeExportedAlready =
    "Tờ trình này đã được xuất thành gói trao đổi và chưa bị trả lại.";
inline constexpr const char* kExchangeExportedHere =
    "Tờ trình này đã được xuất thành gói trao đổi gửi hệ thống khác, không gửi thêm trong hệ thống.";
inline constexpr const char* kExchangeReceiverInvalid =
    "Mã cơ quan nhận chỉ gồm chữ, số, dấu chấm, gạch ngang, gạch dưới (1–40 ký tự) và tên không được để trống.";
inline constexpr const char* kExchangeNotImported = "Hồ sơ này không được nhận qua gói trao đổi.";
inline constexpr const char* kExchangeNoAnswerYet =
    "Hồ sơ chưa có quyết định hoặc chưa bị trả lại: chưa có gì để trả lời nơi gửi.";
inline constexpr const char* kExchangeCannotWrite = "Không ghi được tệp gói trao đổi.";

// Uploads (the page and the API).
inline constexpr const char* kExchangeUploadNeedsMultipart =
    "Gửi gói trao đổi dưới dạng multipart/form-data, tệp ở trường file.";
inline constexpr const char* kExchangeUploadMissing = "Hãy chọn tệp gói trao đổi (.zip).";
inline constexpr const char* kActImportPackage = "nhận gói trao đổi";

// The pages.
inline constexpr const char* kPageTitleExchange = "Gói trao đổi đề nghị khen thưởng";
inline constexpr const char* kPagePackageProposalOut = "Gói đề nghị đã xuất";
inline constexpr const char* kPagePackageProposalIn = "Gói đề nghị đã nhận";
inline constexpr const char* kPagePackageAnswerOut = "Gói trả lời đã xuất";
inline constexpr const char* kPagePackageAnswerIn = "Gói trả lời đã nhận";
inline constexpr const char* kPagePackageReturned = " (trả lại)";
inline constexpr const char* kPagePackageDecided = " (quyết định)";
inline constexpr const char* kPageNoticePackageExported =
    "Đã tạo gói trao đổi có chữ ký số. Tải gói bên dưới và gửi cho cơ quan nhận.";
inline constexpr const char* kPageNoticePackageImported = "Đã nhận gói trao đổi.";
inline constexpr const char* kPageNoticePackageAlready = "Gói này đã được nhận trước đó; không có gì thay đổi.";

// What is opened, verified or exported (the auditor's and the CLI's words).
inline constexpr const char* kWhatExchangePackage = "gói trao đổi";

}  // namespace thidua::core::messages_vi
