-- 003: the name-order index also carries the folded name, so a search for a
-- common word can walk names in order and test each one without reading the
-- table or probing the name index.
DROP INDEX people_sort;
CREATE INDEX people_sort ON people(sort_key, id, unit_path, name_folded);
