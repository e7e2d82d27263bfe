// Reading a PDF's text back in tests with `pdftotext -layout` (poppler-utils,
// which scripts/setup installs). A missing or failing pdftotext is reported as
// a failure of the running test (never a silent pass); the text is then "".
#pragma once

#include <string>
#include <string_view>

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

}  // namespace thidua::test
