-- 113: what a receiver's decision says is kept with it when it is issued
-- (the authority that signs, the legal grounds, the campaign named), so that
-- later edits of the receiving agency or of the sender's plan never change an
-- issued decision's document.
ALTER TABLE submissions ADD COLUMN decision_authority TEXT NOT NULL DEFAULT '';
ALTER TABLE submissions ADD COLUMN decision_grounds TEXT NOT NULL DEFAULT '';
ALTER TABLE submissions ADD COLUMN campaign_title TEXT NOT NULL DEFAULT '';
