#include "docs/pdf_signature.h"

#include <openssl/evp.h>

#include <cctype>
#include <charconv>
#include <cstdio>
#include <map>
#include <optional>
#include <vector>

#include "core/messages_vi/signing.h"
#include "docs/cms_signature.h"

namespace thidua::docs {

namespace msg = core::messages_vi;

namespace {

core::Error unreadable() { return core::make_error(core::errc::kValidation, msg::kSigningPdfUnreadable); }

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0'; }
bool is_delimiter(char c) {
  return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' || c == '/' ||
         c == '%';
}

// A reader of PDF syntax over the whole file: positions are file offsets.
class Scanner {
 public:
  explicit Scanner(std::string_view text, size_t at = 0) : s_(text), at_(at) {}
  size_t at() const { return at_; }
  bool done() const { return at_ >= s_.size(); }

  void skip_space() {
    while (at_ < s_.size()) {
      if (is_space(s_[at_])) {
        ++at_;
      } else if (s_[at_] == '%') {
        while (at_ < s_.size() && s_[at_] != '\n' && s_[at_] != '\r') ++at_;
      } else {
        break;
      }
    }
  }

  // A regular token (number, keyword): up to whitespace or a delimiter.
  std::string_view token() {
    skip_space();
    const size_t start = at_;
    while (at_ < s_.size() && !is_space(s_[at_]) && !is_delimiter(s_[at_])) ++at_;
    return s_.substr(start, at_ - start);
  }

  std::optional<long long> integer() {
    const auto t = token();
    long long v = 0;
    auto [p, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
    if (t.empty() || ec != std::errc() || p != t.data() + t.size()) return std::nullopt;
    return v;
  }

  // One value (dictionary, array, string, name, number, keyword or "n g R"):
  // its text, or nullopt when malformed.
  std::optional<std::string_view> value() {
    skip_space();
    if (done()) return std::nullopt;
    const size_t start = at_;
    const char c = s_[at_];
    if (c == '<' && at_ + 1 < s_.size() && s_[at_ + 1] == '<') {
      at_ += 2;
      while (true) {
        skip_space();
        if (done()) return std::nullopt;
        if (s_.compare(at_, 2, ">>") == 0) {
          at_ += 2;
          break;
        }
        if (!value()) return std::nullopt;
      }
    } else if (c == '[') {
      ++at_;
      while (true) {
        skip_space();
        if (done()) return std::nullopt;
        if (s_[at_] == ']') {
          ++at_;
          break;
        }
        if (!value()) return std::nullopt;
      }
    } else if (c == '(') {
      int depth = 0;
      while (at_ < s_.size()) {
        const char d = s_[at_++];
        if (d == '\\') {
          ++at_;
        } else if (d == '(') {
          ++depth;
        } else if (d == ')' && --depth == 0) {
          break;
        }
      }
      if (depth != 0) return std::nullopt;
    } else if (c == '<') {
      const size_t end = s_.find('>', at_);
      if (end == std::string_view::npos) return std::nullopt;
      at_ = end + 1;
    } else if (c == '/') {
      ++at_;
      while (at_ < s_.size() && !is_space(s_[at_]) && !is_delimiter(s_[at_])) ++at_;
    } else if (c == ')' || c == '>' || c == ']' || c == '}' || c == '{') {
      return std::nullopt;
    } else {
      token();
      // "n g R": a reference.
      Scanner ahead(s_, at_);
      auto gen = ahead.token();
      auto r = ahead.token();
      if (!gen.empty() && std::isdigit(static_cast<unsigned char>(gen[0])) && r == "R") at_ = ahead.at();
    }
    return s_.substr(start, at_ - start);
  }

 private:
  std::string_view s_;
  size_t at_;
};

// The value of /key in a dictionary's text ("<< ... >>"), or nullopt.
std::optional<std::string_view> dict_get(std::string_view dict, std::string_view key) {
  if (dict.size() < 4 || dict.substr(0, 2) != "<<") return std::nullopt;
  Scanner s(dict, 2);
  while (true) {
    s.skip_space();
    if (s.done() || dict.compare(s.at(), 2, ">>") == 0) return std::nullopt;
    auto k = s.value();
    if (!k || k->empty() || (*k)[0] != '/') return std::nullopt;
    auto v = s.value();
    if (!v) return std::nullopt;
    if (k->substr(1) == key) return v;
  }
}

// The dictionary's text without /key and its value, and without the closing
// ">>" (the caller appends entries and closes it); nullopt when the text is
// not a well-formed dictionary (never a dictionary cut short).
std::optional<std::string> dict_open_without(std::string_view dict, std::initializer_list<std::string_view> keys) {
  if (dict.size() < 4 || dict.substr(0, 2) != "<<") return std::nullopt;
  std::string out = "<<";
  Scanner s(dict, 2);
  while (true) {
    s.skip_space();
    if (s.done()) return std::nullopt;
    if (dict.compare(s.at(), 2, ">>") == 0) break;
    const size_t start = s.at();
    auto k = s.value();
    auto v = s.value();
    if (!k || !v || k->empty() || (*k)[0] != '/') return std::nullopt;
    bool drop = false;
    for (auto key : keys) drop = drop || k->substr(1) == key;
    if (!drop) out.append(" ").append(dict.substr(start, s.at() - start));
  }
  return out;
}

// "12 0 R" → 12.
std::optional<int> ref_number(std::string_view ref) {
  Scanner s(ref);
  auto n = s.integer();
  auto g = s.integer();
  if (!n || !g || s.token() != "R" || *n <= 0) return std::nullopt;
  return static_cast<int>(*n);
}

// The items of an array's text ("[ ... ]").
std::vector<std::string_view> array_items(std::string_view array) {
  std::vector<std::string_view> out;
  if (array.empty() || array[0] != '[') return out;
  Scanner s(array, 1);
  while (true) {
    s.skip_space();
    if (s.done() || array[s.at()] == ']') break;
    auto v = s.value();
    if (!v) break;
    out.push_back(*v);
  }
  return out;
}

struct Xref {
  std::map<int, size_t> offsets;  // object number → offset of "n g obj" (latest revision)
  long long size = 0;             // the trailer's /Size
  std::string root;               // "1 0 R"
  std::string info;               // "" when absent
  size_t startxref = 0;
};

core::Result<Xref> read_xref(std::string_view pdf) {
  const size_t tail = pdf.size() > 1024 ? pdf.size() - 1024 : 0;
  const size_t sx = pdf.rfind("startxref");
  if (sx == std::string_view::npos || sx < tail) return unreadable();
  Scanner s(pdf, sx + 9);
  auto start = s.integer();
  if (!start || *start <= 0 || static_cast<size_t>(*start) >= pdf.size()) return unreadable();
  Xref x;
  x.startxref = static_cast<size_t>(*start);
  size_t at = x.startxref;
  bool first = true;
  for (int section = 0; section < 1000; ++section) {
    Scanner t(pdf, at);
    if (t.token() != "xref") return unreadable();  // a cross-reference stream: not read here
    while (true) {
      Scanner peek(pdf, t.at());
      if (peek.token() == "trailer") {
        t = peek;
        break;
      }
      auto from = t.integer();
      auto count = t.integer();
      if (!from || !count || *from < 0 || *count < 0 || *count > 10'000'000) return unreadable();
      for (long long i = 0; i < *count; ++i) {
        auto off = t.integer();
        auto gen = t.integer();
        auto kind = t.token();
        if (!off || !gen || (kind != "n" && kind != "f")) return unreadable();
        const int num = static_cast<int>(*from + i);
        if (kind == "n" && !x.offsets.count(num)) {
          if (*off <= 0 || static_cast<size_t>(*off) >= pdf.size()) return unreadable();
          x.offsets[num] = static_cast<size_t>(*off);
        } else if (kind == "f" && !x.offsets.count(num)) {
          x.offsets[num] = 0;  // free in this revision: hides older entries
        }
      }
    }
    auto trailer = t.value();
    if (!trailer) return unreadable();
    if (first) {
      auto size = dict_get(*trailer, "Size");
      auto root = dict_get(*trailer, "Root");
      if (!size || !root) return unreadable();
      Scanner n(*size);
      auto v = n.integer();
      if (!v || *v <= 0) return unreadable();
      x.size = *v;
      x.root = std::string(*root);
      if (auto info = dict_get(*trailer, "Info")) x.info = std::string(*info);
      first = false;
    }
    auto prev = dict_get(*trailer, "Prev");
    if (!prev) break;
    Scanner p(*prev);
    auto off = p.integer();
    if (!off || *off <= 0 || static_cast<size_t>(*off) >= pdf.size()) return unreadable();
    at = static_cast<size_t>(*off);
  }
  for (auto it = x.offsets.begin(); it != x.offsets.end();) it = it->second == 0 ? x.offsets.erase(it) : std::next(it);
  return x;
}

// An object's number, generation and body text (the value after "obj").
struct Object {
  int number = 0;
  int generation = 0;
  std::string_view body;
};

core::Result<Object> read_object(std::string_view pdf, const Xref& x, int number) {
  auto it = x.offsets.find(number);
  if (it == x.offsets.end()) return unreadable();
  Scanner s(pdf, it->second);
  auto n = s.integer();
  auto g = s.integer();
  if (!n || *n != number || !g || s.token() != "obj") return unreadable();
  auto body = s.value();
  if (!body) return unreadable();
  return Object{number, static_cast<int>(*g), *body};
}

core::Result<Object> read_ref(std::string_view pdf, const Xref& x, std::string_view ref) {
  auto n = ref_number(ref);
  if (!n) return unreadable();
  return read_object(pdf, x, *n);
}

// The page objects in order (page tree walked depth first, at most `limit` levels deep).
core::Status collect_pages(std::string_view pdf, const Xref& x, std::string_view ref, int depth,
                           std::vector<int>& pages) {
  if (depth > 32 || pages.size() > 1'000'000) return unreadable();
  auto node = read_ref(pdf, x, ref);
  if (!node.ok()) return node.error();
  auto type = dict_get(node->body, "Type");
  if (type && *type == "/Page") {
    pages.push_back(node->number);
    return {};
  }
  auto kids = dict_get(node->body, "Kids");
  if (!kids) return unreadable();
  for (auto kid : array_items(*kids)) THIDUA_TRY(collect_pages(pdf, x, kid, depth + 1, pages));
  return {};
}

std::string hex(std::string_view bytes) {
  static const char* digits = "0123456789ABCDEF";
  std::string out;
  out.reserve(bytes.size() * 2);
  for (unsigned char c : bytes) {
    out += digits[c >> 4];
    out += digits[c & 15];
  }
  return out;
}

// A PDF text string as <FEFF...>: UTF-16BE with its byte order mark.
std::string text_string(std::string_view utf8) {
  std::string be = "\xFE\xFF";
  for (size_t i = 0; i < utf8.size();) {
    const auto c = static_cast<unsigned char>(utf8[i]);
    uint32_t cp = 0xFFFD;
    size_t len = 1;
    if (c < 0x80) {
      cp = c;
    } else if ((c >> 5) == 6 && i + 1 < utf8.size()) {
      cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(utf8[i + 1]) & 0x3Fu);
      len = 2;
    } else if ((c >> 4) == 14 && i + 2 < utf8.size()) {
      cp = ((c & 0x0Fu) << 12) | ((static_cast<unsigned char>(utf8[i + 1]) & 0x3Fu) << 6) |
           (static_cast<unsigned char>(utf8[i + 2]) & 0x3Fu);
      len = 3;
    } else if ((c >> 3) == 30 && i + 3 < utf8.size()) {
      cp = ((c & 0x07u) << 18) | ((static_cast<unsigned char>(utf8[i + 1]) & 0x3Fu) << 12) |
           ((static_cast<unsigned char>(utf8[i + 2]) & 0x3Fu) << 6) | (static_cast<unsigned char>(utf8[i + 3]) & 0x3Fu);
      len = 4;
    }
    i += len;
    auto unit = [&](uint32_t u) {
      be += static_cast<char>(u >> 8);
      be += static_cast<char>(u & 0xFF);
    };
    if (cp >= 0x10000) {
      cp -= 0x10000;
      unit(0xD800 + (cp >> 10));
      unit(0xDC00 + (cp & 0x3FF));
    } else {
      unit(cp);
    }
  }
  return "<" + hex(be) + ">";
}

std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

std::string padded(size_t v, size_t width) {
  std::string s = std::to_string(v);
  return s + std::string(width > s.size() ? width - s.size() : 0, ' ');
}

std::string xref_entry(size_t offset, int generation) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "%010zu %05d n \n", offset, generation);
  return buf;
}

}  // namespace

std::string pdf_date(std::string_view t) {
  // YYYY-MM-DDTHH:MM:SS+HH:MM
  if (t.size() != 25 || t[4] != '-' || t[7] != '-' || t[10] != 'T' || t[13] != ':' || t[16] != ':' ||
      (t[19] != '+' && t[19] != '-') || t[22] != ':') {
    return {};
  }
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 23, 24}) {
    if (!std::isdigit(static_cast<unsigned char>(t[i]))) return {};
  }
  std::string out = "D:";
  out.append(t.substr(0, 4)).append(t.substr(5, 2)).append(t.substr(8, 2));
  out.append(t.substr(11, 2)).append(t.substr(14, 2)).append(t.substr(17, 2));
  out += t[19];
  out.append(t.substr(20, 2)).append("'").append(t.substr(23, 2)).append("'");
  return out;
}

core::Result<std::string> sign_pdf(std::string_view pdf, const SignatureRequest& request, const SigningIdentity& signer) {
  auto x = read_xref(pdf);
  if (!x.ok()) return x.error();
  auto catalog = read_ref(pdf, *x, x->root);
  if (!catalog.ok()) return catalog.error();
  auto pages_ref = dict_get(catalog->body, "Pages");
  if (!pages_ref) return unreadable();
  std::vector<int> pages;
  THIDUA_TRY(collect_pages(pdf, *x, *pages_ref, 0, pages));
  if (request.page < 0 || static_cast<size_t>(request.page) >= pages.size()) {
    return core::make_error(core::errc::kValidation, msg::kSigningPdfNoPage);
  }
  auto page = read_object(pdf, *x, pages[static_cast<size_t>(request.page)]);
  if (!page.ok()) return page.error();
  const std::string time = pdf_date(request.signing_time);
  if (time.empty()) return core::make_error(core::errc::kValidation, msg::kSigningFailed);

  // Existing annotations of the page and fields of the form, kept.
  std::string annots;
  if (auto a = dict_get(page->body, "Annots")) {
    std::string_view items = *a;
    core::Result<Object> held = Object{};
    if (ref_number(items)) {
      held = read_ref(pdf, *x, items);
      if (!held.ok()) return held.error();
      items = held->body;
    }
    for (auto item : array_items(items)) annots.append(item).append(" ");
  }
  std::string fields;
  std::string acroform_rest = "<<";
  if (auto af = dict_get(catalog->body, "AcroForm")) {
    std::string_view form = *af;
    core::Result<Object> held = Object{};
    if (ref_number(form)) {
      held = read_ref(pdf, *x, form);
      if (!held.ok()) return held.error();
      form = held->body;
    }
    if (auto f = dict_get(form, "Fields")) {
      std::string_view items = *f;
      core::Result<Object> held_fields = Object{};
      if (ref_number(items)) {
        held_fields = read_ref(pdf, *x, items);
        if (!held_fields.ok()) return held_fields.error();
        items = held_fields->body;
      }
      for (auto item : array_items(items)) fields.append(item).append(" ");
    }
    auto rest = dict_open_without(form, {"Fields", "SigFlags"});
    if (!rest) return unreadable();
    acroform_rest = *rest;
  }
  auto page_rest = dict_open_without(page->body, {"Annots"});
  auto catalog_rest = dict_open_without(catalog->body, {"AcroForm"});
  if (!page_rest || !catalog_rest) return unreadable();

  const long long next = x->size;
  const long long sig_n = next, widget_n = next + 1, ap_n = next + 2;
  const double w = request.rect.x1 - request.rect.x0, h = request.rect.y1 - request.rect.y0;
  std::string out(pdf);
  if (out.empty() || out.back() != '\n') out += '\n';
  std::map<long long, std::pair<size_t, int>> written;  // object → offset, generation

  // The signature dictionary, its /ByteRange and /Contents reserved at fixed width and filled in below.
  written[sig_n] = {out.size(), 0};
  out += std::to_string(sig_n) + " 0 obj\n<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached\n";
  out += "/ByteRange [0 ";
  const size_t range_at = out.size();
  out += std::string(10, ' ') + " " + std::string(10, ' ') + " " + std::string(10, ' ') + "]\n/Contents <";
  const size_t hole_start = out.size() - 1;  // the '<'
  out += std::string(kSignatureCapacity * 2, '0');
  out += ">";
  const size_t hole_end = out.size();  // after the '>'
  out += "\n/M (" + time + ") /Name " + text_string(request.signer_name);
  if (!request.reason.empty()) out += " /Reason " + text_string(request.reason);
  if (!request.location.empty()) out += " /Location " + text_string(request.location);
  out += " >>\nendobj\n";

  written[widget_n] = {out.size(), 0};
  out += std::to_string(widget_n) + " 0 obj\n<< /Type /Annot /Subtype /Widget /FT /Sig /F 132 /T " +
         text_string(request.field_name) + " /V " + std::to_string(sig_n) + " 0 R /P " + std::to_string(page->number) +
         " " + std::to_string(page->generation) + " R /Rect [" + number(request.rect.x0) + " " + number(request.rect.y0) +
         " " + number(request.rect.x1) + " " + number(request.rect.y1) + "] /AP << /N " + std::to_string(ap_n) +
         " 0 R >> >>\nendobj\n";

  // An empty appearance: the visible mark is in the page content.
  written[ap_n] = {out.size(), 0};
  out += std::to_string(ap_n) + " 0 obj\n<< /Type /XObject /Subtype /Form /BBox [0 0 " + number(w) + " " + number(h) +
         "] /Length 0 >>\nstream\n\nendstream\nendobj\n";

  written[page->number] = {out.size(), page->generation};
  out += std::to_string(page->number) + " " + std::to_string(page->generation) + " obj\n" +
         *page_rest + " /Annots [" + annots + std::to_string(widget_n) +
         " 0 R] >>\nendobj\n";

  written[catalog->number] = {out.size(), catalog->generation};
  out += std::to_string(catalog->number) + " " + std::to_string(catalog->generation) + " obj\n" +
         *catalog_rest + " /AcroForm " + acroform_rest + " /Fields [" + fields +
         std::to_string(widget_n) + " 0 R] /SigFlags 3 >> >>\nendobj\n";

  // The cross-reference section of this update, one subsection per run of numbers.
  const size_t xref_at = out.size();
  out += "xref\n";
  for (auto it = written.begin(); it != written.end();) {
    auto run_end = it;
    size_t count = 0;
    long long expect = it->first;
    while (run_end != written.end() && run_end->first == expect) {
      ++run_end;
      ++expect;
      ++count;
    }
    out += std::to_string(it->first) + " " + std::to_string(count) + "\n";
    for (; it != run_end; ++it) out += xref_entry(it->second.first, it->second.second);
  }
  out += "trailer\n<< /Size " + std::to_string(ap_n + 1) + " /Root " + x->root;
  if (!x->info.empty()) out += " /Info " + x->info;
  out += " /Prev " + std::to_string(x->startxref) + " >>\nstartxref\n" + std::to_string(xref_at) + "\n%%EOF\n";

  // The byte range: everything but the hole, then the digest and the CMS.
  const size_t after = out.size() - hole_end;
  const std::string range = padded(hole_start, 10) + " " + padded(hole_end, 10) + " " + padded(after, 10);
  if (range.size() != 32) return core::make_error(core::errc::kStorage, msg::kSigningTooLarge);
  out.replace(range_at, range.size(), range);

  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> md(EVP_MD_CTX_new(), EVP_MD_CTX_free);
  std::string digest(kSha256Size, '\0');
  unsigned int digest_len = 0;
  if (!md || EVP_DigestInit_ex(md.get(), EVP_sha256(), nullptr) != 1 ||
      EVP_DigestUpdate(md.get(), out.data(), hole_start) != 1 ||
      EVP_DigestUpdate(md.get(), out.data() + hole_end, after) != 1 ||
      EVP_DigestFinal_ex(md.get(), reinterpret_cast<unsigned char*>(digest.data()), &digest_len) != 1) {
    return core::make_error(core::errc::kStorage, msg::kSigningFailed);
  }
  auto cms = cades_detached_signature(signer, digest);
  if (!cms.ok()) return cms.error();
  if (cms->size() > kSignatureCapacity) return core::make_error(core::errc::kStorage, msg::kSigningTooLarge);
  const std::string contents = hex(*cms);
  out.replace(hole_start + 1, contents.size(), contents);
  return out;
}

}  // namespace thidua::docs
