-- 094: the award register holds the agency's past beside what thidua issues
-- (issue 11). source: 'issued' (a decision made here) or 'imported' (recorded
-- from the agency's files); level of the granting authority: '' (not stated),
-- 'base', 'province', 'national'; occasion: 'annual' (an annual title) or
-- 'campaign'; campaign_title: a recorded campaign's name when it is not one of
-- thidua's. granted_by_folded and award_folded (core::fold) serve the search by
-- authority and by award; existing rows get them (and any missing
-- recipient_folded) from the data step
-- that runs with this migration (store/migrations.cc).
ALTER TABLE awards ADD COLUMN source TEXT NOT NULL DEFAULT 'issued';
ALTER TABLE awards ADD COLUMN level TEXT NOT NULL DEFAULT '';
ALTER TABLE awards ADD COLUMN occasion TEXT NOT NULL DEFAULT 'campaign';
ALTER TABLE awards ADD COLUMN campaign_title TEXT NOT NULL DEFAULT '';
ALTER TABLE awards ADD COLUMN granted_by_folded TEXT NOT NULL DEFAULT '';
ALTER TABLE awards ADD COLUMN award_folded TEXT NOT NULL DEFAULT '';
-- Collective awards of a unit by year (duplicate checks, a unit's history).
CREATE INDEX awards_collective ON awards(subject, unit_id, year);
CREATE INDEX awards_granted_by ON awards(granted_by_folded, year);
