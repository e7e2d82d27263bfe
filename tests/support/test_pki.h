// Throwaway certificates for TLS tests, made at test time with the `openssl`
// command line (Debian package openssl) in a private temporary folder that is
// removed when the process ends: a CA, a server certificate it signs for
// 127.0.0.1 and localhost, the same one already expired, and one it signs for
// another host name. Nothing here is ever committed.
#pragma once

#include <string>

namespace thidua::test {

struct TestPki {
  std::string dir;
  std::string ca_cert;      // PEM: the test CA (trust it with SmtpSettings::ca_file)
  std::string server_cert;  // PEM: server certificate (IP:127.0.0.1, DNS:localhost), signed by the CA
  std::string server_key;   // PEM: its private key
  std::string other_cert;   // PEM: signed by the same CA for another host (DNS:mail.other.example only)
  std::string other_key;
  std::string expired_cert;  // PEM: like server_cert (same key), but its validity ended a day ago
};

// Made once per process; fails the calling test (ADD_FAILURE) and returns
// empty paths when openssl is missing or fails.
const TestPki& test_pki();

}  // namespace thidua::test
