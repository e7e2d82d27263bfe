#include "core/council.h"

#include "core/messages_vi/council.h"

namespace thidua::core {

std::string_view council_role_code(CouncilRole r) {
  switch (r) {
    case CouncilRole::kChair: return "chair";
    case CouncilRole::kViceChair: return "vice_chair";
    case CouncilRole::kSecretary: return "secretary";
    case CouncilRole::kMember: return "member";
  }
  return "member";
}

std::string_view council_role_label(CouncilRole r) {
  switch (r) {
    case CouncilRole::kChair: return messages_vi::kCouncilRoleChair;
    case CouncilRole::kViceChair: return messages_vi::kCouncilRoleViceChair;
    case CouncilRole::kSecretary: return messages_vi::kCouncilRoleSecretary;
    case CouncilRole::kMember: return messages_vi::kCouncilRoleMember;
  }
  return messages_vi::kCouncilRoleMember;
}

std::optional<CouncilRole> parse_council_role(std::string_view code) {
  for (auto r : kCouncilRoles) {
    if (council_role_code(r) == code) return r;
  }
  return std::nullopt;
}

std::string_view recusal_kind_code(RecusalKind k) { return k == RecusalKind::kNominee ? "nominee" : "declared"; }

std::optional<RecusalKind> parse_recusal_kind(std::string_view code) {
  if (code == "nominee") return RecusalKind::kNominee;
  if (code == "declared") return RecusalKind::kDeclared;
  return std::nullopt;
}

}  // namespace thidua::core
