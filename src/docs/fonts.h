// The one font family every PDF is drawn with, pinned: Liberation Serif 2
// (Debian's fonts-liberation2; the metric twin of Times New Roman that Decree
// 30/2020 names, with the whole Vietnamese alphabet), read from its four files
// and nothing else. Pango draws through a font map of its own whose fontconfig
// knows only these files, so a document never falls back to another font,
// whatever fonts the machine has; a character the family lacks is refused
// (missing_glyphs) rather than drawn as a box.
//
// The files are looked for in $THIDUA_FONT_DIR when it is set, otherwise in
// kDefaultFontDir. Each thread loads them on its first document and keeps
// them (Pango font maps are not shared between threads); while they are
// missing, each document tries again, so fonts installed later are found
// without a restart.
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace thidua::docs {

inline constexpr const char* kDocumentFamily = "Liberation Serif";
inline constexpr const char* kDefaultFontDir = "/usr/share/fonts/truetype/liberation2";

// The folder the files are read from (see above).
std::string document_font_dir();

// A new Pango context drawing on `cr` with the pinned family only (the
// caller unrefs it), or kStorage naming the folder when a file is missing or
// unreadable.
core::Result<PangoContext*> document_context(cairo_t* cr);

// The characters of `texts` (valid UTF-8) that the family has no glyph for,
// each once in order of first appearance, written for a message ("“中” (U+4E2D)");
// "" when every character prints. Line breaks, tabs and zero-width characters
// are not drawn and never count. Loads the fonts like document_context().
core::Result<std::string> missing_glyphs(const std::vector<std::string_view>& texts);

// Releases the calling thread's fonts (a thread's are released when it ends);
// the next document loads them again. For leak checks at the end of a test.
void release_document_fonts();

}  // namespace thidua::docs
