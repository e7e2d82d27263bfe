-- 080: the council's secret ballot, encrypted (issue 8; docs/architecture.md
-- "Secret ballot"). Replaces 006's in-place counters and HMAC receipts, which
-- let whoever held the database files (the SQLite -wal, PostgreSQL's dead
-- tuples) read every member's choice.
--
-- While a ballot is open, a member's choice on an item exists only as an
-- ElGamal ciphertext under the session's election key, whose secret is the
-- sum of the counting committee's shares and is never stored. Rows of the
-- ballot carry no member, no time and no order: they are keyed by random
-- values (the tracker, a hash of the ciphertexts; a random mark id). Nothing is
-- updated in place per vote. At the close the box is emptied into
-- published_ballots in tracker order, the per-item marks are reduced to "this
-- member voted in this session", and only the totals are decrypted, with
-- proofs published beside them.

-- The election key (hex ristretto255 point; '' until every committee member
-- has drawn a share) and a notice code for the session's page ('' or
-- 'reopened_after_upgrade').
ALTER TABLE council_sessions ADD COLUMN election_key TEXT NOT NULL DEFAULT '';
ALTER TABLE council_sessions ADD COLUMN notice TEXT NOT NULL DEFAULT '';

-- Whether members who do not vote on an item because of a conflict of
-- interest leave the threshold's base (the award type's ballot rule).
ALTER TABLE campaign_award_types ADD COLUMN recused_leave_base INTEGER NOT NULL DEFAULT 1;

-- What the close publishes per item: how many members were recused, and the
-- decryption of the agree total with its Chaum–Pedersen proof
-- (core::ballot::serialize_decryption; disagree = valid ballots − agree).
ALTER TABLE session_items ADD COLUMN recused INTEGER;
ALTER TABLE session_items ADD COLUMN agree_decryption TEXT NOT NULL DEFAULT '';

-- The counting committee (Ban kiểm phiếu): 2 or 3 present members named when
-- the ballot opens. share_point is the public point of the member's share
-- (hex); '' until the member has drawn it. The share itself is never stored.
CREATE TABLE ballot_committee (
  session_id BIGINT NOT NULL REFERENCES council_sessions(id) ON DELETE CASCADE,
  member_id BIGINT NOT NULL REFERENCES council_members(id),
  share_point TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (session_id, member_id)
);

-- Members who do not vote on an item: kind 'nominee' (the member is the
-- person nominated, found when the ballot opens) or 'declared' (a conflict of
-- interest the secretariat marked, with its reason).
CREATE TABLE session_recusals (
  item_id BIGINT NOT NULL REFERENCES session_items(id) ON DELETE CASCADE,
  member_id BIGINT NOT NULL REFERENCES council_members(id),
  kind TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (item_id, member_id)
);

-- The open ballot box: one row per member's ballot on an item, keyed by its
-- tracker (random to anyone without the ciphertexts' randomness).
CREATE TABLE ballot_box (
  tracker TEXT NOT NULL PRIMARY KEY,
  item_id BIGINT NOT NULL REFERENCES session_items(id) ON DELETE CASCADE,
  ballot TEXT NOT NULL
){{without_rowid}};
CREATE INDEX ballot_box_item ON ballot_box(item_id, tracker);

-- Who has voted on an item while the ballot is open (to refuse a second
-- ballot), keyed by a random id; never how.
CREATE TABLE ballot_marks (
  id TEXT NOT NULL PRIMARY KEY,
  item_id BIGINT NOT NULL REFERENCES session_items(id) ON DELETE CASCADE,
  member_id BIGINT NOT NULL REFERENCES council_members(id)
){{without_rowid}};
CREATE UNIQUE INDEX ballot_marks_member ON ballot_marks(item_id, member_id);

-- The ballots counted at the close, in tracker order, each with whether its
-- proofs held (a ballot whose proofs fail is counted as invalid).
CREATE TABLE published_ballots (
  item_id BIGINT NOT NULL REFERENCES session_items(id) ON DELETE CASCADE,
  tracker TEXT NOT NULL,
  ballot TEXT NOT NULL,
  valid INTEGER NOT NULL,
  PRIMARY KEY (item_id, tracker)
){{without_rowid}};

-- Members who voted in a closed session (the audit trail says the same).
CREATE TABLE session_voters (
  session_id BIGINT NOT NULL REFERENCES council_sessions(id) ON DELETE CASCADE,
  member_id BIGINT NOT NULL REFERENCES council_members(id),
  PRIMARY KEY (session_id, member_id)
){{without_rowid}};
CREATE INDEX session_voters_member ON session_voters(member_id, session_id);

-- Sessions closed under the old design keep their published totals; their
-- participation becomes session_voters. Open ballots cannot be carried over
-- (their counts were not encrypted): they go back to planned, with a notice
-- asking the secretariat to open them again; their old counts are discarded.
INSERT INTO session_voters (session_id, member_id)
  SELECT DISTINCT si.session_id, bp.member_id
  FROM ballot_participation bp
  JOIN session_items si ON si.id = bp.item_id
  JOIN council_sessions s ON s.id = si.session_id
  WHERE s.state = 'closed';
UPDATE council_sessions SET state = 'planned', opened_at = NULL, members_total = 0,
  notice = 'reopened_after_upgrade' WHERE state = 'voting';
DROP TABLE ballot_receipts;
DROP TABLE ballot_tallies;
DROP TABLE ballot_participation;
ALTER TABLE council_sessions DROP COLUMN ballot_salt;
