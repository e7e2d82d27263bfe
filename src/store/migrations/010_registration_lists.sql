-- 010: registration lists of a campaign, newest first, whole or by state,
-- walk an index and stop at the page's LIMIT (registrations, package reg).
CREATE INDEX registrations_campaign ON registrations(campaign_id, id);
CREATE INDEX registrations_campaign_state ON registrations(campaign_id, state, id);
