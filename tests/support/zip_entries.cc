#include "support/zip_entries.h"

#include <zip.h>

namespace thidua::test {

std::optional<std::map<std::string, std::string>> zip_entries(std::string_view bytes) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
  zip_t* z = src != nullptr ? zip_open_from_source(src, ZIP_RDONLY, &err) : nullptr;
  zip_error_fini(&err);
  if (z == nullptr) {
    if (src != nullptr) zip_source_free(src);
    return std::nullopt;
  }
  std::map<std::string, std::string> out;
  bool ok = true;
  for (zip_int64_t i = 0; i < zip_get_num_entries(z, 0) && ok; ++i) {
    zip_stat_t st;
    ok = zip_stat_index(z, static_cast<zip_uint64_t>(i), 0, &st) == 0;
    if (!ok) break;
    std::string data(st.size, '\0');
    zip_file_t* f = zip_fopen_index(z, static_cast<zip_uint64_t>(i), 0);
    ok = f != nullptr && zip_fread(f, data.data(), st.size) == static_cast<zip_int64_t>(st.size);
    if (f != nullptr) zip_fclose(f);
    out[st.name] = std::move(data);
  }
  zip_discard(z);
  if (!ok) return std::nullopt;
  return out;
}

}  // namespace thidua::test
