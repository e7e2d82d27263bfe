-- 093: import previews kept in the database (issue 9 #6). Staging an upload
-- streams its rows, each checked, into import_rows in chunks, so neither the
-- server's memory nor the preview page grows with the file; the preview is
-- read back a page at a time. A batch is keyed by the SHA-256 of the token
-- its uploader holds, and is purged after a day or on confirmation.
-- complete = 0 while rows are still being added (never shown).
CREATE TABLE import_batches (
  batch_key TEXT PRIMARY KEY,
  user_id BIGINT NOT NULL,
  kind TEXT NOT NULL,
  filename TEXT NOT NULL,
  created_at TEXT NOT NULL,
  complete BIGINT NOT NULL DEFAULT 0,
  row_count BIGINT NOT NULL DEFAULT 0,
  valid_rows BIGINT NOT NULL DEFAULT 0,
  issue_count BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX import_batches_created ON import_batches (created_at);
-- data: {"values": {...the row as the API shows it...},
--        "issues": [{"column": "...", "message": "..."}]}
CREATE TABLE import_rows (
  batch_key TEXT NOT NULL,
  seq BIGINT NOT NULL,
  line BIGINT NOT NULL,
  ok BIGINT NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (batch_key, seq)
);
CREATE INDEX import_rows_problems ON import_rows (batch_key, ok, seq);
