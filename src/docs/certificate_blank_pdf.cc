#include "docs/certificate_blank_pdf.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <glib.h>
#include <pango/pangocairo.h>

#include <cstdio>
#include <memory>

#include "core/messages_vi/certificate_blanks.h"
#include "core/messages_vi/documents_layout.h"
#include "core/names.h"
#include "docs/fonts.h"

namespace thidua::docs {

namespace msg = core::messages_vi;

namespace {

constexpr double kMm = 72.0 / 25.4;

// A PDF surface with its cairo context and the pinned font's Pango context.
class Sheet {
 public:
  Sheet(const std::string& path, double width_mm, double height_mm) {
    surface_ = cairo_pdf_surface_create(path.c_str(), width_mm * kMm, height_mm * kMm);
    if (cairo_surface_status(surface_) != CAIRO_STATUS_SUCCESS) return;
    cr_ = cairo_create(surface_);
    auto ctx = document_context(cr_);
    if (!ctx.ok()) {
      error_ = ctx.error();
      return;
    }
    ctx_ = *ctx;
    cairo_font_options_t* fo = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(ctx_, fo);
    cairo_font_options_destroy(fo);
    cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_CREATOR, "thidua");
  }
  ~Sheet() {
    if (ctx_ != nullptr) g_object_unref(ctx_);
    if (cr_ != nullptr) cairo_destroy(cr_);
    cairo_surface_destroy(surface_);
  }
  Sheet(const Sheet&) = delete;
  Sheet& operator=(const Sheet&) = delete;

  core::Status ready() const {
    if (error_) return *error_;
    if (cr_ == nullptr) return core::make_error(core::errc::kStorage, msg::kPdfWriteFailed);
    return {};
  }
  cairo_t* cr() const { return cr_; }
  void title(const char* t) { cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_TITLE, t); }

  // Draws `text` with its first line's top at (x, y) points, wrapped to `width`.
  void text(const std::string& text, double x, double y, double width, double size, bool bold, bool centered,
            const char* tag = "P") {
    if (text.empty()) return;
    cairo_tag_begin(cr_, tag, nullptr);
    PangoLayout* l = pango_layout_new(ctx_);
    PangoFontDescription* fd = pango_font_description_from_string(kDocumentFamily);
    pango_font_description_set_absolute_size(fd, size * PANGO_SCALE);
    if (bold) pango_font_description_set_weight(fd, PANGO_WEIGHT_BOLD);
    pango_layout_set_font_description(l, fd);
    pango_font_description_free(fd);
    pango_layout_set_width(l, static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(l, centered ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT);
    pango_layout_set_text(l, text.c_str(), -1);
    cairo_move_to(cr_, x, y);
    pango_cairo_show_layout(cr_, l);
    g_object_unref(l);
    cairo_tag_end(cr_, tag);
  }

  core::Status finish() {
    cairo_show_page(cr_);
    cairo_surface_finish(surface_);
    if (cairo_surface_status(surface_) != CAIRO_STATUS_SUCCESS) {
      return core::make_error(core::errc::kStorage, msg::kPdfWriteFailed);
    }
    return {};
  }

 private:
  cairo_surface_t* surface_ = nullptr;
  cairo_t* cr_ = nullptr;
  PangoContext* ctx_ = nullptr;
  std::optional<core::Error> error_;
};

std::string mm_text(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

}  // namespace

core::Status write_blank_certificates_pdf(const core::BlankLayout& layout, const std::vector<BlankTexts>& certificates,
                                          const std::string& path) {
  THIDUA_TRY(core::validate_blank_layout(layout));
  if (certificates.empty()) return core::make_error(core::errc::kValidation, msg::kNoCertificates);
  std::vector<std::string_view> texts;
  texts.reserve(certificates.size() * core::kBlankFieldCount);
  for (const auto& c : certificates) {
    for (const auto& t : c) {
      if (!core::is_valid_utf8(t)) return core::make_error(core::errc::kValidation, msg::kCertificateTextInvalid);
      texts.push_back(t);
    }
  }
  auto missing = missing_glyphs(texts);
  if (!missing.ok()) return missing.error();
  if (!missing->empty()) return core::make_error(core::errc::kValidation, msg::document_glyphs_missing(*missing));
  Sheet sheet(path, layout.page_width_mm, layout.page_height_mm);
  THIDUA_TRY(sheet.ready());
  sheet.title(msg::kCertificateTitle);
  cairo_tag_begin(sheet.cr(), "Document", nullptr);
  bool first = true;
  for (const auto& c : certificates) {
    if (!first) cairo_show_page(sheet.cr());
    first = false;
    for (core::BlankField f : core::kBlankFields) {
      const core::FieldBox& b = layout.box(f);
      if (!b.printed) continue;
      sheet.text(c[static_cast<size_t>(f)], (b.x_mm + layout.offset_x_mm) * kMm, (b.y_mm + layout.offset_y_mm) * kMm,
                 b.width_mm * kMm, b.size_pt, b.bold, b.centered);
    }
  }
  cairo_tag_end(sheet.cr(), "Document");
  return sheet.finish();
}

core::Status write_calibration_pdf(const core::BlankLayout& layout, const std::string& path) {
  THIDUA_TRY(core::validate_blank_layout(layout));
  Sheet sheet(path, layout.page_width_mm, layout.page_height_mm);
  THIDUA_TRY(sheet.ready());
  sheet.title(msg::kCalibrationTitle);
  cairo_t* cr = sheet.cr();
  const double w = layout.page_width_mm, h = layout.page_height_mm;
  cairo_tag_begin(cr, "Document", nullptr);
  // The grid: a line every 5 mm, darker and labelled every 10 mm.
  for (int x = 5; x < w; x += 5) {
    cairo_set_source_rgb(cr, x % 10 == 0 ? 0.55 : 0.8, x % 10 == 0 ? 0.55 : 0.8, x % 10 == 0 ? 0.55 : 0.8);
    cairo_set_line_width(cr, x % 10 == 0 ? 0.4 : 0.2);
    cairo_move_to(cr, x * kMm, 0);
    cairo_line_to(cr, x * kMm, h * kMm);
    cairo_stroke(cr);
  }
  for (int y = 5; y < h; y += 5) {
    cairo_set_source_rgb(cr, y % 10 == 0 ? 0.55 : 0.8, y % 10 == 0 ? 0.55 : 0.8, y % 10 == 0 ? 0.55 : 0.8);
    cairo_set_line_width(cr, y % 10 == 0 ? 0.4 : 0.2);
    cairo_move_to(cr, 0, y * kMm);
    cairo_line_to(cr, w * kMm, y * kMm);
    cairo_stroke(cr);
  }
  cairo_set_source_rgb(cr, 0.35, 0.35, 0.35);
  for (int x = 10; x < w; x += 10) sheet.text(std::to_string(x), x * kMm + 0.6 * kMm, 1 * kMm, 12 * kMm, 6, false, false);
  for (int y = 10; y < h; y += 10) sheet.text(std::to_string(y), 1 * kMm, y * kMm + 0.4 * kMm, 12 * kMm, 6, false, false);
  // Crosses 50 mm in from each corner.
  cairo_set_source_rgb(cr, 0, 0, 0);
  for (const auto& [cx, cy] : {std::pair{50.0, 50.0}, std::pair{w - 50, 50.0}, std::pair{50.0, h - 50}, std::pair{w - 50, h - 50}}) {
    cairo_set_line_width(cr, 0.5);
    cairo_move_to(cr, (cx - 6) * kMm, cy * kMm);
    cairo_line_to(cr, (cx + 6) * kMm, cy * kMm);
    cairo_move_to(cr, cx * kMm, (cy - 6) * kMm);
    cairo_line_to(cr, cx * kMm, (cy + 6) * kMm);
    cairo_stroke(cr);
    sheet.text(msg::calibration_mark(static_cast<int>(cx), static_cast<int>(cy)), (cx + 1.5) * kMm, (cy + 1.5) * kMm,
               40 * kMm, 8, true, false);
  }
  // Each printed box where it will print, offset included.
  cairo_set_source_rgb(cr, 0.1, 0.25, 0.7);
  for (core::BlankField f : core::kBlankFields) {
    const core::FieldBox& b = layout.box(f);
    if (!b.printed) continue;
    const double x = (b.x_mm + layout.offset_x_mm) * kMm, y = (b.y_mm + layout.offset_y_mm) * kMm;
    const double line = b.size_pt * 1.15;
    cairo_set_line_width(cr, 0.6);
    cairo_rectangle(cr, x, y, b.width_mm * kMm, line);
    cairo_stroke(cr);
    sheet.text(msg::blank_field_name(std::string(core::blank_field_code(f))) + " (" + mm_text(b.x_mm) + "; " +
                   mm_text(b.y_mm) + ")",
               x + 1 * kMm, y + 1 * kMm, b.width_mm * kMm - 2 * kMm, 8, false, false);
  }
  cairo_set_source_rgb(cr, 0, 0, 0);
  const double tx = 60 * kMm, tw = (w - 120) * kMm;
  sheet.text(msg::kCalibrationTitle, tx, 12 * kMm, tw, 11, true, true, "H1");
  sheet.text(std::string(msg::kCalibrationHelp) + " " +
                 msg::calibration_offsets(mm_text(layout.offset_x_mm), mm_text(layout.offset_y_mm)),
             tx, 20 * kMm, tw, 9, false, true);
  cairo_tag_end(cr, "Document");
  return sheet.finish();
}

}  // namespace thidua::docs
