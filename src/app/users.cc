#include "app/users.h"

#include <map>

#include <algorithm>

#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/audit.h"
#include "app/records_json.h"
#include "core/messages_vi/accounts.h"
#include "core/messages_vi/org.h"
#include "core/login_throttle.h"
#include "core/names.h"
#include "store/login_failures.h"
#include "store/people.h"
#include "store/units.h"

namespace thidua::app {

namespace msg = core::messages_vi;

namespace {

// True when the actor may manage the account: every role it holds lies
// inside the actor's user-management scope. An account without roles belongs
// where its person works (`person_path`: their unit's path, "" for a person
// in no unit), or, with no person (nullopt), to the whole deployment.
bool may_manage(const core::Actor& actor, const std::vector<core::GrantRecord>& target_grants,
                const std::optional<std::string>& person_path) {
  if (actor.system) return true;
  if (!core::can_somewhere(actor, core::Action::kManageUsers)) return false;
  for (const auto& g : target_grants) {
    if (!core::can(actor, core::Action::kManageUsers, g.unit_path)) return false;
  }
  if (!target_grants.empty()) return true;
  if (person_path && !person_path->empty()) return core::can(actor, core::Action::kManageUsers, *person_path);
  return core::can_everywhere(actor, core::Action::kManageUsers);
}

// The unit paths of these people ("" for one in no unit), by person id.
core::Result<std::map<int64_t, std::string>> person_paths(store::Connection& conn, const std::vector<int64_t>& ids) {
  std::map<int64_t, std::string> out;
  if (ids.empty()) return out;
  store::Params params;
  const std::string list = store::bind_ids(ids, params);
  auto rows = conn.query("SELECT id, unit_path FROM people WHERE id IN (" + list + ")", params);
  if (!rows.ok()) return rows.error();
  for (const auto& r : *rows) out[r.i64(0)] = r.str(1);
  return out;
}

std::optional<std::string> path_of(const core::UserRecord& u, const std::map<int64_t, std::string>& paths) {
  if (!u.person_id) return std::nullopt;
  auto it = paths.find(*u.person_id);
  return it == paths.end() ? std::string() : it->second;
}

core::Result<UserSummary> load_summary(store::Connection& conn, int64_t user_id) {
  auto user = store::find_user(conn, user_id);
  if (!user.ok()) return user.error();
  if (!user->has_value()) return not_found(msg::kWhatAccount);
  auto grants = store::grants_of(conn, user_id);
  if (!grants.ok()) return grants.error();
  return UserSummary{**user, *grants};
}

core::Result<UserSummary> load_manageable(store::Connection& conn, const core::Actor& actor, int64_t user_id) {
  if (!permits_somewhere(actor, core::Action::kManageUsers)) return forbidden(msg::kActionManageAccounts);
  auto s = load_summary(conn, user_id);
  if (!s.ok()) return s.error();
  std::map<int64_t, std::string> paths;
  if (s->grants.empty() && s->user.person_id) {
    auto found = person_paths(conn, {*s->user.person_id});
    if (!found.ok()) return found.error();
    paths = std::move(*found);
  }
  if (!may_manage(actor, s->grants, path_of(s->user, paths))) return forbidden(msg::kActionManageThisAccount);
  return s;
}

}  // namespace

core::Status validate_username(const std::string& username) {
  if (username.size() < 3 || username.size() > 64) {
    return core::make_error(core::errc::kValidation, msg::kUsernameLength, "username");
  }
  for (char c : username) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    if (!ok) {
      return core::make_error(core::errc::kValidation,
                              msg::kUsernameChars, "username");
    }
  }
  return {};
}

core::Result<CreatedUser> create_user(const Services& services, const core::Actor& actor, const NewUser& input,
                                      const RequestMeta& meta) {
  if (!permits_somewhere(actor, core::Action::kManageUsers)) return forbidden(msg::kActionCreateAccount);
  THIDUA_TRY(validate_username(input.username));
  std::string display = core::to_nfc(input.display_name);
  const auto characters = std::count_if(display.begin(), display.end(),
                                        [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
  if (display.empty() || characters > 120) {
    return core::make_error(core::errc::kValidation, msg::kDisplayNameRequired, "display_name");
  }
  CreatedUser out;
  std::string password = input.password;
  if (password.empty()) {
    password = random_token(12);
    out.temporary_password = password;
  } else {
    THIDUA_TRY(check_password_strength(password));
  }
  if (input.role && !input.unit_id) {
    return core::make_error(core::errc::kValidation, msg::kRoleUnitRequired, "unit_id");
  }
  auto hash = hash_password(password, services.policy.password_cost);
  if (!hash.ok()) return hash.error();
  auto conn = services.db.acquire();
  std::string grant_path;
  if (input.role) {
    auto unit = store::find_unit(*conn, *input.unit_id);
    if (!unit.ok()) return unit.error();
    if (!unit->has_value()) return core::make_error(core::errc::kValidation, msg::kUnitMissing, "unit_id");
    if (!permits(actor, core::Action::kManageUsers, (*unit)->path)) return forbidden(msg::kActionGrantRoleHere);
  }
  if (input.person_id) {
    auto person = store::find_person(*conn, *input.person_id);
    if (!person.ok()) return person.error();
    // A person of another agency (or part) is answered as one that does not exist.
    if (!person->has_value() || !permits(actor, core::Action::kManageUsers, (*person)->unit_path)) {
      return core::make_error(core::errc::kValidation, msg::kAccountPersonNotFound, "person_id");
    }
  }
  const auto now = iso_instant(services.clock.now());
  return store::in_transaction<CreatedUser>(*conn, [&]() -> core::Result<CreatedUser> {
    core::UserRecord rec;
    rec.username = input.username;
    rec.display_name = display;
    rec.person_id = input.person_id;
    rec.password_hash = *hash;
    rec.must_change_password = !out.temporary_password.empty();
    auto stored = store::insert_user(*conn, rec, now);
    if (!stored.ok()) return stored.error();
    std::vector<core::GrantRecord> grants;
    if (input.role) {
      auto gid = store::insert_grant(*conn, stored->id, *input.role, *input.unit_id);
      if (!gid.ok()) return gid.error();
      auto g = store::grants_of(*conn, stored->id);
      if (!g.ok()) return g.error();
      grants = *g;
    }
    THIDUA_TRY(record_audit(*conn, services, &actor, meta,
                            {"user.create", "user", std::to_string(stored->id), std::nullopt,
                             to_json(*stored, grants)}));
    out.user = *stored;
    return out;
  });
}

core::Result<UserListing> list_users(const Services& services, const core::Actor& actor,
                                     const std::string& after_username, int limit) {
  if (!permits_somewhere(actor, core::Action::kManageUsers)) return forbidden(msg::kActionListAccounts);
  limit = std::clamp(limit, 1, 200);
  auto conn = services.db.acquire();
  auto users = store::list_users(*conn, after_username, limit);
  if (!users.ok()) return users.error();
  UserListing out;
  std::vector<int64_t> ids;
  for (size_t i = 0; i < users->size() && static_cast<int>(i) < limit; ++i) ids.push_back((*users)[i].id);
  auto grants = store::grants_of_users(*conn, ids);
  if (!grants.ok()) return grants.error();
  std::vector<int64_t> people;  // of the accounts without roles
  for (size_t i = 0; i < ids.size(); ++i) {
    if (!grants->count(ids[i]) && (*users)[i].person_id) people.push_back(*(*users)[i].person_id);
  }
  auto paths = person_paths(*conn, people);
  if (!paths.ok()) return paths.error();
  for (size_t i = 0; i < ids.size(); ++i) {
    auto it = grants->find(ids[i]);
    UserSummary summary{(*users)[i], it == grants->end() ? std::vector<core::GrantRecord>{} : it->second};
    // Only accounts the actor may manage (may_manage).
    if (may_manage(actor, summary.grants, path_of(summary.user, *paths))) out.users.push_back(std::move(summary));
  }
  if (static_cast<int>(users->size()) > limit) out.next_after = (*users)[static_cast<size_t>(limit) - 1].username;
  return out;
}

core::Result<UserSummary> get_user(const Services& services, const core::Actor& actor, int64_t user_id) {
  auto conn = services.db.acquire();
  return load_manageable(*conn, actor, user_id);
}

core::Status set_user_disabled(const Services& services, const core::Actor& actor, int64_t user_id, bool disabled,
                               const RequestMeta& meta) {
  const ForgetActorsOnExit forget{services};
  auto conn = services.db.acquire();
  auto s = load_manageable(*conn, actor, user_id);
  if (!s.ok()) return s.error();
  if (!actor.system && user_id == actor.user_id && disabled) {
    return core::make_error(core::errc::kValidation, msg::kCannotDisableSelf);
  }
  const auto now = iso_instant(services.clock.now());
  return store::in_transaction(*conn, [&]() -> core::Status {
    core::UserRecord u = s->user;
    u.disabled = disabled;
    THIDUA_TRY(store::save_user(*conn, u, now));
    if (disabled) {
      THIDUA_TRY(store::delete_sessions_of(*conn, user_id));
      auto revoked = store::revoke_api_tokens_of(*conn, user_id, now);
      if (!revoked.ok()) return revoked.error();
    }
    return record_audit(*conn, services, &actor, meta,
                        {disabled ? "user.disable" : "user.enable", "user", std::to_string(user_id),
                         to_json(s->user, s->grants), to_json(u, s->grants)});
  });
}

core::Result<std::string> reset_user_password(const Services& services, const core::Actor& actor, int64_t user_id,
                                              const RequestMeta& meta) {
  const ForgetActorsOnExit forget{services};
  auto conn = services.db.acquire();
  auto s = load_manageable(*conn, actor, user_id);
  if (!s.ok()) return s.error();
  std::string temp = random_token(12);
  auto hash = hash_password(temp, services.policy.password_cost);
  if (!hash.ok()) return hash.error();
  const auto now = iso_instant(services.clock.now());
  auto st = store::in_transaction(*conn, [&]() -> core::Status {
    core::UserRecord u = s->user;
    u.password_hash = *hash;
    u.must_change_password = true;
    u.failed_logins = 0;
    u.locked_until.clear();
    THIDUA_TRY(store::save_user(*conn, u, now));
    // A reset also lifts every block of failed logins under this name.
    THIDUA_TRY(store::clear_login_failures(*conn, core::login_key(u.username), std::nullopt));
    THIDUA_TRY(store::delete_sessions_of(*conn, user_id));
    auto revoked = store::revoke_api_tokens_of(*conn, user_id, now);
    if (!revoked.ok()) return revoked.error();
    return record_audit(*conn, services, &actor, meta,
                        {"user.reset_password", "user", std::to_string(user_id), std::nullopt,
                         boost::json::value(boost::json::object{{"api_tokens_revoked", *revoked}})});
  });
  if (!st.ok()) return st.error();
  return temp;
}

core::Status grant_role(const Services& services, const core::Actor& actor, int64_t user_id, core::Role role,
                        int64_t unit_id, const RequestMeta& meta) {
  const ForgetActorsOnExit forget{services};
  auto conn = services.db.acquire();
  auto s = load_manageable(*conn, actor, user_id);
  if (!s.ok()) return s.error();
  auto unit = store::find_unit(*conn, unit_id);
  if (!unit.ok()) return unit.error();
  if (!unit->has_value()) return core::make_error(core::errc::kValidation, msg::kUnitMissing, "unit_id");
  if (!permits(actor, core::Action::kManageUsers, (*unit)->path)) return forbidden(msg::kActionGrantRoleHere);
  return store::in_transaction(*conn, [&]() -> core::Status {
    auto gid = store::insert_grant(*conn, user_id, role, unit_id);
    if (!gid.ok()) return gid.error();
    auto after = store::grants_of(*conn, user_id);
    if (!after.ok()) return after.error();
    return record_audit(*conn, services, &actor, meta,
                        {"user.grant_role", "user", std::to_string(user_id), to_json(s->user, s->grants),
                         to_json(s->user, *after)});
  });
}

core::Status revoke_role(const Services& services, const core::Actor& actor, int64_t user_id, int64_t grant_id,
                         const RequestMeta& meta) {
  const ForgetActorsOnExit forget{services};
  auto conn = services.db.acquire();
  auto s = load_manageable(*conn, actor, user_id);
  if (!s.ok()) return s.error();
  return store::in_transaction(*conn, [&]() -> core::Status {
    THIDUA_TRY(store::delete_grant(*conn, user_id, grant_id));
    auto after = store::grants_of(*conn, user_id);
    if (!after.ok()) return after.error();
    return record_audit(*conn, services, &actor, meta,
                        {"user.revoke_role", "user", std::to_string(user_id), to_json(s->user, s->grants),
                         to_json(s->user, *after)});
  });
}

core::Result<NewApiToken> create_api_token(const Services& services, const core::Actor& actor, int64_t user_id,
                                           const std::string& name, const RequestMeta& meta) {
  if (!actor.system && user_id != actor.user_id) return forbidden(msg::kActionTokenForOthers);
  std::string clean = core::to_nfc(name);
  if (clean.empty() || clean.size() > 100) {
    return core::make_error(core::errc::kValidation, msg::kTokenNameRequired, "name");
  }
  NewApiToken out;
  out.secret = "tdk_" + random_token(32);
  auto conn = services.db.acquire();
  const auto now = iso_instant(services.clock.now());
  auto st = store::in_transaction(*conn, [&]() -> core::Status {
    auto id = store::insert_api_token(*conn, user_id, clean, sha256_hex(out.secret), now);
    if (!id.ok()) return id.error();
    out.id = *id;
    return record_audit(*conn, services, &actor, meta,
                        {"api_token.create", "user", std::to_string(user_id), std::nullopt,
                         boost::json::value(boost::json::object{{"token_id", out.id}, {"name", clean}})});
  });
  if (!st.ok()) return st.error();
  return out;
}

core::Result<std::vector<core::ApiTokenRecord>> list_api_tokens(const Services& services, const core::Actor& actor) {
  auto conn = services.db.acquire();
  return store::api_tokens_of(*conn, actor.user_id);
}

core::Status revoke_api_token(const Services& services, const core::Actor& actor, int64_t token_id,
                              const RequestMeta& meta) {
  const ForgetActorsOnExit forget{services};
  auto conn = services.db.acquire();
  const auto now = iso_instant(services.clock.now());
  return store::in_transaction(*conn, [&]() -> core::Status {
    THIDUA_TRY(store::revoke_api_token(*conn, actor.user_id, token_id, now));
    return record_audit(*conn, services, &actor, meta,
                        {"api_token.revoke", "user", std::to_string(actor.user_id), std::nullopt,
                         boost::json::value(boost::json::object{{"token_id", token_id}})});
  });
}

}  // namespace thidua::app
