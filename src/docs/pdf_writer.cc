#include "docs/pdf_writer.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <glib.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

#include "core/messages_vi/documents_layout.h"
#include "core/messages_vi/signing.h"
#include "docs/fonts.h"
#include "docs/png_image.h"

namespace thidua::docs {

namespace msg = core::messages_vi;

namespace {

constexpr double kMm = 72.0 / 25.4;
constexpr double kPageW = 210 * kMm;
constexpr double kPageH = 297 * kMm;
constexpr double kTop = 20 * kMm;
constexpr double kBottom = 20 * kMm;
constexpr double kLeft = 30 * kMm;
constexpr double kRight = 15 * kMm;
constexpr double kTextW = kPageW - kLeft - kRight;
constexpr double kIndent = 12.7 * kMm;
constexpr double kBodySize = 14;
constexpr double kTableSize = 13;
constexpr double kLineSpacing = 1.2;
constexpr double kParaAfter = 6;
constexpr double kCellPadX = 3;
constexpr double kCellPadY = 2;

struct LayoutDeleter {
  void operator()(PangoLayout* l) const { g_object_unref(l); }
};
using LayoutPtr = std::unique_ptr<PangoLayout, LayoutDeleter>;

std::string escape(const std::string& text) {
  gchar* e = g_markup_escape_text(text.data(), static_cast<gssize>(text.size()));
  std::string out(e);
  g_free(e);
  return out;
}

std::string markup(const RichText& text) {
  std::string out;
  for (const auto& run : text) {
    std::string piece = escape(run.text);
    if (run.italic) piece = "<i>" + piece + "</i>";
    if (run.bold) piece = "<b>" + piece + "</b>";
    out += piece;
  }
  return out;
}

struct Style {
  double size = kBodySize;
  bool bold = false;
  bool italic = false;
  PangoAlignment align = PANGO_ALIGN_LEFT;
  bool justify = false;
  double indent = 0;
  double spacing = 1.0;
};

double to_pt(int pango_units) { return static_cast<double>(pango_units) / PANGO_SCALE; }

// A structure element of the tagged PDF (cairo_tag_begin/end) around what is
// drawn while it lives: "H1", "P", "Table", "TR", "TH", "TD".
class Tag {
 public:
  Tag(cairo_t* cr, const char* name) : cr_(cr), name_(name) { cairo_tag_begin(cr_, name_, nullptr); }
  ~Tag() { cairo_tag_end(cr_, name_); }
  Tag(const Tag&) = delete;
  Tag& operator=(const Tag&) = delete;

 private:
  cairo_t* cr_;
  const char* name_;
};

// Renders one document: owns the cairo surface and the vertical cursor.
class PdfRenderer {
 public:
  explicit PdfRenderer(const std::string& path) {
    surface_ = cairo_pdf_surface_create(path.c_str(), kPageW, kPageH);
    if (!ok()) return;
    // PDF 1.4: a cross-reference table, never object streams (which newer
    // cairo writes for 1.5 and later), so that docs/pdf_signature.h can sign.
    cairo_pdf_surface_restrict_to_version(surface_, CAIRO_PDF_VERSION_1_4);
    cr_ = cairo_create(surface_);
    auto ctx = document_context(cr_);
    if (!ctx.ok()) {
      font_error_ = ctx.error();
      return;
    }
    ctx_ = *ctx;
    cairo_tag_begin(cr_, "Document", nullptr);
    cairo_font_options_t* fo = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(ctx_, fo);
    cairo_font_options_destroy(fo);
    y_ = kTop;
  }
  PdfRenderer(const PdfRenderer&) = delete;
  PdfRenderer& operator=(const PdfRenderer&) = delete;
  ~PdfRenderer() {
    if (ctx_ != nullptr) g_object_unref(ctx_);
    if (cr_ != nullptr) cairo_destroy(cr_);
    cairo_surface_destroy(surface_);
  }

  bool ok() const { return cairo_surface_status(surface_) == CAIRO_STATUS_SUCCESS; }
  // Set when the document font could not be loaded (nothing is drawn then).
  const std::optional<core::Error>& font_error() const { return font_error_; }

  void set_title(const std::string& title) {
    if (!title.empty()) cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_TITLE, title.c_str());
    cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_CREATOR, "thidua");
  }

  core::Status finish() {
    cairo_tag_end(cr_, "Document");
    cairo_show_page(cr_);
    cairo_surface_finish(surface_);
    if (cairo_surface_status(surface_) != CAIRO_STATUS_SUCCESS) {
      return core::make_error(core::errc::kStorage, msg::kPdfWriteFailed);
    }
    return {};
  }

  LayoutPtr layout(const std::string& markup_text, double width, const Style& st) {
    LayoutPtr l(pango_layout_new(ctx_));
    PangoFontDescription* fd = pango_font_description_from_string(kDocumentFamily);
    pango_font_description_set_absolute_size(fd, st.size * PANGO_SCALE);
    if (st.bold) pango_font_description_set_weight(fd, PANGO_WEIGHT_BOLD);
    if (st.italic) pango_font_description_set_style(fd, PANGO_STYLE_ITALIC);
    pango_layout_set_font_description(l.get(), fd);
    pango_font_description_free(fd);
    pango_layout_set_width(l.get(), static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(l.get(), PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(l.get(), st.align);
    pango_layout_set_justify(l.get(), st.justify);
    pango_layout_set_indent(l.get(), static_cast<int>(st.indent * PANGO_SCALE));
    if (st.spacing != 1.0) pango_layout_set_line_spacing(l.get(), static_cast<float>(st.spacing));
    pango_layout_set_markup(l.get(), markup_text.c_str(), -1);
    return l;
  }

  static double height(PangoLayout* l) {
    int w = 0, h = 0;
    pango_layout_get_size(l, &w, &h);
    return to_pt(h);
  }

  // Width of the widest line's ink-free logical extent.
  static double text_width(PangoLayout* l) {
    PangoRectangle logical;
    pango_layout_get_extents(l, nullptr, &logical);
    double widest = 0;
    PangoLayoutIter* it = pango_layout_get_iter(l);
    do {
      PangoRectangle r;
      pango_layout_iter_get_line_extents(it, nullptr, &r);
      widest = std::max(widest, to_pt(r.width));
    } while (pango_layout_iter_next_line(it));
    pango_layout_iter_free(it);
    return widest;
  }

  // Narrows a wrapped, centred layout to the least width that keeps its number
  // of lines, so that a long agency name or summary breaks into lines of even
  // length ("SỞ TÀI NGUYÊN VÀ / MÔI TRƯỜNG"). Returns the new width.
  static double balance(PangoLayout* l, double width) {
    int lines = pango_layout_get_line_count(l);
    if (lines < 2) return width;
    double lo = width / lines, hi = width;
    for (int i = 0; i < 14; ++i) {
      double mid = (lo + hi) / 2;
      pango_layout_set_width(l, static_cast<int>(mid * PANGO_SCALE));
      if (pango_layout_get_line_count(l) > lines) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    pango_layout_set_width(l, static_cast<int>(hi * PANGO_SCALE));
    return hi;
  }

  // Draws a layout whole at (x, y), no page break.
  void draw(PangoLayout* l, double x, double y) {
    cairo_move_to(cr_, x, y);
    pango_cairo_show_layout(cr_, l);
  }
  // The same as one structure element (`tag`: "P", "H1", ...).
  void draw(PangoLayout* l, double x, double y, const char* tag) {
    Tag t(cr_, tag);
    draw(l, x, y);
  }

  void rule(double x0, double x1, double y) {
    cairo_set_line_width(cr_, 0.6);
    cairo_move_to(cr_, x0, y);
    cairo_line_to(cr_, x1, y);
    cairo_stroke(cr_);
  }

  double remaining() const { return kPageH - kBottom - y_; }

  void new_page() {
    cairo_show_page(cr_);
    ++page_;
    y_ = kTop;
    // Page numbers from page 2, centred in the top margin.
    Style st;
    st.size = 13;
    st.align = PANGO_ALIGN_CENTER;
    LayoutPtr l = layout(std::to_string(page_), kTextW, st);
    draw(l.get(), kLeft, (kTop - height(l.get())) / 2);
  }

  // Flows a layout line by line at the cursor, breaking pages as needed.
  void flow(PangoLayout* l, double x) {
    PangoLayoutIter* it = pango_layout_get_iter(l);
    double offset = 0;  // layout y that maps to the top of the current page part
    double base_y = y_;
    do {
      int y0 = 0, y1 = 0;
      pango_layout_iter_get_line_yrange(it, &y0, &y1);
      double top = to_pt(y0), bottom = to_pt(y1);
      if (base_y + (bottom - offset) > kPageH - kBottom && base_y + (top - offset) > kTop + 0.5) {
        new_page();
        base_y = y_;
        offset = top;
      }
      PangoRectangle logical;
      pango_layout_iter_get_line_extents(it, nullptr, &logical);
      double baseline = to_pt(pango_layout_iter_get_baseline(it));
      cairo_move_to(cr_, x + to_pt(logical.x), base_y + baseline - offset);
      pango_cairo_show_layout_line(cr_, pango_layout_iter_get_line_readonly(it));
    } while (pango_layout_iter_next_line(it));
    pango_layout_iter_free(it);
    y_ = base_y + height(l) - offset;
  }

  void space(double pt) { y_ += pt; }

  void header(const AdministrativeDocument& doc);
  void title(const AdministrativeDocument& doc);
  void body_block(const Block& block);
  void table_block(const Table& t);
  void closing(const AdministrativeDocument& doc);
  // An attachment from a new page: title lines, reference, blocks.
  void attachment(const Attachment& a);

 private:
  double line_height(double size) {
    Style st;
    st.size = size;
    st.spacing = kLineSpacing;
    LayoutPtr l = layout(msg::kLineHeightSample, kTextW, st);
    return height(l.get());
  }

  static PdfRect pdf_rect(double x, double y, double w, double h) { return {x, kPageH - y - h, x + w, kPageH - y}; }
  void signature_marks(double right_x, double right_w, double top, double space);
  void attachment_mark();

 public:
  const SignatureMarks* marks_ = nullptr;
  cairo_surface_t* signature_png_ = nullptr;
  cairo_surface_t* seal_png_ = nullptr;
  MarkPlaces places_;

 private:
  cairo_surface_t* surface_ = nullptr;
  std::optional<core::Error> font_error_;
  cairo_t* cr_ = nullptr;
  PangoContext* ctx_ = nullptr;
  double y_ = 0;
  int page_ = 1;
};

void PdfRenderer::header(const AdministrativeDocument& doc) {
  if (!doc.draft_mark.empty()) {
    // In the top margin, boxed: never mistaken for an issued document.
    Style st;
    st.size = 13;
    st.bold = true;
    LayoutPtr l = layout(escape(doc.draft_mark), kTextW, st);
    const double w = text_width(l.get()), h = height(l.get());
    draw(l.get(), kLeft + 4, kTop - h - 10, "P");
    cairo_set_line_width(cr_, 1);
    cairo_rectangle(cr_, kLeft, kTop - h - 12, w + 8, h + 4);
    cairo_stroke(cr_);
  }
  Style center;
  center.align = PANGO_ALIGN_CENTER;
  Style c13 = center, c13b = center, c14b = center, c14i = center;
  c13.size = 13;
  c13b.size = 13;
  c13b.bold = true;
  c14b.bold = true;
  c14i.italic = true;

  const std::string nation = msg::kNation;
  const std::string motto = msg::kMotto;
  // The right column is as wide as the national title needs; the left one
  // takes the rest and wraps long agency names.
  LayoutPtr probe = layout(escape(nation), kTextW, c13b);
  double right_w = std::min(kTextW * 0.62, text_width(probe.get()) + 16);
  double left_w = kTextW - right_w;
  double left_x = kLeft, right_x = kLeft + left_w;

  double ly = kTop;
  // No issuing body (a person's report): no left column, no rule under it.
  const bool left_column = !doc.issuing_body.empty();
  if (left_column && !doc.governing_body.empty()) {
    LayoutPtr l = layout(escape(doc.governing_body), left_w, c13);
    draw(l.get(), left_x + (left_w - balance(l.get(), left_w)) / 2, ly, "P");
    ly += height(l.get());
  }
  if (left_column) {
    LayoutPtr issuer = layout(escape(doc.issuing_body), left_w, c13b);
    draw(issuer.get(), left_x + (left_w - balance(issuer.get(), left_w)) / 2, ly, "P");
    ly += height(issuer.get());
    // A short centred rule, a third to a half of the line above it.
    double rule_w = std::max(40.0, text_width(issuer.get()) * 0.4);
    rule(left_x + (left_w - rule_w) / 2, left_x + (left_w + rule_w) / 2, ly + 3);
    ly += 5;
  }

  double ry = kTop;
  LayoutPtr n = layout(escape(nation), right_w, c13b);
  draw(n.get(), right_x, ry, "P");
  ry += height(n.get());
  LayoutPtr m = layout(escape(motto), right_w, c14b);
  draw(m.get(), right_x, ry, "P");
  ry += height(m.get());
  double motto_w = text_width(m.get());
  rule(right_x + (right_w - motto_w) / 2, right_x + (right_w + motto_w) / 2, ry + 1.5);
  ry += 4;

  double row_y = std::max(ly, ry) + 8;
  LayoutPtr num = layout(escape(doc.number_line), left_w, c13);
  if (!doc.number_line.empty()) draw(num.get(), left_x, row_y + 1, "P");
  LayoutPtr date = layout(escape(doc.place_date_line), right_w, c14i);
  draw(date.get(), right_x, row_y, "P");
  y_ = row_y + std::max(height(num.get()) + 1, height(date.get()));
}

void PdfRenderer::attachment_mark() {
  Style st;
  st.size = 10;
  st.align = PANGO_ALIGN_RIGHT;
  const double w = 60 * kMm;
  LayoutPtr l = layout(escape(marks_->number_symbol + "\n" + marks_->signing_time), w, st);
  const double x = kPageW - kRight - w, y = 7 * kMm;
  draw(l.get(), x, y);
  const double tw = text_width(l.get());
  places_.attachments.emplace_back(page_ - 1, pdf_rect(kPageW - kRight - tw, y, tw, height(l.get())));
}

void PdfRenderer::signature_marks(double right_x, double right_w, double top, double space) {
  const double cx = right_x + right_w / 2;
  const double image_h = std::min(20 * kMm, space - 38);
  const double sw = cairo_image_surface_get_width(signature_png_), sh = cairo_image_surface_get_height(signature_png_);
  const double w = std::min(sh > 0 ? image_h * sw / sh : 0.0, 48 * kMm);
  const double h = sw > 0 ? w * sh / sw : 0;
  const double sx = cx - w / 2, sy = top + (image_h - h) / 2;
  const double d = marks_->seal_mm * kMm;
  const double seal_x = sx + w / 3 - d, seal_y = top + image_h * 0.6 - d / 2;
  draw_png(cr_, signature_png_, sx, sy, w, h);
  draw_png(cr_, seal_png_, seal_x, seal_y, d, d);
  places_.signature_page = page_ - 1;
  places_.signature = pdf_rect(sx, sy, w, h);
  // The agency signature's information, right of where the seal ends.
  Style st;
  st.size = 8;
  const double tx = sx + w / 3 + 2, tw = right_x + right_w - tx;
  LayoutPtr info = layout(escape(marks_->agency_name + "\n" + marks_->signing_time), tw, st);
  const double ty = top + image_h + 2;
  draw(info.get(), tx, ty);
  places_.seal = pdf_rect(seal_x, std::min(seal_y, ty), tx + text_width(info.get()) - seal_x,
                          std::max(seal_y + d, ty + height(info.get())) - std::min(seal_y, ty));
}

void PdfRenderer::attachment(const Attachment& a) {
  new_page();
  if (marks_ != nullptr) attachment_mark();
  Style st;
  st.align = PANGO_ALIGN_CENTER;
  st.bold = true;
  bool first = true;
  for (const auto& line : a.title_lines) {
    Tag t(cr_, first ? "H1" : "P");
    first = false;
    LayoutPtr l = layout(escape(line), kTextW - 40, st);
    flow(l.get(), kLeft + 20 + (kTextW - 40 - balance(l.get(), kTextW - 40)) / 2);
  }
  if (!a.reference.empty()) {
    Tag t(cr_, "P");
    Style ref;
    ref.align = PANGO_ALIGN_CENTER;
    ref.italic = true;
    LayoutPtr l = layout(escape(a.reference), kTextW - 40, ref);
    flow(l.get(), kLeft + 20 + (kTextW - 40 - balance(l.get(), kTextW - 40)) / 2);
  }
  space(12);
  for (const auto& block : a.body) body_block(block);
}

void PdfRenderer::title(const AdministrativeDocument& doc) {
  Style st;
  st.align = PANGO_ALIGN_CENTER;
  st.bold = true;
  space(22);
  LayoutPtr type = layout(escape(doc.doc_type), kTextW, st);
  {
    Tag t(cr_, "H1");
    flow(type.get(), kLeft);
  }
  if (!doc.summary.empty()) {
    LayoutPtr s = layout(escape(doc.summary), kTextW - 40, st);
    {
      Tag t(cr_, "P");
      flow(s.get(), kLeft + 20 + (kTextW - 40 - balance(s.get(), kTextW - 40)) / 2);
    }
    // A short centred rule under the summary, a third of its longest line.
    double w = std::max(60.0, text_width(s.get()) / 3);
    rule(kLeft + (kTextW - w) / 2, kLeft + (kTextW + w) / 2, y_ + 6);
    space(8);
  }
  space(14);
}

void PdfRenderer::body_block(const Block& block) {
  if (block.kind == BlockKind::kTable) {
    table_block(block.table);
    return;
  }
  Style st;
  st.justify = true;
  st.indent = kIndent;
  st.spacing = kLineSpacing;
  std::string text = markup(block.text);
  bool heading = false;
  switch (block.kind) {
    case BlockKind::kHeading1:
    case BlockKind::kHeading2:
      st.bold = true;
      heading = true;
      break;
    case BlockKind::kNumberedParagraph:
      text = escape(block.label) + " " + text;
      break;
    case BlockKind::kBullet:
      text = "- " + text;
      break;
    case BlockKind::kNote:
      st.italic = true;
      break;
    case BlockKind::kCentered:
      st.justify = false;
      st.indent = 0;
      st.align = PANGO_ALIGN_CENTER;
      break;
    default:
      break;
  }
  LayoutPtr l = layout(text, kTextW, st);
  if (heading && remaining() < height(l.get()) + 2 * line_height(kBodySize)) new_page();
  {
    Tag t(cr_, block.kind == BlockKind::kHeading1 ? "H2" : block.kind == BlockKind::kHeading2 ? "H3" : "P");
    flow(l.get(), kLeft);
  }
  space(kParaAfter);
}

void PdfRenderer::table_block(const Table& t) {
  double total = 0;
  for (const auto& c : t.columns) total += c.width;
  std::vector<double> widths;
  for (const auto& c : t.columns) widths.push_back(kTextW * c.width / total);

  Style cell;
  cell.size = t.font_size > 0 ? t.font_size : kTableSize;
  cell.spacing = 1.05;
  auto make_row = [&](const std::vector<std::string>& cells, bool head) {
    std::vector<LayoutPtr> row;
    for (std::size_t i = 0; i < widths.size(); ++i) {
      Style st = cell;
      st.bold = head;
      st.align = head || t.columns[i].centered ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT;
      row.push_back(layout(i < cells.size() ? escape(cells[i]) : std::string(), widths[i] - 2 * kCellPadX, st));
    }
    return row;
  };
  auto row_height = [&](const std::vector<LayoutPtr>& row) {
    double h = 0;
    for (const auto& l : row) h = std::max(h, height(l.get()));
    return h + 2 * kCellPadY;
  };
  auto draw_row = [&](const std::vector<LayoutPtr>& row, double h, bool head) {
    Tag tr(cr_, "TR");
    double x = kLeft;
    cairo_set_line_width(cr_, 0.5);
    for (std::size_t i = 0; i < row.size(); ++i) {
      cairo_rectangle(cr_, x, y_, widths[i], h);
      cairo_stroke(cr_);
      draw(row[i].get(), x + kCellPadX, y_ + kCellPadY, head ? "TH" : "TD");
      x += widths[i];
    }
    y_ += h;
  };

  std::vector<std::string> titles;
  for (const auto& c : t.columns) titles.push_back(c.title);
  std::vector<LayoutPtr> head = make_row(titles, true);
  double head_h = row_height(head);
  bool any_row = false;
  // The table is one element; a page break inside it is not a new one.
  if (!t.rows.empty() && remaining() < head_h + row_height(make_row(t.rows.front(), false))) new_page();
  if (t.rows.empty() && remaining() < head_h) new_page();
  Tag table(cr_, "Table");
  for (const auto& cells : t.rows) {
    std::vector<LayoutPtr> row = make_row(cells, false);
    double h = row_height(row);
    if (!any_row) draw_row(head, head_h, true);
    if (remaining() < h) {
      new_page();
      draw_row(head, head_h, true);
    }
    draw_row(row, h, false);
    any_row = true;
  }
  if (!any_row) draw_row(head, head_h, true);
  space(kParaAfter + 4);
}

void PdfRenderer::closing(const AdministrativeDocument& doc) {
  double left_w = kTextW * 0.45;
  double right_w = kTextW - left_w;
  double right_x = kLeft + left_w;
  const double seal_space = marks_ != nullptr ? 100 : 72;  // room for the signature and the seal

  // A signature block: the authority lines in bold, the note in italics,
  // the room, the name in bold; `under_authority` is where the room starts.
  struct SignatureLayouts {
    LayoutPtr authority, note, name;
    double under_authority = 0, total = 0;
  };
  auto signature_layouts = [&](const Signature& sig, double width) {
    Style bold;
    bold.align = PANGO_ALIGN_CENTER;
    bold.bold = true;
    Style italic;
    italic.align = PANGO_ALIGN_CENTER;
    italic.italic = true;
    std::string authority;
    for (const auto& line : sig.authority_lines) {
      if (!authority.empty()) authority += '\n';
      authority += escape(line);
    }
    SignatureLayouts out;
    out.authority = layout(authority, width, bold);
    out.under_authority = height(out.authority.get());
    if (!sig.note.empty()) {
      out.note = layout(escape(sig.note), width, italic);
      out.under_authority += height(out.note.get());
    }
    out.name = layout(escape(sig.signer_name), width, bold);
    out.total = out.under_authority + seal_space + height(out.name.get());
    return out;
  };
  auto draw_signature = [&](const SignatureLayouts& l, double x) {
    draw(l.authority.get(), x, y_, "P");
    if (l.note) draw(l.note.get(), x, y_ + height(l.authority.get()), "P");
    if (pango_layout_get_character_count(l.name.get()) > 0) {
      draw(l.name.get(), x, y_ + l.under_authority + seal_space, "P");
    }
  };
  SignatureLayouts right = signature_layouts(doc.signature, right_w);

  Style title;
  title.size = 12;
  title.bold = true;
  title.italic = true;
  LayoutPtr rtitle = layout(escape(msg::kRecipientsTitle), left_w, title);
  Style rec;
  rec.size = 11;
  std::string lines;
  for (const auto& r : doc.recipients) {
    if (!lines.empty()) lines += '\n';
    lines += escape("- " + r);
  }
  LayoutPtr rlist = layout(lines, left_w, rec);
  double left_h = doc.recipients.empty() ? 0 : height(rtitle.get()) + height(rlist.get());
  const bool countersigned = !doc.countersignature.authority_lines.empty();
  SignatureLayouts left;
  if (countersigned) {
    left = signature_layouts(doc.countersignature, left_w);
    // Side by side, the two rooms for signing start at one height, under the
    // longer authority (a narrower column wraps more).
    const double under = std::max(left.under_authority, right.under_authority);
    for (SignatureLayouts* l : {&left, &right}) {
      l->total += under - l->under_authority;
      l->under_authority = under;
    }
    left_h = left.total;
  }

  space(10);
  if (remaining() < std::max(left_h, right.total)) new_page();
  if (countersigned) {
    draw_signature(left, kLeft);
  } else if (left_h > 0) {
    draw(rtitle.get(), kLeft, y_, "P");
    draw(rlist.get(), kLeft, y_ + height(rtitle.get()), "P");
  }
  draw_signature(right, right_x);
  if (marks_ != nullptr) signature_marks(right_x, right_w, y_ + right.under_authority, seal_space);
  y_ += std::max(left_h, right.total);
}

core::Status render(const AdministrativeDocument& doc, const std::string& path, const SignatureMarks* marks,
                    MarkPlaces* places) {
  THIDUA_TRY(validate(doc));
  auto texts = texts_of(doc);
  if (marks != nullptr) {
    for (const std::string* t : {&marks->agency_name, &marks->signing_time, &marks->number_symbol}) texts.push_back(*t);
  }
  auto missing = missing_glyphs(texts);
  if (!missing.ok()) return missing.error();
  if (!missing->empty()) return core::make_error(core::errc::kValidation, msg::document_glyphs_missing(*missing));
  PngPtr signature, seal;
  if (marks != nullptr) {
    signature = read_png(marks->signature_png);
    seal = read_png(marks->seal_png);
    if (!signature || !seal) return core::make_error(core::errc::kValidation, msg::kSigningImageUnreadable);
  }
  PdfRenderer r(path);
  if (!r.ok()) return core::make_error(core::errc::kStorage, msg::kPdfCreateFailed);
  if (r.font_error()) return *r.font_error();
  r.marks_ = marks;
  r.signature_png_ = signature.get();
  r.seal_png_ = seal.get();
  r.set_title(doc.title.empty() ? doc.summary : doc.title);
  r.header(doc);
  r.title(doc);
  for (const auto& p : doc.preamble) r.body_block(paragraph(p));
  for (const auto& block : doc.body) r.body_block(block);
  r.closing(doc);
  for (const auto& a : doc.attachments) r.attachment(a);
  THIDUA_TRY(r.finish());
  if (places != nullptr) *places = r.places_;
  return {};
}

}  // namespace

core::Status write_pdf(const AdministrativeDocument& doc, const std::string& path) {
  return render(doc, path, nullptr, nullptr);
}

core::Result<MarkPlaces> write_signed_pdf(const AdministrativeDocument& doc, const SignatureMarks& marks,
                                          const std::string& path) {
  MarkPlaces places;
  THIDUA_TRY(render(doc, path, &marks, &places));
  return places;
}

}  // namespace thidua::docs
