#include "app/import_staging.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/access.h"
#include "app/crypto.h"
#include "core/messages_vi/imports.h"

namespace thidua::app {

namespace msg = core::messages_vi;

namespace fs = std::filesystem;
namespace {

fs::path imports_dir(const Services& services) { return fs::path(services.data_dir) / "imports"; }

bool token_well_formed(const std::string& token) {
  if (token.size() < 20 || token.size() > 64) return false;
  for (char c : token) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) {
      return false;
    }
  }
  return true;
}

fs::path file_for(const Services& services, const std::string& token) {
  return imports_dir(services) / (sha256_hex(token) + ".upload");
}

void remove_stale(const fs::path& dir) {
  std::error_code ec;
  const auto cutoff = fs::file_time_type::clock::now() - std::chrono::hours(24);
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.last_write_time(ec) < cutoff) fs::remove(entry.path(), ec);
  }
}

std::string one_line(std::string_view s) {
  std::string out;
  for (char c : s.substr(0, 200)) out += (c == '\n' || c == '\r') ? ' ' : c;
  return out;
}

}  // namespace

core::Result<std::string> stage_upload(const Services& services, int64_t user_id, std::string_view kind,
                                       const std::string& filename, std::string_view bytes) {
  std::error_code ec;
  const fs::path dir = imports_dir(services);
  fs::create_directories(dir, ec);
  if (ec) return core::make_error(core::errc::kInternal, msg::kStagingDirFailed);
  remove_stale(dir);
  std::string token = random_token(24);
  std::ofstream out(file_for(services, token), std::ios::binary);
  std::string head = std::to_string(user_id) + "\n" + std::string(kind) + "\n" + one_line(filename) + "\n";
  out.write(head.data(), static_cast<std::streamsize>(head.size()));
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) return core::make_error(core::errc::kInternal, msg::kStagingSaveFailed);
  return token;
}

core::Result<StagedUpload> load_staged_upload(const Services& services, int64_t user_id, std::string_view kind,
                                              const std::string& token) {
  const auto gone = not_found(msg::kWhatStagedUpload);
  if (!token_well_formed(token)) return gone;
  std::ifstream in(file_for(services, token), std::ios::binary);
  if (!in) return gone;
  std::string owner, stored_kind;
  StagedUpload up;
  std::getline(in, owner);
  std::getline(in, stored_kind);
  std::getline(in, up.filename);
  if (owner != std::to_string(user_id) || stored_kind != kind) return gone;
  std::stringstream rest;
  rest << in.rdbuf();
  up.bytes = rest.str();
  return up;
}

core::Error import_refusal(core::Error error) {
  if (error.code == core::errc::kValidation) error.code = core::errc::kImportHasErrors;
  else if (error.code == core::errc::kNotFound) error.code = core::errc::kImportNotFound;
  return error;
}

void discard_staged_upload(const Services& services, const std::string& token) {
  if (!token_well_formed(token)) return;
  std::error_code ec;
  fs::remove(file_for(services, token), ec);
}

}  // namespace thidua::app
