-- 119: several servers share one outbox (issue 15). A server takes the
-- messages it is about to send by writing its name and the end of its lease
-- (claimed_by, claimed_until) before it opens the SMTP connection, and no
-- other server takes them until the lease ends, so each message goes out
-- once. A server that dies while sending leaves its lease to run out; the
-- messages are then taken again (see store/mail_outbox.h).
ALTER TABLE mail_outbox ADD COLUMN claimed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE mail_outbox ADD COLUMN claimed_until TEXT;
