-- 091: a true check of the dashboard's counters (issue 9 #11). The recount
-- view of 070 had an all-zero row for each unit whose registrations were all
-- drafts, which the counter table never holds, so the check documented in
-- docs/operations.md reported drift on a healthy database. A unit with
-- nothing to count now has no row in either place that matters: the recount
-- leaves out all-zero rows, and counter_drift compares only rows with a
-- figure other than zero, in both directions. It must be empty.
DROP VIEW campaign_unit_figures_recount;
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
GROUP BY campaign_id, unit_id
HAVING SUM(registered) <> 0 OR SUM(pending) <> 0 OR SUM(targets) <> 0 OR SUM(percent_sum) <> 0
    OR SUM(open_difficulties) <> 0;

-- Every difference between the counters and a recount: 'campaign_unit' rows
-- name (campaign_id, unit_id), 'unit_path' rows name the path in `unit_path`;
-- `source` says which side has the row ('counter' or 'recount'). Empty on a
-- healthy database.
CREATE VIEW counter_drift AS
SELECT 'campaign_unit' AS kind, 'recount' AS source, campaign_id, unit_id, '' AS unit_path,
       registered, pending, targets, percent_sum, open_difficulties, 0 AS people
FROM (
  SELECT campaign_id, unit_id, registered, pending, targets, percent_sum, open_difficulties
  FROM campaign_unit_figures_recount
  EXCEPT
  SELECT campaign_id, unit_id, registered, pending, targets, percent_sum, open_difficulties
  FROM campaign_unit_figures
) a
UNION ALL
SELECT 'campaign_unit', 'counter', campaign_id, unit_id, '', registered, pending, targets, percent_sum,
       open_difficulties, 0
FROM (
  SELECT campaign_id, unit_id, registered, pending, targets, percent_sum, open_difficulties
  FROM campaign_unit_figures
  WHERE registered <> 0 OR pending <> 0 OR targets <> 0 OR percent_sum <> 0 OR open_difficulties <> 0
  EXCEPT
  SELECT campaign_id, unit_id, registered, pending, targets, percent_sum, open_difficulties
  FROM campaign_unit_figures_recount
) b
UNION ALL
SELECT 'unit_path', 'recount', 0, 0, unit_path, 0, 0, 0, 0, 0, people
FROM (
  SELECT unit_path, people FROM unit_path_people_recount
  EXCEPT
  SELECT unit_path, people FROM unit_path_people
) c
UNION ALL
SELECT 'unit_path', 'counter', 0, 0, unit_path, 0, 0, 0, 0, 0, people
FROM (
  SELECT unit_path, people FROM unit_path_people WHERE people <> 0
  EXCEPT
  SELECT unit_path, people FROM unit_path_people_recount
) d;
