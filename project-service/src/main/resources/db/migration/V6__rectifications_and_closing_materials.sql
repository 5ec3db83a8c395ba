-- Issue 5: findings become rectification items (整改); closing materials (结项材料) per project.
create table rectification_item (
  id                uuid          primary key,
  project_id        uuid          not null references project (id),
  finding           varchar(2000) not null,
  responsible_party varchar(200)  not null,
  due_date          date          not null,
  status            text          not null check (status in ('OPEN', 'SUBMITTED', 'VERIFIED')),
  evidence          varchar(2000),
  created_by        text          not null,
  created_at        timestamptz   not null
);
create index rectification_item_of_project on rectification_item (project_id, created_at, id);
create index rectification_item_overdue on rectification_item (due_date) where status <> 'VERIFIED';

-- Every step of an item: who submitted, verified or reopened it, when, and with what note.
create table rectification_step (
  id         bigserial     primary key,
  item_id    uuid          not null references rectification_item (id),
  action     text          not null check (action in ('SUBMIT', 'VERIFY', 'REOPEN')),
  note       varchar(2000),
  done_by    text          not null,
  done_at    timestamptz   not null
);
create index rectification_step_of_item on rectification_step (item_id, id);

create table closing_material (
  project_id         uuid          not null references project (id),
  kind               text          not null check (kind in ('PROCESS_MATERIALS', 'CLOSING_REPORT',
                                     'FINANCIAL_STATEMENT', 'BENEFICIARY_LIST', 'PHOTOS')),
  status             text          not null check (status in ('SUBMITTED', 'ACCEPTED', 'RETURNED')),
  document_reference varchar(500),
  comment            varchar(2000),
  updated_by         text          not null,
  updated_at         timestamptz   not null,
  primary key (project_id, kind)
);
