-- 070 (PostgreSQL): the triggers keeping unit_path_people and
-- campaign_unit_figures. Each change subtracts the old row's contribution and
-- adds the new row's; a change that moves no counter writes nothing, so that
-- drafts and edits do not queue on the unit's counter row.
ALTER TABLE unit_path_people ALTER COLUMN unit_path TYPE TEXT COLLATE "C";  -- ranges compared bytewise, as people.unit_path

-- The counters of the rows already stored. The lock keeps writers out until
-- the triggers exist (to the end of the migration's transaction), so no row
-- written meanwhile is missed.
LOCK TABLE people, registrations, registration_targets, difficulties IN SHARE ROW EXCLUSIVE MODE;
INSERT INTO unit_path_people (unit_path, people) SELECT unit_path, people FROM unit_path_people_recount;
INSERT INTO campaign_unit_figures (campaign_id, unit_id, registered, pending, targets, percent_sum, open_difficulties)
SELECT campaign_id, unit_id, registered, pending, targets, percent_sum, open_difficulties
FROM campaign_unit_figures_recount;

CREATE FUNCTION unit_path_people_add(p TEXT, d BIGINT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO unit_path_people AS c (unit_path, people) VALUES (p, d)
  ON CONFLICT (unit_path) DO UPDATE SET people = c.people + EXCLUDED.people;
END; $$;

CREATE FUNCTION people_count_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM unit_path_people_add(OLD.unit_path, -1); END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN PERFORM unit_path_people_add(NEW.unit_path, 1); END IF;
  RETURN NULL;
END; $$;
CREATE TRIGGER people_count_insert_delete AFTER INSERT OR DELETE ON people
FOR EACH ROW EXECUTE FUNCTION people_count_trigger();
CREATE TRIGGER people_count_move AFTER UPDATE OF unit_path ON people
FOR EACH ROW WHEN (OLD.unit_path IS DISTINCT FROM NEW.unit_path) EXECUTE FUNCTION people_count_trigger();

CREATE FUNCTION campaign_unit_figures_add(c BIGINT, u BIGINT, d_registered BIGINT, d_pending BIGINT,
                                          d_targets BIGINT, d_percent_sum BIGINT, d_open BIGINT)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF d_registered = 0 AND d_pending = 0 AND d_targets = 0 AND d_percent_sum = 0 AND d_open = 0 THEN
    RETURN;
  END IF;
  INSERT INTO campaign_unit_figures AS f (campaign_id, unit_id, registered, pending, targets, percent_sum,
                                          open_difficulties)
  VALUES (c, u, d_registered, d_pending, d_targets, d_percent_sum, d_open)
  ON CONFLICT (campaign_id, unit_id) DO UPDATE SET
    registered = f.registered + EXCLUDED.registered, pending = f.pending + EXCLUDED.pending,
    targets = f.targets + EXCLUDED.targets, percent_sum = f.percent_sum + EXCLUDED.percent_sum,
    open_difficulties = f.open_difficulties + EXCLUDED.open_difficulties;
END; $$;

-- A registration's contribution (with its targets while submitted or approved), times sign.
CREATE FUNCTION registration_figures_add(r registrations, sign BIGINT) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  counted BOOLEAN := r.state IN ('submitted', 'approved');
  n BIGINT := 0;
  s BIGINT := 0;
BEGIN
  IF counted THEN
    SELECT COUNT(*), COALESCE(SUM(progress_percent), 0) INTO n, s
    FROM registration_targets WHERE registration_id = r.id;
  END IF;
  PERFORM campaign_unit_figures_add(r.campaign_id, r.unit_id,
                                    sign * (CASE WHEN counted AND r.person_id IS NOT NULL THEN 1 ELSE 0 END),
                                    sign * (CASE WHEN r.state = 'submitted' THEN 1 ELSE 0 END),
                                    sign * n, sign * s, 0);
END; $$;

CREATE FUNCTION registration_figures_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    -- Before a registration goes, its targets go (leaving the counts through
    -- their own trigger while the registration is still there).
    DELETE FROM registration_targets WHERE registration_id = OLD.id;
    PERFORM registration_figures_add(OLD, -1);
    RETURN OLD;
  END IF;
  IF TG_OP = 'UPDATE' THEN PERFORM registration_figures_add(OLD, -1); END IF;
  PERFORM registration_figures_add(NEW, 1);
  RETURN NULL;
END; $$;
CREATE TRIGGER registration_figures_insert AFTER INSERT ON registrations
FOR EACH ROW EXECUTE FUNCTION registration_figures_trigger();
CREATE TRIGGER registration_figures_update AFTER UPDATE OF campaign_id, unit_id, person_id, state ON registrations
FOR EACH ROW EXECUTE FUNCTION registration_figures_trigger();
CREATE TRIGGER registration_figures_delete BEFORE DELETE ON registrations
FOR EACH ROW EXECUTE FUNCTION registration_figures_trigger();

-- A target counts while its registration is submitted or approved.
CREATE FUNCTION target_figures_add(reg_id BIGINT, percent BIGINT, sign BIGINT) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  r registrations;
BEGIN
  SELECT * INTO r FROM registrations WHERE id = reg_id;
  IF FOUND AND r.state IN ('submitted', 'approved') THEN
    PERFORM campaign_unit_figures_add(r.campaign_id, r.unit_id, 0, 0, sign, sign * percent, 0);
  END IF;
END; $$;

CREATE FUNCTION target_figures_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM target_figures_add(OLD.registration_id, OLD.progress_percent, -1); END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN PERFORM target_figures_add(NEW.registration_id, NEW.progress_percent, 1); END IF;
  RETURN NULL;
END; $$;
CREATE TRIGGER target_figures_insert_delete AFTER INSERT OR DELETE ON registration_targets
FOR EACH ROW EXECUTE FUNCTION target_figures_trigger();
CREATE TRIGGER target_figures_update AFTER UPDATE OF registration_id, progress_percent ON registration_targets
FOR EACH ROW EXECUTE FUNCTION target_figures_trigger();

-- A difficulty counts until answered.
CREATE FUNCTION difficulty_figures_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.answered_at IS NULL THEN
    PERFORM campaign_unit_figures_add(OLD.campaign_id, OLD.unit_id, 0, 0, 0, 0, -1);
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.answered_at IS NULL THEN
    PERFORM campaign_unit_figures_add(NEW.campaign_id, NEW.unit_id, 0, 0, 0, 0, 1);
  END IF;
  RETURN NULL;
END; $$;
CREATE TRIGGER difficulty_figures_insert_delete AFTER INSERT OR DELETE ON difficulties
FOR EACH ROW EXECUTE FUNCTION difficulty_figures_trigger();
CREATE TRIGGER difficulty_figures_update AFTER UPDATE OF campaign_id, unit_id, answered_at ON difficulties
FOR EACH ROW EXECUTE FUNCTION difficulty_figures_trigger();
