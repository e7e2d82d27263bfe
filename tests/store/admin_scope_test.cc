// An administrator granted on part of the organisation manages only accounts
// inside that part and cannot read the organisation-wide audit trail.
#include <gtest/gtest.h>

#include "app/access.h"
#include "app/audit.h"
#include "app/auth.h"
#include "app/users.h"
#include "store/units.h"
#include "support/test_db.h"

namespace thidua {
namespace {

class AdminScopeTest : public test::DatabaseTest {};

TEST_F(AdminScopeTest, SubUnitAdministratorSeesOnlyItsAccountsAndNoAuditTrail) {
  setenv("THIDUA_ARGON2_FAST", "1", 1);
  app::SystemClock clock;
  app::Services s{*db_, clock, app::SecurityPolicy{}, "/tmp"};
  const app::RequestMeta meta{"127.0.0.1", "t", "gtest"};
  const core::Actor system = app::system_actor();
  core::Unit root, part, other;
  {
    auto conn = db_->acquire();
    core::Unit u;
    u.code = "ROOT";
    u.name = "Sở";
    root = *store::insert_unit(*conn, u, "2026-01-01T00:00:00.000Z");
    u.code = "PART";
    u.name = "Phòng A";
    u.parent_id = root.id;
    part = *store::insert_unit(*conn, u, "2026-01-01T00:00:00.000Z");
    u.code = "OTHER";
    u.name = "Phòng B";
    other = *store::insert_unit(*conn, u, "2026-01-01T00:00:00.000Z");
  }
  auto make = [&](const std::string& name, core::Role role, int64_t unit) {
    auto created = app::create_user(s, system, {name, name, std::nullopt, "", role, unit}, meta);
    EXPECT_TRUE(created.ok()) << (created.ok() ? "" : created.error().message);
    return created->user.id;
  };
  const int64_t sub_admin = make("admin.a", core::Role::kAdministrator, part.id);
  make("canbo.a", core::Role::kUnitOfficer, part.id);
  make("canbo.b", core::Role::kUnitOfficer, other.id);
  const int64_t leader_id = make("lanhdao", core::Role::kLeader, root.id);

  auto actor = app::load_actor(s, sub_admin);
  ASSERT_TRUE(actor.ok());
  auto listing = app::list_users(s, *actor, "", 50);
  ASSERT_TRUE(listing.ok());
  std::vector<std::string> names;
  for (const auto& u : listing->users) names.push_back(u.user.username);
  EXPECT_EQ(names, (std::vector<std::string>{"admin.a", "canbo.a"}));

  auto trail = app::browse_audit(s, *actor, core::AuditFilter{});
  ASSERT_FALSE(trail.ok());
  EXPECT_EQ(trail.error().code, core::errc::kForbidden);
  EXPECT_FALSE(app::may_browse_audit(*actor));

  auto leader = app::load_actor(s, leader_id);
  ASSERT_TRUE(leader.ok());
  EXPECT_TRUE(app::may_browse_audit(*leader));
  EXPECT_TRUE(app::browse_audit(s, *leader, core::AuditFilter{}).ok());
}

TEST_F(AdminScopeTest, DisplayNameLimitCountsCharactersNotBytes) {
  setenv("THIDUA_ARGON2_FAST", "1", 1);
  app::SystemClock clock;
  app::Services s{*db_, clock, app::SecurityPolicy{}, "/tmp"};
  std::string name;
  for (int i = 0; i < 120; ++i) name += "Ữ";  // 3 bytes each
  auto ok = app::create_user(s, app::system_actor(), {"dai", name, std::nullopt, "", std::nullopt, std::nullopt},
                             {"127.0.0.1", "t", "gtest"});
  EXPECT_TRUE(ok.ok()) << (ok.ok() ? "" : ok.error().message);
  auto too_long = app::create_user(s, app::system_actor(),
                                   {"dai2", name + "A", std::nullopt, "", std::nullopt, std::nullopt},
                                   {"127.0.0.1", "t", "gtest"});
  ASSERT_FALSE(too_long.ok());
  EXPECT_EQ(too_long.error().field, "display_name");
}

}  // namespace
}  // namespace thidua
