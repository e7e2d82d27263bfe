-- 060: the award history searched by name and year (/khen-thuong): the
-- recipient's folded name (core::fold) and an index per year; decisions listed
-- per campaign and state for the public results.
ALTER TABLE awards ADD COLUMN recipient_folded TEXT NOT NULL DEFAULT '';
CREATE INDEX awards_year ON awards(year, id);
CREATE INDEX awards_decision ON awards(decision_id, id);
CREATE INDEX decisions_campaign_state ON decisions(campaign_id, state, id);
