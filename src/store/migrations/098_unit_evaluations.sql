-- 098: collectives' annual ratings (issue 11 #2), one per unit and year: what
-- the collective titles ask of the unit itself. rating is a
-- core::EvaluationRating code, rated_on an ISO date or ''. A correction
-- replaces the row in place (the audit trail keeps the value before).
CREATE TABLE unit_evaluations (
  id {{pk}},
  unit_id BIGINT NOT NULL REFERENCES units(id),
  year INTEGER NOT NULL,
  rating TEXT NOT NULL,
  rated_on TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  recorded_by BIGINT REFERENCES users(id),
  recorded_at TEXT NOT NULL
);
CREATE UNIQUE INDEX unit_evaluations_unit_year ON unit_evaluations(unit_id, year);
