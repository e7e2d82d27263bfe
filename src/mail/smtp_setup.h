// The SMTP settings of `thidua serve`, from the configuration values
// (web/config.h keys smtp_*): the TLS mode resolved, the password read from its
// file, and the combination checked before the server starts. Errors are
// kValidation with field = the configuration key and a message that is the
// whole line to print.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"
#include "mail/smtp_client.h"

namespace thidua::mail {

// The password in `path`: a regular file that neither the group nor others
// may read or write (mode 0600 or 0400), owned by the service account. The
// first line, without its line end; refused when empty. The password never
// appears in an error.
core::Result<std::string> read_password_file(const std::string& path);

// Completes `base` (host, port, from, ca_file and user already set): `tls` is
// "starttls", "tls", "none" or "" (starttls when a user is set, else none);
// `password_file` is required with a user and refused without one; a user
// with tls "none" is refused (AUTH only over TLS); ca_file must be readable.
core::Result<SmtpSettings> complete_smtp_settings(SmtpSettings base, std::string_view tls,
                                                  const std::string& password_file);

}  // namespace thidua::mail
