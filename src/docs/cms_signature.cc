#include "docs/cms_signature.h"

#include <openssl/evp.h>
#include <openssl/sha.h>
#include <openssl/x509.h>

#include <algorithm>
#include <vector>

#include "core/messages_vi/signing.h"
#include "docs/signing_identity_impl.h"

namespace thidua::docs {

namespace msg = core::messages_vi;

namespace {

// DER: a tag, its definite length, the content.
std::string tlv(unsigned char tag, std::string_view content) {
  std::string out(1, static_cast<char>(tag));
  const size_t n = content.size();
  if (n < 0x80) {
    out += static_cast<char>(n);
  } else {
    std::string len;
    for (size_t v = n; v > 0; v >>= 8) len.insert(len.begin(), static_cast<char>(v & 0xff));
    out += static_cast<char>(0x80 | len.size());
    out += len;
  }
  out.append(content);
  return out;
}

std::string seq(std::string_view content) { return tlv(0x30, content); }
std::string set(std::string_view content) { return tlv(0x31, content); }
std::string octets(std::string_view content) { return tlv(0x04, content); }
std::string bytes_of(std::initializer_list<unsigned char> b) { return std::string(b.begin(), b.end()); }

// Encoded OBJECT IDENTIFIERs.
const std::string kOidSignedData = bytes_of({0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02});
const std::string kOidData = bytes_of({0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x01});
const std::string kOidSha256 = bytes_of({0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01});
const std::string kOidRsa = bytes_of({0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01});
const std::string kOidEcdsaSha256 = bytes_of({0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x02});
const std::string kOidContentType = bytes_of({0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x09, 0x03});
const std::string kOidMessageDigest = bytes_of({0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x09, 0x04});
const std::string kOidSigningCertV2 =
    bytes_of({0x06, 0x0b, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x09, 0x10, 0x02, 0x2f});

template <class T, class Encode>
std::string der(T* object, Encode encode) {
  const int n = encode(object, nullptr);
  if (n <= 0) return {};
  std::string out(static_cast<size_t>(n), '\0');
  auto* p = reinterpret_cast<unsigned char*>(out.data());
  encode(object, &p);
  return out;
}

std::string attribute(const std::string& oid, const std::string& value) { return seq(oid + set(value)); }

core::Error signing_failed() { return core::make_error(core::errc::kStorage, msg::kSigningFailed); }

}  // namespace

std::string sha256_raw(std::string_view bytes) {
  std::string out(kSha256Size, '\0');
  SHA256(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), reinterpret_cast<unsigned char*>(out.data()));
  return out;
}

core::Result<std::string> cades_detached_signature(const SigningIdentity& signer, std::string_view digest) {
  const auto& impl = signer.impl();
  if (!impl.key || !impl.cert || digest.size() != kSha256Size) return signing_failed();
  const std::string cert = signer.certificate_der();
  const std::string sha256_alg = seq(kOidSha256);

  // Signed attributes, a DER SET OF: sorted by their encodings.
  std::vector<std::string> attrs = {
      attribute(kOidContentType, kOidData),
      attribute(kOidMessageDigest, octets(digest)),
      // SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 }, with
      // ESSCertIDv2 ::= SEQUENCE { certHash OCTET STRING } (SHA-256, the default).
      attribute(kOidSigningCertV2, seq(seq(seq(octets(sha256_raw(cert)))))),
  };
  std::sort(attrs.begin(), attrs.end());
  std::string attr_content;
  for (const auto& a : attrs) attr_content += a;
  const std::string signed_attrs = set(attr_content);  // what is signed

  std::string signature_alg;
  const int type = EVP_PKEY_get_base_id(impl.key.get());
  if (type == EVP_PKEY_RSA) {
    signature_alg = seq(kOidRsa + bytes_of({0x05, 0x00}));
  } else if (type == EVP_PKEY_EC) {
    signature_alg = seq(kOidEcdsaSha256);
  } else {
    return signing_failed();
  }
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> md(EVP_MD_CTX_new(), EVP_MD_CTX_free);
  size_t sig_len = 0;
  if (!md || EVP_DigestSignInit(md.get(), nullptr, EVP_sha256(), nullptr, impl.key.get()) != 1 ||
      EVP_DigestSign(md.get(), nullptr, &sig_len, reinterpret_cast<const unsigned char*>(signed_attrs.data()),
                     signed_attrs.size()) != 1) {
    return signing_failed();
  }
  std::string signature(sig_len, '\0');
  if (EVP_DigestSign(md.get(), reinterpret_cast<unsigned char*>(signature.data()), &sig_len,
                     reinterpret_cast<const unsigned char*>(signed_attrs.data()), signed_attrs.size()) != 1) {
    return signing_failed();
  }
  signature.resize(sig_len);

  const std::string issuer = der(X509_get_issuer_name(impl.cert.get()), i2d_X509_NAME);
  const std::string serial = der(X509_get0_serialNumber(impl.cert.get()), i2d_ASN1_INTEGER);
  if (issuer.empty() || serial.empty() || cert.empty()) return signing_failed();

  // SignerInfo: version 1, issuerAndSerialNumber, digest algorithm, [0]
  // IMPLICIT signed attributes, signature algorithm, signature.
  std::string signed_attrs_implicit = signed_attrs;
  signed_attrs_implicit[0] = static_cast<char>(0xa0);
  const std::string signer_info = seq(bytes_of({0x02, 0x01, 0x01}) + seq(issuer + serial) + sha256_alg +
                                      signed_attrs_implicit + signature_alg + octets(signature));
  std::string certificates = cert;
  for (const auto& c : signer.chain_der()) certificates += c;
  const std::string signed_data = seq(bytes_of({0x02, 0x01, 0x01}) + set(sha256_alg) + seq(kOidData) +
                                      tlv(0xa0, certificates) + set(signer_info));
  return seq(kOidSignedData + tlv(0xa0, signed_data));
}

}  // namespace thidua::docs
