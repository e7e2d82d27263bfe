#include "app/records_json.h"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

namespace thidua::app {
namespace {

boost::json::value opt_id(const std::optional<int64_t>& v) {
  return v ? boost::json::value(*v) : boost::json::value(nullptr);
}
boost::json::value opt_text(const std::string& v) {
  return v.empty() ? boost::json::value(nullptr) : boost::json::value(v);
}

}  // namespace

boost::json::value to_json(const core::Unit& u) {
  return boost::json::object{{"id", u.id},
                             {"parent_id", opt_id(u.parent_id)},
                             {"code", u.code},
                             {"name", u.name},
                             {"short_name", u.short_name},
                             {"kind", std::string(core::unit_kind_code(u.kind))},
                             {"host_agency", u.host_agency},
                             {"valid_from", opt_text(u.valid_from)},
                             {"valid_to", opt_text(u.valid_to)},
                             {"successor_id", opt_id(u.successor_id)},
                             {"version", u.version}};
}

boost::json::value to_json(const core::Person& p) {
  return boost::json::object{{"id", p.id},
                             {"full_name", p.full_name},
                             {"gender", opt_text(std::string(core::gender_code(p.gender)))},
                             {"birth_date", opt_text(p.birth_date)},
                             {"position", p.position},
                             {"title", p.title},
                             {"category", std::string(core::category_code(p.category))},
                             {"email", p.email},
                             {"phone", p.phone},
                             {"unit_id", opt_id(p.unit_id)},
                             {"unit_name", p.unit_name},
                             {"version", p.version}};
}

boost::json::value to_json(const core::Membership& m) {
  return boost::json::object{{"unit_id", m.unit_id},
                             {"unit_name", m.unit_name},
                             {"valid_from", opt_text(m.valid_from)},
                             {"valid_to", opt_text(m.valid_to)},
                             {"primary", m.primary}};
}

boost::json::value to_json(const core::UserRecord& u, const std::vector<core::GrantRecord>& grants) {
  boost::json::array roles;
  for (const auto& g : grants) {
    roles.push_back(boost::json::object{{"id", g.id},
                                        {"role", std::string(core::role_code(g.role))},
                                        {"unit_id", g.unit_id},
                                        {"unit_name", g.unit_name}});
  }
  return boost::json::object{{"id", u.id},
                             {"username", u.username},
                             {"display_name", u.display_name},
                             {"person_id", opt_id(u.person_id)},
                             {"disabled", u.disabled},
                             {"must_change_password", u.must_change_password},
                             {"locked_until", opt_text(u.locked_until)},
                             {"last_login_at", opt_text(u.last_login_at)},
                             {"roles", std::move(roles)}};
}

boost::json::value to_json(const core::RecognisedInitiative& i) {
  boost::json::array authors;
  for (int64_t a : i.author_ids) authors.push_back(a);
  return boost::json::object{{"id", i.id},
                      {"kind", core::initiative_kind_code(i.kind)},
                      {"title", i.title},
                      {"scope", core::initiative_scope_code(i.scope)},
                      {"year", i.year},
                      {"decision_number", i.decision_number},
                      {"decision_date", i.decision_date},
                      {"authority", i.authority},
                      {"author_ids", std::move(authors)}};
}

boost::json::value to_json(const core::DisciplineRecord& d) {
  return boost::json::object{{"id", d.id},
                      {"measure", core::discipline_measure_code(d.measure)},
                      {"severity", static_cast<int>(d.measure)},
                      {"decided_on", d.decided_on},
                      {"ends_on", d.ends_on},
                      {"decision_number", d.decision_number},
                      {"authority", d.authority},
                      {"note", d.note}};
}

boost::json::value to_json(const core::Absence& a) {
  return boost::json::object{{"id", a.id},
                      {"year", a.year},
                      {"days", a.days},
                      {"reason", core::absence_reason_code(a.reason)},
                      {"note", a.note}};
}

}  // namespace thidua::app
