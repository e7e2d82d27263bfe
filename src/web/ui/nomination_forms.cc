#include "web/ui/nomination_forms.h"

#include <boost/json/array.hpp>

#include "core/messages_vi/nominations.h"
#include "core/messages_vi/org.h"
#include "web/shared/form_input.h"
#include "web/shared/format.h"
#include "web/shared/params.h"
#include "web/shared/respond.h"

namespace thidua::web {
namespace {
namespace json = boost::json;
namespace msg = core::messages_vi;
using core::CriterionSubject;

json::array criteria_inputs(const std::vector<core::Criterion>& criteria, CriterionSubject subject,
                            const std::map<int64_t, std::string>& notes) {
  json::array out;
  for (const auto& k : criteria) {
    if (k.subject != subject) continue;
    json::object item{{"id", k.id},
                      {"field", kAttestationPrefix + std::to_string(k.id)},
                      {"label", k.label},
                      {"text", k.text},
                      {"attested", k.verification == core::Verification::kAttested}};
    if (auto it = notes.find(k.id); it != notes.end()) item["note"] = it->second;
    json::array checks;
    for (auto c : k.checks) checks.push_back(json::value(std::string(core::data_check_label(c))));
    item["checks"] = checks;
    out.push_back(std::move(item));
  }
  return out;
}

}  // namespace

json::object nomination_form_data(const app::NominationFormOptions& options, const app::NominationInput& input,
                                  const std::multimap<std::string, std::string>& form) {
  json::array quotas;
  for (const auto& q : options.quotas) {
    quotas.push_back(json::object{{"code", q.limit.code},
                                  {"over", q.count.over()},
                                  {"line", msg::quota_line(q.limit.name, q.count.used, q.count.allowed,
                                                           q.limit.quota.share, q.count.base, q.limit.of_name)}});
  }
  json::array awards;
  for (const auto& a : options.award_types) {
    awards.push_back(json::object{{"value", a.id},
                                  {"label", a.name + " – " + a.granted_by},
                                  {"selected", input.award_type_id && *input.award_type_id == a.id}});
  }
  const auto nodes = participating_nodes(options.units);
  json::object unit_pick = unit_choice(nodes, kNominatingUnit, {}, ids_of(input.unit_id), form);
  unit_pick["empty"] = msg::kUnitChooseOne;
  unit_pick["required"] = true;
  json::object nominee_pick = unit_choice(nodes, kNomineeUnit, {}, ids_of(input.nominee_unit_id), form);
  nominee_pick["empty"] = msg::kUnitChooseOne;
  // The report template's GET form: its own element id, nothing typed yet.
  json::object template_pick = unit_choice(nodes, kNomineeUnit, {}, ids_of(input.nominee_unit_id), {});
  template_pick["empty"] = msg::kUnitChooseOne;
  template_pick["id"] = "t_" + kNomineeUnit.id_field;
  json::array people;
  for (const auto& p : options.people) {
    people.push_back(json::object{{"value", p.id},
                                  {"label", p.full_name + " (" + p.unit_name + ")"},
                                  {"selected", input.person_id && *input.person_id == p.id}});
  }
  const bool collective = input.subject == CriterionSubject::kCollective;
  return json::object{{"campaign_title", options.campaign.title},
                      {"quotas", quotas},
                      {"award_types", awards},
                      {"unit_pick", std::move(unit_pick)},
                      {"several_units", options.units.size() > 1},
                      {"single_unit", options.units.size() == 1 ? options.units.front().name : std::string()},
                      {"nominee_pick", std::move(nominee_pick)},
                      {"template_nominee_pick", std::move(template_pick)},
                      {"people", people},
                      {"collective", collective},
                      {"individual", !collective},
                      {"report", input.report},
                      {"collective_criteria",
                       criteria_inputs(options.criteria, CriterionSubject::kCollective,
                                       collective ? input.attestations : std::map<int64_t, std::string>{})},
                      {"individual_criteria",
                       criteria_inputs(options.criteria, CriterionSubject::kIndividual,
                                       collective ? std::map<int64_t, std::string>{} : input.attestations)}};
}

json::object nomination_view_data(const app::NominationView& v, const app::NominationInput* entered) {
  const core::Nomination& n = v.nomination;
  json::array rows;
  std::vector<core::Criterion> criteria;
  std::map<int64_t, std::string> notes;
  for (const auto& c : v.criteria) {
    json::array checks;
    for (const auto& d : c.checks) {
      checks.push_back(json::object{{"label", std::string(core::data_check_label(d.check))}, {"holds", d.holds}});
    }
    rows.push_back(json::object{{"label", c.criterion.label},
                                {"text", c.criterion.text},
                                {"verification", std::string(core::verification_label(c.criterion.verification))},
                                {"status", std::string(core::criterion_status_code(c.status))},
                                {"status_label", std::string(core::criterion_status_label(c.status))},
                                {"missing", c.status == core::CriterionStatus::kMissing},
                                {"checks", checks},
                                {"note", c.note}});
    criteria.push_back(c.criterion);
    if (!c.note.empty()) notes[c.criterion.id] = c.note;
  }
  if (entered) notes = entered->attestations;
  json::object data{{"nomination", app::nomination_json(n)},
                    {"campaign_title", v.campaign.title},
                    {"campaign_href", "/dot-thi-dua/" + std::to_string(v.campaign.id)},
                    {"subject", std::string(core::criterion_subject_label(n.subject))},
                    {"submitted_at", vietnam_time(n.submitted_at)},
                    {"reviewed_at", n.reviewed_at ? vietnam_time(*n.reviewed_at) : std::string()},
                    {"returned", n.state == core::NominationState::kReturned},
                    {"head_returned", n.state == core::NominationState::kReturned && !n.reviewed_at},
                    {"criteria", rows},
                    {"complete", v.complete},
                    {"can_resubmit", v.can_resubmit},
                    {"can_review", v.can_review},
                    {"review_left_to_others", v.review_left_to_others},
                    {"can_head_review", v.can_head_review},
                    {"head_review_left_to_others", v.head_review_left_to_others},
                    {"approved_at", n.approved_at ? vietnam_time(*n.approved_at) : std::string()},
                    {"own_concerned", v.own == core::Involvement::kConcerned},
                    {"report", entered ? entered->report : n.report},
                    {"has_report_text", !n.report.empty()},
                    {"report_file", n.report_sha256 ? json::value(json::object{
                                                          {"name", n.report_file_name},
                                                          {"size", file_size_text(n.report_file_size)},
                                                          {"href", "/dot-thi-dua/" + std::to_string(n.campaign_id) +
                                                                       "/de-nghi/" + std::to_string(n.id) + "/bao-cao"}})
                                                    : json::value(false)},
                    {"attestations", criteria_inputs(criteria, n.subject, notes)}};
  return data;
}

json::object nomination_filter_data(const app::NominationListing& listing, const app::NominationFilter& f,
                                    const std::multimap<std::string, std::string>& query) {
  json::array awards;
  for (const auto& a : listing.award_types) {
    awards.push_back(json::object{{"value", a.id},
                                  {"label", a.name + " – " + a.granted_by},
                                  {"selected", f.award_type_id && *f.award_type_id == a.id}});
  }
  json::object unit_pick = unit_choice(participating_nodes(listing.units), kListUnitFilter, {},
                                       ids_of(f.unit_id), query);
  add_empty_choice(unit_pick, msg::kNominationFilterAll);
  json::array states;
  for (auto st : core::all_nomination_states()) {
    states.push_back(json::object{{"value", std::string(core::nomination_state_code(st))},
                                  {"label", std::string(core::nomination_state_label(st))},
                                  {"selected", f.state && *f.state == st}});
  }
  return json::object{{"filter_awards", awards}, {"filter_unit_pick", std::move(unit_pick)}, {"filter_states", states}};
}

}  // namespace thidua::web
