#include "io/pdf_active_content.h"

#include <zlib.h>

#include <array>
#include <cstring>

namespace thidua::io {
namespace {

constexpr size_t kMaxInflated = 64u << 20;

bool is_delimiter(char c) {
  return std::strchr("()<>[]{}/%", c) != nullptr || c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' ||
         c == '\0';
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool is_active(const std::string& name) {
  static const std::array<const char*, 9> kActive = {"JavaScript", "JS",       "Launch",     "EmbeddedFile",
                                                     "EmbeddedFiles", "RichMedia", "XFA", "SubmitForm",
                                                     "ImportData"};
  for (const char* a : kActive) {
    if (name == a) return true;
  }
  return false;
}

// The first active name among the name tokens of `text`.
std::optional<std::string> scan_names(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '/') continue;
    std::string name;
    size_t j = i + 1;
    for (; j < text.size() && !is_delimiter(text[j]); ++j) {
      if (text[j] == '#' && j + 2 < text.size() && hex_value(text[j + 1]) >= 0 && hex_value(text[j + 2]) >= 0) {
        name.push_back(static_cast<char>(hex_value(text[j + 1]) * 16 + hex_value(text[j + 2])));
        j += 2;
      } else {
        name.push_back(text[j]);
      }
    }
    if (is_active(name)) return name;
    i = j - 1;
  }
  return std::nullopt;
}

// Inflates a zlib stream; nullopt when it is not one or grows beyond `budget`.
std::optional<std::string> inflate_stream(std::string_view data, size_t& budget) {
  z_stream z{};
  if (inflateInit(&z) != Z_OK) return std::nullopt;
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  std::string out;
  std::array<char, 64 * 1024> buf{};
  int rc = Z_OK;
  while (rc == Z_OK) {
    z.next_out = reinterpret_cast<Bytef*>(buf.data());
    z.avail_out = static_cast<uInt>(buf.size());
    rc = inflate(&z, Z_NO_FLUSH);
    const size_t got = buf.size() - z.avail_out;
    if (got > budget) {
      inflateEnd(&z);
      return std::nullopt;
    }
    budget -= got;
    out.append(buf.data(), got);
    if (rc == Z_BUF_ERROR && z.avail_in == 0) break;  // a stream cut short: keep what came out
  }
  inflateEnd(&z);
  if (rc != Z_STREAM_END && rc != Z_BUF_ERROR) return std::nullopt;
  return out;
}

}  // namespace

std::optional<std::string> pdf_active_content(std::string_view pdf) {
  if (auto found = scan_names(pdf)) return found;
  // Objects packed into compressed object streams are invisible above.
  size_t budget = kMaxInflated;
  for (size_t at = pdf.find("stream"); at != std::string_view::npos; at = pdf.find("stream", at + 6)) {
    if (at >= 3 && pdf.substr(at - 3, 3) == "end") continue;
    // The stream's dictionary: back to the nearest "<<" that opens it.
    const size_t dict_end = pdf.rfind(">>", at);
    const size_t obj = pdf.rfind(" obj", at);
    if (dict_end == std::string_view::npos || obj == std::string_view::npos || obj > dict_end) continue;
    const std::string_view dict = pdf.substr(obj, dict_end - obj);
    auto compact = [](std::string_view d) {
      std::string c;
      for (char ch : d) {
        if (ch != ' ' && ch != '\r' && ch != '\n' && ch != '\t') c.push_back(ch);
      }
      return c;
    };
    const std::string flat = compact(dict);
    if (flat.find("/Type/ObjStm") == std::string::npos) continue;
    size_t data = at + 6;
    if (data < pdf.size() && pdf[data] == '\r') ++data;
    if (data < pdf.size() && pdf[data] == '\n') ++data;
    const size_t end = pdf.find("endstream", data);
    if (end == std::string_view::npos) return std::string("ObjStm");
    if (flat.find("/Filter") == std::string::npos) {
      if (auto found = scan_names(pdf.substr(data, end - data))) return found;
      continue;
    }
    // Only plain Flate is inflated here; any other filter chain cannot be checked.
    if (flat.find("/Filter/FlateDecode") == std::string::npos || flat.find("/DecodeParms") != std::string::npos) {
      return std::string("ObjStm");
    }
    auto inflated = inflate_stream(pdf.substr(data, end - data), budget);
    if (!inflated) return std::string("ObjStm");
    if (auto found = scan_names(*inflated)) return found;
  }
  return std::nullopt;
}

}  // namespace thidua::io
