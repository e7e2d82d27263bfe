// PNG images drawn into documents (the signature and seal marks): read from a
// file into a cairo image surface, and painted scaled into a rectangle.
#pragma once

#include <cairo.h>

#include <memory>
#include <string>

namespace thidua::docs {

struct PngFree {
  void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};
using PngPtr = std::unique_ptr<cairo_surface_t, PngFree>;

// The image at `path`, or null when it is not a readable, non-empty PNG.
PngPtr read_png(const std::string& path);

// Paints `png` scaled to `w` x `h` points with its top left corner at (x, y).
void draw_png(cairo_t* cr, cairo_surface_t* png, double x, double y, double w, double h);

}  // namespace thidua::docs
