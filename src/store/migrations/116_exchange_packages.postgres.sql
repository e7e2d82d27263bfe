-- 116 on PostgreSQL: the rows kept their ids, so each identity continues
-- after the highest one.
SELECT setval(pg_get_serial_sequence('submissions', 'id'), COALESCE((SELECT MAX(id) FROM submissions), 0) + 1, false);
SELECT setval(pg_get_serial_sequence('submission_events', 'id'),
              COALESCE((SELECT MAX(id) FROM submission_events), 0) + 1, false);
