// PDF output of an administrative document (A4, Decree 30/2020/NĐ-CP layout)
// with cairo and Pango.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/result.h"
#include "docs/document.h"
#include "docs/pdf_signature.h"

namespace thidua::docs {

// Writes `doc` as a PDF file at `path` (created or replaced). Layout: A4,
// margins top/bottom 20 mm, left 30 mm, right 15 mm; Liberation Serif only
// (docs/fonts.h: pinned, never a fallback; a character it lacks is a
// validation error naming it; missing font files a storage error);
// two-column header; type and summary centred; body 14 pt justified with a
// 1.27 cm first-line indent; page numbers from page 2 centred in the top
// margin; "Nơi nhận:" and the signature block side by side at the end.
// The body is laid out one block at a time (tables one row at a time), so
// memory does not grow with the length of the document; table header rows
// repeat on each page. Fails with a validation error for malformed text and a
// storage error when the file cannot be written.
core::Status write_pdf(const AdministrativeDocument& doc, const std::string& path);

// The visible marks of an issued document's digital signatures (Decree
// 30/2020, Appendix I; legal.md §5), drawn in the page content before the
// file is signed (docs/pdf_signature.h).
struct SignatureMarks {
  std::string signature_png;  // the signer's handwritten signature (PNG file)
  std::string seal_png;       // the agency's seal: red, transparent background (PNG file)
  double seal_mm = 36;        // the seal's printed diameter (its actual size)
  std::string agency_name;    // the agency signature's visible information...
  std::string signing_time;   // ...and the signing time, ISO 8601 with +07:00
  std::string number_symbol;  // "05/QĐ-STNMT": shown with the time on each attachment
};

// Where write_signed_pdf put each mark (PDF user space), for the widgets.
struct MarkPlaces {
  int signature_page = 0;  // 0-based page of the signature block
  PdfRect signature;       // the signature image
  PdfRect seal;            // the seal and the agency's information
  std::vector<std::pair<int, PdfRect>> attachments;  // first page of each attachment, its mark
};

// write_pdf with the marks: the signature image at the signature position
// (centred, 20 mm high at most), the seal at `seal_mm` overlapping the left
// third of the signature image, the agency's name and the signing time (8 pt)
// beside them; the signature block keeps 100 pt for them (72 pt without
// marks). Each attachment's first page carries, at its top right (10 pt), the
// document's number and the signing time. A PNG that cannot be read is a
// validation error (kSigningImageUnreadable).
core::Result<MarkPlaces> write_signed_pdf(const AdministrativeDocument& doc, const SignatureMarks& marks,
                                          const std::string& path);

}  // namespace thidua::docs
