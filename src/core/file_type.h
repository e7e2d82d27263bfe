// What an uploaded file is, decided from its bytes only (never from its name
// or the client's Content-Type): PDF, PNG, JPEG, DOCX and XLSX are accepted,
// everything else (executables, HTML, SVG, plain ZIP archives...) is refused.
// Also safe download names and the Content-Disposition header. Pure.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace thidua::core {

enum class FileType { kPdf, kPng, kJpeg, kDocx, kXlsx };

// The type of `bytes` by content: PDF (`%PDF-`), PNG (8-byte signature), JPEG
// (FF D8 FF), DOCX / XLSX (a ZIP archive whose central directory lists
// `[Content_Types].xml` and `word/document.xml` resp. `xl/workbook.xml`).
// nullopt for anything else, including damaged or truncated ZIP archives.
std::optional<FileType> sniff_file_type(std::string_view bytes);

std::string_view media_type(FileType t);  // "application/pdf", "image/png", ...
std::string_view extension(FileType t);   // "pdf", "png", "jpg", "docx", "xlsx"
std::string_view file_type_label(FileType t);  // "PDF", "ảnh PNG", ...

// The type a stored media type names (the inverse of media_type), or nullopt.
std::optional<FileType> file_type_for_media_type(std::string_view media);

// Longest safe name in bytes (the extension included).
inline constexpr size_t kMaxFileNameBytes = 120;

// A name safe to store and to offer for download: any directory part (after
// the last `/` or `\`) dropped, control characters, reserved characters
// (<>:"|?* and DEL) and invalid UTF-8 removed, `..` runs and leading dots and
// spaces removed, NFC, at most kMaxFileNameBytes bytes (cut on a character
// boundary), and ending with the extension of `type` (the client's extension is
// replaced when it does not match). An empty stem becomes "tep-dinh-kem".
std::string safe_file_name(std::string_view client_name, FileType type);

// The same cleaning without a type (the client's extension kept): for names
// only shown, such as an import's file in its preview. "tep" when nothing is left.
std::string clean_file_name(std::string_view client_name);

// `attachment; filename="ascii fallback"; filename*=UTF-8''percent-encoded`
// (RFC 6266 / RFC 5987). The fallback folds Vietnamese letters to ASCII and
// replaces anything else outside printable ASCII (and `"` `\`) by `_`.
std::string content_disposition_attachment(std::string_view name);

}  // namespace thidua::core
