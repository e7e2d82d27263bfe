-- 101: a nominee's nominations within a campaign, whatever the award type:
-- one achievement receives one award form (Law 06/2022/QH15), so adding a
-- nomination looks for the nominee's other live ones in the campaign.
CREATE INDEX nominations_nominee ON nominations(campaign_id, subject_key);
