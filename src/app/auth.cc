#include "app/auth.h"

#include <algorithm>
#include <chrono>

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include "app/audit.h"
#include "core/messages_vi/accounts.h"
#include "core/login_throttle.h"
#include "store/login_failures.h"
#include "store/users.h"

namespace thidua::app {

namespace msg = core::messages_vi;

namespace {

using std::chrono::minutes;

core::LoginThrottlePolicy throttle_policy(const SecurityPolicy& p) {
  core::LoginThrottlePolicy t;
  t.free_failures = p.max_failed_logins;
  t.first_block_seconds = p.first_block_seconds;
  t.max_block_seconds = p.lock_minutes * 60;
  return t;
}

// Whole seconds from `now` until the ISO instant `until` (at least 1).
int64_t seconds_until(std::chrono::system_clock::time_point now, const std::string& until) {
  auto t = parse_iso_instant(until);
  if (!t) return 1;
  return std::max<int64_t>(1, std::chrono::ceil<std::chrono::seconds>(*t - now).count());
}

core::Error bad_credentials() {
  return core::make_error(core::errc::kUnauthenticated, msg::kLoginFailed);
}

core::Result<core::Actor> actor_for(store::Connection& conn, const core::UserRecord& user) {
  auto grants = store::grants_of(conn, user.id);
  if (!grants.ok()) return grants.error();
  core::Actor actor = store::actor_of(user, *grants);
  auto roots = conn.query("SELECT path FROM units WHERE parent_id IS NULL AND valid_to IS NULL ORDER BY path");
  if (!roots.ok()) return roots.error();
  for (const auto& r : *roots) actor.root_paths.push_back(r.str(0));
  return actor;
}

core::Result<LoginResult> open_session(store::Connection& conn, const Services& services,
                                       const core::UserRecord& user, const RequestMeta& meta) {
  auto actor = actor_for(conn, user);
  if (!actor.ok()) return actor.error();
  LoginResult out;
  out.session_token = random_token(32);
  out.csrf_token = random_token(24);
  out.actor = *actor;
  out.must_change_password = user.must_change_password;
  auto now = services.clock.now();
  core::SessionRecord s{sha256_hex(out.session_token), user.id, out.csrf_token, iso_instant(now),
                         iso_instant(now + minutes(services.policy.session_ttl_minutes)), iso_instant(now)};
  THIDUA_TRY(store::insert_session(conn, s, meta.ip, meta.user_agent));
  return out;
}

}  // namespace

core::Result<LoginResult> login(const Services& services, const std::string& username, const std::string& password,
                                const RequestMeta& meta) {
  if (username.empty() || password.empty() || username.size() > 64 || password.size() > 256) {
    return bad_credentials();
  }
  const std::string key = core::login_key(username);
  const core::LoginThrottlePolicy throttle = throttle_policy(services.policy);
  auto conn = services.db.acquire();
  auto now = services.clock.now();
  const std::string now_s = iso_instant(now);
  // A blocked (name, address) pair is refused before any hashing, whether
  // the name is an account or not.
  auto earlier = store::find_login_failures(*conn, key, meta.ip);
  if (!earlier.ok()) return earlier.error();
  if (*earlier && (*earlier)->blocked_until > now_s) {
    return core::make_error(core::errc::kRateLimited, msg::login_blocked_for(seconds_until(now, (*earlier)->blocked_until)));
  }
  auto found = store::find_user_by_username(*conn, username);
  if (!found.ok()) return found.error();
  // Unknown and disabled accounts spend the same effort as a real check and
  // answer exactly as a wrong password does.
  const bool usable = found->has_value() && !(*found)->disabled;
  bool verified = false;
  if (usable) {
    verified = verify_password(password, (*found)->password_hash);
  } else {
    static const std::string dummy = [&] {
      auto h = hash_password(random_token(16), services.policy.password_cost);
      return h.ok() ? *h : std::string();
    }();
    verify_password(password, dummy);
  }
  if (!verified) {
    auto st = store::in_transaction(*conn, [&]() -> core::Status {
      auto fresh = store::find_login_failures(*conn, key, meta.ip);
      if (!fresh.ok()) return fresh.error();
      store::LoginFailures f;
      f.failures = (*fresh ? (*fresh)->failures : 0) + 1;
      const int64_t block = core::block_seconds_after(f.failures, throttle);
      if (block > 0) f.blocked_until = iso_instant(now + std::chrono::seconds(block));
      THIDUA_TRY(store::save_login_failures(*conn, key, meta.ip, f, now_s));
      auto purged = store::purge_login_failures(*conn, iso_instant(now - std::chrono::hours(24)));
      if (!purged.ok()) return purged.error();
      if (!found->has_value()) return {};
      boost::json::object after{{"failures_from_address", f.failures}, {"blocked_seconds", block}};
      return record_audit(*conn, services, nullptr, meta,
                          {block > 0 ? "user.login_blocked" : "user.login_failed", "user",
                           std::to_string((*found)->id), std::nullopt, boost::json::value(after)});
    });
    if (!st.ok()) return st.error();
    return bad_credentials();
  }
  core::UserRecord user = **found;
  return store::in_transaction<LoginResult>(*conn, [&]() -> core::Result<LoginResult> {
    user.failed_logins = 0;
    user.locked_until.clear();
    user.last_login_at = now_s;
    THIDUA_TRY(store::save_user(*conn, user, now_s));
    THIDUA_TRY(store::clear_login_failures(*conn, key, meta.ip));
    // Logins are rare next to reads: a good moment to drop expired sessions.
    auto purged = store::delete_expired_sessions(*conn, now_s);
    if (!purged.ok()) return purged.error();
    auto session = open_session(*conn, services, user, meta);
    if (!session.ok()) return session.error();
    THIDUA_TRY(record_audit(*conn, services, &session->actor, meta,
                            {"user.login", "user", std::to_string(user.id), std::nullopt, std::nullopt}));
    return session;
  });
}

core::Result<SessionInfo> authenticate_session(const Services& services, const std::string& session_token) {
  if (session_token.empty() || session_token.size() > 128) {
    return core::make_error(core::errc::kUnauthenticated, msg::kSessionExpired);
  }
  const std::string hash = sha256_hex(session_token);
  auto now = services.clock.now();
  const std::string now_s = iso_instant(now);
  if (services.actor_cache) {
    if (auto hit = services.actor_cache->get("s:" + hash); hit && hit->expires_at > now_s) {
      return SessionInfo{hit->actor, hit->csrf_token, hit->must_change_password};
    }
  }
  auto conn = services.db.acquire();
  auto found = store::find_session(*conn, hash);
  if (!found.ok()) return found.error();
  if (!found->has_value() || (*found)->expires_at <= now_s) {
    return core::make_error(core::errc::kUnauthenticated, msg::kSessionExpired);
  }
  auto user = store::find_user(*conn, (*found)->user_id);
  if (!user.ok()) return user.error();
  if (!user->has_value() || (*user)->disabled) {
    return core::make_error(core::errc::kUnauthenticated, msg::kAccountInactive);
  }
  auto actor = actor_for(*conn, **user);
  if (!actor.ok()) return actor.error();
  // Slide the expiry at most once a minute to keep reads cheap.
  if ((*found)->last_seen_at < iso_instant(now - minutes(1))) {
    THIDUA_TRY(store::touch_session(*conn, hash, now_s,
                                    iso_instant(now + minutes(services.policy.session_ttl_minutes))));
  }
  if (services.actor_cache) {
    services.actor_cache->put("s:" + hash, {*actor, (*found)->csrf_token, (*user)->must_change_password,
                                            (*found)->expires_at});
  }
  return SessionInfo{*actor, (*found)->csrf_token, (*user)->must_change_password};
}

core::Result<core::Actor> authenticate_api_token(const Services& services, const std::string& token) {
  if (token.empty() || token.size() > 128) {
    return core::make_error(core::errc::kUnauthenticated, msg::kTokenInvalid);
  }
  const std::string hash = sha256_hex(token);
  if (services.actor_cache) {
    if (auto hit = services.actor_cache->get("t:" + hash)) return hit->actor;
  }
  auto conn = services.db.acquire();
  auto found = store::find_api_token(*conn, hash);
  if (!found.ok()) return found.error();
  if (!found->has_value()) return core::make_error(core::errc::kUnauthenticated, msg::kTokenInvalid);
  // Record use at most once a minute, so reads stay cheap.
  const auto now = services.clock.now();
  if ((*found)->last_used_at < iso_instant(now - minutes(1))) {
    THIDUA_TRY(store::touch_api_token(*conn, (*found)->id, iso_instant(now)));
  }
  auto user = store::find_user(*conn, (*found)->user_id);
  if (!user.ok()) return user.error();
  if (!user->has_value() || (*user)->disabled) {
    return core::make_error(core::errc::kUnauthenticated, msg::kAccountInactive);
  }
  auto actor = actor_for(*conn, **user);
  if (actor.ok() && services.actor_cache) services.actor_cache->put("t:" + hash, {*actor, "", false, ""});
  return actor;
}

core::Status logout(const Services& services, const std::string& session_token, const core::Actor& actor,
                    const RequestMeta& meta) {
  auto conn = services.db.acquire();
  const ForgetActorsOnExit forget{services};
  return store::in_transaction(*conn, [&]() -> core::Status {
    THIDUA_TRY(store::delete_session(*conn, sha256_hex(session_token)));
    return record_audit(*conn, services, &actor, meta,
                        {"user.logout", "user", std::to_string(actor.user_id), std::nullopt, std::nullopt});
  });
}

core::Result<LoginResult> change_own_password(const Services& services, const core::Actor& actor,
                                              const std::string& current_password, const std::string& new_password,
                                              const RequestMeta& meta) {
  auto conn = services.db.acquire();
  auto found = store::find_user(*conn, actor.user_id);
  if (!found.ok()) return found.error();
  if (!found->has_value()) return core::make_error(core::errc::kNotFound, msg::kAccountNotFound);
  core::UserRecord user = **found;
  if (!verify_password(current_password, user.password_hash)) {
    return core::make_error(core::errc::kValidation, msg::kCurrentPasswordWrong, "current_password");
  }
  if (current_password == new_password) {
    return core::make_error(core::errc::kValidation, msg::kNewPasswordSame, "new_password");
  }
  if (auto st = check_password_strength(new_password); !st.ok()) {
    return core::make_error(st.error().code, st.error().message, "new_password");
  }
  auto hash = hash_password(new_password, services.policy.password_cost);
  if (!hash.ok()) return hash.error();
  const std::string now_s = iso_instant(services.clock.now());
  const ForgetActorsOnExit forget{services};
  return store::in_transaction<LoginResult>(*conn, [&]() -> core::Result<LoginResult> {
    user.password_hash = *hash;
    user.must_change_password = false;
    THIDUA_TRY(store::save_user(*conn, user, now_s));
    THIDUA_TRY(store::delete_sessions_of(*conn, user.id));
    // Whoever learned the old password may have minted a token with it.
    auto revoked = store::revoke_api_tokens_of(*conn, user.id, now_s);
    if (!revoked.ok()) return revoked.error();
    THIDUA_TRY(record_audit(*conn, services, &actor, meta,
                            {"user.change_password", "user", std::to_string(user.id), std::nullopt,
                             boost::json::value(boost::json::object{{"api_tokens_revoked", *revoked}})}));
    auto opened = open_session(*conn, services, user, meta);
    if (opened.ok()) opened->api_tokens_revoked = *revoked;
    return opened;
  });
}

core::Result<core::Actor> load_actor(const Services& services, int64_t user_id) {
  auto conn = services.db.acquire();
  auto user = store::find_user(*conn, user_id);
  if (!user.ok()) return user.error();
  if (!user->has_value()) return core::make_error(core::errc::kNotFound, msg::kAccountNotFound);
  return actor_for(*conn, **user);
}

}  // namespace thidua::app
