// Fairness figures (issue 13 #4): Law 06/2022/QH15 asks commendation to give
// priority to people working directly at the front line, to women and to
// small collectives. For a set of awards (one campaign, or the years of a
// range) within an agency's subtree, each table compares a group's share of
// the awards with its share of the base it is drawn from:
//   - individual awards by position group (leaders and managers, other
//     civil servants and public employees, workers), by gender, by the kind
//     of the person's unit and by its level, against the people of the
//     subtree today;
//   - collective awards by the kind and the level of the unit awarded,
//     against the units of the subtree that exist today.
// A unit's level counts from the agency: 1 is the agency itself, 2 a unit
// directly under it, and so on. The workforce is today's: the register keeps
// no head count of past years. Pure: the store reads grouped counts, this
// file groups and divides.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/person.h"

namespace thidua::core {

enum class PositionGroup { kLeader, kStaff, kWorker };

std::string_view position_group_code(PositionGroup g);   // "leader", "staff", "worker"
std::string_view position_group_label(PositionGroup g);  // Vietnamese

// A worker (người lao động) by employment category; else a leader when the
// position (chức vụ) names a leading or managing post, compared regardless of
// case but with its tones (messages_vi::kFairLeaderWords as whole words:
// giám đốc, trưởng, chánh, chủ tịch, bí thư, chủ nhiệm, tổng biên tập, so
// "Phó Trưởng phòng", "Chi cục trưởng", "Chánh Văn phòng", not "Trường"); else
// staff.
PositionGroup position_group(std::string_view position, EmploymentCategory category);

// Counts read by the store for individuals: people of the subtree today and
// individual awards, per combination of the person's gender, category,
// position and unit (kind code, absolute depth: "/1/" is 1).
struct FairnessPersonCount {
  Gender gender = Gender::kUnspecified;
  EmploymentCategory category = EmploymentCategory::kCivilServant;
  std::string position;
  std::string unit_kind;
  int depth = 0;
  int64_t people = 0;
  int64_t awards = 0;
};

// Counts read for collectives: units of the subtree today and collective
// awards, per unit kind code and absolute depth.
struct FairnessUnitCount {
  std::string unit_kind;
  int depth = 0;
  int64_t units = 0;
  int64_t awards = 0;
};

// One group of a table. Shares are in tenths of a percent, rounded to
// nearest (625 is 62.5 %); 0 when the table's total is 0. gap = award_share -
// base_share: above 0, the group has more of the awards than of the base.
struct FairnessGroup {
  std::string code;   // position group, gender ("female", "male", "unspecified"), kind code, or the level "1", "2" ...
  std::string label;  // Vietnamese
  int64_t awards = 0;
  int64_t base = 0;
  int64_t award_share = 0;
  int64_t base_share = 0;
  int64_t gap = 0;
};

enum class FairnessDimension { kPosition, kGender, kUnitKind, kUnitLevel };
enum class FairnessBasis { kIndividuals, kCollectives };

std::string_view fairness_dimension_code(FairnessDimension d);  // "position", "gender", "unit_kind", "unit_level"
std::string_view fairness_basis_code(FairnessBasis b);          // "individuals", "collectives"

struct FairnessTable {
  FairnessDimension dimension = FairnessDimension::kPosition;
  FairnessBasis basis = FairnessBasis::kIndividuals;
  std::vector<FairnessGroup> groups;  // every group with awards or base; fixed order (levels ascending)
  int64_t awards = 0;
  int64_t base = 0;
};

// The six tables, in this order: individuals by position, gender, unit kind,
// unit level; collectives by unit kind, unit level. `agency_depth` is the
// depth of the agency whose subtree was read (its level is 1).
std::vector<FairnessTable> fairness_tables(const std::vector<FairnessPersonCount>& people,
                                           const std::vector<FairnessUnitCount>& units, int agency_depth);

// "62,5 %" of a share in tenths of a percent; a gap gets its sign ("+3,1", "−2,0", "0,0").
std::string share_text(int64_t tenths);
std::string gap_text(int64_t tenths);

}  // namespace thidua::core
