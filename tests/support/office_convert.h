// Converting DOCX files to PDF with LibreOffice (`soffice --headless`, Debian's
// libreoffice-writer-nogui, which scripts/setup installs) in tests, the way an
// office opens what thidua writes. LibreOffice runs with a profile of its own
// and a fontconfig that knows only Liberation Serif 2 and maps Times New Roman
// to it, so the result does not depend on the machine's other fonts. A missing
// or failing soffice is a failure of the running test, never a silent pass.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

namespace thidua::test {

// The PDF bytes of each DOCX (`name` → DOCX bytes), converted in one run;
// names are plain file names ending in ".docx". Empty on failure.
std::map<std::string, std::string> office_pdfs(const std::map<std::string, std::string>& docx_by_name);

// The words of a PDF as a reader reads them, for comparing two renderings of
// one document whose pages break at other places: pdftotext's words with the
// page numbers (a line holding only a number at the top of pages 2 and on)
// left out and words broken after a hyphen at a line's end joined again
// ("(10/11/2003-" "10/11/2023)"). A table header repeated on a new page
// counts again: compare documents whose tables fit on one page.
std::multiset<std::string> reading_words(const std::string& pdf_bytes);

}  // namespace thidua::test
