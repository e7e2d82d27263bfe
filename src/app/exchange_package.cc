#include "app/exchange_package.h"

#include <openssl/evp.h>
#include <zip.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <optional>
#include <set>

#include "app/crypto.h"
#include "core/hex.h"
#include "core/messages_vi/exchange.h"
#include "core/names.h"
#include "docs/cms_signature.h"
#include "docs/cms_verify.h"

namespace thidua::app {

namespace msg = core::messages_vi;
namespace fs = std::filesystem;

namespace {

core::Error damaged() { return core::make_error(exchange_errc::kDamaged, msg::kExchangeDamaged, "package"); }
core::Error altered(const std::string& detail) {
  return core::make_error(exchange_errc::kAltered, detail, "package");
}

struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};
using ZipHandle = std::unique_ptr<zip_t, ZipCloser>;
struct ZipFileCloser {
  void operator()(zip_file_t* f) const { zip_fclose(f); }
};
struct DigestFree {
  void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
};

// Reads entry `index` through (CRC checked by libzip), hashing it, keeping at
// most `keep` bytes of it in `kept`. Returns the SHA-256 and the size read,
// or nullopt when it cannot be read whole.
struct EntryRead {
  std::string sha256;
  int64_t size = 0;
};
std::optional<EntryRead> read_entry(zip_t* z, zip_uint64_t index, size_t keep, std::string* kept) {
  std::unique_ptr<zip_file_t, ZipFileCloser> f(zip_fopen_index(z, index, 0));
  if (!f) return std::nullopt;
  std::unique_ptr<EVP_MD_CTX, DigestFree> ctx(EVP_MD_CTX_new());
  if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1) return std::nullopt;
  char buf[65536];
  EntryRead out;
  while (true) {
    const zip_int64_t n = zip_fread(f.get(), buf, sizeof buf);
    if (n < 0) return std::nullopt;
    if (n == 0) break;
    EVP_DigestUpdate(ctx.get(), buf, static_cast<size_t>(n));
    out.size += n;
    if (kept != nullptr) {
      if (kept->size() + static_cast<size_t>(n) > keep) return std::nullopt;
      kept->append(buf, static_cast<size_t>(n));
    }
  }
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  if (EVP_DigestFinal_ex(ctx.get(), md, &len) != 1) return std::nullopt;
  out.sha256 = core::to_hex(std::span<const uint8_t>(md, len));
  return out;
}

core::Result<std::string> read_whole(const std::string& path, size_t max_bytes) {
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (ec) return core::make_error(core::errc::kValidation, msg::kExchangeUnreadable, "package");
  if (size > max_bytes) return core::make_error(core::errc::kTooLarge, msg::kExchangeTooLarge, "package");
  std::ifstream in(path, std::ios::binary);
  std::string bytes(static_cast<size_t>(size), '\0');
  if (!in || !in.read(bytes.data(), static_cast<std::streamsize>(size))) {
    return core::make_error(core::errc::kValidation, msg::kExchangeUnreadable, "package");
  }
  return bytes;
}

}  // namespace

std::string exchange_trust_dir(const std::string& data_dir) { return (fs::path(data_dir) / "trust").string(); }

std::vector<std::string> read_trusted_roots(const std::string& data_dir) {
  std::vector<std::string> out;
  std::error_code ec;
  const fs::path dir = exchange_trust_dir(data_dir);
  if (!fs::is_directory(dir, ec)) return out;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    const std::string ext = e.path().extension().string();
    if (e.is_regular_file(ec) && (ext == ".cer" || ext == ".der" || ext == ".pem" || ext == ".crt")) {
      files.push_back(e.path());
    }
  }
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    auto bytes = read_whole(f.string(), 1u << 20);
    if (bytes.ok()) out.push_back(std::move(*bytes));
  }
  return out;
}

core::Result<std::string> sign_manifest(const docs::SigningIdentity& signer, std::string_view manifest) {
  return docs::cades_detached_signature(signer, docs::sha256_raw(manifest));
}

std::vector<ExchangeFile> list_files(const std::vector<PackageFile>& files) {
  std::vector<ExchangeFile> out;
  out.reserve(files.size());
  for (const auto& f : files) out.push_back({f.name, static_cast<int64_t>(f.bytes.size()), sha256_hex(f.bytes)});
  return out;
}

core::Status write_package(const std::string& path, std::string_view manifest, std::string_view signature,
                           const std::vector<PackageFile>& files) {
  const core::Error failed = core::make_error(core::errc::kStorage, msg::kExchangeCannotWrite);
  int err = 0;
  zip_t* zip = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  if (zip == nullptr) return failed;
  auto add = [&](const std::string& name, std::string_view bytes) {
    zip_source_t* src = zip_source_buffer(zip, bytes.data(), bytes.size(), 0);
    if (src != nullptr && zip_file_add(zip, name.c_str(), src, ZIP_FL_ENC_UTF_8) >= 0) return true;
    if (src != nullptr) zip_source_free(src);
    return false;
  };
  bool ok = add(kManifestName, manifest) && add(kSignatureName, signature);
  for (size_t i = 0; ok && i < files.size(); ++i) ok = add(files[i].name, files[i].bytes);
  if (!ok || zip_close(zip) != 0) {
    zip_discard(zip);
    return failed;
  }
  return {};
}

core::Result<std::string> read_package_file(const std::string& path, size_t max_bytes) {
  return read_whole(path, max_bytes);
}

core::Result<VerifiedPackage> verify_package(const std::string& path, const std::vector<std::string>& trusted_roots,
                                             size_t max_bytes) {
  auto bytes = read_whole(path, max_bytes);
  if (!bytes.ok()) return bytes.error();
  return verify_package_bytes(std::move(*bytes), trusted_roots, max_bytes);
}

core::Result<VerifiedPackage> verify_package_bytes(std::string whole, const std::vector<std::string>& trusted_roots,
                                                   size_t max_bytes) {
  if (whole.size() > max_bytes) return core::make_error(core::errc::kTooLarge, msg::kExchangeTooLarge, "package");
  std::string* bytes = &whole;
  VerifiedPackage out;
  out.package_sha256 = sha256_hex(*bytes);
  out.package_size = static_cast<int64_t>(bytes->size());

  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src = zip_source_buffer_create(bytes->data(), bytes->size(), 0, &error);
  if (src == nullptr) return damaged();
  ZipHandle zip(zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &error));
  zip_error_fini(&error);
  if (!zip) {
    zip_source_free(src);
    return damaged();
  }
  const zip_int64_t count = zip_get_num_entries(zip.get(), 0);
  if (count < 2 || static_cast<size_t>(count) > kMaxExchangeFiles + 2) return damaged();
  std::map<std::string, zip_uint64_t> entries;
  for (zip_int64_t i = 0; i < count; ++i) {
    const char* name = zip_get_name(zip.get(), static_cast<zip_uint64_t>(i), ZIP_FL_ENC_RAW);
    if (name == nullptr || !entries.emplace(name, static_cast<zip_uint64_t>(i)).second) return damaged();
  }
  auto manifest_at = entries.find(kManifestName);
  auto signature_at = entries.find(kSignatureName);
  if (manifest_at == entries.end() || signature_at == entries.end()) {
    return core::make_error(exchange_errc::kDamaged, msg::kExchangeManifestMissing, "package");
  }
  std::string manifest, signature;
  if (!read_entry(zip.get(), manifest_at->second, kMaxManifestBytes, &manifest) ||
      !read_entry(zip.get(), signature_at->second, 1u << 20, &signature)) {
    return damaged();
  }
  // The signature first: nothing of an unsigned manifest is believed.
  if (trusted_roots.empty()) return core::make_error(exchange_errc::kSignature, msg::kExchangeNoTrust, "package");
  auto signer = docs::verify_detached_signature(signature, manifest, trusted_roots);
  if (!signer.ok()) return core::make_error(exchange_errc::kSignature, msg::kExchangeSignatureInvalid, "package");
  auto m = manifest_from_json(manifest);
  if (!m.ok()) return m.error();
  if (core::fold(signer->common_name) != core::fold(m->sender.name)) {
    return core::make_error(exchange_errc::kSignature, msg::kExchangeSignerNotSender, "package");
  }
  std::set<std::string> listed;
  for (const auto& f : m->files) {
    listed.insert(f.name);
    auto at = entries.find(f.name);
    if (at == entries.end()) return altered(std::string(msg::kExchangeFileMissing) + f.name);
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(zip.get(), at->second, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) return damaged();
    if (static_cast<int64_t>(st.size) != f.bytes) return altered(std::string(msg::kExchangeFileAltered) + f.name);
    auto read = read_entry(zip.get(), at->second, 0, nullptr);
    if (!read) return damaged();
    if (read->size != f.bytes || read->sha256 != f.sha256) {
      return altered(std::string(msg::kExchangeFileAltered) + f.name);
    }
  }
  for (const auto& [name, index] : entries) {
    if (name != kManifestName && name != kSignatureName && !listed.count(name)) {
      // The name is the sender's: shown only when it is a plain, short file name.
      const bool showable = is_package_file_name(name) && name.size() <= 120;
      return altered(std::string(msg::kExchangeFileUnlisted) + (showable ? name : std::string("?")));
    }
  }
  out.manifest = std::move(*m);
  out.manifest_sha256 = sha256_hex(manifest);
  out.manifest_bytes = std::move(manifest);
  out.signer = signer->common_name;
  out.signer_certificate_sha256 = signer->certificate_sha256;
  zip.reset();  // reads the buffer no more
  out.package_bytes = std::move(*bytes);
  return out;
}

core::Result<std::vector<PackageFile>> read_zip_entries(const std::string& path, size_t max_total) {
  const core::Error unreadable = core::make_error(core::errc::kStorage, msg::kExchangeUnreadable);
  int err = 0;
  ZipHandle zip(zip_open(path.c_str(), ZIP_RDONLY, &err));
  if (!zip) return unreadable;
  std::vector<PackageFile> out;
  size_t total = 0;
  const zip_int64_t count = zip_get_num_entries(zip.get(), 0);
  for (zip_int64_t i = 0; i < count; ++i) {
    const char* name = zip_get_name(zip.get(), static_cast<zip_uint64_t>(i), ZIP_FL_ENC_RAW);
    if (name == nullptr) return unreadable;
    PackageFile f;
    f.name = name;
    if (!read_entry(zip.get(), static_cast<zip_uint64_t>(i), max_total - total, &f.bytes)) {
      return core::make_error(core::errc::kTooLarge, msg::kExchangeTooLarge, "package");
    }
    total += f.bytes.size();
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace thidua::app
