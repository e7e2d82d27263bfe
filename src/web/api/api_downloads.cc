#include "web/api/api_downloads.h"

#include <filesystem>
#include <system_error>

#include "app/crypto.h"
#include "web/ui/page.h"
#include "web/ui/routes.h"

namespace thidua::web {

Response api_export_download(const std::string& data_dir, const std::string& ext, const std::string& content_type,
                             const std::string& filename,
                             const std::function<core::Status(const std::string& path)>& write) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(data_dir) / "exports";
  std::error_code ec;
  fs::create_directories(dir, ec);
  const fs::path file = dir / (app::random_token(16) + ext);
  auto written = write(file.string());
  if (!written.ok()) {
    fs::remove(file, ec);
    return api_error(written.error());
  }
  return file_download(file.string(), content_type, filename);
}

void add_download_api_routes(Router& r, const app::Services& s, const WebOptions& o) {
  add_document_api_routes(r, s, o);
  add_file_api_routes(r, s, o);
  add_results_api_routes(r, s, o);
}

}  // namespace thidua::web
