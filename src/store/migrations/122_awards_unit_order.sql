-- 122: the register of a unit and year in its order without reading the
-- awards themselves. store::find_awards takes the page ids first, sorted by
-- decision date, then reads those rows only: with the date and id in the
-- index that first step reads the index alone (about 60,000 entries for a
-- large district and year at national scale, docs/performance.md). It takes
-- the place of awards_unit (unit_id, year), of which it is an extension.
CREATE INDEX awards_unit_order ON awards(unit_id, year, decision_date, id);
DROP INDEX awards_unit;
