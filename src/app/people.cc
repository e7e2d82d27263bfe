#include "app/people.h"

#include <algorithm>
#include <map>

#include "app/access.h"
#include "app/audit.h"
#include "app/clock.h"
#include "app/records_json.h"
#include "core/messages_vi/exports.h"
#include "core/messages_vi/imports.h"
#include "core/messages_vi/org.h"
#include "core/messages_vi/people.h"
#include "core/names.h"
#include "io/xlsx_writer.h"
#include "store/units.h"

namespace thidua::app {

namespace {
// Closed by a reorganisation or an edit on or before today: no one joins it.
bool closed(const core::Unit& u, const Services& services) {
  return !u.valid_to.empty() && u.valid_to <= vietnam_date(services.clock.now());
}
}  // namespace

namespace msg = core::messages_vi;

// Builds the store query for an actor: scopes, staff self-view, filters.
core::Result<store::PeopleQuery> people_query(store::Connection& conn, const core::Actor& actor,
                                              const PeopleFilter& filter) {
  store::PeopleQuery q;
  q.scopes = scopes_for(actor, core::Action::kViewPeople);
  q.only_person = actor.person_id;
  q.folded_query = core::fold(filter.query);
  if (q.folded_query.size() > 100) q.folded_query.resize(100);
  if (filter.unit_id) {
    auto unit = store::find_unit(conn, *filter.unit_id);
    if (!unit.ok()) return unit.error();
    if (!unit->has_value() || !permits(actor, core::Action::kViewOrg, (*unit)->path)) {
      return not_found(msg::kWhatUnit);
    }
    q.unit_path = (*unit)->path;
  }
  return q;
}

const std::vector<ListColumn>& people_list_columns() {
  static const std::vector<ListColumn> cols = {
      {msg::kColFullName, "full_name"}, {msg::kColGender, "gender"},     {msg::kColBirthDate, "birth_date"},
      {msg::kColPosition, "position"},  {msg::kColTitle, "title"},       {msg::kColCategory, "category"},
      {msg::kColEmail, "email"},        {msg::kColPhone, "phone"},       {msg::kColUnitCode, "unit_code"},
      {msg::kColUnitName, "unit_name"}};
  return cols;
}

const std::vector<std::string>& people_columns() {
  static const std::vector<std::string> headings = headings_of(people_list_columns());
  return headings;
}

core::Result<PeopleListing> list_people(const Services& services, const core::Actor& actor,
                                        const PeopleFilter& filter) {
  PeopleListing out;
  out.page_size = std::clamp(filter.page_size, 1, 200);
  out.page = std::clamp(filter.page, 1, 1000000);
  auto conn = services.db.acquire();
  auto q = people_query(*conn, actor, filter);
  if (!q.ok()) return q.error();
  q->limit = out.page_size;
  q->offset = static_cast<int64_t>(out.page - 1) * out.page_size;
  if (!filter.after.empty()) {
    q->after = store::decode_person_cursor(filter.after);
    if (!q->after) return core::make_error(core::errc::kValidation, msg::kPeopleCursorInvalid, "after");
  } else if (!filter.before.empty()) {
    q->before = store::decode_person_cursor(filter.before);
    if (!q->before) return core::make_error(core::errc::kValidation, msg::kPeopleCursorInvalid, "before");
  }
  auto page = store::list_people(*conn, *q);
  if (!page.ok()) return page.error();
  if (q->before && page->people.empty()) {
    // Nothing before the cursor any more (rows removed): the first page.
    q->before.reset();
    q->offset = 0;
    out.page = 1;
    page = store::list_people(*conn, *q);
    if (!page.ok()) return page.error();
  }
  // Going back, more rows lie before the page, and the page's own cursor
  // row after it; otherwise the other way round.
  const bool backwards = q->before.has_value();
  const bool more_after = backwards ? page->last.has_value() : page->has_more;
  const bool more_before = backwards ? page->has_more : (q->after.has_value() || out.page > 1);
  if (page->last && more_after) out.next_cursor = store::encode_person_cursor(*page->last);
  if (page->first && more_before) out.prev_cursor = store::encode_person_cursor(*page->first);
  if (backwards && !page->has_more) out.page = 1;  // back at the start, whatever the label said
  out.people = std::move(page->people);
  out.has_more = more_after;
  return out;
}

core::Result<PersonDetail> get_person(const Services& services, const core::Actor& actor, int64_t id) {
  auto conn = services.db.acquire();
  auto found = store::find_person(*conn, id);
  if (!found.ok()) return found.error();
  const bool self = actor.person_id && *actor.person_id == id;
  if (!found->has_value() || (!self && !permits(actor, core::Action::kViewPeople, (*found)->unit_path))) {
    return not_found(msg::kWhatThisPerson);
  }
  PersonDetail d;
  d.person = **found;
  d.can_edit = permits(actor, core::Action::kEditPeople, d.person.unit_path) && !d.person.unit_path.empty();
  if (actor.system) d.can_edit = true;
  auto members = store::memberships_of(*conn, id);
  if (!members.ok()) return members.error();
  d.memberships = std::move(*members);
  return d;
}

core::Result<core::Person> create_person(const Services& services, const core::Actor& actor, core::Person person,
                                         const RequestMeta& meta) {
  auto norm = core::normalise_person(std::move(person));
  if (!norm.ok()) return norm.error();
  auto conn = services.db.acquire();
  if (!norm->unit_id) {
    if (!actor.system) return core::make_error(core::errc::kValidation, msg::kPersonUnitRequired, "unit_id");
  } else {
    auto unit = store::find_unit(*conn, *norm->unit_id);
    if (!unit.ok()) return unit.error();
    if (!unit->has_value()) return core::make_error(core::errc::kValidation, msg::kUnitMissing, "unit_id");
    if (!permits(actor, core::Action::kEditPeople, (*unit)->path)) return forbidden(msg::kActionAddPersonHere);
    if (closed(**unit, services)) return core::make_error(core::errc::kValidation, msg::kUnitClosedForPeople, "unit_id");
  }
  const auto now = services.clock.now();
  return store::in_transaction<core::Person>(*conn, [&]() -> core::Result<core::Person> {
    auto stored = store::insert_person(*conn, *norm, iso_instant(now), iso_date(now));
    if (!stored.ok()) return stored.error();
    THIDUA_TRY(record_audit(*conn, services, &actor, meta,
                            {"person.create", "person", std::to_string(stored->id), std::nullopt, to_json(*stored)}));
    return stored;
  });
}

core::Result<core::Person> update_person(const Services& services, const core::Actor& actor, core::Person person,
                                         const RequestMeta& meta) {
  auto conn = services.db.acquire();
  auto found = store::find_person(*conn, person.id);
  if (!found.ok()) return found.error();
  const bool self = actor.person_id && *actor.person_id == person.id;
  if (!found->has_value() || (!self && !permits(actor, core::Action::kViewPeople, (*found)->unit_path))) {
    return not_found(msg::kWhatThisPerson);
  }
  const core::Person before = **found;
  if (!permits(actor, core::Action::kEditPeople, before.unit_path) || (before.unit_path.empty() && !actor.system)) {
    return forbidden(msg::kActionEditPerson);
  }
  // Validated only once the actor may edit it: 404 and 403 come before 422.
  auto norm = core::normalise_person(std::move(person));
  if (!norm.ok()) return norm.error();
  if (norm->unit_id != before.unit_id) {
    if (!norm->unit_id) {
      return core::make_error(core::errc::kValidation, msg::kPersonUnitRequired, "unit_id");
    }
    auto unit = store::find_unit(*conn, *norm->unit_id);
    if (!unit.ok()) return unit.error();
    if (!unit->has_value()) return core::make_error(core::errc::kValidation, msg::kUnitMissing, "unit_id");
    if (!permits(actor, core::Action::kEditPeople, (*unit)->path)) return forbidden(msg::kActionMovePersonHere);
    if (closed(**unit, services)) return core::make_error(core::errc::kValidation, msg::kUnitClosedForPeople, "unit_id");
  }
  const auto now = services.clock.now();
  return store::in_transaction<core::Person>(*conn, [&]() -> core::Result<core::Person> {
    auto stored = store::update_person(*conn, *norm, iso_instant(now), iso_date(now));
    if (!stored.ok()) return stored.error();
    THIDUA_TRY(record_audit(*conn, services, &actor, meta,
                            {"person.update", "person", std::to_string(stored->id), to_json(before),
                             to_json(*stored)}));
    return stored;
  });
}

core::Result<int64_t> export_people_xlsx(const Services& services, const core::Actor& actor,
                                         const PeopleFilter& filter, const std::string& path) {
  if (!permits_somewhere(actor, core::Action::kExportLists)) return forbidden(msg::kActionExportLists);
  auto conn = services.db.acquire();
  auto q = people_query(*conn, actor, filter);
  if (!q.ok()) return q.error();
  auto writer = io::XlsxWriter::create(path, msg::kSheetPeople);
  if (!writer.ok()) return writer.error();
  THIDUA_TRY(writer->header(people_columns()));
  // Unit codes for the export, loaded once (units are few; people are many).
  auto units = store::list_units(*conn, {"/"});
  if (!units.ok()) return units.error();
  std::map<int64_t, std::string> code_of;
  for (const auto& u : *units) code_of[u.id] = u.code;
  int64_t rows = 0;
  core::Status row_status;
  auto st = store::for_each_person(*conn, *q, [&](const core::Person& p) {
    if (!row_status.ok()) return;
    std::string code = p.unit_id && code_of.count(*p.unit_id) ? code_of[*p.unit_id] : "";
    row_status = writer->row({p.full_name, std::string(core::gender_label(p.gender)), p.birth_date, p.position,
                              p.title, std::string(core::category_label(p.category)), p.email, p.phone, code,
                              p.unit_name});
    ++rows;
  });
  if (!st.ok()) return st.error();
  if (!row_status.ok()) return row_status.error();
  THIDUA_TRY(writer->close());
  return rows;
}

}  // namespace thidua::app
