#include "web/form.h"

#include <cctype>

#include "core/blanks.h"
#include "core/messages_vi/http.h"

namespace thidua::web {
namespace msg = core::messages_vi;

namespace {

std::string to_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

core::Error malformed(std::string field = {}) {
  return core::make_error(core::errc::kBadRequest, msg::kHttpFormDataInvalid, std::move(field));
}

core::Error too_many() {
  return core::make_error(core::errc::kTooLarge, msg::kHttpFormTooManyFields);
}

core::Error field_too_large(std::string field) {
  return core::make_error(core::errc::kTooLarge, msg::kHttpFormValueTooLong, std::move(field));
}

core::Error file_too_large(std::string field) {
  return core::make_error(core::errc::kTooLarge, msg::kHttpFormFileTooLarge, std::move(field));
}

// Splits a header value at ';' outside quoted strings.
std::vector<std::string_view> split_params(std::string_view v) {
  std::vector<std::string_view> out;
  bool quoted = false;
  size_t start = 0;
  for (size_t i = 0; i < v.size(); ++i) {
    char c = v[i];
    if (quoted && c == '\\') {
      ++i;
    } else if (c == '"') {
      quoted = !quoted;
    } else if (c == ';' && !quoted) {
      out.push_back(core::trim_view(v.substr(start, i - start)));
      start = i + 1;
    }
  }
  if (start <= v.size()) out.push_back(core::trim_view(v.substr(start)));
  return out;
}

std::string unquote(std::string_view v) {
  if (v.size() < 2 || v.front() != '"' || v.back() != '"') return std::string(v);
  std::string out;
  v = v.substr(1, v.size() - 2);
  for (size_t i = 0; i < v.size(); ++i) {
    if (v[i] == '\\' && i + 1 < v.size()) ++i;
    out.push_back(v[i]);
  }
  return out;
}

std::string base_name(std::string_view filename) {
  size_t cut = filename.find_last_of("/\\");
  if (cut != std::string_view::npos) filename.remove_prefix(cut + 1);
  return std::string(filename);
}

}  // namespace

std::optional<std::string> header_param(std::string_view header_value, std::string_view name) {
  std::optional<std::string> plain;
  auto params = split_params(header_value);
  for (size_t i = 1; i < params.size(); ++i) {
    std::string_view p = params[i];
    size_t eq = p.find('=');
    if (eq == std::string_view::npos) continue;
    std::string key = to_lower(core::trim_view(p.substr(0, eq)));
    std::string_view value = core::trim_view(p.substr(eq + 1));
    if (key.size() == name.size() + 1 && key.back() == '*' && key.compare(0, name.size(), to_lower(name)) == 0) {
      // RFC 5987: charset'language'percent-encoded
      size_t q1 = value.find('\'');
      size_t q2 = q1 == std::string_view::npos ? q1 : value.find('\'', q1 + 1);
      if (q2 != std::string_view::npos && to_lower(value.substr(0, q1)) == "utf-8") {
        if (auto decoded = percent_decode(value.substr(q2 + 1), false)) return decoded;
      }
      continue;
    }
    if (key == to_lower(name) && !plain) plain = unquote(value);
  }
  return plain;
}

std::string Form::get(std::string_view name) const {
  auto it = fields.find(std::string(name));
  return it == fields.end() ? std::string() : it->second;
}

std::vector<std::string> Form::get_all(std::string_view name) const {
  std::vector<std::string> out;
  auto [first, last] = fields.equal_range(std::string(name));
  for (auto it = first; it != last; ++it) out.push_back(it->second);
  return out;
}

const FormPart* Form::file(std::string_view name) const {
  for (const auto& f : files) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

core::Result<FormFields> parse_urlencoded(std::string_view body, const FormLimits& limits) {
  FormFields out;
  while (!body.empty()) {
    size_t amp = body.find('&');
    std::string_view pair = body.substr(0, amp);
    body = amp == std::string_view::npos ? std::string_view() : body.substr(amp + 1);
    if (pair.empty()) continue;
    if (out.size() >= limits.max_fields) return too_many();
    size_t eq = pair.find('=');
    auto key = percent_decode(pair.substr(0, eq), true);
    if (!key) return malformed();
    auto value = percent_decode(eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1), true);
    if (!value) return malformed(*key);
    if (value->size() > limits.max_field_bytes) return field_too_large(*key);
    out.emplace(std::move(*key), std::move(*value));
  }
  return out;
}

core::Result<std::vector<FormPart>> parse_multipart(std::string_view body, std::string_view content_type,
                                                     const FormLimits& limits) {
  auto boundary = header_param(content_type, "boundary");
  // RFC 2046: 1 to 70 characters.
  if (!boundary || boundary->empty() || boundary->size() > 70) return malformed();
  const std::string delimiter = "--" + *boundary;
  const std::string separator = "\r\n" + delimiter;

  std::vector<FormPart> parts;
  size_t pos;
  if (body.substr(0, delimiter.size()) == delimiter) {
    pos = 0;
  } else {
    pos = body.find(separator);  // skip a preamble
    if (pos == std::string_view::npos) return malformed();
    pos += 2;
  }
  while (true) {
    pos += delimiter.size();
    if (body.substr(pos, 2) == "--") return parts;  // close delimiter; epilogue ignored
    while (pos < body.size() && (body[pos] == ' ' || body[pos] == '\t')) ++pos;  // transport padding
    if (body.substr(pos, 2) != "\r\n") return malformed();
    pos += 2;
    if (parts.size() >= limits.max_fields) return too_many();

    size_t header_end = body.find("\r\n\r\n", pos);
    if (header_end == std::string_view::npos) {
      return body.size() - pos > limits.max_part_header_bytes ? too_many() : malformed();
    }
    if (header_end - pos > limits.max_part_header_bytes) return too_many();
    std::string_view headers = body.substr(pos, header_end - pos);

    FormPart part;
    bool has_disposition = false;
    while (!headers.empty()) {
      size_t eol = headers.find("\r\n");
      std::string_view line = headers.substr(0, eol);
      headers = eol == std::string_view::npos ? std::string_view() : headers.substr(eol + 2);
      size_t colon = line.find(':');
      if (colon == std::string_view::npos) return malformed();
      std::string name = to_lower(core::trim_view(line.substr(0, colon)));
      std::string_view value = core::trim_view(line.substr(colon + 1));
      if (name == "content-disposition") {
        if (to_lower(core::trim_view(value.substr(0, value.find(';')))) != "form-data") return malformed();
        auto field = header_param(value, "name");
        if (!field || field->empty()) return malformed();
        has_disposition = true;
        part.name = std::move(*field);
        if (auto filename = header_param(value, "filename")) {
          part.filename = base_name(*filename);
          part.is_file = true;
        }
      } else if (name == "content-type") {
        part.content_type = std::string(value);
      }
    }
    if (!has_disposition) return malformed();

    size_t data_start = header_end + 4;
    size_t data_end = body.find(separator, data_start);
    if (data_end == std::string_view::npos) return malformed(part.name);
    size_t size = data_end - data_start;
    if (size > (part.is_file ? limits.max_file_bytes : limits.max_field_bytes)) {
      return part.is_file ? file_too_large(part.name) : field_too_large(part.name);
    }
    part.data = std::string(body.substr(data_start, size));
    parts.push_back(std::move(part));
    pos = data_end + 2;
  }
}

core::Result<Form> parse_form(const Request& req, const FormLimits& limits) {
  Form form;
  std::string type = req.content_type();
  if (req.body.empty() && type.empty()) return form;
  if (type == "application/x-www-form-urlencoded") {
    auto fields = parse_urlencoded(req.body, limits);
    if (!fields) return fields.error();
    form.fields = std::move(*fields);
    return form;
  }
  if (type == "multipart/form-data") {
    auto parts = parse_multipart(req.body, req.header("content-type"), limits);
    if (!parts) return parts.error();
    for (auto& p : *parts) {
      if (!p.is_file) {
        form.fields.emplace(std::move(p.name), std::move(p.data));
      } else if (!p.filename.empty() || !p.data.empty()) {
        form.files.push_back(std::move(p));
      }
    }
    return form;
  }
  return core::make_error(core::errc::kUnsupported, msg::kHttpContentTypeUnsupported);
}

}  // namespace thidua::web
