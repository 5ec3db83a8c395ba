-- Every project created from now on names its creator. V2 added created_by nullable so that rows
-- stored before accounts were enforced stay valid (none exist in production). NOT VALID: PostgreSQL
-- checks every row inserted or updated from now on, but not the rows already there. An update of
-- such an old row would have to set created_by too (project-service updates no project rows today);
-- once no null is left, `alter table project validate constraint project_created_by_required`.
alter table project
  add constraint project_created_by_required check (created_by is not null) not valid;
