-- 103: a council session's minutes (Biên bản) take a number from the council
-- agency's own register (type BB) when the ballot closes. Null for sessions
-- closed before this migration and for sessions not closed yet.
ALTER TABLE council_sessions ADD COLUMN minutes_number BIGINT;
