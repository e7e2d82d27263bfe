// The award history (awards): one row per award granted to a person or a
// collective, with the names in force and the deciding document; searches
// by name, year, award and unit scope; the closing summary's counts.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "store/db.h"

namespace thidua::store {

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

// Inserts one award (id ignored; recipient_folded computed); returns the id.
core::Result<int64_t> insert_award(Connection& conn, const AwardRecord& a);

struct AwardQuery {
  std::string name_folded;                 // prefix of a word of the folded name, "" for any
  std::optional<int> year;
  std::string award_name;                  // exact award name ("Giấy khen"), "" for any
  std::optional<std::string> unit_path;    // inside this subtree
  std::optional<std::vector<std::string>> scopes;  // inside one of these (nullopt: anywhere)
  std::optional<int64_t> person_id;
  std::optional<int64_t> collective_unit_id;  // collective awards of this unit
  std::optional<int64_t> decision_id;
  std::optional<int64_t> campaign_id;
  std::optional<int64_t> id;  // this award only
  int64_t offset = 0;
  int64_t limit = 50;
};

// Newest decision first, then name. One query.
core::Result<std::vector<AwardRecord>> find_awards(Connection& conn, const AwardQuery& q);
core::Result<int64_t> count_awards(Connection& conn, const AwardQuery& q);

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
core::Result<std::vector<AwardCount>> award_counts(Connection& conn, int64_t campaign_id);

}  // namespace thidua::store
