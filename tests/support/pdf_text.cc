#include "support/pdf_text.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <sys/wait.h>

namespace thidua::test {

namespace {

// The standard output of a poppler tool run on `path` (`tool` holds its
// options; `after` what follows the file name), or "" with a failure of the
// running test.
std::string run_poppler(const std::string& tool, const std::string& path, const std::string& after = "") {
  std::string out;
  FILE* p = popen((tool + " '" + path + "'" + after + " 2>/dev/null").c_str(), "r");
  if (p == nullptr) {
    ADD_FAILURE() << tool << " could not be started";
    return out;
  }
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  const int status = pclose(p);
  if (status != 0) {
    ADD_FAILURE() << tool << " failed on " << path << " (exit " << (WIFEXITED(status) ? WEXITSTATUS(status) : -1)
                  << "; 127: not installed — scripts/setup installs poppler-utils)";
    return {};
  }
  return out;
}

// `pdf_bytes` in a temporary file for as long as `read` runs.
template <class Read>
auto with_pdf_file(std::string_view pdf_bytes, Read read) {
  std::random_device rd;
  const auto path =
      std::filesystem::temp_directory_path() / ("thidua-pdf-" + std::to_string(rd()) + std::to_string(rd()) + ".pdf");
  {
    std::ofstream out(path, std::ios::binary);
    out.write(pdf_bytes.data(), static_cast<std::streamsize>(pdf_bytes.size()));
  }
  auto result = read(path.string());
  std::error_code ec;
  std::filesystem::remove(path, ec);
  return result;
}

}  // namespace

std::string pdf_file_text(const std::string& path) { return run_poppler("pdftotext -layout", path, " -"); }

std::string pdf_text(std::string_view pdf_bytes) {
  return with_pdf_file(pdf_bytes, [](const std::string& path) { return pdf_file_text(path); });
}

std::vector<PdfFont> pdf_fonts(std::string_view pdf_bytes) {
  const std::string listing = with_pdf_file(pdf_bytes, [](const std::string& path) {
    return run_poppler("pdffonts", path);
  });
  std::vector<PdfFont> fonts;
  std::istringstream lines(listing);
  std::string line;
  int n = 0;
  while (std::getline(lines, line)) {
    if (++n <= 2 || line.empty()) continue;  // the column titles and their rule
    std::istringstream words(line);
    std::vector<std::string> w;
    for (std::string word; words >> word;) w.push_back(word);
    if (w.size() < 6) continue;
    PdfFont f;
    f.name = w[0];
    if (const auto plus = f.name.find('+'); plus == 6) f.name = f.name.substr(plus + 1);
    f.embedded = w[w.size() - 5] == "yes";  // emb sub uni, then the object id's two numbers
    fonts.push_back(std::move(f));
  }
  return fonts;
}

std::vector<PdfWord> pdf_words_with_boxes(std::string_view pdf_bytes) {
  const std::string xhtml = with_pdf_file(pdf_bytes, [](const std::string& path) {
    return run_poppler("pdftotext -bbox", path, " -");
  });
  std::vector<PdfWord> out;
  int page = 0;
  auto attr = [](const std::string& tag, const std::string& name) {
    const size_t v = tag.find(" " + name + "=\"");
    return v == std::string::npos ? 0.0 : std::stod(tag.substr(v + name.size() + 3));
  };
  for (size_t at = xhtml.find('<'); at != std::string::npos; at = xhtml.find('<', at + 1)) {
    if (xhtml.compare(at, 6, "<page ") == 0) {
      ++page;
    } else if (xhtml.compare(at, 6, "<word ") == 0) {
      const size_t close = xhtml.find('>', at);
      const size_t end = xhtml.find("</word>", close);
      if (close == std::string::npos || end == std::string::npos) break;
      const std::string tag = xhtml.substr(at, close - at);
      PdfWord w{page, xhtml.substr(close + 1, end - close - 1), attr(tag, "xMin"), attr(tag, "yMin"), attr(tag, "xMax"),
                attr(tag, "yMax")};
      // The few entities pdftotext writes in words.
      for (const auto& [entity, ch] : {std::pair<std::string, std::string>{"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"},
                                       {"&quot;", "\""}, {"&apos;", "'"}}) {
        for (size_t e = w.text.find(entity); e != std::string::npos; e = w.text.find(entity, e + 1)) {
          w.text.replace(e, entity.size(), ch);
        }
      }
      out.push_back(std::move(w));
    }
  }
  return out;
}

void expect_document_fonts(std::string_view pdf_bytes, const std::string& what) {
  const auto fonts = pdf_fonts(pdf_bytes);
  EXPECT_FALSE(fonts.empty()) << what << ": no font listed";
  for (const auto& f : fonts) {
    EXPECT_EQ(f.name.rfind("LiberationSerif", 0), 0u) << what << ": font " << f.name;
    EXPECT_TRUE(f.embedded) << what << ": " << f.name << " not embedded";
  }
}

std::string collapse_spaces(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r') {
      space = true;
    } else {
      if (space && !out.empty()) out += ' ';
      space = false;
      out += c;
    }
  }
  return out;
}

std::string pdfsig_report(std::string_view pdf_bytes) {
  return with_pdf_file(pdf_bytes, [](const std::string& path) {
    std::string out;
    FILE* p = popen(("pdfsig '" + path + "' 2>&1").c_str(), "r");
    if (p == nullptr) {
      ADD_FAILURE() << "pdfsig could not be started";
      return out;
    }
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    pclose(p);
    if (out.find("not found") != std::string::npos && out.size() < 200) {
      ADD_FAILURE() << "pdfsig is not installed (scripts/setup installs poppler-utils): " << out;
    }
    return out;
  });
}

size_t occurrences(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); !what.empty() && at != std::string::npos; at = text.find(what, at + what.size())) {
    ++n;
  }
  return n;
}

}  // namespace thidua::test
