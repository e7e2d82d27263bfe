-- 100: an award type of a campaign may name the eligibility rule set that
-- judges its nominees from their history (issue 11 #6): the code of a set in
-- src/app/rules/award_rules.json or an administrator's edit ("BK-TINH"), ''
-- when none. The annual review's award types name their titles' sets.
ALTER TABLE campaign_award_types ADD COLUMN eligibility_code TEXT NOT NULL DEFAULT '';
