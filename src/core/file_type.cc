#include "core/file_type.h"

#include <cstdint>
#include <set>

#include "core/latin_letters.h"
#include "core/messages_vi/files.h"
#include "core/names.h"
#include "core/utf8.h"

namespace thidua::core {
namespace {

uint32_t le16(std::string_view b, size_t at) {
  return static_cast<uint32_t>(static_cast<unsigned char>(b[at])) |
         static_cast<uint32_t>(static_cast<unsigned char>(b[at + 1])) << 8;
}
uint32_t le32(std::string_view b, size_t at) { return le16(b, at) | le16(b, at + 2) << 16; }

// The entry names of a ZIP archive's central directory; nullopt when the
// archive is not well formed (no end record, directory out of bounds).
std::optional<std::set<std::string>> zip_entry_names(std::string_view b) {
  constexpr size_t kEndRecord = 22;
  if (b.size() < kEndRecord + 30) return std::nullopt;
  // The end-of-central-directory record lies within the last 22 + 65535 bytes.
  size_t lowest = b.size() > kEndRecord + 0xFFFF ? b.size() - kEndRecord - 0xFFFF : 0;
  size_t end = std::string_view::npos;
  for (size_t at = b.size() - kEndRecord + 1; at-- > lowest;) {
    if (b.compare(at, 4, "PK\x05\x06") == 0) {
      end = at;
      break;
    }
  }
  if (end == std::string_view::npos) return std::nullopt;
  const uint32_t entries = le16(b, end + 10);
  const uint32_t dir_size = le32(b, end + 12);
  const uint32_t dir_offset = le32(b, end + 16);
  if (static_cast<uint64_t>(dir_offset) + dir_size > end) return std::nullopt;
  std::set<std::string> names;
  size_t at = dir_offset;
  for (uint32_t i = 0; i < entries; ++i) {
    if (at + 46 > end || b.compare(at, 4, "PK\x01\x02") != 0) return std::nullopt;
    const size_t name_len = le16(b, at + 28);
    const size_t extra_len = le16(b, at + 30);
    const size_t comment_len = le16(b, at + 32);
    if (at + 46 + name_len > end) return std::nullopt;
    names.emplace(b.substr(at + 46, name_len));
    at += 46 + name_len + extra_len + comment_len;
  }
  return names;
}

bool reserved(char32_t cp) {
  switch (cp) {
    case '<': case '>': case ':': case '"': case '|': case '?': case '*': case '/': case '\\':
      return true;
    default:
      return utf8::is_control(cp) || cp == 0x2028 || cp == 0x2029 || (cp >= 0x200B && cp <= 0x200F) ||
             (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x061C || cp == 0xFEFF;
  }
}

// Trims leading/trailing spaces and dots.
std::string trim_dots_spaces(std::string s) {
  size_t b = 0;
  while (b < s.size() && (s[b] == ' ' || s[b] == '.')) ++b;
  size_t e = s.size();
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '.')) --e;
  return s.substr(b, e - b);
}

// Cuts UTF-8 text to at most `max` bytes on a character boundary.
std::string cut(std::string_view s, size_t max) {
  if (s.size() <= max) return std::string(s);
  size_t pos = 0, keep = 0;
  while (pos < s.size()) {
    size_t next = pos;
    utf8::decode(s, next);
    if (next > max) break;
    keep = pos = next;
  }
  return std::string(s.substr(0, keep));
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace

std::optional<FileType> sniff_file_type(std::string_view b) {
  if (b.substr(0, 5) == "%PDF-") return FileType::kPdf;
  if (b.substr(0, 8) == std::string_view("\x89PNG\r\n\x1a\n", 8)) return FileType::kPng;
  if (b.size() >= 3 && b.substr(0, 3) == "\xFF\xD8\xFF") return FileType::kJpeg;
  if (b.substr(0, 4) == "PK\x03\x04") {
    auto names = zip_entry_names(b);
    if (!names || !names->count("[Content_Types].xml")) return std::nullopt;
    const bool word = names->count("word/document.xml") > 0;
    const bool excel = names->count("xl/workbook.xml") > 0;
    if (word && !excel) return FileType::kDocx;
    if (excel && !word) return FileType::kXlsx;
  }
  return std::nullopt;
}

std::string_view media_type(FileType t) {
  switch (t) {
    case FileType::kPdf: return "application/pdf";
    case FileType::kPng: return "image/png";
    case FileType::kJpeg: return "image/jpeg";
    case FileType::kDocx: return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    case FileType::kXlsx: return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  }
  return "application/octet-stream";
}

std::string_view extension(FileType t) {
  switch (t) {
    case FileType::kPdf: return "pdf";
    case FileType::kPng: return "png";
    case FileType::kJpeg: return "jpg";
    case FileType::kDocx: return "docx";
    case FileType::kXlsx: return "xlsx";
  }
  return "bin";
}

std::string_view file_type_label(FileType t) {
  switch (t) {
    case FileType::kPdf: return messages_vi::kFileTypePdf;
    case FileType::kPng: return messages_vi::kFileTypePng;
    case FileType::kJpeg: return messages_vi::kFileTypeJpeg;
    case FileType::kDocx: return messages_vi::kFileTypeDocx;
    case FileType::kXlsx: return messages_vi::kFileTypeXlsx;
  }
  return "";
}

std::optional<FileType> file_type_for_media_type(std::string_view media) {
  for (auto t : {FileType::kPdf, FileType::kPng, FileType::kJpeg, FileType::kDocx, FileType::kXlsx}) {
    if (media_type(t) == media) return t;
  }
  return std::nullopt;
}

namespace {

// The name part shared by clean_file_name and safe_file_name.
std::string clean_name_part(std::string_view client_name) {
  // Directory parts: whatever follows the last separator of either convention.
  if (auto slash = client_name.find_last_of("/\\"); slash != std::string_view::npos) {
    client_name.remove_prefix(slash + 1);
  }
  std::string clean;
  for (size_t pos = 0; pos < client_name.size();) {
    char32_t cp = utf8::decode(client_name, pos);
    if (cp == utf8::kInvalid || reserved(cp)) continue;
    utf8::append(clean, utf8::is_space(cp) ? U' ' : cp);
  }
  clean = to_nfc(clean);
  // No ".." anywhere (a name is never a path, but other tools may treat it so).
  for (size_t at; (at = clean.find("..")) != std::string::npos;) clean.erase(at, 1);
  return trim_dots_spaces(std::move(clean));
}

}  // namespace

std::string clean_file_name(std::string_view client_name) {
  std::string clean = trim_dots_spaces(cut(clean_name_part(client_name), kMaxFileNameBytes));
  return clean.empty() ? "tep" : clean;
}

std::string safe_file_name(std::string_view client_name, FileType type) {
  std::string clean = clean_name_part(client_name);
  // Drop the client's extension when it names a type (ours replaces it).
  const std::string ext(extension(type));
  if (auto dot = clean.rfind('.'); dot != std::string::npos) {
    const std::string given = lower_ascii(clean.substr(dot + 1));
    static const std::set<std::string> known = {"pdf", "png", "jpg", "jpeg", "docx", "xlsx", "doc", "xls",
                                                "exe", "html", "htm", "svg", "zip", "js", "bat", "cmd", "sh", "txt", "jfif"};
    if (given == ext || known.count(given)) clean.erase(dot);
  }
  clean = trim_dots_spaces(cut(clean, kMaxFileNameBytes - ext.size() - 1));
  if (clean.empty()) clean = "tep-dinh-kem";
  return clean + "." + ext;
}

std::string content_disposition_attachment(std::string_view name) {
  std::string ascii;
  std::string encoded;
  static const char* hex = "0123456789ABCDEF";
  for (unsigned char c : name) {
    const bool attr_char = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                           std::string_view("!#$&+-.^_`|~").find(static_cast<char>(c)) != std::string_view::npos;
    if (attr_char) {
      encoded += static_cast<char>(c);
    } else {
      encoded += '%';
      encoded += hex[c >> 4];
      encoded += hex[c & 15];
    }
  }
  for (size_t pos = 0; pos < name.size();) {
    char32_t cp = utf8::decode(name, pos);
    if (cp >= 0x20 && cp < 0x7F && cp != '"' && cp != '\\') {
      ascii += static_cast<char>(cp);
      continue;
    }
    if (cp == utf8::kInvalid || utf8::is_combining_mark(cp)) continue;
    const char32_t lower = latin::to_lower(cp);
    std::string spelled(latin::ascii_spelling(lower));
    if (spelled.empty()) spelled = "_";
    if (lower != cp && spelled[0] >= 'a' && spelled[0] <= 'z') spelled[0] = static_cast<char>(spelled[0] - 'a' + 'A');
    ascii += spelled;
  }
  if (ascii.empty()) ascii = "tep";
  return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
}

}  // namespace thidua::core
