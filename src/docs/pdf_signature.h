// Digital signatures in a PDF (PAdES, ISO 32000-1 §12.8): each signature is
// an incremental update appended to the file, so the bytes signed before stay
// as they are and every earlier signature still verifies. The update holds
// the signature dictionary (/Filter /Adobe.PPKLite, /SubFilter
// /ETSI.CAdES.detached, the /ByteRange over the whole file but the
// /Contents hole, the CMS of docs/cms_signature.h, /M), its field and widget
// on a page (printed, locked), the page with the widget in /Annots and the
// catalogue with the field in /AcroForm (/SigFlags 3). The visible marks
// (signature image, seal, text) are drawn in the page content before signing
// (docs/pdf_writer.h); the widget marks where they are.
//
// Reads the PDFs cairo writes and those this file wrote: cross-reference
// tables (not streams), followed through /Prev.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"
#include "docs/signing_identity.h"

namespace thidua::docs {

// A rectangle in PDF user space: points, origin at the page's bottom left.
struct PdfRect {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

// One signature to add.
struct SignatureRequest {
  int page = 0;              // 0-based page of the widget
  PdfRect rect;              // where its visible mark is
  std::string field_name;    // ASCII, unique in the document ("ChuKyNguoiKy", ...)
  std::string signer_name;   // /Name (UTF-8)
  std::string reason;        // /Reason (UTF-8); may be empty
  std::string location;      // /Location (UTF-8); may be empty
  std::string signing_time;  // ISO 8601 with offset, "2023-02-05T10:15:20+07:00" → /M
};

// Room reserved in the file for the CMS (bytes); a larger CMS is an error.
inline constexpr size_t kSignatureCapacity = 12288;

// Returns `pdf` with one more signature by `signer` appended. Errors:
// validation (kSigningPdfUnreadable) when the cross-reference table, the
// catalogue or the page tree cannot be read; validation (kSigningPdfNoPage)
// when `request.page` is not a page; storage when the key cannot sign or the
// CMS does not fit (kSigningTooLarge).
core::Result<std::string> sign_pdf(std::string_view pdf, const SignatureRequest& request, const SigningIdentity& signer);

// "2023-02-05T10:15:20+07:00" → "D:20230205101520+07'00'" (empty when the
// text is not of that form).
std::string pdf_date(std::string_view iso8601);

}  // namespace thidua::docs
