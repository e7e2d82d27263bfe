#include "support/office_convert.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <sstream>

#include "support/pdf_text.h"

namespace thidua::test {

namespace fs = std::filesystem;

namespace {

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write_file(const fs::path& p, const std::string& bytes) {
  std::ofstream out(p, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

bool is_number(const std::string& s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string::npos;
}

}  // namespace

std::map<std::string, std::string> office_pdfs(const std::map<std::string, std::string>& docx_by_name) {
  std::random_device rd;
  const fs::path dir = fs::temp_directory_path() / ("thidua-office-" + std::to_string(::getpid()) + "-" + std::to_string(rd()));
  fs::create_directories(dir / "in");
  fs::create_directories(dir / "out");
  fs::create_directories(dir / "home");
  write_file(dir / "fonts.conf",
             "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig>\n"
             "  <dir>/usr/share/fonts/truetype/liberation2</dir>\n"
             "  <cachedir>" + (dir / "fc-cache").string() + "</cachedir>\n"
             "  <alias binding=\"same\"><family>Times New Roman</family><accept><family>Liberation Serif</family></accept></alias>\n"
             "</fontconfig>\n");
  std::string files;
  for (const auto& [name, bytes] : docx_by_name) {
    write_file(dir / "in" / name, bytes);
    files += " '" + (dir / "in" / name).string() + "'";
  }
  const std::string command = "cd '" + dir.string() + "' && HOME='" + (dir / "home").string() + "' FONTCONFIG_FILE='" +
                              (dir / "fonts.conf").string() +
                              "' soffice --headless --norestore --nolockcheck --convert-to pdf --outdir '" +
                              (dir / "out").string() + "'" + files + " > '" + (dir / "log").string() + "' 2>&1";
  const int status = std::system(command.c_str());
  std::map<std::string, std::string> out;
  if (status != 0) {
    ADD_FAILURE() << "soffice failed (exit " << (WIFEXITED(status) ? WEXITSTATUS(status) : -1)
                  << "; 127: not installed — scripts/setup installs libreoffice-writer-nogui):\n"
                  << read_file(dir / "log");
  } else {
    for (const auto& [name, bytes] : docx_by_name) {
      const fs::path pdf = dir / "out" / (fs::path(name).stem().string() + ".pdf");
      if (fs::exists(pdf)) {
        out[name] = read_file(pdf);
      } else {
        ADD_FAILURE() << "soffice wrote no PDF for " << name << ":\n" << read_file(dir / "log");
      }
    }
  }
  std::error_code ec;
  fs::remove_all(dir, ec);
  return out;
}

std::multiset<std::string> reading_words(const std::string& pdf_bytes) {
  const std::string text = pdf_text(pdf_bytes);
  std::vector<std::string> words;
  size_t page_start = 0;
  for (int page = 1; page_start <= text.size(); ++page) {
    size_t page_end = text.find('\f', page_start);
    if (page_end == std::string::npos) page_end = text.size();
    std::istringstream lines(text.substr(page_start, page_end - page_start));
    std::string line;
    bool first_line = true;
    while (std::getline(lines, line)) {
      std::istringstream in(line);
      std::vector<std::string> line_words;
      for (std::string w; in >> w;) line_words.push_back(w);
      if (line_words.empty()) continue;
      const bool page_number = first_line && page > 1 && line_words.size() == 1 && is_number(line_words[0]);
      first_line = false;
      if (page_number) continue;
      for (auto& w : line_words) {
        if (!words.empty() && words.back().size() > 1 && words.back().back() == '-') {
          words.back() += w;
        } else {
          words.push_back(std::move(w));
        }
      }
    }
    page_start = page_end + 1;
  }
  return {words.begin(), words.end()};
}

}  // namespace thidua::test
