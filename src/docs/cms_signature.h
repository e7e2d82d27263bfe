// The CMS signature inside a signed PDF (PAdES baseline B-B, ETSI EN 319 142-1):
// a detached CMS SignedData (RFC 5652) over the SHA-256 digest of the PDF's
// byte ranges, with the signed attributes content-type, message-digest and
// ESS signing-certificate-v2 (CAdES), and no signing-time attribute (PAdES
// puts the claimed time in the signature dictionary's /M). The signer's
// certificate and its chain are included. RSA (PKCS#1 v1.5) and EC keys.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"
#include "docs/signing_identity.h"

namespace thidua::docs {

inline constexpr size_t kSha256Size = 32;

// SHA-256 of `bytes` (32 raw bytes).
std::string sha256_raw(std::string_view bytes);

// The DER of the SignedData ContentInfo for `digest` (32 raw bytes, the
// SHA-256 of the signed content). A storage error when the key cannot sign.
core::Result<std::string> cades_detached_signature(const SigningIdentity& signer, std::string_view digest);

}  // namespace thidua::docs
