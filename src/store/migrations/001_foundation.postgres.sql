-- 001 (PostgreSQL): the audit trail is append-only.
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'audit_log is append-only'; END; $$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
-- Sort keys and folded names are compared bytewise on both engines.
DROP INDEX people_sort;
DROP INDEX people_unit_sort;
DROP INDEX person_name_index_suffix;
ALTER TABLE people ALTER COLUMN sort_key TYPE TEXT COLLATE "C";
ALTER TABLE people ALTER COLUMN name_folded TYPE TEXT COLLATE "C";
ALTER TABLE people ALTER COLUMN unit_path TYPE TEXT COLLATE "C";
ALTER TABLE person_name_index ALTER COLUMN suffix TYPE TEXT COLLATE "C";
ALTER TABLE units ALTER COLUMN path TYPE TEXT COLLATE "C";
CREATE INDEX people_sort ON people(sort_key, id);
CREATE INDEX people_unit_sort ON people(unit_path, sort_key, id);
CREATE INDEX person_name_index_suffix ON person_name_index(suffix, person_id);
