-- 121 (PostgreSQL): the units counter, once per statement that writes units
-- (TRUNCATE included).
CREATE FUNCTION units_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE change_counters SET counter = counter + 1 WHERE name = 'units';
  RETURN NULL;
END; $$;
CREATE TRIGGER units_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON units
FOR EACH STATEMENT EXECUTE FUNCTION units_changed();
