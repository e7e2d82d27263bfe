-- 104: the signed files of issued documents (Decree 30/2020, Appendix I;
-- issue 12). A document is signed once, when it is issued: its PDF with the
-- signatures is kept in the file store (files.sha256, content-addressed) and
-- every later download returns those bytes. subject is what was issued
-- ('decision' for a decision or a proposal), subject_id its id. One row per
-- subject: a row is never updated nor deleted (a re-issue is a new document
-- with a new number, so a new subject). signed_at is the signing instant as
-- the signatures claim it (ISO 8601, Vietnam time); the two
-- certificates are named by the SHA-256 of their DER.
CREATE TABLE issued_documents (
  id {{pk}},
  subject TEXT NOT NULL,
  subject_id BIGINT NOT NULL,
  sha256 TEXT NOT NULL REFERENCES files(sha256),
  size BIGINT NOT NULL,
  signed_at TEXT NOT NULL,
  signer_user_id BIGINT REFERENCES users(id),
  agency_unit_id BIGINT NOT NULL REFERENCES units(id),
  signer_cert_sha256 TEXT NOT NULL,
  agency_cert_sha256 TEXT NOT NULL
);
CREATE UNIQUE INDEX issued_documents_subject ON issued_documents(subject, subject_id);
