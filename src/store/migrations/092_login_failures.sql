-- 092: failed logins counted per (login name as typed, client address)
-- instead of per account (issue 9 #4; core/login_throttle.h). The account-wide
-- lock of users.failed_logins / users.locked_until let five requests from
-- anywhere lock any known account and told known accounts from unknown ones;
-- those columns are no longer read. Rows older than a day are purged.
CREATE TABLE login_failures (
  login_key TEXT NOT NULL,
  address TEXT NOT NULL,
  failures BIGINT NOT NULL,
  last_failed_at TEXT NOT NULL,
  blocked_until TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (login_key, address)
);
CREATE INDEX login_failures_last_failed ON login_failures (last_failed_at);
