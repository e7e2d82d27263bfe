#include "core/document_phrases.h"

#include <algorithm>

#include "core/blanks.h"
#include "core/latin_letters.h"
#include "core/messages_vi/documents.h"
#include "core/names.h"
#include "core/utf8.h"

namespace thidua::core {

namespace msg = messages_vi;

namespace {

// Without blanks around it, nor full stops at its end.
std::string_view trim_phrase(std::string_view s) {
  s = trim_view(s);
  while (!s.empty() && (s.back() == '.' || is_blank_char(s.back()))) s.remove_suffix(1);
  return s;
}

bool starts_with_word(std::string_view text, std::string_view word) {
  return text.substr(0, word.size()) == word && (text.size() == word.size() || text[word.size()] == ' ');
}

bool names_instrument(std::string_view part) {
  return std::any_of(std::begin(msg::kInstrumentWords), std::end(msg::kInstrumentWords),
                     [&](const char* w) { return starts_with_word(part, w); });
}

std::string cited_in_full(std::string_view part) {
  if (part.find(msg::kLawOnEmulationSymbol) != std::string_view::npos) return msg::kLawOnEmulationCited;
  if (part.find(msg::kDecree98Symbol) != std::string_view::npos) return msg::kDecree98Cited;
  return std::string(part);
}

}  // namespace

std::vector<std::string> legal_grounds(std::string_view citation) {
  std::vector<std::string> out;
  size_t from = 0;
  while (from <= citation.size()) {
    size_t to = citation.find(';', from);
    if (to == std::string_view::npos) to = citation.size();
    const std::string_view part = trim_phrase(citation.substr(from, to - from));
    if (!part.empty() && names_instrument(part)) {
      std::string cited = cited_in_full(part);
      if (std::find(out.begin(), out.end(), cited) == out.end()) out.push_back(std::move(cited));
    }
    from = to + 1;
  }
  return out;
}

std::string campaign_in_sentence(std::string_view title) {
  std::string_view t = trim_phrase(title);
  // "Phát động " in any case ("PHÁT ĐỘNG "): the capitals take as many bytes.
  const std::string_view launch = msg::kCampaignTitleLaunch;
  if (t.size() > launch.size() && t[launch.size() - 1] == ' ' &&
      fold(t.substr(0, launch.size() - 1)) == fold(launch.substr(0, launch.size() - 1))) {
    t = trim_phrase(t.substr(launch.size()));
  }
  if (t.empty()) return msg::kCampaignInSentenceDefault;
  // Left as it is when the first word is in capitals ("UBND") or the second
  // word begins with a capital too (a name: "Hà Nội ...").
  auto is_capital = [](char32_t c) { return c != utf8::kInvalid && latin::to_lower(c) != c; };
  size_t pos = 0;
  const char32_t first = utf8::decode(t, pos);
  if (first == utf8::kInvalid) return std::string(t);
  const size_t after_first = pos;
  if (pos < t.size()) {
    size_t next = pos;
    if (is_capital(utf8::decode(t, next))) return std::string(t);
  }
  if (const size_t space = t.find(' '); space != std::string_view::npos && space + 1 < t.size()) {
    size_t next = space + 1;
    if (is_capital(utf8::decode(t, next))) return std::string(t);
  }
  std::string out;
  utf8::append(out, latin::to_lower(first));
  out.append(t.substr(after_first));
  return out;
}

}  // namespace thidua::core
