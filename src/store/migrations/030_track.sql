-- 030 (track): the secretariat dashboard, reminders, notifications and the
-- e-mail outbox. Indexes that let the dashboard's grouped aggregates and the
-- notification lists read indexes only, and the outbox's retry schedule.

-- When a failed e-mail may be tried again (NULL: at once); see store/mail_outbox.h.
ALTER TABLE mail_outbox ADD COLUMN next_attempt_at TEXT;

-- A user's notifications, newest first (the list reads (user_id, id) backwards).
CREATE INDEX notifications_user_recent ON notifications(user_id, id);

-- Dashboard: registrations per unit and state, individual or not (covering).
CREATE INDEX registrations_unit_person ON registrations(campaign_id, unit_id, state, person_id);
-- Dashboard: the progress of a registration's targets (covering).
CREATE INDEX registration_targets_progress ON registration_targets(registration_id, progress_percent);
-- Dashboard: unanswered difficulties per unit (covering).
CREATE INDEX difficulties_open ON difficulties(campaign_id, answered_at, unit_id);

-- Reminders: the accounts holding a role on a unit.
CREATE INDEX role_grants_unit ON role_grants(unit_id, role, user_id);
