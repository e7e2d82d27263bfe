-- 118: the abbreviation of an agency name in the symbols of its documents
-- (Decree 30/2020 art. 15: "QĐ-SNNMT"), from the date of its header lines
-- (issue 14 #4). A campaign launched before a merger or a rename issues its
-- decisions, proposals, award certificates and closing documents after it
-- under the new abbreviation. Empty: the documents keep the abbreviation of
-- their plan symbol, as before.
ALTER TABLE agency_headers ADD COLUMN symbol TEXT NOT NULL DEFAULT '';
