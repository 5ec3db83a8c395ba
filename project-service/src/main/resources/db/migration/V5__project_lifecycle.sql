-- Issue 5: a project's details and lifecycle. Every project so far is a draft.
alter table project
  add column status              text         not null default 'DRAFT'
    check (status in ('DRAFT', 'APPROVED', 'IMPLEMENTING', 'UNDER_EVALUATION', 'CLOSED',
                      'TERMINATED')),
  add column status_changed_at   timestamptz,
  add column title_en            varchar(200),
  add column description_en      varchar(5000),
  add column category            text
    check (category in ('POVERTY_RELIEF', 'ELDERLY_CARE', 'EDUCATION', 'RELOCATION_COMMUNITY',
                        'INDUSTRY_AGRICULTURE', 'DISASTER_RELIEF', 'OTHER')),
  add column province            varchar(50),
  add column city                varchar(50),
  add column county              varchar(50),
  add column township            varchar(200),
  add column partner_organisation varchar(200),
  add column partner_contact     varchar(200),
  add column planned_start       date,
  add column planned_end         date,
  add column approval_reference  varchar(64),
  add constraint project_planned_period check (planned_end >= planned_start);

create index project_by_status on project (status, created_at desc, id desc);
create index project_by_category on project (category, created_at desc, id desc);

-- Who moved a project, when and why: append-only.
create table project_transition (
  id          bigserial    primary key,
  project_id  uuid         not null references project (id),
  from_status text         not null,
  to_status   text         not null,
  reason      varchar(1000),
  changed_by  text         not null,
  changed_at  timestamptz  not null
);
create index project_transition_of_project on project_transition (project_id, id);
