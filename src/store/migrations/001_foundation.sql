-- 001: organisation, people, accounts, sessions, audit trail.
-- Portable SQL for SQLite and PostgreSQL. Dates are ISO text (YYYY-MM-DD),
-- instants ISO-8601 UTC text (YYYY-MM-DDTHH:MM:SS.mmmZ); booleans are 0/1.

CREATE TABLE units (
  id {{pk}},
  parent_id BIGINT REFERENCES units(id),
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  short_name TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL,
  host_agency TEXT NOT NULL DEFAULT '',
  valid_from TEXT,
  valid_to TEXT,
  successor_id BIGINT REFERENCES units(id),
  path TEXT NOT NULL DEFAULT '',
  sort_order INTEGER NOT NULL DEFAULT 0,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX units_code ON units(code);
CREATE INDEX units_parent ON units(parent_id, sort_order);
CREATE INDEX units_path ON units(path);

-- Names a unit has borne, so that documents and awards keep the name in force.
CREATE TABLE unit_names (
  id {{pk}},
  unit_id BIGINT NOT NULL REFERENCES units(id),
  name TEXT NOT NULL,
  valid_from TEXT,
  valid_to TEXT
);
CREATE INDEX unit_names_unit ON unit_names(unit_id);

CREATE TABLE people (
  id {{pk}},
  full_name TEXT NOT NULL,
  name_folded TEXT NOT NULL,
  sort_key TEXT NOT NULL,
  gender TEXT NOT NULL DEFAULT '',
  birth_date TEXT,
  position TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  category TEXT NOT NULL,
  email TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  unit_id BIGINT REFERENCES units(id),
  unit_path TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX people_sort ON people(sort_key, id);
CREATE INDEX people_unit_sort ON people(unit_path, sort_key, id);

-- Word suffixes of each folded name ("nguyen van an", "van an", "an"):
-- a diacritics-free prefix search becomes an index range scan.
CREATE TABLE person_name_index (
  suffix TEXT NOT NULL,
  person_id BIGINT NOT NULL REFERENCES people(id) ON DELETE CASCADE
);
CREATE INDEX person_name_index_suffix ON person_name_index(suffix, person_id);
CREATE INDEX person_name_index_person ON person_name_index(person_id);

CREATE TABLE memberships (
  id {{pk}},
  person_id BIGINT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  unit_id BIGINT NOT NULL REFERENCES units(id),
  valid_from TEXT,
  valid_to TEXT,
  is_primary INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX memberships_person ON memberships(person_id);
CREATE INDEX memberships_unit ON memberships(unit_id);

CREATE TABLE users (
  id {{pk}},
  username TEXT NOT NULL,
  display_name TEXT NOT NULL,
  person_id BIGINT REFERENCES people(id),
  password_hash TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0,
  must_change_password INTEGER NOT NULL DEFAULT 0,
  failed_logins INTEGER NOT NULL DEFAULT 0,
  locked_until TEXT,
  last_login_at TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX users_username ON users(username);

CREATE TABLE role_grants (
  id {{pk}},
  user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  unit_id BIGINT NOT NULL REFERENCES units(id)
);
CREATE UNIQUE INDEX role_grants_unique ON role_grants(user_id, role, unit_id);

-- Server-side sessions; the cookie holds a random token, the table its SHA-256.
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  ip TEXT NOT NULL DEFAULT '',
  user_agent TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sessions_user ON sessions(user_id);
CREATE INDEX sessions_expiry ON sessions(expires_at);

-- API tokens for machine clients; only the SHA-256 of the secret is kept.
CREATE TABLE api_tokens (
  id {{pk}},
  user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_used_at TEXT,
  revoked_at TEXT
);
CREATE UNIQUE INDEX api_tokens_hash ON api_tokens(token_hash);

-- Append-only audit trail, chained by SHA-256: hash = H(prev_hash | fields).
CREATE TABLE audit_log (
  id {{pk}},
  seq BIGINT NOT NULL,
  at TEXT NOT NULL,
  actor_user_id BIGINT,
  actor_name TEXT NOT NULL DEFAULT '',
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL DEFAULT '',
  before_json TEXT,
  after_json TEXT,
  ip TEXT NOT NULL DEFAULT '',
  request_id TEXT NOT NULL DEFAULT '',
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE UNIQUE INDEX audit_log_seq ON audit_log(seq);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id, seq);
CREATE INDEX audit_log_actor ON audit_log(actor_user_id, seq);

-- The head of the chain: one row, locked by UPDATE while appending, which
-- serialises appends on both engines.
CREATE TABLE audit_head (
  id INTEGER PRIMARY KEY,
  seq BIGINT NOT NULL,
  last_hash TEXT NOT NULL
);
INSERT INTO audit_head (id, seq, last_hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Per-agency registers of document numbers (Decree 30/2020 art. 15): the next
-- number for each document type and year; never reused.
CREATE TABLE document_registers (
  agency_unit_id BIGINT NOT NULL REFERENCES units(id),
  doc_type TEXT NOT NULL,
  year INTEGER NOT NULL,
  last_number INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (agency_unit_id, doc_type, year)
);

-- Key-value settings an administrator can change without a release.
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
