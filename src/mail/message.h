// An e-mail as it goes over SMTP (RFC 5322 + MIME): headers with the UTF-8
// subject encoded as RFC 2047 words, a text/plain UTF-8 body in base64, CRLF
// line ends, and the dot-stuffing of the DATA phase (RFC 5321 §4.5.2).
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"

namespace thidua::mail {

struct MailMessage {
  std::string from;     // bare address: thidua@so-tnmt.example
  std::string to;       // bare address
  std::string subject;  // UTF-8
  std::string body;     // UTF-8 plain text, any line ends
};

// kValidation when an address is empty, has no '@', or holds a space, a
// control character or angle brackets (no header or command injection).
core::Status check_address(std::string_view address);

// Standard base64 (RFC 4648) with padding, no line breaks.
std::string base64(std::string_view bytes);

// The subject as a header value: ASCII text unchanged, otherwise RFC 2047
// "=?UTF-8?B?...?=" words of at most 75 characters (never splitting a UTF-8
// character), folded with CRLF + space.
std::string encode_subject(std::string_view utf8);

// The whole message (headers, blank line, base64 body in 76-character lines),
// CRLF line ends, without dot-stuffing. `date` is an RFC 5322 date and
// `message_id` the id without brackets.
std::string format_message(const MailMessage& m, std::string_view date, std::string_view message_id);

// The DATA payload: lines starting with '.' get another '.', bare LF becomes
// CRLF, and the end marker CRLF.CRLF is appended.
std::string dot_stuff(std::string_view message);

}  // namespace thidua::mail
