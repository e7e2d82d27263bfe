#include "core/authz.h"

#include <algorithm>
#include <array>
#include <initializer_list>

#include "core/messages_vi/roles.h"
#include "core/names.h"
#include "core/org.h"

namespace thidua::core {
namespace {

constexpr std::uint32_t bit(Action a) { return 1u << static_cast<unsigned>(a); }

constexpr std::uint32_t bits(std::initializer_list<Action> actions) {
  std::uint32_t mask = 0;
  for (const Action a : actions) mask |= bit(a);
  return mask;
}

// The administrator's actions: the technical keeping of the system. The
// campaign's workflow belongs to the leader, the secretariat, the council and
// the units, not to the administrator.
constexpr std::uint32_t kEveryAction =
    bits({Action::kViewOrg, Action::kEditOrg, Action::kViewPeople, Action::kEditPeople, Action::kImportPeople,
          Action::kExportLists, Action::kManageUsers, Action::kViewAudit});

struct RoleInfo {
  Role role;
  std::string_view code;
  std::string_view label;
  std::uint32_t permits;  // bit set of Action
};

// The permission table, following the roles of docs/domain.md §2: the
// administrator keeps users, the organisation tree and settings; the leader
// and the secretariat (Thường trực Hội đồng TĐKT) oversee and report; council
// members review; the unit officer (cán bộ phụ trách TĐKT) keeps the unit's
// people; the unit head approves; staff see the organisation. Scope comes from
// the unit a role is granted on, not from this table.
constexpr std::array<RoleInfo, 7> kRoles{{
    {Role::kAdministrator, "administrator", messages_vi::kRoleAdministrator, kEveryAction},
    {Role::kLeader, "leader", messages_vi::kRoleLeader,
     bits({Action::kViewOrg, Action::kViewPeople, Action::kExportLists, Action::kViewAudit,
           Action::kManageCampaigns, Action::kApproveCampaigns, Action::kTrackCampaigns,
           Action::kApproveDecisions})},
    {Role::kSecretariat, "secretariat", messages_vi::kRoleSecretariat,
     bits({Action::kViewOrg, Action::kViewPeople, Action::kExportLists, Action::kManageCampaigns,
           Action::kTrackCampaigns, Action::kAnswerDifficulties, Action::kReviewNominations,
           Action::kDraftDecisions})},
    {Role::kCouncilMember, "council_member", messages_vi::kRoleCouncilMember,
     bits({Action::kViewOrg, Action::kViewPeople, Action::kVote})},
    {Role::kUnitHead, "unit_head", messages_vi::kRoleUnitHead,
     bits({Action::kViewOrg, Action::kViewPeople, Action::kExportLists, Action::kSubmitUnitWork,
           Action::kApproveUnitWork})},
    {Role::kUnitOfficer, "unit_officer", messages_vi::kRoleUnitOfficer,
     bits({Action::kViewOrg, Action::kViewPeople, Action::kEditPeople, Action::kImportPeople,
           Action::kExportLists, Action::kSubmitUnitWork})},
    {Role::kStaff, "staff", messages_vi::kRoleStaff, bits({Action::kViewOrg})},

}};

const RoleInfo* find_role(Role r) {
  for (const auto& info : kRoles) {
    if (info.role == r) return &info;
  }
  return nullptr;
}

}  // namespace

std::string_view role_code(Role r) {
  const auto* info = find_role(r);
  return info ? info->code : std::string_view{};
}

std::string_view role_label(Role r) {
  const auto* info = find_role(r);
  return info ? info->label : std::string_view{};
}

std::optional<Role> parse_role(std::string_view code) {
  const std::string wanted = fold(code);
  if (wanted.empty()) return std::nullopt;
  for (const auto& info : kRoles) {
    if (wanted == info.code || wanted == fold(info.label)) return info.role;
  }
  return std::nullopt;
}

const std::vector<Role>& all_roles() {
  static const std::vector<Role> roles = [] {
    std::vector<Role> v;
    for (const auto& info : kRoles) v.push_back(info.role);
    return v;
  }();
  return roles;
}

bool Actor::has_role(Role r) const {
  return std::any_of(grants.begin(), grants.end(), [r](const Grant& g) { return g.role == r; });
}

bool role_permits(Role role, Action action) {
  const auto* info = find_role(role);
  return info != nullptr && (info->permits & bit(action)) != 0;
}

bool can(const Actor& actor, Action action, std::string_view unit_path) {
  return std::any_of(actor.grants.begin(), actor.grants.end(), [&](const Grant& g) {
    return role_permits(g.role, action) && path_within(unit_path, g.unit_path);
  });
}

bool can_everywhere(const Actor& actor, Action action) {
  if (actor.system) return true;
  if (actor.root_paths.empty()) return false;
  for (const auto& root : actor.root_paths) {
    if (!can(actor, action, root)) return false;
  }
  return true;
}

bool can_somewhere(const Actor& actor, Action action) { return !scopes(actor, action).empty(); }

std::vector<std::string> scopes(const Actor& actor, Action action) {
  std::vector<std::string> paths;
  for (const Grant& g : actor.grants) {
    if (!g.unit_path.empty() && role_permits(g.role, action)) paths.push_back(g.unit_path);
  }
  // Sorted, an ancestor comes before everything in its subtree.
  std::sort(paths.begin(), paths.end());
  std::vector<std::string> minimal;
  for (auto& p : paths) {
    if (minimal.empty() || !path_within(p, minimal.back())) minimal.push_back(std::move(p));
  }
  return minimal;
}

}  // namespace thidua::core
