// Reading a PDF's text back in tests with `pdftotext -layout` (poppler-utils,
// which scripts/setup installs). A missing or failing pdftotext is reported as
// a failure of the running test (never a silent pass); the text is then "".
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace thidua::test {

// The text of a PDF held in memory, as pdftotext -layout prints it (pages
// separated by form feeds).
std::string pdf_text(std::string_view pdf_bytes);

// The same for a PDF file.
std::string pdf_file_text(const std::string& path);

// Runs of whitespace collapsed to one space, none at the ends: justified text
// compares by words.
std::string collapse_spaces(std::string_view text);

// pdf_text with whitespace collapsed.
inline std::string pdf_words(std::string_view pdf_bytes) { return collapse_spaces(pdf_text(pdf_bytes)); }

// One font of a PDF as `pdffonts` lists it: its name without the subset
// prefix ("LiberationSerif-Bold") and whether it is embedded.
struct PdfFont {
  std::string name;
  bool embedded = false;
};
std::vector<PdfFont> pdf_fonts(std::string_view pdf_bytes);

// One word of a PDF with its box in points from the page's top left, as
// `pdftotext -bbox` gives it; `page` counts from 1.
struct PdfWord {
  int page = 0;
  std::string text;
  double x_min = 0, y_min = 0, x_max = 0, y_max = 0;
};
std::vector<PdfWord> pdf_words_with_boxes(std::string_view pdf_bytes);

// The documents' font rule (docs/fonts.h): at least one font, and every font
// a Liberation Serif face, embedded. Reported as failures of the running
// test, naming `what`.
void expect_document_fonts(std::string_view pdf_bytes, const std::string& what);

// What poppler's pdfsig says about `pdf_bytes` (standard output and error,
// whatever its exit status: it reports unsigned files and bad digests too).
std::string pdfsig_report(std::string_view pdf_bytes);

// How many times `what` occurs in `text` (counting signatures in a report:
// "Signature is Valid.", "Signer Certificate Common Name: …").
size_t occurrences(const std::string& text, const std::string& what);

}  // namespace thidua::test
