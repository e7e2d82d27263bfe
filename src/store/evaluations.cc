#include "store/evaluations.h"

#include <string>

#include "core/messages_vi/evaluations.h"

namespace thidua::store {

namespace {

// A row of (id, person_id, year, rating, rated_on, note, created_at).
core::Evaluation evaluation_from(const Row& r) {
  core::Evaluation e;
  e.id = r.i64(0);
  e.person_id = r.i64(1);
  e.year = static_cast<int>(r.i64(2));
  // Only evaluation_rating_code() writes this column.
  e.rating = core::read_evaluation_rating(r.str(3)).value_or(core::EvaluationRating::kCompleted);
  e.rated_on = r.str(4);
  e.note = r.str(5);
  e.created_at = r.str(6);
  return e;
}

}  // namespace

core::Result<int64_t> insert_evaluation(Connection& conn, const core::Evaluation& e) {
  auto taken = conn.query("SELECT count(*) FROM person_evaluations WHERE person_id = ? AND year = ?",
                          {e.person_id, static_cast<int64_t>(e.year)});
  if (!taken.ok()) return taken.error();
  if (taken->rows.at(0).i64(0) > 0) {
    return core::make_error(core::errc::kConflict, core::messages_vi::kEvaluationYearTaken, "year");
  }
  auto rows = conn.query(
      "INSERT INTO person_evaluations (person_id, year, rating, rated_on, note, created_at) VALUES (?,?,?,?,?,?) "
      "RETURNING id",
      {e.person_id, static_cast<int64_t>(e.year), std::string(core::evaluation_rating_code(e.rating)), e.rated_on,
       e.note, e.created_at});
  if (!rows.ok()) return rows.error();
  return rows->rows.at(0).i64(0);
}

core::Result<std::optional<core::Evaluation>> put_evaluation(Connection& conn, const core::Evaluation& e) {
  auto rows = conn.query(
      "SELECT id, person_id, year, rating, rated_on, note, created_at FROM person_evaluations WHERE person_id = ? AND "
      "year = ?",
      {e.person_id, static_cast<int64_t>(e.year)});
  if (!rows.ok()) return rows.error();
  std::optional<core::Evaluation> before;
  if (!rows->rows.empty()) before = evaluation_from(rows->rows.at(0));
  const std::string rating(core::evaluation_rating_code(e.rating));
  auto n = before ? conn.exec("UPDATE person_evaluations SET rating = ?, rated_on = ?, note = ?, created_at = ? "
                              "WHERE id = ?",
                              {rating, e.rated_on, e.note, e.created_at, before->id})
                  : conn.exec("INSERT INTO person_evaluations (person_id, year, rating, rated_on, note, created_at) "
                              "VALUES (?,?,?,?,?,?)",
                              {e.person_id, static_cast<int64_t>(e.year), rating, e.rated_on, e.note, e.created_at});
  if (!n.ok()) return n.error();
  return before;
}

core::Result<std::vector<core::Evaluation>> evaluations_of(Connection& conn, const std::vector<int64_t>& person_ids) {
  std::vector<core::Evaluation> out;
  if (person_ids.empty()) return out;
  Params params;
  const std::string list = bind_ids(person_ids, params);
  auto rows = conn.query(
      "SELECT id, person_id, year, rating, rated_on, note, created_at FROM person_evaluations WHERE person_id IN (" +
          list + ") ORDER BY person_id, year",
      params);
  if (!rows.ok()) return rows.error();
  for (const auto& r : *rows) out.push_back(evaluation_from(r));
  return out;
}

core::Result<std::optional<int>> latest_rated_year(Connection& conn) {
  auto rows = conn.query("SELECT max(year) FROM person_evaluations");
  if (!rows.ok()) return rows.error();
  if (rows->rows.empty() || rows->rows.at(0).is_null(0)) return std::optional<int>();
  return std::optional<int>(static_cast<int>(rows->rows.at(0).i64(0)));
}

core::Result<std::vector<core::Evaluation>> evaluations_in(Connection& conn, const PersonSpan& span) {
  auto rows = conn.query(
      "SELECT id, person_id, year, rating, rated_on, note, created_at FROM person_evaluations "
      "WHERE person_id BETWEEN ? AND ? AND year BETWEEN ? AND ? ORDER BY person_id, year",
      {span.first_id, span.last_id, static_cast<int64_t>(span.first_year), static_cast<int64_t>(span.last_year)});
  if (!rows.ok()) return rows.error();
  std::vector<core::Evaluation> out;
  out.reserve(rows->size());
  for (const auto& r : *rows) out.push_back(evaluation_from(r));
  return out;
}

}  // namespace thidua::store
