-- 102: the unit head's approval of what the unit proposes in an annual review
-- (state 'pending' until then) - who approved it and when. Null for
-- nominations that went straight to the office.
ALTER TABLE nominations ADD COLUMN approved_by BIGINT REFERENCES users(id);
ALTER TABLE nominations ADD COLUMN approved_at TEXT;
