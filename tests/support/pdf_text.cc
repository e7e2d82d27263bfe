#include "support/pdf_text.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sys/wait.h>

namespace thidua::test {

std::string pdf_file_text(const std::string& path) {
  std::string out;
  FILE* p = popen(("pdftotext -layout '" + path + "' - 2>/dev/null").c_str(), "r");
  if (p == nullptr) {
    ADD_FAILURE() << "pdftotext could not be started";
    return out;
  }
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  const int status = pclose(p);
  if (status != 0) {
    ADD_FAILURE() << "pdftotext failed on " << path << " (exit " << (WIFEXITED(status) ? WEXITSTATUS(status) : -1)
                  << "; 127: not installed — scripts/setup installs poppler-utils)";
    return {};
  }
  return out;
}

std::string pdf_text(std::string_view pdf_bytes) {
  std::random_device rd;
  const auto path =
      std::filesystem::temp_directory_path() / ("thidua-pdf-" + std::to_string(rd()) + std::to_string(rd()) + ".pdf");
  {
    std::ofstream out(path, std::ios::binary);
    out.write(pdf_bytes.data(), static_cast<std::streamsize>(pdf_bytes.size()));
  }
  std::string text = pdf_file_text(path.string());
  std::error_code ec;
  std::filesystem::remove(path, ec);
  return text;
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

}  // namespace thidua::test
