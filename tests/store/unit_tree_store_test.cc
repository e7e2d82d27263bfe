// The units' change counter (migration 121) and the unit tree servers keep
// between requests (app/unit_tree_cache.h), on both engines: every write to
// units raises the counter, whoever writes, so a server's cached tree is
// replaced on the next request after any change; each reader's scopes get
// their own tree.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "app/org.h"
#include "app/unit_tree_cache.h"
#include "core/authz.h"
#include "store/change_counters.h"
#include "store/units.h"
#include "support/test_db.h"

namespace thidua {
namespace {

class UnitTreeStoreTest : public test::DatabaseTest {
 protected:
  int64_t counter() {
    auto conn = db_->acquire();
    auto c = store::units_change_counter(*conn);
    EXPECT_TRUE(c.ok()) << (c.ok() ? "" : c.error().message);
    return c.ok() ? *c : -1;
  }
  core::Unit unit(int64_t id) {
    auto conn = db_->acquire();
    auto u = store::find_unit(*conn, id);
    EXPECT_TRUE(u.ok() && u->has_value());
    return u.ok() && u->has_value() ? **u : core::Unit{};
  }
  core::Actor leader_of(int64_t unit_id) {
    core::Actor a;
    a.user_id = 1000 + unit_id;
    a.username = "lanhdao" + std::to_string(unit_id);
    a.grants.push_back({core::Role::kLeader, unit_id, unit(unit_id).path});
    return a;
  }
};

std::vector<std::string> names(const app::UnitTree& tree) {
  std::vector<std::string> out;
  for (const auto& n : *tree) out.push_back(std::string(n.depth, '-') + n.unit.name);
  return out;
}

TEST_F(UnitTreeStoreTest, EveryWriteToUnitsRaisesTheCounter) {
  const int64_t start = counter();
  const int64_t root = add_unit("R", std::nullopt, core::UnitKind::kAgency);
  const int64_t after_insert = counter();
  EXPECT_GT(after_insert, start);

  core::Unit u = unit(root);
  u.name = "Sở đổi tên";
  {
    auto conn = db_->acquire();
    ASSERT_TRUE(store::update_unit(*conn, u, "2026-02-01T00:00:00.000Z", "2026-02-01").ok());
  }
  const int64_t after_update = counter();
  EXPECT_GT(after_update, after_insert);

  const int64_t leaf = add_unit("L", root, core::UnitKind::kSubDepartment);
  const int64_t after_leaf = counter();
  {
    auto conn = db_->acquire();
    ASSERT_TRUE(conn->exec("DELETE FROM unit_names WHERE unit_id = ?", {leaf}).ok());
    ASSERT_TRUE(conn->exec("DELETE FROM units WHERE id = ?", {leaf}).ok());
  }
  EXPECT_GT(counter(), after_leaf) << "a delete";

  // A write that is rolled back leaves the counter as it was.
  const int64_t before_rollback = counter();
  {
    auto conn = db_->acquire();
    ASSERT_TRUE(conn->begin().ok());
    ASSERT_TRUE(conn->exec("UPDATE units SET name = 'x' WHERE id = ?", {root}).ok());
    ASSERT_TRUE(conn->rollback().ok());
  }
  EXPECT_EQ(counter(), before_rollback);
}

TEST_F(UnitTreeStoreTest, ACachedTreeFollowsEveryChangeAndEachReadersScopes) {
  setenv("THIDUA_ARGON2_FAST", "1", 1);
  const int64_t root = add_unit("R", std::nullopt, core::UnitKind::kAgency);
  const int64_t a = add_unit("A", root, core::UnitKind::kSubDepartment);
  add_unit("B", root, core::UnitKind::kSubDepartment);
  add_unit("A1", a, core::UnitKind::kSubDepartment);

  app::SystemClock clock;
  app::UnitTreeCache cache;
  app::Services cached{*db_, clock, app::SecurityPolicy{}, "/tmp"};
  cached.unit_tree_cache = &cache;
  app::Services uncached{*db_, clock, app::SecurityPolicy{}, "/tmp"};
  const core::Actor top = leader_of(root);
  const core::Actor part = leader_of(a);

  auto first = app::unit_tree(cached, top);
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(names(*first), (std::vector<std::string>{"Đơn vị R", "-Đơn vị A", "--Đơn vị A1", "-Đơn vị B"}));
  auto again = app::unit_tree(cached, top);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->get(), first->get()) << "served from the cache while nothing changed";

  auto of_part = app::unit_tree(cached, part);
  ASSERT_TRUE(of_part.ok());
  EXPECT_EQ(names(*of_part), (std::vector<std::string>{"Đơn vị A", "-Đơn vị A1"})) << "its own scopes";

  // A unit added by another process (the CLI, another server): straight into
  // the database, past this server's use cases.
  add_unit("A2", a, core::UnitKind::kSubDepartment);
  auto added = app::unit_tree(cached, top);
  ASSERT_TRUE(added.ok());
  EXPECT_NE(added->get(), first->get());
  EXPECT_EQ(names(*added),
            (std::vector<std::string>{"Đơn vị R", "-Đơn vị A", "--Đơn vị A1", "--Đơn vị A2", "-Đơn vị B"}));
  auto part_added = app::unit_tree(cached, part);
  ASSERT_TRUE(part_added.ok());
  EXPECT_EQ(names(*part_added), (std::vector<std::string>{"Đơn vị A", "-Đơn vị A1", "-Đơn vị A2"}));

  // A rename by plain SQL.
  {
    auto conn = db_->acquire();
    ASSERT_TRUE(conn->exec("UPDATE units SET name = 'Phòng mới' WHERE id = ?", {a}).ok());
  }
  auto renamed = app::unit_tree(cached, part);
  ASSERT_TRUE(renamed.ok());
  EXPECT_EQ(names(*renamed), (std::vector<std::string>{"Phòng mới", "-Đơn vị A1", "-Đơn vị A2"}));

  // The same answers without a cache.
  auto plain = app::unit_tree(uncached, top);
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(names(*plain), names(*app::unit_tree(cached, top)));
  auto browsed = app::browse_units(cached, top);
  ASSERT_TRUE(browsed.ok());
  EXPECT_EQ(browsed->size(), plain->get()->size());
}

}  // namespace
}  // namespace thidua
