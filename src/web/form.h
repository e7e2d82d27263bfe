// Request body decoding for HTML forms: application/x-www-form-urlencoded into a
// multimap, multipart/form-data into parts (fields and uploaded files), both
// bounded by FormLimits. Malformed input and exceeded limits come back as Errors.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "web/http.h"

namespace thidua::web {

using FormFields = std::multimap<std::string, std::string>;

struct FormLimits {
  size_t max_fields = 1000;                    // urlencoded pairs, or multipart parts
  size_t max_field_bytes = 1024 * 1024;        // one non-file value
  size_t max_file_bytes = 32 * 1024 * 1024;    // one uploaded file
  size_t max_part_header_bytes = 8 * 1024;     // the header block of one part
};

// One part of a multipart body. A part without a filename parameter is a field.
struct FormPart {
  std::string name;
  std::string filename;      // base name only (any client-side directory removed); "" for fields
  bool is_file = false;      // the part had a filename parameter (a file input)
  std::string content_type;  // as sent; "" if absent
  std::string data;
};

// A decoded form: text fields and uploaded files.
struct Form {
  FormFields fields;
  std::vector<FormPart> files;  // file inputs, except those left empty (no filename, no data)
  std::string get(std::string_view name) const;  // first value or ""
  std::vector<std::string> get_all(std::string_view name) const;
  const FormPart* file(std::string_view name) const;  // first file of that field or nullptr
};

// "a=1&b=x+y&c=%C3%A1" -> {a:1, b:"x y", c:"á"}. Errors: kBadRequest on a bad
// percent escape (field = the key when known), kTooLarge over max_fields /
// max_field_bytes.
core::Result<FormFields> parse_urlencoded(std::string_view body, const FormLimits& limits = {});

// Parses a multipart/form-data body given the request's Content-Type value (which
// carries the boundary). Parts come back in order. Errors: kBadRequest when the
// boundary is missing or the body is not well formed, a part lacks
// Content-Disposition form-data or its name; kTooLarge over the limits (field =
// the part's name).
core::Result<std::vector<FormPart>> parse_multipart(std::string_view body, std::string_view content_type,
                                                     const FormLimits& limits = {});

// Decodes req.body by its Content-Type: urlencoded or multipart (file inputs left
// empty by the user, i.e. empty filename and no data, are dropped). A missing
// body gives an empty form. Errors as above, and kUnsupported for other types.
core::Result<Form> parse_form(const Request& req, const FormLimits& limits = {});

// The value of parameter `name` in a header value like
// `form-data; name="x"; filename="a.pdf"` (quoted-string unescaped; the
// RFC 5987 `name*=UTF-8''...` form is preferred when present); nullopt if absent.
std::optional<std::string> header_param(std::string_view header_value, std::string_view name);

}  // namespace thidua::web
