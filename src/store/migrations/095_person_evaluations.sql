-- 095: civil servants' annual quality ratings (issue 11 #2), one per person
-- and year: the fact the annual titles are judged on. rating is a
-- core::EvaluationRating code; rated_on the rating's ISO date ('' when the
-- record does not say).
CREATE TABLE person_evaluations (
  id {{pk}},
  person_id BIGINT NOT NULL REFERENCES people(id),
  year INTEGER NOT NULL,
  rating TEXT NOT NULL,
  rated_on TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX person_evaluations_person_year ON person_evaluations(person_id, year);
