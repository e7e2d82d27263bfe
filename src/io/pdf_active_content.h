// Finds what makes a PDF act when it is opened: scripts, launching programs,
// embedded files, forms that submit or import data (issue 9 #12). Evidence
// and reports are read by council members on office machines; such a file is
// refused at upload. The scan reads the file's own objects and those packed
// into compressed object streams (/Type /ObjStm, inflated within a bound);
// names written with #xx escapes are decoded first.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace thidua::io {

// The first active name found ("JavaScript", "JS", "Launch", "EmbeddedFile",
// "EmbeddedFiles", "RichMedia", "XFA", "SubmitForm", "ImportData"), or nullopt
// for a passive document. A compressed stream that will not inflate, or
// inflates beyond 64 MiB, counts as active ("ObjStm"): it cannot be checked.
std::optional<std::string> pdf_active_content(std::string_view pdf);

}  // namespace thidua::io
