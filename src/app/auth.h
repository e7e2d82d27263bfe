// Logging in and out, sessions, API tokens, and changing one's own password.
// Failed logins are slowed (the caller holds the answer for
// SecurityPolicy::failure_delay_ms, the web layer on a timer) and counted per
// (name as typed, client address) (core/login_throttle.h): after
// SecurityPolicy::max_failed_logins that pair is blocked for a growing time,
// while the account stays open from elsewhere. Unknown names, disabled
// accounts and wrong passwords get the same answer, so the messages never
// reveal whether a username exists.
#pragma once

#include <optional>
#include <string>

#include "app/context.h"
#include "core/authz.h"
#include "core/result.h"

namespace thidua::app {

struct LoginResult {
  std::string session_token;  // goes into the cookie; only its hash is stored
  std::string csrf_token;
  core::Actor actor;
  bool must_change_password = false;
  int64_t api_tokens_revoked = 0;  // change_own_password: the account's tokens it revoked
};

// Checks the password; on success creates a session. Errors:
// kUnauthenticated (wrong username or password), kLocked (locked or disabled).
core::Result<LoginResult> login(const Services& services, const std::string& username, const std::string& password,
                                const RequestMeta& meta);

struct SessionInfo {
  core::Actor actor;
  std::string csrf_token;
  bool must_change_password = false;
};

// Resolves a session cookie; slides its expiry. kUnauthenticated when unknown,
// expired, or the account was disabled since.
core::Result<SessionInfo> authenticate_session(const Services& services, const std::string& session_token);

// Resolves "Authorization: Bearer <token>" for API clients.
core::Result<core::Actor> authenticate_api_token(const Services& services, const std::string& token);

core::Status logout(const Services& services, const std::string& session_token, const core::Actor& actor,
                    const RequestMeta& meta);

// Changes the actor's own password after checking the current one; ends the
// actor's other sessions. Returns a fresh session for the caller.
core::Result<LoginResult> change_own_password(const Services& services, const core::Actor& actor,
                                              const std::string& current_password, const std::string& new_password,
                                              const RequestMeta& meta);

// Loads an actor (user + grants) by id; for tools and tests.
core::Result<core::Actor> load_actor(const Services& services, int64_t user_id);

}  // namespace thidua::app
