#include "core/person.h"

#include <array>

#include "core/blanks.h"
#include "core/latin_letters.h"
#include "core/messages_vi/people.h"
#include "core/names.h"
#include "core/org.h"
#include "core/text_fields.h"
#include "core/utf8.h"

namespace thidua::core {
namespace {

struct GenderInfo {
  Gender gender;
  std::string_view code;
  std::string_view label;
};

constexpr std::array<GenderInfo, 3> kGenders{{
    {Gender::kUnspecified, "", ""},
    {Gender::kMale, "male", messages_vi::kGenderMale},
    {Gender::kFemale, "female", messages_vi::kGenderFemale},
}};

struct CategoryInfo {
  EmploymentCategory category;
  std::string_view code;
  std::string_view label;
};

constexpr std::array<CategoryInfo, 3> kCategories{{
    {EmploymentCategory::kCivilServant, "civil_servant", messages_vi::kCategoryCivilServant},
    {EmploymentCategory::kPublicEmployee, "public_employee", messages_vi::kCategoryPublicEmployee},
    {EmploymentCategory::kWorker, "worker", messages_vi::kCategoryWorker},
}};

template <class Table, class Key>
const auto* find_entry(const Table& table, Key key, Key Table::value_type::*member) {
  for (const auto& entry : table) {
    if (entry.*member == key) return &entry;
  }
  return static_cast<const typename Table::value_type*>(nullptr);
}

constexpr std::size_t kMaxNameLength = 120;
constexpr std::size_t kMaxTextLength = 255;
constexpr std::size_t kMaxEmailLength = 254;  // RFC 5321 path limit
constexpr int kMinPhoneDigits = 8;
constexpr int kMaxPhoneDigits = 20;

Error invalid(const char* message, const char* field) { return make_error(errc::kValidation, message, field); }

// Tidies an optional free-text field in place and checks its length.
Status tidy_field(std::string& text, const char* bad, const char* too_long, const char* field) {
  if (!is_valid_utf8(text) || has_control_char(text)) return invalid(bad, field);
  text = tidy_text(text);
  if (utf8::length(text) > kMaxTextLength) return invalid(too_long, field);
  return {};
}

// A pragmatic address check: one "@", a non-empty local part, a domain of
// dot-separated labels with at least one dot, no spaces or control characters.
bool looks_like_email(std::string_view email) {
  const auto at = email.find('@');
  if (at == std::string_view::npos || at == 0 || email.find('@', at + 1) != std::string_view::npos) return false;
  for (const char c : email) {
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u == 0x7F || c == ',' || c == ';' || c == '<' || c == '>' || c == '"') return false;
  }
  const std::string_view domain = email.substr(at + 1);
  if (domain.empty() || domain.find('.') == std::string_view::npos) return false;
  if (domain.front() == '.' || domain.back() == '.' || domain.find("..") != std::string_view::npos) return false;
  if (domain.front() == '-' || domain.back() == '-') return false;
  const std::string_view local = email.substr(0, at);
  return local.front() != '.' && local.back() != '.' && local.find("..") == std::string_view::npos;
}

}  // namespace

std::string_view gender_code(Gender g) {
  const auto* e = find_entry(kGenders, g, &GenderInfo::gender);
  return e ? e->code : std::string_view{};
}

std::string_view gender_label(Gender g) {
  const auto* e = find_entry(kGenders, g, &GenderInfo::gender);
  return e ? e->label : std::string_view{};
}

std::optional<Gender> parse_gender(std::string_view s) {
  for (const auto& e : kGenders) {  // a stored code: no folding (every row read)
    if (s == e.code) return e.gender;
  }
  const std::string wanted = fold(s);
  for (const auto& e : kGenders) {
    if (wanted == e.code || wanted == fold(e.label)) return e.gender;
  }
  return std::nullopt;
}

std::string_view category_code(EmploymentCategory c) {
  const auto* e = find_entry(kCategories, c, &CategoryInfo::category);
  return e ? e->code : std::string_view{};
}

std::string_view category_label(EmploymentCategory c) {
  const auto* e = find_entry(kCategories, c, &CategoryInfo::category);
  return e ? e->label : std::string_view{};
}

std::optional<EmploymentCategory> parse_category(std::string_view s) {
  for (const auto& e : kCategories) {  // a stored code: no folding (every row read)
    if (s == e.code) return e.category;
  }
  const std::string wanted = fold(s);
  if (wanted.empty()) return std::nullopt;
  for (const auto& e : kCategories) {
    if (wanted == e.code || wanted == fold(e.label)) return e.category;
  }
  return std::nullopt;
}

Result<Person> normalise_person(Person person) {
  namespace msg = messages_vi;

  if (!is_valid_utf8(person.full_name)) return invalid(msg::kPersonNameInvalid, "full_name");
  if (has_control_char(person.full_name)) return invalid(msg::kPersonNameControl, "full_name");
  person.full_name = tidy_text(person.full_name);
  if (person.full_name.empty()) return invalid(msg::kPersonNameEmpty, "full_name");
  if (utf8::length(person.full_name) > kMaxNameLength) return invalid(msg::kPersonNameTooLong, "full_name");
  bool has_letter = false;
  for (std::size_t pos = 0; pos < person.full_name.size() && !has_letter;) {
    has_letter = latin::is_letter(utf8::decode(person.full_name, pos));
  }
  if (!has_letter) return invalid(msg::kPersonNameNoLetter, "full_name");

  if (!find_entry(kGenders, person.gender, &GenderInfo::gender)) {
    return invalid(msg::kPersonGenderInvalid, "gender");
  }
  if (!find_entry(kCategories, person.category, &CategoryInfo::category)) {
    return invalid(msg::kPersonCategoryInvalid, "category");
  }

  person.birth_date = trim_blanks(person.birth_date);
  if (!person.birth_date.empty()) {
    if (!is_iso_date(person.birth_date)) return invalid(msg::kPersonBirthDateInvalid, "birth_date");
    if (person.birth_date < "1900-01-01" || person.birth_date > "2100-12-31") {
      return invalid(msg::kPersonBirthDateRange, "birth_date");
    }
  }

  THIDUA_TRY(tidy_field(person.position, msg::kPersonPositionInvalid, msg::kPersonPositionTooLong, "position"));
  THIDUA_TRY(tidy_field(person.title, msg::kPersonTitleInvalid, msg::kPersonTitleTooLong, "title"));

  person.email = trim_blanks(person.email);
  if (!person.email.empty()) {
    if (person.email.size() > kMaxEmailLength) return invalid(msg::kPersonEmailTooLong, "email");
    if (!is_valid_utf8(person.email) || !looks_like_email(person.email)) {
      return invalid(msg::kPersonEmailInvalid, "email");
    }
  }

  person.phone = trim_blanks(person.phone);
  if (!person.phone.empty()) {
    int digit_count = 0;
    for (const char c : person.phone) {
      if (c >= '0' && c <= '9') {
        ++digit_count;
      } else if (c != ' ' && c != '+' && c != '-' && c != '.' && c != '(' && c != ')') {
        return invalid(msg::kPersonPhoneChars, "phone");
      }
    }
    if (digit_count < kMinPhoneDigits || digit_count > kMaxPhoneDigits) {
      return invalid(msg::kPersonPhoneDigits, "phone");
    }
  }
  return person;
}

}  // namespace thidua::core
