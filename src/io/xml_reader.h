// A strict, bounded pull tokenizer for the XML parts of OOXML packages.
// Handles elements, attributes in either quote, the five predefined entities,
// character references, CDATA, comments and processing instructions; refuses
// DTDs (so no entity expansion), mismatched tags, unknown entities, invalid
// UTF-8, deep nesting and elements with very many attributes. Internal to io.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace thidua::io {

class XmlReader {
 public:
  enum class Event { kStart, kEnd, kText, kDone };

  // `doc` must outlive the reader.
  explicit XmlReader(std::string_view doc, std::size_t max_depth = 128,
                     std::size_t max_attributes = 64);

  // Advances to the next event. A self-closing element yields kStart then
  // kEnd. Text is delivered in one or more kText events (character data and
  // CDATA sections separately); whitespace outside the root is skipped.
  // After kDone, or after an error, further calls return the same outcome.
  // Errors are kValidation with a short Vietnamese description and offset.
  core::Result<Event> next();

  // For kStart/kEnd: the element name without namespace prefix.
  std::string_view name() const { return local_; }
  // For kText: the decoded text.
  const std::string& text() const { return text_; }
  // For kStart: the decoded value of the attribute whose local name (prefix
  // dropped) is `local`, or nullptr.
  const std::string* attribute(std::string_view local) const;
  // Number of open elements (the current kStart element included).
  std::size_t depth() const { return stack_.size(); }

 private:
  struct Attribute {
    std::string_view local;
    std::string value;
  };
  core::Error fail(const std::string& what);
  core::Result<Event> read_markup();
  core::Status decode(std::string_view raw, std::string& out);

  std::string_view doc_;
  std::size_t pos_ = 0;
  std::size_t max_depth_;
  std::size_t max_attributes_;
  bool started_ = false;
  bool seen_root_ = false;
  bool pending_end_ = false;
  bool done_ = false;
  bool failed_ = false;
  core::Error error_;
  std::vector<std::string_view> stack_;  // qualified names of open elements
  std::string_view local_;
  std::string text_;
  std::vector<Attribute> attrs_;
  std::size_t attr_count_ = 0;
};

}  // namespace thidua::io
