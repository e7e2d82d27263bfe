-- 070 (SQLite): the triggers keeping unit_path_people and campaign_unit_figures.
-- Each change subtracts the old row's contribution and adds the new row's. The
-- shared steps are written once, as SQLite's stand-in for a function: a view
-- that never holds a row, whose INSTEAD OF INSERT trigger does the work (the
-- PostgreSQL file has the same steps as PL/pgSQL functions of the same names).
-- A change that moves no counter writes nothing. The migration runs in a write
-- transaction (BEGIN IMMEDIATE), so no writer comes between the fill and the
-- triggers.

-- The counters of the rows already stored.
INSERT INTO unit_path_people (unit_path, people) SELECT unit_path, people FROM unit_path_people_recount;
INSERT INTO campaign_unit_figures (campaign_id, unit_id, registered, pending, targets, percent_sum, open_difficulties)
SELECT campaign_id, unit_id, registered, pending, targets, percent_sum, open_difficulties
FROM campaign_unit_figures_recount;

-- unit_path_people_add(unit_path, people): adds to a unit path's count.
CREATE VIEW unit_path_people_add (unit_path, people) AS
SELECT unit_path, people FROM unit_path_people WHERE 0;
CREATE TRIGGER unit_path_people_add INSTEAD OF INSERT ON unit_path_people_add BEGIN
  INSERT INTO unit_path_people (unit_path, people) SELECT NEW.unit_path, NEW.people WHERE NEW.people <> 0
  ON CONFLICT (unit_path) DO UPDATE SET people = people + excluded.people;
END;

-- campaign_unit_figures_add(campaign_id, unit_id, deltas...): adds to a campaign unit's counters.
CREATE VIEW campaign_unit_figures_add (campaign_id, unit_id, registered, pending, targets, percent_sum,
                                       open_difficulties) AS
SELECT campaign_id, unit_id, registered, pending, targets, percent_sum, open_difficulties
FROM campaign_unit_figures WHERE 0;
CREATE TRIGGER campaign_unit_figures_add INSTEAD OF INSERT ON campaign_unit_figures_add BEGIN
  INSERT INTO campaign_unit_figures (campaign_id, unit_id, registered, pending, targets, percent_sum,
                                     open_difficulties)
  SELECT NEW.campaign_id, NEW.unit_id, NEW.registered, NEW.pending, NEW.targets, NEW.percent_sum,
         NEW.open_difficulties
  WHERE NEW.registered <> 0 OR NEW.pending <> 0 OR NEW.targets <> 0 OR NEW.percent_sum <> 0
     OR NEW.open_difficulties <> 0
  ON CONFLICT (campaign_id, unit_id) DO UPDATE SET
    registered = registered + excluded.registered, pending = pending + excluded.pending,
    targets = targets + excluded.targets, percent_sum = percent_sum + excluded.percent_sum,
    open_difficulties = open_difficulties + excluded.open_difficulties;
END;

-- registration_figures_add(registration, sign): a registration's contribution,
-- with its targets while it is submitted or approved, times sign.
CREATE VIEW registration_figures_add (id, campaign_id, unit_id, person_id, state, sign) AS
SELECT id, campaign_id, unit_id, person_id, state, 0 FROM registrations WHERE 0;
CREATE TRIGGER registration_figures_add INSTEAD OF INSERT ON registration_figures_add BEGIN
  INSERT INTO campaign_unit_figures_add
  SELECT NEW.campaign_id, NEW.unit_id,
         NEW.sign * (NEW.person_id IS NOT NULL AND NEW.state IN ('submitted', 'approved')),
         NEW.sign * (NEW.state = 'submitted'),
         CASE WHEN NEW.state IN ('submitted', 'approved') THEN NEW.sign * COUNT(*) ELSE 0 END,
         CASE WHEN NEW.state IN ('submitted', 'approved')
              THEN NEW.sign * COALESCE(SUM(progress_percent), 0) ELSE 0 END,
         0
  FROM registration_targets WHERE registration_id = NEW.id;
END;

-- target_figures_add(registration_id, percent, sign): a target counts while its
-- registration is submitted or approved.
CREATE VIEW target_figures_add (registration_id, percent, sign) AS
SELECT registration_id, progress_percent, 0 FROM registration_targets WHERE 0;
CREATE TRIGGER target_figures_add INSTEAD OF INSERT ON target_figures_add BEGIN
  INSERT INTO campaign_unit_figures_add
  SELECT campaign_id, unit_id, 0, 0, NEW.sign, NEW.sign * NEW.percent, 0 FROM registrations
  WHERE id = NEW.registration_id AND state IN ('submitted', 'approved');
END;

-- People.
CREATE TRIGGER people_count_insert AFTER INSERT ON people BEGIN
  INSERT INTO unit_path_people_add VALUES (NEW.unit_path, 1);
END;
CREATE TRIGGER people_count_delete AFTER DELETE ON people BEGIN
  INSERT INTO unit_path_people_add VALUES (OLD.unit_path, -1);
END;
CREATE TRIGGER people_count_move AFTER UPDATE OF unit_path ON people
WHEN NEW.unit_path IS NOT OLD.unit_path BEGIN
  INSERT INTO unit_path_people_add VALUES (OLD.unit_path, -1);
  INSERT INTO unit_path_people_add VALUES (NEW.unit_path, 1);
END;

-- Registrations.
CREATE TRIGGER registration_figures_insert AFTER INSERT ON registrations BEGIN
  INSERT INTO registration_figures_add VALUES (NEW.id, NEW.campaign_id, NEW.unit_id, NEW.person_id, NEW.state, 1);
END;
CREATE TRIGGER registration_figures_update AFTER UPDATE OF campaign_id, unit_id, person_id, state ON registrations
BEGIN
  INSERT INTO registration_figures_add VALUES (OLD.id, OLD.campaign_id, OLD.unit_id, OLD.person_id, OLD.state, -1);
  INSERT INTO registration_figures_add VALUES (NEW.id, NEW.campaign_id, NEW.unit_id, NEW.person_id, NEW.state, 1);
END;
-- Before a registration goes, its targets go (leaving the counts through their
-- own trigger while the registration is still there to say where they count).
CREATE TRIGGER registration_figures_delete BEFORE DELETE ON registrations BEGIN
  DELETE FROM registration_targets WHERE registration_id = OLD.id;
  INSERT INTO registration_figures_add VALUES (OLD.id, OLD.campaign_id, OLD.unit_id, OLD.person_id, OLD.state, -1);
END;

-- Targets.
CREATE TRIGGER target_figures_insert AFTER INSERT ON registration_targets BEGIN
  INSERT INTO target_figures_add VALUES (NEW.registration_id, NEW.progress_percent, 1);
END;
CREATE TRIGGER target_figures_delete AFTER DELETE ON registration_targets BEGIN
  INSERT INTO target_figures_add VALUES (OLD.registration_id, OLD.progress_percent, -1);
END;
CREATE TRIGGER target_figures_update AFTER UPDATE OF registration_id, progress_percent ON registration_targets
BEGIN
  INSERT INTO target_figures_add VALUES (OLD.registration_id, OLD.progress_percent, -1);
  INSERT INTO target_figures_add VALUES (NEW.registration_id, NEW.progress_percent, 1);
END;

-- Difficulties count until answered.
CREATE TRIGGER difficulty_figures_insert AFTER INSERT ON difficulties WHEN NEW.answered_at IS NULL BEGIN
  INSERT INTO campaign_unit_figures_add VALUES (NEW.campaign_id, NEW.unit_id, 0, 0, 0, 0, 1);
END;
CREATE TRIGGER difficulty_figures_delete AFTER DELETE ON difficulties WHEN OLD.answered_at IS NULL BEGIN
  INSERT INTO campaign_unit_figures_add VALUES (OLD.campaign_id, OLD.unit_id, 0, 0, 0, 0, -1);
END;
CREATE TRIGGER difficulty_figures_update AFTER UPDATE OF campaign_id, unit_id, answered_at ON difficulties BEGIN
  INSERT INTO campaign_unit_figures_add SELECT OLD.campaign_id, OLD.unit_id, 0, 0, 0, 0, -1
  WHERE OLD.answered_at IS NULL;
  INSERT INTO campaign_unit_figures_add SELECT NEW.campaign_id, NEW.unit_id, 0, 0, 0, 0, 1
  WHERE NEW.answered_at IS NULL;
END;
