-- 107: what an issued closing document says is fixed when it is issued
-- (issue 12): content holds, as JSON, the inputs it is drawn from at that
-- moment (the agency's name, the decisions whose awards it lists, the
-- figures of the summary), so every later drawing (the signing, a retry,
-- the editable copy) shows the same text even when awards come later.
ALTER TABLE campaign_reports ADD COLUMN content TEXT NOT NULL DEFAULT '{}';
