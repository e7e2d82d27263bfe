// Roles, the permission table and scoping by the organisation tree (core/authz.h).
#include "core/authz.h"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

namespace thidua::core {
namespace {

const std::vector<Action> kAllActions = {Action::kViewOrg,      Action::kEditOrg,     Action::kViewPeople,
                                         Action::kEditPeople,   Action::kImportPeople, Action::kExportLists,
                                         Action::kManageUsers,  Action::kViewAudit};

Actor actor_with(std::vector<Grant> grants) {
  Actor a;
  a.user_id = 7;
  a.username = "an.nv";
  a.grants = std::move(grants);
  return a;
}

TEST(Role, CodesLabelsAndParsing) {
  const std::vector<std::tuple<Role, const char*, const char*>> expected = {
      {Role::kAdministrator, "administrator", "Quản trị hệ thống"},
      {Role::kLeader, "leader", "Lãnh đạo"},
      {Role::kSecretariat, "secretariat", "Thường trực Hội đồng TĐKT"},
      {Role::kCouncilMember, "council_member", "Thành viên Hội đồng TĐKT"},
      {Role::kUnitHead, "unit_head", "Thủ trưởng đơn vị"},
      {Role::kUnitOfficer, "unit_officer", "Cán bộ phụ trách TĐKT đơn vị"},
      {Role::kStaff, "staff", "Công chức, viên chức, người lao động"},
  };
  ASSERT_EQ(all_roles().size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const auto& [role, code, label] = expected[i];
    EXPECT_EQ(all_roles()[i], role);
    EXPECT_EQ(role_code(role), code);
    EXPECT_EQ(role_label(role), label);
    EXPECT_EQ(parse_role(code), role);
    EXPECT_EQ(parse_role(label), role);
  }
  EXPECT_EQ(parse_role("LEADER"), Role::kLeader);
  EXPECT_FALSE(parse_role("").has_value());
  EXPECT_FALSE(parse_role("root").has_value());
  EXPECT_FALSE(parse_role("public").has_value());
}

// The whole table: every role against every action.
TEST(RolePermits, MatchesThePermissionTable) {
  using A = Action;
  const std::map<Role, std::set<Action>> allowed = {
      {Role::kAdministrator, {A::kViewOrg, A::kEditOrg, A::kViewPeople, A::kEditPeople, A::kImportPeople,
                              A::kExportLists, A::kManageUsers, A::kViewAudit}},
      {Role::kLeader, {A::kViewOrg, A::kViewPeople, A::kExportLists, A::kViewAudit}},
      {Role::kSecretariat, {A::kViewOrg, A::kViewPeople, A::kExportLists}},
      {Role::kCouncilMember, {A::kViewOrg, A::kViewPeople}},
      {Role::kUnitHead, {A::kViewOrg, A::kViewPeople, A::kExportLists}},
      {Role::kUnitOfficer, {A::kViewOrg, A::kViewPeople, A::kEditPeople, A::kImportPeople, A::kExportLists}},
      {Role::kStaff, {A::kViewOrg}},
  };
  ASSERT_EQ(allowed.size(), all_roles().size());
  for (const Role role : all_roles()) {
    for (const Action action : kAllActions) {
      const bool expected = allowed.at(role).count(action) == 1;
      EXPECT_EQ(role_permits(role, action), expected)
          << role_code(role) << " action " << static_cast<int>(action);
      // can() agrees when the grant covers the target.
      const Actor actor = actor_with({{role, 1, "/1/"}});
      EXPECT_EQ(can(actor, action, "/1/12/30/"), expected) << role_code(role);
      EXPECT_EQ(can_somewhere(actor, action), expected) << role_code(role);
    }
  }
}

TEST(Can, UnitOfficerActsOnlyInsideTheirUnit) {
  const Actor officer = actor_with({{Role::kUnitOfficer, 12, "/1/12/"}});
  EXPECT_TRUE(can(officer, Action::kEditPeople, "/1/12/"));
  EXPECT_TRUE(can(officer, Action::kEditPeople, "/1/12/30/"));
  EXPECT_TRUE(can(officer, Action::kImportPeople, "/1/12/30/"));
  EXPECT_FALSE(can(officer, Action::kEditPeople, "/1/13/"));
  EXPECT_FALSE(can(officer, Action::kEditPeople, "/1/"));
  EXPECT_FALSE(can(officer, Action::kViewPeople, "/1/13/"));
  EXPECT_FALSE(can(officer, Action::kViewPeople, "/1/"));
  EXPECT_FALSE(can(officer, Action::kEditPeople, "/1/120/"));  // a sibling whose id starts alike
  EXPECT_FALSE(can(officer, Action::kEditOrg, "/1/12/"));      // not in the table at all
  EXPECT_FALSE(can(officer, Action::kEditPeople, ""));
}

TEST(Can, AnyMatchingGrantSuffices) {
  const Actor a = actor_with({{Role::kStaff, 1, "/1/"}, {Role::kUnitOfficer, 12, "/1/12/"}});
  EXPECT_TRUE(can(a, Action::kViewOrg, "/1/13/"));       // staff on the root
  EXPECT_FALSE(can(a, Action::kViewPeople, "/1/13/"));   // staff may not see people
  EXPECT_TRUE(can(a, Action::kViewPeople, "/1/12/5/"));  // officer of /1/12/
  EXPECT_TRUE(a.has_role(Role::kStaff));
  EXPECT_TRUE(a.has_role(Role::kUnitOfficer));
  EXPECT_FALSE(a.has_role(Role::kAdministrator));
}

TEST(Can, NoGrantsMeansNothing) {
  const Actor nobody = actor_with({});
  for (const Action action : kAllActions) {
    EXPECT_FALSE(can(nobody, action, "/1/"));
    EXPECT_FALSE(can_somewhere(nobody, action));
    EXPECT_TRUE(scopes(nobody, action).empty());
  }
}

TEST(Can, AdministratorIsScopedByTheGrantToo) {
  const Actor admin = actor_with({{Role::kAdministrator, 4, "/1/4/"}});
  EXPECT_TRUE(can(admin, Action::kManageUsers, "/1/4/9/"));
  EXPECT_FALSE(can(admin, Action::kManageUsers, "/1/5/"));
}

TEST(Scopes, AreMinimalAndFilteredByAction) {
  const Actor a = actor_with({{Role::kUnitOfficer, 30, "/1/12/30/"},
                              {Role::kUnitHead, 12, "/1/12/"},
                              {Role::kUnitOfficer, 13, "/1/13/"},
                              {Role::kStaff, 1, "/1/"},
                              {Role::kUnitOfficer, 13, "/1/13/"},
                              {Role::kLeader, 2, "/2/"}});
  EXPECT_EQ(scopes(a, Action::kViewOrg), (std::vector<std::string>{"/1/", "/2/"}));
  EXPECT_EQ(scopes(a, Action::kViewPeople), (std::vector<std::string>{"/1/12/", "/1/13/", "/2/"}));
  EXPECT_EQ(scopes(a, Action::kEditPeople), (std::vector<std::string>{"/1/12/30/", "/1/13/"}));
  EXPECT_EQ(scopes(a, Action::kViewAudit), (std::vector<std::string>{"/2/"}));
  EXPECT_TRUE(scopes(a, Action::kManageUsers).empty());
  EXPECT_FALSE(can_somewhere(a, Action::kEditOrg));
  EXPECT_TRUE(can_somewhere(a, Action::kImportPeople));
}

TEST(Scopes, KeepSiblingsWithCommonDigits) {
  const Actor a = actor_with({{Role::kUnitOfficer, 12, "/1/12/"}, {Role::kUnitOfficer, 120, "/1/120/"},
                              {Role::kUnitOfficer, 1, "/1/1/"}});
  EXPECT_EQ(scopes(a, Action::kEditPeople), (std::vector<std::string>{"/1/1/", "/1/12/", "/1/120/"}));
}

}  // namespace
}  // namespace thidua::core
