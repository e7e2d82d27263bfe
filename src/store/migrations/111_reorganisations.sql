-- 111: reorganisations (issue 14 #4). Each merger, split, rename, move or
-- dissolution is one row with its effective date and the plan as applied
-- (summary, JSON), and the units it touched. Closed units keep their rows
-- (units.valid_to, successor_id) and sit under the unit carrying on their work.
CREATE TABLE reorganisations (
  id {{pk}},
  kind TEXT NOT NULL,
  effective_date TEXT NOT NULL,
  legal_basis TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  summary TEXT NOT NULL,
  created_by BIGINT REFERENCES users(id),
  created_at TEXT NOT NULL
);
CREATE INDEX reorganisations_date ON reorganisations(effective_date, id);

-- role: closed (merged, split or dissolved by it), successor (carries on the
-- work of a closed unit), created, moved, renamed, receiver (new parent).
CREATE TABLE reorganisation_units (
  reorganisation_id BIGINT NOT NULL REFERENCES reorganisations(id),
  unit_id BIGINT NOT NULL REFERENCES units(id),
  role TEXT NOT NULL,
  PRIMARY KEY (reorganisation_id, unit_id, role)
);
CREATE INDEX reorganisation_units_unit ON reorganisation_units(unit_id, reorganisation_id);

-- The header lines of an agency's documents from a date (Decree 30/2020
-- art. 8): governing body, issuing body, place. The header in force on a
-- date is the one with the latest valid_from not after it.
CREATE TABLE agency_headers (
  id {{pk}},
  unit_id BIGINT NOT NULL REFERENCES units(id),
  valid_from TEXT NOT NULL,
  governing_body TEXT NOT NULL,
  issuing_body TEXT NOT NULL,
  place TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX agency_headers_unit ON agency_headers(unit_id, valid_from);
