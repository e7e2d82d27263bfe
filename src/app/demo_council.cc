#include "app/demo_council.h"

#include <boost/json/value.hpp>

#include "app/demo_json.h"
#include "core/authz.h"
#include "store/council.h"
#include "store/users.h"

namespace thidua::app {

namespace json = boost::json;

core::Result<DemoCouncil> read_demo_council(std::string_view council_json) {
  return demo_json::read<DemoCouncil>("council.json", council_json, [](const json::value& root) {
    DemoCouncil c;
    const json::object& o = demo_json::object(root, "");
    demo_json::only(o, {"name", "extra_members", "seats"}, "");
    c.name = demo_json::text(o, "name", "");
    const json::array& extra = demo_json::array(demo_json::member(o, "extra_members", ""), "extra_members");
    for (size_t i = 0; i < extra.size(); ++i) {
      const std::string w = demo_json::at("extra_members", i);
      const json::object& e = demo_json::object(extra[i], w);
      demo_json::only(e, {"username", "person_full_name"}, w);
      c.extra_members.push_back({demo_json::text(e, "username", w), demo_json::text(e, "person_full_name", w)});
    }
    const json::array& seats = demo_json::array(demo_json::member(o, "seats", ""), "seats");
    for (size_t i = 0; i < seats.size(); ++i) {
      const std::string w = demo_json::at("seats", i);
      const json::object& s = demo_json::object(seats[i], w);
      demo_json::only(s, {"username", "position", "role"}, w);
      const auto role = core::parse_council_role(demo_json::text(s, "role", w));
      if (!role || *role == core::CouncilRole::kViceChair) demo_json::bad_value(demo_json::at(w, "role"));
      DemoCouncil::Seat seat{demo_json::text(s, "username", w), demo_json::text(s, "position", w), *role};
      c.seats.push_back(std::move(seat));
    }
    return c;
  });
}

core::Result<DemoCouncil> embedded_demo_council() {
  const auto file = demo_json::embedded("council.json");
  if (!file.found) return demo_json::missing("council.json");
  return read_demo_council(file.text);
}

core::Result<std::vector<DemoAccountInfo>> load_demo_council(store::Connection& conn, const DemoCouncil& data,
                                                             int64_t root_unit_id,
                                                             const std::string& root_unit_name,
                                                             const std::string& password_hash, const std::string& now) {
  std::vector<DemoAccountInfo> added;
  for (const DemoCouncil::Member& e : data.extra_members) {
    core::UserRecord rec;
    rec.username = e.username;
    rec.display_name = e.person_full_name;
    auto person = conn.query("SELECT id FROM people WHERE full_name = ? ORDER BY id LIMIT 1", {e.person_full_name});
    if (!person.ok()) return person.error();
    if (!person->empty()) rec.person_id = person->rows.front().i64(0);
    rec.password_hash = password_hash;
    auto user = store::insert_user(conn, rec, now);
    if (!user.ok()) return user.error();
    auto g = store::insert_grant(conn, user->id, core::Role::kCouncilMember, root_unit_id);
    if (!g.ok()) return g.error();
    added.push_back({e.username, std::string(core::role_label(core::Role::kCouncilMember)), root_unit_name});
  }

  auto council = store::insert_council(conn, root_unit_id, data.name, now);
  if (!council.ok()) return council.error();
  for (const DemoCouncil::Seat& s : data.seats) {
    auto user = store::find_user_by_username(conn, s.username);
    if (!user.ok()) return user.error();
    if (!user->has_value()) continue;
    core::CouncilMember m;
    m.council_id = *council;
    m.user_id = (*user)->id;
    m.full_name = (*user)->display_name;
    m.position = s.position;
    m.role = s.role;
    auto id = store::insert_member(conn, m);
    if (!id.ok()) return id.error();
  }
  return added;
}

}  // namespace thidua::app
