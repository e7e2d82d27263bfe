#include "web/shared/award_views.h"

#include <algorithm>
#include <map>

#include "app/decision_document.h"
#include "core/messages_vi/award_register.h"
#include "core/messages_vi/nominations.h"
#include "core/messages_vi/pages_awards.h"
#include "web/shared/format.h"
#include "web/shared/respond.h"

namespace thidua::web {
namespace msg = core::messages_vi;
namespace json = boost::json;
namespace {

json::value opt_json(const std::optional<std::string>& v) { return v ? json::value(*v) : json::value(nullptr); }
json::value opt_json(const std::optional<int64_t>& v) { return v ? json::value(*v) : json::value(nullptr); }

}  // namespace

std::string decision_number_symbol(const core::DecisionRecord& d) {
  if (!d.number) return msg::kPageDecisionUnnumbered;
  return app::document_number_symbol(*d.number, d.doc_symbol);
}

std::string decision_kind_label(const core::DecisionRecord& d) { return std::string(core::decision_kind_label(d.kind)); }

std::string decision_state_label(const core::DecisionRecord& d) {
  return std::string(core::decision_standing_label(d.kind, d.state, d.answer));
}

json::object decision_json(const core::DecisionRecord& d) {
  return {{"id", d.id},
          {"campaign_id", d.campaign_id},
          {"kind", std::string(core::decision_kind_code(d.kind))},
          {"state", std::string(core::decision_state_code(d.state))},
          {"award_type_id", d.award_type_id},
          {"award_code", d.award_code},
          {"award_name", d.award_name},
          {"granted_by", d.award_granted_by},
          {"doc_symbol", d.doc_symbol},
          {"number", opt_json(d.number)},
          {"number_symbol", d.number ? json::value(decision_number_symbol(d)) : json::value(nullptr)},
          {"issue_date", opt_json(d.issue_date)},
          {"title", d.title},
          {"signer_authority", d.signer_authority},
          {"signer_position", d.signer_position},
          {"signer_name", d.signer_name},
          {"items", d.items},
          {"answer", std::string(core::higher_answer_code(d.answer))},
          {"answer_number_symbol", d.answer_number_symbol},
          {"answer_date", opt_json(d.answer_date)},
          {"answer_note", d.answer_note},
          {"version", d.version}};
}

json::object nominee_json(const core::NomineeRow& n, size_t ord) {
  return {{"ord", static_cast<int64_t>(ord)},
          {"nomination_id", n.nomination_id},
          {"subject", n.subject},
          {"person_id", opt_json(n.person_id)},
          {"nominee_unit_id", opt_json(n.nominee_unit_id)},
          {"unit_id", n.unit_id},
          {"name", n.name},
          {"position", n.position},
          {"unit_name", n.unit_name},
          {"state", std::string(core::nomination_state_code(n.state))},
          {"state_label", std::string(core::nomination_state_label(n.state))}};
}

json::object award_json(const core::AwardRecord& a) {
  return {{"id", a.id},
          {"campaign_id", opt_json(a.campaign_id)},
          {"decision_id", opt_json(a.decision_id)},
          {"nomination_id", opt_json(a.nomination_id)},
          {"subject", a.subject},
          {"person_id", opt_json(a.person_id)},
          {"unit_id", opt_json(a.unit_id)},
          {"recipient_name", a.recipient_name},
          {"unit_name", a.unit_name},
          {"award_name", a.award_name},
          {"granted_by", a.granted_by},
          {"decision_number_symbol", a.decision_number_symbol},
          {"decision_date", a.decision_date},
          {"certificate_number", a.certificate_number},
          {"year", a.year},
          {"source", core::award_source_code(a.source)},
          {"level", a.level ? json::value(core::award_level_code(*a.level)) : json::value(nullptr)},
          {"occasion", core::award_occasion_code(a.occasion)},
          {"campaign_title", a.campaign_title}};
}

json::array award_history_rows(const std::vector<core::AwardRecord>& awards) {
  json::array rows;
  for (const auto& a : awards) {
    json::object o = award_json(a);
    o["decision_date"] = vietnamese_date(a.decision_date);
    o["person_id"] = a.person_id ? json::value(*a.person_id) : json::value(false);
    o["year"] = std::to_string(a.year);
    o["level_label"] = a.level ? std::string(core::award_level_label(*a.level)) : std::string();
    o["occasion_text"] = a.occasion == core::AwardOccasion::kAnnual ? std::string(msg::kRegisterOccasionAnnual)
                                                                   : a.campaign_title;
    o["imported"] = a.source == core::AwardSource::kImported;
    rows.push_back(std::move(o));
  }
  return rows;
}

}  // namespace thidua::web
