#include "store/campaign_json.h"

#include <boost/json.hpp>

#include "core/messages_vi/storage.h"

namespace thidua::store {
namespace {

namespace json = boost::json;

json::array items_json(const std::vector<core::NumberedItem>& items) {
  json::array a;
  for (const auto& i : items) a.push_back(json::object{{"label", i.label}, {"text", i.text}});
  return a;
}

std::string str(const json::object& o, const char* key) {
  const auto* v = o.if_contains(key);
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

std::optional<int64_t> opt_int(const json::object& o, const char* key) {
  const auto* v = o.if_contains(key);
  if (v && v->is_int64()) return v->as_int64();
  return std::nullopt;
}

const json::array& arr(const json::object& o, const char* key) {
  static const json::array kEmpty;
  const auto* v = o.if_contains(key);
  return v && v->is_array() ? v->as_array() : kEmpty;
}

const json::object& obj(const json::object& o, const char* key) {
  static const json::object kEmpty;
  const auto* v = o.if_contains(key);
  return v && v->is_object() ? v->as_object() : kEmpty;
}

core::NumberedItem item_of(const json::value& v) {
  if (!v.is_object()) return {};
  return {str(v.as_object(), "label"), str(v.as_object(), "text")};
}

std::vector<core::NumberedItem> items_of(const json::array& a) {
  std::vector<core::NumberedItem> out;
  for (const auto& v : a) out.push_back(item_of(v));
  return out;
}

}  // namespace

std::string campaign_content_json(const core::Campaign& c) {
  json::object o;
  json::array implements;
  for (const auto& d : c.implements) {
    implements.push_back(
        json::object{{"number_symbol", d.number_symbol}, {"date", d.date}, {"issuer", d.issuer}, {"title", d.title}});
  }
  o["implements"] = std::move(implements);
  o["basis"] = c.basis;
  o["governing_body"] = c.governing_body;
  o["issuing_body"] = c.issuing_body;
  const auto& h = c.headings;
  o["headings"] = json::object{{"purposes", h.purposes},
                               {"participants_and_contents", h.participants_and_contents},
                               {"participants", h.participants},
                               {"contents", h.contents},
                               {"period_and_awards", h.period_and_awards},
                               {"period", h.period},
                               {"awards", h.awards},
                               {"criteria", h.criteria},
                               {"criteria_intro", h.criteria_intro},
                               {"collective_criteria", h.collective_criteria},
                               {"individual_criteria", h.individual_criteria},
                               {"implementation", h.implementation}};
  o["purposes"] = items_json(c.purposes);
  json::array units, kinds, categories;
  for (int64_t id : c.participants.target_unit_ids) units.push_back(id);
  for (auto k : c.participants.target_unit_kinds) kinds.push_back(json::string(core::unit_kind_code(k)));
  for (auto e : c.participants.employment_categories) categories.push_back(json::string(core::category_code(e)));
  o["participants"] = json::object{
      {"collectives", json::object{{"label", c.participants.collectives.label}, {"text", c.participants.collectives.text}}},
      {"individuals", json::object{{"label", c.participants.individuals.label}, {"text", c.participants.individuals.text}}},
      {"target_unit_ids", std::move(units)},
      {"target_unit_kinds", std::move(kinds)},
      {"employment_categories", std::move(categories)}};
  o["contents"] = items_json(c.contents);
  o["period"] = json::object{{"text", c.period.text}, {"start_text", c.period.start_text}};
  o["award_intro"] = c.award_intro;
  o["award_note"] = c.award_note;
  json::array assignments;
  for (const auto& a : c.assignments) {
    json::object ao{{"label", a.label},
                    {"assignee", a.assignee},
                    {"unit_code", a.unit_code},
                    {"kind", json::string(core::task_kind_code(a.kind))},
                    {"text", a.text}};
    if (a.unit_id) ao["unit_id"] = *a.unit_id;
    assignments.push_back(std::move(ao));
  }
  o["assignments"] = std::move(assignments);
  json::array recipients;
  for (const auto& r : c.recipients) recipients.push_back(json::string(r));
  o["recipients"] = std::move(recipients);
  json::object signer{{"authority", c.signer.authority}, {"position", c.signer.position}, {"name", c.signer.name}};
  if (c.signer.person_id) signer["person_id"] = *c.signer.person_id;
  o["signer"] = std::move(signer);
  return json::serialize(o);
}

core::Status read_campaign_content(const std::string& text, core::Campaign& c) {
  boost::system::error_code ec;
  json::value v = json::parse(text, ec);
  if (ec || !v.is_object()) return core::make_error_with_detail(core::errc::kStorage, core::messages_vi::kCampaignContentUnreadable, "campaign content is not a JSON object");
  const json::object& o = v.as_object();
  c.implements.clear();
  for (const auto& d : arr(o, "implements")) {
    if (!d.is_object()) continue;
    const auto& dob = d.as_object();
    c.implements.push_back({str(dob, "number_symbol"), str(dob, "date"), str(dob, "issuer"), str(dob, "title")});
  }
  c.basis = str(o, "basis");
  c.governing_body = str(o, "governing_body");
  c.issuing_body = str(o, "issuing_body");
  const auto& h = obj(o, "headings");
  c.headings.purposes = str(h, "purposes");
  c.headings.participants_and_contents = str(h, "participants_and_contents");
  c.headings.participants = str(h, "participants");
  c.headings.contents = str(h, "contents");
  c.headings.period_and_awards = str(h, "period_and_awards");
  c.headings.period = str(h, "period");
  c.headings.awards = str(h, "awards");
  c.headings.criteria = str(h, "criteria");
  c.headings.criteria_intro = str(h, "criteria_intro");
  c.headings.collective_criteria = str(h, "collective_criteria");
  c.headings.individual_criteria = str(h, "individual_criteria");
  c.headings.implementation = str(h, "implementation");
  c.purposes = items_of(arr(o, "purposes"));
  const auto& p = obj(o, "participants");
  c.participants.collectives = item_of(p.contains("collectives") ? p.at("collectives") : json::value());
  c.participants.individuals = item_of(p.contains("individuals") ? p.at("individuals") : json::value());
  c.participants.target_unit_ids.clear();
  for (const auto& id : arr(p, "target_unit_ids")) {
    if (id.is_int64()) c.participants.target_unit_ids.push_back(id.as_int64());
  }
  c.participants.target_unit_kinds.clear();
  for (const auto& k : arr(p, "target_unit_kinds")) {
    if (!k.is_string()) continue;
    if (auto kind = core::parse_unit_kind(std::string(k.as_string()))) c.participants.target_unit_kinds.push_back(*kind);
  }
  c.participants.employment_categories.clear();
  for (const auto& e : arr(p, "employment_categories")) {
    if (!e.is_string()) continue;
    if (auto cat = core::parse_category(std::string(e.as_string()))) c.participants.employment_categories.push_back(*cat);
  }
  c.contents = items_of(arr(o, "contents"));
  const auto& period = obj(o, "period");
  c.period.text = str(period, "text");
  c.period.start_text = str(period, "start_text");
  c.award_intro = str(o, "award_intro");
  c.award_note = str(o, "award_note");
  c.assignments.clear();
  for (const auto& a : arr(o, "assignments")) {
    if (!a.is_object()) continue;
    const auto& ao = a.as_object();
    core::Assignment as;
    as.label = str(ao, "label");
    as.assignee = str(ao, "assignee");
    as.unit_code = str(ao, "unit_code");
    as.unit_id = opt_int(ao, "unit_id");
    as.kind = core::parse_task_kind(str(ao, "kind")).value_or(core::TaskKind::kOther);
    as.text = str(ao, "text");
    c.assignments.push_back(std::move(as));
  }
  c.recipients.clear();
  for (const auto& r : arr(o, "recipients")) {
    if (r.is_string()) c.recipients.emplace_back(r.as_string());
  }
  const auto& s = obj(o, "signer");
  c.signer.authority = str(s, "authority");
  c.signer.position = str(s, "position");
  c.signer.name = str(s, "name");
  c.signer.person_id = opt_int(s, "person_id");
  return core::Status{};
}

}  // namespace thidua::store
