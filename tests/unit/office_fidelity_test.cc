// What an office sees (issue 12): every DOCX thidua writes, opened and
// printed to PDF by LibreOffice, reads word for word as thidua's own PDF of
// the same document (whitespace, line and page breaks aside), and is drawn in
// Liberation Serif only, all embedded. This is how a font without the
// Vietnamese letters showed: LibreOffice split the words ("S ở", "nhi ệm v ụ").
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>

#include "docs/docx_writer.h"
#include "docs/pdf_writer.h"
#include "sample_documents.h"
#include "support/office_convert.h"
#include "support/pdf_text.h"

namespace thidua::app {
namespace {

namespace fs = std::filesystem;

std::string read_all(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

using samples::documents;

TEST(OfficeFidelity, LibreOfficeReadsEveryDocxAsThePdfReads) {
  const fs::path dir = fs::temp_directory_path() / ("thidua-fidelity-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::map<std::string, std::string> docx, pdf;
  for (const auto& [name, doc] : documents()) {
    const fs::path d = dir / (name + ".docx"), p = dir / (name + ".pdf");
    ASSERT_TRUE(docs::write_docx(doc, d.string()).ok()) << name;
    ASSERT_TRUE(docs::write_pdf(doc, p.string()).ok()) << name;
    docx[name + ".docx"] = read_all(d);
    pdf[name] = read_all(p);
  }
  const auto converted = test::office_pdfs(docx);
  ASSERT_EQ(converted.size(), docx.size());
  for (const auto& [name, ours] : pdf) {
    const std::string& office = converted.at(name + ".docx");
    test::expect_document_fonts(office, name + ".docx in LibreOffice");
    const auto expected = test::reading_words(ours);
    const auto got = test::reading_words(office);
    ASSERT_FALSE(expected.empty()) << name;
    std::multiset<std::string> missing, extra;
    std::set_difference(expected.begin(), expected.end(), got.begin(), got.end(), std::inserter(missing, missing.end()));
    std::set_difference(got.begin(), got.end(), expected.begin(), expected.end(), std::inserter(extra, extra.end()));
    EXPECT_TRUE(missing.empty() && extra.empty())
        << name << ": only in thidua's PDF: " << ::testing::PrintToString(missing)
        << "; only in LibreOffice's: " << ::testing::PrintToString(extra);
  }
  fs::remove_all(dir);
}

}  // namespace
}  // namespace thidua::app
