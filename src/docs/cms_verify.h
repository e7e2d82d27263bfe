// Verifying a detached CMS signature (RFC 5652), such as the one
// docs/cms_signature.h makes over an exchange package's manifest
// (app/exchange_package.h): the signed attributes' message digest must be
// the SHA-256 of `content`, the signature must verify with the signer's
// certificate, and that certificate must chain (through the certificates the
// signature carries) to one of `trusted_roots` and be valid now. Any key
// usage is accepted (agency certificates are not S/MIME certificates).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace thidua::docs {

struct VerifiedSigner {
  std::string common_name;         // the signer certificate's CN (UTF-8), "" when none
  std::string certificate_sha256;  // hex, of its DER
};

// `trusted_roots`: certificates as DER or PEM (a PEM file may hold several).
// kValidation ("signature") when the signature does not verify, for whatever
// reason; the reason is not detailed (nothing to learn for a forger).
core::Result<VerifiedSigner> verify_detached_signature(std::string_view signature_der, std::string_view content,
                                                       const std::vector<std::string>& trusted_roots);

}  // namespace thidua::docs
