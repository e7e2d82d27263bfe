-- 050: what the council's ballot needs beyond 006: a per-session salt for
-- ballot receipts (drawn when voting opens) and the indexes of its lists.
ALTER TABLE council_sessions ADD COLUMN ballot_salt TEXT NOT NULL DEFAULT '';
CREATE INDEX council_members_by_user ON council_members(user_id, council_id);
CREATE INDEX session_items_by_nomination ON session_items(nomination_id);
CREATE INDEX session_items_order ON session_items(session_id, ord);
CREATE INDEX ballot_participation_member ON ballot_participation(member_id, item_id);
