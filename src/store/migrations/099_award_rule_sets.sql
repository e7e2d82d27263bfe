-- 099: the administrator's edits of the eligibility rules (issue 11, rules
-- engine). The shipped rule sets (src/app/rules/award_rules.json) stay the
-- defaults and follow each release; a row here replaces the shipped set of
-- the same code and effective date, adds a new one (a rule change from a
-- date), or with withdrawn = 1 takes one out. set_json holds the set in the
-- shipped file's format. version counts the edits of the row (optimistic
-- concurrency); every edit is in the audit trail with the set before and after.
CREATE TABLE award_rule_sets (
  code TEXT NOT NULL,
  effective_from TEXT NOT NULL,
  set_json TEXT NOT NULL,
  withdrawn INTEGER NOT NULL DEFAULT 0,
  updated_by BIGINT REFERENCES users(id),
  updated_at TEXT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1,
  PRIMARY KEY (code, effective_from)
);
