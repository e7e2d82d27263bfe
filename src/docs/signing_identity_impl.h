// The OpenSSL objects behind a docs::SigningIdentity, for the docs files that
// sign with it (cms_signature.cc) or verify (cms_verify.cc). Not part of any
// other layer's interface.
#pragma once

#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>
#include <string>
#include <vector>

#include "docs/signing_identity.h"

namespace thidua::docs {

struct KeyFree {
  void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
};
struct CertFree {
  void operator()(X509* c) const { X509_free(c); }
};

// The certificate's subject common name (CN), UTF-8; "" when it has none.
std::string certificate_common_name(X509* cert);

struct SigningIdentity::Impl {
  std::unique_ptr<EVP_PKEY, KeyFree> key;
  std::unique_ptr<X509, CertFree> cert;
  std::vector<std::unique_ptr<X509, CertFree>> chain;  // leaf's issuer first
};

}  // namespace thidua::docs
