// The organisation tree: units (agency, division, centre, district office ...)
// with codes, kinds and validity dates, so renamed, merged or dissolved units
// keep their history. Value types and validation only.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace thidua::core {

// Kinds of unit. Stored as the code string; shown with unit_kind_label().
enum class UnitKind { kAgency, kOffice, kDivision, kSubDepartment, kCentre, kBranch, kDistrictOffice, kOther };

std::string_view unit_kind_code(UnitKind kind);           // "agency", "division", ...
std::optional<UnitKind> parse_unit_kind(std::string_view code);  // accepts code or Vietnamese label
std::string_view unit_kind_label(UnitKind kind);          // "Cơ quan", "Phòng", ...
const std::vector<UnitKind>& all_unit_kinds();

struct Unit {
  int64_t id = 0;
  std::optional<int64_t> parent_id;   // empty for a root
  std::string code;                   // unique, stable: "STNMT", "STNMT-VP"
  std::string name;                   // current official name
  std::string short_name;             // "Văn phòng Sở"
  UnitKind kind = UnitKind::kOther;
  std::string host_agency;            // non-empty when the unit belongs to another agency
                                      // (district TNMT offices belong to district People's Committees)
  std::string valid_from;             // ISO date, may be empty (unknown)
  std::string valid_to;               // ISO date, empty while the unit exists
  std::optional<int64_t> successor_id;  // set when merged into / renamed as another unit
  std::string path;                   // materialised path of ids: "/1/4/"; root "/1/"
  int64_t version = 0;                // optimistic concurrency counter
};

// Validates user-supplied fields of a unit (code, name, kind, dates).
// Returns the first problem as a validation Error naming the field.
Status validate_unit(const Unit& unit);

// True when `path` lies in the subtree rooted at `ancestor_path` (itself included).
bool path_within(std::string_view path, std::string_view ancestor_path);

// The id of the top unit (the agency) of materialised `path` ("/1/4/": 1);
// 0 when the path names none.
int64_t root_id_of_path(std::string_view path);

// True when ISO date `date` (YYYY-MM-DD) is a real calendar date.
bool is_iso_date(std::string_view date);

// "20/12/2024" of "2024-12-20", as Vietnamese documents write dates; the text
// itself when it is not an ISO date.
std::string display_date(std::string_view iso);

// One name of a unit and when it was in force: from valid_from (inclusive,
// "" = since the unit began) to valid_to (exclusive: the day a rename takes
// effect closes the old name; "" = still in force).
struct UnitName {
  std::string name;
  std::string valid_from;
  std::string valid_to;
};

// The name in force on ISO date `date` according to `history`; `current`
// when the history covers no such date (no history, or a date before it).
std::string name_in_force(const std::vector<UnitName>& history, std::string_view date, const std::string& current);

}  // namespace thidua::core
