-- project-service schema, owned by Flyway.

create table project (
  id                 uuid          primary key,
  title              varchar(200)  not null,
  description        varchar(5000),
  target_minor_units bigint        not null check (target_minor_units > 0),
  target_currency    char(3)       not null check (target_currency ~ '^[A-Z]{3}$'),
  created_at         timestamptz   not null
);
create index project_newest_first on project (created_at desc, id desc);

-- Money raised per project and currency. Keyed by project id WITHOUT a foreign key to project:
-- the consumer of donation.donation-events never has to wait for (or reject) a project it does
-- not know, so a donation naming such a project is kept (and shows once the project exists)
-- instead of being lost or parked. Each currency has its own row: gifts in a currency other than
-- the target's are recorded as they came, never converted and never dropped.
create table project_funding (
  project_id         uuid    not null,
  currency           char(3) not null check (currency ~ '^[A-Z]{3}$'),
  raised_minor_units bigint  not null check (raised_minor_units >= 0),
  donation_count     bigint  not null check (donation_count >= 0),
  primary key (project_id, currency)
);

-- The tables service-support expects (ProcessedEvents, Outbox/OutboxRelay).
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
