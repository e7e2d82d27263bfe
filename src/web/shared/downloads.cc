#include "web/shared/downloads.h"

#include <filesystem>
#include <fstream>
#include <memory>

#include "app/access.h"
#include "app/crypto.h"
#include "core/file_type.h"
#include "core/messages_vi/unit_work.h"
#include "docs/docx_writer.h"
#include "docs/pdf_writer.h"
#include "web/shared/respond.h"

namespace thidua::web {
namespace msg = core::messages_vi;

namespace {

// A file removed when the last reference goes: after the download completes,
// or when the client disconnects, or when the response is never streamed (HEAD).
struct TemporaryFile {
  std::filesystem::path path;
  std::ifstream in;
  explicit TemporaryFile(std::filesystem::path p) : path(std::move(p)), in(path, std::ios::binary) {}
  ~TemporaryFile() {
    in.close();
    std::error_code ec;
    std::filesystem::remove(path, ec);
  }
};

}  // namespace

Response file_download(const std::string& path, const std::string& content_type, const std::string& filename) {
  auto file = std::make_shared<TemporaryFile>(path);
  Response res;
  res.content_type = content_type;
  res.set_header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
  res.set_header("Cache-Control", "no-store");
  res.stream = [file](std::string& chunk) {
    chunk.resize(64 * 1024);
    file->in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    chunk.resize(static_cast<size_t>(file->in.gcount()));
    return !chunk.empty();
  };
  return res;
}

Response export_download(const Request& req, const Ctx& ctx, const std::string& data_dir, const std::string& ext,
                         const std::string& media_type, const std::string& filename,
                         const std::function<core::Status(const std::string& path)>& write) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(data_dir) / "exports";
  std::error_code ec;
  fs::create_directories(dir, ec);
  const fs::path file = dir / (app::random_token(16) + ext);
  auto written = write(file.string());
  if (!written.ok()) {
    fs::remove(file, ec);
    return failure_response(req, ctx, written.error());
  }
  return file_download(file.string(), media_type, filename);
}

Response xlsx_download(const Request& req, const Ctx& ctx, const std::string& data_dir, const std::string& filename,
                       const std::function<core::Result<int64_t>(const std::string& path)>& write) {
  return export_download(req, ctx, data_dir, ".xlsx", kXlsxType, filename,
                         [&](const std::string& path) -> core::Status {
                           auto rows = write(path);
                           if (!rows.ok()) return rows.error();
                           return {};
                         });
}

Response document_download(const Request& req, const Ctx& ctx, const std::string& data_dir,
                           const docs::AdministrativeDocument& doc, DocFormat format, const std::string& stem) {
  const bool pdf = format == DocFormat::kPdf;
  const std::string ext = pdf ? ".pdf" : ".docx";
  return export_download(req, ctx, data_dir, ext, pdf ? kPdfType : kDocxType, stem + ext,
                         [&](const std::string& path) {
                           return pdf ? docs::write_pdf(doc, path) : docs::write_docx(doc, path);
                         });
}

Response stored_file_download(const app::DownloadFile& file) {
  auto in = std::make_shared<std::ifstream>(file.path, std::ios::binary);
  if (!*in) return api_error(app::not_found(msg::kWhatUnitWorkFile));
  Response res;
  res.content_type = file.media_type;
  res.set_header("Content-Disposition", core::content_disposition_attachment(file.name));
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("Content-Security-Policy", "sandbox");
  res.set_header("Cache-Control", "private, no-store");
  res.stream = [in](std::string& chunk) {
    chunk.resize(64 * 1024);
    in->read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    chunk.resize(static_cast<size_t>(in->gcount()));
    return !chunk.empty();
  };
  return res;
}

}  // namespace thidua::web
