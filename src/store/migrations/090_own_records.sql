-- 090: who submitted a registration (issue 9 #1). Nobody approves or returns a
-- registration they entered or submitted (core/own_records.h); entered_by
-- records the author, submitted_by the account that sent it for approval
-- (NULL for rows submitted before this migration and for drafts).
ALTER TABLE registrations ADD COLUMN submitted_by BIGINT REFERENCES users(id);
