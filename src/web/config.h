// Application configuration: defaults, overridden by a `key = value` file, then
// by THIDUA_* environment variables, then by command-line flags (the CLI applies
// those with apply_setting()). Every key, its variable and its default:
//
//   key                  environment                  default
//   listen               THIDUA_LISTEN                127.0.0.1:8080  host:port, [v6]:port or :port (all IPv4)
//   threads              THIDUA_THREADS               2        io threads, 1..256
//   db                   THIDUA_DB                    sqlite:data/thidua.db  (or postgresql://...)
//   data_dir             THIDUA_DATA_DIR              data     uploads, backups, generated documents
//   body_limit_mb        THIDUA_BODY_LIMIT_MB         32       largest request body (uploads), 1..1024
//   max_file_mb          THIDUA_MAX_FILE_MB           20       largest stored file (plans, evidence, reports), 1..200
//   header_limit_kb      THIDUA_HEADER_LIMIT_KB       16       request line + headers, 1..1024
//   read_timeout_s       THIDUA_READ_TIMEOUT_S        30       to receive one request / write one response
//   idle_timeout_s       THIDUA_IDLE_TIMEOUT_S        60       keep-alive wait between requests
//   shutdown_grace_s     THIDUA_SHUTDOWN_GRACE_S      20       graceful stop bound
//   access_log           THIDUA_ACCESS_LOG            ""       "" or "-" stdout, "off", or a file path
//   cookie_secure        THIDUA_COOKIE_SECURE         false    mark cookies Secure (behind HTTPS)
//   session_ttl_minutes  THIDUA_SESSION_TTL_MINUTES   480      login session lifetime, 5..43200
//   smtp_host            THIDUA_SMTP_HOST             ""       SMTP relay for e-mail; "" = no e-mail (in-app only)
//   smtp_port            THIDUA_SMTP_PORT             25       1..65535
//   smtp_from            THIDUA_SMTP_FROM             thidua@localhost  sender address
//   smtp_interval_s      THIDUA_SMTP_INTERVAL_S       30       outbox drained every so often, 1..86400
//   smtp_tls             THIDUA_SMTP_TLS              ""       starttls | tls (port 465) | none; "" = starttls with smtp_user, else none
//   smtp_user            THIDUA_SMTP_USER             ""       AUTH user name; "" = no AUTH
//   smtp_password_file   THIDUA_SMTP_PASSWORD_FILE    ""       file holding the AUTH password (mode 0600; see mail/smtp_setup.h)
//   smtp_ca_file         THIDUA_SMTP_CA_FILE          ""       PEM file of CAs trusted besides the system store
//   public_url           THIDUA_PUBLIC_URL            ""       the site's address (https://host[/path]) for links in e-mails
//   trusted_proxies      THIDUA_TRUSTED_PROXIES       ""       reverse proxies whose X-Forwarded-For is believed: IPs or CIDRs
//
// There is no smtp_password key: a password never goes in the configuration.
// The server certificate is always verified (mail/smtp_client.h).
//
// Booleans accept true/false, yes/no, on/off, 1/0. Durations are whole seconds,
// 0..86400. File syntax: one `key = value` per line; blank lines and lines
// starting with '#' are ignored; a value may be wrapped in double quotes.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "web/server.h"

namespace thidua::web {

struct AppConfig {
  ServerConfig server;
  std::string db_url = "sqlite:data/thidua.db";
  std::string data_dir = "data";
  int max_file_mb = 20;  // app::Services::max_file_bytes, in MiB
  bool cookie_secure = false;
  int session_ttl_minutes = 480;
  std::string smtp_host;                      // "" = e-mail off
  int smtp_port = 25;
  std::string smtp_from = "thidua@localhost";
  int smtp_interval_s = 30;
  std::string smtp_tls;            // "", "starttls", "tls" or "none" (mail/smtp_setup.h resolves "")
  std::string smtp_user;
  std::string smtp_password_file;
  std::string smtp_ca_file;
  std::string public_url;          // normalised: no trailing slash; "" = links in e-mails stay site paths
};

// Loads defaults, then the file at `path` (skipped when path is ""), then the
// known THIDUA_* entries of `env` (others are ignored). Errors (kValidation,
// field = the key): unreadable file, a line that is not `key = value`, an unknown
// key, a key given twice in the file, a bad value. Messages name the file line
// or the environment variable.
core::Result<AppConfig> load_config(const std::string& path, const std::map<std::string, std::string>& env);

// Applies one setting by its file key (as above) to `cfg`: the path for
// command-line flags. Errors as for load_config, naming `origin` (e.g. "--listen").
core::Status apply_setting(AppConfig& cfg, std::string_view key, std::string_view value,
                           std::string_view origin = {});

// The file keys, in the documented order.
const std::vector<std::string>& config_keys();

// The environment variable for a key ("body_limit_mb" -> "THIDUA_BODY_LIMIT_MB").
std::string env_name(std::string_view key);

// This process's environment as a map (for load_config).
std::map<std::string, std::string> process_environment();

}  // namespace thidua::web
