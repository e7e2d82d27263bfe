// The demo's signature image and seal (for the demo agency and its director,
// app/document_signing.h): drawn, not photographed, and plainly a demo's. A
// real agency configures the images of its own seal and signer.
#pragma once

#include <string>

#include "core/result.h"

namespace thidua::docs {

// A red round seal on a transparent background as a PNG at `path` (600 px
// square): two rings, `upper` set along the top arc and `lower` along the
// bottom, a star in the centre. Text is UTF-8 in the document font.
core::Status write_demo_seal_png(const std::string& path, const std::string& upper, const std::string& lower);

// A blue handwritten-looking signature of `name` (its last word, in italics,
// with a flourish) on a transparent background as a PNG at `path` (600 x 300 px).
core::Status write_demo_signature_png(const std::string& path, const std::string& name);

}  // namespace thidua::docs
