// The Vietnamese message catalogue: documents layout (UTF-8, NFC). The fixed
// phrases of the PDF/DOCX writers in src/docs (the national heading, captions,
// Word style names) and their errors. The code refers to them by meaning.
#pragma once

#include <string>
#include <string_view>

namespace thidua::core::messages_vi {

// The national heading of every administrative document (Decree 30/2020/NĐ-CP).
inline constexpr const char* kNation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
inline constexpr const char* kMotto = "Độc lập - Tự do - Hạnh phúc";
inline constexpr const char* kRecipientsTitle = "Nơi nhận:";

// Names of the DOCX paragraph styles (shown in Word's style list).
inline constexpr const char* kStyleHeading1 = "Đề mục cấp 1";
inline constexpr const char* kStyleHeading2 = "Đề mục cấp 2";
inline constexpr const char* kStyleNote = "Ghi chú";
inline constexpr const char* kStyleHeaderLine = "Tiêu đề văn bản";
inline constexpr const char* kStyleMotto = "Tiêu ngữ";
inline constexpr const char* kStyleRule = "Đường kẻ";
inline constexpr const char* kStyleNumberLine = "Số, ký hiệu";
inline constexpr const char* kStylePlaceDate = "Địa danh, ngày tháng";
inline constexpr const char* kStyleDocType = "Tên loại văn bản";
inline constexpr const char* kStyleSummary = "Trích yếu";
inline constexpr const char* kStyleAfterTitle = "Khoảng cách sau trích yếu";
inline constexpr const char* kStyleTableText = "Nội dung bảng";
inline constexpr const char* kStyleTableHead = "Tiêu đề bảng";
inline constexpr const char* kStyleTableAfter = "Khoảng cách sau bảng";
inline constexpr const char* kStyleRecipientsTitle = "Nơi nhận";
inline constexpr const char* kStyleRecipient = "Nơi nhận (dòng)";
inline constexpr const char* kStyleSignature = "Chữ ký";
inline constexpr const char* kStyleSignatureNote = "Ghi chú chữ ký";
inline constexpr const char* kStylePageNumber = "Số trang";

// A sample with the tallest Vietnamese letters, to measure a line's height.
inline constexpr const char* kLineHeightSample = "Ấy";

// Certificates (docs/certificate_pdf.h).
inline constexpr const char* kCertificateTitle = "Giấy khen";
inline constexpr const char* kNoCertificates = "Không có giấy khen nào để in.";
inline constexpr const char* kCertificateTextInvalid = "Nội dung giấy khen có ký tự không hợp lệ.";

// Errors of the writers.
inline constexpr const char* kPdfWriteFailed = "Không ghi được tệp PDF.";
inline constexpr const char* kPdfCreateFailed = "Không tạo được tệp PDF.";
inline constexpr const char* kDocxWriteFailed = "Không ghi được tệp DOCX.";
// The document font (docs/fonts.h): its files are missing, or a text holds
// characters it has no glyph for (`chars` as they would print, each quoted).
inline std::string document_font_missing(std::string_view dir) {
  return "Không tìm thấy phông chữ của văn bản (Liberation Serif, bốn tệp LiberationSerif-*.ttf) trong " +
         std::string(dir) + ". Cài gói fonts-liberation2 hoặc đặt THIDUA_FONT_DIR.";
}
inline std::string document_glyphs_missing(std::string_view chars) {
  return "Văn bản có ký tự mà phông chữ Liberation Serif không có nên không in được: " + std::string(chars) +
         ". Hãy sửa các ký tự này trong dữ liệu rồi tạo lại văn bản.";
}
inline std::string document_text_invalid(std::string_view what) {
  return "Văn bản có nội dung không hợp lệ: " + std::string(what);
}

}  // namespace thidua::core::messages_vi
