// Files compiled into the binary (migrations, templates, static assets):
// a path relative to its source folder and its bytes.
#pragma once

#include <cstddef>
#include <string_view>

namespace thidua::core {

struct EmbeddedFile {
  std::string_view path;
  std::string_view data;
};

}  // namespace thidua::core
