#include "app/demo_council.h"

#include "core/authz.h"
#include "store/council.h"
#include "store/users.h"

namespace thidua::app {

core::Result<std::vector<DemoAccountInfo>> load_demo_council(store::Connection& conn, int64_t root_unit_id,
                                                             const std::string& root_unit_name,
                                                             const std::string& password_hash, const std::string& now) {
  struct Extra {
    const char* username;
    const char* person;
  };
  std::vector<DemoAccountInfo> added;
  for (const Extra& e : {Extra{"uyvien1", "Nguyễn Đức Thắng"}, Extra{"uyvien2", "Trần Thị Minh Huệ"}}) {
    store::UserRecord rec;
    rec.username = e.username;
    rec.display_name = e.person;
    auto person = conn.query("SELECT id FROM people WHERE full_name = ? ORDER BY id LIMIT 1", {std::string(e.person)});
    if (!person.ok()) return person.error();
    if (!person->empty()) rec.person_id = person->rows.front().i64(0);
    rec.password_hash = password_hash;
    auto user = store::insert_user(conn, rec, now);
    if (!user.ok()) return user.error();
    auto g = store::insert_grant(conn, user->id, core::Role::kCouncilMember, root_unit_id);
    if (!g.ok()) return g.error();
    added.push_back({e.username, std::string(core::role_label(core::Role::kCouncilMember)), root_unit_name});
  }

  auto council = store::insert_council(conn, root_unit_id,
                                       "Hội đồng Thi đua – Khen thưởng Sở Tài nguyên và Môi trường", now);
  if (!council.ok()) return council.error();
  struct Seat {
    const char* username;
    const char* position;
    const char* role;
  };
  for (const Seat& s : {Seat{"lanhdao", "Giám đốc Sở", "chair"}, Seat{"thuongtruc", "Chánh Văn phòng Sở", "secretary"},
                        Seat{"hoidong", "Phó Giám đốc Sở", "member"}, Seat{"uyvien1", "Phó Giám đốc Sở", "member"},
                        Seat{"uyvien2", "Phó Giám đốc Sở", "member"}}) {
    auto user = store::find_user_by_username(conn, s.username);
    if (!user.ok()) return user.error();
    if (!user->has_value()) continue;
    store::CouncilMember m;
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
