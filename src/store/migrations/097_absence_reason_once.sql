-- 097: one absence per person, year and reason (the days added up), as the
-- import requires: two imports confirmed at once cannot both add the same
-- leave and double its days.
CREATE UNIQUE INDEX person_absences_person_year_reason ON person_absences(person_id, year, reason);
