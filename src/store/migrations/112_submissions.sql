-- 112: proposals sent upward inside one deployment (issue 14 #2). An agency
-- that receives proposals (the province's TĐKT body) is named in
-- receiving_agencies with the symbol and authority of its decisions. A
-- submission is one approved proposal (decisions.kind = proposal) addressed to
-- one receiving agency: its state, reception number and date, specialist and
-- the receiving decision. Its list is copied when sent (what the receiver may
-- read of the sender). Each sending is a round with the dossier ZIP of that
-- moment in the file store (versions kept). Every step is an event (the
-- processing history the sender sees).
CREATE TABLE receiving_agencies (
  unit_id BIGINT PRIMARY KEY REFERENCES units(id),
  decision_symbol TEXT NOT NULL,
  authority TEXT NOT NULL,
  created_at TEXT NOT NULL
);

-- state: sent, received, returned, reviewed, decided.
CREATE TABLE submissions (
  id {{pk}},
  decision_id BIGINT NOT NULL REFERENCES decisions(id),
  sender_unit_id BIGINT NOT NULL REFERENCES units(id),
  receiver_unit_id BIGINT NOT NULL REFERENCES units(id),
  state TEXT NOT NULL,
  round INTEGER NOT NULL DEFAULT 1,
  title TEXT NOT NULL,
  sender_name TEXT NOT NULL,
  proposal_number_symbol TEXT NOT NULL,
  award_name TEXT NOT NULL,
  eligibility_code TEXT NOT NULL DEFAULT '',
  year INTEGER NOT NULL,
  received_number INTEGER,
  received_date TEXT,
  assignee_id BIGINT REFERENCES users(id),
  appraisal_note TEXT NOT NULL DEFAULT '',
  council_date TEXT,
  council_note TEXT NOT NULL DEFAULT '',
  decision_number INTEGER,
  decision_symbol TEXT NOT NULL DEFAULT '',
  decision_date TEXT,
  signer_name TEXT NOT NULL DEFAULT '',
  sent_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX submissions_decision ON submissions(decision_id);
CREATE INDEX submissions_queue ON submissions(receiver_unit_id, state, id);
CREATE INDEX submissions_receiver ON submissions(receiver_unit_id, id);

-- The list as sent: one row per nomination with the names of that moment,
-- the appraisal by the award type's rules (verdict met, not_met, missing or
-- '' when none) and the council's conclusion (agreed 1/0, NULL before).
CREATE TABLE submission_items (
  submission_id BIGINT NOT NULL REFERENCES submissions(id),
  nomination_id BIGINT NOT NULL REFERENCES nominations(id),
  ord INTEGER NOT NULL,
  subject TEXT NOT NULL,
  person_id BIGINT REFERENCES people(id),
  nominee_unit_id BIGINT REFERENCES units(id),
  name TEXT NOT NULL,
  position TEXT NOT NULL DEFAULT '',
  unit_name TEXT NOT NULL DEFAULT '',
  verdict TEXT NOT NULL DEFAULT '',
  verdict_reason TEXT NOT NULL DEFAULT '',
  agreed INTEGER,
  PRIMARY KEY (submission_id, nomination_id)
);

-- One row per sending: the sender's note and the dossier's SHA-256.
CREATE TABLE submission_rounds (
  submission_id BIGINT NOT NULL REFERENCES submissions(id),
  round INTEGER NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  dossier_sha256 TEXT NOT NULL,
  dossier_size BIGINT NOT NULL,
  sent_by BIGINT REFERENCES users(id),
  sent_at TEXT NOT NULL,
  PRIMARY KEY (submission_id, round)
);

-- kind: sent, received, assigned, appraised, returned, reviewed, decided.
CREATE TABLE submission_events (
  id {{pk}},
  submission_id BIGINT NOT NULL REFERENCES submissions(id),
  round INTEGER NOT NULL,
  kind TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  actor_id BIGINT REFERENCES users(id),
  actor_name TEXT NOT NULL DEFAULT '',
  at TEXT NOT NULL
);
CREATE INDEX submission_events_of ON submission_events(submission_id, id);
