#include "app/demo_receiving.h"

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include "app/access.h"
#include "app/audit.h"
#include "app/clock.h"
#include "app/demo_json.h"
#include "app/submissions.h"
#include "core/org.h"
#include "store/people.h"
#include "store/units.h"
#include "store/users.h"

namespace thidua::app {

namespace json = boost::json;
namespace dj = demo_json;

namespace {

constexpr std::string_view kFile = "receiving.json";

DemoReceivingFile::Unit read_unit(const json::object& root, std::string_view key) {
  const std::string w(key);
  const json::object& o = dj::object(dj::member(root, key, ""), w);
  dj::only(o, {"code", "name", "short_name", "valid_from"}, w);
  DemoReceivingFile::Unit u{dj::text(o, "code", w), dj::text(o, "name", w), dj::text(o, "short_name", w),
                            dj::iso_date(o, "valid_from", w)};
  return u;
}

core::Result<core::Unit> insert(store::Connection& conn, const DemoReceivingFile::Unit& d, bool agency,
                                std::optional<int64_t> parent, const std::string& now) {
  core::Unit u = demo_receiving_unit(d, agency);
  u.parent_id = parent;
  THIDUA_TRY(core::validate_unit(u));
  return store::insert_unit(conn, u, now);
}

}  // namespace

core::Unit demo_receiving_unit(const DemoReceivingFile::Unit& d, bool agency) {
  core::Unit u;
  u.code = d.code;
  u.name = d.name;
  u.short_name = d.short_name;
  u.kind = agency ? core::UnitKind::kAgency : core::UnitKind::kSubDepartment;
  u.valid_from = d.valid_from;
  return u;
}

core::Result<DemoReceivingFile> read_demo_receiving(std::string_view json_text) {
  return dj::read<DemoReceivingFile>(kFile, json_text, [](const json::value& root) {
    const json::object& o = dj::object(root, "");
    dj::only(o, {"agency", "body", "decision_symbol", "authority", "decision_header", "staff", "note"}, "");
    DemoReceivingFile f;
    f.agency = read_unit(o, "agency");
    f.body = read_unit(o, "body");
    f.decisions.decision_symbol = dj::text(o, "decision_symbol", "");
    f.decisions.authority = dj::text(o, "authority", "");
    const json::object& h = dj::object(dj::member(o, "decision_header", ""), "decision_header");
    dj::only(h, {"issuing_body", "place"}, "decision_header");
    f.decisions.issuing_body = dj::text(h, "issuing_body", "decision_header");
    f.decisions.place = dj::text(h, "place", "decision_header");
    f.note = dj::text(o, "note", "");
    const json::array& staff = dj::array(dj::member(o, "staff", ""), "staff");
    if (staff.empty()) dj::bad_value("staff");
    for (size_t i = 0; i < staff.size(); ++i) {
      const std::string w = dj::at("staff", i);
      const json::object& s = dj::object(staff[i], w);
      dj::only(s, {"username", "full_name", "gender", "birth_date", "position", "title", "role"}, w);
      DemoReceivingFile::Staff st;
      st.username = dj::text(s, "username", w);
      st.full_name = dj::text(s, "full_name", w);
      st.birth_date = dj::iso_date(s, "birth_date", w);
      st.position = dj::text(s, "position", w, false);
      st.title = dj::text(s, "title", w, false);
      const auto gender = core::parse_gender(dj::text(s, "gender", w));
      if (!gender) dj::bad_value(dj::at(w, "gender"));
      st.gender = *gender;
      const auto role = core::parse_role(dj::text(s, "role", w));
      if (!role) dj::bad_value(dj::at(w, "role"));
      st.role = *role;
      f.staff.push_back(std::move(st));
    }
    return f;
  });
}

core::Status load_demo_receiving(const Services& services, const DemoReceivingFile& data,
                                 const std::string& password_hash, int64_t proposal_campaign_id,
                                 const core::Actor& sender, const RequestMeta& meta, DemoReceiving& out) {
  const auto now = services.clock.now();
  const std::string now_s = iso_instant(now);
  const std::string today = iso_date(now);
  const core::Actor system = system_actor();
  out = DemoReceiving{};
  {
    auto conn = services.db.acquire();
    auto written = store::in_transaction(*conn, [&]() -> core::Status {
      auto agency = insert(*conn, data.agency, true, std::nullopt, now_s);
      if (!agency.ok()) return agency.error();
      auto body = insert(*conn, data.body, false, agency->id, now_s);
      if (!body.ok()) return body.error();
      out.agency_id = agency->id;
      out.body_id = body->id;
      for (const auto& s : data.staff) {
        core::Person p;
        p.full_name = s.full_name;
        p.gender = s.gender;
        p.birth_date = s.birth_date;
        p.position = s.position;
        p.title = s.title;
        p.unit_id = body->id;
        auto person = store::insert_person(*conn, p, now_s, today);
        if (!person.ok()) return person.error();
        core::UserRecord rec;
        rec.username = s.username;
        rec.display_name = s.full_name;
        rec.person_id = person->id;
        rec.password_hash = password_hash;
        auto user = store::insert_user(*conn, rec, now_s);
        if (!user.ok()) return user.error();
        auto grant = store::insert_grant(*conn, user->id, s.role, body->id);
        if (!grant.ok()) return grant.error();
        out.usernames.push_back(s.username);
      }
      // The deployment's administrator administers the new agency too.
      THIDUA_TRY(store::grant_deployment_administrators(*conn, agency->id));
      const json::object after{{"agency_id", out.agency_id}, {"body_id", out.body_id},
                               {"accounts", out.usernames.size()}};
      return record_audit(*conn, services, &system, meta,
                          {"demo.receiving", "database", "", std::nullopt, json::value(after)});
    });
    if (!written.ok()) {
      out = DemoReceiving{};  // nothing of it was committed
      return written.error();
    }
  }
  services.forget_actors();  // the administrators' grants changed
  THIDUA_TRY(set_receiving_agency(services, system, out.body_id, data.decisions, meta));
  if (proposal_campaign_id == 0) return {};
  int64_t proposal = 0;
  {
    auto conn = services.db.acquire();
    auto rows = conn->query(
        "SELECT id FROM decisions WHERE campaign_id = ? AND kind = 'proposal' AND state = 'approved' "
        "AND answer = '' ORDER BY id LIMIT 1",
        {proposal_campaign_id});
    if (!rows.ok()) return rows.error();
    if (!rows->empty()) proposal = (*rows)[0].i64(0);
  }
  if (proposal == 0) return {};
  auto sent = send_proposal(services, sender, proposal_campaign_id, proposal, out.body_id, data.note, meta);
  if (!sent.ok()) return sent.error();
  out.submission_id = *sent;
  return {};
}

}  // namespace thidua::app
