-- 110: the administrator's compound family names (store/settings.h) always
-- have their settings row, empty at first: writers of people read it with a
-- share lock on PostgreSQL and saving the list updates it, so a person
-- written while the list changes is keyed with the list that wins.
INSERT INTO settings (key, value, updated_at) VALUES ('compound_family_names', '', '');
