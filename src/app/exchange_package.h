// The file of an exchange package (app/exchange_manifest.h gives its
// manifest): writing one, and opening one for import with every check done
// before anything is stored. No database here.
//
// Verification, in this order, each failure a clear error that names what
// is wrong (Vietnamese) with a stable code:
//   the file is at most `max_bytes`, a whole ZIP (libzip's consistency check)
//     with no two entries of one name           exchange_damaged
//   manifest.json and manifest.p7s are there    exchange_damaged
//   the signature over manifest.json's bytes verifies and chains to a trusted
//     root (data_dir/trust), and its certificate names the sending agency
//     (names compared without case or diacritics) exchange_signature_invalid
//   the manifest reads (format "thidua-exchange"), version 1
//                                               validation_failed / exchange_version_unsupported
//   every listed file is there with its size and SHA-256 (read through, CRC
//     checked), and nothing unlisted is         exchange_altered
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "app/exchange_manifest.h"
#include "core/result.h"
#include "docs/signing_identity.h"

namespace thidua::app {

namespace exchange_errc {
inline constexpr const char* kDamaged = "exchange_damaged";
inline constexpr const char* kSignature = "exchange_signature_invalid";
inline constexpr const char* kAltered = "exchange_altered";
inline constexpr const char* kReplayed = "exchange_replayed";
inline constexpr const char* kVersion = "exchange_version_unsupported";
}  // namespace exchange_errc

inline constexpr size_t kMaxPackageBytes = 256u << 20;

// data_dir/trust: the certificates (DER .cer/.der or PEM .pem/.crt) of the
// authorities whose agencies' packages this server accepts.
std::string exchange_trust_dir(const std::string& data_dir);
// Every certificate file there (bytes), in name order; an absent folder is none.
std::vector<std::string> read_trusted_roots(const std::string& data_dir);

// One file of a package, in memory.
struct PackageFile {
  std::string name;
  std::string bytes;
};

// The detached CMS signature (DER) of `manifest` by `signer`.
core::Result<std::string> sign_manifest(const docs::SigningIdentity& signer, std::string_view manifest);

// Writes a package at `path`: manifest.json, manifest.p7s, then `files` in
// order. The caller made the manifest list them (see list_files).
core::Status write_package(const std::string& path, std::string_view manifest, std::string_view signature,
                           const std::vector<PackageFile>& files);

// The manifest's `files` for `files`: name, size, SHA-256.
std::vector<ExchangeFile> list_files(const std::vector<PackageFile>& files);

// A package that passed every check.
struct VerifiedPackage {
  ExchangeManifest manifest;
  std::string manifest_bytes;
  std::string manifest_sha256;
  std::string signer;  // the signing certificate's CN
  std::string signer_certificate_sha256;
  std::string package_sha256;  // of the whole file
  int64_t package_size = 0;
  std::string package_bytes;  // the whole file, to keep in the file store
};
core::Result<VerifiedPackage> verify_package(const std::string& path, const std::vector<std::string>& trusted_roots,
                                             size_t max_bytes = kMaxPackageBytes);
// The same for the package's bytes (an upload, or read_package_file).
core::Result<VerifiedPackage> verify_package_bytes(std::string bytes, const std::vector<std::string>& trusted_roots,
                                                   size_t max_bytes = kMaxPackageBytes);
// The whole file at `path` when it is at most `max_bytes` (kTooLarge) and
// readable (kValidation, field "package").
core::Result<std::string> read_package_file(const std::string& path, size_t max_bytes = kMaxPackageBytes);

// The entries of a ZIP file (a dossier), in order, each at most `max_total`
// bytes together. kStorage when it cannot be read.
core::Result<std::vector<PackageFile>> read_zip_entries(const std::string& path, size_t max_total);

}  // namespace thidua::app
