-- 005: what units and people do during a campaign (domain.md §3, steps 2–3):
-- implementation plans, registrations with targets and initiatives, progress
-- with evidence files, difficulties, and the notifications and e-mails that
-- reminders send. Files live outside the database, addressed by the SHA-256 of
-- their content (files.sha256); rows here only point at them.

-- One row per stored file content (deduplicated); the bytes are under
-- data_dir/files/ab/cdef... (see store/file_store.h).
CREATE TABLE files (
  sha256 TEXT PRIMARY KEY,
  size BIGINT NOT NULL,
  media_type TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE unit_plans (
  id {{pk}},
  campaign_id BIGINT NOT NULL REFERENCES campaigns(id),
  unit_id BIGINT NOT NULL REFERENCES units(id),
  body TEXT NOT NULL DEFAULT '',
  file_sha256 TEXT REFERENCES files(sha256),
  file_name TEXT NOT NULL DEFAULT '',
  submitted_by BIGINT REFERENCES users(id),
  submitted_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX unit_plans_unit ON unit_plans(campaign_id, unit_id);

-- A registration (đăng ký thi đua): of a collective (a unit, person_id NULL)
-- or of an individual. subject_key is 'u:<unit id>' or 'p:<person id>', unique
-- per campaign. state: draft, submitted, approved, returned.
CREATE TABLE registrations (
  id {{pk}},
  campaign_id BIGINT NOT NULL REFERENCES campaigns(id),
  unit_id BIGINT NOT NULL REFERENCES units(id),
  subject TEXT NOT NULL,
  person_id BIGINT REFERENCES people(id),
  subject_key TEXT NOT NULL,
  state TEXT NOT NULL,
  signature_task TEXT NOT NULL DEFAULT '',
  return_reason TEXT NOT NULL DEFAULT '',
  entered_by BIGINT REFERENCES users(id),
  submitted_at TEXT,
  decided_by BIGINT REFERENCES users(id),
  decided_at TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX registrations_subject ON registrations(campaign_id, subject_key);
CREATE INDEX registrations_unit ON registrations(campaign_id, unit_id, state);
CREATE INDEX registrations_person ON registrations(person_id, campaign_id);

-- Targets (chỉ tiêu) of a registration, with their latest progress.
CREATE TABLE registration_targets (
  id {{pk}},
  registration_id BIGINT NOT NULL REFERENCES registrations(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  content_label TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL,
  progress_status TEXT NOT NULL DEFAULT 'not_started',
  progress_percent INTEGER NOT NULL DEFAULT 0,
  progress_note TEXT NOT NULL DEFAULT '',
  progress_at TEXT
);
CREATE INDEX registration_targets_registration ON registration_targets(registration_id, ord);

-- Initiatives (sáng kiến) of an individual registration.
CREATE TABLE initiatives (
  id {{pk}},
  registration_id BIGINT NOT NULL REFERENCES registrations(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  title TEXT NOT NULL,
  content TEXT NOT NULL DEFAULT '',
  expected_effect TEXT NOT NULL DEFAULT ''
);
CREATE INDEX initiatives_registration ON initiatives(registration_id, ord);

-- Every progress report on a target (the history behind its latest progress).
CREATE TABLE progress_reports (
  id {{pk}},
  target_id BIGINT NOT NULL REFERENCES registration_targets(id) ON DELETE CASCADE,
  status TEXT NOT NULL,
  percent INTEGER NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  reported_by BIGINT REFERENCES users(id),
  reported_at TEXT NOT NULL
);
CREATE INDEX progress_reports_target ON progress_reports(target_id, id);

-- Evidence (minh chứng) attached to a progress report.
CREATE TABLE evidence (
  id {{pk}},
  progress_report_id BIGINT NOT NULL REFERENCES progress_reports(id) ON DELETE CASCADE,
  file_sha256 TEXT NOT NULL REFERENCES files(sha256),
  file_name TEXT NOT NULL,
  uploaded_by BIGINT REFERENCES users(id),
  uploaded_at TEXT NOT NULL
);
CREATE INDEX evidence_report ON evidence(progress_report_id);
CREATE INDEX evidence_file ON evidence(file_sha256);

-- Difficulties (khó khăn, vướng mắc) raised by units, answered by the secretariat.
CREATE TABLE difficulties (
  id {{pk}},
  campaign_id BIGINT NOT NULL REFERENCES campaigns(id),
  unit_id BIGINT NOT NULL REFERENCES units(id),
  title TEXT NOT NULL,
  body TEXT NOT NULL DEFAULT '',
  raised_by BIGINT REFERENCES users(id),
  raised_at TEXT NOT NULL,
  answer TEXT NOT NULL DEFAULT '',
  answered_by BIGINT REFERENCES users(id),
  answered_at TEXT
);
CREATE INDEX difficulties_campaign ON difficulties(campaign_id, answered_at, id);
CREATE INDEX difficulties_unit ON difficulties(campaign_id, unit_id, id);

-- In-app notifications (always sent); read_at NULL while unread.
CREATE TABLE notifications (
  id {{pk}},
  user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  campaign_id BIGINT REFERENCES campaigns(id),
  kind TEXT NOT NULL,
  message TEXT NOT NULL,
  link TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  read_at TEXT
);
CREATE INDEX notifications_user ON notifications(user_id, read_at, id);

-- E-mails waiting for, or done with, the SMTP relay (when one is configured).
CREATE TABLE mail_outbox (
  id {{pk}},
  to_address TEXT NOT NULL,
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL,
  sent_at TEXT,
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX mail_outbox_pending ON mail_outbox(sent_at, id);
