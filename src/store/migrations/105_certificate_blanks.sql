-- 105: the agencies' pre-printed certificate blanks (phôi giấy khen, bằng
-- khen; issue 12 #2). One row per blank design of an agency (unit_id): its
-- name and where each field prints (layout_json: the page size in mm, the
-- printer's offset and one box per field, core/certificate_blank.h). version
-- counts the edits (optimistic concurrency); every edit is in the audit trail.
CREATE TABLE certificate_blanks (
  id {{pk}},
  unit_id BIGINT NOT NULL REFERENCES units(id),
  name TEXT NOT NULL,
  layout_json TEXT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1,
  updated_by BIGINT REFERENCES users(id),
  updated_at TEXT NOT NULL
);
CREATE INDEX certificate_blanks_unit ON certificate_blanks(unit_id, id);
