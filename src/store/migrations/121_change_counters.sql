-- 121: a counter per table whose rows the servers keep in memory between
-- requests (app/unit_tree_cache.h). The triggers of 121_change_counters.sqlite.sql
-- and .postgres.sql add one on every insert, update and delete, whichever
-- server or command wrote, so that a server can tell by reading one row
-- whether what it holds is still current.
CREATE TABLE change_counters (
  name TEXT PRIMARY KEY,
  counter BIGINT NOT NULL
);
INSERT INTO change_counters (name, counter) VALUES ('units', 0);
