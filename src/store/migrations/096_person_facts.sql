-- 096: the facts of a person's years beside the ratings (issue 11 #2):
-- recognised initiatives and research topics with their authors, disciplinary
-- measures with their period, long absences with their reason, and the years
-- whose records of each kind the office has declared complete (only there does
-- the absence of a record read as "none", elsewhere a rule resting on it is
-- "missing"). Codes are those of core/initiative.h, core/discipline.h,
-- core/absence.h, dates are ISO.
CREATE TABLE recognised_initiatives (
  id {{pk}},
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  title_folded TEXT NOT NULL,
  scope TEXT NOT NULL,
  year INTEGER NOT NULL,
  decision_number TEXT NOT NULL,
  decision_date TEXT NOT NULL,
  authority TEXT NOT NULL,
  created_at TEXT NOT NULL
);
-- One recognition decision recognises an initiative once.
CREATE UNIQUE INDEX recognised_initiatives_decision_title ON recognised_initiatives(decision_number, title_folded);
CREATE TABLE recognised_initiative_authors (
  initiative_id BIGINT NOT NULL REFERENCES recognised_initiatives(id),
  person_id BIGINT NOT NULL REFERENCES people(id),
  PRIMARY KEY (initiative_id, person_id)
);
CREATE INDEX recognised_initiative_authors_person ON recognised_initiative_authors(person_id);

CREATE TABLE person_discipline (
  id {{pk}},
  person_id BIGINT NOT NULL REFERENCES people(id),
  measure TEXT NOT NULL,
  severity INTEGER NOT NULL,
  decided_on TEXT NOT NULL,
  ends_on TEXT NOT NULL DEFAULT '',
  decision_number TEXT NOT NULL,
  authority TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX person_discipline_decision ON person_discipline(person_id, decision_number);

CREATE TABLE person_absences (
  id {{pk}},
  person_id BIGINT NOT NULL REFERENCES people(id),
  year INTEGER NOT NULL,
  days INTEGER NOT NULL,
  reason TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
);
CREATE INDEX person_absences_person_year ON person_absences(person_id, year);

-- kind: initiatives, discipline, absences.
CREATE TABLE fact_years (
  kind TEXT NOT NULL,
  year INTEGER NOT NULL,
  declared_by BIGINT REFERENCES users(id),
  declared_at TEXT NOT NULL,
  PRIMARY KEY (kind, year)
);
