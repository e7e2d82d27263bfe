#include "web/config.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>

#include <boost/url/parse.hpp>

#include "core/blanks.h"
#include "core/messages_vi/config.h"
#include "core/messages_vi/tracking.h"

extern char** environ;

namespace thidua::web {
namespace msg = core::messages_vi;

namespace {

core::Error invalid(std::string_view key, std::string_view origin, std::string what) {
  std::string message = msg::config_entry_error(key, origin, what);
  return core::make_error(core::errc::kValidation, std::move(message), std::string(key));
}

core::Result<long long> parse_int(std::string_view key, std::string_view origin, std::string_view v, long long lo,
                                  long long hi) {
  long long n = 0;
  auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (v.empty() || ec != std::errc() || end != v.data() + v.size()) {
    return invalid(key, origin, msg::config_needs_integer(v));
  }
  if (n < lo || n > hi) {
    return invalid(key, origin, msg::config_out_of_range(lo, hi));
  }
  return n;
}

core::Result<bool> parse_bool(std::string_view key, std::string_view origin, std::string_view v) {
  std::string s(v);
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (s == "true" || s == "yes" || s == "on" || s == "1") return true;
  if (s == "false" || s == "no" || s == "off" || s == "0") return false;
  return invalid(key, origin, msg::config_needs_boolean(v));
}

core::Status parse_listen(ServerConfig& server, std::string_view origin, std::string_view v) {
  constexpr std::string_view key = "listen";
  std::string host;
  std::string_view port;
  if (!v.empty() && v.front() == '[') {
    size_t close = v.find(']');
    if (close == std::string_view::npos || v.substr(close + 1, 1) != ":") {
      return invalid(key, origin, msg::config_needs_ipv6_listen(v));
    }
    host = std::string(v.substr(1, close - 1));
    port = v.substr(close + 2);
  } else {
    size_t colon = v.rfind(':');
    if (colon == std::string_view::npos) {
      return invalid(key, origin, msg::config_needs_listen(v));
    }
    host = std::string(v.substr(0, colon));
    if (host.find(':') != std::string::npos) {
      return invalid(key, origin, msg::kConfigIpv6NeedsBrackets);
    }
    if (host.empty()) host = "0.0.0.0";
    port = v.substr(colon + 1);
  }
  if (host.empty()) return invalid(key, origin, msg::kConfigHostMissing);
  auto p = parse_int(key, origin, port, 0, 65535);
  if (!p) return p.error();
  server.host = std::move(host);
  server.port = static_cast<unsigned short>(*p);
  return {};
}

// The keys of e-mail over TLS and of links in e-mails; nullopt for other keys.
std::optional<core::Status> apply_mail_setting(AppConfig& cfg, std::string_view key, std::string_view value,
                                               std::string_view origin) {
  namespace msg = core::messages_vi;
  if (key == "smtp_tls") {
    if (value != "" && value != "starttls" && value != "tls" && value != "none") {
      return invalid(key, origin, msg::config_smtp_tls_invalid(value));
    }
    cfg.smtp_tls = std::string(value);
    return core::Status{};
  }
  if (key == "smtp_user") {
    for (unsigned char c : value) {
      if (c <= 0x20 || c == 0x7f) return invalid(key, origin, msg::kConfigSmtpUserInvalid);
    }
    cfg.smtp_user = std::string(value);
    return core::Status{};
  }
  if (key == "smtp_password_file") {
    cfg.smtp_password_file = std::string(value);
    return core::Status{};
  }
  if (key == "smtp_ca_file") {
    cfg.smtp_ca_file = std::string(value);
    return core::Status{};
  }
  if (key == "smtp_password" || key == "smtp_pass") return invalid(key, origin, msg::kConfigNoPasswordHere);
  if (key == "public_url") {
    if (value.empty()) {
      cfg.public_url.clear();
      return core::Status{};
    }
    auto url = boost::urls::parse_absolute_uri(value);
    if (!url || (url->scheme() != "http" && url->scheme() != "https") || url->encoded_host().empty() ||
        url->has_userinfo() || url->has_query() || url->has_fragment()) {
      return invalid(key, origin, msg::config_public_url_invalid(value));
    }
    std::string normal(value);
    while (!normal.empty() && normal.back() == '/') normal.pop_back();
    cfg.public_url = std::move(normal);
    return core::Status{};
  }
  return std::nullopt;
}

}  // namespace

const std::vector<std::string>& config_keys() {
  static const std::vector<std::string> kKeys = {
      "listen",         "threads",        "db",          "data_dir",   "body_limit_mb",  "max_file_mb",
      "header_limit_kb", "read_timeout_s", "idle_timeout_s", "shutdown_grace_s", "access_log",
      "cookie_secure",  "session_ttl_minutes", "smtp_host", "smtp_port", "smtp_from", "smtp_interval_s",
      "smtp_tls",       "smtp_user",      "smtp_password_file", "smtp_ca_file", "public_url",
      "trusted_proxies", "heavy_workers", "heavy_queue",
  };
  return kKeys;
}

std::string env_name(std::string_view key) {
  std::string out = "THIDUA_";
  for (char c : key) out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  return out;
}

core::Status apply_setting(AppConfig& cfg, std::string_view key, std::string_view value, std::string_view origin) {
  value = core::trim_view(value);
  auto set_int = [&](auto& target, long long lo, long long hi, long long scale) -> core::Status {
    auto n = parse_int(key, origin, value, lo, hi);
    if (!n) return n.error();
    target = static_cast<std::remove_reference_t<decltype(target)>>(*n * scale);
    return {};
  };
  if (key == "listen") return parse_listen(cfg.server, origin, value);
  if (key == "threads") return set_int(cfg.server.threads, 1, 256, 1);
  if (key == "heavy_workers") return set_int(cfg.server.heavy_workers, 1, 64, 1);
  if (key == "heavy_queue") return set_int(cfg.server.heavy_queue, 0, 1000, 1);
  if (key == "db") {
    if (value.empty()) return invalid(key, origin, msg::kConfigValueEmpty);
    cfg.db_url = std::string(value);
    return {};
  }
  if (key == "data_dir") {
    if (value.empty()) return invalid(key, origin, msg::kConfigValueEmpty);
    cfg.data_dir = std::string(value);
    return {};
  }
  if (key == "body_limit_mb") return set_int(cfg.server.body_limit, 1, 1024, 1024 * 1024);
  if (key == "max_file_mb") return set_int(cfg.max_file_mb, 1, 200, 1);
  if (key == "header_limit_kb") return set_int(cfg.server.header_limit, 1, 1024, 1024);
  if (key == "read_timeout_s") return set_int(cfg.server.read_timeout_s, 1, 86400, 1);
  if (key == "idle_timeout_s") return set_int(cfg.server.idle_timeout_s, 1, 86400, 1);
  if (key == "shutdown_grace_s") return set_int(cfg.server.shutdown_grace_s, 0, 86400, 1);
  if (key == "access_log") {
    cfg.server.access_log_path = std::string(value);
    return {};
  }
  if (key == "trusted_proxies") {
    auto proxies = TrustedProxies::parse(value);
    if (!proxies.ok()) return invalid(key, origin, proxies.error().message);
    cfg.server.trusted_proxies = std::move(*proxies);
    return {};
  }
  if (key == "cookie_secure") {
    auto b = parse_bool(key, origin, value);
    if (!b) return b.error();
    cfg.cookie_secure = *b;
    return {};
  }
  if (key == "session_ttl_minutes") return set_int(cfg.session_ttl_minutes, 5, 43200, 1);
  if (key == "smtp_host") {
    cfg.smtp_host = std::string(value);
    return {};
  }
  if (key == "smtp_port") return set_int(cfg.smtp_port, 1, 65535, 1);
  if (key == "smtp_from") {
    const size_t at = value.find('@');
    if (at == std::string_view::npos || at == 0 || at + 1 == value.size() ||
        value.find_first_of(" <>\r\n\t") != std::string_view::npos) {
      return invalid(key, origin, msg::config_needs_email(value));
    }
    cfg.smtp_from = std::string(value);
    return {};
  }
  if (key == "smtp_interval_s") return set_int(cfg.smtp_interval_s, 1, 86400, 1);
  if (auto st = apply_mail_setting(cfg, key, value, origin)) return *st;
  return invalid(key, origin, msg::kConfigKeyUnknown);
}

core::Result<AppConfig> load_config(const std::string& path, const std::map<std::string, std::string>& env) {
  AppConfig cfg;
  if (!path.empty()) {
    std::ifstream in(path);
    if (!in) {
      return core::make_error(core::errc::kValidation, msg::config_file_unreadable(path), "config");
    }
    std::set<std::string> seen;
    std::string line;
    int lineno = 0;
    while (std::getline(in, line)) {
      ++lineno;
      std::string_view l = core::trim_view(line);
      if (lineno == 1 && l.substr(0, 3) == "\xEF\xBB\xBF") l = core::trim_view(l.substr(3));  // UTF-8 BOM
      if (l.empty() || l.front() == '#') continue;
      std::string origin = path + ":" + std::to_string(lineno);
      size_t eq = l.find('=');
      if (eq == std::string_view::npos) {
        return core::make_error(core::errc::kValidation,
                                msg::config_line_invalid(origin), "config");
      }
      std::string key(core::trim_view(l.substr(0, eq)));
      std::string_view value = core::trim_view(l.substr(eq + 1));
      if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
      if (!seen.insert(key).second) return invalid(key, origin, msg::kConfigKeyRepeated);
      THIDUA_TRY(apply_setting(cfg, key, value, origin));
    }
  }
  for (const auto& key : config_keys()) {
    std::string var = env_name(key);
    auto it = env.find(var);
    if (it != env.end()) THIDUA_TRY(apply_setting(cfg, key, it->second, var));
  }
  return cfg;
}

std::map<std::string, std::string> process_environment() {
  std::map<std::string, std::string> out;
  for (char** e = environ; e && *e; ++e) {
    std::string_view entry(*e);
    size_t eq = entry.find('=');
    if (eq == std::string_view::npos) continue;
    out.emplace(std::string(entry.substr(0, eq)), std::string(entry.substr(eq + 1)));
  }
  return out;
}

}  // namespace thidua::web
