#include "web/shared/submission_views.h"

#include <boost/json/array.hpp>

#include "app/decision_document.h"
#include "core/eligibility.h"
#include "core/messages_vi/submissions.h"
#include "web/shared/format.h"

namespace thidua::web {
namespace msg = core::messages_vi;
namespace json = boost::json;

namespace {
json::value opt_int(const std::optional<int64_t>& v) { return v ? json::value(*v) : json::value(nullptr); }
json::value opt_text(const std::optional<std::string>& v) { return v ? json::value(*v) : json::value(nullptr); }

std::string verdict_label(const std::string& code) {
  if (code == "none") return msg::kVerdictNone;
  auto v = core::read_verdict_code(code);
  return v ? std::string(core::verdict_label(*v)) : std::string();
}
}  // namespace

json::object submission_record_json(const core::SubmissionRecord& s) {
  const std::string number_symbol =
      s.decision_number ? app::document_number_symbol(*s.decision_number, s.decision_symbol) : std::string();
  return {{"id", s.id},
          {"href", "/ho-so-de-nghi/" + std::to_string(s.id)},
          {"state", std::string(core::submission_state_code(s.state))},
          {"state_label", std::string(core::submission_state_label(s.state))},
          {"round", s.round},
          {"title", s.title},
          {"origin", s.origin},
          {"sender_unit_id", s.imported() ? json::value(nullptr) : json::value(s.sender_unit_id)},
          {"sender_code", s.sender_code},
          {"sender_name", s.sender_name},
          {"receiver_unit_id", s.receiver_unit_id},
          {"receiver_name", s.receiver_name},
          {"proposal_number_symbol", s.proposal_number_symbol},
          {"award_name", s.award_name},
          {"year", s.year},
          {"items", s.items},
          {"received_number", opt_int(s.received_number)},
          {"received_date", opt_text(s.received_date)},
          {"received_date_text", s.received_date ? vietnamese_date(*s.received_date) : std::string()},
          {"assignee_id", opt_int(s.assignee_id)},
          {"assignee_name", s.assignee_name},
          {"appraisal_note", s.appraisal_note},
          {"council_date", opt_text(s.council_date)},
          {"council_date_text", s.council_date ? vietnamese_date(*s.council_date) : std::string()},
          {"council_note", s.council_note},
          {"decision_number_symbol", number_symbol},
          {"decision_date", opt_text(s.decision_date)},
          {"decision_date_text", s.decision_date ? vietnamese_date(*s.decision_date) : std::string()},
          {"signer_name", s.signer_name},
          {"sent_at", s.sent_at},
          {"updated_at", s.updated_at},
          {"version", s.version}};
}

json::object submission_json(const app::SubmissionView& v) {
  json::object o = submission_record_json(v.record);
  json::array items;
  for (const auto& i : v.items) {
    items.push_back(json::object{
        {"nomination_id", i.nomination_id},
        {"ord", i.ord},
        {"subject", i.subject},
        {"person_id", opt_int(i.person_id)},
        {"name", i.name},
        {"position", i.position},
        {"unit_name", i.unit_name},
        {"verdict", i.verdict.empty() ? json::value(nullptr) : json::value(i.verdict)},
        {"verdict_label", verdict_label(i.verdict)},
        {"verdict_reason", i.verdict_reason},
        {"agreed", i.agreed ? json::value(*i.agreed) : json::value(nullptr)},
        {"agreed_label", i.agreed ? std::string(*i.agreed ? msg::kAgreedYes : msg::kAgreedNo) : std::string()}});
  }
  o["list"] = std::move(items);
  json::array rounds;
  for (const auto& r : v.rounds) {
    rounds.push_back(json::object{
        {"round", r.round},
        {"note", r.note},
        {"sent_at", r.sent_at},
        {"sent_at_text", vietnam_time(r.sent_at)},
        {"sent_by", r.sent_by_name},
        {"dossier_sha256", r.dossier_sha256},
        {"dossier_size", r.dossier_size},
        {"href", "/ho-so-de-nghi/" + std::to_string(v.record.id) + "/lan/" + std::to_string(r.round) + "/ho-so.zip"}});
  }
  o["rounds"] = std::move(rounds);
  json::array events;
  for (const auto& e : v.events) {
    auto step = core::parse_submission_step(e.kind);
    events.push_back(json::object{{"kind", e.kind},
                                  {"label", step ? std::string(core::submission_step_label(*step)) : e.kind},
                                  {"round", e.round},
                                  {"note", e.note},
                                  {"actor", e.actor_name},
                                  {"at", e.at},
                                  {"at_text", vietnam_time(e.at)}});
  }
  o["events"] = std::move(events);
  json::array actions;
  auto add = [&](bool can, const char* code) {
    if (can) actions.push_back(json::string(code));
  };
  add(v.can_receive, "receive");
  add(v.can_assign, "assign");
  add(v.can_appraise, "appraise");
  add(v.can_return, "return");
  add(v.can_review, "review");
  add(v.can_decide, "decide");
  add(v.can_resend, "resend");
  add(v.can_withdraw, "withdraw");
  o["actions"] = std::move(actions);
  o["receiving_side"] = v.receiving_side;
  o["sending_side"] = v.sending_side;
  return o;
}

}  // namespace thidua::web
