// The house rule "Vietnamese text lives in templates and one message
// catalogue, never scattered in code" (docs/style.md), checked on the sources:
// no string literal in src/**/*.cc|h outside src/core/messages_vi/ may hold a
// Vietnamese letter. The letter tables used for text processing are exempt.
#include <gtest/gtest.h>

#include <cctype>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

// Files allowed to hold Vietnamese letters in literals, relative to src/.
const std::vector<std::string> kExempt = {
    "core/messages_vi/",          // the catalogue itself
    "core/vietnamese_letters.cc",  // letter tables for search and sorting
    "core/latin_letters.cc",
    "core/latin_letters.h",
};

// True for a code point that only Vietnamese (or another language's) text
// would hold: precomposed Latin letters with diacritics, combining marks.
bool is_accented_letter(uint32_t c) {
  if (c == 0xD7 || c == 0xF7) return false;  // × and ÷
  return (c >= 0xC0 && c <= 0x24F) || (c >= 0x300 && c <= 0x36F) || (c >= 0x1EA0 && c <= 0x1EF9);
}

bool has_accented_letter(const std::string& s) {
  for (size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    uint32_t c = b;
    size_t len = 1;
    if (b >= 0xF0) {
      len = 4;
      c = b & 0x07;
    } else if (b >= 0xE0) {
      len = 3;
      c = b & 0x0F;
    } else if (b >= 0xC0) {
      len = 2;
      c = b & 0x1F;
    }
    for (size_t k = 1; k < len && i + k < s.size(); ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    if (len > 1 && is_accented_letter(c)) return true;
    i += len;
  }
  return false;
}

struct Literal {
  int line;
  std::string text;
};

// The string literals of a C++ source (comments and character literals
// skipped; raw strings understood).
std::vector<Literal> string_literals(const std::string& src) {
  std::vector<Literal> out;
  int line = 1;
  size_t i = 0;
  const size_t n = src.size();
  auto count_lines = [&](size_t from, size_t to) {
    for (size_t k = from; k < to && k < n; ++k) line += src[k] == '\n';
  };
  while (i < n) {
    const char c = src[i];
    if (c == '\n') {
      ++line;
      ++i;
    } else if (c == '/' && i + 1 < n && src[i + 1] == '/') {
      while (i < n && src[i] != '\n') ++i;
    } else if (c == '/' && i + 1 < n && src[i + 1] == '*') {
      const size_t end = src.find("*/", i + 2);
      const size_t stop = end == std::string::npos ? n : end + 2;
      count_lines(i, stop);
      i = stop;
    } else if (c == 'R' && i + 1 < n && src[i + 1] == '"' &&
               (i == 0 || !(std::isalnum(static_cast<unsigned char>(src[i - 1])) || src[i - 1] == '_') ||
                src[i - 1] == '8' || src[i - 1] == 'u' || src[i - 1] == 'U' || src[i - 1] == 'L')) {
      const size_t open = src.find('(', i + 2);
      if (open == std::string::npos) break;
      const std::string close = ")" + src.substr(i + 2, open - i - 2) + "\"";
      const size_t end = src.find(close, open + 1);
      const size_t stop = end == std::string::npos ? n : end + close.size();
      out.push_back({line, src.substr(open + 1, (end == std::string::npos ? n : end) - open - 1)});
      count_lines(i, stop);
      i = stop;
    } else if (c == '"') {
      std::string text;
      size_t k = i + 1;
      while (k < n && src[k] != '"' && src[k] != '\n') {
        if (src[k] == '\\' && k + 1 < n) {
          text += src[k];
          ++k;
        }
        text += src[k];
        ++k;
      }
      out.push_back({line, text});
      i = k + 1;
    } else if (c == '\'') {
      // A character literal (or a digit separator: 1'000 — then it is one char).
      size_t k = i + 1;
      if (k < n && src[k] == '\\') k += 2;
      else ++k;
      while (k < n && src[k] != '\'' && src[k] != '\n' && k - i < 12) ++k;
      i = (k < n && src[k] == '\'') ? k + 1 : i + 1;
    } else {
      ++i;
    }
  }
  return out;
}

TEST(MessageCatalogueTest, TheScannerFindsLiteralsAndSkipsComments) {
  const std::string src =
      "// \"Tiếng Việt\" in a comment\n"
      "/* \"Đợt thi đua\" in a block\n comment */\n"
      "const char* a = \"plain\";\n"
      "const char* b = \"Hội đồng\"; char q = '\"';\n"
      "auto c = R\"x(Quyết \"định\")x\";\n"
      "int d = 1'000; auto e = \"tail \\\" Ủy\";\n";
  const auto lits = string_literals(src);
  ASSERT_EQ(lits.size(), 4u);
  EXPECT_EQ(lits[0].text, "plain");
  EXPECT_FALSE(has_accented_letter(lits[0].text));
  EXPECT_EQ(lits[1].line, 5);
  EXPECT_TRUE(has_accented_letter(lits[1].text));
  EXPECT_EQ(lits[2].text, "Quyết \"định\"");
  EXPECT_EQ(lits[2].line, 6);
  EXPECT_EQ(lits[3].line, 7);
  EXPECT_TRUE(has_accented_letter(lits[3].text));
  EXPECT_FALSE(has_accented_letter("a – b … × ÷ 5°"));
  EXPECT_TRUE(has_accented_letter("đ"));
  EXPECT_TRUE(has_accented_letter("e\xCC\x81"));  // e + combining acute (NFD)
}

TEST(MessageCatalogueTest, NoVietnameseTextOutsideTheCatalogue) {
  const fs::path root = fs::path(THIDUA_SOURCE_DIR) / "src";
  ASSERT_TRUE(fs::is_directory(root)) << root;
  std::vector<std::string> offenders;
  size_t scanned = 0;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file()) continue;
    const std::string ext = entry.path().extension().string();
    if (ext != ".cc" && ext != ".h") continue;
    const std::string rel = fs::relative(entry.path(), root).generic_string();
    bool exempt = false;
    for (const auto& e : kExempt) exempt = exempt || rel.rfind(e, 0) == 0;
    if (exempt) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    ++scanned;
    for (const auto& lit : string_literals(buf.str())) {
      if (has_accented_letter(lit.text)) offenders.push_back(rel + ":" + std::to_string(lit.line) + ": \"" + lit.text + "\"");
    }
  }
  EXPECT_GT(scanned, 100u) << "the scan saw too few files: is THIDUA_SOURCE_DIR right?";
  std::string list;
  for (size_t k = 0; k < offenders.size() && k < 40; ++k) list += "\n  " + offenders[k];
  EXPECT_TRUE(offenders.empty()) << offenders.size()
                                 << " literal(s) with Vietnamese text outside src/core/messages_vi/:" << list;
}

}  // namespace
