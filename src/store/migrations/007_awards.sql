-- 007: decisions (Quyết định) of the campaign's own authority, proposals (Tờ
-- trình) to higher authorities and their answers, and the award history
-- (domain.md §3, steps 6–7).

-- kind: decision, proposal. state: draft, approved (numbered and signed).
-- For proposals: answer ('', granted, refused) with the higher authority's
-- decision number and date.
CREATE TABLE decisions (
  id {{pk}},
  campaign_id BIGINT NOT NULL REFERENCES campaigns(id),
  award_type_id BIGINT NOT NULL REFERENCES campaign_award_types(id),
  kind TEXT NOT NULL,
  issuing_unit_id BIGINT NOT NULL REFERENCES units(id),
  state TEXT NOT NULL,
  doc_symbol TEXT NOT NULL,
  number INTEGER,
  issue_date TEXT,
  title TEXT NOT NULL,
  body TEXT NOT NULL DEFAULT '',
  signer_authority TEXT NOT NULL DEFAULT '',
  signer_position TEXT NOT NULL DEFAULT '',
  signer_name TEXT NOT NULL DEFAULT '',
  drafted_by BIGINT REFERENCES users(id),
  drafted_at TEXT NOT NULL,
  approved_by BIGINT REFERENCES users(id),
  approved_at TEXT,
  answer TEXT NOT NULL DEFAULT '',
  answer_number_symbol TEXT NOT NULL DEFAULT '',
  answer_date TEXT,
  answer_note TEXT NOT NULL DEFAULT '',
  answered_by BIGINT REFERENCES users(id),
  answered_at TEXT,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX decisions_campaign ON decisions(campaign_id, id);

CREATE TABLE decision_items (
  decision_id BIGINT NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
  nomination_id BIGINT NOT NULL REFERENCES nominations(id),
  ord INTEGER NOT NULL,
  PRIMARY KEY (decision_id, nomination_id)
);
CREATE UNIQUE INDEX decision_items_nomination ON decision_items(nomination_id);

-- The award history: one row per award granted, to a person or a collective,
-- with the name in force and the deciding document. certificate_number is the
-- Giấy khen's number in the agency's register (own-authority awards).
CREATE TABLE awards (
  id {{pk}},
  campaign_id BIGINT REFERENCES campaigns(id),
  award_type_id BIGINT REFERENCES campaign_award_types(id),
  decision_id BIGINT REFERENCES decisions(id),
  nomination_id BIGINT REFERENCES nominations(id),
  subject TEXT NOT NULL,
  person_id BIGINT REFERENCES people(id),
  unit_id BIGINT REFERENCES units(id),
  recipient_name TEXT NOT NULL,
  unit_name TEXT NOT NULL DEFAULT '',
  award_name TEXT NOT NULL,
  granted_by TEXT NOT NULL,
  decision_number_symbol TEXT NOT NULL,
  decision_date TEXT NOT NULL,
  certificate_number TEXT NOT NULL DEFAULT '',
  year INTEGER NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX awards_person ON awards(person_id, year);
CREATE INDEX awards_unit ON awards(unit_id, year);
CREATE INDEX awards_campaign ON awards(campaign_id, award_type_id);
CREATE UNIQUE INDEX awards_nomination ON awards(nomination_id);
