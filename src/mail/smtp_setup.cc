#include "mail/smtp_setup.h"

#include <sys/stat.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "core/messages_vi/tracking.h"

namespace thidua::mail {

namespace msg = core::messages_vi;

core::Result<std::string> read_password_file(const std::string& path) {
  constexpr const char* kField = "smtp_password_file";
  struct stat st {};
  if (path.empty() || ::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) {
    return core::make_error(core::errc::kValidation, msg::smtp_password_file_unreadable(path), kField);
  }
  if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
    char mode[8];
    std::snprintf(mode, sizeof mode, "%04o", static_cast<unsigned>(st.st_mode & 07777));
    return core::make_error(core::errc::kValidation, msg::smtp_password_file_open(path, mode), kField);
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return core::make_error(core::errc::kValidation, msg::smtp_password_file_unreadable(path), kField);
  std::string password;
  std::getline(in, password);
  while (!password.empty() && (password.back() == '\r' || password.back() == '\n')) password.pop_back();
  if (password.empty()) {
    return core::make_error(core::errc::kValidation, msg::smtp_password_file_empty(path), kField);
  }
  return password;
}

core::Result<SmtpSettings> complete_smtp_settings(SmtpSettings base, std::string_view tls,
                                                  const std::string& password_file) {
  if (tls == "starttls") base.tls = SmtpTls::kStartTls;
  else if (tls == "tls") base.tls = SmtpTls::kImplicit;
  else if (tls == "none") base.tls = SmtpTls::kNone;
  else base.tls = base.user.empty() ? SmtpTls::kNone : SmtpTls::kStartTls;
  if (!base.user.empty()) {
    if (base.tls == SmtpTls::kNone) {
      return core::make_error(core::errc::kValidation, msg::kSmtpAuthWithoutTls, "smtp_tls");
    }
    if (password_file.empty()) {
      return core::make_error(core::errc::kValidation, msg::kSmtpUserWithoutPassword, "smtp_password_file");
    }
    auto password = read_password_file(password_file);
    if (!password.ok()) return password.error();
    base.password = std::move(*password);
  } else if (!password_file.empty()) {
    return core::make_error(core::errc::kValidation, msg::kSmtpPasswordWithoutUser, "smtp_user");
  }
  if (!base.ca_file.empty()) {
    std::ifstream in(base.ca_file);
    std::stringstream pem;
    pem << in.rdbuf();
    if (!in || pem.str().find("-----BEGIN CERTIFICATE-----") == std::string::npos) {
      return core::make_error(core::errc::kValidation, msg::smtp_ca_file_unreadable(base.ca_file), "smtp_ca_file");
    }
  }
  return base;
}

}  // namespace thidua::mail
