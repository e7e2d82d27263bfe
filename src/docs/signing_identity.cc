#include "docs/signing_identity.h"

#include <fcntl.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>

#include "core/messages_vi/signing.h"
#include "docs/signing_identity_impl.h"

namespace thidua::docs {

namespace msg = core::messages_vi;

SigningIdentity::SigningIdentity() : impl_(std::make_unique<Impl>()) {}
SigningIdentity::~SigningIdentity() = default;
SigningIdentity::SigningIdentity(SigningIdentity&&) noexcept = default;
SigningIdentity& SigningIdentity::operator=(SigningIdentity&&) noexcept = default;

namespace {

std::string der_of(X509* cert) {
  const int n = i2d_X509(cert, nullptr);
  if (n <= 0) return {};
  std::string out(static_cast<size_t>(n), '\0');
  auto* p = reinterpret_cast<unsigned char*>(out.data());
  i2d_X509(cert, &p);
  return out;
}

core::Error key_failed() { return core::make_error(core::errc::kStorage, msg::kSigningKeyFailed); }

bool add_entry(X509_NAME* name, const char* field, const std::string& value) {
  if (value.empty()) return true;
  return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(value.data()),
                                    static_cast<int>(value.size()), -1, 0) == 1;
}

bool add_extension(X509* cert, X509* issuer, int nid, const char* value) {
  X509V3_CTX ctx;
  X509V3_set_ctx_nodb(&ctx);
  X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
  X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
  if (ext == nullptr) return false;
  const bool ok = X509_add_ext(cert, ext, -1) == 1;
  X509_EXTENSION_free(ext);
  return ok;
}

// A certificate for `key` named `subject`, signed by `issuer_key` under
// `issuer` (itself when null: a self-signed authority).
core::Result<SigningIdentity> make_identity(const CertificateSubject& subject, const SigningIdentity* issuer, bool ca) {
  SigningIdentity id;
  auto& impl = id.impl();
  impl.key.reset(EVP_RSA_gen(2048));
  impl.cert.reset(X509_new());
  if (!impl.key || !impl.cert) return key_failed();
  X509* cert = impl.cert.get();
  unsigned char serial[16];
  if (RAND_bytes(serial, sizeof serial) != 1) return key_failed();
  serial[0] &= 0x7f;  // a positive INTEGER
  BIGNUM* bn = BN_bin2bn(serial, sizeof serial, nullptr);
  const bool serial_ok = bn != nullptr && BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert)) != nullptr;
  BN_free(bn);
  X509_NAME* name = X509_get_subject_name(cert);
  if (!serial_ok || X509_set_version(cert, 2) != 1 || !add_entry(name, "C", "VN") ||
      !add_entry(name, "L", subject.locality) || !add_entry(name, "O", subject.organisation) ||
      !add_entry(name, "CN", subject.common_name) || X509_set_pubkey(cert, impl.key.get()) != 1 ||
      X509_gmtime_adj(X509_getm_notBefore(cert), -3600 - static_cast<long>(subject.backdated_days) * 86400) ==
          nullptr ||
      X509_gmtime_adj(X509_getm_notAfter(cert), static_cast<long>(subject.valid_days) * 86400) == nullptr) {
    return key_failed();
  }
  X509* issuer_cert = issuer ? issuer->impl().cert.get() : cert;
  EVP_PKEY* issuer_key = issuer ? issuer->impl().key.get() : impl.key.get();
  if (X509_set_issuer_name(cert, X509_get_subject_name(issuer_cert)) != 1) return key_failed();
  const bool ext_ok =
      ca ? add_extension(cert, issuer_cert, NID_basic_constraints, "critical,CA:TRUE") &&
               add_extension(cert, issuer_cert, NID_key_usage, "critical,keyCertSign,cRLSign") &&
               add_extension(cert, issuer_cert, NID_subject_key_identifier, "hash")
         : add_extension(cert, issuer_cert, NID_basic_constraints, "critical,CA:FALSE") &&
               add_extension(cert, issuer_cert, NID_key_usage, "critical,digitalSignature,nonRepudiation") &&
               add_extension(cert, issuer_cert, NID_subject_key_identifier, "hash") &&
               add_extension(cert, issuer_cert, NID_authority_key_identifier, "keyid:always");
  if (!ext_ok || X509_sign(cert, issuer_key, EVP_sha256()) <= 0) return key_failed();
  if (issuer) {
    X509_up_ref(issuer->impl().cert.get());
    impl.chain.emplace_back(issuer->impl().cert.get());
    for (const auto& c : issuer->impl().chain) {
      X509_up_ref(c.get());
      impl.chain.emplace_back(c.get());
    }
  }
  return id;
}

}  // namespace

std::string certificate_common_name(X509* cert) {
  X509_NAME* name = X509_get_subject_name(cert);
  const int at = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
  if (at < 0) return {};
  unsigned char* utf8 = nullptr;
  const int n = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, at)));
  if (n < 0) return {};
  std::string out(reinterpret_cast<char*>(utf8), static_cast<size_t>(n));
  OPENSSL_free(utf8);
  return out;
}

std::string SigningIdentity::common_name() const {
  return impl_->cert ? certificate_common_name(impl_->cert.get()) : std::string();
}

std::string SigningIdentity::certificate_der() const { return impl_->cert ? der_of(impl_->cert.get()) : std::string(); }

std::vector<std::string> SigningIdentity::chain_der() const {
  std::vector<std::string> out;
  for (const auto& c : impl_->chain) out.push_back(der_of(c.get()));
  return out;
}

core::Result<SigningIdentity> load_pkcs12(const std::string& path, const std::string& passphrase) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return core::make_error(core::errc::kStorage, msg::kSigningFileUnreadable);
  std::string der;
  char buf[8192];
  size_t n = 0;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0 && der.size() < (16u << 20)) der.append(buf, n);
  const bool failed = std::ferror(f) != 0;
  std::fclose(f);
  if (failed) return core::make_error(core::errc::kStorage, msg::kSigningFileUnreadable);
  return load_pkcs12_bytes(der, passphrase);
}

core::Result<SigningIdentity> load_pkcs12_bytes(std::string_view der, const std::string& passphrase) {
  const auto* p = reinterpret_cast<const unsigned char*>(der.data());
  std::unique_ptr<PKCS12, decltype(&PKCS12_free)> p12(d2i_PKCS12(nullptr, &p, static_cast<long>(der.size())),
                                                      PKCS12_free);
  if (!p12) return core::make_error(core::errc::kValidation, msg::kSigningFileInvalid);
  EVP_PKEY* key = nullptr;
  X509* cert = nullptr;
  STACK_OF(X509)* ca = nullptr;
  if (PKCS12_parse(p12.get(), passphrase.c_str(), &key, &cert, &ca) != 1 || key == nullptr || cert == nullptr ||
      X509_check_private_key(cert, key) != 1) {
    EVP_PKEY_free(key);
    X509_free(cert);
    sk_X509_pop_free(ca, X509_free);
    return core::make_error(core::errc::kValidation, msg::kSigningFileInvalid);
  }
  SigningIdentity id;
  id.impl().key.reset(key);
  id.impl().cert.reset(cert);
  // PKCS12_parse returns the other certificates in the file's order; the
  // issuer of each is found by name, so the chain is ordered leaf upwards.
  std::vector<X509*> others;
  for (int i = 0; ca != nullptr && i < sk_X509_num(ca); ++i) others.push_back(sk_X509_value(ca, i));
  X509* current = cert;
  for (size_t step = 0; step < others.size(); ++step) {
    X509* next = nullptr;
    for (X509*& o : others) {
      if (o != nullptr && X509_check_issued(o, current) == X509_V_OK && o != current) {
        next = o;
        o = nullptr;
        break;
      }
    }
    if (next == nullptr) break;
    id.impl().chain.emplace_back(next);
    current = next;
  }
  for (X509* o : others) X509_free(o);  // not in the chain: dropped
  sk_X509_free(ca);
  return id;
}

core::Result<std::string> pkcs12_bytes(const SigningIdentity& id, const std::string& passphrase) {
  STACK_OF(X509)* ca = sk_X509_new_null();
  for (const auto& c : id.impl().chain) sk_X509_push(ca, c.get());
  const std::string friendly = id.common_name();
  PKCS12* p12 = PKCS12_create(passphrase.c_str(), friendly.c_str(), id.impl().key.get(), id.impl().cert.get(), ca,
                              NID_aes_256_cbc, NID_aes_256_cbc, PKCS12_DEFAULT_ITER, PKCS12_DEFAULT_ITER, 0);
  sk_X509_free(ca);
  if (p12 == nullptr) return core::make_error(core::errc::kStorage, msg::kSigningFileNotWritten);
  std::unique_ptr<PKCS12, decltype(&PKCS12_free)> owner(p12, PKCS12_free);
  const int n = i2d_PKCS12(p12, nullptr);
  if (n <= 0) return core::make_error(core::errc::kStorage, msg::kSigningFileNotWritten);
  std::string out(static_cast<size_t>(n), '\0');
  auto* w = reinterpret_cast<unsigned char*>(out.data());
  if (i2d_PKCS12(p12, &w) != n) return core::make_error(core::errc::kStorage, msg::kSigningFileNotWritten);
  return out;
}

core::Status save_pkcs12(const SigningIdentity& id, const std::string& path, const std::string& passphrase) {
  auto bytes = pkcs12_bytes(id, passphrase);
  if (!bytes.ok()) return bytes.error();
  const std::string tmp = path + ".part";
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) return core::make_error(core::errc::kStorage, msg::kSigningFileNotWritten);
  ::fchmod(fd, 0600);
  size_t done = 0;
  while (done < bytes->size()) {
    const ssize_t n = ::write(fd, bytes->data() + done, bytes->size() - done);
    if (n <= 0) break;
    done += static_cast<size_t>(n);
  }
  const bool written = done == bytes->size() && ::fsync(fd) == 0;
  ::close(fd);
  std::error_code ec;
  if (!written) {
    std::filesystem::remove(tmp, ec);
    return core::make_error(core::errc::kStorage, msg::kSigningFileNotWritten);
  }
  std::filesystem::rename(tmp, path, ec);
  if (ec) return core::make_error(core::errc::kStorage, msg::kSigningFileNotWritten);
  return {};
}

core::Status check_valid_now(const SigningIdentity& id) {
  X509* cert = id.impl().cert.get();
  if (cert == nullptr || X509_cmp_current_time(X509_get0_notBefore(cert)) >= 0 ||
      X509_cmp_current_time(X509_get0_notAfter(cert)) <= 0) {
    return core::make_error(core::errc::kValidation, msg::signing_certificate_not_valid_now(id.common_name()));
  }
  return {};
}

core::Result<SigningIdentity> new_certificate_authority(const CertificateSubject& subject) {
  return make_identity(subject, nullptr, true);
}

core::Result<SigningIdentity> issue_signing_identity(const SigningIdentity& ca, const CertificateSubject& subject) {
  return make_identity(subject, &ca, false);
}

}  // namespace thidua::docs
