-- 116: proposals that travel between deployments as exchange packages
-- (issue 14 #3, app/exchange.h). A submission now has an origin: 'local'
-- (sent inside this deployment, as before) or 'exchange' (imported from a
-- package of another deployment: no local proposal, sender unit or
-- nominations, only the sending agency's code and name, the proposal's
-- reference in the sender's system and the list as the package gave it).
-- SQLite cannot drop a NOT NULL or a foreign key in place, so the four
-- submission tables are made anew with the same rows and ids, the old ones
-- dropped children first and the new ones renamed (the same SQL on both engines).
CREATE TABLE submissions_new (
  id {{pk}},
  origin TEXT NOT NULL DEFAULT 'local',
  decision_id BIGINT REFERENCES decisions(id),
  sender_unit_id BIGINT REFERENCES units(id),
  sender_code TEXT NOT NULL DEFAULT '',
  external_ref TEXT NOT NULL DEFAULT '',
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
  version INTEGER NOT NULL DEFAULT 1,
  decision_authority TEXT NOT NULL DEFAULT '',
  decision_grounds TEXT NOT NULL DEFAULT '',
  campaign_title TEXT NOT NULL DEFAULT '',
  CHECK ((origin = 'local' AND decision_id IS NOT NULL AND sender_unit_id IS NOT NULL)
         OR (origin = 'exchange' AND decision_id IS NULL AND sender_code <> '' AND external_ref <> ''))
);
INSERT INTO submissions_new (id, origin, decision_id, sender_unit_id, receiver_unit_id, state, round, title,
  sender_name, proposal_number_symbol, award_name, eligibility_code, year, received_number, received_date,
  assignee_id, appraisal_note, council_date, council_note, decision_number, decision_symbol, decision_date,
  signer_name, sent_at, updated_at, version, decision_authority, decision_grounds, campaign_title)
SELECT id, 'local', decision_id, sender_unit_id, receiver_unit_id, state, round, title, sender_name,
  proposal_number_symbol, award_name, eligibility_code, year, received_number, received_date, assignee_id,
  appraisal_note, council_date, council_note, decision_number, decision_symbol, decision_date, signer_name,
  sent_at, updated_at, version, decision_authority, decision_grounds, campaign_title
FROM submissions;

-- nomination_id: a nomination of this deployment for a local submission, the
-- sender's own number of the nominee for an imported one (no foreign key).
CREATE TABLE submission_items_new (
  submission_id BIGINT NOT NULL REFERENCES submissions_new(id),
  nomination_id BIGINT NOT NULL,
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
INSERT INTO submission_items_new SELECT submission_id, nomination_id, ord, subject, person_id, nominee_unit_id,
  name, position, unit_name, verdict, verdict_reason, agreed FROM submission_items;

CREATE TABLE submission_rounds_new (
  submission_id BIGINT NOT NULL REFERENCES submissions_new(id),
  round INTEGER NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  dossier_sha256 TEXT NOT NULL,
  dossier_size BIGINT NOT NULL,
  sent_by BIGINT REFERENCES users(id),
  sent_at TEXT NOT NULL,
  PRIMARY KEY (submission_id, round)
);
INSERT INTO submission_rounds_new SELECT submission_id, round, note, dossier_sha256, dossier_size, sent_by, sent_at
FROM submission_rounds;

CREATE TABLE submission_events_new (
  id {{pk}},
  submission_id BIGINT NOT NULL REFERENCES submissions_new(id),
  round INTEGER NOT NULL,
  kind TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  actor_id BIGINT REFERENCES users(id),
  actor_name TEXT NOT NULL DEFAULT '',
  at TEXT NOT NULL
);
INSERT INTO submission_events_new (id, submission_id, round, kind, note, actor_id, actor_name, at)
SELECT id, submission_id, round, kind, note, actor_id, actor_name, at FROM submission_events;

DROP TABLE submission_events;
DROP TABLE submission_rounds;
DROP TABLE submission_items;
DROP TABLE submissions;
ALTER TABLE submissions_new RENAME TO submissions;
ALTER TABLE submission_items_new RENAME TO submission_items;
ALTER TABLE submission_rounds_new RENAME TO submission_rounds;
ALTER TABLE submission_events_new RENAME TO submission_events;

CREATE UNIQUE INDEX submissions_decision ON submissions(decision_id);
CREATE UNIQUE INDEX submissions_external ON submissions(sender_code, external_ref, receiver_unit_id)
  WHERE origin = 'exchange';
CREATE INDEX submissions_queue ON submissions(receiver_unit_id, state, id);
CREATE INDEX submissions_receiver ON submissions(receiver_unit_id, id);
CREATE INDEX submissions_assignee ON submissions(assignee_id, id);
CREATE INDEX submission_events_of ON submission_events(submission_id, id);

-- Every exchange package made here (direction 'out') or taken in ('in'):
-- its id (a UUID from the manifest), kind (proposal or answer), the pair of
-- agency codes and the sender's sequence number for that pair, the SHA-256 of
-- its manifest and of the whole package (kept in the file store), and what
-- it is about here: the local proposal (decision_id) of a proposal sent or
-- an answer taken in, the submission of a proposal taken in or an answer
-- made. Each names the proposal's reference at its sender and the round,
-- an answer also the proposal package it answers (refers_to) and its outcome
-- (decided or returned) with the reason of a return (note), the other
-- agency's name (counterpart_name: whose certificate must sign what comes
-- back) and the signing certificate's name of a package taken in. A sender's sequence for a pair is never used twice.
CREATE TABLE exchange_packages (
  id {{pk}},
  package_id TEXT NOT NULL,
  direction TEXT NOT NULL,
  kind TEXT NOT NULL,
  sender_code TEXT NOT NULL,
  receiver_code TEXT NOT NULL,
  sequence BIGINT NOT NULL,
  manifest_sha256 TEXT NOT NULL,
  package_sha256 TEXT NOT NULL,
  package_size BIGINT NOT NULL,
  decision_id BIGINT REFERENCES decisions(id),
  submission_id BIGINT REFERENCES submissions(id),
  refers_to TEXT NOT NULL DEFAULT '',
  reference TEXT NOT NULL DEFAULT '',
  round INTEGER NOT NULL DEFAULT 1,
  outcome TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  counterpart_name TEXT NOT NULL DEFAULT '',
  signer TEXT NOT NULL DEFAULT '',
  created_by BIGINT REFERENCES users(id),
  created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX exchange_packages_id ON exchange_packages(direction, package_id);
CREATE UNIQUE INDEX exchange_packages_pair ON exchange_packages(direction, sender_code, receiver_code, sequence);
CREATE INDEX exchange_packages_decision ON exchange_packages(decision_id);
CREATE INDEX exchange_packages_submission ON exchange_packages(submission_id);
