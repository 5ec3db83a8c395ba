-- Issue 5: monitoring visits (photos as metadata for now) and evaluation reports.
create table monitoring_visit (
  id           uuid          primary key,
  project_id   uuid          not null references project (id),
  visited_on   date          not null,
  evaluators   jsonb         not null,
  sites        jsonb         not null,
  observations varchar(5000) not null,
  photos       jsonb         not null,
  recorded_by  text          not null,
  recorded_at  timestamptz   not null
);
create index monitoring_visit_of_project on monitoring_visit (project_id, visited_on, id);

create table evaluation_report (
  id          uuid          primary key,
  project_id  uuid          not null references project (id),
  ratings     jsonb         not null,
  conclusion  text          not null check (conclusion in ('EXCELLENT', 'GOOD', 'PASS', 'FAIL')),
  summary     varchar(5000) not null,
  reported_by text          not null,
  reported_at timestamptz   not null
);
create index evaluation_report_of_project on evaluation_report (project_id, reported_at, id);
