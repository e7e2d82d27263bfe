#include "docs/certificate_pdf.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <glib.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <memory>

#include "core/messages_vi/documents_layout.h"
#include "core/messages_vi/signing.h"
#include "core/names.h"
#include "docs/fonts.h"
#include "docs/png_image.h"

namespace thidua::docs {

namespace msg = core::messages_vi;

namespace {

constexpr double kMm = 72.0 / 25.4;
constexpr double kPageW = 297 * kMm;
constexpr double kPageH = 210 * kMm;
constexpr double kMargin = 15 * kMm;

std::string escape(const std::string& text) {
  gchar* e = g_markup_escape_text(text.data(), static_cast<gssize>(text.size()));
  std::string out(e);
  g_free(e);
  return out;
}

class Page {
 public:
  Page(cairo_t* cr, PangoContext* ctx) : cr_(cr), ctx_(ctx) {}

  // Draws `text` centred in [x, x + width] from y; returns the height used.
  // Drawn as one structure element of the tagged PDF (`tag`: "P", "H1").
  // With `max_height` > 0 a text too tall for it is set smaller, down to
  // 10 pt, and past that cut with "…" (a long campaign name in the reason
  // never runs into the signature).
  double text(const std::string& text, double x, double y, double width, double size, bool bold, bool italic,
              PangoAlignment align = PANGO_ALIGN_CENTER, const char* tag = "P", double max_height = 0) {
    if (text.empty()) return 0;
    cairo_tag_begin(cr_, tag, nullptr);
    PangoLayout* l = pango_layout_new(ctx_);
    pango_layout_set_width(l, static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(l, align);
    pango_layout_set_markup(l, escape(text).c_str(), -1);
    for (double s = size;; s -= 1) {
      PangoFontDescription* fd = pango_font_description_from_string(kDocumentFamily);
      pango_font_description_set_absolute_size(fd, s * PANGO_SCALE);
      if (bold) pango_font_description_set_weight(fd, PANGO_WEIGHT_BOLD);
      if (italic) pango_font_description_set_style(fd, PANGO_STYLE_ITALIC);
      pango_layout_set_font_description(l, fd);
      pango_font_description_free(fd);
      if (max_height <= 0) break;
      int w = 0, h = 0;
      pango_layout_get_size(l, &w, &h);
      if (static_cast<double>(h) / PANGO_SCALE <= max_height) break;
      if (s <= 10) {
        pango_layout_set_height(l, static_cast<int>(max_height * PANGO_SCALE));
        pango_layout_set_ellipsize(l, PANGO_ELLIPSIZE_END);
        break;
      }
    }
    cairo_move_to(cr_, x, y);
    pango_cairo_show_layout(cr_, l);
    cairo_tag_end(cr_, tag);
    int w = 0, h = 0;
    pango_layout_get_size(l, &w, &h);
    g_object_unref(l);
    return static_cast<double>(h) / PANGO_SCALE;
  }

  void frame() {
    cairo_set_line_width(cr_, 2.5);
    cairo_rectangle(cr_, kMargin, kMargin, kPageW - 2 * kMargin, kPageH - 2 * kMargin);
    cairo_stroke(cr_);
    cairo_set_line_width(cr_, 0.8);
    cairo_rectangle(cr_, kMargin + 4, kMargin + 4, kPageW - 2 * kMargin - 8, kPageH - 2 * kMargin - 8);
    cairo_stroke(cr_);
  }

 private:
  cairo_t* cr_;
  PangoContext* ctx_;
};

bool well_formed(const Certificate& c) {
  for (const auto* s : {&c.nation, &c.motto, &c.granter, &c.verb, &c.award, &c.recipient, &c.detail, &c.reason,
                        &c.place_date, &c.signer_name}) {
    if (!core::is_valid_utf8(*s)) return false;
  }
  for (const auto& s : c.left_lines) {
    if (!core::is_valid_utf8(s)) return false;
  }
  for (const auto& s : c.authority_lines) {
    if (!core::is_valid_utf8(s)) return false;
  }
  return true;
}

PdfRect pdf_rect(double x, double y, double w, double h) { return {x, kPageH - y - h, x + w, kPageH - y}; }

// The marks of one certificate's signatures (see write_signed_certificate_pdf).
struct CertificateMarks {
  const SignatureMarks* marks = nullptr;
  cairo_surface_t* signature = nullptr;
  cairo_surface_t* seal = nullptr;
  MarkPlaces* places = nullptr;
};

core::Status render(const std::vector<Certificate>& certificates, const std::string& path,
                    const CertificateMarks* signing) {
  if (certificates.empty()) return core::make_error(core::errc::kValidation, msg::kNoCertificates);
  std::vector<std::string_view> texts;
  if (signing != nullptr) texts.insert(texts.end(), {signing->marks->agency_name, signing->marks->signing_time});
  for (const auto& c : certificates) {
    if (!well_formed(c)) return core::make_error(core::errc::kValidation, msg::kCertificateTextInvalid);
    texts.insert(texts.end(), {c.nation, c.motto, c.granter, c.verb, c.award, c.recipient, c.detail, c.reason,
                               c.place_date, c.signer_name});
    texts.insert(texts.end(), c.left_lines.begin(), c.left_lines.end());
    texts.insert(texts.end(), c.authority_lines.begin(), c.authority_lines.end());
  }
  auto missing = missing_glyphs(texts);
  if (!missing.ok()) return missing.error();
  if (!missing->empty()) return core::make_error(core::errc::kValidation, msg::document_glyphs_missing(*missing));
  cairo_surface_t* surface = cairo_pdf_surface_create(path.c_str(), kPageW, kPageH);
  if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
    cairo_surface_destroy(surface);
    return core::make_error(core::errc::kStorage, msg::kPdfWriteFailed);
  }
  cairo_pdf_surface_restrict_to_version(surface, CAIRO_PDF_VERSION_1_4);  // a cross-reference table: signable
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, msg::kCertificateTitle);
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "thidua");
  cairo_t* cr = cairo_create(surface);
  auto context = document_context(cr);
  if (!context.ok()) {
    cairo_destroy(cr);
    cairo_surface_destroy(surface);
    return context.error();
  }
  PangoContext* ctx = *context;
  cairo_font_options_t* fo = cairo_font_options_create();
  cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options(ctx, fo);
  cairo_font_options_destroy(fo);

  const double inner_x = kMargin + 20 * kMm;
  const double inner_w = kPageW - 2 * inner_x;
  cairo_tag_begin(cr, "Document", nullptr);
  bool first = true;
  for (const auto& c : certificates) {
    if (!first) cairo_show_page(cr);  // the last page ends after the Document element
    first = false;
    Page page(cr, ctx);
    cairo_set_source_rgb(cr, 0.55, 0.1, 0.1);
    page.frame();
    cairo_set_source_rgb(cr, 0, 0, 0);
    double y = kMargin + 12 * kMm;
    y += page.text(c.nation, inner_x, y, inner_w, 13, true, false);
    y += page.text(c.motto, inner_x, y, inner_w, 14, true, false) + 8 * kMm;
    y += page.text(c.granter, inner_x, y, inner_w, 16, true, false) + 2 * kMm;
    y += page.text(c.verb, inner_x, y, inner_w, 15, true, false) + 2 * kMm;
    cairo_set_source_rgb(cr, 0.7, 0.05, 0.05);
    y += page.text(c.award, inner_x, y, inner_w, 40, true, false, PANGO_ALIGN_CENTER, "H1") + 3 * kMm;
    cairo_set_source_rgb(cr, 0, 0, 0);
    y += page.text(c.recipient, inner_x, y, inner_w, 22, true, true) + 1 * kMm;
    y += page.text(c.detail, inner_x, y, inner_w, 14, false, false) + 3 * kMm;
    const double bottom = kPageH - kMargin - 55 * kMm;
    page.text(c.reason, inner_x, y, inner_w, 15, false, false, PANGO_ALIGN_CENTER, "P", bottom - 4 * kMm - y);

    double ly = bottom + 20 * kMm;
    for (const auto& line : c.left_lines) ly += page.text(line, inner_x, ly, inner_w / 2, 12, false, false, PANGO_ALIGN_LEFT);
    const double rx = inner_x + inner_w / 2;
    double ry = bottom;
    ry += page.text(c.place_date, rx, ry, inner_w / 2, 13, false, true);
    for (const auto& line : c.authority_lines) ry += page.text(line, rx, ry, inner_w / 2, 13, true, false);
    if (signing != nullptr) {
      // The signature image centred between the authority and the name, the
      // seal over its left third, the agency's name and the time to its right.
      const double sw = cairo_image_surface_get_width(signing->signature);
      const double sh = cairo_image_surface_get_height(signing->signature);
      const double h = std::min(18 * kMm, sw > 0 ? 45 * kMm * sh / sw : 0.0), w = sh > 0 ? h * sw / sh : 0;
      const double sx = rx + inner_w / 4 - w / 2, sy = ry + 1.5 * kMm;
      const double d = signing->marks->seal_mm * kMm;
      const double seal_x = sx + w / 3 - d, seal_y = sy + h * 0.6 - d / 2;
      draw_png(cr, signing->signature, sx, sy, w, h);
      draw_png(cr, signing->seal, seal_x, seal_y, d, d);
      const double tx = sx + w + 1.5 * kMm, tw = rx + inner_w / 2 - tx;
      page.text(signing->marks->agency_name + "\n" + signing->marks->signing_time, tx, sy + 2 * kMm, tw, 7, false,
                false, PANGO_ALIGN_LEFT);
      signing->places->signature_page = 0;
      signing->places->signature = pdf_rect(sx, sy, w, h);
      signing->places->seal = pdf_rect(seal_x, seal_y, d, d);
    }
    page.text(c.signer_name, rx, ry + 22 * kMm, inner_w / 2, 14, true, false);
  }
  cairo_tag_end(cr, "Document");
  cairo_show_page(cr);
  g_object_unref(ctx);
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  const bool ok = cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS;
  cairo_surface_destroy(surface);
  if (!ok) return core::make_error(core::errc::kStorage, msg::kPdfWriteFailed);
  return {};
}

}  // namespace

core::Status write_certificates_pdf(const std::vector<Certificate>& certificates, const std::string& path) {
  return render(certificates, path, nullptr);
}

core::Result<MarkPlaces> write_signed_certificate_pdf(const Certificate& certificate, const SignatureMarks& marks,
                                                      const std::string& path) {
  PngPtr signature = read_png(marks.signature_png), seal = read_png(marks.seal_png);
  if (!signature || !seal) return core::make_error(core::errc::kValidation, msg::kSigningImageUnreadable);
  MarkPlaces places;
  CertificateMarks signing{&marks, signature.get(), seal.get(), &places};
  THIDUA_TRY(render({certificate}, path, &signing));
  return places;
}

}  // namespace thidua::docs
