#include "docs/fonts.h"

#include <fontconfig/fontconfig.h>
#include <glib.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>

#include <cstdio>
#include <cstdlib>
#include <set>

#include "core/messages_vi/documents_layout.h"

namespace thidua::docs {

namespace msg = core::messages_vi;

namespace {

constexpr const char* kFiles[] = {"LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
                                  "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf"};

// One thread's fonts: a fontconfig holding the four files only, the Pango
// font map over it, and the characters all four faces draw.
struct ThreadFonts {
  FcConfig* config = nullptr;
  PangoFontMap* map = nullptr;
  FcCharSet* coverage = nullptr;
  bool loaded = false;

  ThreadFonts() = default;
  ThreadFonts(const ThreadFonts&) = delete;
  ThreadFonts& operator=(const ThreadFonts&) = delete;
  ~ThreadFonts() { reset(); }

  void reset() {
    if (map != nullptr) g_object_unref(map);
    if (coverage != nullptr) FcCharSetDestroy(coverage);
    if (config != nullptr) FcConfigDestroy(config);
    map = nullptr;
    coverage = nullptr;
    config = nullptr;
    loaded = false;
  }

  bool load(const std::string& dir) {
    config = FcConfigCreate();
    if (config == nullptr) return false;
    for (const char* file : kFiles) {
      const std::string path = dir + "/" + file;
      if (!FcConfigAppFontAddFile(config, reinterpret_cast<const FcChar8*>(path.c_str()))) return false;
    }
    FcFontSet* set = FcConfigGetFonts(config, FcSetApplication);
    if (set == nullptr || set->nfont != static_cast<int>(std::size(kFiles))) return false;
    for (int i = 0; i < set->nfont; ++i) {
      FcChar8* family = nullptr;
      FcCharSet* chars = nullptr;
      if (FcPatternGetString(set->fonts[i], FC_FAMILY, 0, &family) != FcResultMatch ||
          std::string_view(reinterpret_cast<const char*>(family)) != kDocumentFamily ||
          FcPatternGetCharSet(set->fonts[i], FC_CHARSET, 0, &chars) != FcResultMatch) {
        return false;
      }
      FcCharSet* both = coverage == nullptr ? FcCharSetCopy(chars) : FcCharSetIntersect(coverage, chars);
      if (coverage != nullptr) FcCharSetDestroy(coverage);
      coverage = both;
    }
    map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
    if (map == nullptr || !PANGO_IS_FC_FONT_MAP(map)) return false;
    pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(map), config);
    loaded = true;
    return true;
  }
};

ThreadFonts& this_threads_fonts() {
  thread_local ThreadFonts fonts;
  return fonts;
}

core::Result<ThreadFonts*> thread_fonts() {
  // Tried again on each document until loaded: fonts installed while the
  // server runs are found without a restart.
  ThreadFonts& fonts = this_threads_fonts();
  if (!fonts.loaded) {
    fonts.reset();
    fonts.load(document_font_dir());
  }
  if (!fonts.loaded) return core::make_error(core::errc::kStorage, msg::document_font_missing(document_font_dir()));
  return &fonts;
}

bool never_drawn(gunichar c) {
  return c == '\n' || c == '\r' || c == '\t' || g_unichar_iszerowidth(c) || g_unichar_type(c) == G_UNICODE_FORMAT;
}

}  // namespace

void release_document_fonts() { this_threads_fonts().reset(); }

std::string document_font_dir() {
  const char* dir = std::getenv("THIDUA_FONT_DIR");
  return dir != nullptr && *dir != '\0' ? std::string(dir) : std::string(kDefaultFontDir);
}

core::Result<PangoContext*> document_context(cairo_t* cr) {
  auto fonts = thread_fonts();
  if (!fonts.ok()) return fonts.error();
  PangoContext* ctx = pango_font_map_create_context((*fonts)->map);
  pango_cairo_update_context(cr, ctx);
  return ctx;
}

core::Result<std::string> missing_glyphs(const std::vector<std::string_view>& texts) {
  auto fonts = thread_fonts();
  if (!fonts.ok()) return fonts.error();
  std::set<gunichar> seen;
  std::string out;
  for (const std::string_view text : texts) {
  const char* end = text.data() + text.size();
  for (const char* p = text.data(); p < end; p = g_utf8_next_char(p)) {
    if (static_cast<unsigned char>(*p) < 0x80 && *p >= 0x20 && *p != 0x7F) continue;  // printable ASCII
    const gunichar c = g_utf8_get_char(p);
    if (never_drawn(c) || FcCharSetHasChar((*fonts)->coverage, c) || !seen.insert(c).second) continue;
    char utf8[8] = {};
    g_unichar_to_utf8(c, utf8);
    char code[16];
    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
    if (!out.empty()) out += ", ";
    out += "“" + std::string(utf8) + "” (" + code + ")";
  }
  }
  return out;
}

}  // namespace thidua::docs
