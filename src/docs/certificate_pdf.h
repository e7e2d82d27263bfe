// Certificates of merit (Giấy khen) as PDF: one A4 landscape page per
// certificate, with cairo and Pango like the document writer.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "docs/pdf_writer.h"

namespace thidua::docs {

// One certificate's text, top to bottom. Every string is UTF-8 (NFC).
struct Certificate {
  std::string nation;            // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
  std::string motto;             // "Độc lập - Tự do - Hạnh phúc"
  std::string granter;           // "GIÁM ĐỐC SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"
  std::string verb;              // "TẶNG"
  std::string award;             // "GIẤY KHEN"
  std::string recipient;         // "Bà Hoàng Thị Thanh Tâm" / "Văn phòng Sở"
  std::string detail;            // "Chuyên viên, Phòng TNMT huyện Lục Nam"
  std::string reason;            // "Đã có thành tích xuất sắc trong ..."
  std::vector<std::string> left_lines;  // "Quyết định số 05/QĐ-STNMT ngày ...", "Số: 07/GK-STNMT"
  std::string place_date;        // "Bắc Giang, ngày 10 tháng 11 năm 2023"
  std::vector<std::string> authority_lines;  // "GIÁM ĐỐC"
  std::string signer_name;       // "Bùi Quang Huy"
};

// Writes the certificates as one PDF at `path`, one page each (A4 landscape,
// 297 × 210 mm, a double frame). At least one certificate is needed. Fails
// with a validation error for malformed text or an empty list, a storage
// error when the file cannot be written.
core::Status write_certificates_pdf(const std::vector<Certificate>& certificates, const std::string& path);

// One certificate as an electronic document, with the visible marks of its
// digital signatures (docs/pdf_signature.h): the signer's image between the
// authority lines and the signer's name, the seal (`seal_mm`) over its left
// third, the agency's name and the signing time (7 pt) to the right of the
// image. Returns where they went (MarkPlaces::attachments stays empty).
core::Result<MarkPlaces> write_signed_certificate_pdf(const Certificate& certificate, const SignatureMarks& marks,
                                                      const std::string& path);

}  // namespace thidua::docs
