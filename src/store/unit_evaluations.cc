#include "store/unit_evaluations.h"

#include <string>

namespace thidua::store {

namespace {

constexpr const char* kColumns = "id, unit_id, year, rating, rated_on, note, COALESCE(recorded_by, 0), recorded_at";

core::UnitEvaluation unit_evaluation_from(const Row& r) {
  core::UnitEvaluation e;
  e.id = r.i64(0);
  e.unit_id = r.i64(1);
  e.year = static_cast<int>(r.i64(2));
  // Only evaluation_rating_code() writes this column.
  e.rating = core::read_evaluation_rating(r.str(3)).value_or(core::EvaluationRating::kCompleted);
  e.rated_on = r.str(4);
  e.note = r.str(5);
  e.recorded_by = r.i64(6);
  e.recorded_at = r.str(7);
  return e;
}

}  // namespace

core::Result<std::optional<core::UnitEvaluation>> put_unit_evaluation(Connection& conn,
                                                                      const core::UnitEvaluation& e) {
  auto rows = conn.query(std::string("SELECT ") + kColumns + " FROM unit_evaluations WHERE unit_id = ? AND year = ?",
                         {e.unit_id, static_cast<int64_t>(e.year)});
  if (!rows.ok()) return rows.error();
  std::optional<core::UnitEvaluation> before;
  if (!rows->rows.empty()) before = unit_evaluation_from(rows->rows.at(0));
  const std::string rating(core::evaluation_rating_code(e.rating));
  // recorded_by 0 (the demo, the operator) is stored as NULL.
  auto n = before ? conn.exec("UPDATE unit_evaluations SET rating = ?, rated_on = ?, note = ?, "
                              "recorded_by = NULLIF(?, 0), recorded_at = ? WHERE id = ?",
                              {rating, e.rated_on, e.note, e.recorded_by, e.recorded_at, before->id})
                  : conn.exec("INSERT INTO unit_evaluations (unit_id, year, rating, rated_on, note, recorded_by, "
                              "recorded_at) VALUES (?,?,?,?,?,NULLIF(?, 0),?)",
                              {e.unit_id, static_cast<int64_t>(e.year), rating, e.rated_on, e.note, e.recorded_by,
                               e.recorded_at});
  if (!n.ok()) return n.error();
  return before;
}

core::Result<std::vector<core::UnitEvaluation>> unit_evaluations_of(Connection& conn,
                                                                    const std::vector<int64_t>& unit_ids) {
  std::vector<core::UnitEvaluation> out;
  if (unit_ids.empty()) return out;
  Params params;
  const std::string list = bind_ids(unit_ids, params);
  auto rows = conn.query(std::string("SELECT ") + kColumns + " FROM unit_evaluations WHERE unit_id IN (" + list +
                             ") ORDER BY unit_id, year",
                         params);
  if (!rows.ok()) return rows.error();
  for (const auto& r : *rows) out.push_back(unit_evaluation_from(r));
  return out;
}

}  // namespace thidua::store
