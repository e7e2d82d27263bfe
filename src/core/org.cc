#include "core/org.h"

#include <array>
#include <cstdint>
#include <utility>

#include "core/messages_vi/org.h"
#include "core/names.h"
#include "core/utf8.h"

namespace thidua::core {
namespace {

struct UnitKindInfo {
  UnitKind kind;
  std::string_view code;
  std::string_view label;
};

constexpr std::array<UnitKindInfo, 8> kUnitKinds{{
    {UnitKind::kAgency, "agency", messages_vi::kUnitKindAgency},
    {UnitKind::kOffice, "office", messages_vi::kUnitKindOffice},
    {UnitKind::kDivision, "division", messages_vi::kUnitKindDivision},
    {UnitKind::kSubDepartment, "sub_department", messages_vi::kUnitKindSubDepartment},
    {UnitKind::kCentre, "centre", messages_vi::kUnitKindCentre},
    {UnitKind::kBranch, "branch", messages_vi::kUnitKindBranch},
    {UnitKind::kDistrictOffice, "district_office", messages_vi::kUnitKindDistrictOffice},
    {UnitKind::kOther, "other", messages_vi::kUnitKindOther},
}};

const UnitKindInfo* find_kind(UnitKind kind) {
  for (const auto& info : kUnitKinds) {
    if (info.kind == kind) return &info;
  }
  return nullptr;
}

constexpr std::size_t kMaxCodeLength = 32;
constexpr std::size_t kMaxTextLength = 255;

bool is_code_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '_' || c == '-';
}

bool is_blank_name(std::string_view text) { return fold(text).empty(); }

// Checks an optional free-text field: well-formed UTF-8 and at most 255
// characters.
Status check_text(std::string_view text, const char* invalid, const char* too_long, const char* field) {
  if (!is_valid_utf8(text)) return make_error(errc::kValidation, invalid, field);
  if (utf8::length(text) > kMaxTextLength) return make_error(errc::kValidation, too_long, field);
  return {};
}

int digits(std::string_view s) {
  int n = 0;
  for (const char c : s) n = n * 10 + (c - '0');
  return n;
}

}  // namespace

std::string_view unit_kind_code(UnitKind kind) {
  const auto* info = find_kind(kind);
  return info ? info->code : std::string_view{};
}

std::string_view unit_kind_label(UnitKind kind) {
  const auto* info = find_kind(kind);
  return info ? info->label : std::string_view{};
}

std::optional<UnitKind> parse_unit_kind(std::string_view code) {
  for (const auto& info : kUnitKinds) {  // a stored code: no folding (every row read)
    if (code == info.code) return info.kind;
  }
  const std::string wanted = fold(code);
  if (wanted.empty()) return std::nullopt;
  for (const auto& info : kUnitKinds) {
    if (wanted == info.code || wanted == fold(info.label)) return info.kind;
  }
  return std::nullopt;
}

const std::vector<UnitKind>& all_unit_kinds() {
  static const std::vector<UnitKind> kinds = [] {
    std::vector<UnitKind> v;
    for (const auto& info : kUnitKinds) v.push_back(info.kind);
    return v;
  }();
  return kinds;
}

Status validate_unit(const Unit& unit) {
  namespace msg = messages_vi;
  if (unit.code.empty()) return make_error(errc::kValidation, msg::kUnitCodeEmpty, "code");
  if (unit.code.size() > kMaxCodeLength) return make_error(errc::kValidation, msg::kUnitCodeTooLong, "code");
  for (const char c : unit.code) {
    if (!is_code_char(c)) return make_error(errc::kValidation, msg::kUnitCodeChars, "code");
  }
  if (!is_valid_utf8(unit.name)) return make_error(errc::kValidation, msg::kUnitNameInvalid, "name");
  if (is_blank_name(unit.name)) return make_error(errc::kValidation, msg::kUnitNameEmpty, "name");
  THIDUA_TRY(check_text(unit.name, msg::kUnitNameInvalid, msg::kUnitNameTooLong, "name"));
  THIDUA_TRY(check_text(unit.short_name, msg::kUnitShortNameInvalid, msg::kUnitShortNameTooLong, "short_name"));
  THIDUA_TRY(check_text(unit.host_agency, msg::kUnitHostAgencyInvalid, msg::kUnitHostAgencyTooLong, "host_agency"));
  if (!find_kind(unit.kind)) return make_error(errc::kValidation, msg::kUnitKindInvalid, "kind");
  if (!unit.valid_from.empty() && !is_iso_date(unit.valid_from)) {
    return make_error(errc::kValidation, msg::kUnitValidFromInvalid, "valid_from");
  }
  if (!unit.valid_to.empty() && !is_iso_date(unit.valid_to)) {
    return make_error(errc::kValidation, msg::kUnitValidToInvalid, "valid_to");
  }
  // ISO dates of equal length order as strings.
  if (!unit.valid_from.empty() && !unit.valid_to.empty() && unit.valid_to < unit.valid_from) {
    return make_error(errc::kValidation, msg::kUnitValidToBeforeFrom, "valid_to");
  }
  return {};
}

bool path_within(std::string_view path, std::string_view ancestor_path) {
  if (ancestor_path.empty() || !path.starts_with(ancestor_path)) return false;
  // "/1/4/" contains "/1/4/7/"; "/1/4" (no trailing slash) must not match "/1/45/".
  return ancestor_path.back() == '/' || path.size() == ancestor_path.size() ||
         path[ancestor_path.size()] == '/';
}

int64_t root_id_of_path(std::string_view path) {
  if (path.size() < 3 || path[0] != '/') return 0;
  int64_t id = 0;
  size_t at = 1;
  for (; at < path.size() && path[at] != '/'; ++at) {
    if (path[at] < '0' || path[at] > '9' || id > (INT64_MAX - 9) / 10) return 0;
    id = id * 10 + (path[at] - '0');
  }
  return at < path.size() && at > 1 ? id : 0;
}

bool is_iso_date(std::string_view date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
  for (const std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (date[i] < '0' || date[i] > '9') return false;
  }
  const int year = digits(date.substr(0, 4));
  const int month = digits(date.substr(5, 2));
  const int day = digits(date.substr(8, 2));
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int days = kDays[static_cast<std::size_t>(month - 1)] + (month == 2 && leap ? 1 : 0);
  return day <= days;
}

std::string name_in_force(const std::vector<UnitName>& history, std::string_view date, const std::string& current) {
  for (const auto& n : history) {
    const bool started = n.valid_from.empty() || n.valid_from <= date;
    const bool not_ended = n.valid_to.empty() || date < n.valid_to;
    if (started && not_ended) return n.name;
  }
  return current;
}

std::string display_date(std::string_view iso) {
  if (!is_iso_date(iso)) return std::string(iso);
  return std::string(iso.substr(8, 2)) + "/" + std::string(iso.substr(5, 2)) + "/" + std::string(iso.substr(0, 4));
}

}  // namespace thidua::core
