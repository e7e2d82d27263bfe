-- 109: the work list of the home page (issue 13, store/work_list.h) counts
-- the registrations in one state of each active campaign under the actor's
-- units: the state before the unit, so the count reads a narrow range.
CREATE INDEX registrations_state ON registrations(campaign_id, state, unit_id);
