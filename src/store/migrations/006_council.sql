-- 006: nominations (đề nghị khen thưởng), the emulation and commendation
-- council (Hội đồng TĐKT), its sessions and the secret ballot (domain.md §3,
-- steps 4–5; legal.md §3).
--
-- Ballot secrecy: who voted (ballot_participation) and what was voted
-- (ballot_tallies, counters) are kept apart, and nothing stores a member next
-- to a choice. A vote adds one to a counter in place; no row per choice
-- exists, so no row order or timestamp can link it to a member. Receipts
-- (ballot_receipts) are derived from a server secret, the member and the item,
-- and prove only that a member's ballot was counted, not how.

-- nominee: subject 'collective' (nominee_unit_id) or 'individual' (person_id);
-- subject_key 'u:<id>' / 'p:<id>' is unique per campaign and award type.
-- state: submitted, returned, accepted, passed, failed, decided, proposed,
-- granted, refused.
CREATE TABLE nominations (
  id {{pk}},
  campaign_id BIGINT NOT NULL REFERENCES campaigns(id),
  award_type_id BIGINT NOT NULL REFERENCES campaign_award_types(id),
  unit_id BIGINT NOT NULL REFERENCES units(id),
  subject TEXT NOT NULL,
  person_id BIGINT REFERENCES people(id),
  nominee_unit_id BIGINT REFERENCES units(id),
  subject_key TEXT NOT NULL,
  registration_id BIGINT REFERENCES registrations(id),
  report TEXT NOT NULL DEFAULT '',
  report_sha256 TEXT REFERENCES files(sha256),
  report_file_name TEXT NOT NULL DEFAULT '',
  state TEXT NOT NULL,
  return_reason TEXT NOT NULL DEFAULT '',
  submitted_by BIGINT REFERENCES users(id),
  submitted_at TEXT NOT NULL,
  reviewed_by BIGINT REFERENCES users(id),
  reviewed_at TEXT,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX nominations_subject ON nominations(campaign_id, award_type_id, subject_key);
CREATE INDEX nominations_unit ON nominations(campaign_id, unit_id, state);
CREATE INDEX nominations_state ON nominations(campaign_id, state, id);

-- What the unit attests for each criterion verified by attestation.
CREATE TABLE nomination_attestations (
  nomination_id BIGINT NOT NULL REFERENCES nominations(id) ON DELETE CASCADE,
  criterion_id BIGINT NOT NULL REFERENCES campaign_criteria(id),
  note TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (nomination_id, criterion_id)
);

-- The council of an agency; members with their role in it.
CREATE TABLE councils (
  id {{pk}},
  unit_id BIGINT NOT NULL REFERENCES units(id),
  name TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX councils_unit ON councils(unit_id);

-- role: chair (Chủ tịch), vice_chair, secretary (Thư ký), member.
CREATE TABLE council_members (
  id {{pk}},
  council_id BIGINT NOT NULL REFERENCES councils(id),
  user_id BIGINT NOT NULL REFERENCES users(id),
  full_name TEXT NOT NULL,
  position TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX council_members_user ON council_members(council_id, user_id);

-- A session (phiên họp). state: planned, voting, closed. members_total is the
-- active membership when voting opened.
CREATE TABLE council_sessions (
  id {{pk}},
  campaign_id BIGINT NOT NULL REFERENCES campaigns(id),
  council_id BIGINT NOT NULL REFERENCES councils(id),
  held_on TEXT NOT NULL,
  place TEXT NOT NULL DEFAULT '',
  state TEXT NOT NULL,
  members_total INTEGER NOT NULL DEFAULT 0,
  opened_at TEXT,
  closed_at TEXT,
  created_by BIGINT REFERENCES users(id),
  created_at TEXT NOT NULL
);
CREATE INDEX council_sessions_campaign ON council_sessions(campaign_id, id);

CREATE TABLE session_attendance (
  session_id BIGINT NOT NULL REFERENCES council_sessions(id) ON DELETE CASCADE,
  member_id BIGINT NOT NULL REFERENCES council_members(id),
  present INTEGER NOT NULL,
  PRIMARY KEY (session_id, member_id)
);

-- The nominations put to the ballot; the outcome columns are filled when the
-- ballot closes (never before).
CREATE TABLE session_items (
  id {{pk}},
  session_id BIGINT NOT NULL REFERENCES council_sessions(id) ON DELETE CASCADE,
  nomination_id BIGINT NOT NULL REFERENCES nominations(id),
  ord INTEGER NOT NULL,
  agree INTEGER,
  disagree INTEGER,
  invalid INTEGER,
  required_agree INTEGER,
  passed INTEGER
);
CREATE UNIQUE INDEX session_items_nomination ON session_items(session_id, nomination_id);

-- Who has voted on an item (to refuse a second vote), never how.
CREATE TABLE ballot_participation (
  item_id BIGINT NOT NULL REFERENCES session_items(id) ON DELETE CASCADE,
  member_id BIGINT NOT NULL REFERENCES council_members(id),
  PRIMARY KEY (item_id, member_id)
);

-- The running count of an open ballot, updated in place; read only once the
-- ballot is closed.
CREATE TABLE ballot_tallies (
  item_id BIGINT PRIMARY KEY REFERENCES session_items(id) ON DELETE CASCADE,
  agree INTEGER NOT NULL DEFAULT 0,
  disagree INTEGER NOT NULL DEFAULT 0,
  invalid INTEGER NOT NULL DEFAULT 0
);

-- Receipts of counted ballots (see the header).
CREATE TABLE ballot_receipts (
  item_id BIGINT NOT NULL REFERENCES session_items(id) ON DELETE CASCADE,
  receipt TEXT NOT NULL,
  PRIMARY KEY (item_id, receipt)
);
