-- The tables service-support expects; each service creates them in its own Flyway V1 migration.
create table processed_event (
  consumer     text        not null,
  event_id     uuid        not null,
  processed_at timestamptz not null,
  primary key (consumer, event_id)
);
create table outbox_event (
  id           bigserial   primary key,
  event_id     uuid        not null unique,
  topic        text        not null,
  message_key  text        not null,
  type         text        not null,
  payload      jsonb       not null,
  created_at   timestamptz not null,
  published_at timestamptz
);
create index outbox_event_unpublished on outbox_event (id) where published_at is null;
