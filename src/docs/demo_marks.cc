#include "docs/demo_marks.h"

#include <cairo.h>
#include <glib.h>
#include <pango/pangocairo.h>

#include <cmath>
#include <memory>
#include <vector>

#include "core/messages_vi/signing.h"
#include "docs/fonts.h"

namespace thidua::docs {

namespace msg = core::messages_vi;

namespace {

struct Canvas {
  cairo_surface_t* surface = nullptr;
  cairo_t* cr = nullptr;
  PangoContext* ctx = nullptr;
  Canvas(int w, int h) {
    surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, w, h);
    cr = cairo_create(surface);
  }
  ~Canvas() {
    if (ctx != nullptr) g_object_unref(ctx);
    cairo_destroy(cr);
    cairo_surface_destroy(surface);
  }
  Canvas(const Canvas&) = delete;
  Canvas& operator=(const Canvas&) = delete;
};

// One character's layout (UTF-8 `text` from `at`, one code point).
PangoLayout* glyph(PangoContext* ctx, const std::string& ch, double size, bool bold, bool italic) {
  PangoLayout* l = pango_layout_new(ctx);
  PangoFontDescription* fd = pango_font_description_from_string(kDocumentFamily);
  pango_font_description_set_absolute_size(fd, size * PANGO_SCALE);
  if (bold) pango_font_description_set_weight(fd, PANGO_WEIGHT_BOLD);
  if (italic) pango_font_description_set_style(fd, PANGO_STYLE_ITALIC);
  pango_layout_set_font_description(l, fd);
  pango_font_description_free(fd);
  pango_layout_set_text(l, ch.c_str(), -1);
  return l;
}

std::vector<std::string> code_points(const std::string& text) {
  std::vector<std::string> out;
  for (const char* p = text.c_str(); *p != '\0';) {
    const char* next = g_utf8_next_char(p);
    out.emplace_back(p, next);
    p = next;
  }
  return out;
}

// Sets `text` along a circle of `radius` about (cx, cy), centred at the top
// (`top`) or the bottom, upright letters reading left to right, at `size`
// or smaller so that it spans at most `max_span` radians.
void arc_text(Canvas& c, const std::string& text, double cx, double cy, double radius, double size, bool top,
              double max_span) {
  std::vector<std::pair<PangoLayout*, double>> letters;
  double total = 0, used = size;
  // Set at `size`, then smaller when the text would run past `max_span` radians.
  for (int pass = 0; pass < 2; ++pass) {
    for (auto& [l, w] : letters) g_object_unref(l);
    letters.clear();
    total = 0;
    used = size;
    const double gap = size * 0.12;
    for (const auto& ch : code_points(text)) {
      PangoLayout* l = glyph(c.ctx, ch, size, true, false);
      int w = 0, h = 0;
      pango_layout_get_size(l, &w, &h);
      const double width = static_cast<double>(w) / PANGO_SCALE + gap;
      letters.emplace_back(l, width);
      total += width;
    }
    if (total / radius <= max_span) break;
    size *= max_span * radius / total;
  }
  const double gap = used * 0.12;
  const double span = total / radius;  // radians
  double a = top ? -M_PI / 2 - span / 2 : M_PI / 2 + span / 2;
  for (auto& [l, width] : letters) {
    const double half = width / 2 / radius;
    a += top ? half : -half;
    int w = 0, h = 0;
    pango_layout_get_size(l, &w, &h);
    cairo_save(c.cr);
    cairo_translate(c.cr, cx + radius * std::cos(a), cy + radius * std::sin(a));
    cairo_rotate(c.cr, top ? a + M_PI / 2 : a - M_PI / 2);
    // `radius` is the baseline's: the letters stand outwards from it at the
    // top, inwards at the bottom (upright either way).
    const double baseline = static_cast<double>(pango_layout_get_baseline(l)) / PANGO_SCALE;
    cairo_move_to(c.cr, -(width - gap) / 2, -baseline);
    pango_cairo_show_layout(c.cr, l);
    cairo_restore(c.cr);
    a += top ? half : -half;
    g_object_unref(l);
  }
}

core::Status save(Canvas& c, const std::string& path) {
  cairo_surface_flush(c.surface);
  if (cairo_surface_write_to_png(c.surface, path.c_str()) != CAIRO_STATUS_SUCCESS) {
    return core::make_error(core::errc::kStorage, msg::kSigningFileNotWritten);
  }
  return {};
}

}  // namespace

core::Status write_demo_seal_png(const std::string& path, const std::string& upper, const std::string& lower) {
  Canvas c(600, 600);
  auto ctx = document_context(c.cr);
  if (!ctx.ok()) return ctx.error();
  c.ctx = *ctx;
  cairo_set_source_rgba(c.cr, 0.85, 0.05, 0.08, 0.92);
  const double cx = 300, cy = 300;
  cairo_set_line_width(c.cr, 14);
  cairo_arc(c.cr, cx, cy, 290, 0, 2 * M_PI);
  cairo_stroke(c.cr);
  cairo_set_line_width(c.cr, 5);
  cairo_arc(c.cr, cx, cy, 196, 0, 2 * M_PI);
  cairo_stroke(c.cr);
  // The agency's name over at most 230 degrees of the top, the province along
  // at most 110 of the bottom, leaving a gap at each side.
  arc_text(c, upper, cx, cy, 228, 46, true, 230 * M_PI / 180);
  arc_text(c, lower, cx, cy, 262, 44, false, 110 * M_PI / 180);
  // A five-pointed star in the centre.
  for (int i = 0; i < 10; ++i) {
    const double r = i % 2 == 0 ? 120 : 48;
    const double a = -M_PI / 2 + i * M_PI / 5;
    if (i == 0) {
      cairo_move_to(c.cr, cx + r * std::cos(a), cy + r * std::sin(a));
    } else {
      cairo_line_to(c.cr, cx + r * std::cos(a), cy + r * std::sin(a));
    }
  }
  cairo_close_path(c.cr);
  cairo_fill(c.cr);
  return save(c, path);
}

core::Status write_demo_signature_png(const std::string& path, const std::string& name) {
  Canvas c(600, 300);
  auto ctx = document_context(c.cr);
  if (!ctx.ok()) return ctx.error();
  c.ctx = *ctx;
  std::string last = name;
  if (auto space = name.rfind(' '); space != std::string::npos) last = name.substr(space + 1);
  cairo_set_source_rgba(c.cr, 0.05, 0.12, 0.6, 0.95);
  PangoLayout* l = glyph(c.ctx, last, 150, false, true);
  int w = 0, h = 0;
  pango_layout_get_size(l, &w, &h);
  const double tw = static_cast<double>(w) / PANGO_SCALE, th = static_cast<double>(h) / PANGO_SCALE;
  const double scale = std::min(1.0, 520 / std::max(tw, 1.0));
  cairo_save(c.cr);
  cairo_translate(c.cr, 300 - tw * scale / 2, 150 - th * scale * 0.62);
  cairo_scale(c.cr, scale, scale);
  cairo_move_to(c.cr, 0, 0);
  pango_cairo_show_layout(c.cr, l);
  cairo_restore(c.cr);
  g_object_unref(l);
  // The flourish under the name.
  cairo_set_line_width(c.cr, 7);
  cairo_set_line_cap(c.cr, CAIRO_LINE_CAP_ROUND);
  cairo_move_to(c.cr, 60, 230);
  cairo_curve_to(c.cr, 200, 290, 380, 170, 560, 215);
  cairo_stroke(c.cr);
  return save(c, path);
}

}  // namespace thidua::docs
