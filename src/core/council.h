// Councils (hội đồng thi đua – khen thưởng), their members and sessions, as
// every layer reads them. Value types only; the session's states are in
// core/council_session.h, the vote rule in core/campaign_vote.h.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/campaign_vote.h"
#include "core/council_session.h"

namespace thidua::core {

// A member's role on the council. A council has at most one active chair and
// one active secretary (council_role_is_single); any number of vice-chairs
// and members.
enum class CouncilRole { kChair, kViceChair, kSecretary, kMember };
inline constexpr std::array<CouncilRole, 4> kCouncilRoles = {CouncilRole::kChair, CouncilRole::kViceChair,
                                                             CouncilRole::kSecretary, CouncilRole::kMember};

std::string_view council_role_code(CouncilRole r);   // "chair", "vice_chair", "secretary", "member"
std::string_view council_role_label(CouncilRole r);  // "Chủ tịch Hội đồng", ...
std::optional<CouncilRole> parse_council_role(std::string_view code);
inline bool council_role_is_single(CouncilRole r) { return r == CouncilRole::kChair || r == CouncilRole::kSecretary; }

// Why a member does not vote on an item: they are its nominee (recorded when
// the item is put to the ballot), or they declared a conflict of interest.
enum class RecusalKind { kNominee, kDeclared };
std::string_view recusal_kind_code(RecusalKind k);  // "nominee", "declared"
std::optional<RecusalKind> parse_recusal_kind(std::string_view code);

struct Council {
  int64_t id = 0;
  int64_t unit_id = 0;
  std::string unit_name;
  std::string unit_path;
  std::string name;
  std::string created_at;
  int64_t active_members = 0;
};

struct CouncilMember {
  int64_t id = 0;
  int64_t council_id = 0;
  int64_t user_id = 0;
  std::string username;
  std::string full_name;
  std::string position;
  CouncilRole role = CouncilRole::kMember;
  bool active = true;
};

// state: core/council_session.h.
struct CouncilSession {
  int64_t id = 0;
  int64_t campaign_id = 0;
  int64_t council_id = 0;
  std::string council_name;
  int64_t council_unit_id = 0;
  std::string council_unit_path;
  std::string held_on;  // ISO date
  std::string place;
  SessionState state = SessionState::kPlanned;
  int members_total = 0;
  std::optional<std::string> opened_at;
  std::optional<std::string> closed_at;
  std::string election_key;  // hex public key, "" until every committee share is drawn
  std::string notice;        // "" or "reopened_after_upgrade" (migration 080)
  std::string created_at;
  // The minutes' number in the council agency's register (type BB), taken
  // when the ballot closes; none for a session closed before numbering.
  std::optional<int64_t> minutes_number;
};

// Each member of the session's council (active or not) with their presence
// (false when not yet marked).
struct Attendance {
  CouncilMember member;
  bool present = false;
};

// A nomination put to the ballot, with what a screen shows of it. The
// outcome fields are set only once the session is closed.
struct SessionItem {
  int64_t id = 0;
  int64_t nomination_id = 0;
  int ord = 0;
  std::string subject;  // "collective", "individual"
  std::string nominee_name;
  std::string nominating_unit_name;
  int64_t award_type_id = 0;
  std::string award_name;
  std::string award_granted_by;
  BallotRule rule;
  std::optional<int> agree, disagree, invalid, required_agree, recused;
  std::optional<bool> passed;
  std::string agree_decryption;                       // core::ballot::serialize_decryption, "" before the close
  std::optional<int64_t> nominee_person_id;           // the person nominated (individual nominations)
};

}  // namespace thidua::core
