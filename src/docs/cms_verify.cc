#include "docs/cms_verify.h"

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <memory>

#include "core/hex.h"
#include "core/messages_vi/exchange.h"
#include "docs/signing_identity_impl.h"

namespace thidua::docs {

namespace msg = core::messages_vi;

namespace {

struct Free {
  void operator()(X509_STORE* p) const { X509_STORE_free(p); }
  void operator()(X509* p) const { X509_free(p); }
  void operator()(BIO* p) const { BIO_free(p); }
  void operator()(CMS_ContentInfo* p) const { CMS_ContentInfo_free(p); }
};
template <class T>
using Owned = std::unique_ptr<T, Free>;

core::Error invalid() {
  return core::make_error("exchange_signature_invalid", msg::kExchangeSignatureInvalid, "signature");
}

// Adds every certificate of `bytes` (one DER, or PEM blocks) to `store`;
// returns how many.
int add_certificates(X509_STORE* store, const std::string& bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  if (Owned<X509> der(d2i_X509(nullptr, &p, static_cast<long>(bytes.size()))); der) {
    return X509_STORE_add_cert(store, der.get()) == 1 ? 1 : 0;
  }
  ERR_clear_error();
  Owned<BIO> bio(BIO_new_mem_buf(bytes.data(), static_cast<int>(bytes.size())));
  int added = 0;
  while (bio) {
    Owned<X509> cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    if (!cert) break;
    if (X509_STORE_add_cert(store, cert.get()) == 1) ++added;
  }
  ERR_clear_error();
  return added;
}

std::string der_sha256_hex(X509* cert) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  if (X509_digest(cert, EVP_sha256(), md, &len) != 1) return {};
  return core::to_hex(std::span<const uint8_t>(md, len));
}

}  // namespace

core::Result<VerifiedSigner> verify_detached_signature(std::string_view signature_der, std::string_view content,
                                                       const std::vector<std::string>& trusted_roots) {
  Owned<X509_STORE> store(X509_STORE_new());
  if (!store) return invalid();
  int roots = 0;
  for (const auto& r : trusted_roots) roots += add_certificates(store.get(), r);
  if (roots == 0) return invalid();
  X509_STORE_set_purpose(store.get(), X509_PURPOSE_ANY);
  const auto* p = reinterpret_cast<const unsigned char*>(signature_der.data());
  Owned<CMS_ContentInfo> cms(d2i_CMS_ContentInfo(nullptr, &p, static_cast<long>(signature_der.size())));
  if (!cms || p != reinterpret_cast<const unsigned char*>(signature_der.data()) + signature_der.size()) {
    ERR_clear_error();
    return invalid();
  }
  Owned<BIO> data(BIO_new_mem_buf(content.data(), static_cast<int>(content.size())));
  if (!data || CMS_verify(cms.get(), nullptr, store.get(), data.get(), nullptr, CMS_BINARY) != 1) {
    ERR_clear_error();
    return invalid();
  }
  STACK_OF(X509)* signers = CMS_get0_signers(cms.get());
  if (signers == nullptr || sk_X509_num(signers) != 1) {
    sk_X509_free(signers);
    return invalid();
  }
  X509* signer = sk_X509_value(signers, 0);
  VerifiedSigner out{certificate_common_name(signer), der_sha256_hex(signer)};
  sk_X509_free(signers);
  return out;
}

}  // namespace thidua::docs
