-- 002: covering indexes for the people list.
-- Walking people in name order checks each row's scope (unit_path) and, for
-- common search words, probes the name index by person: with these indexes
-- neither touches the table rows of people it skips.
DROP INDEX people_sort;
CREATE INDEX people_sort ON people(sort_key, id, unit_path);
DROP INDEX person_name_index_person;
CREATE INDEX person_name_index_person ON person_name_index(person_id, suffix);
