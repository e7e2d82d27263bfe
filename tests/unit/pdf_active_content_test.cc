// io/pdf_active_content.h: PDFs that act when opened are found, however their
// names are written or packed; passive documents pass.
#include "io/pdf_active_content.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <string>

namespace thidua::io {
namespace {

const std::string kPassive =
    "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction [3 0 R /Fit] >> endobj\n"
    "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
    "3 0 obj << /Type /Page /Parent 2 0 R /Annots [<< /Subtype /Link /A << /S /URI /URI (https://tnmt.bacgiang.gov.vn) >> >>] >> endobj\n"
    "trailer << /Root 1 0 R >>\n%%EOF\n";

std::string deflate(const std::string& in) {
  uLongf size = compressBound(in.size());
  std::string out(size, '\0');
  EXPECT_EQ(compress(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(in.data()), in.size()),
            Z_OK);
  out.resize(size);
  return out;
}

TEST(PdfActiveContentTest, APassiveDocumentWithLinksAndAnOpenActionPasses) {
  EXPECT_EQ(pdf_active_content(kPassive), std::nullopt);
}

TEST(PdfActiveContentTest, ScriptsLaunchesAndEmbeddedFilesAreFound) {
  EXPECT_EQ(pdf_active_content("%PDF-1.4\n1 0 obj << /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj"),
            "JavaScript");
  EXPECT_EQ(pdf_active_content("%PDF-1.4\n1 0 obj<</AA<</O<</S/Launch/F(cmd.exe)>>>>>>endobj"), "Launch");
  EXPECT_EQ(pdf_active_content("%PDF-1.4\n1 0 obj << /Names << /EmbeddedFiles 5 0 R >> >> endobj"), "EmbeddedFiles");
  EXPECT_EQ(pdf_active_content("%PDF-1.4\n1 0 obj << /AcroForm << /XFA 7 0 R >> >> endobj"), "XFA");
}

TEST(PdfActiveContentTest, EscapedNamesAreDecoded) {
  EXPECT_EQ(pdf_active_content("%PDF-1.4\n1 0 obj << /S /J#61vaScript /J#53 (x) >> endobj"), "JavaScript");
}

TEST(PdfActiveContentTest, NamesPackedInCompressedObjectStreamsAreFound) {
  const std::string packed = deflate("4 0 << /S /JavaScript /JS (app.alert(1)) >>");
  const std::string pdf = "%PDF-1.5\n9 0 obj << /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length " +
                          std::to_string(packed.size()) + " >>\nstream\n" + packed + "\nendstream\nendobj\n" +
                          "trailer << /Root 1 0 R >>\n%%EOF\n";
  EXPECT_EQ(pdf_active_content(pdf), "JavaScript");
  const std::string benign = deflate("4 0 << /Type /Page /Parent 2 0 R >>");
  EXPECT_EQ(pdf_active_content("%PDF-1.5\n9 0 obj << /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode >>\nstream\n" +
                               benign + "\nendstream\nendobj\n"),
            std::nullopt);
}

TEST(PdfActiveContentTest, AnObjectStreamThatCannotBeCheckedCountsAsActive) {
  EXPECT_EQ(pdf_active_content("%PDF-1.5\n9 0 obj << /Type /ObjStm /Filter /FlateDecode >>\nstream\nkhong phai zlib\nendstream\nendobj\n"),
            "ObjStm");
  EXPECT_EQ(pdf_active_content("%PDF-1.5\n9 0 obj << /Type /ObjStm /Filter /ASCII85Decode >>\nstream\n<~~>\nendstream\nendobj\n"),
            "ObjStm");
}

}  // namespace
}  // namespace thidua::io
