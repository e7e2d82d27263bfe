// People: civil servants, public employees and workers, with their unit
// memberships over time. Value types and validation only.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace thidua::core {

enum class Gender { kUnspecified, kMale, kFemale };
// Employment category: công chức, viên chức, người lao động.
enum class EmploymentCategory { kCivilServant, kPublicEmployee, kWorker };

std::string_view gender_code(Gender g);                 // "", "male", "female"
std::string_view gender_label(Gender g);                // "", "Nam", "Nữ"
std::optional<Gender> parse_gender(std::string_view s); // code or label, case/diacritics-insensitive
std::string_view category_code(EmploymentCategory c);   // "civil_servant", ...
std::string_view category_label(EmploymentCategory c);  // "Công chức", ...
std::optional<EmploymentCategory> parse_category(std::string_view s);

struct Membership {
  int64_t id = 0;
  int64_t person_id = 0;
  int64_t unit_id = 0;
  std::string unit_name;   // for display; filled by queries
  std::string valid_from;  // ISO date or empty
  std::string valid_to;    // ISO date or empty while current
  bool primary = true;
};

struct Person {
  int64_t id = 0;
  std::string full_name;        // "Nguyễn Văn An", NFC
  Gender gender = Gender::kUnspecified;
  std::string birth_date;       // ISO date or empty
  std::string position;         // chức vụ: "Trưởng phòng"
  std::string title;            // chức danh / ngạch: "Chuyên viên chính"
  EmploymentCategory category = EmploymentCategory::kCivilServant;
  std::string email;
  std::string phone;
  std::optional<int64_t> unit_id;  // current primary unit (denormalised from memberships)
  std::string unit_name;           // for display
  std::string unit_path;           // for authorisation
  int64_t version = 0;
};

// Normalises (NFC, trimmed, single spaces) and validates the editable fields.
// On success returns the normalised person.
Result<Person> normalise_person(Person person);

}  // namespace thidua::core
