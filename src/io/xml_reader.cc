#include "io/xml_reader.h"

#include <cstdint>

#include "core/messages_vi/imports.h"
#include "core/names.h"
#include "core/utf8.h"

namespace thidua::io {

namespace msg = core::messages_vi;

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

bool is_name_char(char c) {
  auto u = static_cast<unsigned char>(c);
  return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
         u == '_' || u == ':' || u == '-' || u == '.' || u >= 0x80;
}

std::string_view local_part(std::string_view qname) {
  auto colon = qname.rfind(':');
  return colon == std::string_view::npos ? qname : qname.substr(colon + 1);
}

bool is_xml_char(std::uint32_t cp) {
  return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
         (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

}  // namespace

XmlReader::XmlReader(std::string_view doc, std::size_t max_depth, std::size_t max_attributes)
    : doc_(doc), max_depth_(max_depth), max_attributes_(max_attributes) {}

core::Error XmlReader::fail(const std::string& what) {
  failed_ = true;
  error_ = core::make_error(core::errc::kValidation,
                            msg::xml_invalid_at(pos_, what));
  return error_;
}

const std::string* XmlReader::attribute(std::string_view local) const {
  for (std::size_t i = 0; i < attr_count_; ++i) {
    if (attrs_[i].local == local) return &attrs_[i].value;
  }
  return nullptr;
}

core::Status XmlReader::decode(std::string_view raw, std::string& out) {
  std::size_t i = 0;
  while (i < raw.size()) {
    auto amp = raw.find('&', i);
    if (amp == std::string_view::npos) {
      out.append(raw.substr(i));
      break;
    }
    out.append(raw.substr(i, amp - i));
    auto semi = raw.find(';', amp);
    if (semi == std::string_view::npos || semi - amp > 12) {
      return fail(msg::kXmlBadAmpersand);
    }
    std::string_view ent = raw.substr(amp + 1, semi - amp - 1);
    if (ent == "amp") {
      out += '&';
    } else if (ent == "lt") {
      out += '<';
    } else if (ent == "gt") {
      out += '>';
    } else if (ent == "quot") {
      out += '"';
    } else if (ent == "apos") {
      out += '\'';
    } else if (ent.size() >= 2 && ent[0] == '#') {
      bool hex = ent[1] == 'x';
      std::string_view digits = ent.substr(hex ? 2 : 1);
      if (digits.empty() || digits.size() > 8) return fail(msg::kXmlBadCharRef);
      std::uint32_t cp = 0;
      for (char d : digits) {
        std::uint32_t v;
        if (d >= '0' && d <= '9') {
          v = static_cast<std::uint32_t>(d - '0');
        } else if (hex && d >= 'a' && d <= 'f') {
          v = static_cast<std::uint32_t>(d - 'a' + 10);
        } else if (hex && d >= 'A' && d <= 'F') {
          v = static_cast<std::uint32_t>(d - 'A' + 10);
        } else {
          return fail(msg::kXmlBadCharRef);
        }
        cp = cp * (hex ? 16 : 10) + v;
        if (cp > 0x10FFFF) return fail(msg::kXmlBadCharRef);
      }
      if (!is_xml_char(cp)) return fail(msg::kXmlBadCharRef);
      core::utf8::append(out, static_cast<char32_t>(cp));
    } else {
      return fail(msg::kXmlEntityUnsupported);
    }
    i = semi + 1;
  }
  return {};
}

core::Result<XmlReader::Event> XmlReader::next() {
  if (failed_) return error_;
  if (done_) return Event::kDone;
  if (!started_) {
    started_ = true;
    if (doc_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
    if (!core::is_valid_utf8(doc_)) return fail(msg::kXmlNotUtf8);
  }
  if (pending_end_) {
    pending_end_ = false;
    stack_.pop_back();
    attr_count_ = 0;
    return Event::kEnd;
  }
  while (true) {
    if (pos_ >= doc_.size()) {
      if (!stack_.empty()) {
        return fail(msg::xml_tag_not_closed(stack_.back()));
      }
      if (!seen_root_) return fail(msg::kXmlEmpty);
      done_ = true;
      return Event::kDone;
    }
    if (doc_[pos_] == '<') {
      // Comments and processing instructions are skipped in this loop so
      // that long runs of them cannot deepen the call stack.
      std::string_view rest = doc_.substr(pos_);
      if (rest.substr(0, 4) == "<!--") {
        auto end = doc_.find("-->", pos_ + 4);
        if (end == std::string_view::npos) return fail(msg::kXmlCommentNotClosed);
        pos_ = end + 3;
        continue;
      }
      if (rest.substr(0, 2) == "<?") {
        auto end = doc_.find("?>", pos_ + 2);
        if (end == std::string_view::npos) return fail(msg::kXmlPiNotClosed);
        pos_ = end + 2;
        continue;
      }
      return read_markup();
    }
    // Character data up to the next '<'.
    auto lt = doc_.find('<', pos_);
    if (lt == std::string_view::npos) lt = doc_.size();
    std::string_view raw = doc_.substr(pos_, lt - pos_);
    if (stack_.empty()) {
      for (char c : raw) {
        if (!is_space(c)) return fail(msg::kXmlTextOutsideRoot);
      }
      pos_ = lt;
      continue;
    }
    text_.clear();
    THIDUA_TRY(decode(raw, text_));
    pos_ = lt;
    return Event::kText;
  }
}

core::Result<XmlReader::Event> XmlReader::read_markup() {
  std::string_view rest = doc_.substr(pos_);
  if (rest.substr(0, 9) == "<![CDATA[") {
    if (stack_.empty()) return fail(msg::kXmlCdataOutsideRoot);
    auto end = doc_.find("]]>", pos_ + 9);
    if (end == std::string_view::npos) return fail(msg::kXmlCdataNotClosed);
    text_.assign(doc_.substr(pos_ + 9, end - pos_ - 9));
    pos_ = end + 3;
    return Event::kText;
  }
  if (rest.substr(0, 2) == "<!") return fail(msg::kXmlDtdUnsupported);
  if (rest.substr(0, 2) == "</") {
    std::size_t p = pos_ + 2;
    std::size_t start = p;
    while (p < doc_.size() && is_name_char(doc_[p])) ++p;
    std::string_view qname = doc_.substr(start, p - start);
    while (p < doc_.size() && is_space(doc_[p])) ++p;
    if (p >= doc_.size() || doc_[p] != '>') return fail(msg::kXmlBadEndTag);
    if (stack_.empty() || stack_.back() != qname) {
      return fail(msg::xml_end_tag_mismatch(qname));
    }
    stack_.pop_back();
    local_ = local_part(qname);
    attr_count_ = 0;
    pos_ = p + 1;
    return Event::kEnd;
  }
  // Start tag.
  std::size_t p = pos_ + 1;
  std::size_t start = p;
  while (p < doc_.size() && is_name_char(doc_[p])) ++p;
  std::string_view qname = doc_.substr(start, p - start);
  if (qname.empty()) return fail(msg::kXmlBadTagName);
  if (stack_.empty() && seen_root_) return fail(msg::kXmlManyRoots);
  if (stack_.size() >= max_depth_) return fail(msg::kXmlTooDeep);
  attr_count_ = 0;
  bool self_closing = false;
  while (true) {
    std::size_t before = p;
    while (p < doc_.size() && is_space(doc_[p])) ++p;
    if (p >= doc_.size()) {
      pos_ = p;
      return fail(msg::xml_tag_not_closed(qname));
    }
    if (doc_[p] == '>') {
      ++p;
      break;
    }
    if (doc_[p] == '/') {
      if (p + 1 < doc_.size() && doc_[p + 1] == '>') {
        self_closing = true;
        p += 2;
        break;
      }
      pos_ = p;
      return fail(msg::kXmlBadTag);
    }
    if (p == before) {
      pos_ = p;
      return fail(msg::kXmlNoSpaceBetweenAttributes);
    }
    std::size_t name_start = p;
    while (p < doc_.size() && is_name_char(doc_[p])) ++p;
    std::string_view attr_name = doc_.substr(name_start, p - name_start);
    while (p < doc_.size() && is_space(doc_[p])) ++p;
    if (attr_name.empty() || p >= doc_.size() || doc_[p] != '=') {
      pos_ = p;
      return fail(msg::kXmlBadAttribute);
    }
    ++p;
    while (p < doc_.size() && is_space(doc_[p])) ++p;
    if (p >= doc_.size() || (doc_[p] != '"' && doc_[p] != '\'')) {
      pos_ = p;
      return fail(msg::kXmlAttributeUnquoted);
    }
    char quote = doc_[p];
    auto close = doc_.find(quote, p + 1);
    if (close == std::string_view::npos) {
      pos_ = p;
      return fail(msg::kXmlAttributeNotClosed);
    }
    std::string_view raw = doc_.substr(p + 1, close - p - 1);
    if (raw.find('<') != std::string_view::npos) {
      pos_ = p;
      return fail(msg::kXmlAttributeHasLt);
    }
    if (attr_count_ >= max_attributes_) {
      pos_ = p;
      return fail(msg::kXmlTooManyAttributes);
    }
    if (attrs_.size() <= attr_count_) attrs_.emplace_back();
    Attribute& a = attrs_[attr_count_++];
    a.local = local_part(attr_name);
    a.value.clear();
    pos_ = p;
    THIDUA_TRY(decode(raw, a.value));
    p = close + 1;
  }
  pos_ = p;
  seen_root_ = true;
  stack_.push_back(qname);
  local_ = local_part(qname);
  if (self_closing) pending_end_ = true;
  return Event::kStart;
}

}  // namespace thidua::io
