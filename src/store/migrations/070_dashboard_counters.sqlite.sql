-- 070 (SQLite): the triggers keeping unit_path_people and campaign_unit_figures.
-- Each change subtracts the old row's contribution and adds the new row's.

-- People.
CREATE TRIGGER people_count_insert AFTER INSERT ON people BEGIN
  INSERT INTO unit_path_people (unit_path, people) VALUES (NEW.unit_path, 1)
  ON CONFLICT (unit_path) DO UPDATE SET people = people + 1;
END;
CREATE TRIGGER people_count_delete AFTER DELETE ON people BEGIN
  UPDATE unit_path_people SET people = people - 1 WHERE unit_path = OLD.unit_path;
END;
CREATE TRIGGER people_count_move AFTER UPDATE OF unit_path ON people
WHEN NEW.unit_path IS NOT OLD.unit_path BEGIN
  UPDATE unit_path_people SET people = people - 1 WHERE unit_path = OLD.unit_path;
  INSERT INTO unit_path_people (unit_path, people) VALUES (NEW.unit_path, 1)
  ON CONFLICT (unit_path) DO UPDATE SET people = people + 1;
END;

-- Registrations: the registration itself and, while it is submitted or
-- approved, its targets.
CREATE TRIGGER registration_figures_insert AFTER INSERT ON registrations BEGIN
  INSERT INTO campaign_unit_figures (campaign_id, unit_id, registered, pending, targets, percent_sum,
                                     open_difficulties)
  VALUES (NEW.campaign_id, NEW.unit_id,
          NEW.person_id IS NOT NULL AND NEW.state IN ('submitted', 'approved'),
          NEW.state = 'submitted',
          CASE WHEN NEW.state IN ('submitted', 'approved')
               THEN (SELECT COUNT(*) FROM registration_targets WHERE registration_id = NEW.id) ELSE 0 END,
          CASE WHEN NEW.state IN ('submitted', 'approved')
               THEN (SELECT COALESCE(SUM(progress_percent), 0) FROM registration_targets
                     WHERE registration_id = NEW.id) ELSE 0 END,
          0)
  ON CONFLICT (campaign_id, unit_id) DO UPDATE SET
    registered = registered + excluded.registered, pending = pending + excluded.pending,
    targets = targets + excluded.targets, percent_sum = percent_sum + excluded.percent_sum;
END;
CREATE TRIGGER registration_figures_update AFTER UPDATE OF campaign_id, unit_id, person_id, state ON registrations
BEGIN
  INSERT INTO campaign_unit_figures (campaign_id, unit_id, registered, pending, targets, percent_sum,
                                     open_difficulties)
  VALUES (OLD.campaign_id, OLD.unit_id,
          -(OLD.person_id IS NOT NULL AND OLD.state IN ('submitted', 'approved')),
          -(OLD.state = 'submitted'),
          CASE WHEN OLD.state IN ('submitted', 'approved')
               THEN -(SELECT COUNT(*) FROM registration_targets WHERE registration_id = OLD.id) ELSE 0 END,
          CASE WHEN OLD.state IN ('submitted', 'approved')
               THEN -(SELECT COALESCE(SUM(progress_percent), 0) FROM registration_targets
                      WHERE registration_id = OLD.id) ELSE 0 END,
          0)
  ON CONFLICT (campaign_id, unit_id) DO UPDATE SET
    registered = registered + excluded.registered, pending = pending + excluded.pending,
    targets = targets + excluded.targets, percent_sum = percent_sum + excluded.percent_sum;
  INSERT INTO campaign_unit_figures (campaign_id, unit_id, registered, pending, targets, percent_sum,
                                     open_difficulties)
  VALUES (NEW.campaign_id, NEW.unit_id,
          NEW.person_id IS NOT NULL AND NEW.state IN ('submitted', 'approved'),
          NEW.state = 'submitted',
          CASE WHEN NEW.state IN ('submitted', 'approved')
               THEN (SELECT COUNT(*) FROM registration_targets WHERE registration_id = NEW.id) ELSE 0 END,
          CASE WHEN NEW.state IN ('submitted', 'approved')
               THEN (SELECT COALESCE(SUM(progress_percent), 0) FROM registration_targets
                     WHERE registration_id = NEW.id) ELSE 0 END,
          0)
  ON CONFLICT (campaign_id, unit_id) DO UPDATE SET
    registered = registered + excluded.registered, pending = pending + excluded.pending,
    targets = targets + excluded.targets, percent_sum = percent_sum + excluded.percent_sum;
END;
-- Before a registration goes, its targets go (leaving the counts through their
-- own trigger while the registration is still there to say where they count).
CREATE TRIGGER registration_figures_delete BEFORE DELETE ON registrations BEGIN
  DELETE FROM registration_targets WHERE registration_id = OLD.id;
  INSERT INTO campaign_unit_figures (campaign_id, unit_id, registered, pending, targets, percent_sum,
                                     open_difficulties)
  VALUES (OLD.campaign_id, OLD.unit_id,
          -(OLD.person_id IS NOT NULL AND OLD.state IN ('submitted', 'approved')),
          -(OLD.state = 'submitted'), 0, 0, 0)
  ON CONFLICT (campaign_id, unit_id) DO UPDATE SET
    registered = registered + excluded.registered, pending = pending + excluded.pending;
END;

-- Targets count while their registration is submitted or approved.
CREATE TRIGGER target_figures_insert AFTER INSERT ON registration_targets BEGIN
  INSERT INTO campaign_unit_figures (campaign_id, unit_id, targets, percent_sum)
  SELECT campaign_id, unit_id, 1, NEW.progress_percent FROM registrations
  WHERE id = NEW.registration_id AND state IN ('submitted', 'approved')
  ON CONFLICT (campaign_id, unit_id) DO UPDATE SET
    targets = targets + excluded.targets, percent_sum = percent_sum + excluded.percent_sum;
END;
CREATE TRIGGER target_figures_delete AFTER DELETE ON registration_targets BEGIN
  INSERT INTO campaign_unit_figures (campaign_id, unit_id, targets, percent_sum)
  SELECT campaign_id, unit_id, -1, -OLD.progress_percent FROM registrations
  WHERE id = OLD.registration_id AND state IN ('submitted', 'approved')
  ON CONFLICT (campaign_id, unit_id) DO UPDATE SET
    targets = targets + excluded.targets, percent_sum = percent_sum + excluded.percent_sum;
END;
CREATE TRIGGER target_figures_update AFTER UPDATE OF registration_id, progress_percent ON registration_targets
BEGIN
  INSERT INTO campaign_unit_figures (campaign_id, unit_id, targets, percent_sum)
  SELECT campaign_id, unit_id, -1, -OLD.progress_percent FROM registrations
  WHERE id = OLD.registration_id AND state IN ('submitted', 'approved')
  ON CONFLICT (campaign_id, unit_id) DO UPDATE SET
    targets = targets + excluded.targets, percent_sum = percent_sum + excluded.percent_sum;
  INSERT INTO campaign_unit_figures (campaign_id, unit_id, targets, percent_sum)
  SELECT campaign_id, unit_id, 1, NEW.progress_percent FROM registrations
  WHERE id = NEW.registration_id AND state IN ('submitted', 'approved')
  ON CONFLICT (campaign_id, unit_id) DO UPDATE SET
    targets = targets + excluded.targets, percent_sum = percent_sum + excluded.percent_sum;
END;

-- Difficulties count until answered.
CREATE TRIGGER difficulty_figures_insert AFTER INSERT ON difficulties WHEN NEW.answered_at IS NULL BEGIN
  INSERT INTO campaign_unit_figures (campaign_id, unit_id, open_difficulties)
  VALUES (NEW.campaign_id, NEW.unit_id, 1)
  ON CONFLICT (campaign_id, unit_id) DO UPDATE SET open_difficulties = open_difficulties + 1;
END;
CREATE TRIGGER difficulty_figures_delete AFTER DELETE ON difficulties WHEN OLD.answered_at IS NULL BEGIN
  UPDATE campaign_unit_figures SET open_difficulties = open_difficulties - 1
  WHERE campaign_id = OLD.campaign_id AND unit_id = OLD.unit_id;
END;
CREATE TRIGGER difficulty_figures_update AFTER UPDATE OF campaign_id, unit_id, answered_at ON difficulties BEGIN
  UPDATE campaign_unit_figures SET open_difficulties = open_difficulties - 1
  WHERE OLD.answered_at IS NULL AND campaign_id = OLD.campaign_id AND unit_id = OLD.unit_id;
  INSERT INTO campaign_unit_figures (campaign_id, unit_id, open_difficulties)
  SELECT NEW.campaign_id, NEW.unit_id, 1 WHERE NEW.answered_at IS NULL
  ON CONFLICT (campaign_id, unit_id) DO UPDATE SET open_difficulties = open_difficulties + 1;
END;
