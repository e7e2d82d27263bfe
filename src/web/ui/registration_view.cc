#include "web/ui/registration_view.h"

#include <string>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "core/messages_vi/campaigns.h"
#include "core/messages_vi/pages_unit_work.h"
#include "core/messages_vi/registrations.h"
#include "core/messages_vi/unit_work.h"
#include "web/shared/format.h"
#include "web/shared/respond.h"
#include "web/ui/person_search.h"

namespace thidua::web {
namespace msg = core::messages_vi;

namespace {
namespace json = boost::json;
using core::RegistrationState;
using core::RegistrationSubject;

constexpr int kTargetRows = 8;       // target rows the form offers (blank ones are ignored)
constexpr int kInitiativeRows = 3;   // initiative blocks for individuals

json::array lines_of(const std::string& text) {
  json::array out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    out.push_back(json::string(text.substr(start, end - start)));
    start = end + 1;
  }
  return out;
}

}  // namespace

std::string registrations_path(int64_t campaign_id) { return "/dot-thi-dua/" + std::to_string(campaign_id) + "/dang-ky"; }

std::string registration_path(int64_t campaign_id, int64_t rid) { return registrations_path(campaign_id) + "/" + std::to_string(rid); }

std::string registration_who(const core::Registration& r) {
  return r.subject == RegistrationSubject::kCollective ? r.unit_name : r.person_name;
}

json::object campaign_link_json(const core::CampaignSummary& c) { return json::object{{"id", c.id}, {"title", c.title}}; }

// The entry form (new or edit), re-shown with `error` when given.
Response registration_form_page(const Request& req, const Ctx& ctx, const app::RegistrationChoices& choices,
                                const core::Registration& r, bool is_new, const core::Error* error,
                                unsigned status) {
  const int64_t cid = choices.campaign.id;
  const bool collective = r.subject == RegistrationSubject::kCollective;
  json::array people, targets, initiatives;
  json::object unit_pick = unit_choice(participating_nodes(choices.units), kRegistrationUnit, {},
                                       r.unit_id > 0 ? std::vector<int64_t>{r.unit_id} : std::vector<int64_t>{},
                                       ctx.form);
  unit_pick["required"] = true;
  unit_pick["invalid"] = error != nullptr && error->field == kRegistrationUnit.id_field;
  for (const auto& p : choices.people) {
    std::string label = p.full_name;
    if (!p.birth_date.empty()) label += " (" + vietnamese_date(p.birth_date) + ")";
    label += " — " + p.unit_name;
    people.push_back(json::object{{"value", p.id}, {"label", label}, {"selected", r.person_id == p.id}});
  }
  const size_t target_rows = std::max<size_t>(kTargetRows, r.targets.size() + 2);
  for (size_t i = 0; i < target_rows; ++i) {
    const core::Target t = i < r.targets.size() ? r.targets[i] : core::Target{};
    json::array labels;
    bool known = t.content_label.empty();
    for (const auto& l : choices.content_labels) {
      labels.push_back(json::object{{"value", l}, {"selected", l == t.content_label}});
      known = known || l == t.content_label;
    }
    if (!known) labels.push_back(json::object{{"value", t.content_label}, {"selected", true}});
    targets.push_back(json::object{{"n", i + 1}, {"labels", labels}, {"text", t.text}});
  }
  const size_t init_rows = std::max<size_t>(kInitiativeRows, r.initiatives.size() + 1);
  for (size_t i = 0; i < init_rows; ++i) {
    const core::Initiative in = i < r.initiatives.size() ? r.initiatives[i] : core::Initiative{};
    initiatives.push_back(json::object{
        {"n", i + 1}, {"title", in.title}, {"content", in.content}, {"expected_effect", in.expected_effect}});
  }
  std::string heading = is_new ? (collective ? msg::kPageRegisterCollective : msg::kPageRegisterIndividual)
                               : msg::kPageEditRegistration;
  json::object data{{"campaign", campaign_link_json(choices.campaign)},
                    {"base", registrations_path(cid)},
                    {"heading", heading},
                    {"is_new", is_new},
                    {"collective", collective},
                    {"subject", std::string(core::registration_subject_code(r.subject))},
                    {"version", r.version},
                    {"who", registration_who(r)},
                    {"unit_name", r.unit_name},
                    {"unit_pick", std::move(unit_pick)},
                    {"people", people},
                    {"targets", targets},
                    {"initiatives", initiatives},
                    {"signature_task", r.signature_task},
                    {"action", is_new ? registrations_path(cid) + "/moi" : registration_path(cid, r.id) + "/sua"}};
  if (is_new && !collective) {
    add_person_search(data, choices.people_query, choices.people_more, app::kRegistrationPeopleShown,
                      !choices.people_found);
    data["search_action"] = registrations_path(cid) + "/moi";
  }
  add_form_error(data, error);
  return render_page(req, ctx, "registration_form", heading, data, status);
}

// The registration page, with a notice or an error from an action.
Response registration_page(const Request& req, const Ctx& ctx, const app::RegistrationView& v,
                           const std::string& notice, const core::Error* error, const std::string& reason,
                           unsigned status) {
  const auto& r = v.registration;
  const int64_t cid = v.campaign.id;
  json::array targets, initiatives;
  for (size_t i = 0; i < r.targets.size(); ++i) {
    const auto& t = r.targets[i];
    targets.push_back(json::object{{"n", i + 1},
                                   {"content_label", t.content_label},
                                   {"text", t.text},
                                   {"progress", std::string(core::progress_status_label(t.progress_status))},
                                   {"percent", t.progress_percent},
                                   {"href", "/dot-thi-dua/" + std::to_string(cid) + "/tien-do/chi-tieu/" +
                                                std::to_string(t.id)}});
  }
  for (size_t i = 0; i < r.initiatives.size(); ++i) {
    const auto& in = r.initiatives[i];
    initiatives.push_back(json::object{{"n", i + 1},
                                       {"title", in.title},
                                       {"content_lines", lines_of(in.content)},
                                       {"effect_lines", lines_of(in.expected_effect)}});
  }
  json::object data{{"campaign", campaign_link_json(v.campaign)},
                    {"base", registrations_path(cid)},
                    {"href", registration_path(cid, r.id)},
                    {"who", registration_who(r)},
                    {"subject", std::string(core::registration_subject_label(r.subject))},
                    {"individual", r.subject == RegistrationSubject::kIndividual},
                    {"unit_name", r.unit_name},
                    {"state", std::string(core::registration_state_label(r.state))},
                    {"return_reason", r.return_reason},
                    {"reason_lines", lines_of(r.return_reason)},
                    {"entered_by", r.entered_by_name},
                    {"targets", targets},
                    {"initiatives", initiatives},
                    {"signature_lines", lines_of(r.signature_task)},
                    {"version", r.version},
                    {"can_edit", v.can_edit},
                    {"can_decide", v.can_decide},
                    {"review_left_to_others", v.review_left_to_others},
                    {"own_concerned", v.own == core::Involvement::kConcerned},
                    {"notice", notice},
                    {"reason", reason}};
  if (r.submitted_at) data["submitted_at"] = vietnam_time(*r.submitted_at);
  if (r.decided_at) {
    data["decided_at"] = vietnam_time(*r.decided_at);
    data["decided_by"] = r.decided_by_name;
    data["decided_label"] =
        r.state == RegistrationState::kReturned ? msg::kPageDecidedReturned : msg::kPageDecidedApproved;
  }
  add_form_error(data, error);
  return render_page(req, ctx, "registration", msg::page_registration_title(registration_who(r)), data, status);
}

}  // namespace thidua::web
