// The award register (sổ khen thưởng): one row per award received by a person
// or a collective, and the per-unit counts of a campaign's closing summary.
// Value types only.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace thidua::core {

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
};

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
