// Roles and the authorisation rule: what each role may do, and on which part of
// the organisation tree. A role is granted on a unit and covers its subtree.
// Pure: the caller supplies the actor's grants and the target's unit path.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace thidua::core {

// Roles of domain.md §2 (the public is the absence of an actor).
enum class Role { kAdministrator, kLeader, kSecretariat, kCouncilMember, kUnitHead, kUnitOfficer, kStaff };

std::string_view role_code(Role r);    // "administrator", "leader", ...
std::string_view role_label(Role r);   // "Quản trị hệ thống", "Lãnh đạo", ...
std::optional<Role> parse_role(std::string_view code);
const std::vector<Role>& all_roles();

// Actions checked by the server. Scope-bearing actions are checked against the
// unit path of the record acted on.
enum class Action {
  kViewOrg,        // see units of a subtree
  kEditOrg,        // create, rename, merge, dissolve units
  kViewPeople,     // see people of a subtree
  kEditPeople,     // create, edit people of a subtree
  kImportPeople,   // bulk import into a subtree
  kExportLists,    // download lists as XLSX
  kManageUsers,    // create, disable, reset users and grant roles
  kViewAudit,      // browse the audit trail
  // Campaign work (domain.md §3). Scope is the unit the record belongs to:
  // the issuing agency for the campaign and its council and decisions, the
  // participating unit for unit plans, registrations, progress, difficulties
  // and nominations.
  kManageCampaigns,     // create and edit plans; publish, start, close, finalise
  kApproveCampaigns,    // approve plans (the leader)
  kSubmitUnitWork,      // unit plan, registrations on the unit's behalf, progress, difficulties, nominations
  kApproveUnitWork,     // approve or return the unit's registrations (the unit head)
  kTrackCampaigns,      // the dashboard, the difficulties list, reminders
  kAnswerDifficulties,  // answer units' difficulties (the secretariat)
  kReviewNominations,   // accept or return nominations; prepare council sessions
  kVote,                // vote in a council session (membership checked too)
  kDraftDecisions,      // draft decisions and proposals; record higher authorities' answers
  kApproveDecisions,    // approve and sign decisions and proposals (the leader)
};

struct Grant {
  Role role;
  int64_t unit_id = 0;
  std::string unit_path;  // materialised path of the unit granted on ("/1/4/")
};

// Who is acting: a logged-in user (or API token) with role grants.
struct Actor {
  int64_t user_id = 0;
  std::string username;
  std::string display_name;
  std::optional<int64_t> person_id;  // the staff member this account belongs to
  std::vector<Grant> grants;
  // The shell operator running a CLI subcommand on the server itself: trusted,
  // checked by app/access.h rather than by grants. Never set for web requests.
  bool system = false;
  // The paths of the deployment's open top units (its agencies), read with the
  // grants: rights over the whole deployment (can_everywhere) need a grant
  // covering each.
  std::vector<std::string> root_paths;
  bool has_role(Role r) const;
};

// True when `role` permits `action` at all (ignoring scope).
bool role_permits(Role role, Action action);

// True when the actor may perform `action` on a record under `unit_path`.
bool can(const Actor& actor, Action action, std::string_view unit_path);

// True when the actor may perform `action` on every agency of the deployment
// (each of actor.root_paths; none known: false), or is the shell's operator.
// For what is shared by every agency: the audit trail, the legal rule sets,
// the declarations of complete records, the compound family names.
bool can_everywhere(const Actor& actor, Action action);

// True when the actor may perform `action` somewhere (e.g. to show a menu item).
bool can_somewhere(const Actor& actor, Action action);

// The unit paths under which the actor may perform `action`, minimal (no path
// is inside another). Empty means nowhere. Used to filter list queries.
std::vector<std::string> scopes(const Actor& actor, Action action);

}  // namespace thidua::core
