// Recognised initiatives and research topics (sáng kiến, đề tài khoa học):
// the facts the titles from Chiến sĩ thi đua cơ sở up are judged on
// (legal.md §6). One initiative has one or more authors among the people,
// a scope of effect and the decision that recognised it. Value types and
// rules only.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace thidua::core {

enum class InitiativeKind { kInitiative, kResearch };  // sáng kiến; đề tài nghiên cứu khoa học
std::string_view initiative_kind_code(InitiativeKind k);   // "initiative", "research"
std::string_view initiative_kind_label(InitiativeKind k);  // "Sáng kiến", "Đề tài khoa học"
// A code or a label, regardless of case and diacritics ("sáng kiến", "Đề tài").
std::optional<InitiativeKind> read_initiative_kind(std::string_view text);

// Narrowest first: a rule asking a scope accepts that scope or wider.
enum class InitiativeScope { kAgency, kProvince, kNational };  // cơ sở; tỉnh, bộ, ngành; toàn quốc
std::string_view initiative_scope_code(InitiativeScope s);   // "agency", "province", "national"
std::string_view initiative_scope_label(InitiativeScope s);  // "Cơ sở", "Tỉnh, bộ, ngành", "Toàn quốc"
// A code or a label as offices write it ("cấp cơ sở", "cấp tỉnh", "Bộ", "toàn quốc").
std::optional<InitiativeScope> read_initiative_scope(std::string_view text);

struct RecognisedInitiative {
  int64_t id = 0;
  InitiativeKind kind = InitiativeKind::kInitiative;
  std::string title;
  InitiativeScope scope = InitiativeScope::kAgency;
  int year = 0;                 // the year of its recognition: the period it counts in
  std::string decision_number;  // of the recognition ("12/QĐ-STNMT")
  std::string decision_date;    // ISO
  std::string authority;        // who recognised it ("Giám đốc Sở Tài nguyên và Môi trường")
  std::vector<int64_t> author_ids;
  std::string created_at;
};

// Checks an initiative before it is recorded: a title (1–500 characters),
// the year within [1990, this_year], a decision number (1–100 characters)
// and an ISO decision date not before the year, an authority (1–300
// characters), at least one author. kValidation naming the field (title,
// year, decision_number, decision_date, authority, authors).
Status validate_initiative(const RecognisedInitiative& i, int this_year);

// Tidies what a person types (title, decision number, authority: NFC,
// trimmed, single spaces); kValidation naming the field when one is not
// UTF-8 or holds a control character or line break.
Status tidy_initiative(RecognisedInitiative& i);

}  // namespace thidua::core
