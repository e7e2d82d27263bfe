#include "core/initiative.h"

#include "core/evaluation.h"
#include "core/messages_vi/person_facts.h"
#include "core/names.h"
#include "core/org.h"
#include "core/text_fields.h"
#include "core/utf8.h"

namespace thidua::core {

namespace msg = messages_vi;

std::string_view initiative_kind_code(InitiativeKind k) {
  return k == InitiativeKind::kResearch ? "research" : "initiative";
}

std::string_view initiative_kind_label(InitiativeKind k) {
  return k == InitiativeKind::kResearch ? msg::kInitiativeKindResearch : msg::kInitiativeKindInitiative;
}

std::optional<InitiativeKind> read_initiative_kind(std::string_view text) {
  const std::string f = fold(text);
  if (f == "initiative" || f == "sang kien") return InitiativeKind::kInitiative;
  if (f == "research" || f == "de tai" || f == "de tai khoa hoc" || f == "de tai nghien cuu khoa hoc") {
    return InitiativeKind::kResearch;
  }
  return std::nullopt;
}

std::string_view initiative_scope_code(InitiativeScope s) {
  switch (s) {
    case InitiativeScope::kAgency:
      return "agency";
    case InitiativeScope::kProvince:
      return "province";
    case InitiativeScope::kNational:
      return "national";
  }
  return "agency";
}

std::string_view initiative_scope_label(InitiativeScope s) {
  switch (s) {
    case InitiativeScope::kAgency:
      return msg::kInitiativeScopeAgency;
    case InitiativeScope::kProvince:
      return msg::kInitiativeScopeProvince;
    case InitiativeScope::kNational:
      return msg::kInitiativeScopeNational;
  }
  return msg::kInitiativeScopeAgency;
}

std::optional<InitiativeScope> read_initiative_scope(std::string_view text) {
  std::string f = fold(text);
  if (f.rfind("cap ", 0) == 0) f.erase(0, 4);
  if (f == "agency" || f == "co so") return InitiativeScope::kAgency;
  if (f == "province" || f == "tinh" || f == "bo" || f == "nganh" || f == "tinh, bo, nganh" || f == "bo, nganh, tinh" ||
      f == "tinh, bo" || f == "bo, tinh") {
    return InitiativeScope::kProvince;
  }
  if (f == "national" || f == "toan quoc") return InitiativeScope::kNational;
  return std::nullopt;
}



Status tidy_initiative(RecognisedInitiative& i) {
  THIDUA_TRY(tidy_line(i.title, "title", msg::kFactTextInvalid));
  THIDUA_TRY(tidy_line(i.decision_number, "decision_number", msg::kFactTextInvalid));
  THIDUA_TRY(tidy_line(i.authority, "authority", msg::kFactTextInvalid));
  return {};
}

Status validate_initiative(const RecognisedInitiative& i, int this_year) {
  const auto len = [](const std::string& s) { return is_valid_utf8(s) ? utf8::length(s) : size_t{100000}; };
  if (i.title.empty() || len(i.title) > 500)
    return make_error(errc::kValidation, msg::kInitiativeTitleInvalid, "title");
  if (i.year < kFirstEvaluationYear || i.year > this_year) {
    return make_error(errc::kValidation, msg::fact_year_invalid(kFirstEvaluationYear, this_year), "year");
  }
  if (i.decision_number.empty() || len(i.decision_number) > 100) {
    return make_error(errc::kValidation, msg::kInitiativeDecisionInvalid, "decision_number");
  }
  if (!is_iso_date(i.decision_date)) return make_error(errc::kValidation, msg::kInitiativeDateInvalid, "decision_date");
  if (std::stoi(i.decision_date.substr(0, 4)) < i.year) {
    return make_error(errc::kValidation, msg::kInitiativeDateBeforeYear, "decision_date");
  }
  if (i.authority.empty() || len(i.authority) > 300) {
    return make_error(errc::kValidation, msg::kInitiativeAuthorityInvalid, "authority");
  }
  if (i.author_ids.empty()) return make_error(errc::kValidation, msg::kInitiativeNoAuthor, "authors");
  return {};
}

}  // namespace thidua::core
