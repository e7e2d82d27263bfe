-- 070: the secretariat dashboard's figures kept as counters, so that reading
-- them costs a row per unit instead of a scan of every person, registration
-- and target of the campaign (docs/performance.md). The triggers in
-- 070_dashboard_counters.sqlite.sql / .postgres.sql keep every counter equal
-- to a recount of the rows it counts (the *_recount views below), on each
-- insert, update and delete; store::campaign_progress reads them.
-- Writers must use plain statements on the counted tables: TRUNCATE and, on
-- PostgreSQL, a statement with several data-changing WITH parts touching a
-- registration and its targets pass around the row triggers.

-- People per unit path (people.unit_path), whatever the campaign.
CREATE TABLE unit_path_people (
  unit_path TEXT PRIMARY KEY,
  people BIGINT NOT NULL
);

-- Per campaign and registering unit (registrations.unit_id, difficulties.unit_id):
--   registered        individual registrations submitted or approved;
--   pending           registrations submitted and awaiting approval;
--   targets           targets of submitted or approved registrations,
--   percent_sum       and the sum of their progress_percent;
--   open_difficulties difficulties not answered yet.
CREATE TABLE campaign_unit_figures (
  campaign_id BIGINT NOT NULL,
  unit_id BIGINT NOT NULL,
  registered BIGINT NOT NULL DEFAULT 0,
  pending BIGINT NOT NULL DEFAULT 0,
  targets BIGINT NOT NULL DEFAULT 0,
  percent_sum BIGINT NOT NULL DEFAULT 0,
  open_difficulties BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (campaign_id, unit_id)
);

-- The same figures counted again from the rows themselves: each dialect file
-- fills the counters from these (after taking what locks it needs), and an
-- operator can compare the two at any time (docs/operations.md).
CREATE VIEW unit_path_people_recount AS
SELECT unit_path, COUNT(*) AS people FROM people GROUP BY unit_path;

CREATE VIEW campaign_unit_figures_recount AS
SELECT campaign_id, unit_id, SUM(registered) AS registered, SUM(pending) AS pending, SUM(targets) AS targets,
       SUM(percent_sum) AS percent_sum, SUM(open_difficulties) AS open_difficulties
FROM (
  SELECT campaign_id, unit_id,
         SUM(CASE WHEN person_id IS NOT NULL AND state IN ('submitted', 'approved') THEN 1 ELSE 0 END) AS registered,
         SUM(CASE WHEN state = 'submitted' THEN 1 ELSE 0 END) AS pending,
         0 AS targets, 0 AS percent_sum, 0 AS open_difficulties
  FROM registrations GROUP BY campaign_id, unit_id
  UNION ALL
  SELECT r.campaign_id, r.unit_id, 0, 0, COUNT(*), SUM(t.progress_percent), 0
  FROM registrations r JOIN registration_targets t ON t.registration_id = r.id
  WHERE r.state IN ('submitted', 'approved') GROUP BY r.campaign_id, r.unit_id
  UNION ALL
  SELECT campaign_id, unit_id, 0, 0, 0, 0, COUNT(*)
  FROM difficulties WHERE answered_at IS NULL GROUP BY campaign_id, unit_id
) parts
GROUP BY campaign_id, unit_id;
