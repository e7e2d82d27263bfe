#include "docs/png_image.h"

namespace thidua::docs {

PngPtr read_png(const std::string& path) {
  PngPtr png(cairo_image_surface_create_from_png(path.c_str()));
  if (cairo_surface_status(png.get()) != CAIRO_STATUS_SUCCESS || cairo_image_surface_get_width(png.get()) <= 0 ||
      cairo_image_surface_get_height(png.get()) <= 0) {
    return nullptr;
  }
  return png;
}

void draw_png(cairo_t* cr, cairo_surface_t* png, double x, double y, double w, double h) {
  const double iw = cairo_image_surface_get_width(png), ih = cairo_image_surface_get_height(png);
  if (iw <= 0 || ih <= 0) return;
  cairo_save(cr);
  cairo_translate(cr, x, y);
  cairo_scale(cr, w / iw, h / ih);
  cairo_set_source_surface(cr, png, 0, 0);
  cairo_paint(cr);
  cairo_restore(cr);
}

}  // namespace thidua::docs
