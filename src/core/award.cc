#include "core/award.h"

#include <array>
#include <utility>

#include "core/messages_vi/award_register.h"
#include "core/names.h"
#include "core/org.h"
#include "core/utf8.h"

namespace thidua::core {

namespace msg = messages_vi;

std::string_view award_source_code(AwardSource s) { return s == AwardSource::kImported ? "imported" : "issued"; }

std::optional<AwardSource> parse_award_source(std::string_view code) {
  if (code == "issued") return AwardSource::kIssued;
  if (code == "imported") return AwardSource::kImported;
  return std::nullopt;
}

std::optional<AwardLevel> read_award_level(std::string_view text) {
  const std::string wanted = fold(text);
  if (wanted.empty()) return std::nullopt;
  static const std::array<std::pair<AwardLevel, std::string>, 4> kLevels = [] {
    std::array<std::pair<AwardLevel, std::string>, 4> out;
    size_t i = 0;
    for (auto l : {AwardLevel::kAgency, AwardLevel::kProvince, AwardLevel::kMinistry, AwardLevel::kNational}) {
      out[i++] = {l, fold(award_level_label(l))};  // "cap tinh"
    }
    return out;
  }();
  for (const auto& [l, label] : kLevels) {
    if (wanted == award_level_code(l) || wanted == label || "cap " + wanted == label) return l;
  }
  if (wanted == "co so" || wanted == "cap co so" || wanted == "don vi") return AwardLevel::kAgency;
  if (wanted == "nganh" || wanted == "cap nganh" || wanted == "bo, nganh") return AwardLevel::kMinistry;
  if (wanted == "toan quoc" || wanted == "trung uong") return AwardLevel::kNational;
  return std::nullopt;
}

std::string_view award_occasion_code(AwardOccasion o) { return o == AwardOccasion::kAnnual ? "annual" : "campaign"; }

std::optional<AwardOccasion> parse_award_occasion(std::string_view code) {
  if (code == "annual") return AwardOccasion::kAnnual;
  if (code == "campaign") return AwardOccasion::kCampaign;
  return std::nullopt;
}

namespace {

Status invalid(const char* message, const char* field) { return make_error(errc::kValidation, message, field); }

bool too_long(const std::string& s, size_t max_chars) { return utf8::length(s) > max_chars; }

}  // namespace

Status validate_register_entry(const AwardRecord& a, int this_year) {
  if (a.recipient_name.empty() || !is_valid_utf8(a.recipient_name)) {
    return invalid(msg::kRegisterRecipientMissing, "recipient_name");
  }
  if (too_long(a.recipient_name, 300)) return invalid(msg::kRegisterRecipientTooLong, "recipient_name");
  if (a.award_name.empty() || !is_valid_utf8(a.award_name)) return invalid(msg::kRegisterAwardMissing, "award_name");
  if (too_long(a.award_name, 300)) return invalid(msg::kRegisterAwardTooLong, "award_name");
  if (a.year < kFirstAwardYear || a.year > this_year) {
    return make_error(errc::kValidation, msg::register_year_invalid(kFirstAwardYear, this_year), "year");
  }
  if (a.decision_number_symbol.empty() || !is_valid_utf8(a.decision_number_symbol)) {
    return invalid(msg::kRegisterDecisionMissing, "decision_number_symbol");
  }
  if (too_long(a.decision_number_symbol, 100)) return invalid(msg::kRegisterDecisionTooLong, "decision_number_symbol");
  if (!is_iso_date(a.decision_date)) return invalid(msg::kRegisterDecisionDateInvalid, "decision_date");
  if (std::stoi(a.decision_date.substr(0, 4)) < a.year) {
    return invalid(msg::kRegisterDecisionBeforeYear, "decision_date");
  }
  if (a.granted_by.empty() || !is_valid_utf8(a.granted_by)) return invalid(msg::kRegisterAuthorityMissing, "granted_by");
  if (too_long(a.granted_by, 300)) return invalid(msg::kRegisterAuthorityTooLong, "granted_by");
  if (!is_valid_utf8(a.campaign_title) || too_long(a.campaign_title, 300)) {
    return invalid(msg::kRegisterCampaignTooLong, "campaign_title");
  }
  return {};
}

bool same_award(const AwardRecord& a, const AwardRecord& b) {
  if (a.subject != b.subject || a.year != b.year) return false;
  if (a.subject == "individual") {
    if (!a.person_id || a.person_id != b.person_id) return false;
  } else if (!a.unit_id || a.unit_id != b.unit_id) {
    return false;
  }
  if (fold(a.award_name) != fold(b.award_name)) return false;
  if (a.occasion == AwardOccasion::kAnnual && b.occasion == AwardOccasion::kAnnual) return true;
  return fold(a.decision_number_symbol) == fold(b.decision_number_symbol);
}

}  // namespace thidua::core
