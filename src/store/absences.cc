#include "store/absences.h"

#include <string>

#include "core/messages_vi/person_facts.h"

namespace thidua::store {

namespace {

// A row of (id, person_id, year, days, reason, note, created_at).
core::Absence absence_from(const Row& r) {
  core::Absence a;
  a.id = r.i64(0);
  a.person_id = r.i64(1);
  a.year = static_cast<int>(r.i64(2));
  a.days = static_cast<int>(r.i64(3));
  // Only absence_reason_code() writes this column.
  a.reason = core::read_absence_reason(r.str(4)).value_or(core::AbsenceReason::kOther);
  a.note = r.str(5);
  a.created_at = r.str(6);
  return a;
}

}  // namespace

core::Result<int64_t> insert_absence(Connection& conn, const core::Absence& a) {
  auto taken = conn.query("SELECT count(*) FROM person_absences WHERE person_id = ? AND year = ? AND reason = ?",
                          {a.person_id, static_cast<int64_t>(a.year), std::string(core::absence_reason_code(a.reason))});
  if (!taken.ok()) return taken.error();
  if (taken->rows.at(0).i64(0) > 0) {
    return core::make_error(core::errc::kConflict, core::messages_vi::kAbsenceRecordedTwice, "reason");
  }
  auto rows = conn.query(
      "INSERT INTO person_absences (person_id, year, days, reason, note, created_at) VALUES (?,?,?,?,?,?) "
      "RETURNING id",
      {a.person_id, static_cast<int64_t>(a.year), static_cast<int64_t>(a.days),
       std::string(core::absence_reason_code(a.reason)), a.note, a.created_at});
  if (!rows.ok()) return rows.error();
  return rows->rows.at(0).i64(0);
}

core::Result<PutAbsence> put_absence(Connection& conn, const core::Absence& a) {
  const std::string reason(core::absence_reason_code(a.reason));
  auto rows = conn.query(
      "SELECT id, person_id, year, days, reason, note, created_at FROM person_absences "
      "WHERE person_id = ? AND year = ? AND reason = ?",
      {a.person_id, static_cast<int64_t>(a.year), reason});
  if (!rows.ok()) return rows.error();
  PutAbsence out;
  if (rows->empty()) {
    // No statement may fail inside the caller's transaction (PostgreSQL
    // would abort it): a row recorded meanwhile by another request makes
    // this insert a no-op, and it is then corrected as below.
    auto inserted = conn.query(
        "INSERT INTO person_absences (person_id, year, days, reason, note, created_at) VALUES (?,?,?,?,?,?) "
        "ON CONFLICT (person_id, year, reason) DO NOTHING RETURNING id",
        {a.person_id, static_cast<int64_t>(a.year), static_cast<int64_t>(a.days), reason, a.note, a.created_at});
    if (!inserted.ok()) return inserted.error();
    if (!inserted->empty()) {
      out.id = inserted->rows.at(0).i64(0);
      return out;
    }
    rows = conn.query(
        "SELECT id, person_id, year, days, reason, note, created_at FROM person_absences "
        "WHERE person_id = ? AND year = ? AND reason = ?",
        {a.person_id, static_cast<int64_t>(a.year), reason});
    if (!rows.ok()) return rows.error();
    if (rows->empty()) return core::make_error(core::errc::kConflict, core::messages_vi::kAbsenceRecordedTwice, "reason");
  }
  out.before = absence_from(rows->rows.at(0));
  out.id = out.before->id;
  THIDUA_TRY(conn.exec("UPDATE person_absences SET days = ?, note = ? WHERE id = ?",
                       {static_cast<int64_t>(a.days), a.note, out.id}));
  return out;
}

core::Result<std::vector<core::Absence>> absences_of(Connection& conn, const std::vector<int64_t>& person_ids) {
  std::vector<core::Absence> out;
  if (person_ids.empty()) return out;
  Params params;
  const std::string list = bind_ids(person_ids, params);
  auto rows = conn.query(
      "SELECT id, person_id, year, days, reason, note, created_at FROM person_absences "
      "WHERE person_id IN (" +
          list + ") ORDER BY person_id, year, id",
      params);
  if (!rows.ok()) return rows.error();
  for (const auto& r : *rows) out.push_back(absence_from(r));
  return out;
}

core::Result<std::vector<core::Absence>> absences_in(Connection& conn, const PersonSpan& span) {
  auto rows = conn.query(
      "SELECT id, person_id, year, days, reason, note, created_at FROM person_absences "
      "WHERE person_id BETWEEN ? AND ? AND year BETWEEN ? AND ? ORDER BY person_id, year, id",
      {span.first_id, span.last_id, static_cast<int64_t>(span.first_year), static_cast<int64_t>(span.last_year)});
  if (!rows.ok()) return rows.error();
  std::vector<core::Absence> out;
  out.reserve(rows->size());
  for (const auto& r : *rows) out.push_back(absence_from(r));
  return out;
}

}  // namespace thidua::store
