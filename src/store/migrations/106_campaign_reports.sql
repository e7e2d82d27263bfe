-- 106: the closing documents of a campaign (issue 12): the results notice
-- (Thông báo kết quả khen thưởng, type TB) and the closing summary report
-- (Báo cáo tổng kết, type BC). Both are issued when the campaign is
-- finalised: each takes the next number of the issuing agency's register of
-- its type for the year, in the finalising transaction. kind is 'results'
-- or 'summary'. One row per campaign and kind, never updated nor deleted.
CREATE TABLE campaign_reports (
  id {{pk}},
  campaign_id BIGINT NOT NULL REFERENCES campaigns(id),
  kind TEXT NOT NULL,
  doc_symbol TEXT NOT NULL,
  number BIGINT NOT NULL,
  issue_date TEXT NOT NULL,
  issued_by BIGINT REFERENCES users(id),
  issued_at TEXT NOT NULL
);
CREATE UNIQUE INDEX campaign_reports_kind ON campaign_reports(campaign_id, kind);
