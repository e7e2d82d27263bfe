#include <iostream>

#include "app/access.h"
#include "app/users.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "core/messages_vi/cli.h"
#include "store/units.h"
#include "store/users.h"

namespace thidua::cli {

namespace msg = core::messages_vi;

namespace {

using msg::kUserUsage;

const app::RequestMeta kMeta{"127.0.0.1", "cli-user", "thidua user"};

}  // namespace

int cmd_user(int argc, char** argv) {
  std::string err;
  auto args = parse_args(argc, argv, 2, {"password-stdin"}, {"db", "username", "name", "role", "unit"}, err);
  if (!args) return fail(err), 2;
  if (args->positional.size() != 1) return std::cerr << kUserUsage, 2;
  const std::string action = args->positional[0];
  auto svc = make_services(args->get("db", default_db_url()));
  if (!svc) return 1;
  const app::Services& s = *svc->services;
  const core::Actor system = app::system_actor();

  if (action == "list") {
    std::string after;
    do {
      auto page = app::list_users(s, system, after, 200);
      if (!page.ok()) return fail(core::describe(page.error()));
      for (const auto& u : page->users) {
        std::cout << u.user.username << "\t" << u.user.display_name << (u.user.disabled ? msg::kUserDisabledMark : "");
        for (const auto& g : u.grants) std::cout << "\t" << core::role_code(g.role) << "@" << g.unit_name;
        std::cout << "\n";
      }
      after = page->next_after;
    } while (!after.empty());
    return 0;
  }

  const std::string username = args->get("username");
  if (username.empty()) return std::cerr << kUserUsage, 2;
  std::optional<core::Role> role;
  std::optional<int64_t> unit_id;
  if (args->has("role")) {
    role = core::parse_role(args->get("role"));
    if (!role) return fail(msg::role_invalid(args->get("role"))), 2;
  }
  if (args->has("unit")) {
    auto conn = s.db.acquire();
    auto unit = store::find_unit_by_code(*conn, args->get("unit"));
    if (!unit.ok()) return fail(core::describe(unit.error()));
    if (!unit->has_value()) return fail(msg::no_unit_with_code(args->get("unit")));
    unit_id = (*unit)->id;
  }

  if (action == "add") {
    app::NewUser nu;
    nu.username = username;
    nu.display_name = args->get("name", username);
    nu.role = role;
    nu.unit_id = unit_id;
    if (args->has("password-stdin")) std::getline(std::cin, nu.password);
    auto created = app::create_user(s, system, nu, kMeta);
    if (!created.ok()) return fail(core::describe(created.error()));
    std::cout << msg::account_created(created->user.username);
    if (!created->temporary_password.empty()) {
      std::cout << msg::kTemporaryPasswordFirstLogin << created->temporary_password << "\n";
    }
    return 0;
  }

  core::Result<std::optional<core::UserRecord>> found = [&] {
    auto conn = s.db.acquire();
    return store::find_user_by_username(*conn, username);
  }();
  if (!found.ok()) return fail(core::describe(found.error()));
  if (!found->has_value()) return fail(msg::no_account(username));
  const int64_t user_id = (*found)->id;

  if (action == "disable" || action == "enable") {
    auto st = app::set_user_disabled(s, system, user_id, action == "disable", kMeta);
    if (!st.ok()) return fail(core::describe(st.error()));
    std::cout << (action == "disable" ? msg::account_disabled(username) : msg::account_enabled(username));
    return 0;
  }
  if (action == "reset-password") {
    auto temp = app::reset_user_password(s, system, user_id, kMeta);
    if (!temp.ok()) return fail(core::describe(temp.error()));
    std::cout << msg::temporary_password_of(username) << *temp << "\n";
    return 0;
  }
  if (action == "grant") {
    if (!role || !unit_id) return std::cerr << kUserUsage, 2;
    auto st = app::grant_role(s, system, user_id, *role, *unit_id, kMeta);
    if (!st.ok()) return fail(core::describe(st.error()));
    std::cout << msg::kRoleGranted;
    return 0;
  }
  if (action == "token") {
    auto token = app::create_api_token(s, system, user_id, args->get("name", "cli"), kMeta);
    if (!token.ok()) return fail(core::describe(token.error()));
    std::cout << token->secret << "\n";
    return 0;
  }
  std::cerr << kUserUsage;
  return 2;
}

}  // namespace thidua::cli
