// The award register (sổ khen thưởng): one row per award received by a person
// or a collective, whether thidua issued it or it was recorded from the
// agency's past (imported); the rules a register entry obeys; and the
// per-unit counts of a campaign's closing summary.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/campaign.h"
#include "core/result.h"

namespace thidua::core {

// Where a register entry comes from: a decision thidua issued, or the
// agency's earlier records (an import).
enum class AwardSource { kIssued, kImported };
std::string_view award_source_code(AwardSource s);  // "issued", "imported"
std::optional<AwardSource> parse_award_source(std::string_view code);

// The level of the granting authority is core::AwardLevel (core/campaign.h);
// an entry whose record does not say has none. As offices write it: a code
// or a label regardless of case and diacritics ("Cấp tỉnh", "tinh"), or the
// short forms "Cơ sở" (the agency's own), "Bộ", "Ngành", "Toàn quốc".
std::optional<AwardLevel> read_award_level(std::string_view text);

// What the award was for: an annual title (bình xét hằng năm) or a campaign
// (đợt thi đua, thidua's own or one recorded by name).
enum class AwardOccasion { kAnnual, kCampaign };
std::string_view award_occasion_code(AwardOccasion o);  // "annual", "campaign"
std::optional<AwardOccasion> parse_award_occasion(std::string_view code);

struct AwardRecord {
  int64_t id = 0;
  std::optional<int64_t> campaign_id;
  std::optional<int64_t> award_type_id;
  std::optional<int64_t> decision_id;
  std::optional<int64_t> nomination_id;
  std::string subject;  // "individual", "collective"
  std::optional<int64_t> person_id;
  // For a collective, the unit awarded; for an individual, the unit they were
  // nominated by (their unit at the time), which scopes who sees the row.
  std::optional<int64_t> unit_id;
  std::string recipient_name;
  std::string unit_name;
  std::string award_name;
  std::string granted_by;
  std::string decision_number_symbol;  // "12/QĐ-STNMT"
  std::string decision_date;           // ISO
  std::string certificate_number;      // "05/GK-STNMT", "" for higher awards
  int year = 0;
  std::string created_at;
  std::string unit_path;  // read only: the path of unit_id
  AwardSource source = AwardSource::kIssued;
  std::optional<AwardLevel> level;
  AwardOccasion occasion = AwardOccasion::kCampaign;
  std::string campaign_title;  // a recorded campaign's name when it is not one of thidua's (campaign_id unset)
};

// The earliest year of achievement a register entry may carry.
inline constexpr int kFirstAwardYear = 1945;

// Checks an entry recorded from the agency's past before it joins the
// register: a recipient, an award, the year of achievement within
// [kFirstAwardYear, this_year], the deciding document (number, ISO date not
// before the year of achievement, granting authority), lengths within the
// register's bounds. kValidation naming the field (the column's key:
// recipient_name, award_name, year, decision_number_symbol, decision_date,
// granted_by, campaign_title) with a Vietnamese message.
Status validate_register_entry(const AwardRecord& a, int this_year);

// True when two entries record the same award: one recipient (the same
// person, or the same unit for a collective), one award (names compared
// regardless of case and diacritics), one year of achievement, and either
// one deciding document or, for annual titles, any (a title is given once
// a year: Law 06/2022/QH15, legal.md §6).
bool same_award(const AwardRecord& a, const AwardRecord& b);

// The closing summary of a campaign: awards counted per unit and award.
// Units are told apart by unit_path (two units may share a name, e.g. a
// "Tổ Dữ liệu" under two offices); unit_name is the name on the awards.
struct AwardCount {
  std::string unit_name;
  std::string award_name;
  std::string granted_by;
  int64_t individuals = 0;
  int64_t collectives = 0;
  std::string unit_path;  // the unit's materialised path; "" when the awards name no unit
};

}  // namespace thidua::core
