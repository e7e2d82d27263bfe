-- 121 (SQLite): the units counter, once per row written.
CREATE TRIGGER units_changed_insert AFTER INSERT ON units BEGIN
  UPDATE change_counters SET counter = counter + 1 WHERE name = 'units';
END;
CREATE TRIGGER units_changed_update AFTER UPDATE ON units BEGIN
  UPDATE change_counters SET counter = counter + 1 WHERE name = 'units';
END;
CREATE TRIGGER units_changed_delete AFTER DELETE ON units BEGIN
  UPDATE change_counters SET counter = counter + 1 WHERE name = 'units';
END;
