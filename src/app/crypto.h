// Cryptographic primitives the use cases need, over libsodium: Argon2id
// password hashes, random tokens, SHA-256, constant-time comparison.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"

namespace thidua::app {

// Cost of Argon2id. Production uses libsodium's "moderate"-like defaults;
// tests may lower them (THIDUA_ARGON2_FAST=1) to keep suites quick.
struct PasswordCost {
  unsigned long long ops;
  size_t mem_bytes;
  static PasswordCost standard();  // ops 3, 64 MiB
  static PasswordCost from_env();  // standard() unless THIDUA_ARGON2_FAST=1 (ops 1, 8 MiB)
};

// Must be called once before any other function here (idempotent, thread-safe).
void init_crypto();

// Argon2id hash in the PHC string format ($argon2id$v=19$m=...,t=...,p=1$...).
core::Result<std::string> hash_password(std::string_view password, const PasswordCost& cost);
// True when `password` matches the stored PHC string (any cost).
bool verify_password(std::string_view password, const std::string& phc);

// `bytes` random bytes, base64url without padding.
std::string random_token(size_t bytes = 32);
// Lower-case hex SHA-256 of data.
std::string sha256_hex(std::string_view data);
// Constant-time equality for secrets.
bool secure_equals(std::string_view a, std::string_view b);

// Password policy: at least 10 characters, not all of one class of character.
// Returns a validation Error in Vietnamese (field "password") when weak.
core::Status check_password_strength(std::string_view password);

}  // namespace thidua::app
