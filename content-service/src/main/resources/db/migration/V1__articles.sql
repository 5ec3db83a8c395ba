-- content-service schema, owned by Flyway.

create table article (
  id              uuid         primary key,
  title           varchar(200) not null,
  summary         varchar(500),
  body            text         not null,
  language        text         not null check (language in ('zh-CN', 'en')),
  category        text         not null check (category in ('NEWS', 'PROJECT_UPDATE')),
  status          text         not null check (status in ('DRAFT', 'PUBLISHED')),
  project_id      uuid,
  -- The integration event an article was drafted from: a second guard (after processed_event)
  -- against drafting twice from one event. Null for articles written by editors.
  source_event_id uuid         unique,
  created_at      timestamptz  not null
);
create index article_newest_first on article (created_at desc, id desc);
create index article_by_project on article (project_id, created_at desc)
  where project_id is not null;

-- The table service-support's ProcessedEvents expects.
create table processed_event (
  consumer     text        not null,
  event_id     uuid        not null,
  processed_at timestamptz not null,
  primary key (consumer, event_id)
);
