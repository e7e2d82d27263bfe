#include "app/crypto.h"

#include <sodium.h>

#include <cstdlib>
#include <mutex>
#include <stdexcept>

#include "core/messages_vi/accounts.h"

namespace thidua::app {

namespace msg = core::messages_vi;

PasswordCost PasswordCost::standard() { return {3, 64u * 1024u * 1024u}; }

PasswordCost PasswordCost::from_env() {
  const char* fast = std::getenv("THIDUA_ARGON2_FAST");
  if (fast && std::string_view(fast) == "1") return {1, 8u * 1024u * 1024u};
  return standard();
}

void init_crypto() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (sodium_init() < 0) throw std::runtime_error("libsodium initialisation failed");
  });
}

core::Result<std::string> hash_password(std::string_view password, const PasswordCost& cost) {
  init_crypto();
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, password.data(), password.size(), cost.ops, cost.mem_bytes,
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return core::make_error(core::errc::kInternal, msg::kPasswordHashNoMemory);
  }
  return std::string(out);
}

bool verify_password(std::string_view password, const std::string& phc) {
  init_crypto();
  if (phc.empty() || phc.size() >= crypto_pwhash_STRBYTES) return false;
  return crypto_pwhash_str_verify(phc.c_str(), password.data(), password.size()) == 0;
}

std::string random_token(size_t bytes) {
  init_crypto();
  std::string raw(bytes, '\0');
  randombytes_buf(raw.data(), raw.size());
  std::string out(sodium_base64_ENCODED_LEN(bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(raw.data()), raw.size(),
                    sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  out.resize(std::char_traits<char>::length(out.c_str()));
  return out;
}

std::string sha256_hex(std::string_view data) {
  init_crypto();
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(data.data()), data.size());
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return std::string(hex);
}

bool secure_equals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

core::Status check_password_strength(std::string_view password) {
  if (password.size() < 10) {
    return core::make_error(core::errc::kValidation, msg::kPasswordTooShort, "password");
  }
  if (password.size() > 256) {
    return core::make_error(core::errc::kValidation, msg::kPasswordTooLong, "password");
  }
  bool lower = false, upper = false, digit = false, other = false;
  for (unsigned char c : password) {
    if (c >= 'a' && c <= 'z') lower = true;
    else if (c >= 'A' && c <= 'Z') upper = true;
    else if (c >= '0' && c <= '9') digit = true;
    else other = true;
  }
  if (int(lower) + int(upper) + int(digit) + int(other) < 2) {
    return core::make_error(core::errc::kValidation,
                            msg::kPasswordTooSimple,
                            "password");
  }
  return {};
}

}  // namespace thidua::app
