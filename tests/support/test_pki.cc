#include "support/test_pki.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>

namespace thidua::test {
namespace {

// Removes the folder (and the private keys in it) at process exit.
struct PkiHolder {
  TestPki pki;
  bool ok = false;
  ~PkiHolder() {
    if (!pki.dir.empty()) {
      std::error_code ignored;
      std::filesystem::remove_all(pki.dir, ignored);
    }
  }
};

bool run(const std::string& command) { return std::system((command + " >/dev/null 2>&1").c_str()) == 0; }

PkiHolder make() {
  PkiHolder h;
  std::string tmpl = (std::filesystem::temp_directory_path() / "thidua-pki-XXXXXX").string();
  if (!::mkdtemp(tmpl.data())) return h;
  h.pki.dir = tmpl;
  const std::string d = tmpl + "/";
  {
    std::ofstream ext(d + "server.ext");
    ext << "subjectAltName = IP:127.0.0.1, DNS:localhost\n"
           "basicConstraints = critical, CA:FALSE\n"
           "keyUsage = critical, digitalSignature, keyEncipherment\n"
           "extendedKeyUsage = serverAuth\n";
    std::ofstream other(d + "other.ext");
    other << "subjectAltName = DNS:mail.other.example\n"
             "basicConstraints = critical, CA:FALSE\n"
             "extendedKeyUsage = serverAuth\n";
  }
  const std::string ec = " -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes";
  h.ok = run("openssl req -x509" + ec + " -keyout " + d + "ca.key -out " + d +
             "ca.pem -days 2 -subj '/CN=thidua test CA' -addext 'basicConstraints=critical,CA:TRUE' "
             "-addext 'keyUsage=critical,keyCertSign,cRLSign'") &&
         run("openssl req" + ec + " -keyout " + d + "server.key -out " + d + "server.csr -subj '/CN=127.0.0.1'") &&
         run("openssl x509 -req -in " + d + "server.csr -CA " + d + "ca.pem -CAkey " + d + "ca.key -CAcreateserial" +
             " -out " + d + "server.pem -days 2 -extfile " + d + "server.ext") &&
         run("openssl x509 -req -in " + d + "server.csr -CA " + d + "ca.pem -CAkey " + d + "ca.key -CAcreateserial" +
             " -out " + d + "expired.pem -days -1 -extfile " + d + "server.ext") &&
         run("openssl req" + ec + " -keyout " + d + "other.key -out " + d + "other.csr -subj '/CN=mail.other.example'") &&
         run("openssl x509 -req -in " + d + "other.csr -CA " + d + "ca.pem -CAkey " + d + "ca.key -CAcreateserial" +
             " -out " + d + "other.pem -days 2 -extfile " + d + "other.ext");
  h.pki.ca_cert = d + "ca.pem";
  h.pki.server_cert = d + "server.pem";
  h.pki.server_key = d + "server.key";
  h.pki.other_cert = d + "other.pem";
  h.pki.other_key = d + "other.key";
  h.pki.expired_cert = d + "expired.pem";
  return h;
}

}  // namespace

const TestPki& test_pki() {
  static PkiHolder holder = make();
  if (!holder.ok) {
    ADD_FAILURE() << "could not make test certificates with the openssl command in " << holder.pki.dir;
    static const TestPki empty;
    return empty;
  }
  return holder.pki;
}

}  // namespace thidua::test
