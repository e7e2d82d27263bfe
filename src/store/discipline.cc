#include "store/discipline.h"

#include <string>

#include "core/messages_vi/person_facts.h"

namespace thidua::store {

namespace {

// A row of (id, person_id, measure, decided_on, ends_on, decision_number,
// authority, note, created_at).
core::DisciplineRecord measure_from(const Row& r) {
  core::DisciplineRecord d;
  d.id = r.i64(0);
  d.person_id = r.i64(1);
  // Only discipline_measure_code() writes this column.
  d.measure = core::read_discipline_measure(r.str(2)).value_or(core::DisciplineMeasure::kReprimand);
  d.decided_on = r.str(3);
  d.ends_on = r.str(4);
  d.decision_number = r.str(5);
  d.authority = r.str(6);
  d.note = r.str(7);
  d.created_at = r.str(8);
  return d;
}

}  // namespace

core::Result<int64_t> insert_discipline(Connection& conn, const core::DisciplineRecord& d) {
  auto taken = conn.query("SELECT count(*) FROM person_discipline WHERE person_id = ? AND decision_number = ?",
                          {d.person_id, d.decision_number});
  if (!taken.ok()) return taken.error();
  if (taken->rows.at(0).i64(0) > 0) {
    return core::make_error(core::errc::kConflict, core::messages_vi::kDisciplineRecordedTwice, "decision_number");
  }
  auto rows = conn.query(
      "INSERT INTO person_discipline (person_id, measure, severity, decided_on, ends_on, decision_number, authority, "
      "note, created_at) VALUES (?,?,?,?,?,?,?,?,?) RETURNING id",
      {d.person_id, std::string(core::discipline_measure_code(d.measure)), static_cast<int64_t>(d.measure),
       d.decided_on, d.ends_on, d.decision_number, d.authority, d.note, d.created_at});
  if (!rows.ok()) return rows.error();
  return rows->rows.at(0).i64(0);
}

core::Result<std::vector<core::DisciplineRecord>> discipline_of(Connection& conn,
                                                                const std::vector<int64_t>& person_ids) {
  std::vector<core::DisciplineRecord> out;
  if (person_ids.empty()) return out;
  Params params;
  const std::string list = bind_ids(person_ids, params);
  auto rows = conn.query(
      "SELECT id, person_id, measure, decided_on, ends_on, decision_number, authority, note, created_at "
      "FROM person_discipline WHERE person_id IN (" +
          list + ") ORDER BY person_id, decided_on, id",
      params);
  if (!rows.ok()) return rows.error();
  for (const auto& r : *rows) out.push_back(measure_from(r));
  return out;
}

core::Result<std::vector<core::DisciplineRecord>> discipline_in(Connection& conn, const PersonSpan& span) {
  auto rows = conn.query(
      "SELECT id, person_id, measure, decided_on, ends_on, decision_number, authority, note, created_at "
      "FROM person_discipline WHERE person_id BETWEEN ? AND ? ORDER BY person_id, decided_on, id",
      {span.first_id, span.last_id});
  if (!rows.ok()) return rows.error();
  std::vector<core::DisciplineRecord> out;
  for (const auto& r : *rows) out.push_back(measure_from(r));
  return out;
}

}  // namespace thidua::store
