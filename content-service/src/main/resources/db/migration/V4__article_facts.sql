-- Issue 6: a draft drafted from an event names the fact it reports (e.g. project-approved:<id>);
-- one draft per fact, however many events report it.
alter table article add column fact_key text unique;
