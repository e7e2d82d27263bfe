-- 117: the header lines of the decisions a receiving agency prepares (issue
-- 14 #5). The province TĐKT body prepares decisions issued in the name of the
-- Provincial People Committee: "ỦY BAN NHÂN DÂN TỈNH BẮC NINH" as the issuing
-- body, with no governing body above it (Decree 30/2020, appendix I: the
-- governing body line only when there is one), and the province place name.
-- Empty while not set: the decision then carries the header recorded for the
-- agency of the receiving unit, or its name.
ALTER TABLE receiving_agencies ADD COLUMN decision_issuing_body TEXT NOT NULL DEFAULT '';
ALTER TABLE receiving_agencies ADD COLUMN decision_place TEXT NOT NULL DEFAULT '';
-- The lines a decided submission carries, kept when its decision is issued
-- (as its authority and grounds are): empty when the agency set none.
ALTER TABLE submissions ADD COLUMN decision_issuing_body TEXT NOT NULL DEFAULT '';
ALTER TABLE submissions ADD COLUMN decision_place TEXT NOT NULL DEFAULT '';
