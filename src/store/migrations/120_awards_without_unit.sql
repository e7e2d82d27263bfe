-- 120: the fairness figures count an award in the unit it names, or else in
-- its person's unit (store/fairness.cc). The awards naming no unit are few:
-- this partial index finds them without reading the whole register, which
-- at national scale holds tens of millions of rows (issue 15).
CREATE INDEX awards_without_unit ON awards(year, person_id) WHERE unit_id IS NULL;
