#include "mail/message.h"

#include "core/messages_vi/tracking.h"
#include "core/utf8_cut.h"

namespace thidua::mail {

namespace msg = core::messages_vi;
namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

bool is_ascii_printable(std::string_view s) {
  for (unsigned char c : s) {
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

}  // namespace

core::Status check_address(std::string_view a) {
  const auto bad = [&] {
    return core::make_error(core::errc::kValidation, msg::mail_address_invalid(a), "email");

  };
  if (a.empty() || a.size() > 254) return bad();
  const size_t at = a.find('@');
  if (at == std::string_view::npos || at == 0 || at + 1 == a.size()) return bad();
  for (unsigned char c : a) {
    if (c <= 0x20 || c == 0x7f || c == '<' || c == '>' || c == '"' || c == ',' || c == ';') return bad();
  }
  return {};
}

std::string base64(std::string_view bytes) {
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    const unsigned v = (static_cast<unsigned char>(bytes[i]) << 16) | (static_cast<unsigned char>(bytes[i + 1]) << 8) |
                       static_cast<unsigned char>(bytes[i + 2]);
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    out += kAlphabet[(v >> 6) & 63];
    out += kAlphabet[v & 63];
  }
  if (i < bytes.size()) {
    unsigned v = static_cast<unsigned char>(bytes[i]) << 16;
    if (i + 1 < bytes.size()) v |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    out += i + 1 < bytes.size() ? kAlphabet[(v >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

std::string encode_subject(std::string_view utf8) {
  if (is_ascii_printable(utf8) && utf8.size() <= 900) return std::string(utf8);
  // "=?UTF-8?B?" + base64 + "?=" stays within 75 characters with 45 input bytes.
  constexpr size_t kChunk = 45;
  std::string out;
  size_t pos = 0;
  while (pos < utf8.size()) {
    // A chunk ends on a character boundary (one longer than kChunk bytes of
    // continuation is cut where it stands).
    size_t end = pos + core::utf8_prefix(std::string_view(utf8).substr(pos), kChunk).size();
    if (end == pos) end = std::min(utf8.size(), pos + kChunk);
    if (!out.empty()) out += "\r\n ";
    out += "=?UTF-8?B?" + base64(utf8.substr(pos, end - pos)) + "?=";
    pos = end;
  }
  return out;
}

std::string format_message(const MailMessage& m, std::string_view date, std::string_view message_id) {
  std::string out;
  out += "From: <" + m.from + ">\r\n";
  out += "To: <" + m.to + ">\r\n";
  out += "Subject: " + encode_subject(m.subject) + "\r\n";
  out += "Date: " + std::string(date) + "\r\n";
  out += "Message-ID: <" + std::string(message_id) + ">\r\n";
  out += "MIME-Version: 1.0\r\n";
  out += "Content-Type: text/plain; charset=UTF-8\r\n";
  out += "Content-Transfer-Encoding: base64\r\n";
  out += "\r\n";
  // Normalise line ends to CRLF before encoding, as text/plain requires.
  std::string body;
  for (size_t i = 0; i < m.body.size(); ++i) {
    const char c = m.body[i];
    if (c == '\r') continue;
    if (c == '\n') body += "\r\n";
    else body += c;
  }
  const std::string encoded = base64(body);
  for (size_t i = 0; i < encoded.size(); i += 76) out += encoded.substr(i, 76) + "\r\n";
  return out;
}

std::string dot_stuff(std::string_view message) {
  std::string out;
  out.reserve(message.size() + 8);
  bool line_start = true;
  for (size_t i = 0; i < message.size(); ++i) {
    const char c = message[i];
    if (line_start && c == '.') out += '.';
    if (c == '\n' && (i == 0 || message[i - 1] != '\r')) out += '\r';
    out += c;
    line_start = c == '\n';
  }
  if (!line_start) out += "\r\n";
  out += ".\r\n";
  return out;
}

}  // namespace thidua::mail
