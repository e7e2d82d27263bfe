// The layers' dependency rules (docs/style.md "Dependencies point inward";
// docs/architecture.md), checked on the sources: which folders each folder's
// files may include from, that the web layer never names a storage type, and
// that the two web surfaces (pages, API) do not include each other.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

const fs::path kSrc = fs::path(THIDUA_SOURCE_DIR) / "src";

// The project folders a layer's files may include from (its own included).
const std::map<std::string, std::set<std::string>> kAllowed = {
    {"core", {"core"}},
    {"store", {"core", "store"}},
    {"io", {"core", "io"}},
    {"docs", {"core", "docs"}},
    {"app", {"core", "store", "io", "docs", "app"}},
    {"mail", {"core", "store", "app", "mail"}},
    {"web", {"core", "app", "docs", "web"}},
    {"cli", {"core", "store", "app", "mail", "web", "cli", "io", "docs"}},
};

struct Source {
  std::string rel;  // relative to src/
  std::string text;
};

std::vector<Source> sources() {
  std::vector<Source> out;
  for (const auto& e : fs::recursive_directory_iterator(kSrc)) {
    if (!e.is_regular_file()) continue;
    const auto ext = e.path().extension();
    if (ext != ".h" && ext != ".cc") continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    out.push_back({fs::relative(e.path(), kSrc).generic_string(), text.str()});
  }
  return out;
}

// The project headers a file includes ("web/ui/x.h"), in order.
std::vector<std::string> includes(const std::string& text) {
  static const std::regex re(R"re(^\s*#\s*include\s+"([^"]+)")re", std::regex::multiline);
  std::vector<std::string> out;
  for (std::sregex_iterator it(text.begin(), text.end(), re), end; it != end; ++it) out.push_back((*it)[1]);
  return out;
}

std::string top(const std::string& path) { return path.substr(0, path.find('/')); }

// The code of a file without its comments and string literals, so that a
// comment may name a layer or a type.
std::string code_only(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 2, "//") == 0) {
      while (i < text.size() && text[i] != '\n') ++i;
      out += '\n';
    } else if (text.compare(i, 2, "/*") == 0) {
      i = text.find("*/", i + 2);
      if (i == std::string::npos) break;
      ++i;
    } else if (text[i] == '"') {
      for (++i; i < text.size() && text[i] != '"'; ++i) {
        if (text[i] == '\\') ++i;
      }
    } else {
      out += text[i];
    }
  }
  return out;
}

TEST(LayeringTest, TheSourcesAreFound) {
  const auto all = sources();
  EXPECT_GT(all.size(), 300u);
  for (const auto& s : all) EXPECT_TRUE(kAllowed.count(top(s.rel))) << s.rel << ": a folder the rules do not know";
}

TEST(LayeringTest, EveryIncludeIsFromAnAllowedLayer) {
  for (const auto& s : sources()) {
    const auto allowed = kAllowed.find(top(s.rel));
    if (allowed == kAllowed.end()) continue;
    for (const auto& inc : includes(s.text)) {
      if (inc.find('/') == std::string::npos) continue;  // generated headers beside the file
      EXPECT_TRUE(allowed->second.count(top(inc))) << s.rel << " includes " << inc;
    }
  }
}

TEST(LayeringTest, TheWebLayerNamesNoStorageType) {
  for (const auto& s : sources()) {
    if (top(s.rel) != "web") continue;
    EXPECT_EQ(code_only(s.text).find("store::"), std::string::npos) << s.rel << " names a store:: type";
  }
}

TEST(LayeringTest, PagesAndApiDoNotIncludeEachOther) {
  for (const auto& s : sources()) {
    const bool ui = s.rel.rfind("web/ui/", 0) == 0;
    const bool api = s.rel.rfind("web/api/", 0) == 0;
    const bool shared = s.rel.rfind("web/shared/", 0) == 0;
    for (const auto& inc : includes(s.text)) {
      if (ui || shared) {
        EXPECT_NE(inc.rfind("web/api/", 0), 0u) << s.rel << " includes " << inc;
      }
      if (api || shared) {
        EXPECT_NE(inc.rfind("web/ui/", 0), 0u) << s.rel << " includes " << inc;
      }
    }
  }
}

}  // namespace
