-- 004: campaigns (đợt thi đua) and their plans. The header, the period and the
-- deadlines are columns; the rest of the plan's text (cited documents,
-- purposes, participants' text, contents, assignments, recipients, signer,
-- headings) is one JSON document in content_json (core::Campaign, written and
-- read by store/campaigns.cc). What later records point at (award types,
-- criteria, participating units) has its own tables.

CREATE TABLE campaigns (
  id {{pk}},
  issuing_unit_id BIGINT NOT NULL REFERENCES units(id),
  kind TEXT NOT NULL,
  state TEXT NOT NULL,
  document_type TEXT NOT NULL,
  doc_symbol TEXT NOT NULL,
  number INTEGER,
  place TEXT NOT NULL DEFAULT '',
  issue_date TEXT,
  date_text TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL,
  period_start TEXT,
  period_end TEXT NOT NULL,
  registration_deadline TEXT,
  progress_deadline TEXT,
  nomination_deadline TEXT,
  review_deadline TEXT,
  content_json TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  created_by BIGINT REFERENCES users(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX campaigns_state ON campaigns(state, id);
CREATE INDEX campaigns_issuer ON campaigns(issuing_unit_id, id);

-- Award types of a campaign (III.2) with the council's ballot rule for each.
CREATE TABLE campaign_award_types (
  id {{pk}},
  campaign_id BIGINT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  granted_by TEXT NOT NULL,
  level TEXT NOT NULL,
  own_authority INTEGER NOT NULL,
  proposal_route TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL DEFAULT '',
  legal_citation TEXT NOT NULL DEFAULT '',
  ballot_kind TEXT NOT NULL,
  vote_base TEXT NOT NULL,
  threshold_num INTEGER NOT NULL,
  threshold_den INTEGER NOT NULL,
  strictly_above INTEGER NOT NULL,
  quorum_num INTEGER NOT NULL,
  quorum_den INTEGER NOT NULL,
  ballot_citation TEXT NOT NULL DEFAULT '',
  ballot_citation_confirmed INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX campaign_award_types_code ON campaign_award_types(campaign_id, code);

-- Criteria (IV), collectives then individuals, in order; `checks` lists the
-- core::DataCheck codes, comma-separated, of a criterion verified from data.
CREATE TABLE campaign_criteria (
  id {{pk}},
  campaign_id BIGINT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  subject TEXT NOT NULL,
  label TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL,
  verification TEXT NOT NULL,
  checks TEXT NOT NULL DEFAULT ''
);
CREATE INDEX campaign_criteria_campaign ON campaign_criteria(campaign_id, ord);

-- The units taking part, resolved from the plan's participants when the
-- campaign is stored (each target subtree's units of the kinds named).
CREATE TABLE campaign_units (
  campaign_id BIGINT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
  unit_id BIGINT NOT NULL REFERENCES units(id),
  PRIMARY KEY (campaign_id, unit_id)
);
CREATE INDEX campaign_units_unit ON campaign_units(unit_id, campaign_id);

-- The state history: every change of state, by whom and when.
CREATE TABLE campaign_events (
  id {{pk}},
  campaign_id BIGINT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
  from_state TEXT,
  to_state TEXT NOT NULL,
  at TEXT NOT NULL,
  actor_user_id BIGINT REFERENCES users(id),
  actor_name TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX campaign_events_campaign ON campaign_events(campaign_id, id);
