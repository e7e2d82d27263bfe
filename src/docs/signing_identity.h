// A signing identity (chứng thư số): a private key, its X.509 certificate and
// the certificates that issued it, read from a PKCS#12 file; and the demo's
// certificate authority, which issues the agency's and the director's
// certificates on a machine that has none (app/document_signing.h).
// Key material stays in memory; nothing here logs or prints it.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace thidua::docs {

// Owns an OpenSSL key, certificate and chain. Move-only.
class SigningIdentity {
 public:
  SigningIdentity();
  ~SigningIdentity();
  SigningIdentity(SigningIdentity&&) noexcept;
  SigningIdentity& operator=(SigningIdentity&&) noexcept;
  SigningIdentity(const SigningIdentity&) = delete;
  SigningIdentity& operator=(const SigningIdentity&) = delete;

  // The certificate's subject common name (CN), UTF-8; "" when it has none.
  std::string common_name() const;
  // DER encodings: the certificate, then the issuing chain (leaf's issuer first).
  std::string certificate_der() const;
  std::vector<std::string> chain_der() const;

  struct Impl;
  Impl& impl() const { return *impl_; }

 private:
  std::unique_ptr<Impl> impl_;
};

// Reads a PKCS#12 file (.p12/.pfx) with its passphrase. A missing or
// unreadable file is a storage error; a wrong passphrase or a file without a
// key and its certificate is a validation error. Neither names the passphrase.
core::Result<SigningIdentity> load_pkcs12(const std::string& path, const std::string& passphrase);
// The same from the file's bytes (DER).
core::Result<SigningIdentity> load_pkcs12_bytes(std::string_view der, const std::string& passphrase);

// `id` as PKCS#12 bytes protected by `passphrase` (AES-256, PBKDF2 and the
// MAC at OpenSSL's default iteration counts).
core::Result<std::string> pkcs12_bytes(const SigningIdentity& id, const std::string& passphrase);

// Writes pkcs12_bytes at `path`, created with mode 0600 (readable by the
// server user only), replacing any file there through a temporary file and a
// rename.
core::Status save_pkcs12(const SigningIdentity& id, const std::string& path, const std::string& passphrase);

// kValidation (kSigningCertificateNotValidNow) unless the certificate is
// within its validity period now: a signature by an expired or not yet valid
// certificate would not verify.
core::Status check_valid_now(const SigningIdentity& id);

// What a new certificate names: the common name (an agency or a person),
// organisation and locality (UTF-8) and how many days it is valid.
struct CertificateSubject {
  std::string common_name;
  std::string organisation;
  std::string locality;
  int valid_days = 3650;
  int backdated_days = 0;  // valid from this many days (and an hour) before now
};

// A new self-signed certificate authority with a fresh RSA-2048 key (the demo's).
core::Result<SigningIdentity> new_certificate_authority(const CertificateSubject& subject);

// A new RSA-2048 key and a certificate for it issued by `ca` for document
// signing (digitalSignature and nonRepudiation); its chain is `ca`'s
// certificate then `ca`'s chain.
core::Result<SigningIdentity> issue_signing_identity(const SigningIdentity& ca, const CertificateSubject& subject);

}  // namespace thidua::docs
