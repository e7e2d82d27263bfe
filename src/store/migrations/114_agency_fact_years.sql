-- 114: the declarations of complete records belong to one agency (a top
-- unit): the office of each agency speaks for its own records, never for
-- another agency's. Each declaration made before speaks for every agency
-- of the deployment, so it is copied to every top unit (open or closed).
CREATE TABLE agency_fact_years (
  agency_id BIGINT NOT NULL REFERENCES units(id),
  kind TEXT NOT NULL,
  year INTEGER NOT NULL,
  declared_by BIGINT REFERENCES users(id),
  declared_at TEXT NOT NULL,
  PRIMARY KEY (agency_id, kind, year)
);
INSERT INTO agency_fact_years (agency_id, kind, year, declared_by, declared_at)
  SELECT u.id, f.kind, f.year, f.declared_by, f.declared_at
  FROM fact_years f CROSS JOIN units u WHERE u.parent_id IS NULL;
DROP TABLE fact_years;
