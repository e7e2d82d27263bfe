-- 115: the queue filtered to the submissions assigned to one specialist
-- ("assigned to me") reads that specialist's rows newest first instead of
-- every row of the receiving agencies.
CREATE INDEX submissions_assignee ON submissions(assignee_id, id);
