#include "web/ui/campaign_view.h"

#include <boost/json/array.hpp>

#include "core/document_lines.h"
#include "core/messages_vi/documents.h"
#include "core/messages_vi/pages_campaigns.h"
#include "web/shared/format.h"

namespace thidua::web {
namespace msg = core::messages_vi;
namespace json = boost::json;

namespace {

// A body line is a heading when it is one of the plan's own headings.
bool is_heading(const core::PlanHeadings& h, const std::string& line) {
  for (const auto* s : {&h.purposes, &h.participants_and_contents, &h.participants, &h.contents,
                        &h.period_and_awards, &h.awards, &h.criteria, &h.criteria_intro, &h.collective_criteria,
                        &h.individual_criteria, &h.implementation}) {
    if (!s->empty() && line == *s) return true;
  }
  return false;
}

}  // namespace

json::object campaign_document_json(const core::Campaign& c) {
  json::array body;
  for (const auto& line : core::campaign_body_lines(c)) {
    body.push_back(json::object{{"text", line}, {"heading", is_heading(c.headings, line)}});
  }
  json::array recipients;
  for (const auto& r : c.recipients) recipients.push_back(json::string(r));
  json::array implements;
  for (const auto& d : c.implements) {
    implements.push_back(json::object{{"number_symbol", d.number_symbol},
                                      {"date", vietnamese_date(d.date)},
                                      {"issuer", d.issuer},
                                      {"title", d.title}});
  }
  json::array awards;
  for (const auto& a : c.award_types) {
    awards.push_back(json::object{{"name", a.name},
                                  {"granted_by", a.granted_by},
                                  {"level", std::string(core::award_level_label(a.level))},
                                  {"own", a.own_authority},
                                  {"ballot", std::string(core::ballot_kind_label(a.ballot.kind))},
                                  {"threshold", core::ballot_threshold_text(a.ballot)}});
  }
  json::array deadlines;
  auto deadline = [&](const char* label, const std::optional<std::string>& d) {
    if (d) deadlines.push_back(json::object{{"label", label}, {"date", vietnamese_date(*d)}});
  };
  deadline(msg::kPageDeadlineRegistration, c.period.registration_deadline);
  deadline(msg::kPageDeadlineProgress, c.period.progress_deadline);
  deadline(msg::kPageDeadlineNomination, c.period.nomination_deadline);
  deadline(msg::kPageDeadlineReview, c.period.review_deadline);
  return json::object{{"governing_body", c.governing_body},
                      {"issuing_body", c.issuing_body},
                      {"number_line", core::number_line(c)},
                      {"place_date_line", core::place_date_line(c)},
                      {"document_type", c.document_type},
                      {"title", c.title},
                      {"body", std::move(body)},
                      {"implements", std::move(implements)},
                      {"awards", std::move(awards)},
                      {"deadlines", std::move(deadlines)},
                      {"has_deadlines", !deadlines.empty()},
                      {"period_end", vietnamese_date(c.period.end_date)},
                      {"signer", json::object{{"authority", c.signer.authority},
                                              {"position", c.signer.position},
                                              {"name", c.signer.name}}},
                      {"recipients", std::move(recipients)},
                      {"state", std::string(core::campaign_state_code(c.state))},
                      {"state_label", std::string(core::campaign_state_label(c.state))}};
}

json::object campaign_summary_json(const core::CampaignSummary& s) {
  // "05/KH-STNMT", or "     /KH-STNMT" before the plan is issued.
  std::string number = core::format_document_number(s.number.value_or(0), s.doc_symbol);
  if (number.rfind(msg::kDocNumberPrefix, 0) == 0) number = number.substr(number.find(' ') + 1);
  return json::object{{"id", s.id},
                      {"title", s.title},
                      {"number_symbol", number},
                      {"issuing_unit", s.issuing_unit_name_then.empty() ? s.issuing_unit_name : s.issuing_unit_name_then},
                      {"issuing_unit_now", s.issuing_unit_name_then.empty() ? std::string() : s.issuing_unit_name},
                      {"state", std::string(core::campaign_state_code(s.state))},
                      {"state_label", std::string(core::campaign_state_label(s.state))},
                      {"kind_label", std::string(core::campaign_kind_label(s.kind))},
                      {"period_end", vietnamese_date(s.period_end)},
                      {"issue_date", s.issue_date ? vietnamese_date(*s.issue_date) : std::string()}};
}

}  // namespace thidua::web
