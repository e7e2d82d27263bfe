// The years whose records of a kind of fact the office has declared complete
// (sổ đã nhập đủ): only in such a year does the absence of an annual title,
// an initiative, a disciplinary measure or an absence read as "none"
// (core/eligibility.h); elsewhere a rule resting on it is "missing", never
// "false". Ratings need no declaration: every civil servant has one a year,
// and one not recorded is missing. A declaration belongs to one agency (a top
// unit of the tree) and speaks for the people and units under it only.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace thidua::core {

enum class FactKind { kTitles, kInitiatives, kDiscipline, kAbsences };
inline constexpr FactKind kFactKinds[] = {FactKind::kTitles, FactKind::kInitiatives, FactKind::kDiscipline,
                                          FactKind::kAbsences};
std::string_view fact_kind_code(FactKind k);   // "titles", "initiatives", "discipline", "absences"
std::string_view fact_kind_label(FactKind k);  // "Danh hiệu thi đua năm", "Sáng kiến, đề tài", ...
std::optional<FactKind> read_fact_kind(std::string_view code);  // codes only

struct FactYear {
  int64_t agency_id = 0;  // the top unit whose office declared
  FactKind kind = FactKind::kInitiatives;
  int year = 0;
  int64_t declared_by = 0;
  std::string declared_by_name;  // the account's display name, "" when gone
  std::string declared_at;       // ISO instant
};

}  // namespace thidua::core
